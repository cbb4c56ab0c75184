"""The Gradio workbench: one function per tab, each wiring its components to the assistant's library."""

from __future__ import annotations

import hashlib
import html
import logging
import tempfile
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import gradio as gr
from gradio.utils import get_upload_folder

from retrieval import Assistant, PolicyQAError
from retrieval.answer.calculator import Facts, calculate, describe, needed_figures
from retrieval.documents.formats import SUPPORTED
from retrieval.records import Incentive
from retrieval.service.accounts import AccessDenied, Accounts
from retrieval.service.feedback import (
    MAX_COMMENT,
    PENDING_COLUMNS,
    FeedbackStore,
    citation_refs,
    pending_csv,
    pending_of,
    pending_own_set,
)
from retrieval.service.ingest import document_rows
from ui.matching import ALL_AREAS, area_picker, area_view, chosen_area, kept_area, match_tab
from ui.table import ALL, calculable_rules, filter_rows, incentive_rows, rows_to_csv, shown_table
from ui.views import (
    answer_panel,
    citation_cards,
    clause_list,
    clause_view,
    document_choices,
    examples,
    version_table,
)
from ui.workbench import read_out, version_pairs

__all__ = ["build_ui", "build_admin_ui", "pending_listing", "uploaded", "INTERNAL_ERROR"]

log = logging.getLogger("policyqa")
INTERNAL_ERROR = "服务内部出错，已记录日志，请稍后重试或联系管理员。"
EVALUATION = Path(__file__).resolve().parents[1] / "evaluation"
MAX_TURNS = 20  # of chat history kept on the page and sent back with each question
DOCUMENT_HEADERS = ["编号", "标题", "文号", "状态", "条款数", "发文日期", "施行日期", "有效期至", "适用地区", "文件"]
FILTERS = ("文件", "行业", "层级", "责任单位", "适用地区")  # the 奖补一览 filters: row columns, in rows()' order
# The calculator's inputs (Facts fields, see calculator.needed_figures): the form shows those a rule needs.
CALCULATOR_FIELDS = ("base", "investment", "grade", "count", "matched", "received", "figure", "lpr", "growth")


def build_ui(assistant: Assistant) -> Any:
    def opened(request: gr.Request) -> tuple[Any, str]:
        return open_clause(assistant, request)

    with gr.Blocks(title="惠企政策问答") as ui:
        gr.Markdown("## 惠企政策问答\n回答均摘自政策原文，注明文件、文号、条款和责任单位；文件未规定的，会明确说明。"
                    "添加或删除文件请到 [文件管理](/admin)（需登录）。", elem_id="intro")
        tabs = gr.Tabs(elem_id="main-tabs")
        with tabs, gr.Tab("智能问答", id="ask"):
            ask_tab(assistant, FeedbackStore.of(assistant.settings), [ui.load])
        with tabs, gr.Tab("条款浏览", id="browse") as tab:
            clauses = browse_tab(assistant, [ui.load, tab.select])
        with tabs, gr.Tab("版本对照", id="versions") as tab:
            versions_tab(assistant, [ui.load, tab.select])
        with tabs, gr.Tab("评测", id="eval"):
            evaluation_tab()
        with tabs, gr.Tab("奖补一览", id="table") as tab:
            table_tab(assistant, [ui.load, tab.select])
        with tabs, gr.Tab("奖补测算", id="calculator") as tab:
            calculator_tab(assistant, [ui.load, tab.select])
        with tabs, gr.Tab("政策匹配", id="match"):
            match_tab(assistant, copy_js("match-copy-status"), [ui.load])
        ui.load(opened, None, [tabs, clauses])
    return ui


# The read-out is copied with the clipboard API where the page is a secure context (HTTPS, localhost);
# on a plain-HTTP intranet address that API is missing, so a selected hidden textarea is copied instead.
COPY_JS = """(text) => {
  const status = document.querySelector('#copy-status');  // the status beside the button pressed (see copy_js)
  const show = (message) => { if (status) { status.textContent = message;
    clearTimeout(window.__copyTimer); window.__copyTimer = setTimeout(() => { status.textContent = ''; }, 3000); } };
  const fallback = () => {
    const area = document.createElement('textarea');
    area.value = text; area.setAttribute('readonly', ''); area.className = 'copy-buffer';
    document.body.appendChild(area); area.select();
    let ok = false; try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    area.remove(); show(ok ? '已复制' : '复制失败，请选中朗读稿后按 Ctrl+C');
  };
  if (!text) { show('还没有可复制的答复'); return []; }
  if (window.isSecureContext && navigator.clipboard) {
    navigator.clipboard.writeText(text).then(() => show('已复制'), fallback);
  } else { fallback(); }
  return [];
}"""


