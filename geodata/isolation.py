"""Reading a user's file in a child process with a time and a memory limit.

GDAL, ifcopenshell and the XML readers are native code: a crafted file can make them loop,
allocate gigabytes (a 300 kB deflated TIFF declaring 20,000 × 20,000 pixels) or crash. A
reader run through :func:`isolated` does its work in a fresh process forked from a
pre-loaded *fork server*, so the server process never runs it: past ``seconds`` the child is
killed, past ``memory_mb`` its allocations fail, and a crash costs only the child. The
result (a GeoDataFrame, rows, a dict) comes back pickled; a :class:`ReadError` raised by the
reader comes back as itself.

>>> frame = isolated(read_vector, path, name="quays.geojson")
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import signal
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from geodata.errors import ReadError

T = TypeVar("T")
IN_CHILD = "PORTTWIN_ISOLATED_READER"
PRELOAD = ["geodata.readers", "geodata.osm", "geodata.citygml", "geodata.raster", "openpyxl"]
DEFAULT_SECONDS = float(os.environ.get("PORTTWIN_READ_TIMEOUT_S", "120"))
DEFAULT_MEMORY_MB = int(os.environ.get("PORTTWIN_READ_MEMORY_MB", "3072"))

_context: Any = None


def _ctx() -> Any:
    global _context
    if _context is None:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        _context = ctx
    return _context


def _address_space() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def _child(
    conn: Connection,
    fn: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    seconds: float,
    memory_mb: int,
) -> None:
    os.environ[IN_CHILD] = "1"
    os.environ["MALLOC_ARENA_MAX"] = "2"
    limit = _address_space() + (memory_mb << 20)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    cpu = int(seconds) + 5
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
    try:
        result: tuple[str, Any] = ("ok", fn(*args, **kwargs))
    except ReadError as exc:
        result = ("refused", exc)
    except MemoryError:
        result = ("memory", None)
    except BaseException as exc:  # a library failure on this file: report it, not the trace
        result = ("failed", f"{type(exc).__name__}: {exc}")
    try:
        conn.send(result)
    except Exception as exc:  # the result itself would not pickle
        conn.send(("failed", f"the result could not be returned ({exc})"))
    conn.close()


def isolated(
    fn: Callable[..., T],
    *args: Any,
    name: str,
    seconds: float | None = None,
    memory_mb: int | None = None,
    **kwargs: Any,
) -> T:
    """``fn(*args, **kwargs)`` in a child process; ReadError naming ``name`` when it takes more
    than ``seconds``, needs more than ``memory_mb`` or fails. Called inside a child (a reader
    that reads another file), it simply calls ``fn``."""
    if os.environ.get(IN_CHILD) == "1":
        return fn(*args, **kwargs)
    seconds = DEFAULT_SECONDS if seconds is None else seconds
    memory_mb = DEFAULT_MEMORY_MB if memory_mb is None else memory_mb
    ctx = _ctx()
    receiver, sender = ctx.Pipe(duplex=False)
    proc = ctx.Process(
        target=_child, args=(sender, fn, args, kwargs, seconds, memory_mb), daemon=True
    )
    proc.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            raise ReadError(
                name,
                f"reading the file took longer than {seconds:g} s and was stopped; "
                "split it or simplify its geometry",
            )
        status, payload = receiver.recv()
    except EOFError:
        proc.join(5)
        code = proc.exitcode
        why = (
            f"signal {signal.Signals(-code).name}"
            if code is not None and code < 0
            else f"exit {code}"
        )
        raise ReadError(
            name, f"the reader stopped on this file ({why}); the file is damaged or too large"
        ) from None
    finally:
        receiver.close()
        if proc.is_alive():
            proc.kill()
        proc.join(5)
    if status == "ok":
        return payload
    if status == "refused":
        raise payload
    if status == "memory":
        raise ReadError(name, f"reading the file needs more than {memory_mb} MB of memory")
    raise ReadError(name, f"the file could not be read ({payload})")
