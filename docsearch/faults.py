"""Named fault points for the reliability tests: kill the process, or fail a write, at a chosen step.

The index and the build pipeline call :func:`fault_point` at the steps where an interruption
could matter (a file read, a batch embedded, a vector file written, a transaction committed). It
does nothing unless the environment variable ``DOCSEARCH_FAULT`` names that point when the
module is first imported::

    DOCSEARCH_FAULT="write:vectors-saved"        # SIGKILL at the first time that point is reached
    DOCSEARCH_FAULT="read:file@2"                # ... at the second file read
    DOCSEARCH_FAULT="write:vectors-temp=enospc"  # raise OSError(ENOSPC) there instead of dying

Several specs may be given separated by commas. Actions: ``kill`` (the default, SIGKILL, so no
cleanup code runs), ``enospc`` (disk full) and ``eio`` (I/O error). In-process tests use
:func:`injected`. :data:`POINTS` lists every point and what has happened when it fires.
"""

from __future__ import annotations

import errno
import os
import signal
from collections.abc import Iterator
from contextlib import contextmanager

FAULT_ENV = "DOCSEARCH_FAULT"

# Every fault point, in the order a plain `docsearch index` run meets them.
POINTS: dict[str, str] = {
    "scan:listed": "files listed and hashed; nothing read or written yet",
    "write:begin": "a write transaction is open; nothing written in it yet",
    "write:removed": "documents gone from disk deleted inside the open transaction",
    "read:file": "about to read a file (occurrence n = the nth file of the batch)",
    "read:done": "every file of the batch read",
    "entities:paragraph": "an entity-tagged paragraph produced (occurrence n = the nth)",
    "entities:done": "entities tagged for the whole batch",
    "embed:batch": "about to embed a group of chunks",
    "embed:done": "every chunk of the batch embedded",
    "write:document": "a document's rows inserted inside the open transaction",
    "write:vectors-temp": "the new vector file written beside its final name, not yet renamed",
    "write:vectors-saved": "the new vector file renamed into place; the transaction not committed",
    "write:before-commit": "the generation bumped inside the open transaction",
    "write:committed": "the transaction committed; old vector files not yet removed",
    "rebuild:staged": "a rebuild's fresh index complete beside the old one, not swapped in",
    "swap:locked": "the writer lock taken for the swap",
    "swap:exchanged": "the fresh index swapped in; the old one not yet deleted",
}

_ERRORS = {"enospc": errno.ENOSPC, "eio": errno.EIO}


def _parse(spec: str) -> dict[str, tuple[int, str]]:
    """'point[@n][=action],...' -> {point: (occurrence, action)}."""
    armed: dict[str, tuple[int, str]] = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        where, _, action = part.partition("=")
        name, _, occurrence = where.partition("@")
        action = action or "kill"
        if action != "kill" and action not in _ERRORS:
            raise ValueError(f"{FAULT_ENV}: unknown action {action!r} in {part!r} (kill, enospc or eio)")
        armed[name] = (int(occurrence or 1), action)
    return armed


_armed = _parse(os.environ.get(FAULT_ENV, ""))
_reached: dict[str, int] = {}


def fault_point(name: str) -> None:
    """Kill the process or raise OSError here when DOCSEARCH_FAULT names this point; else nothing."""
    if not _armed or name not in _armed:
        return
    _reached[name] = _reached.get(name, 0) + 1
    occurrence, action = _armed[name]
    if _reached[name] != occurrence:
        return
    if action == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    code = _ERRORS[action]
    raise OSError(code, f"{os.strerror(code)} (injected at {name})")


@contextmanager
def injected(spec: str) -> Iterator[None]:
    """Arm fault points in this process for the duration of a `with` block (for tests)."""
    global _armed
    saved = _armed
    _armed = _parse(spec)
    _reached.clear()
    try:
        yield
    finally:
        _armed = saved
        _reached.clear()
