"""惠企政策问答: command line (`ask`, `index`) and the Gradio chat (`serve`, the default)."""

from __future__ import annotations

import argparse
import html
import json
import logging
import os
import sys
import tempfile
import threading
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, TextIO

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from retrieval import Answer, Assistant, PolicyQAError, Settings
from retrieval.calculator import Facts, calculate, describe
from retrieval.corpus import load_corpus
from retrieval.embedders import make_embedder
from retrieval.formats import SUPPORTED
from retrieval.ingest import add_document, document_rows, remove_document
from retrieval.records import Incentive
from retrieval.service import rebuild_index
from retrieval.table import (
    ALL,
    COLUMNS,
    calculable_rules,
    filter_rows,
    incentive_rows,
    rows_to_csv,
)

log = logging.getLogger("policyqa")

EXAMPLES = [
    "我们公司被认定为国家级专精特新企业，能拿多少奖励？找哪个部门？",
    "纺织服装企业主持制定国家标准有什么奖励？",
    "新认定为省级瞪羚企业奖励多少？",
    "纺织企业技术改造项目设备投资怎么补贴？",
]


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(message)s")
    log.setLevel(logging.INFO)  # our own progress messages; libraries stay at WARNING
    try:
        settings = Settings.from_env(host=getattr(args, "host", None), port=getattr(args, "port", None))
        if args.command == "index":
            return _index(settings)
        if args.command == "ask":
            return _ask(settings, args)
        if args.command == "eval":
            return _eval(settings, args)
        if args.command in ("add", "remove"):
            return _change(settings, args)
        if args.command == "docs":
            return _docs(settings)
        return _serve(settings)
    except (PolicyQAError, ValueError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="app.py", description="惠企政策问答：按条款引用、金额和责任单位回答。")
    commands = parser.add_subparsers(dest="command")
    serve = commands.add_parser("serve", help="启动网页问答（默认命令）")
    for p in (parser, serve):
        p.add_argument("--host", default=None, help="监听地址（默认 127.0.0.1，或 POLICYQA_HOST）")
        p.add_argument("--port", type=int, default=None, help="端口（默认 7860，或 POLICYQA_PORT）")
    ask = commands.add_parser("ask", help="在命令行提问")
    ask.add_argument("question", nargs="?", help="问题；与 --jsonl 二选一")
    ask.add_argument("--json", action="store_true", help="输出答案对象（JSON）")
    ask.add_argument("--jsonl", action="store_true",
                     help='从标准输入逐行读取 {"question": ..., "history": [[问, 答], ...]}，逐行输出答案对象')
    commands.add_parser("index", help="重建索引")
    add = commands.add_parser("add", help="添加政策文件（.txt .md .docx .pdf .html）")
    add.add_argument("file", help="文件路径")
    add.add_argument("--status", choices=["final", "draft"], default=None, help="正式文件或征求意见稿（默认由标题判断）")
    add.add_argument("--supersedes", default=None, help="被本文件替代的文件编号（如征求意见稿）")
    add.add_argument("--title", default=None, help="文件标题（自动识别不准时使用）")
    commands.add_parser("docs", help="列出库中的文件")
    remove = commands.add_parser("remove", help="删除一个文件（原文件移入 corpus/removed/）")
    remove.add_argument("doc_id", help="文件编号（见 docs 命令）")
    evaluate = commands.add_parser("eval", help="评测：四个系统在问答测试集上的对比，写出 evaluation/report.md")
    evaluate.add_argument("--questions", default=None, help="测试集（默认 evaluation/questions.jsonl）")
    evaluate.add_argument("--out", default=None, help="报告目录（默认 evaluation/）")
    return parser


def _index(settings: Settings) -> int:
    corpus = load_corpus(settings.corpus_dir)
    rebuild_index(corpus, make_embedder(settings.embedder), settings, must_save=True)
    return 0


def _ask(settings: Settings, args: argparse.Namespace) -> int:
    if args.jsonl == bool(args.question):
        raise ValueError("请给出一个问题，或使用 --jsonl 从标准输入读取问题（二者选一）。")
    assistant = Assistant.open(settings)
    if args.jsonl:
        answer_lines(assistant, sys.stdin, sys.stdout)
        return 0
    answer = assistant.ask(args.question)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_answer(answer))
    return 0


def _change(settings: Settings, args: argparse.Namespace) -> int:
    embedder = make_embedder(settings.embedder)
    if args.command == "add":
        change = add_document(settings, Path(args.file), embedder, status=args.status,
                              supersedes=args.supersedes, title=args.title)
        verb = "已添加"
    else:
        change = remove_document(settings, args.doc_id, embedder)
        verb = "已删除"
    for doc_id in change.doc_ids:
        doc = change.corpus.documents.get(doc_id)
        count = sum(c.doc_id == doc_id for c in change.corpus.clauses)
        print(f"{verb}：{doc_id}" + (f"《{doc.title}》{doc.doc_number}，{count} 个条款" if doc else ""))
    print(f"索引已更新：共 {len(change.corpus.clauses)} 个条款，新嵌入 {change.embedded} 个，用时 {change.seconds:.1f} 秒。")
    return 0


