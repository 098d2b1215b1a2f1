"""Vector tiles kept in memory, keyed by what makes them: the collection, the tile, the ports
the caller may read (two users of the same ports share tiles, a user of other ports never
sees them) and the version of the tiled data (``tile_version``, bumped by every transaction
that writes a tiled table; see migration 0011). A change makes every older tile unreachable
at once; the least recently used tiles leave when the cache is full."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from kernel.auth.service import Principal
from kernel.lru import Lru

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
        self._tiles: Lru[CachedTile] = Lru(max_bytes, lambda tile: len(tile.data))

    def get(self, key: tuple[object, ...]) -> CachedTile | None:
        return self._tiles.get(key)

    def put(self, key: tuple[object, ...], data: bytes) -> CachedTile:
        return self._tiles.put(key, CachedTile(data, etag_of(data)))
