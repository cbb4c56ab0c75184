"""The assistant: corpus + embedder + index opened once, then `ask(question, history)` per question."""

from __future__ import annotations

import functools
import logging
import re
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from langchain_core.embeddings import Embeddings

from .amounts import levels_in, strip_levels
from .answer import compose
from .config import Settings
from .corpus import Corpus, build_corpus, fingerprint, read_sources
from .embedders import make_embedder
from .errors import PolicyIndexError, PolicyQAError
from .llm import make_chat_model
from .llm import stream as llm_stream
from .querylog import QueryLog
from .records import Answer, Hit
from .search import normalize_question, retrieve
from .store import SearchIndex, build_index, current_build_name, index_lock, load_index, save_index, vector_cache

__all__ = ["Assistant", "check_question", "parse_history", "resolve_followup", "simplified"]

log = logging.getLogger("policyqa")

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff]")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_FOLLOWUP_END = re.compile(r"呢[？?。!！]*$")
_GENERIC = re.compile(r"国家级|省级|市级|县级|区级|哪个|哪些|哪家|部门|单位|多少|奖励|补贴|补助|资助|政策|条款|找谁|"
                      r"怎么|如何|什么|可以|能|吗|呢|的|找|办|申请|钱|给|拿")
_TOPIC = re.compile(r"[\u4e00-\u9fff]{2,}")
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
        raise ValueError("请用中文描述您的问题（政策文件为中文），例如：我们获得某项认定，能拿多少奖励？")
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
    # A follow-up starts like one (那…/还有…), ends like one (…呢？), or is short with no topic of its
    # own (找哪个部门？); a short question that names a topic (瞪羚企业奖励？) stands alone.
    short_without_topic = len(question) <= 8 and not _TOPIC.search(_GENERIC.sub("", question))
    if not (_FOLLOWUP_START.match(question) or _FOLLOWUP_END.search(question) or short_without_topic):
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
    _checked: float = field(default=0.0, init=False, repr=False)
    _seen: str = field(default="", init=False, repr=False)  # the build CURRENT named when last looked at
    _reloading: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    @classmethod
    def open(cls, settings: Settings, rebuild: bool = True, embedder: Embeddings | None = None) -> Assistant:
        """Load the index; with `rebuild`, build a missing or stale one (and say so). The corpus is
        only hashed to see that the index is current, and parsed only when it is not."""
        files, manifest = read_sources(settings.corpus_dir)
        embedder = embedder or make_embedder(settings.embedder)
        try:
            index = load_index(settings.index_dir, embedder, fingerprint(files, manifest), settings.vector_config())
        except PolicyIndexError as exc:
            if not rebuild:
                raise
            log.warning("%s 正在自动重建索引……", exc)
            index = rebuild_index(build_corpus(files, manifest), embedder, settings)
        chat_model = None
        if settings.llm_base_url:
            chat_model = make_chat_model(settings.llm_base_url, settings.llm_model, settings.llm_api_key,
                                         settings.llm_timeout)
            log.info("大模型回答已开启：%s（模型 %s，超时 %g 秒）", settings.llm_base_url,
                     settings.llm_model or "default", settings.llm_timeout)
        assistant = cls(settings, embedder, index, QueryLog.open(settings.query_log, settings.query_log_max_bytes),
                        chat_model)
        assistant._seen = current_build_name(settings.index_dir)  # a stale build named there is not "new"
        return assistant

    def ask(self, question: str, history: list[tuple[str, str]] | None = None) -> Answer:
        return deque(self.stream(question, history), maxlen=1).pop()  # the final answer

    def stream(self, question: str, history: list[tuple[str, str]] | None = None) -> Iterator[Answer]:
        """The answer as it grows (LLM mode: checked sentence by sentence); the last item is final.
        Without an LLM endpoint, or when nothing relevant was found, one extractive answer."""
        start = time.perf_counter()
        index = self.current_index()  # one snapshot per question: a change meanwhile cannot split it
        try:
            answer, hits, query = self._explain(index, question, history)
        except ValueError as exc:
            self._log(str(question)[:200], None, start, str(exc))
            raise
        final = answer
        try:
            if self.chat_model is not None and answer.found:
                for final in llm_stream(self.chat_model, query, answer, hits, index.documents,
                                        self.settings.llm_timeout):
                    yield final
            else:
                yield answer
        finally:  # logged even when the caller stops reading (a closed browser tab)
            self._log(final.question, final, start)

    def current_index(self) -> SearchIndex:
        """The index to answer from. Every `reload_seconds` the shared index folder is checked: a
        newer build saved by another process (an app replica, `app.py add`) is loaded in the
        background and answers from then on; until it is loaded, the current one answers."""
        interval, now = self.settings.reload_seconds, time.monotonic()
        if interval > 0 and now - self._checked >= interval:
            self._checked = now
            name = current_build_name(self.settings.index_dir)
            if name and name != self._seen:  # each new build is tried once
                if name == self.index.meta.get("build"):  # saved by this process
                    self._seen = name
                elif self._reloading.acquire(blocking=False):
                    self._seen = name
                    threading.Thread(target=self._reload, args=(name,), daemon=True).start()
        return self.index

    def _reload(self, name: str) -> None:
        serving = self.index
        try:
            loaded = load_index(self.settings.index_dir, self.embedder, config=self.settings.vector_config())
            if self.index is serving:  # not replaced meanwhile (a document added in this process)
                self.index = loaded
                log.warning("已载入其他进程保存的新索引 %s（%d 个条款）。", name, len(loaded.clauses))
        except (PolicyQAError, OSError) as exc:
            self._seen = ""  # tried again at the next check
            log.warning("未能载入新索引 %s（%s），继续使用当前索引。", name, exc)
        finally:
            self._reloading.release()

    def _log(self, question: str, answer: Answer | None, start: float, error: str = "") -> None:
        if self.queries:
            self.queries.record(question, answer, (time.perf_counter() - start) * 1000, error)

    def explain(self, question: str, history: list[tuple[str, str]] | None = None, mode: str = "hybrid",
                k: int | None = None) -> tuple[Answer, list[Hit]]:
        """The answer and the ranked hits behind it (`mode` and a deeper `k` serve evaluation)."""
        answer, hits, _ = self._explain(self.index, question, history, mode, k)
        return answer, hits

    def _explain(self, index: SearchIndex, question: str, history: list[tuple[str, str]] | None,
                 mode: str = "hybrid", k: int | None = None) -> tuple[Answer, list[Hit], str]:
        limit = self.settings.max_question_chars
        text = check_question(question, limit)
        # The question a follow-up borrows is capped like any question: a history is user input too.
        history = [(_CONTROL.sub(" ", q)[:limit], a) for q, a in history or []]
        query = normalize_question(index, simplified(resolve_followup(text, history)))
        hits = retrieve(index, self.embedder, query, k=max(k or 0, self.settings.top_k), mode=mode)
        own_words = simplified(text) if history else ""
        answer = compose(query, hits[: self.settings.top_k], index.documents, index.keywords, own_words)
        return replace(answer, question=text), hits, query