def copy_js(status_id: str) -> str:
    """COPY_JS showing 已复制 in the element `status_id` (one per copy button)."""
    return COPY_JS.replace("#copy-status", f"#{status_id}")


# The chat survives a reload in this browser only (localStorage, without a round trip to the server: a
# server event on every change of the chat kept queue slots busy after a tab closed); 清空对话 empties it.
SAVE_CHAT_JS = f"""(chat) => {{
  if (!window.__chatRestored) return;
  localStorage.setItem('policyqa-chat', JSON.stringify((chat || []).slice(-{2 * MAX_TURNS})));
}}"""
LOAD_CHAT_JS = """(chat) => {
  let kept = [];
  try { kept = JSON.parse(localStorage.getItem('policyqa-chat')) || []; } catch (e) { kept = []; }
  window.__chatRestored = true;  // from now on each change is saved (not the empty chat of a page still loading)
  return [kept];
}"""


def ask_tab(assistant: Assistant, feedback: FeedbackStore, loaded: list[Any]) -> None:
    def respond(message: str, chat: list[dict[str, str]], area: str | None = None) -> Iterator[tuple[Any, ...]]:
        """Streams when an LLM endpoint is set: each step shows only sentences the guard passed."""
        chat = list(chat or [])[-2 * MAX_TURNS :]  # the chat sent back is capped like the history
        history = _pairs(chat)
        # Escaped: the chat renders HTML, and markup in a question or a document must show as text.
        # An over-long question is echoed cut short: it gets the length message, not a copy of itself.
        limit = assistant.settings.max_question_chars
        shown = message or "" if len(message or "") <= limit else f"{message[:limit]}……（已截断）"
        asked = {"role": "user", "content": html.escape(shown)}
        try:
            for answer in assistant.stream(message, history, chosen_area(area)):
                reply = {"role": "assistant", "content": html.escape(answer.answer)}
                rated = {"question": answer.question, "answer": answer.answer,
                         "citations": citation_refs(answer.citations), "area": chosen_area(area)}
                yield (chat + [asked, reply], citation_cards(answer, assistant.index), "", read_out(answer),
                       answer_panel(answer), rated)
        except (ValueError, PolicyQAError) as exc:
            yield _failed(chat, asked, html.escape(f"⚠️ {exc}"))
        except Exception:  # a bug must not reach the operator as an English error
            log.exception("回答网页提问时出错")
            yield _failed(chat, asked, f"⚠️ {INTERNAL_ERROR}")

    def rate(rating: str, rated: Any, comment: str) -> tuple[str, str]:
        if not isinstance(rated, dict) or not rated.get("question"):
            return "请先提问，再评价回答。", comment
        cited = rated.get("citations")
        try:
            feedback.record(str(rated["question"]), str(rated.get("answer") or ""),
                            citation_refs(cited if isinstance(cited, list) else []), rating, comment or "",
                            str(rated.get("area") or ""))
        except (ValueError, OSError) as exc:
            return f"⚠️ 未记录：{exc}", comment
        return ("已记录：👎，文件管理中的「待完善」会列出这个问题。" if rating == "down" else "已记录：👍，谢谢。"), ""

    with gr.Row(equal_height=False):
        with gr.Column(scale=5, min_width=300):
            area = area_picker(assistant)
            question = gr.Textbox(label="您的问题", max_lines=4, max_length=assistant.settings.max_question_chars,
                                  placeholder="例如：我们获得某项认定，能拿多少奖励？找哪个部门？")
            with gr.Row():
                send = gr.Button("提问", variant="primary", min_width=80)
                clear = gr.Button("清空对话", min_width=80)
            gr.Examples(examples(assistant.index), inputs=question, label="示例问题")
            chat = gr.Chatbot(label="对话记录", height=300, render_markdown=False, allow_tags=False,
                              feedback_options=None, buttons=[], elem_id="chat")
        with gr.Column(scale=6, min_width=300):
            panel = gr.HTML('<div class="answer-panel empty">答复显示在这里：先看提示，再念朗读稿。</div>',
                            elem_id="answer-panel")
            spoken = gr.Textbox(label="答复朗读稿（可直接念给来电人）", lines=3, interactive=False, elem_id="read-out")
            with gr.Row(elem_id="answer-actions"):
                copy = gr.Button("复制答复", elem_id="copy-answer", size="sm", min_width=80)
                gr.HTML('<span id="copy-status" aria-live="polite"></span>', padding=False)
                up = gr.Button("👍 有帮助", size="sm", elem_id="rate-up", min_width=80)
                down = gr.Button("👎 有误/未答", size="sm", elem_id="rate-down", min_width=80)
            comment = gr.Textbox(label="意见（可选，点 👍 或 👎 时一并提交）", max_length=MAX_COMMENT, lines=1,
                                 elem_id="rate-comment")
            thanks = gr.Markdown(elem_id="rate-result")
    cards = gr.HTML(elem_id="cards")
    rated = gr.JSON(None, visible=False)  # the answer rated (a gr.State would hold a heartbeat connection open)
    outputs = [chat, cards, question, spoken, panel, rated]
    gr.on([send.click, question.submit], respond, [question, chat, area], outputs, api_name="respond")
    clear.click(lambda: ([], "", "", "", "", None), None, outputs, api_visibility="private")
    chat.change(None, chat, None, js=SAVE_CHAT_JS)
    gr.on(loaded, lambda kept: kept or [], chat, chat, js=LOAD_CHAT_JS, api_visibility="private")
    gr.on(loaded, lambda: area_picker(assistant), None, area, api_visibility="private")  # areas added since
    copy.click(None, spoken, None, js=COPY_JS)
    up.click(partial(rate, "up"), [rated, comment], [thanks, comment], api_name="rate_up")
    down.click(partial(rate, "down"), [rated, comment], [thanks, comment], api_name="rate_down")


