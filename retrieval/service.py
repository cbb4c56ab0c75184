"""The assistant: corpus + embedder + index opened once, then `ask(question, history)` per question."""

from __future__ import annotations

import functools
import logging
import re
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from langchain_core.embeddings import Embeddings

from .amounts import levels_in, strip_levels
from .answer import compose
from .config import Settings
from .corpus import Corpus, load_corpus
from .embedders import make_embedder
from .errors import PolicyIndexError
from .llm import make_chat_model
from .llm import stream as llm_stream
from .querylog import QueryLog
from .records import Answer, Hit
from .search import normalize_question, retrieve
from .store import SearchIndex, build_index, load_index, save_index

__all__ = ["Assistant", "check_question", "parse_history", "resolve_followup", "simplified"]

log = logging.getLogger("policyqa")

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff]")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_FOLLOWUP_START = re.compile(r"^(?:那|那么|那个|这个|它|其|还有|另外|如果是|要是|换成|再问)")


def check_question(question: object, max_chars: int) -> str:
    """The question without control characters, stripped; ValueError with a Chinese message for
    empty, oversized or non-Chinese input (the documents are Chinese; a length cap is stated)."""
    if not isinstance(question, str):
        raise ValueError("问题必须是文字。")
    text = _CONTROL.sub(" ", question).strip()
    if not text:
        raise ValueError("问题不能为空，请输入您想咨询的政策问题。")
    if len(text) > max_chars:
        raise ValueError(f"问题过长（{len(text)} 字），请精简到 {max_chars} 字以内后再提问。")
    if not _CJK.search(text):
        raise ValueError("请用中文描述您的问题（政策文件为中文），例如：省级专精特新企业能拿多少奖励？")
    return text


def simplified(text: str) -> str:
    """Traditional characters answered as simplified: 獎勵 -> 奖励."""
    return _t2s().convert(text)


@functools.cache
def _t2s() -> Any:
    from opencc import OpenCC

    return OpenCC("t2s")


def parse_history(raw: Any) -> list[tuple[str, str]]:
    """[[question, answer], ...] from a request; ValueError with a Chinese message otherwise."""
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(p, list) and len(p) == 2 for p in raw):
        raise ValueError("history 应是 [[问题, 回答], ...] 形式的列表。")
    return [(str(q), str(a)) for q, a in raw]


def resolve_followup(question: str, history: list[tuple[str, str]] | None) -> str:
    """A short follow-up (那省级的呢？/找哪个部门？) borrows the topic of the previous question.

    A question that stands on its own is returned unchanged. When the follow-up names a level,
    the level of the previous question is dropped so the new one wins.
    """
    if not history:
        return question
    previous = str(history[-1][0]).strip()
    if not previous:
        return question
    if not (_FOLLOWUP_START.match(question) or len(question) <= 8):
        return question
    if levels_in(question):
        previous = strip_levels(previous)
    return f"{previous} {question}"


@dataclass
class Assistant:
    settings: Settings
    embedder: Embeddings
    index: SearchIndex
    queries: QueryLog | None = None
    chat_model: Any = None  # set when an LLM endpoint is configured (settings.llm_base_url)

    @classmethod
    def open(cls, settings: Settings, rebuild: bool = True, embedder: Embeddings | None = None) -> Assistant:
        """Load corpus and index; with `rebuild`, build a missing or stale index (and say so)."""
        corpus = load_corpus(settings.corpus_dir)
        embedder = embedder or make_embedder(settings.embedder)
        try:
            index = load_index(settings.index_dir, embedder, corpus.fingerprint)
        except PolicyIndexError as exc:
            if not rebuild:
                raise
            log.warning("%s 正在自动重建索引……", exc)
            index = rebuild_index(corpus, embedder, settings, reuse=previous_index(settings, embedder))
        chat_model = None
        if settings.llm_base_url:
            chat_model = make_chat_model(settings.llm_base_url, settings.llm_model, settings.llm_api_key,
                                         settings.llm_timeout)
            log.info("大模型回答已开启：%s（模型 %s，超时 %g 秒）", settings.llm_base_url,
                     settings.llm_model or "default", settings.llm_timeout)
        return cls(settings, embedder, index, QueryLog.open(settings.query_log, settings.query_log_max_bytes),
                   chat_model)

    def ask(self, question: str, history: list[tuple[str, str]] | None = None) -> Answer:
        return deque(self.stream(question, history), maxlen=1).pop()  # the final answer

    def stream(self, question: str, history: list[tuple[str, str]] | None = None) -> Iterator[Answer]:
        """The answer as it grows (LLM mode: checked sentence by sentence); the last item is final.
        Without an LLM endpoint, or when nothing relevant was found, one extractive answer."""
        start = time.perf_counter()
        try:
            answer, hits = self.explain(question, history)
        except ValueError as exc:
            self._log(str(question)[:200], None, start, str(exc))
            raise
        final = answer
        if self.chat_model is not None and answer.found:
            for final in llm_stream(self.chat_model, answer.question, answer, hits, self.index.documents,
                                    self.settings.llm_timeout):
                yield final
        else:
            yield answer
        self._log(final.question, final, start)

    def _log(self, question: str, answer: Answer | None, start: float, error: str = "") -> None:
        if self.queries:
            self.queries.record(question, answer, (time.perf_counter() - start) * 1000, error)

    def explain(self, question: str, history: list[tuple[str, str]] | None = None, mode: str = "hybrid",
                k: int | None = None) -> tuple[Answer, list[Hit]]:
        """The answer and the ranked hits behind it (`mode` and a deeper `k` serve evaluation)."""
        text = check_question(question, self.settings.max_question_chars)
        query = normalize_question(self.index, simplified(resolve_followup(text, history)))
        hits = retrieve(self.index, self.embedder, query, k=max(k or 0, self.settings.top_k), mode=mode)
        own_words = simplified(text) if history else ""
        answer = compose(query, hits[: self.settings.top_k], self.index.documents, self.index.keywords, own_words)
        return replace(answer, question=text), hits


def rebuild_index(corpus: Corpus, embedder: Embeddings, settings: Settings,
                  reuse: SearchIndex | None = None, *, must_save: bool = False) -> SearchIndex:
    """Build and save the index; a folder that cannot be written (a read-only install) still gets
    an index in memory to serve from, unless `must_save` (the `index` command) says otherwise."""
    index = build_index(corpus, embedder, reuse)
    try:
        save_index(index, settings.index_dir)
    except OSError as exc:
        if must_save:
            raise PolicyIndexError(f"无法写入索引目录 {settings.index_dir}：{exc.strerror or exc}。"
                                   "请检查目录权限，或用 POLICYQA_INDEX_DIR 指定可写目录。") from exc
        log.warning("索引目录不可写（%s：%s），本次在内存中使用新建的索引。", settings.index_dir, exc.strerror or exc)
        return index
    log.warning("索引已重建：%d 个条款（新嵌入 %d 个），保存在 %s。", len(corpus.clauses),
                index.meta["embedded"], settings.index_dir)
    return index


def previous_index(settings: Settings, embedder: Embeddings) -> SearchIndex | None:
    """The index on disk built by this model, whatever corpus it was built from: its vectors can
    be reused. None when there is none or it is damaged."""
    try:
        return load_index(settings.index_dir, embedder)
    except PolicyIndexError:
        return None
