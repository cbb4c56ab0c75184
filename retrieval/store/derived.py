"""Values derived from one index, built once per index object (the served index is replaced, never
changed, so a value is dropped some replacements after its index is): the item names of every incentive,
word weights, the library as one area sees it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["derived"]

T = TypeVar("T")
KEPT = 8  # indexes remembered per name: the served one and its area views (see index.in_area)
_CACHE: dict[str, list[tuple[Any, Any]]] = {}  # name -> [(index, value)], the latest last
_LOCK = threading.Lock()


def derived(index: Any, name: str, build: Callable[[Any], T]) -> T:
    """`build(index)`, computed once for this index object under `name`."""
    with _LOCK:
        for seen, value in _CACHE.get(name, ()):
            if seen is index:
                return value  # type: ignore[no-any-return]
    value = build(index)
    with _LOCK:
        _CACHE[name] = [*(e for e in _CACHE.get(name, ()) if e[0] is not index), (index, value)][-KEPT:]
    return value
