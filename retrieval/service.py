"""The assistant: corpus + embedder + index opened once, then `ask(question, history)` per question."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

from langchain_core.embeddings import Embeddings

from .amounts import levels_in, strip_levels
from .answer import compose
from .config import Settings
from .corpus import Corpus, load_corpus
from .embedders import make_embedder
from .errors import PolicyIndexError
from .records import Answer, Hit
from .search import normalize_question, retrieve
from .store import SearchIndex, build_index, load_index, save_index

__all__ = ["Assistant", "check_question", "resolve_followup"]

log = logging.getLogger("policyqa")

_FOLLOWUP_START = re.compile(r"^(?:那|那么|那个|这个|它|其|还有|另外|如果是|要是|换成|再问)")


def check_question(question: object, max_chars: int) -> str:
    """The question, stripped; ValueError with a Chinese message for empty or oversized input."""
    if not isinstance(question, str):
        raise ValueError("问题必须是文字。")
    text = question.strip()
    if not text:
        raise ValueError("问题不能为空，请输入您想咨询的政策问题。")
    if len(text) > max_chars:
        raise ValueError(f"问题过长（{len(text)} 字），请精简到 {max_chars} 字以内后再提问。")
    return text


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
        return cls(settings, embedder, index)

    def ask(self, question: str, history: list[tuple[str, str]] | None = None) -> Answer:
        return self.explain(question, history)[0]

    def explain(self, question: str, history: list[tuple[str, str]] | None = None, mode: str = "hybrid",
                k: int | None = None) -> tuple[Answer, list[Hit]]:
        """The answer and the ranked hits behind it (`mode` and a deeper `k` serve evaluation)."""
        text = check_question(question, self.settings.max_question_chars)
        query = normalize_question(self.index, resolve_followup(text, history))
        hits = retrieve(self.index, self.embedder, query, k=max(k or 0, self.settings.top_k), mode=mode)
        own_words = text if query != text else ""
        answer = compose(query, hits[: self.settings.top_k], self.index.documents, self.index.keywords, own_words)
        return replace(answer, question=text), hits


def rebuild_index(corpus: Corpus, embedder: Embeddings, settings: Settings,
                  reuse: SearchIndex | None = None) -> SearchIndex:
    index = build_index(corpus, embedder, reuse)
    save_index(index, settings.index_dir)
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
