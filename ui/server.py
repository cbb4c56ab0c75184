"""The web server: the JSON API under /api and the Gradio workbench at / (imported only to serve)."""

from __future__ import annotations

import json
import logging
import tempfile
from functools import partial
from pathlib import Path
from typing import Any

import gradio as gr
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from retrieval import Assistant, PolicyQAError
from retrieval.errors import os_reason
from retrieval.search.query import parse_history
from retrieval.service.accounts import AccessDenied, Account, Accounts, LoginRequired
from retrieval.service.feedback import FeedbackStore, citation_refs, pending_of
from retrieval.service.ingest import document_rows
from ui.tabs import EVALUATION, INTERNAL_ERROR, build_admin_ui, build_ui

__all__ = ["create_app", "MAX_BODY_BYTES", "CSS"]

log = logging.getLogger("policyqa")
CSS = (Path(__file__).with_name("style.css")).read_text(encoding="utf-8")
CHINESE_JS = (Path(__file__).with_name("chinese.js")).read_text(encoding="utf-8")  # Gradio's own words in Chinese
# Gradio's login page runs none of our script or CSS; its English field names are explained in Chinese.
LOGIN_MESSAGE = "文件管理需要有编辑权限的账号登录：username 处填账号名，password 处填密码，再按 Login（登录）。"


# Chosen from `make load` (50 clients x 20 questions on 2 cores, see README): answering is CPU-bound
# and the embedder runs one call at a time, so more parallel workers only queue inside the process.
GRADIO_CONCURRENCY = 4
MAX_BODY_BYTES = 256 * 1024  # room for a 20,000-character paste, which then gets the length message
MAX_EVENT_BYTES = 1024 * 1024  # any other request (a Gradio event carries the question and the chat so far)


