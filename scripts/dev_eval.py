"""The product on the development library's **dev** split only: the numbers, the failure reasons, and
each failing question, for choosing rules. The test split is never run here (it is `make eval`'s).

    .venv/bin/python scripts/dev_eval.py [--work .eval/mine] [--kind tier] [--doc b1] [--ids -n0] [--show 40]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluation.library_eval import (  # noqa: E402
    WORK,
    evaluate_library,
    library_failure,
    load_library_questions,
    open_library,
    summarize_library,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, default=WORK, help="index folder of its own (one per developer)")
    parser.add_argument("--kind", default="", help="only questions of this kind")
    parser.add_argument("--doc", default="", help="only questions whose document stem starts with this")
    parser.add_argument("--ids", default="", help="only questions whose id matches this regular expression (-n0: "
                        "the questions written in the sixth session)")
    parser.add_argument("--show", type=int, default=30, help="failing questions to print")
    parser.add_argument("--seed", action="store_true", help="the seed corpus's dev split instead of the library's")
    parser.add_argument("--whole", action="store_true", help="asked in no area (all documents at once)")
    args = parser.parse_args()
    if args.seed:
        return seed_dev(args.work, args.show)
    questions = [q for q in load_library_questions() if q.split == "dev"
                 and (not args.kind or q.kind == args.kind) and q.doc.startswith(args.doc)
                 and re.search(args.ids, q.id)]
    assistant = open_library(args.work)
    system = "whole" if args.whole else "hybrid"
    outcomes = evaluate_library(assistant, questions, systems=(system,))[system]
    summary = summarize_library(outcomes)
    print(" ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in summary.items()))
    failures = [(o, library_failure(o)) for o in outcomes]
    print(Counter(f[0] for _, f in failures if f).most_common())
    by_kind: dict[str, list[bool]] = {}
    for o, f in failures:
        by_kind.setdefault(o.question.kind, []).append(f is None)
    print("passed by kind:", {k: f"{sum(v)}/{len(v)}" for k, v in sorted(by_kind.items())})
    for o, f in [(o, f) for o, f in failures if f][: args.show]:
        print(f"- {o.question.id} [{o.question.kind}] {o.question.question} | {f[0]}: {f[1]}")
    return 0


def seed_dev(work: Path, show: int) -> int:
    """The product on the seed corpus's dev split (the test split is make eval's)."""
    from evaluation.run import evaluate, failures, load_questions, summarize
    from retrieval import Assistant, Settings

    assistant = Assistant.open(Settings.from_env(query_log="off", reload_seconds=0, index_dir=work / "seed-index"))
    questions = [q for q in load_questions() if q.split == "dev"]
    outcomes = evaluate(assistant, questions, systems=("hybrid",))["hybrid"]
    units = {c.clause_id: list(c.departments) for c in assistant.index.clauses}
    summary = summarize(outcomes, units)
    print(" ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in summary.items()))
    for q, why in failures(outcomes)[:show]:
        print(f"- {q.id} [{q.type}] {q.question} | {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
