"""Feedback on answers (👍/👎 with a comment) and the 待完善 list: what callers asked that the documents
did not answer, or answered wrongly, grouped and counted — what the policy office should add next."""

from __future__ import annotations

import csv
import io
import json
import re
import threading
import time
from pathlib import Path
from typing import Any

from retrieval.config import Settings
from retrieval.service.querylog import mask

__all__ = ["FeedbackStore", "RATINGS", "PENDING_COLUMNS", "citation_refs", "read_query_log", "pending", "pending_of",
           "pending_csv", "pending_own_set"]

RATINGS = {"up": "👍", "down": "👎"}
MAX_COMMENT = 500
MAX_TEXT = 20_000  # an answer with its notes is far shorter; anything longer is not one of ours
MAX_AREA = 50  # characters of a 所在地区 name
PENDING_COLUMNS = ("问题", "次数", "未找到", "标为有误", "意见", "最接近的条款", "地区", "最近一次")
SIMILAR = 0.65  # share of the shorter question's character bigrams found in the other: one group from here
_NOISE = re.compile(r"[\W_]+")
_ENDINGS = re.compile(r"(?:呢|吗|啊|呀|吧|么|的)+$")


class FeedbackStore:
    """One JSON line per 👍/👎: time, rating, question, answer and comment (masked like the query
    log), and the cited clauses as `doc_id/条款编号` (the query log's `top_clause` form)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    @classmethod
    def of(cls, settings: Settings) -> FeedbackStore:
        """The store beside the audit log (logs/feedback.jsonl): both are the office's records."""
        return cls(Path(settings.audit_log).with_name("feedback.jsonl"))

    def record(self, question: str, answer: str, citations: list[str], rating: str,
               comment: str = "", area: str = "") -> dict[str, Any]:
        """Append one entry; ValueError (Chinese) for a bad rating, an empty question or over-long text.
        `area` is the 所在地区 the question was asked in ("" for the whole library)."""
        if rating not in RATINGS:
            raise ValueError("评价只能是 up（👍）或 down（👎）。")
        question, answer, comment = (str(x or "").strip() for x in (question, answer, comment))
        if not question:
            raise ValueError("请附上被评价的问题。")
        if len(comment) > MAX_COMMENT:
            raise ValueError(f"意见请不超过 {MAX_COMMENT} 字。")
        if len(question) > MAX_TEXT or len(answer) > MAX_TEXT:
            raise ValueError("问题或回答过长，不是本系统的回答。")
        area = str(area or "").strip()
        if len(area) > MAX_AREA:
            raise ValueError(f"地区名称请不超过 {MAX_AREA} 字。")
        entry = {"time": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "rating": rating, "question": mask(question),
                 "answer": mask(answer), "citations": [str(c)[:200] for c in citations[:10]],
                 "comment": mask(comment), **({"area": mask(area)} if area else {})}
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(line)
        return entry

    def entries(self) -> list[dict[str, Any]]:
        return _json_lines([self.path])


def citation_refs(citations: list[Any]) -> list[str]:
    """Cited clauses as `doc_id/条款编号` (the query log's form), from Citations, their JSON dicts, or
    strings already in that form."""
    refs = []
    for c in citations or []:
        if isinstance(c, str):
            doc, _, clause = c.partition("/")
        elif isinstance(c, dict):
            doc, clause = c.get("doc_id"), c.get("clause")
        else:
            doc, clause = getattr(c, "doc_id", ""), getattr(c, "clause", "")
        if isinstance(doc, str) and isinstance(clause, str) and doc and clause:
            refs.append(f"{doc}/{clause}")
    return refs


def read_query_log(path: str | Path | None) -> list[dict[str, Any]]:
    """The query log's entries, oldest rotated file first ([] when the log is off or missing)."""
    if not path or str(path).strip().lower() in ("", "off", "none", "false", "0"):
        return []
    path = Path(path)
    return _json_lines([path.with_name(f"{path.name}.{i}") for i in (3, 2, 1)] + [path])


def _json_lines(paths: list[Path]) -> list[dict[str, Any]]:
    out = []
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (FileNotFoundError, UnicodeDecodeError):
            continue
        for line in lines:
            try:
                entry = json.loads(line)
            except ValueError:
                continue  # a line cut by a crash
            if isinstance(entry, dict):
                out.append(entry)
    return out


def _normalised(question: str) -> str:
    return _ENDINGS.sub("", _NOISE.sub("", question).lower())


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} or {text}


def pending(feedback: list[dict[str, Any]], queries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Questions refused (query log: not found, no input error) or marked 👎, grouped (same text once
    punctuation and trailing particles are dropped, or most character bigrams shared: SIMILAR)
    and counted, most frequent first; each with the comments and the nearest clause."""
    events = [(str(q.get("question", "")), "refused", str(q.get("top_clause", "")), "", str(q.get("time", "")),
               str(q.get("area") or "")) for q in queries if q.get("found") is False and not q.get("error")]
    events += [(str(f.get("question", "")), "down", str((f.get("citations") or [""])[0]), str(f.get("comment", "")),
                str(f.get("time", "")), str(f.get("area") or "")) for f in feedback if f.get("rating") == "down"]
    groups: list[dict[str, Any]] = []
    same: dict[str, dict[str, Any]] = {}  # normalised text -> its group (most repeats are word for word)
    for question, why, clause, comment, when, area in events:
        key = _normalised(question)
        if not key:
            continue
        grams = _bigrams(key)
        group = same.get(key) or next(
            (g for g in groups if len(grams & g["grams"]) / min(len(grams), len(g["grams"])) >= SIMILAR), None)
        if group is None:
            group = {"grams": grams, "问题": question, "次数": 0, "未找到": 0, "标为有误": 0, "意见": [],
                     "最接近的条款": "", "地区": [], "最近一次": ""}
            groups.append(group)
        same[key] = group
        group["次数"] += 1
        group["未找到" if why == "refused" else "标为有误"] += 1
        for column, value in (("意见", comment), ("地区", area)):
            if value and value not in group[column]:
                group[column].append(value)
        group["最接近的条款"] = clause or group["最接近的条款"]
        group["最近一次"] = max(group["最近一次"], when)
    groups.sort(key=lambda g: (-g["次数"], g["问题"]))
    return [{c: "；".join(g[c]) if c in ("意见", "地区") else g[c] for c in PENDING_COLUMNS} for g in groups]


def pending_of(settings: Settings) -> list[dict[str, Any]]:
    """The 待完善 list from this installation's feedback store and query log."""
    return pending(FeedbackStore.of(settings).entries(), read_query_log(settings.query_log))


def _cell(value: Any) -> Any:
    """A caller's words as a spreadsheet cell: text that Excel would run as a formula gets a leading '."""
    return f"'{value}" if isinstance(value, str) and value.startswith(("=", "+", "-", "@", "\t", "\r")) else value


def pending_csv(rows: list[dict[str, Any]]) -> str:
    """The 待完善 list as CSV (with a BOM, for Excel)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=PENDING_COLUMNS)
    writer.writeheader()
    writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
    return "\ufeff" + out.getvalue()


def pending_own_set(rows: list[dict[str, Any]]) -> str:
    """The same questions as an own test set to fill in (evaluation.own_set: 问题, 标准答案)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(("问题", "标准答案"))
    writer.writerows((_cell(row["问题"]), "") for row in rows)
    return "\ufeff" + out.getvalue()
