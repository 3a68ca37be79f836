"""Who owns an ingest run, and whether its process is gone (so a killed run can be marked interrupted).

A run records its host, process id and that process's start time. A run left ``running`` is judged
gone only when it was started on this host and no process with that pid and start time is alive
(a pid reused by another program has another start time). Runs of other hosts (a shared PostgreSQL
database) are never judged: their processes cannot be seen from here.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass

import psutil

#: Start times read twice can differ by rounding; a reused pid starts much later than this.
START_TIME_TOLERANCE_S = 1.0


@dataclass(frozen=True, slots=True)
class RunOwner:
    host: str
    pid: int
    started: float  # the process's start time, seconds since the epoch

    @classmethod
    def current(cls) -> RunOwner:
        return cls(socket.gethostname(), os.getpid(), psutil.Process().create_time())


def process_is_gone(host: str | None, pid: int | None, started: float | None, *, here: RunOwner) -> bool:
    """Whether the process that owned a ``running`` run has certainly ended."""
    if host is None or pid is None or started is None:
        return True  # recorded before runs had owners (schema 3 and older): no process can still own it
    if host != here.host:
        return False
    try:
        process = psutil.Process(pid)
        if process.status() == psutil.STATUS_ZOMBIE:  # killed, not yet reaped by its parent
            return True
        return abs(process.create_time() - started) > START_TIME_TOLERANCE_S
    except psutil.NoSuchProcess:
        return True
    except psutil.AccessDenied:  # another user's live process
        return False