def _failed(chat: list[dict[str, str]], asked: dict[str, str], message: str) -> tuple[Any, ...]:
    return chat + [asked, {"role": "assistant", "content": message}], "", "", "", "", None


def browse(assistant: Assistant, doc_id: str, query: str, area: object = ALL_AREAS) -> str:
    index = area_view(assistant, area)
    if doc_id not in (ALL, None, "") and doc_id not in index.documents:
        return "<p>所选文件不适用于该地区，或已被删除：请重新选择文件。</p>"
    return clause_list(index, "" if doc_id in (ALL, None) else doc_id, (query or "").strip())


def open_clause(assistant: Assistant, request: gr.Request) -> tuple[Any, str]:
    """A page opened with ?clause=<id> shows that clause in 条款浏览."""
    clause_id = request.query_params.get("clause", "") if request else ""
    if not clause_id:
        return gr.Tabs(), browse(assistant, ALL, "")
    return gr.Tabs(selected="browse"), clause_view(assistant.index, clause_id)


def browse_tab(assistant: Assistant, shown: list[Any]) -> Any:
    """Documents (of the area chosen) → clause tree with full-text search; returns the clause list
    (opened by links)."""
    def documents(area: object = ALL_AREAS) -> list[tuple[str, str]]:
        return [("全部文件", ALL), *document_choices(area_view(assistant, area).documents)]

    def show(doc_id: str, words: str, original: bool, area: object = ALL_AREAS) -> str:
        if not original:
            return browse(assistant, doc_id, words, area)
        if doc_id in (ALL, None, ""):
            return "<p>请先选择一个文件，再查看其原文。</p>"
        try:
            text = assistant.library.original(doc_id)
        except (ValueError, OSError) as exc:
            return f"<p>{html.escape(str(exc))}</p>"
        return f'<pre class="original-text">{html.escape(text)}</pre>'

    def refresh(doc_id: str | None, area: object) -> tuple[Any, Any]:
        choices = documents(kept_area(assistant, area))
        kept = doc_id if doc_id in [value for _, value in choices] else ALL
        return area_picker(assistant, area), gr.Dropdown(choices=choices, value=kept)

    with gr.Row():
        area = area_picker(assistant)
        document = gr.Dropdown(documents(), value=ALL, label="文件", allow_custom_value=True)
        query = gr.Textbox(label="全文检索（多个词用空格分开）", placeholder="例如：专精特新 奖励")
    original = gr.Checkbox(False, label="显示原文（入库时的文本，未做繁简转换、页眉页脚和换行整理）")
    clauses = gr.HTML(elem_id="clause-list")
    gr.on([document.change, query.submit, query.change, original.change], show, [document, query, original, area],
          clauses, api_name="browse")
    area.change(lambda a, words, raw: (gr.Dropdown(choices=documents(a), value=ALL), show(ALL, words, raw, a)),
                [area, query, original], [document, clauses], api_visibility="private")
    gr.on(shown, refresh, [document, area], [area, document], api_name="browse_documents")
    return clauses