def _docs(settings: Settings) -> int:
    corpus = load_corpus(settings.corpus_dir)
    counts = {d: sum(c.doc_id == d for c in corpus.clauses) for d in corpus.documents}
    for row in document_rows(corpus.documents, counts):
        dates = "，".join(f"{k}{row[k]}" for k in ("发文日期", "施行日期", "有效期至") if row[k])
        print(f"{row['编号']}\t《{row['标题']}》{row['文号']}\t{row['状态']}\t{row['条款数']} 个条款\t{dates}")
    return 0


def _eval(settings: Settings, args: argparse.Namespace) -> int:
    from evaluation.run import HERE, QUESTIONS
    from evaluation.run import main as run_eval

    assistant = Assistant.open(settings)
    questions = Path(args.questions) if args.questions else QUESTIONS
    out = Path(args.out) if args.out else HERE
    print(run_eval(assistant, questions, out))
    log.info("报告已写入 %s（report.md、report.png）。", out)
    return 0


def answer_lines(assistant: Assistant, lines: Iterable[str], out: TextIO) -> None:
    """One answer object per input line, in order; a bad line gets an object with `error`."""
    for line in lines:
        if not line.strip():
            continue
        question: Any = ""
        try:
            request = json.loads(line)
            if not isinstance(request, dict):
                raise ValueError("每行应是一个 JSON 对象，例如 {\"question\": \"…\"}。")
            question = request.get("question", "")
            payload = assistant.ask(question, _history(request.get("history"))).to_dict()
        except (ValueError, PolicyQAError) as exc:
            message = f"无法回答：{exc}" if not isinstance(exc, json.JSONDecodeError) else "这一行不是有效的 JSON。"
            payload = {"question": question if isinstance(question, str) else str(question),
                       "answer": message, "found": False, "citations": [], "amounts": [], "error": message}
        out.write(json.dumps(payload, ensure_ascii=False) + "\n")
        out.flush()


def _history(raw: Any) -> list[tuple[str, str]]:
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(p, list) and len(p) == 2 for p in raw):
        raise ValueError("history 应是 [[问题, 回答], ...] 形式的列表。")
    return [(str(q), str(a)) for q, a in raw]


def format_answer(answer: Answer) -> str:
    """Readable text for a terminal: the answer, then where it comes from."""
    lines = [answer.answer]
    if answer.citations:
        lines.append("\n出处：")
        for c in answer.citations:
            number = f"（{c.doc_number}）" if c.doc_number else ""
            status = "【征求意见稿】" if c.status == "draft" else ""
            lines.append(f"  《{c.doc_title}》{number}{status} {c.clause}  {c.path}")
    return "\n".join(lines)


def citation_cards(answer: Answer) -> str:
    """HTML cards for the cited clauses; every piece of document text is escaped."""
    if not answer.citations:
        return ""
    cards = []
    for c in answer.citations:
        badge = '<span class="draft">征求意见稿</span>' if c.status == "draft" else ""
        units = "、".join(c.departments) or "条款未列明"
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
    return f"<h4>{heading}</h4>" + "".join(cards)


CSS = """
.card {border:1px solid #d0d7de; border-radius:8px; padding:10px 12px; margin:8px 0;}
.card .cite {font-size:15px;} .card .path {color:#57606a; font-size:13px; margin:4px 0;}
.card .units {font-size:13px;} .card .text {white-space:pre-wrap; font-size:14px; margin-top:6px;}
.card .draft {background:#fff3cd; color:#8a6d3b; border-radius:4px; padding:0 6px; font-size:12px;}
"""