def rebuild_index(corpus: Corpus, embedder: Embeddings, settings: Settings, *,
                  must_save: bool = False) -> SearchIndex:
    """Build and save the index (vectors of passages embedded before come from the cache); a folder
    that cannot be written (a read-only install) still gets an index in memory to serve from,
    unless `must_save` (the `index` command) says otherwise."""
    cache, index = vector_cache(settings.index_dir, embedder), None
    try:
        with index_lock(settings.index_dir):
            index = build_index(corpus, embedder, cache, settings.vector_config())
            save_index(index, settings.index_dir)
    except OSError as exc:
        if must_save:
            raise PolicyIndexError(f"无法写入索引目录 {settings.index_dir}：{exc.strerror or exc}。"
                                   "请检查目录权限，或用 POLICYQA_INDEX_DIR 指定可写目录。") from exc
        log.warning("索引目录不可写（%s：%s），本次在内存中使用新建的索引。", settings.index_dir, exc.strerror or exc)
        return index if index is not None else build_index(corpus, embedder, cache, settings.vector_config())
    log.warning("索引已重建：%d 个条款（新嵌入 %d 个），保存在 %s。", len(corpus.clauses),
                index.meta["embedded"], settings.index_dir)
    return index


def saved_index(settings: Settings, embedder: Embeddings, corpus_hash: str) -> SearchIndex | None:
    """The saved index when it was built from exactly this corpus, else None."""
    try:
        return load_index(settings.index_dir, embedder, corpus_hash, settings.vector_config())
    except PolicyIndexError:
        return None
