"""Ids for bulk-imported rows that grow in creation order.

A random UUID (version 4) lands anywhere in a primary-key B-tree: a million of them touch
pages all over the index, which stops fitting in the database's cache and is written back
again and again. These ids have the UUID version 7 layout (RFC 9562): 48 bits of Unix
milliseconds, then a counter, then a random part that keeps two importers apart. They are
ordinary 36-character UUIDs for everything else."""

from __future__ import annotations

import secrets
import time
import uuid

_COUNTER_BITS = 52  # 12 bits in rand_a, 40 in the low end of rand_b
_RANDOM_BITS = 22


_LOW_BITS = 40  # the counter's bits in the last group of the text form


class OrderedIds:
    def __init__(self) -> None:
        self._millis = time.time_ns() // 1_000_000
        self._random = secrets.randbits(_RANDOM_BITS)
        self._counter = 0
        # while the counter fits in its low 40 bits only the last 12 hex digits change:
        # the text is a constant prefix and one formatted number (a third of uuid.UUID's cost)
        self._prefix = self._text(0)[:24]
        self._tail = (self._random & 0xFF) << _LOW_BITS

    def __call__(self) -> str:
        counter = self._counter
        self._counter += 1
        if counter < 1 << _LOW_BITS:
            return self._prefix + format(self._tail | counter, "012x")
        if counter >= 1 << _COUNTER_BITS:  # pragma: no cover - 4.5e15 ids
            raise OverflowError("too many ids from one generator")
        return self._text(counter)  # pragma: no cover - a trillion ids

    def _text(self, counter: int) -> str:
        value = (
            (self._millis & ((1 << 48) - 1)) << 80
            | 0x7 << 76
            | (counter >> 40) << 64
            | 0b10 << 62
            | self._random << 40
            | (counter & ((1 << 40) - 1))
        )
        return str(uuid.UUID(int=value))
