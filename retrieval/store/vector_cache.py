"""Passage vectors kept by the hash of the passage text, so a rebuild embeds only what changed.

One cache per model in `<index dir>/cache/`: `<model>.keys` (per line, the SHA-1 of the passage
and a checksum of its vector) and `<model>.f32` (the float32 vectors, row after row). Vectors are
appended first, then the key list is replaced atomically, so a process killed between the two
leaves rows without keys, which are ignored (and overwritten by the next append). A vector whose
checksum does not match (a damaged file) is never used: it is embedded again and appended anew.
Vectors of removed documents stay: they cost 1.5 KB a clause.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from pathlib import Path

import numpy as np

from retrieval.files import atomic_write

__all__ = ["VectorCache", "passage_key"]


def passage_key(passage: str) -> str:
    return hashlib.sha1(passage.encode("utf-8")).hexdigest()


def _checksum(vector: np.ndarray) -> str:
    return hashlib.blake2b(np.ascontiguousarray(vector, dtype="float32").tobytes(), digest_size=8).hexdigest()


class VectorCache:
    def __init__(self, folder: Path, model_id: str, dimension: int) -> None:
        slug = re.sub(r"[^\w.-]+", "_", model_id)
        self.keys_path = folder / f"{slug}.keys"
        self.vectors_path = folder / f"{slug}.f32"
        self.dimension = dimension
        self._lock = threading.Lock()
        self._rows: dict[str, int] = {}
        self._sums: list[str] = []  # checksum of each row, as written
        self._vectors = np.zeros((0, dimension), dtype="float32")
        self._load()

    def _load(self) -> None:
        """Map the vector file (nothing is read until a vector is used) and read the keys."""
        try:
            lines = [line.split() for line in self.keys_path.read_text(encoding="ascii").splitlines()]
            raw = np.memmap(self.vectors_path, dtype="float32", mode="r") if self.vectors_path.stat().st_size else None
        except (OSError, UnicodeDecodeError, ValueError):
            return  # no cache yet, or unreadable: everything is embedded again
        if raw is None:
            return
        rows = min(len(lines), raw.size // self.dimension)
        self._vectors = raw[: rows * self.dimension].reshape(rows, self.dimension)
        # a line without its checksum (an older cache) never verifies: that row is embedded again
        self._sums = [line[1] if len(line) == 2 else "" for line in lines[:rows]]
        self._rows = {line[0]: i for i, line in enumerate(lines[:rows]) if line and line[0] != "-"}

    def __len__(self) -> int:
        return len(self._rows)

    def get(self, keys: list[str]) -> dict[str, np.ndarray]:
        """The cached vectors among `keys` whose checksum holds; a damaged row is forgotten, so the
        caller embeds that passage again and `put` appends a good row for it."""
        found = {}
        for key in keys:
            row = self._rows.get(key)
            if row is None:
                continue
            vector = self._vectors[row]
            if _checksum(vector) == self._sums[row]:
                found[key] = vector
            else:
                with self._lock:
                    self._rows.pop(key, None)
        return found

    def put(self, keys: list[str], vectors: np.ndarray) -> None:
        """Remember new vectors; a cache that cannot be written is skipped (it only saves time)."""
        new = [(k, v) for k, v in zip(keys, vectors, strict=True) if k not in self._rows]
        if not new:
            return
        with self._lock:
            block = np.stack([v for _, v in new]).astype("float32")
            rows = len(self._sums)  # rows in the file with a line in the key list (some may be forgotten)
            try:
                self.keys_path.parent.mkdir(parents=True, exist_ok=True)
                with open(self.vectors_path, "r+b" if self.vectors_path.exists() else "wb") as f:
                    f.seek(rows * self.dimension * 4)  # past the rows that have keys
                    f.write(block.tobytes())
                    f.truncate()
                    f.flush()
                    os.fsync(f.fileno())
                keep = {row: key for key, row in self._rows.items()}  # a forgotten row keeps its line, blank
                lines = [f"{keep[row]} {self._sums[row]}" if row in keep else "-" for row in range(rows)]
                lines += [f"{key} {_checksum(vector)}" for (key, _), vector in zip(new, block, strict=True)]
                atomic_write(self.keys_path, "".join(line + "\n" for line in lines).encode("ascii"))
            except OSError:
                return
            self._load()
