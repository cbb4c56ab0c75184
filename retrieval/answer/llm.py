"""Optional LLM answers through any OpenAI-compatible endpoint; the documents decide (see guard)."""

from __future__ import annotations

import logging
import queue
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from langchain_core.prompts import ChatPromptTemplate

from retrieval.answer.compose import cite_label
from retrieval.answer.guard import MAX_CHARS, violations
from retrieval.lexicon.patterns import SPOKEN_END_MARKS
from retrieval.records import Answer, Document, Hit

__all__ = ["make_chat_model", "stream", "PROMPTS"]

log = logging.getLogger("policyqa")
PROMPTS = Path(__file__).resolve().parents[2] / "prompts"
_SENTENCE_END = re.compile(f"[{SPOKEN_END_MARKS}]")


def make_chat_model(base_url: str, model: str, api_key: str, timeout: float) -> Any:
    """LangChain's chat model for an OpenAI-compatible server (DeepSeek, Qwen, vLLM, Ollama, llama.cpp)."""
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(base_url=base_url, model=model or "default", api_key=api_key or "not-needed",
                      timeout=timeout, max_retries=0, temperature=0, max_tokens=400,
                      stop_sequences=["<|im_end|>", "<|im_start|>", "<end_of_turn>", "<start_of_turn>"])


def _prompt() -> ChatPromptTemplate:
    return ChatPromptTemplate.from_messages([
        ("system", (PROMPTS / "answer_system.txt").read_text(encoding="utf-8")),
        ("human", (PROMPTS / "answer_user.txt").read_text(encoding="utf-8")),
    ])


def _messages(question: str, extract: Answer, hits: list[Hit], documents: dict[str, Document]) -> Any:
    cited = [h.clause for h in hits if h.relevant][:3]
    clauses = "\n\n".join(f"{cite_label(documents[c.doc_id], c)}\n{c.text}" for c in cited)
    return _prompt().format_messages(clauses=clauses, extract=extract.answer, question=question)


def stream(chat_model: Any, question: str, extract: Answer, hits: list[Hit], documents: dict[str, Document],
           timeout: float) -> Iterator[Answer]:
    """Yield the answer as it grows, one checked sentence at a time; the last item is final.

    Nothing unchecked is ever yielded: a sentence is shown only after the guard passed it, so a
    wrong amount is caught before a user sees it and the extractive answer is shown instead.
    """
    if not extract.found:  # never an ungrounded answer
        yield extract
        return
    cited = [h.clause for h in hits if h.relevant][:3]
    chunks: queue.Queue[tuple[str, Any]] = queue.Queue()
    messages = _messages(question, extract, hits, documents)
    done = threading.Event()  # set when the answer is decided: the reader stops and closes the stream

    def produce() -> None:
        try:
            for chunk in chat_model.stream(messages):
                if done.is_set():
                    return  # leaving the loop closes the model's stream and its connection
                chunks.put(("text", chunk.content if isinstance(chunk.content, str) else str(chunk.content)))
            chunks.put(("end", None))
        except Exception as exc:  # any client error (refused, status, parse) means: fall back
            chunks.put(("error", exc))

    threading.Thread(target=produce, daemon=True).start()
    try:
        yield from _checked(chunks, extract, cited, documents, timeout)
    finally:
        done.set()


def _checked(chunks: queue.Queue[tuple[str, Any]], extract: Answer, cited: list[Any],
             documents: dict[str, Document], timeout: float) -> Iterator[Answer]:
    deadline = time.monotonic() + timeout  # for the whole answer, however the stream behaves
    shown, pending = "", ""
    while True:
        try:
            left = deadline - time.monotonic()
            if left <= 0:
                raise queue.Empty
            kind, value = chunks.get(timeout=left)
        except queue.Empty:
            yield _fallback(extract, f"模型服务超过 {timeout:g} 秒未完成")
            return
        if kind == "error":
            yield _fallback(extract, f"模型服务不可用（{type(value).__name__}）")
            return
        if kind == "text":
            pending += value
            if len(shown) + len(pending) > MAX_CHARS:  # a stream that never ends a sentence or never stops
                log.warning("大模型回答超过 %d 字，已停止。", MAX_CHARS)
                yield _fallback(extract, "模型回答过长，未通过原文核对")
                return
        complete, pending = _split_complete(pending, final=kind == "end")
        if complete or kind == "end":
            problems = violations(shown + complete, extract, cited, documents, final=kind == "end")
            if problems:  # the details go to the log: a user never sees the rejected figures
                log.warning("大模型回答未通过核对：%s", "；".join(problems))
                yield _fallback(extract, "模型回答未通过原文核对")
                return
            shown += complete
            if kind == "end":
                yield _as_llm(extract, shown, final=True)
                return
            yield _as_llm(extract, shown, final=False)


def _split_complete(text: str, final: bool) -> tuple[str, str]:
    """(the complete sentences, the unfinished rest); at the end everything is complete."""
    if final:
        return text, ""
    cut = max((m.end() for m in _SENTENCE_END.finditer(text)), default=0)
    return text[:cut], text[cut:]


def _as_llm(extract: Answer, text: str, final: bool) -> Answer:
    body = text.strip()
    if final:
        body += "\n（由大模型依据上述条款组织语言，金额、条款编号与责任单位已与原文核对。）"
    return replace(extract, answer=body, mode="llm")


def _fallback(extract: Answer, reason: str) -> Answer:
    return replace(extract, answer=f"（{reason}，以下为原文摘录。）\n{extract.answer}", mode="extractive")

