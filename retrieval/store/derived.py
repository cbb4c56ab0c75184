"""Values derived from one index, built once per index object and kept on it (the served index is replaced,
never changed, so a value dies with its index): the item names of every incentive, word weights, the
library as one area sees it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["derived"]

T = TypeVar("T")
_LOCK = threading.Lock()


def derived(index: Any, name: str, build: Callable[[Any], T]) -> T:
    """`build(index)`, computed once for this index object under `name` (kept in `index.derived`)."""
    cache: dict[str, Any] = index.derived
    with _LOCK:
        if name in cache:
            return cache[name]  # type: ignore[no-any-return]
    value = build(index)  # outside the lock: two first callers may both build; the first kept wins
    with _LOCK:
        return cache.setdefault(name, value)  # type: ignore[no-any-return]