def versions_tab(assistant: Assistant, shown: list[Any]) -> None:
    def pairs() -> list[tuple[str, str]]:
        documents = assistant.index.documents
        return [(f"{documents[old].title} → {documents[new].title}", f"{old}→{new}")
                for old, new in version_pairs(documents)]

    def versions(pair: str | None) -> str:
        old, _, new = (pair or "").partition("→")
        if (old, new) not in version_pairs(assistant.index.documents):
            return "<p>库中没有“征求意见稿 → 正式文件”的替代关系。</p>"
        return version_table(assistant.index, old, new)

    def refresh(pair: str | None) -> tuple[Any, str]:
        choices = pairs()
        pair = pair if pair in [v for _, v in choices] else (choices[0][1] if choices else None)
        return gr.Dropdown(choices=choices, value=pair), versions(pair)

    first = pairs()[0][1] if pairs() else None
    pair = gr.Dropdown(pairs(), value=first, label="征求意见稿 → 正式文件", allow_custom_value=True)
    comparison = gr.HTML(versions(first))
    pair.change(versions, pair, comparison)
    gr.on(shown, refresh, pair, [pair, comparison], api_name="versions_refresh")


def evaluation_tab() -> None:
    report = EVALUATION / "report.md"
    gr.Markdown(report.read_text(encoding="utf-8") if report.exists() else "还没有评测报告：请运行 `make eval`。")
    if (EVALUATION / "report.png").exists():
        gr.Image(str(EVALUATION / "report.png"), label="评测图", show_label=True, interactive=False,
                 buttons=[])


def table_tab(assistant: Assistant, shown: list[Any]) -> None:
    downloads = Path(tempfile.mkdtemp(prefix="policyqa-csv-"))  # one folder, one file per filter choice

    def rows(document: str, industry: str, level: str, department: str, area: str,
             old: bool) -> list[dict[str, object]]:
        index = area_view(assistant, area)  # 全部 is no area
        every = incentive_rows(index.documents, index.clauses)
        return filter_rows(every, document, industry, level, department, old=bool(old))

    def table(*values: Any) -> Any:
        headers, cells = shown_table(rows(*values[:-1]), bool(values[-1]))
        return gr.Dataframe(value=cells, headers=headers, datatype=_datatypes(headers), column_widths=_widths(headers))

    def export(*values: Any) -> str:
        text = rows_to_csv(rows(*values))
        name = hashlib.sha1("|".join(map(str, values)).encode()).hexdigest()[:12]
        path = downloads / name / "奖补一览.csv"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return str(path)

    def options(column: str) -> list[str]:
        every = incentive_rows(assistant.index.documents, assistant.index.clauses)
        return [ALL, *sorted({v for row in every for v in str(row[column]).split("、") if v})]

    def box(column: str, value: str = ALL) -> Any:
        """A filter; 适用地区 only when the library divides its documents by area."""
        choices = options(column)
        return gr.Dropdown(choices, value=value if value in choices else ALL, label=column, min_width=160,
                           allow_custom_value=True, visible=column != "适用地区" or bool(assistant.areas))

    def refresh(*values: Any) -> tuple[Any, ...]:
        count = len(FILTERS)
        kept = [v if v in options(c) else ALL for c, v in zip(FILTERS, values[:count], strict=True)]
        boxes = [box(c, v) for c, v in zip(FILTERS, kept, strict=True)]
        return (*boxes, table(*kept, *values[count:]), export(*kept, values[count]))

    with gr.Row():
        filters = [box(c) for c in FILTERS]
    with gr.Row():
        old = gr.Checkbox(False, label="含已废止/征求意见稿")
        more = gr.Checkbox(False, label="更多列")
    headers, cells = shown_table(rows(*[ALL] * len(FILTERS), False))
    grid = gr.Dataframe(value=cells, headers=headers, datatype=_datatypes(headers), interactive=False, wrap=True,
                        elem_id="incentive-table", buttons=[], column_widths=_widths(headers))
    download = gr.DownloadButton("下载 CSV", value=export(*[ALL] * len(FILTERS), False))
    changed = [box.change for box in (*filters, old)]
    gr.on([*changed, more.change], table, [*filters, old, more], grid, api_name="table")
    gr.on(changed, export, [*filters, old], download, api_name="export")
    gr.on(shown, refresh, [*filters, old, more], [*filters, grid, download], api_name="table_refresh")


