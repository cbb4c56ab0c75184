"""The evaluation set and the quality targets on its test split (tuning happens on dev only)."""

from __future__ import annotations

from collections import Counter

import pytest

from evaluation.run import TARGETS, TYPES, evaluate, load_questions, summarize, write_report


@pytest.fixture(scope="module")
def questions():
    return load_questions()


def test_the_set_is_large_varied_and_labelled(questions, corpus):
    ids = {c.clause_id for c in corpus.clauses}
    assert len(questions) >= 200
    assert len({q.id for q in questions}) == len(questions)
    assert {q.type for q in questions} <= set(TYPES)
    assert sum(not q.answerable for q in questions) >= 30
    for q in questions:
        assert q.split in ("dev", "test")
        assert set(q.gold) <= ids, q.id
        assert bool(q.gold) == q.answerable, q.id
    types = Counter((q.type, q.split) for q in questions)
    assert all(types[(t, "dev")] and types[(t, "test")] for t, _ in types), types


# Measured on the test split after the last tuning (on dev): a change must not fall below these.
# They are above issue 5's targets (test_issue_targets); evaluation/report.md lists what still fails.
FLOORS = {"r1": 1.0, "r5": 1.0, "amount": 0.98, "refusal": 1.0, "false_refusal": 0.0}


@pytest.fixture(scope="module")
def test_split(assistant, questions):
    results = evaluate(assistant, [q for q in questions if q.split == "test"], systems=("hybrid",))
    units = {c.clause_id: list(c.departments) for c in assistant.index.clauses}
    return results, units


@pytest.mark.slow
def test_test_split_does_not_regress(test_split, tmp_path):
    results, units = test_split
    summary = summarize(results["hybrid"], units)
    for key, floor in FLOORS.items():
        ok = summary[key] <= floor if key == "false_refusal" else summary[key] >= floor
        assert ok, (key, summary[key])
    markdown = write_report({"test": results}, units, tmp_path)
    assert "| Recall@1 | ≥ 0.95 |" in markdown
    assert markdown.index("## 指标说明") < markdown.index("## 一、种子语料")  # every metric explained first
    assert (tmp_path / "report.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.slow
def test_issue_targets(test_split):
    results, units = test_split
    summary = summarize(results["hybrid"], units)
    for name, (key, target, higher) in TARGETS.items():
        assert (summary[key] >= target) if higher else (summary[key] <= target), (name, summary[key])