def build_ui(assistant: Assistant) -> Any:
    import gradio as gr

    changing = threading.Lock()  # one add/remove at a time; questions keep using the current index

    def rows() -> list[dict[str, object]]:
        return incentive_rows(assistant.index.documents, assistant.index.clauses)

    def rules() -> dict[str, Incentive]:
        return calculable_rules(assistant.index.documents, assistant.index.clauses)

    def documents() -> list[list[object]]:
        counts = Counter(c.doc_id for c in assistant.index.clauses)
        return [list(r.values()) for r in document_rows(assistant.index.documents, counts)]

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
                                      name=Path(path).name)
            except (ValueError, PolicyQAError) as exc:
                return f"⚠️ 未添加：{exc}", documents(), doc_ids(), doc_ids()
            assistant.index = change.index
        added = "、".join(f"{d}《{change.corpus.documents[d].title}》" for d in change.doc_ids)
        return (f"已添加 {added}；新嵌入 {change.embedded} 个条款，用时 {change.seconds:.1f} 秒。",
                documents(), doc_ids(), doc_ids())

    def remove(doc_id: str | None) -> tuple[str, Any, Any, Any]:
        if not doc_id:
            return "请先选择要删除的文件。", documents(), doc_ids(), doc_ids()
        with changing:
            try:
                change = remove_document(assistant.settings, doc_id, assistant.embedder)
            except (ValueError, PolicyQAError) as exc:
                return f"⚠️ 未删除：{exc}", documents(), doc_ids(), doc_ids()
            assistant.index = change.index
        return f"已删除 {doc_id}（原文件移入 corpus/removed/）。", documents(), doc_ids(), doc_ids()

    def respond(message: str, chat: list[dict[str, str]]) -> tuple[list[dict[str, str]], str, str]:
        chat = list(chat or [])
        history = _pairs(chat)
        try:
            answer = assistant.ask(message, history)
            reply, cards = answer.answer, citation_cards(answer)
        except (ValueError, PolicyQAError) as exc:
            reply, cards = f"⚠️ {exc}", ""
        chat += [{"role": "user", "content": message or ""}, {"role": "assistant", "content": reply}]
        return chat, cards, ""

    def table(document: str, industry: str, level: str, department: str) -> list[list[object]]:
        return [[row[c] for c in COLUMNS] for row in filter_rows(rows(), document, industry, level, department)]

    def export(document: str, industry: str, level: str, department: str) -> str:
        text = rows_to_csv(filter_rows(rows(), document, industry, level, department))
        path = Path(tempfile.mkdtemp(prefix="policyqa-")) / "奖补一览.csv"
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
        with gr.Tab("智能问答"):
            chat = gr.Chatbot(label="问答", height=420, render_markdown=False, allow_tags=False,
                              feedback_options=None)
            question = gr.Textbox(label="您的问题", max_lines=4,
                                  placeholder="例如：我们被认定为省级专精特新企业，能拿多少奖励？找哪个部门？")
            with gr.Row():
                send = gr.Button("提问", variant="primary")
                clear = gr.Button("清空对话")
            gr.Examples(EXAMPLES, inputs=question)
            cards = gr.HTML()
            send.click(respond, [question, chat], [chat, cards, question])
            question.submit(respond, [question, chat], [chat, cards, question])
            clear.click(lambda: ([], "", ""), None, [chat, cards, question])
        with gr.Tab("奖补一览"):
            with gr.Row():
                filters = [gr.Dropdown(options(c), value=ALL, label=label)
                           for c, label in (("文件", "文件"), ("行业", "行业"), ("层级", "层级"), ("责任单位", "责任单位"))]
            grid = gr.Dataframe(value=table(ALL, ALL, ALL, ALL), headers=COLUMNS, interactive=False, wrap=True)
            download = gr.DownloadButton("下载 CSV", value=export(ALL, ALL, ALL, ALL))
            for box in filters:
                box.change(table, filters, grid)
                box.change(export, filters, download)
        with gr.Tab("奖补测算"):
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
        with gr.Tab("文件管理"):
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
            pending = str(message.get("content", ""))
        elif message.get("role") == "assistant" and pending is not None:
            pairs.append((pending, str(message.get("content", ""))))
            pending = None
    return pairs


# Chosen from `make load` (50 clients x 20 questions on 2 cores, see README): answering is CPU-bound
# and the embedder runs one call at a time, so more parallel workers only queue inside the process.
GRADIO_CONCURRENCY = 4
MAX_BODY_BYTES = 256 * 1024  # room for a 20,000-character paste, which then gets the length message


def create_app(assistant: Assistant) -> Any:
    """The HTTP server: JSON API under /api (for a hotline system), the Gradio UI at /."""
    import gradio as gr

    api = FastAPI(title="惠企政策问答 API", docs_url="/api/docs", openapi_url="/api/openapi.json")

    @api.post("/api/ask")
    async def ask(request: Request) -> JSONResponse:
        """{"question": "...", "history": [[问, 答], ...]} -> the answer object (see README)."""
        body = await request.body()
        if len(body) > MAX_BODY_BYTES:
            return JSONResponse({"error": f"请求过大（超过 {MAX_BODY_BYTES // 1024} KB）。"}, status_code=413)
        try:
            payload = json.loads(body or b"null")
            if not isinstance(payload, dict):
                raise ValueError('请求体应是 JSON 对象，例如 {"question": "…"}。')
            answer = await run_in_threadpool(assistant.ask, payload.get("question"), _history(payload.get("history")))
        except json.JSONDecodeError:
            return JSONResponse({"error": "请求体不是有效的 JSON。"}, status_code=400)
        except (ValueError, PolicyQAError) as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        return JSONResponse(answer.to_dict())

    @api.get("/api/health")
    def health() -> dict[str, object]:
        index = assistant.index
        return {"status": "ok", "documents": len(index.documents), "clauses": len(index.clauses),
                "embedder": index.meta.get("embedder"), "built_at": index.meta.get("built_at")}

    ui = build_ui(assistant).queue(default_concurrency_limit=GRADIO_CONCURRENCY)
    return gr.mount_gradio_app(api, ui, path="/", ssr_mode=False, css=CSS, footer_links=[])


def _serve(settings: Settings) -> int:
    import uvicorn

    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no calls home from an air-gapped server
    assistant = Assistant.open(settings)
    app = create_app(assistant)
    log.info("惠企政策问答已启动：http://%s:%d （接口：/api/ask）", settings.host, settings.port)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
