"""惠企政策问答: command line (`ask`, `index`) and the Gradio chat (`serve`, the default)."""

from __future__ import annotations

import argparse
import getpass
import html
import json
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TextIO

from retrieval import Answer, Assistant, Library, PolicyQAError, Settings
from retrieval.documents.corpus import load_corpus
from retrieval.search.query import parse_history
from retrieval.service.accounts import MIN_PASSWORD, ROLES, Accounts
from retrieval.service.audit import AuditLog
from retrieval.service.ingest import document_rows
from retrieval.service.library import BuildProgress, rebuild_index
from retrieval.store.embedders import make_embedder

log = logging.getLogger("policyqa")

def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(message)s")
    log.setLevel(logging.INFO)  # our own progress messages; libraries stay at WARNING
    try:
        settings = Settings.from_env(host=getattr(args, "host", None), port=getattr(args, "port", None),
                                     llm_base_url=getattr(args, "llm_url", None),
                                     llm_model=getattr(args, "llm_model", None),
                                     llm_timeout=getattr(args, "llm_timeout", None))
        if args.command == "index":
            return _index(settings)
        if args.command == "ask":
            return _ask(settings, args)
        if args.command == "match":
            return _match(settings, args)
        if args.command == "eval":
            return _eval(settings, args)
        if args.command in ("add", "remove"):
            return _change(settings, args)
        if args.command == "docs":
            return _docs(settings)
        if args.command == "user":
            return _user(settings, args)
        return _serve(settings)
    except (PolicyQAError, ValueError, OSError) as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="app.py", description="惠企政策问答：按条款引用、金额和责任单位回答。")
    commands = parser.add_subparsers(dest="command")
    serve = commands.add_parser("serve", help="启动网页问答（默认命令）")
    ask = commands.add_parser("ask", help="在命令行提问")
    # The same flags before or after the subcommand; a subcommand's copy must not reset the other.
    for p in (parser, serve):
        default = None if p is parser else argparse.SUPPRESS
        p.add_argument("--host", default=default, help="监听地址（默认 127.0.0.1，或 POLICYQA_HOST）")
        p.add_argument("--port", type=int, default=default, help="端口（默认 7860，或 POLICYQA_PORT）")
    for p in (parser, serve, ask):
        default = None if p is parser else argparse.SUPPRESS
        p.add_argument(
            "--llm-url",
            default=default,
            help="可选：OpenAI 兼容的大模型接口地址（或 POLICYQA_LLM_BASE_URL）；"
            "密钥只从环境变量 POLICYQA_LLM_API_KEY 读取",
        )
        p.add_argument("--llm-model", default=default, help="大模型名称（或 POLICYQA_LLM_MODEL）")
        p.add_argument(
            "--llm-timeout", type=float, default=default, help="大模型超时秒数（默认 15，或 POLICYQA_LLM_TIMEOUT）"
        )
    ask.add_argument("question", nargs="?", help="问题；与 --jsonl 二选一")
    ask.add_argument("--json", action="store_true", help="输出答案对象（JSON）")
    ask.add_argument("--area", default="", help="所在地区：只按该地区适用的文件回答（manifest.json 中的 areas）")
    ask.add_argument("--jsonl", action="store_true",
                     help='从标准输入逐行读取 {"question": ..., "history": [[问, 答], ...]}，逐行输出答案对象')
    matching = commands.add_parser("match", help="政策匹配：按企业情况列出可享受、不符合和待核实的政策")
    matching.add_argument("profile", help="企业情况，例如：纺织服装企业，技改项目计划总投资3000万元，"
                          "今年被评为省级专精特新")
    matching.add_argument("--json", action="store_true", help="输出匹配结果（JSON）")
    matching.add_argument("--area", default="", help="所在地区：只匹配该地区适用的文件")
    commands.add_parser("index", help="重建索引")
    add = commands.add_parser("add", help="添加政策文件（.txt .md .docx .pdf .html）")
    add.add_argument("file", help="文件路径")
    add.add_argument(
        "--status", choices=["final", "draft"], default=None, help="正式文件或征求意见稿（默认由标题判断）"
    )
    add.add_argument("--supersedes", default=None, help="被本文件替代的文件编号（如征求意见稿）")
    add.add_argument("--title", default=None, help="文件标题（自动识别不准时使用）")
    add.add_argument("--areas", default=None, help="适用地区，如 \"枫岭市、溪桐县\"（默认：所有地区）")
    commands.add_parser("docs", help="列出库中的文件")
    user = commands.add_parser("user", help="管理可修改文件库的账号（网页 /admin 与 /api/documents）")
    user_commands = user.add_subparsers(dest="user_command", required=True)
    user_add = user_commands.add_parser("add", help="新建或重设账号：从标准输入读密码，打印一次 API 令牌")
    user_add.add_argument("name", help="账号名")
    user_add.add_argument("--role", choices=ROLES, default="operator", help="角色（默认 operator）")
    user_remove = user_commands.add_parser("remove", help="删除账号")
    user_remove.add_argument("name", help="账号名")
    user_commands.add_parser("list", help="列出账号与角色")
    remove = commands.add_parser("remove", help="删除一个文件（原文件移入 corpus/removed/）")
    remove.add_argument("doc_id", help="文件编号（见 docs 命令）")
    evaluate = commands.add_parser("eval", help="评测：四个系统在种子语料和开发文件库上的对比，写出报告")
    evaluate.add_argument("--questions", default=None,
                          help="测试集：.jsonl（默认 evaluation/questions.jsonl）；或本单位的 .csv/.xlsx"
                          "（列：问题、标准答案，可选 文件、条款、金额），对当前文件库提问")
    evaluate.add_argument("--out", default=None, help="报告目录（默认 evaluation/）")
    evaluate.add_argument("--json", action="store_true", help="与 .csv/.xlsx 测试集同用：输出一个 JSON 对象")
    return parser


