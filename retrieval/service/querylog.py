"""Query log: one JSON line per question, to find what users ask that the documents do not answer."""

from __future__ import annotations

import json
import logging
import re
import time
from logging.handlers import RotatingFileHandler
from pathlib import Path

from retrieval.records import Answer

__all__ = ["QueryLog", "mask"]

log = logging.getLogger("policyqa")
_LONG_DIGITS = re.compile(r"\d{7,}")  # phone, ID card and account numbers: never written to the log
_ID_TAIL = re.compile(r"(?<=\*)[0-9Xx]\b")


def mask(text: str) -> str:
    """Replace runs of 7+ digits (and an ID card's check letter) with *."""
    return _ID_TAIL.sub("*", _LONG_DIGITS.sub(lambda m: "*" * len(m.group(0)), text))


class QueryLog:
    """JSON lines with time, question (masked), found, top clause and latency; size-capped rotation."""

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
            log.warning("查询日志 %s 无法写入（%s），本次运行不记录查询日志。", setting, exc.strerror)
            return None

    def record(self, question: str, answer: Answer | None, latency_ms: float, error: str = "") -> None:
        top = answer.citations[0] if answer and answer.citations else None
        entry = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "question": mask(question),
            "found": bool(answer and answer.found),
            "top_clause": f"{top.doc_id}/{top.clause}" if top else "",
            "latency_ms": round(latency_ms, 1),
        }
        if error:
            entry["error"] = error
        self._logger.info(json.dumps(entry, ensure_ascii=False))
