"""Metric code against values worked out by hand."""

from __future__ import annotations

import math

from evaluation.metrics import amounts_exact, mean, percentile, recall_at, reciprocal_rank

# Three questions, ranked clause ids, gold ids. By hand:
#   q1 gold at rank 1 -> R@1 1, R@5 1, RR 1
#   q2 gold at rank 3 -> R@1 0, R@5 1, RR 1/3
#   q3 gold absent    -> R@1 0, R@5 0, RR 0
#   means: R@1 = 1/3, R@5 = 2/3, MRR = (1 + 1/3 + 0) / 3 = 4/9
RUNS = [
    (["a", "b", "c"], ["a"]),
    (["x", "y", "g", "z"], ["g"]),
    (["p", "q"], ["r"]),
]


def test_recall_and_mrr_by_hand():
    assert mean([recall_at(r, g, 1) for r, g in RUNS]) == 1 / 3
    assert mean([recall_at(r, g, 5) for r, g in RUNS]) == 2 / 3
    assert math.isclose(mean([reciprocal_rank(r, g) for r, g in RUNS]), 4 / 9)


def test_two_gold_clauses_count_the_first_found():
    assert recall_at(["b", "a"], ["a", "b"], 1) == 1.0
    assert reciprocal_rank(["x", "b", "a"], ["a", "b"]) == 0.5


def test_mrr_cut_at_k():
    ranked = [str(i) for i in range(20)]
    assert reciprocal_rank(ranked, ["10"], k=10) == 0.0
    assert reciprocal_rank(ranked, ["9"], k=10) == 0.1


def test_nearest_rank_percentile_by_hand():
    latencies = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
    assert percentile(latencies, 50) == 50  # rank ceil(0.5 * 10) = 5
    assert percentile(latencies, 95) == 100  # rank ceil(9.5) = 10
    assert percentile([7], 95) == 7
    assert math.isnan(percentile([], 50))


def test_amounts_exact():
    assert amounts_exact([500000.0, 300000.0], [500000])
    assert amounts_exact([500000, 300000], [500000, 300000])
    assert not amounts_exact([300000, 500000], [500000, 300000])
    assert not amounts_exact([500000], [500000, 300000])
    assert amounts_exact([], [])