def _index(settings: Settings) -> int:
    corpus = load_corpus(settings.corpus_dir)
    index = rebuild_index(corpus, make_embedder(settings.embedder), settings, must_save=True)
    AuditLog(settings.audit_log).record(cli_actor(), "reindex", clauses=len(index.clauses))
    return 0


def cli_actor() -> str:
    """Who changes the library from the command line: the system user (the audit log's `actor`)."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return f"cli:uid{os.getuid()}"


def _user(settings: Settings, args: argparse.Namespace) -> int:
    accounts = Accounts(settings.accounts_file)
    if args.user_command == "list":
        for name, role in accounts.names().items():
            print(f"{name}\t{role}")
        return 0
    if args.user_command == "remove":
        accounts.remove(args.name)
        AuditLog(settings.audit_log).record(cli_actor(), "user remove", account=args.name)
        print(f"已删除账号 {args.name}。")
        return 0
    if sys.stdin.isatty():
        password = getpass.getpass(f"账号 {args.name} 的密码（至少 {MIN_PASSWORD} 个字符）：")
        if getpass.getpass("再输入一次：") != password:
            raise ValueError("两次输入的密码不一致。")
    else:
        password = sys.stdin.readline().rstrip("\n")
    token = accounts.add(args.name, args.role, password)
    AuditLog(settings.audit_log).record(cli_actor(), "user add", account=args.name, role=args.role)
    print(f"已保存账号 {args.name}（{args.role}）。API 令牌（只显示这一次，请妥善保存）：\n{token}")
    return 0


def _ask(settings: Settings, args: argparse.Namespace) -> int:
    if args.jsonl == bool(args.question):
        raise ValueError("请给出一个问题，或使用 --jsonl 从标准输入读取问题（二者选一）。")
    assistant = Assistant.open(settings)
    if args.jsonl:
        answer_lines(assistant, sys.stdin, sys.stdout, args.area)
        return 0
    answer = assistant.ask(args.question, area=args.area)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_answer(answer))
    return 0


def _match(settings: Settings, args: argparse.Namespace) -> int:
    result = Assistant.open(settings).match(args.profile, area=args.area)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(result.read_out())
    return 0


def _change(settings: Settings, args: argparse.Namespace) -> int:
    library = Library.open(settings)
    if args.command == "add":
        change = library.add(Path(args.file), actor=cli_actor(), status=args.status, supersedes=args.supersedes,
                             title=args.title, areas=args.areas)
        verb = "已添加"
    else:
        change = library.remove(args.doc_id, actor=cli_actor())
        verb = "已删除"
    for doc_id in change.doc_ids:
        doc = change.index.documents.get(doc_id)
        count = change.index.clauses.doc_ids.count(doc_id)
        print(f"{verb}：{doc_id}" + (f"《{doc.title}》{doc.doc_number}，{count} 个条款" if doc else ""))
    print(f"索引已更新：共 {len(change.index.clauses)} 个条款，"
          f"新嵌入 {change.embedded} 个，用时 {change.seconds:.1f} 秒。")
    return 0


def _docs(settings: Settings) -> int:
    corpus = load_corpus(settings.corpus_dir)
    for row in document_rows(corpus.documents, corpus.clauses):
        dates = "，".join(f"{k}{row[k]}" for k in ("发文日期", "施行日期", "有效期至") if row[k])
        where = f"\t适用：{row['适用地区']}" if corpus.documents[row["编号"]].areas else ""
        print(f"{row['编号']}\t《{row['标题']}》{row['文号']}\t{row['状态']}\t{row['条款数']} 个条款\t{dates}{where}")
    return 0


def _eval(settings: Settings, args: argparse.Namespace) -> int:
    from evaluation.own_set import format_summary, load_own_set, run_own_set
    from evaluation.run import HERE, QUESTIONS
    from evaluation.run import main as run_eval

    questions = Path(args.questions) if args.questions else QUESTIONS
    if questions.suffix.lower() in (".csv", ".xlsx"):  # an office's own set, asked of the current library
        own = load_own_set(questions)  # bad input fails before any model is loaded
        result = run_own_set(Assistant.open(settings), own)
        print(json.dumps(result, ensure_ascii=False) if args.json else format_summary(result))
        return 0
    if args.json:
        raise ValueError("--json 只用于 .csv/.xlsx 测试集。")
    assistant = Assistant.open(settings)
    out = Path(args.out) if args.out else HERE
    print(run_eval(assistant, questions, out))
    log.info("报告已写入 %s（report.md、report.png）。", out)
    return 0


def answer_lines(assistant: Assistant, lines: Iterable[str], out: TextIO, default_area: str = "") -> None:
    """One answer object per input line, in order; a bad line gets an object with `error`. A line's
    `area` (所在地区), else `default_area`, limits the library to that area's documents."""
    for line in lines:
        if not line.strip():
            continue
        question: Any = ""
        try:
            request = json.loads(line)
            if not isinstance(request, dict):
                raise ValueError("每行应是一个 JSON 对象，例如 {\"question\": \"…\"}。")
            question = request.get("question", "")
            area = request.get("area") or default_area  # a line's own area, else --area
            payload = assistant.ask(question, parse_history(request.get("history")), area).to_dict()
        except (ValueError, PolicyQAError) as exc:
            message = f"无法回答：{exc}" if not isinstance(exc, json.JSONDecodeError) else "这一行不是有效的 JSON。"
            payload = {"question": question if isinstance(question, str) else str(question),
                       "answer": message, "found": False, "citations": [], "amounts": [], "error": message}
        out.write(json.dumps(payload, ensure_ascii=False) + "\n")
        out.flush()


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


