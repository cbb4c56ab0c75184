"""Passage vectors kept by the hash of the passage text, so a rebuild embeds only what changed.

One cache per model in `<index dir>/cache/`: `<model>.keys` (one SHA-1 per line) and `<model>.f32`
(the float32 vectors, row after row). Vectors are appended first, then the key list is replaced
atomically, so a process killed between the two leaves rows without keys, which are ignored (and
overwritten by the next append). Vectors of removed documents stay: they cost 1.5 KB a clause.
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


class VectorCache:
    def __init__(self, folder: Path, model_id: str, dimension: int) -> None:
        slug = re.sub(r"[^\w.-]+", "_", model_id)
        self.keys_path = folder / f"{slug}.keys"
        self.vectors_path = folder / f"{slug}.f32"
        self.dimension = dimension
        self._lock = threading.Lock()
        self._rows: dict[str, int] = {}
        self._vectors = np.zeros((0, dimension), dtype="float32")
        self._load()

    def _load(self) -> None:
        """Map the vector file (nothing is read until a vector is used) and read the keys."""
        try:
            keys = self.keys_path.read_text(encoding="ascii").split()
            raw = np.memmap(self.vectors_path, dtype="float32", mode="r") if self.vectors_path.stat().st_size else None
        except (OSError, UnicodeDecodeError, ValueError):
            return  # no cache yet, or unreadable: everything is embedded again
        if raw is None:
            return
        rows = min(len(keys), raw.size // self.dimension)
        self._vectors = raw[: rows * self.dimension].reshape(rows, self.dimension)
        self._rows = {key: i for i, key in enumerate(keys[:rows])}

    def __len__(self) -> int:
        return len(self._rows)

    def get(self, keys: list[str]) -> dict[str, np.ndarray]:
        """The cached vectors among `keys`."""
        return {k: self._vectors[self._rows[k]] for k in keys if k in self._rows}

    def put(self, keys: list[str], vectors: np.ndarray) -> None:
        """Remember new vectors; a cache that cannot be written is skipped (it only saves time)."""
        new = [(k, v) for k, v in zip(keys, vectors, strict=True) if k not in self._rows]
        if not new:
            return
        with self._lock:
            block = np.stack([v for _, v in new]).astype("float32")
            rows = len(self._rows)
            try:
                self.keys_path.parent.mkdir(parents=True, exist_ok=True)
                with open(self.vectors_path, "r+b" if self.vectors_path.exists() else "wb") as f:
                    f.seek(rows * self.dimension * 4)  # past the rows that have keys
                    f.write(block.tobytes())
                    f.truncate()
                    f.flush()
                    os.fsync(f.fileno())
                keys = [*self._rows, *(k for k, _ in new)]  # dicts keep insertion order = row order
                atomic_write(self.keys_path, "".join(k + "\n" for k in keys).encode("ascii"))
            except OSError:
                return
            self._load()