class BodyTooLarge(ValueError):
    pass


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused (BodyTooLarge) past `limit` bytes: before reading when the
    client declares its length, else as soon as the stream passes it."""
    try:
        declared = int(request.headers.get("content-length") or 0)
    except ValueError:
        declared = 0
    if declared > limit:
        raise BodyTooLarge
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise BodyTooLarge
    return bytes(body)


def parse_json(body: bytes) -> Any:
    """JSON from a client; ValueError with a Chinese message for anything else (bad encoding, nesting
    deep enough to exhaust the parser). Lone surrogates in strings are removed with the question's
    other control characters (search.query.CONTROL)."""
    try:
        return json.loads(body or b"null")
    except (ValueError, RecursionError) as exc:
        raise ValueError("请求体不是有效的 JSON。") from exc


def error(message: str, status: int) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


class BodyLimit:
    """Refuse (413) a request that declares a body larger than `limit`, before the app reads it; the
    upload routes have their own limits (Gradio's max_file_size, /api/documents)."""

    def __init__(self, app: Any, limit: int, exempt: tuple[str, ...]) -> None:
        self.app, self.limit, self.exempt = app, limit, exempt

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and not scope["path"].endswith(self.exempt):
            declared = dict(scope.get("headers") or ()).get(b"content-length", b"0")
            if not declared.isdigit() or int(declared) > self.limit:
                response = error(f"请求过大（超过 {self.limit // 1024} KB）。", 413)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def create_app(assistant: Assistant, accounts: Accounts | None = None) -> Any:
    """The HTTP server: JSON API under /api (for a hotline system), the library office's page at
    /admin (login), the public Gradio workbench at /."""
    settings = assistant.settings
    accounts = accounts or Accounts(settings.accounts_file)
    api = FastAPI(title="惠企政策问答 API", docs_url="/api/docs", openapi_url="/api/openapi.json")
    api.add_middleware(BodyLimit, limit=MAX_EVENT_BYTES, exempt=("/upload", "/api/documents"))

    def editor(request: Request) -> Account:
        """The account of a bearer token with an editing role; AccessDenied otherwise."""
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        account = accounts.by_token(token.strip()) if scheme.lower() == "bearer" and token.strip() else None
        if account is None:
            raise LoginRequired("需要有编辑权限的账号令牌（Authorization: Bearer <令牌>），"
                                "见 `python app.py user add`。")
        return accounts.require_editor(account.name)

    async def answered(request: Request, route: str, example: str, compute: Any) -> JSONResponse:
        """A JSON object in, `compute(payload).to_dict()` out; bad input gets its Chinese message."""
        try:
            payload = parse_json(await read_body(request, MAX_BODY_BYTES))
            if not isinstance(payload, dict):
                raise ValueError(f"请求体应是 JSON 对象，例如 {example}。")
            result = await run_in_threadpool(compute, payload)
        except BodyTooLarge:
            return error(f"请求过大（超过 {MAX_BODY_BYTES // 1024} KB）。", 413)
        except (ValueError, PolicyQAError) as exc:
            return error(str(exc), 400)
        except Exception:  # a bug must not reach the caller as an English traceback
            log.exception("回答 %s 请求时出错", route)
            return error(INTERNAL_ERROR, 500)
        return JSONResponse(result.to_dict())

    @api.post("/api/ask")
    async def ask(request: Request) -> JSONResponse:
        """{"question": "...", "history": [[问, 答], ...], "area": "所在地区"} -> the answer object (see README)."""
        return await answered(request, "/api/ask", '{"question": "…"}', lambda payload: assistant.ask(
            payload.get("question"), parse_history(payload.get("history")), payload.get("area", "")))

    @api.post("/api/match")
    async def match(request: Request) -> JSONResponse:
        """{"profile": "<企业情况>" or {structured}, "area": "所在地区"} -> {"profile", "matches", "total", …}."""
        example = '{"profile": "纺织服装企业，技改项目计划总投资3000万元"}'

        def compute(payload: dict[str, Any]) -> Any:
            profile = payload.get("profile")
            if not isinstance(profile, (str, dict)):
                raise ValueError(f"请求体应是 JSON 对象，例如 {example}。")
            return assistant.match(profile, area=payload.get("area", ""))

        return await answered(request, "/api/match", example, compute)

    @api.get("/api/health")
    def health() -> dict[str, object]:
        index = assistant.index
        return {"status": "ok", "documents": len(index.documents), "clauses": len(index.clauses),
                "areas": assistant.areas, "embedder": index.meta.get("embedder"),
                "built_at": index.meta.get("built_at")}

    @api.get("/api/documents")
    def list_documents() -> dict[str, object]:
        """The documents being served (what 条款浏览 shows to anyone)."""
        index = assistant.index
        return {"documents": document_rows(index.documents, index.clauses)}

    @api.post("/api/documents")
    async def add_document(request: Request, name: str, status: str | None = None, supersedes: str | None = None,
                           title: str | None = None, areas: str | None = None) -> JSONResponse:
        """The file as the raw body (`curl --data-binary @f.pdf '/api/documents?name=f.pdf'`), with a bearer token."""
        try:
            account = editor(request)
            data = await read_body(request, settings.max_upload_bytes)
            with tempfile.TemporaryDirectory(prefix="policyqa-upload-") as folder:
                path = Path(folder) / "upload"
                path.write_bytes(data)
                change = await run_in_threadpool(
                    partial(assistant.library.add, path, actor=f"api:{account.name}", name=Path(name).name,
                            status=status, supersedes=supersedes, title=title, areas=areas))
        except AccessDenied as exc:
            return error(str(exc), 401 if isinstance(exc, LoginRequired) else 403)
        except BodyTooLarge:
            return error(f"文件超过上限 {settings.max_upload_bytes / 1e6:g} MB。", 413)
        except (ValueError, PolicyQAError, OSError) as exc:
            return error(str(exc) if not isinstance(exc, OSError) else os_reason(exc), 400)
        return JSONResponse({"added": change.doc_ids, "embedded": change.embedded, "sha256": change.sha256},
                            status_code=201)

    @api.delete("/api/documents/{doc_id}")
    async def remove_document(request: Request, doc_id: str) -> JSONResponse:
        try:
            account = editor(request)
            await run_in_threadpool(partial(assistant.library.remove, doc_id, actor=f"api:{account.name}"))
        except AccessDenied as exc:
            return error(str(exc), 401 if isinstance(exc, LoginRequired) else 403)
        except (ValueError, PolicyQAError, OSError) as exc:
            return error(str(exc) if not isinstance(exc, OSError) else os_reason(exc), 400)
        return JSONResponse({"removed": [doc_id]})

    feedback = FeedbackStore.of(settings)

    @api.post("/api/feedback")
    async def post_feedback(request: Request) -> JSONResponse:
        """{"question", "answer", "citations" (the answer's), "rating": "up"|"down", "comment", "area"} from anyone."""
        try:
            payload = parse_json(await read_body(request, MAX_BODY_BYTES))
            if not isinstance(payload, dict):
                raise ValueError('请求体应是 JSON 对象，例如 {"question": "…", "answer": "…", "rating": "down"}。')
            citations = payload.get("citations")
            entry = await run_in_threadpool(
                feedback.record, str(payload.get("question") or ""), str(payload.get("answer") or ""),
                citation_refs(citations if isinstance(citations, list) else []), str(payload.get("rating") or ""),
                str(payload.get("comment") or ""), str(payload.get("area") or ""))
        except BodyTooLarge:
            return error(f"请求过大（超过 {MAX_BODY_BYTES // 1024} KB）。", 413)
        except (ValueError, OSError) as exc:
            return error(str(exc) if not isinstance(exc, OSError) else os_reason(exc), 400)
        return JSONResponse({"recorded": entry["time"]}, status_code=201)

    @api.get("/api/pending")
    def pending(request: Request) -> JSONResponse:
        """The 待完善 list (questions refused or marked 👎, grouped), for an operator or admin token."""
        try:
            editor(request)
        except AccessDenied as exc:
            return error(str(exc), 401 if isinstance(exc, LoginRequired) else 403)
        return JSONResponse({"pending": pending_of(settings)})

    def login(name: str, password: str) -> bool:
        account = accounts.login(name, password)
        return account is not None and account.can_edit

    limit = f"{settings.max_upload_bytes}b"
    admin = build_admin_ui(assistant, accounts).queue(default_concurrency_limit=1)
    ui = build_ui(assistant).queue(default_concurrency_limit=GRADIO_CONCURRENCY)
    for blocks in (admin, ui):
        # Gradio checks that a file named in an event was uploaded to it (not any server path) only
        # for apps it "launched"; a mounted app must be marked so, or a client could name /etc/… .
        blocks.has_launched = True
    shown = [str(EVALUATION)]  # the report chart; downloads are written to the temp folder
    api = gr.mount_gradio_app(api, admin, path="/admin", ssr_mode=False, css=CSS, js=CHINESE_JS, footer_links=[],
                              auth=login, auth_message=LOGIN_MESSAGE, max_file_size=limit, allowed_paths=shown)
    return gr.mount_gradio_app(api, ui, path="/", ssr_mode=False, css=CSS, js=CHINESE_JS, footer_links=[],
                               max_file_size=limit, allowed_paths=shown)
