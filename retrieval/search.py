"""Hybrid retrieval (dense + BM25, fused by reciprocal rank) and the one rule that decides "not found"."""

from __future__ import annotations

import re

import numpy as np
from langchain_core.embeddings import Embeddings

from .embedders import embed_question
from .keyword import content_terms, expand_abbreviations
from .records import Hit
from .store import SearchIndex

__all__ = ["MODES", "retrieve", "coverage", "is_relevant", "asks_for_draft", "MIN_COVERAGE", "MIN_DENSE"]

# Reciprocal rank fusion: score = Σ 1 / (RRF_K + rank) over the dense and the keyword ranking
# (rank from 1). It orders hits; it is not a probability and is never compared to a threshold.
RRF_K = 60
CANDIDATES = 50
# A hit answers the question only when the clause contains most of what the question is about
# (IDF-weighted; a term no clause has weighs the most) AND the dense model agrees it is close.
# Tuned on questions written for tests/test_retrieval.py; issue 5 re-tunes on the dev split.
MIN_COVERAGE = 0.5
MIN_DENSE = 0.80

_DRAFT_QUESTION = re.compile(r"征求意见稿|意见稿|草案|草稿|送审稿|讨论稿|draft", re.IGNORECASE)


def asks_for_draft(question: str) -> bool:
    return bool(_DRAFT_QUESTION.search(question))


def is_relevant(hit: Hit) -> bool:
    """The single place that decides whether a clause answers a question."""
    return hit.coverage >= MIN_COVERAGE and hit.dense >= MIN_DENSE


def coverage(index: SearchIndex, terms: list[str], i: int) -> float:
    """IDF-weighted share of the question's terms that occur in clause i (its text, headings and
    document title). Occurrence, not token identity: 奖 counts inside 奖励, 专精特新企业 inside
    “专精特新”企业 only when written so; a term no clause has weighs the most."""
    total = sum(index.keywords.idf(t) for t in terms)
    if total == 0:
        return 0.0
    clause = index.clauses[i]
    haystack = f"{index.documents[clause.doc_id].title}\n{clause.path_text}\n{clause.text}".lower()
    return sum(index.keywords.idf(t) for t in terms if t in haystack) / total


MODES = ("hybrid", "dense", "keyword")


def retrieve(index: SearchIndex, embedder: Embeddings, question: str, k: int = 5,
             mode: str = "hybrid") -> list[Hit]:
    """The k best clauses (`mode` "dense" or "keyword" uses one ranking alone, for evaluation):
    current documents first (drafts first only when the question asks for
    one), then relevant clauses (see is_relevant) before the rest, each group by fused score."""
    if mode not in MODES:
        raise ValueError(f"未知的检索方式 {mode!r}，可选：{'、'.join(MODES)}。")
    if not index.clauses:
        return []
    terms = content_terms(question)
    position = {c.clause_id: i for i, c in enumerate(index.clauses)}
    limit = min(CANDIDATES, len(index.clauses))
    vector = embed_question(embedder, expand_abbreviations(question)).tolist()
    dense_pairs = index.vectors.similarity_search_with_score_by_vector(vector, k=limit)
    dense = {position[doc.metadata["clause_id"]]: float(score) for doc, score in dense_pairs}
    keyword_scores = index.keywords.scores(terms)
    keyword_rank = [int(i) for i in keyword_scores.argsort()[::-1][:limit] if keyword_scores[i] > 0]

    rankings = {"hybrid": [list(dense), keyword_rank], "dense": [list(dense)], "keyword": [keyword_rank]}[mode]
    fused: dict[int, float] = {}
    for ranking in rankings:
        for rank, i in enumerate(ranking, start=1):
            fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + rank)

    hits = []
    for i, score in fused.items():
        dense_score = dense.get(i)
        if dense_score is None:  # outside the dense candidates: score it exactly
            dense_score = float(index.vectors.index.reconstruct(i) @ np.asarray(vector, dtype="float32"))
        hits.append(Hit(index.clauses[i], round(score, 6), round(dense_score, 4),
                        round(coverage(index, terms, i), 4)))

    want_draft = asks_for_draft(question)

    def order(hit: Hit) -> tuple[bool, bool, float]:
        document = index.documents[hit.clause.doc_id]
        is_old = document.status == "draft" or bool(document.superseded_by)
        # Current documents before old ones, then clauses that answer before those that merely rank.
        return (is_old != want_draft, not is_relevant(hit), -hit.score)

    return sorted(hits, key=order)[:k]
