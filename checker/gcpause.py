"""Building many small objects at once (loading sheets, building an engine) with the
cycle collector paused: it would otherwise walk the growing heap again and again, and
the build makes no garbage worth collecting."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The collector off inside the block, and back as it was after."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
