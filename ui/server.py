"""The web server: the JSON API under /api and the Gradio workbench at / (imported only to serve)."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import gradio as gr
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from retrieval import Assistant, PolicyQAError
from retrieval.search.query import parse_history
from ui.tabs import INTERNAL_ERROR, build_ui

__all__ = ["create_app", "MAX_BODY_BYTES", "CSS"]

log = logging.getLogger("policyqa")
CSS = (Path(__file__).with_name("style.css")).read_text(encoding="utf-8")


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
            answer = await run_in_threadpool(
                assistant.ask, payload.get("question"), parse_history(payload.get("history"))
            )
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