def _widths(headers: list[str]) -> list[str]:
    """The five first columns share the width (文件 stays in view); with 「更多列」 the grid scrolls sideways."""
    return ["24%", "8%", "10%", "28%", "30%"] if len(headers) == 5 else ["160px"] * len(headers)


def _datatypes(headers: list[str]) -> list[str]:
    """金额 columns sort as numbers (yuan); the rest as text."""
    return ["number" if h.endswith("（元）") else "str" for h in headers]


def calculator_tab(assistant: Assistant, shown: list[Any]) -> None:
    def rules(area: object = ALL_AREAS) -> dict[str, Incentive]:
        index = area_view(assistant, area)
        return calculable_rules(index.documents, index.clauses)

    def compute(label: str, base: float | None, investment: float | None, grade: str, count: float | None,
                matched: float | None, received: float | None, figure: float | None, lpr: float | None,
                growth: float | None = None) -> str:
        rule = rules().get(label)
        if rule is None:
            return "请先选择一项奖补政策。"
        metric = rule.metric or ""
        unit = next((u for u in ("平方米", "吨", "件", "台", "套") if u in rule.per),
                    "平方米" if metric == "面积" else "")
        figures = ((metric.removesuffix("增量"), _wan(figure), metric.endswith("增量")),) if figure and metric else ()
        if "/" in metric:  # tiers by a share (研发费用/营业收入): the form's figure is the whole, its base the part
            part, whole = metric.split("/")
            figures = tuple((m, _wan(v), False) for m, v in ((part, base), (whole, figure)) if v)
        facts = Facts(base=_wan(base), investment=_wan(investment), grade=grade or "",
                      count=int(count) if count else None, matched=_wan(matched), received=_wan(received),
                      figures=figures,
                      quantities=((unit, float(count)),) if unit and count else (),
                      lpr=float(lpr) / 100 if lpr else None, growth=float(growth) / 100 if growth is not None else None)
        result = calculate(rule, facts)
        lines = [f"依据：{label}", *result.steps]
        if result.error:
            lines.append(f"结论：{result.error}")
        elif not result.eligible:
            lines.append("结论：不符合条件。")
        elif result.conclusion:
            lines.append(f"结论：{result.conclusion}（以主管部门审核为准）。")
        return "\n".join(lines)

    def form(label: str | None) -> list[Any]:
        """The rule's terms and only the inputs it needs, emptied (a figure for another rule must not count)."""
        rule = rules().get(label or "")
        needed = needed_figures(rule) if rule else ()
        labels = _field_labels(rule) if rule else {}
        return [describe(rule) if rule else "当前文件中没有可测算的奖补规则。",
                *(gr.update(visible=f in needed, value="" if f == "grade" else None,
                            **({"label": labels[f]} if f in labels else {})) for f in CALCULATOR_FIELDS),
                ""]

    def choose(label: str | None, area: object) -> list[Any]:
        """The rules of the area chosen; the rule chosen stays while it is among them."""
        choices = list(rules(area))
        label = label if label in choices else (choices[0] if choices else None)
        return [gr.Dropdown(choices=choices, value=label), *form(label)]

    def refresh(label: str | None, area: object = ALL_AREAS) -> list[Any]:
        return [area_picker(assistant, area), *choose(label, kept_area(assistant, area))]

    gr.Markdown("按政策条款中的比例、上限、门槛和分类比例测算；金额单位：万元。只需填写所选政策用到的数字。")
    first = next(iter(rules()), None)
    area = area_picker(assistant)
    rule = gr.Dropdown(list(rules()), label="奖补政策", value=first, allow_custom_value=True)
    terms = gr.Markdown()
    with gr.Row():
        base = gr.Number(label="计算基数（如设备购置金额），万元", minimum=0)
        investment = gr.Number(label="项目总投资，万元", minimum=0)
        grade = gr.Dropdown(["", "A", "B", "C", "D"], value="", label="亩产效益等分类结果")
        count = gr.Number(label="数量（产品、品牌、人数）", precision=0, minimum=0)
    with gr.Row():
        matched = gr.Number(label="已获上级资助，万元", minimum=0)
        received = gr.Number(label="已获同类奖励，万元", minimum=0)
        figure = gr.Number(label="指标数值，万元", minimum=0)
        lpr = gr.Number(label="贷款市场报价利率（LPR），%", minimum=0)
        growth = gr.Number(label="较上年增长，%")
    run = gr.Button("测算", variant="primary")
    result = gr.Textbox(label="测算结果", lines=6)
    inputs = [base, investment, grade, count, matched, received, figure, lpr, growth]
    rule.change(form, rule, [terms, *inputs, result], api_name="calculator_form")
    area.change(choose, [rule, area], [rule, terms, *inputs, result], api_visibility="private")
    run.click(compute, [rule, *inputs], result)
    gr.on(shown, refresh, [rule, area], [area, rule, terms, *inputs, result], api_name="calculator_refresh")


