"""A keyed pseudo-random stream: every choice a pseudonym makes is derived from HMAC-SHA256 of the value.

The same value under the same installation key always yields the same choices, so substitutes are
consistent across files and runs without storing any mapping; without the key nothing links them back.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from typing import TypeVar

from mamori.privacy.keys import canonical

T = TypeVar("T")
_DRAW = 8


class Prf:
    def __init__(self, key: bytes, domain: str, value: str) -> None:
        message = f"{domain}\x00{canonical(value)}".encode("utf-8", "surrogatepass")
        self._seed = hmac.new(key, message, hashlib.sha256).digest()
        self._buffer = b""
        self._counter = 0

    def below(self, n: int) -> int:
        """An integer in [0, n); 64-bit draws make the modulo bias negligible for our small n."""
        if len(self._buffer) < _DRAW:
            block = hmac.new(self._seed, self._counter.to_bytes(4, "big"), hashlib.sha256).digest()
            self._buffer += block
            self._counter += 1
        draw, self._buffer = self._buffer[:_DRAW], self._buffer[_DRAW:]
        return int.from_bytes(draw, "big") % n

    def choice(self, items: Sequence[T]) -> T:
        return items[self.below(len(items))]

    def digit(self) -> str:
        return str(self.below(10))
