"""Vector tiles kept in memory, keyed by what makes them: the collection, the tile, the ports
the caller may read (two users of the same ports share tiles, a user of other ports never
sees them) and the version of the tiled data (``tile_version``, bumped by every transaction
that writes a tiled table; see migration 0011). A change makes every older tile unreachable
at once; the least recently used tiles leave when the cache is full."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass

from kernel.auth.service import Principal
from kernel.data_version import data_version

__all__ = ["CachedTile", "TileCache", "data_version", "etag_of", "scope_of"]

Scope = tuple[str, ...] | None  # None: every port


@dataclass(frozen=True)
class CachedTile:
    data: bytes  # b"" for an empty tile
    etag: str


def scope_of(who: Principal) -> Scope:
    return None if who.all_ports else tuple(sorted(str(p) for p in who.port_ids))


def etag_of(data: bytes) -> str:
    return '"' + hashlib.sha1(data, usedforsecurity=False).hexdigest() + '"'


class TileCache:
    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._tiles: OrderedDict[tuple[object, ...], CachedTile] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: tuple[object, ...]) -> CachedTile | None:
        with self._lock:
            found = self._tiles.get(key)
            if found is None:
                self.misses += 1
                return None
            self._tiles.move_to_end(key)
            self.hits += 1
            return found

    def put(self, key: tuple[object, ...], data: bytes) -> CachedTile:
        tile = CachedTile(data, etag_of(data))
        if len(data) > self.max_bytes // 8:
            return tile  # a huge tile would push out many small ones
        with self._lock:
            old = self._tiles.pop(key, None)
            if old is not None:
                self._bytes -= len(old.data)
            self._tiles[key] = tile
            self._bytes += len(data)
            while self._bytes > self.max_bytes:
                _, dropped = self._tiles.popitem(last=False)
                self._bytes -= len(dropped.data)
        return tile