def _field_labels(rule: Incentive) -> dict[str, str]:
    """Input labels in the rule's own words (设备(含软件)实际购置金额, 营业收入 …)."""
    metric = rule.metric or "指标"
    base = metric.split("/")[0] if "/" in metric else rule.base  # (a share's part: 研发费用)
    labels = {"base": f"{base or '计算基数'}，万元", "figure": f"{metric.split('/')[-1]}，万元"}
    if metric == "面积" or "平方米" in rule.per:
        labels["count"] = "面积，平方米"
    elif metric == "人数" or "人" in rule.per:
        labels["count"] = "人数"
    return labels


def build_admin_ui(assistant: Assistant, accounts: Accounts) -> Any:
    """The library office's page (/admin, behind a login): every event checks the role again."""
    with gr.Blocks(title="惠企政策问答 · 文件管理") as ui:
        gr.Markdown("## 文件管理（需编辑权限）\n[← 返回问答](/)")
        with gr.Tabs():
            with gr.Tab("文件管理", id="documents") as tab:
                documents_tab(assistant, accounts, [ui.load, tab.select])
            with gr.Tab("待完善", id="pending") as tab:
                pending_tab(assistant, accounts, [ui.load, tab.select])
            with gr.Tab("本单位测试集", id="own-set"):
                own_set_tab(assistant, accounts)
    return ui


def pending_listing(assistant: Assistant, accounts: Accounts, username: str | None) -> tuple[str, list[list[object]]]:
    """The 待完善 summary and rows for a logged-in editor (AccessDenied for anyone else): questions
    refused or marked 👎, grouped, most frequent first, the nearest clause by its document's title."""
    accounts.require_editor(username)
    rows = pending_of(assistant.settings)
    documents = assistant.index.documents
    table = []
    for row in rows:
        doc_id, _, number = str(row["最接近的条款"]).partition("/")
        nearest = f"《{documents[doc_id].title}》{number}" if doc_id in documents else row["最接近的条款"]
        table.append([nearest if c == "最接近的条款" else row[c] for c in PENDING_COLUMNS])
    refused, down = sum(int(r["未找到"]) for r in rows), sum(int(r["标为有误"]) for r in rows)
    summary = (f"共 {len(rows)} 组问题：未找到相关规定 {refused} 次，被标为 👎 {down} 次。"
               "请补充文件或在「本单位测试集」中写出标准答案。" if rows else "暂无待完善的问题。")
    return summary, table


