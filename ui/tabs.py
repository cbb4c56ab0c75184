"""The Gradio workbench: one function per tab, each wiring its components to the assistant's library."""

from __future__ import annotations

import hashlib
import html
import logging
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr
from gradio.utils import get_upload_folder

from retrieval import Assistant, PolicyQAError
from retrieval.answer.calculator import Facts, calculate, describe
from retrieval.documents.formats import SUPPORTED
from retrieval.records import Incentive
from retrieval.service.accounts import AccessDenied, Accounts
from retrieval.service.ingest import document_rows
from ui.table import ALL, COLUMNS, calculable_rules, filter_rows, incentive_rows, rows_to_csv
from ui.views import citation_cards, clause_list, clause_view, examples, version_table
from ui.workbench import read_out, version_pairs

__all__ = ["build_ui", "build_admin_ui", "uploaded", "INTERNAL_ERROR"]

log = logging.getLogger("policyqa")
INTERNAL_ERROR = "服务内部出错，已记录日志，请稍后重试或联系管理员。"
EVALUATION = Path(__file__).resolve().parents[1] / "evaluation"
MAX_TURNS = 20  # of chat history kept on the page and sent back with each question
DOCUMENT_HEADERS = ["编号", "标题", "文号", "状态", "条款数", "发文日期", "施行日期", "有效期至", "文件"]


def build_ui(assistant: Assistant) -> Any:
    def opened(request: gr.Request) -> tuple[Any, str]:
        return open_clause(assistant, request)

    with gr.Blocks(title="惠企政策问答") as ui:
        gr.Markdown("## 惠企政策问答\n回答均摘自政策原文，注明文件、文号、条款和责任单位；文件未规定的，会明确说明。"
                    "添加或删除文件请到 [文件管理](/admin)（需登录）。")
        tabs = gr.Tabs()
        with tabs, gr.Tab("智能问答", id="ask"):
            ask_tab(assistant)
        with tabs, gr.Tab("条款浏览", id="browse"):
            clauses = browse_tab(assistant)
        with tabs, gr.Tab("版本对照", id="versions"):
            versions_tab(assistant)
        with tabs, gr.Tab("评测", id="eval"):
            evaluation_tab()
        ui.load(opened, None, [tabs, clauses])
        with tabs, gr.Tab("奖补一览", id="table"):
            table_tab(assistant)
        with tabs, gr.Tab("奖补测算", id="calculator"):
            calculator_tab(assistant)
    return ui


def ask_tab(assistant: Assistant) -> None:
    def respond(message: str, chat: list[dict[str, str]]) -> Iterator[tuple[list[dict[str, str]], str, str, str]]:
        """Streams when an LLM endpoint is set: each step shows only sentences the guard passed."""
        chat = list(chat or [])[-2 * MAX_TURNS :]  # the chat sent back is capped like the history
        history = _pairs(chat)
        # Escaped: the chat renders HTML, and markup in a question or a document must show as text.
        # An over-long question is echoed cut short: it gets the length message, not a copy of itself.
        limit = assistant.settings.max_question_chars
        shown = message or "" if len(message or "") <= limit else f"{message[:limit]}……（已截断）"
        asked = {"role": "user", "content": html.escape(shown)}
        try:
            for answer in assistant.stream(message, history):
                reply = {"role": "assistant", "content": html.escape(answer.answer)}
                yield chat + [asked, reply], citation_cards(answer), "", read_out(answer)
        except (ValueError, PolicyQAError) as exc:
            yield chat + [asked, {"role": "assistant", "content": html.escape(f"⚠️ {exc}")}], "", "", ""
        except Exception:  # a bug must not reach the operator as an English error
            log.exception("回答网页提问时出错")
            yield chat + [asked, {"role": "assistant", "content": f"⚠️ {INTERNAL_ERROR}"}], "", "", ""

    chat = gr.Chatbot(label="问答", height=420, render_markdown=False, allow_tags=False, feedback_options=None)
    question = gr.Textbox(label="您的问题", max_lines=4, max_length=assistant.settings.max_question_chars,
                          placeholder="例如：我们获得某项认定，能拿多少奖励？找哪个部门？")
    with gr.Row():
        send = gr.Button("提问", variant="primary")
        clear = gr.Button("清空对话")
    gr.Examples(examples(assistant.index), inputs=question)
    with gr.Row():
        spoken = gr.Textbox(label="答复朗读稿（可直接念给来电人）", lines=3, interactive=False, elem_id="read-out",
                            scale=5)
        copy = gr.Button("复制答复", elem_id="copy-answer", scale=1)
    cards = gr.HTML()
    send.click(respond, [question, chat], [chat, cards, question, spoken])
    question.submit(respond, [question, chat], [chat, cards, question, spoken])
    clear.click(lambda: ([], "", "", ""), None, [chat, cards, question, spoken])
    copy.click(None, spoken, None, js="(text) => { navigator.clipboard.writeText(text); return []; }")


