"""Cancel a long write until its one transaction commits.

An import runs off the GUI thread in one write transaction (all or nothing). While
:func:`refuse_commit` is active, the commit of a transaction on *this* thread is refused once
``cancelled()`` is true: ``error`` is raised before SQLite commits, and the transaction rolls
back as after any other error. Transactions of other threads are not touched.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa


@contextmanager
def refuse_commit(
    engine: sa.Engine, cancelled: Callable[[], bool], error: Callable[[], BaseException]
) -> Iterator[None]:
    thread = threading.get_ident()

    def check(_conn: Any) -> None:
        if threading.get_ident() == thread and cancelled():
            raise error()

    sa.event.listen(engine, "commit", check)
    try:
        yield
    finally:
        sa.event.remove(engine, "commit", check)
