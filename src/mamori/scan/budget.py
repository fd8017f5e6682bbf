"""The time one item of a file may take before it is reported as too costly and the scan moves on.

Two guards share one deadline. The streams of an item (its text units, its rows) check the clock as
they are read: cheap, exact, and the item's reader stays usable, so the file's next items are still read.
An interval timer (SIGALRM, main thread only) catches what no stream step sees: a parser or a single
detector pass that never returns to the loop. When it fires inside a reader, that reader is abandoned and
the file's remaining items with it; what the file's other items yielded is kept either way.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import TypeVar

T = TypeVar("T")
TOO_COSTLY_JA = "処理に時間がかかりすぎるため打ち切りました"

# The clock, here so that a test can make time pass without waiting for it.
_clock = time.monotonic


class ItemOvertime(BaseException):
    """An item ran past its budget. A BaseException: readers turn every `Exception` into an error of
    their own, and this one must reach the loop over the file's items."""


class ItemBudget:
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._deadline = float("inf")
        self._active = False
        self._timer = False

    @contextmanager
    def armed(self) -> Iterator[None]:
        """Installs the timer's handler for one file, where signals can be handled at all."""
        if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
            yield
            return
        # Someone else's timer (a test runner's timeout, an application's own) is set again afterwards,
        # less the time spent here.
        outer, outer_interval = signal.getitimer(signal.ITIMER_REAL)
        began = time.monotonic()
        before = signal.signal(signal.SIGALRM, self._on_alarm)
        self._timer = True
        try:
            yield
        finally:
            self.stop()
            self._timer = False
            signal.signal(signal.SIGALRM, before)
            if outer > 0:
                left = max(outer - (time.monotonic() - began), 0.001)
                signal.setitimer(signal.ITIMER_REAL, left, outer_interval)

    def start(self) -> None:
        """The clock of the next item starts now (reading up to it is part of its cost)."""
        self._deadline = _clock() + self.seconds
        self._active = True
        if self._timer:
            signal.setitimer(signal.ITIMER_REAL, max(self.seconds, 0.001))

    def stop(self) -> None:
        self._active = False  # first: a timer firing from here on raises nothing
        if self._timer:
            signal.setitimer(signal.ITIMER_REAL, 0)

    def check(self) -> None:
        if self._active and _clock() > self._deadline:
            raise ItemOvertime

    def watch(self, stream: Iterator[T]) -> Iterator[T]:
        """`stream`, with the clock checked before each step."""
        for value in stream:
            self.check()
            yield value
        self.check()

    def _on_alarm(self, signum: int, frame: FrameType | None) -> None:
        if self._active:
            self._active = False
            raise ItemOvertime
