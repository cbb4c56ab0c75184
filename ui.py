"""The web server: the Gradio workbench at / and a JSON API under /api (imported only to serve)."""

from __future__ import annotations

import hashlib
import html
import json
import logging
import tempfile
import threading
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from retrieval import Answer, Assistant, PolicyQAError
from retrieval.calculator import Facts, calculate, describe
from retrieval.formats import SUPPORTED
from retrieval.ingest import add_document, document_rows, remove_document
from retrieval.records import Incentive
from retrieval.service import parse_history
from retrieval.table import ALL, COLUMNS, calculable_rules, filter_rows, incentive_rows, rows_to_csv
from retrieval.workbench import compare_versions, diff_html, highlight, read_out, search_clauses, version_pairs

__all__ = ["create_app", "build_ui", "citation_cards", "MAX_BODY_BYTES"]

log = logging.getLogger("policyqa")
INTERNAL_ERROR = "服务内部出错，已记录日志，请稍后重试或联系管理员。"

EVALUATION = Path(__file__).resolve().parent / "evaluation"


def examples(index: Any) -> list[str]:
    """Example questions made from the current documents' incentives (not written for one corpus)."""
    out: list[str] = []
    for clause in index.clauses:
        if len(out) >= 3:
            break
        if index.documents[clause.doc_id].is_old:
            continue
        for incentive in clause.incentives:
            if incentive.level and incentive.cap and len(out) < 3 and len(incentive.item) <= 20:
                out.append(f"我们{'被认定为' if '认定' in clause.text else '获评'}{incentive.item}，能拿多少奖励？找哪个部门？")
                break
    return out or ["这些政策文件支持哪些企业？找哪个部门？"]


def _units(departments: list[str] | tuple[str, ...]) -> str:
    return "、".join(departments) or "条款未列明"


def citation_cards(answer: Answer) -> str:
    """HTML cards for the cited clauses; every piece of document text is escaped."""
    if not answer.citations:
        return ""
    cards = []
    for c in answer.citations:
        badge = '<span class="draft">征求意见稿</span>' if c.status == "draft" else ""
        units = _units(c.departments)
        cards.append(
            '<div class="card">'
            f'<div class="cite">《{html.escape(c.doc_title)}》{html.escape(c.doc_number)} '
            f'<b>{html.escape(c.clause)}</b> {badge}</div>'
            f'<div class="path">{html.escape(c.path)}</div>'
            f'<div class="units">责任单位：{html.escape(units)}</div>'
            f'<details><summary>查看条款全文</summary><div class="text">{html.escape(c.text)}</div></details>'
            "</div>"
        )
    heading = "引用条款" if answer.found else "最接近的条款（文件中未找到直接规定）"
    if answer.found:
        heading += "（回答方式：大模型撰写，已与原文核对）" if answer.mode == "llm" else "（回答方式：原文摘录）"
    return f"<h4>{heading}</h4>" + "".join(cards)


def clause_list(index: Any, doc_id: str, query: str) -> str:
    """The clause tree of one document (or all), grouped by top heading; matches of `query` marked."""
    found = search_clauses(index, query, doc_id)
    if not found:
        return "<p>没有找到包含这些词的条款。</p>"
    parts, heading, open_group = [], None, False
    for clause in found:
        document = index.documents[clause.doc_id]
        top = f"《{document.title}》 {clause.path[0]}" if len(clause.path) > 1 else f"《{document.title}》"
        if top != heading:
            if open_group:
                parts.append("</div></details>")
            parts.append(f"<details open><summary>{html.escape(top)}</summary><div>")
            heading, open_group = top, True
        link = "?clause=" + urllib.parse.quote(clause.clause_id)
        parts.append(
            f'<div class="card" id="{html.escape(clause.clause_id)}">'
            f'<div class="cite"><a href="{html.escape(link)}" target="_self">{html.escape(clause.number)}</a> '
            f'{html.escape(" › ".join(clause.path[1:]))}</div>'
            f'<div class="text">{highlight(clause.text, query)}</div>'
            f'<div class="units">责任单位：{html.escape(_units(clause.departments))}</div></div>')
    parts.append("</div></details>")
    return f"<p>共 {len(found)} 条。</p>" + "".join(parts)