def browse(assistant: Assistant, doc_id: str, query: str) -> str:
    return clause_list(assistant.index, "" if doc_id == ALL else doc_id, query.strip())


def open_clause(assistant: Assistant, request: gr.Request) -> tuple[Any, str]:
    """A page opened with ?clause=<id> shows that clause in 条款浏览."""
    clause_id = request.query_params.get("clause", "") if request else ""
    if not clause_id:
        return gr.Tabs(), browse(assistant, ALL, "")
    return gr.Tabs(selected="browse"), clause_view(assistant.index, clause_id)


def browse_tab(assistant: Assistant) -> Any:
    """Documents → clause tree with full-text search; returns the clause list (opened by links)."""
    with gr.Row():
        document = gr.Dropdown([ALL, *assistant.index.documents], value=ALL, label="文件")
        query = gr.Textbox(label="全文检索（多个词用空格分开）", placeholder="例如：专精特新 奖励")
    clauses = gr.HTML(elem_id="clause-list")
    for event in (document.change, query.submit, query.change):
        event(lambda d, q: browse(assistant, d, q), [document, query], clauses)
    return clauses


def versions_tab(assistant: Assistant) -> None:
    def versions(label: str) -> str:
        pairs = {f"{old} → {new}": (old, new) for old, new in version_pairs(assistant.index.documents)}
        if label not in pairs:
            return "<p>库中没有“征求意见稿 → 正式文件”的替代关系。</p>"
        return version_table(assistant.index, *pairs[label])

    choices = [f"{old} → {new}" for old, new in version_pairs(assistant.index.documents)]
    pair = gr.Dropdown(choices, value=choices[0] if choices else None, label="征求意见稿 → 正式文件")
    comparison = gr.HTML(versions(choices[0]) if choices else versions(""))
    pair.change(versions, pair, comparison)


def evaluation_tab() -> None:
    report = EVALUATION / "report.md"
    gr.Markdown(report.read_text(encoding="utf-8") if report.exists() else "还没有评测报告：请运行 `make eval`。")
    if (EVALUATION / "report.png").exists():
        gr.Image(str(EVALUATION / "report.png"), label="评测图", show_label=True, interactive=False)


def table_tab(assistant: Assistant) -> None:
    downloads = Path(tempfile.mkdtemp(prefix="policyqa-csv-"))  # one folder, one file per filter choice

    def rows() -> list[dict[str, object]]:
        return incentive_rows(assistant.index.documents, assistant.index.clauses)

    def table(document: str, industry: str, level: str, department: str) -> list[list[object]]:
        return [[row[c] for c in COLUMNS] for row in filter_rows(rows(), document, industry, level, department)]

    def export(document: str, industry: str, level: str, department: str) -> str:
        text = rows_to_csv(filter_rows(rows(), document, industry, level, department))
        name = hashlib.sha1("|".join((document, industry, level, department)).encode()).hexdigest()[:12]
        path = downloads / name / "奖补一览.csv"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return str(path)

    def options(column: str) -> list[str]:
        values = sorted({str(v) for row in rows() for v in str(row[column]).split("、") if v})
        return [ALL, *values]

    with gr.Row():
        filters = [gr.Dropdown(options(c), value=ALL, label=label)
                   for c, label in (("文件", "文件"), ("行业", "行业"), ("层级", "层级"), ("责任单位", "责任单位"))]
    grid = gr.Dataframe(value=table(ALL, ALL, ALL, ALL), headers=COLUMNS, interactive=False, wrap=True)
    download = gr.DownloadButton("下载 CSV", value=export(ALL, ALL, ALL, ALL))
    for box in filters:
        box.change(table, filters, grid)
        box.change(export, filters, download)