def pending_tab(assistant: Assistant, accounts: Accounts, shown: list[Any]) -> None:
    """Questions the documents did not answer or answered wrongly: what the office should add next."""
    downloads = Path(tempfile.mkdtemp(prefix="policyqa-pending-"))

    def listing(request: gr.Request) -> tuple[str, list[list[object]], str | None, str | None]:
        try:
            summary, table = pending_listing(assistant, accounts, request.username if request else None)
        except AccessDenied as exc:
            return f"⚠️ {exc}", [], None, None
        rows = [dict(zip(PENDING_COLUMNS, row, strict=True)) for row in table]
        (downloads / "待完善.csv").write_text(pending_csv(rows), encoding="utf-8")
        (downloads / "待完善-测试集.csv").write_text(pending_own_set(rows), encoding="utf-8")
        return summary, table, str(downloads / "待完善.csv"), str(downloads / "待完善-测试集.csv")

    gr.Markdown("来电人问到而文件未找到规定的问题，以及被标为 👎 的回答，按相近问题归并计数，附最接近的条款。")
    summary = gr.Markdown(elem_id="pending-summary")
    refresh = gr.Button("刷新", size="sm")
    table = gr.Dataframe(headers=list(PENDING_COLUMNS), interactive=False, wrap=True, elem_id="pending-table",
                         buttons=[], column_widths=["26%", "6%", "7%", "8%", "17%", "18%", "7%", "11%"])
    with gr.Row():
        csv_file = gr.DownloadButton("下载 CSV")
        own_set = gr.DownloadButton("导出为本单位测试集（问题、标准答案）")
    gr.on([*shown, refresh.click], listing, None, [summary, table, csv_file, own_set], api_name="pending")


def own_set_tab(assistant: Assistant, accounts: Accounts) -> None:
    """A policy office's own questions (.csv/.xlsx: 问题, 标准答案, 文件, 条款, 金额) asked of the library:
    the table with the failures first, and the same as CSV."""
    from evaluation.own_set import RESULT_COLUMNS, load_own_set, own_set_csv, result_rows, run_own_set

    downloads = Path(tempfile.mkdtemp(prefix="policyqa-own-set-"))

    def evaluate(path: str | None, request: gr.Request) -> tuple[str, list[list[object]], str | None]:
        try:
            account = accounts.require_editor(request.username if request else None)
            if not path:
                return "请先选择测试集文件（.csv 或 .xlsx）。", [], None
            questions = load_own_set(uploaded(path))
            result = run_own_set(assistant, questions)
        except (ValueError, PolicyQAError, OSError) as exc:
            return f"⚠️ 未评测：{exc}", [], None
        assistant.library.audit.record(f"web:{account.name}", "eval", file=Path(path).name,
                                       questions=result["total"], passed=result["passed"])
        out = downloads / hashlib.sha1(str(path).encode()).hexdigest()[:12] / "测试结果.csv"
        out.parent.mkdir(exist_ok=True)
        out.write_text(own_set_csv(result), encoding="utf-8")
        return f"共 {result['total']} 题，通过 {result['passed']} 题。", result_rows(result), str(out)

    gr.Markdown("上传本单位的测试集（.csv 或 .xlsx，列：问题、标准答案，可选：文件、条款、金额），"
                "用当前文件库逐题回答并判定；未通过的排在前面，并说明原因。")
    upload = gr.File(label="测试集", file_types=[".csv", ".xlsx"], type="filepath")
    run = gr.Button("开始评测", variant="primary")
    summary = gr.Markdown()
    table = gr.Dataframe(headers=list(RESULT_COLUMNS), interactive=False, wrap=True)
    download = gr.DownloadButton("下载结果 CSV")
    run.click(evaluate, upload, [summary, table, download])


def uploaded(path: str) -> Path:
    """A file this server received as an upload; a path anywhere else on the server is refused."""
    folder = Path(get_upload_folder()).resolve()
    resolved = Path(path).resolve()
    if not resolved.is_relative_to(folder) or not resolved.is_file():
        raise AccessDenied("只能添加通过本页面上传的文件。")
    return resolved