def _serve(settings: Settings) -> int:
    import uvicorn

    from ui.server import create_app  # Gradio loads only when serving

    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no calls home from an air-gapped server
    stop = starting_page(settings.host, settings.port)
    try:
        assistant = Assistant.open(settings)
    finally:
        stop()
    accounts = Accounts(settings.accounts_file)
    if settings.host not in ("127.0.0.1", "localhost", "::1") and not accounts.has_editor():
        log.warning("警告：服务监听 %s（不只本机），但还没有任何可修改文件库的账号：文件管理（/admin）无人能登录。"
                    "请先运行 `python app.py user add 名字 --role admin` 建立账号。", settings.host)
    app = create_app(assistant, accounts)
    log.info("惠企政策问答已启动：http://%s:%d （接口：/api/ask）", settings.host, settings.port)
    # Idle connections are closed after 5 s and a request's headers are capped at 64 KB; a slow
    # client sending headers byte by byte is the reverse proxy's to cut (docs/deployment.md).
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning", timeout_keep_alive=5,
                h11_max_incomplete_event_size=64 * 1024)
    return 0


def starting_page(host: str, port: int) -> Callable[[], None]:
    """While the model loads and the index builds (a minute on first start), the address answers every
    request with 503 and a page that shows the build's progress and reloads itself; returns the stop."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Page(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            line = html.escape(BuildProgress.latest or "正在载入模型和文件库……")
            body = ('<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta http-equiv="refresh" content="2">'
                    f"<title>惠企政策问答：正在启动</title><h2>惠企政策问答正在启动</h2><p>{line}</p>"
                    "<p>首次启动要为全部条款建立索引（种子语料约 1 分钟），完成后本页自动进入问答。</p>"
                    "</html>").encode()
            self.send_response(503)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Retry-After", "2")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    try:
        server = ThreadingHTTPServer((host, port), Page)
    except OSError:  # the port is taken: the real server will say so
        return lambda: None
    threading.Thread(target=server.serve_forever, name="starting-page", daemon=True).start()

    def stop() -> None:
        server.shutdown()
        server.server_close()
    return stop


if __name__ == "__main__":
    sys.exit(main())