def calculator_tab(assistant: Assistant) -> None:
    def rules() -> dict[str, Incentive]:
        return calculable_rules(assistant.index.documents, assistant.index.clauses)

    def compute(label: str, base: float | None, investment: float | None, grade: str, count: float | None,
                matched: float | None) -> str:
        rule = rules().get(label)
        if rule is None:
            return "请先选择一项奖补政策。"
        facts = Facts(base=_wan(base), investment=_wan(investment), grade=grade or "",
                      count=int(count) if count else None, matched=_wan(matched))
        result = calculate(rule, facts)
        lines = [f"依据：{label}", *result.steps]
        if not result.eligible:
            lines.append("结论：不符合条件。")
        elif result.conclusion:
            lines.append(f"结论：{result.conclusion}（以主管部门审核为准）。")
        return "\n".join(lines)

    gr.Markdown("按政策条款中的比例、上限、门槛和分类比例测算；金额单位：万元。")
    first = next(iter(rules()), None)
    rule = gr.Dropdown(list(rules()), label="奖补政策", value=first)
    terms = gr.Markdown(describe(rules()[first]) if first else "当前文件中没有可测算的奖补规则。")
    rule.change(lambda label: describe(rules()[label]) if label in rules() else "", rule, terms)
    with gr.Row():
        base = gr.Number(label="计算基数（如设备购置金额），万元")
        investment = gr.Number(label="项目总投资，万元")
        grade = gr.Dropdown(["", "A", "B", "C", "D"], value="", label="亩产效益等分类结果")
    with gr.Row():
        count = gr.Number(label="数量（产品、品牌、人数）", precision=0)
        matched = gr.Number(label="已获上级资助，万元")
    run = gr.Button("测算", variant="primary")
    result = gr.Textbox(label="测算结果", lines=6)
    run.click(compute, [rule, base, investment, grade, count, matched], result)


def build_admin_ui(assistant: Assistant, accounts: Accounts) -> Any:
    """The library office's page (/admin, behind a login): every event checks the role again."""
    with gr.Blocks(title="惠企政策问答 · 文件管理") as ui:
        gr.Markdown("## 文件管理（需编辑权限）\n[← 返回问答](/)")
        with gr.Tabs():
            with gr.Tab("文件管理", id="documents"):
                documents_tab(assistant, accounts)
            with gr.Tab("本单位测试集", id="own-set"):
                own_set_tab(assistant, accounts)
    return ui


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


def documents_tab(assistant: Assistant, accounts: Accounts) -> None:
    library = assistant.library

    def documents() -> list[list[object]]:
        return [list(r.values()) for r in document_rows(library.index.documents, library.index.clauses)]

    def doc_ids() -> Any:
        return gr.update(choices=list(library.index.documents), value=None)

    def add(path: str | None, status: str, supersedes: str | None, title: str,
            request: gr.Request) -> tuple[str, Any, Any, Any]:
        try:
            account = accounts.require_editor(request.username if request else None)
            if not path:
                return "请先选择文件。", documents(), doc_ids(), doc_ids()
            change = library.add(uploaded(path), actor=f"web:{account.name}", name=Path(path).name,
                                 status={"正式": "final", "征求意见稿": "draft"}.get(status),
                                 supersedes=supersedes or None, title=title.strip() or None)
        except (ValueError, PolicyQAError, OSError) as exc:
            return f"⚠️ 未添加：{exc}", documents(), doc_ids(), doc_ids()
        added = "、".join(f"{d}《{change.index.documents[d].title}》" for d in change.doc_ids)
        return (f"已添加 {added}；新嵌入 {change.embedded} 个条款，用时 {change.seconds:.1f} 秒。",
                documents(), doc_ids(), doc_ids())

    def remove(doc_id: str | None, request: gr.Request) -> tuple[str, Any, Any, Any]:
        try:
            account = accounts.require_editor(request.username if request else None)
            if not doc_id:
                return "请先选择要删除的文件。", documents(), doc_ids(), doc_ids()
            library.remove(doc_id, actor=f"web:{account.name}")
        except (ValueError, PolicyQAError, OSError) as exc:
            return f"⚠️ 未删除：{exc}", documents(), doc_ids(), doc_ids()
        return f"已删除 {doc_id}（原文件移入 corpus/removed/）。", documents(), doc_ids(), doc_ids()

    gr.Markdown(
        "添加政策文件（.txt .md .docx .pdf .html），只嵌入新文件的条款，索引随即更新；"
        "删除的原文件移入 corpus/removed/。每次操作都记入审计日志。"
    )
    table = gr.Dataframe(value=documents(), headers=DOCUMENT_HEADERS, interactive=False, wrap=True)
    with gr.Row():
        upload = gr.File(label="政策文件", file_types=list(SUPPORTED), type="filepath")
        with gr.Column():
            status = gr.Radio(["自动判断", "正式", "征求意见稿"], value="自动判断", label="状态")
            supersedes = gr.Dropdown(list(library.index.documents), value=None, label="替代的文件（可选）")
            title = gr.Textbox(label="标题（自动识别不准时填写）")
    add_button = gr.Button("添加文件", variant="primary")
    with gr.Row():
        victim = gr.Dropdown(list(library.index.documents), value=None, label="要删除的文件")
        remove_button = gr.Button("删除文件", variant="stop")
    message = gr.Textbox(label="结果", lines=2)
    add_button.click(add, [upload, status, supersedes, title], [message, table, supersedes, victim])
    remove_button.click(remove, victim, [message, table, supersedes, victim])


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
