"""Memory handed back to the system after a large answer (an export built in memory).

CPython frees an export's objects when it is sent, but glibc keeps the freed heap for later
allocations, so the process stayed at its peak (5.4 GB after two Turtle exports). After each
export the garbage is collected and ``malloc_trim`` returns the free pages; where the C library
has no ``malloc_trim`` (musl, macOS) only the collection runs.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging

log = logging.getLogger(__name__)


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


_LIBC = _libc()


def release_memory() -> bool:
    """Collect garbage and return free heap pages to the system; whether pages could be returned."""
    gc.collect()
    if _LIBC is None:
        return False
    _LIBC.malloc_trim(0)
    return True