def clause_view(index: Any, clause_id: str) -> str:
    """One clause, opened by its link (?clause=<id>)."""
    clause = index.clauses[index.clauses.ids.index(clause_id)] if clause_id in index.clauses.ids else None
    if clause is None:
        return f"<p>没有找到条款 {html.escape(clause_id)}，文件可能已被删除或更新。</p>"
    document = index.documents[clause.doc_id]
    return (f'<div class="card opened"><div class="cite">《{html.escape(document.title)}》{html.escape(document.doc_number)} '
            f'<b>{html.escape(clause.number)}</b></div><div class="path">{html.escape(clause.path_text)}</div>'
            f'<div class="text">{html.escape(clause.text)}</div>'
            f'<div class="units">责任单位：{html.escape(_units(clause.departments))}</div></div>')


def version_table(index: Any, old: str, new: str) -> str:
    """Draft and final clauses side by side: 修改 with differences marked, 新增, 删除, 相同."""
    pairs = compare_versions(index, old, new)
    counts = Counter(p.change for p in pairs)
    rows = []
    for p in pairs:
        if p.change == "修改":
            body = diff_html(p.old.text, p.new.text)
        else:
            body = html.escape((p.new or p.old).text)
        rows.append(f'<tr class="{ {"新增": "added", "删除": "removed", "修改": "changed"}.get(p.change, "same") }">'
                    f"<td>{p.change}</td><td>{html.escape(p.old.number if p.old else '')}</td>"
                    f"<td>{html.escape(p.new.number if p.new else '')}</td><td class=\"text\">{body}</td></tr>")
    summary = "，".join(f"{k} {counts[k]} 条" for k in ("修改", "新增", "删除", "相同") if counts[k])
    return (f"<p>{html.escape(old)} → {html.escape(new)}：{summary}。<del>删除线</del>为征求意见稿有而正式文件删去的文字，"
            f"<ins>下划线</ins>为正式文件新增的文字。</p><table class=\"versions\"><tr><th>变化</th><th>征求意见稿</th>"
            f"<th>正式文件</th><th>内容</th></tr>{''.join(rows)}</table>")


CSS = """
.card {border:1px solid #d0d7de; border-radius:8px; padding:10px 12px; margin:8px 0;}
.card .cite {font-size:15px;} .card .path {color:#57606a; font-size:13px; margin:4px 0;}
.card .units {font-size:13px;} .card .text {white-space:pre-wrap; font-size:14px; margin-top:6px;}
.card .draft {background:#fff3cd; color:#8a6d3b; border-radius:4px; padding:0 6px; font-size:12px;}
.card.opened {border-color:#d97706; border-width:2px;}
mark {background:#fde68a; padding:0 1px;}
table.versions {border-collapse:collapse; width:100%; font-size:14px;}
table.versions td, table.versions th {border:1px solid #d0d7de; padding:4px 6px; vertical-align:top;}
table.versions td:nth-child(-n+3) {white-space:nowrap;}
table.versions ins {background:#dcfce7; text-decoration:underline;} table.versions del {background:#fee2e2;}
tr.added td:first-child {color:#15803d;} tr.removed td:first-child {color:#b91c1c;} tr.changed td:first-child {color:#b45309;}
@media (max-width: 640px) { table.versions td:nth-child(2), table.versions th:nth-child(2) {display:none;} }
"""


