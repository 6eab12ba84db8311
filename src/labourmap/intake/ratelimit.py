"""A rate limit for the public form that stores no address.

A sender is known only by a keyed hash of their address, with a key made at start-up and
kept in memory: the hashes cannot be turned back into addresses, do not survive a restart,
and are forgotten an hour after the sender's last report.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from labourmap.errors import LabourmapError

WINDOW = 3600.0


class RateLimited(LabourmapError):
    code = "rate_limited"
    http_status = 429


@dataclass
class RateLimiter:
    """At most ``limit`` reports per sender per hour (``clock`` is injectable for tests)."""

    limit: int
    clock: Callable[[], float] = time.monotonic
    _key: bytes = field(default_factory=lambda: secrets.token_bytes(32), repr=False)
    _seen: dict[bytes, deque[float]] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def _sender(self, address: str) -> bytes:
        return hmac.new(self._key, address.encode(), hashlib.sha256).digest()[:16]

    def check(self, address: str) -> None:
        """Count one report from ``address``; :class:`RateLimited` past the limit."""
        now = self.clock()
        sender = self._sender(address)
        with self._lock:
            for key in [k for k, q in self._seen.items() if q and q[-1] <= now - WINDOW]:
                del self._seen[key]
            times = self._seen.setdefault(sender, deque())
            while times and times[0] <= now - WINDOW:
                times.popleft()
            if len(times) >= self.limit:
                raise RateLimited("too many reports from here: please try again in an hour · "
                                  "提交过于频繁，请一小时后再试")
            times.append(now)

    def __contains__(self, address: str) -> bool:
        return self._sender(address) in self._seen
