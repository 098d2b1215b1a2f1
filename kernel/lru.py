"""A thread-safe least-recently-used cache bounded by total weight (bytes, or one per entry):
what the server keeps in memory by data version (vector tiles, port states)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class Lru(Generic[V]):
    def __init__(self, max_weight: int, weigh: Callable[[V], int] = lambda _: 1) -> None:
        self.max_weight, self.weigh = max_weight, weigh
        self._items: OrderedDict[Hashable, V] = OrderedDict()
        self._weight = 0
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: Hashable, value: V) -> V:
        """Keep ``value`` (unless it alone outweighs an eighth of the cache: it would push
        out many others), dropping the least recently used beyond the weight; ``value``."""
        weight = self.weigh(value)
        if weight > self.max_weight // 8:
            return value
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._weight -= self.weigh(old)
            self._items[key] = value
            self._weight += weight
            while self._weight > self.max_weight:
                _, dropped = self._items.popitem(last=False)
                self._weight -= self.weigh(dropped)
        return value