def build_ui(assistant: Assistant) -> Any:
    changing = threading.Lock()  # one add/remove at a time; questions keep using the current index

    def rows() -> list[dict[str, object]]:
        return incentive_rows(assistant.index.documents, assistant.index.clauses)

    def rules() -> dict[str, Incentive]:
        return calculable_rules(assistant.index.documents, assistant.index.clauses)

    def documents() -> list[list[object]]:
        return [list(r.values()) for r in document_rows(assistant.index.documents, assistant.index.clauses)]

    def doc_ids() -> Any:
        return gr.update(choices=list(assistant.index.documents), value=None)

    def add(path: str | None, status: str, supersedes: str | None, title: str) -> tuple[str, Any, Any, Any]:
        if not path:
            return "请先选择文件。", documents(), doc_ids(), doc_ids()
        with changing:
            try:
                change = add_document(assistant.settings, Path(path), assistant.embedder,
                                      status={"正式": "final", "征求意见稿": "draft"}.get(status),
                                      supersedes=supersedes or None, title=title.strip() or None,
                                      name=Path(path).name, current=assistant.index)
            except (ValueError, PolicyQAError, OSError) as exc:
                return f"⚠️ 未添加：{exc}", documents(), doc_ids(), doc_ids()
            assistant.index = change.index
        added = "、".join(f"{d}《{change.index.documents[d].title}》" for d in change.doc_ids)
        return (f"已添加 {added}；新嵌入 {change.embedded} 个条款，用时 {change.seconds:.1f} 秒。",
                documents(), doc_ids(), doc_ids())

    def remove(doc_id: str | None) -> tuple[str, Any, Any, Any]:
        if not doc_id:
            return "请先选择要删除的文件。", documents(), doc_ids(), doc_ids()
        with changing:
            try:
                change = remove_document(assistant.settings, doc_id, assistant.embedder, current=assistant.index)
            except (ValueError, PolicyQAError, OSError) as exc:
                return f"⚠️ 未删除：{exc}", documents(), doc_ids(), doc_ids()
            assistant.index = change.index
        return f"已删除 {doc_id}（原文件移入 corpus/removed/）。", documents(), doc_ids(), doc_ids()

    def respond(message: str, chat: list[dict[str, str]]) -> Iterator[tuple[list[dict[str, str]], str, str, str]]:
        """Streams when an LLM endpoint is set: each step shows only sentences the guard passed."""
        chat = list(chat or [])
        history = _pairs(chat)
        # Escaped: the chat renders HTML, and markup in a question or a document must show as text.
        asked = {"role": "user", "content": html.escape(message or "")}
        try:
            for answer in assistant.stream(message, history):
                reply = {"role": "assistant", "content": html.escape(answer.answer)}
                yield chat + [asked, reply], citation_cards(answer), "", read_out(answer)
        except (ValueError, PolicyQAError) as exc:
            yield chat + [asked, {"role": "assistant", "content": html.escape(f"⚠️ {exc}")}], "", "", ""
        except Exception:  # a bug must not reach the operator as an English error
            log.exception("回答网页提问时出错")
            yield chat + [asked, {"role": "assistant", "content": f"⚠️ {INTERNAL_ERROR}"}], "", "", ""

    def browse(doc_id: str, query: str) -> str:
        return clause_list(assistant.index, "" if doc_id == ALL else doc_id, query.strip())

    def open_clause(request: gr.Request) -> tuple[Any, str]:
        clause_id = request.query_params.get("clause", "") if request else ""
        if not clause_id:
            return gr.Tabs(), browse(ALL, "")
        return gr.Tabs(selected="browse"), clause_view(assistant.index, clause_id)

    def versions(label: str) -> str:
        pairs = {f"{old} → {new}": (old, new) for old, new in version_pairs(assistant.index.documents)}
        if label not in pairs:
            return "<p>库中没有“征求意见稿 → 正式文件”的替代关系。</p>"
        return version_table(assistant.index, *pairs[label])

    def table(document: str, industry: str, level: str, department: str) -> list[list[object]]:
        return [[row[c] for c in COLUMNS] for row in filter_rows(rows(), document, industry, level, department)]

    downloads = Path(tempfile.mkdtemp(prefix="policyqa-csv-"))  # one folder, one file per filter choice

    def export(document: str, industry: str, level: str, department: str) -> str:
        text = rows_to_csv(filter_rows(rows(), document, industry, level, department))
        name = hashlib.sha1("|".join((document, industry, level, department)).encode()).hexdigest()[:12]
        path = downloads / name / "奖补一览.csv"
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return str(path)

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

    def options(column: str) -> list[str]:
        values = sorted({str(v) for row in rows() for v in str(row[column]).split("、") if v})
        return [ALL, *values]

    with gr.Blocks(title="惠企政策问答") as ui:
        gr.Markdown("## 惠企政策问答\n回答均摘自政策原文，注明文件、文号、条款和责任单位；文件未规定的，会明确说明。")
        tabs = gr.Tabs()
        with tabs, gr.Tab("智能问答", id="ask"):
            chat = gr.Chatbot(label="问答", height=420, render_markdown=False, allow_tags=False,
                              feedback_options=None)
            question = gr.Textbox(label="您的问题", max_lines=4, placeholder="例如：我们获得某项认定，能拿多少奖励？找哪个部门？")
            with gr.Row():
                send = gr.Button("提问", variant="primary")
                clear = gr.Button("清空对话")
            gr.Examples(examples(assistant.index), inputs=question)
            with gr.Row():
                spoken = gr.Textbox(label="答复朗读稿（可直接念给来电人）", lines=3, interactive=False,
                                    elem_id="read-out", scale=5)
                copy = gr.Button("复制答复", elem_id="copy-answer", scale=1)
            cards = gr.HTML()
            send.click(respond, [question, chat], [chat, cards, question, spoken])
            question.submit(respond, [question, chat], [chat, cards, question, spoken])
            clear.click(lambda: ([], "", "", ""), None, [chat, cards, question, spoken])
            copy.click(None, spoken, None, js="(text) => { navigator.clipboard.writeText(text); return []; }")
        with tabs, gr.Tab("条款浏览", id="browse"):
            with gr.Row():
                browse_doc = gr.Dropdown([ALL, *assistant.index.documents], value=ALL, label="文件")
                browse_query = gr.Textbox(label="全文检索（多个词用空格分开）", placeholder="例如：专精特新 奖励")
            clauses = gr.HTML(elem_id="clause-list")
            browse_doc.change(browse, [browse_doc, browse_query], clauses)
            browse_query.submit(browse, [browse_doc, browse_query], clauses)
            browse_query.change(browse, [browse_doc, browse_query], clauses)
        with tabs, gr.Tab("版本对照", id="versions"):
            choices = [f"{old} → {new}" for old, new in version_pairs(assistant.index.documents)]
            pair = gr.Dropdown(choices, value=choices[0] if choices else None, label="征求意见稿 → 正式文件")
            comparison = gr.HTML(versions(choices[0]) if choices else versions(""))
            pair.change(versions, pair, comparison)
        with tabs, gr.Tab("评测", id="eval"):
            report = EVALUATION / "report.md"
            gr.Markdown(report.read_text(encoding="utf-8") if report.exists() else "还没有评测报告：请运行 `make eval`。")
            if (EVALUATION / "report.png").exists():
                gr.Image(str(EVALUATION / "report.png"), label="评测图", show_label=True, interactive=False)
        ui.load(open_clause, None, [tabs, clauses])
        with tabs, gr.Tab("奖补一览", id="table"):
            with gr.Row():
                filters = [gr.Dropdown(options(c), value=ALL, label=label)
                           for c, label in (("文件", "文件"), ("行业", "行业"), ("层级", "层级"), ("责任单位", "责任单位"))]
            grid = gr.Dataframe(value=table(ALL, ALL, ALL, ALL), headers=COLUMNS, interactive=False, wrap=True)
            download = gr.DownloadButton("下载 CSV", value=export(ALL, ALL, ALL, ALL))
            for box in filters:
                box.change(table, filters, grid)
                box.change(export, filters, download)
        with tabs, gr.Tab("奖补测算", id="calculator"):
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
        with tabs, gr.Tab("文件管理", id="documents"):
            gr.Markdown("添加政策文件（.txt .md .docx .pdf .html），只嵌入新文件的条款，索引随即更新；删除的原文件移入 corpus/removed/。")
            headers = ["编号", "标题", "文号", "状态", "条款数", "发文日期", "施行日期", "有效期至", "文件"]
            library = gr.Dataframe(value=documents(), headers=headers, interactive=False, wrap=True)
            with gr.Row():
                upload = gr.File(label="政策文件", file_types=list(SUPPORTED), type="filepath")
                with gr.Column():
                    status = gr.Radio(["自动判断", "正式", "征求意见稿"], value="自动判断", label="状态")
                    supersedes = gr.Dropdown(list(assistant.index.documents), value=None, label="替代的文件（可选）")
                    title = gr.Textbox(label="标题（自动识别不准时填写）")
            add_button = gr.Button("添加文件", variant="primary")
            with gr.Row():
                victim = gr.Dropdown(list(assistant.index.documents), value=None, label="要删除的文件")
                remove_button = gr.Button("删除文件", variant="stop")
            message = gr.Textbox(label="结果", lines=2)
            add_button.click(add, [upload, status, supersedes, title], [message, library, supersedes, victim])
            remove_button.click(remove, victim, [message, library, supersedes, victim])
    return ui


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


