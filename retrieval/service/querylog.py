"""Query log: one JSON line per question, to find what users ask that the documents do not answer."""

from __future__ import annotations

import json
import logging
import re
import time
from logging.handlers import RotatingFileHandler
from pathlib import Path

from retrieval.errors import os_reason
from retrieval.records import Answer

__all__ = ["QueryLog", "mask"]

log = logging.getLogger("policyqa")
# Phone, ID card and bank card numbers are never written to the log, however they are typed: 7 or
# more digits (ASCII, full-width or Chinese) with spaces, dashes or dots between, a +86 in front,
# an ID card's check letter at the end.
_DIGIT = "[0-9０-９〇零一二三四五六七八九]"
_SEPARATOR = "[ \t\u3000\\-－—.·]"
_LONG_NUMBER = re.compile(rf"[+＋]?{_DIGIT}(?:{_SEPARATOR}?{_DIGIT}){{6,}}(?:{_SEPARATOR}?[Xx](?![A-Za-z]))?")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")  # reorders what a reader sees


def mask(text: str) -> str:
    """Numbers of 7+ digits and e-mail addresses replaced by *; direction controls removed."""
    text = _BIDI.sub("", text)
    text = _EMAIL.sub(lambda m: "*" * len(m.group(0)), text)
    return _LONG_NUMBER.sub(lambda m: "*" * len(m.group(0)), text)


class QueryLog:
    """JSON lines with time, question (masked), found, top clause, latency and the area asked in (所在地区);
    size-capped rotation."""

    def __init__(self, path: Path, max_bytes: int = 5_000_000, backups: int = 3) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._logger = logging.getLogger(f"policyqa.queries.{path}")
        self._logger.propagate = False
        self._logger.setLevel(logging.INFO)
        if not self._logger.handlers:
            handler = RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
            handler.setFormatter(logging.Formatter("%(message)s"))
            self._logger.addHandler(handler)
        self.path = path

    @classmethod
    def open(cls, setting: str, max_bytes: int) -> QueryLog | None:
        """The log named by the setting; None when switched off ("" or "off") or not writable."""
        if setting.strip().lower() in ("", "off", "none", "false", "0"):
            return None
        try:
            return cls(Path(setting), max_bytes)
        except OSError as exc:
            log.warning("查询日志 %s 无法写入（%s），本次运行不记录查询日志。", setting, os_reason(exc))
            return None

    def record(self, question: str, answer: Answer | None, latency_ms: float, error: str = "", area: str = "") -> None:
        top = answer.citations[0] if answer and answer.citations else None
        entry = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "question": mask(question),
            "found": bool(answer and answer.found),
            "top_clause": f"{top.doc_id}/{top.clause}" if top else "",
            "latency_ms": round(latency_ms, 1),
        }
        if area:  # 所在地区: what an area's enterprises ask that its documents do not answer
            entry["area"] = str(area)[:50]
        if error:
            entry["error"] = error
        self._logger.info(json.dumps(entry, ensure_ascii=False))
