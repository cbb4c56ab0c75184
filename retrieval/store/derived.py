"""Values derived from one index, built once per index object (the served index is replaced, never
changed, so a value is dropped when its index is): the item names of every incentive, word weights."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["derived"]

T = TypeVar("T")
_CACHE: dict[str, tuple[Any, Any]] = {}  # name -> (index, value): the latest index only
_LOCK = threading.Lock()


def derived(index: Any, name: str, build: Callable[[Any], T]) -> T:
    """`build(index)`, computed once for this index object under `name`."""
    with _LOCK:
        hit = _CACHE.get(name)
        if hit is not None and hit[0] is index:
            return hit[1]  # type: ignore[no-any-return]
    value = build(index)
    with _LOCK:
        _CACHE[name] = (index, value)
    return value