# Chosen from `make load` (50 clients x 20 questions on 2 cores, see README): answering is CPU-bound
# and the embedder runs one call at a time, so more parallel workers only queue inside the process.
GRADIO_CONCURRENCY = 4
MAX_BODY_BYTES = 256 * 1024  # room for a 20,000-character paste, which then gets the length message


def create_app(assistant: Assistant) -> Any:
    """The HTTP server: JSON API under /api (for a hotline system), the Gradio UI at /."""
    api = FastAPI(title="惠企政策问答 API", docs_url="/api/docs", openapi_url="/api/openapi.json")

    @api.post("/api/ask")
    async def ask(request: Request) -> JSONResponse:
        """{"question": "...", "history": [[问, 答], ...]} -> the answer object (see README)."""
        too_large = JSONResponse({"error": f"请求过大（超过 {MAX_BODY_BYTES // 1024} KB）。"}, status_code=413)
        if int(request.headers.get("content-length") or 0) > MAX_BODY_BYTES:
            return too_large  # refused before reading: a huge body never reaches memory
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY_BYTES:
                return too_large
        try:
            payload = json.loads(body or b"null")
        except ValueError:  # bad JSON, bad encoding, absurd numbers: all the client's body
            return JSONResponse({"error": "请求体不是有效的 JSON。"}, status_code=400)
        try:
            if not isinstance(payload, dict):
                raise ValueError('请求体应是 JSON 对象，例如 {"question": "…"}。')
            answer = await run_in_threadpool(assistant.ask, payload.get("question"), parse_history(payload.get("history")))
        except (ValueError, PolicyQAError) as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        except Exception:  # a bug must not reach the caller as an English traceback
            log.exception("回答 /api/ask 请求时出错")
            return JSONResponse({"error": INTERNAL_ERROR}, status_code=500)
        return JSONResponse(answer.to_dict())

    @api.get("/api/health")
    def health() -> dict[str, object]:
        index = assistant.index
        return {"status": "ok", "documents": len(index.documents), "clauses": len(index.clauses),
                "embedder": index.meta.get("embedder"), "built_at": index.meta.get("built_at")}

    ui = build_ui(assistant).queue(default_concurrency_limit=GRADIO_CONCURRENCY)
    return gr.mount_gradio_app(api, ui, path="/", ssr_mode=False, css=CSS, footer_links=[])


