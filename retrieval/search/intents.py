"""What a question asks for, by example: when none of its words names a kind of answer (no 什么时候,
哪些材料, 找谁, 多少), the embedder's similarity to a few labelled general questions of each kind does
(lexicon/intent_examples.txt)."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from retrieval.search.query import Query, names_a_kind
from retrieval.store.embedders import embed_question, embedder_id

__all__ = ["intent_of", "with_intent", "examples_of", "EXAMPLES", "MIN_MARGIN"]

EXAMPLES = Path(__file__).resolve().parent.parent / "lexicon" / "intent_examples.txt"
# The best kind must beat the best other kind by this much cosine similarity (chosen on the library's
# dev split; see evaluation/README.md): below it the question is left as its words say.
MIN_MARGIN = 0.01

_lock = threading.Lock()
_vectors: dict[str, tuple[list[str], np.ndarray]] = {}


def _examples() -> list[tuple[str, str]]:
    rows = []
    for line in EXAMPLES.read_text(encoding="utf-8").splitlines():
        intent, tab, question = line.strip().partition("\t")
        if tab and intent and question.strip() and not intent.startswith("#"):  # a line without a tab is skipped
            rows.append((intent.strip(), question.strip()))
    return rows


def examples_of(embedder: Embeddings) -> tuple[list[str], np.ndarray]:
    """The examples' intents and vectors, embedded once per embedder (as questions, like the asker's)."""
    key = f"{embedder_id(embedder)}#{id(embedder)}"  # two embedders of one class may differ
    with _lock:
        if key not in _vectors:
            rows = _examples()
            _vectors[key] = ([i for i, _ in rows], np.stack([embed_question(embedder, q) for _, q in rows]))
        return _vectors[key]


def intent_of(embedder: Embeddings, vector: np.ndarray) -> str:
    """The kind of answer a question's vector is closest to ("amount", "materials", "procedure",
    "contact", "time", "conditions"), or "" when no kind is clearly closest."""
    intents, vectors = examples_of(embedder)
    scores = vectors @ vector
    best: dict[str, float] = {}
    for intent, score in zip(intents, scores.tolist(), strict=True):
        best[intent] = max(best.get(intent, -1.0), score)
    ranked = sorted(best, key=lambda k: -best[k])
    if len(ranked) < 2 or best[ranked[0]] - best[ranked[1]] < MIN_MARGIN:
        return ""
    return ranked[0]


def with_intent(query: Query, embedder: Embeddings, vector: np.ndarray) -> Query:
    """A question whose words name no kind of answer (no aspect, no who, no how-much word) takes the
    kind its vector is closest to; a grant word in it then names the measure, not a how-much question.
    The examples are embedded the first time a question needs them (not at open: that would delay
    the first answer of every process)."""
    if names_a_kind(query.text):
        return query
    intent = intent_of(embedder, vector)
    if not intent or intent == "amount":
        return query
    return replace(query, aspects=(intent,), money=False, time=intent == "time")
