"""Retrieval and answer metrics as pure functions over ranked clause ids and answer objects."""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = ["recall_at", "reciprocal_rank", "mean", "percentile", "amounts_exact"]


def recall_at(ranked: Sequence[str], gold: Sequence[str], k: int) -> float:
    """1.0 when any gold clause is among the first k ranked ids (hit rate; a two-topic question
    counts as found when its first gold clause or any other is ranked)."""
    return 1.0 if set(ranked[:k]) & set(gold) else 0.0


def reciprocal_rank(ranked: Sequence[str], gold: Sequence[str], k: int = 10) -> float:
    """1 / rank of the first gold clause within the first k, else 0."""
    for rank, clause_id in enumerate(ranked[:k], start=1):
        if clause_id in gold:
            return 1.0 / rank
    return 0.0


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100): the smallest value with at least p% at or below it."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def amounts_exact(given: Sequence[float], expected: Sequence[float]) -> bool:
    """The answer's first amounts are exactly the expected ones, in order (to the yuan)."""
    if len(given) < len(expected):
        return False
    return all(round(g) == round(e) for g, e in zip(given, expected, strict=False))