def documents_tab(assistant: Assistant, accounts: Accounts, shown: list[Any]) -> None:
    library = assistant.library

    def lists() -> tuple[list[list[object]], Any, Any]:
        """The document table and the two document dropdowns, read from the library now."""
        table = [list(r.values()) for r in document_rows(library.index.documents, library.index.clauses)]
        choices = document_choices(library.index.documents)
        return table, gr.Dropdown(choices=choices, value=None), gr.Dropdown(choices=choices, value=None)

    def add(path: str | None, status: str, supersedes: str | None, title: str, areas: str,
            request: gr.Request) -> tuple[Any, ...]:
        try:
            account = accounts.require_editor(request.username if request else None)
            if not path:
                return "请先选择文件。", *lists()
            change = library.add(uploaded(path), actor=f"web:{account.name}", name=Path(path).name,
                                 status={"正式": "final", "征求意见稿": "draft"}.get(status),
                                 supersedes=supersedes or None, title=title.strip() or None, areas=areas)
        except (ValueError, PolicyQAError, OSError) as exc:
            return f"⚠️ 未添加：{exc}", *lists()
        added = "、".join(f"{d}《{change.index.documents[d].title}》" for d in change.doc_ids)
        return f"已添加 {added}；新嵌入 {change.embedded} 个条款，用时 {change.seconds:.1f} 秒。", *lists()

    def remove(doc_id: str | None, request: gr.Request) -> tuple[Any, ...]:
        try:
            account = accounts.require_editor(request.username if request else None)
            if not doc_id:
                return "请先选择要删除的文件。", *lists()
            document = library.index.documents.get(doc_id)
            library.remove(doc_id, actor=f"web:{account.name}")
        except (ValueError, PolicyQAError, OSError) as exc:
            return f"⚠️ 未删除：{exc}", *lists()
        title = f"《{document.title}》" if document else ""
        return f"已删除 {doc_id}{title}（原文件移入 corpus/removed/）。", *lists()

    def confirm(doc_id: str | None) -> Any:
        """Deleting takes two steps: choose the document, then press the button that names it."""
        document = library.index.documents.get(doc_id or "")
        return gr.Button(f"确认删除《{document.title}》" if document else "确认删除", interactive=document is not None)

    gr.Markdown(
        "添加政策文件（.txt .md .docx .pdf .html），只嵌入新文件的条款，索引随即更新；"
        "删除的原文件移入 corpus/removed/。每次操作都记入审计日志。"
    )
    table = gr.Dataframe(headers=DOCUMENT_HEADERS, interactive=False, wrap=True, elem_id="document-table", buttons=[])
    with gr.Row():
        upload = gr.File(label="政策文件", file_types=list(SUPPORTED), type="filepath", elem_id="upload")
        with gr.Column():
            status = gr.Radio(["自动判断", "正式", "征求意见稿"], value="自动判断", label="状态")
            choices = document_choices(library.index.documents)
            supersedes = gr.Dropdown(choices, value=None, label="替代的文件（可选）", allow_custom_value=True)
            title = gr.Textbox(label="标题（自动识别不准时填写）")
            areas = gr.Textbox(label="适用地区（可选，如：枫岭市、溪桐县；不填为所有地区）")
    add_button = gr.Button("添加文件", variant="primary")
    with gr.Row():
        victim = gr.Dropdown(choices, value=None, label="要删除的文件（选择后按右侧按钮确认）",
                             allow_custom_value=True)
        remove_button = gr.Button("确认删除", variant="stop", interactive=False, elem_id="confirm-remove")
    message = gr.Textbox(label="结果", lines=2)
    add_button.click(add, [upload, status, supersedes, title, areas], [message, table, supersedes, victim])
    remove_button.click(remove, victim, [message, table, supersedes, victim])
    victim.change(confirm, victim, remove_button, api_visibility="private")
    gr.on(shown, lists, None, [table, supersedes, victim], api_name="documents_refresh")


def _wan(value: float | None) -> float | None:
    """万元 typed in the calculator -> yuan."""
    return None if value in (None, 0) else float(value) * 10_000


def _pairs(chat: list[dict[str, str]]) -> list[tuple[str, str]]:
    """Gradio messages -> [(question, answer), ...]."""
    pairs, pending = [], None
    for message in chat:
        if message.get("role") == "user":
            pending = html.unescape(_text(message.get("content", "")))
        elif message.get("role") == "assistant" and pending is not None:
            pairs.append((pending, html.unescape(_text(message.get("content", "")))))
            pending = None
    return pairs


def _text(content: Any) -> str:
    """Message content: a string, or Gradio 6's list of parts."""
    if isinstance(content, list):
        return "".join(str(part.get("text", "")) if isinstance(part, dict) else str(part) for part in content)
    return str(content)
