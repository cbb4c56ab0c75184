"""政策匹配 on the 50 labelled profiles (`profiles.jsonl`, scoring rules in PROFILES.md): how many eligible
measures are found (with the right amount), how many are offered wrongly, how many to-check rows are
covered. Develop on `--split dev`; the test split is reported, never tuned on.

    .venv/bin/python -m evaluation.profile_eval --split dev [--show 20] [--work .eval/lead]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation.library_eval import WORK, Gold, matches_gold, open_library
from retrieval.answer.matcher import Match, Matching
from retrieval.config import Settings
from retrieval.service.assistant import Assistant

PROFILES = Path(__file__).with_name("profiles.jsonl")
# The profiles were written as of the documents' own time: every library document in force (the latest
# 施行日期 is 2024-08-01, the earliest 有效期 ends 2025-12-31). Matching "today" would rule out the ones
# that have since expired, which is right for the product and not what the labels ask.
AS_OF = "2024-09-01"


@dataclass
class ProfileScore:
    id: str
    found: int = 0
    eligible: int = 0
    amounts_right: int = 0
    wrong: list[str] = field(default_factory=list)  # "reason: item" for each wrongly offered row
    covered: int = 0
    to_check: int = 0
    invented: int = 0
    missed: list[str] = field(default_factory=list)
    unlabelled: list[str] = field(default_factory=list)
    error: str = ""


def load_profiles(path: Path = PROFILES) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _gold(entry: dict[str, Any]) -> Gold:
    return Gold(doc=entry["doc"], clause=entry["clause"], text=entry["text"])


def _matches(row: Match, entry: dict[str, Any]) -> bool:
    return matches_gold(row.clause, row.document, _gold(entry))


def _stems(row: Match) -> set[str]:
    return {row.document.doc_id} | ({Path(row.document.source_file).stem} if row.document.source_file else set())


def score(profile: dict[str, Any], result: Matching | None, error: str = "") -> ProfileScore:
    """One profile's counts by PROFILES.md: each row used for one gold entry at most."""
    out = ProfileScore(profile["id"], eligible=len(profile["eligible"]), to_check=len(profile["to_check"]),
                       error=error)
    rows = list(result.matches) if result else []
    used: set[int] = set()
    for entry in profile["eligible"]:
        candidates = [n for n, r in enumerate(rows) if n not in used and r.eligible is True and _matches(r, entry)]
        candidates.sort(key=lambda n: rows[n].amount != entry["amount"])  # equal amounts first
        if candidates:
            used.add(candidates[0])
            out.found += 1
            out.amounts_right += rows[candidates[0]].amount == entry["amount"]
        else:
            out.missed.append(f"{entry['doc']} {entry['clause']} {entry['text']}")
    for entry in profile["to_check"]:
        hits = [n for n, r in enumerate(rows) if n not in used and _matches(r, entry)]
        if not hits:
            continue
        used.add(hits[0])
        row = rows[hits[0]]
        if row.eligible is True and row.amount is not None:
            out.invented += 1
        else:
            out.covered += 1
    scope = set(profile["scope"])
    for n, row in enumerate(rows):
        if row.eligible is not True or n in used:
            continue
        wrong = next((e["reason"] for e in profile["not_eligible"] if _matches(row, e)), "")
        if not wrong and not (_stems(row) & scope):
            wrong = "out of scope"
        if wrong:
            out.wrong.append(f"{wrong}: {row.document.doc_id} {row.clause.number} {row.incentive.item}")
        else:
            out.unlabelled.append(f"{row.document.doc_id} {row.clause.number} {row.incentive.item}")
    return out


def evaluate(profiles: list[dict[str, Any]], seed: Assistant | None, library: Assistant | None) -> list[ProfileScore]:
    scores = []
    for profile in profiles:
        assistant = seed if profile["corpus"] == "seed" else library
        if assistant is None:
            continue
        try:
            scores.append(score(profile, assistant.match(profile["profile"], AS_OF)))
        except ValueError as exc:  # a bad description: a message, and no row
            scores.append(score(profile, None, str(exc)))
    return scores


def summarize(scores: list[ProfileScore]) -> dict[str, Any]:
    eligible = sum(s.eligible for s in scores)
    found = sum(s.found for s in scores)
    to_check = sum(s.to_check for s in scores)
    return {
        "profiles": len(scores),
        "found": f"{found}/{eligible}",
        "found_rate": round(found / eligible, 3) if eligible else 0.0,
        "amounts_right": f"{sum(s.amounts_right for s in scores)}/{eligible}",
        "offered_wrongly": sum(len(s.wrong) for s in scores),
        "wrong_by_reason": dict(Counter(w.split(":")[0] for s in scores for w in s.wrong)),
        "to_check_covered": f"{sum(s.covered for s in scores)}/{to_check}",
        "invented_amounts": sum(s.invented for s in scores),
        "unlabelled_eligible": sum(len(s.unlabelled) for s in scores),
    }


def profile_section(seed: Assistant, library: Assistant) -> str:
    """The report's 政策匹配 section: both splits, both corpora (the test split reported, never tuned on)."""
    profiles = load_profiles()
    parts = ["## 政策匹配：50 个企业画像（`evaluation/profiles.jsonl`）", "",
             f"评分规则见 `evaluation/PROFILES.md`；按 {AS_OF} 的文件效力匹配（标注时各文件均在有效期内）。"
             "找到 = 标注为可享受的措施被判为可享受；金额 = 金额（元）完全一致；误报 = 判为可享受但标注为不可享受"
             "或不在适用范围；待核实覆盖 = 标注为待核实的措施给出待核实而非金额；编造金额 = 待核实项给出了金额。", "",
             "| split | 语料 | 画像 | 找到 | 金额正确 | 误报 | 待核实覆盖 | 编造金额 |",
             "|---|---|---|---|---|---|---|---|"]
    for split in ("dev", "test"):
        chosen = [p for p in profiles if p["split"] == split]
        scores = evaluate(chosen, seed, library)
        for corpus in ("seed", "library", "all"):
            ids = {p["id"] for p in chosen if corpus == "all" or p["corpus"] == corpus}
            s = summarize([x for x in scores if x.id in ids])
            parts.append(f"| {split} | {corpus} | {s['profiles']} | {s['found']} | {s['amounts_right']} | "
                         f"{s['offered_wrongly']} | {s['to_check_covered']} | {s['invented_amounts']} |")
    return "\n".join(parts) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--work", type=Path, default=WORK, help="the library's index folder (one per developer)")
    parser.add_argument("--show", type=int, default=20, help="profiles with a miss or a wrong offer to print")
    args = parser.parse_args()
    profiles = [p for p in load_profiles() if args.split == "all" or p["split"] == args.split]
    seed = Assistant.open(Settings.from_env(query_log="off", reload_seconds=0, index_dir=args.work / "seed-index"))
    library = open_library(args.work)
    scores = evaluate(profiles, seed, library)
    for corpus in ("seed", "library"):
        ids = {p["id"] for p in profiles if p["corpus"] == corpus}
        print(corpus, json.dumps(summarize([s for s in scores if s.id in ids]), ensure_ascii=False))
    print("all", json.dumps(summarize(scores), ensure_ascii=False))
    shown = [s for s in scores if s.missed or s.wrong or s.invented][: args.show]
    for s in shown:
        print(f"- {s.id} found {s.found}/{s.eligible} {s.error}")
        for m in s.missed:
            print(f"    missed {m}")
        for w in s.wrong:
            print(f"    wrong  {w}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
