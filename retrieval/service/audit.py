"""The audit log: one JSON line per change to the library (who, when, what, which file hash), appended
and flushed before the caller is told, never rewritten or rotated by the application."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

__all__ = ["AuditLog"]


class AuditLog:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def record(self, actor: str, action: str, *, result: str = "ok", **details: object) -> None:
        """`actor` is `web:<account>`, `api:<account>` or `cli:<system user>`; `result` "ok" or the error."""
        entry = {"time": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "actor": actor, "action": action,
                 **{k: v for k, v in details.items() if v not in (None, "", [])}, "result": result}
        line = (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8")
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o640)
            try:
                os.write(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)

    def entries(self) -> list[dict[str, object]]:
        try:
            lines = self.path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        return [json.loads(line) for line in lines if line.strip()]
