"""Fault injection: what a real network and a real provider sometimes do, on purpose and reproducibly.

A fault is ``KIND[=VALUE][:PROVIDER][@RATE][xTIMES]``, several separated by commas, e.g.
``latency=0.02,429=1:intuned@0.2,reset@0.05x3``. RATE is the chance per request (default 1), decided by a
random generator seeded with the sandbox's seed; TIMES caps how often it fires.
"""

from __future__ import annotations

import random
import re
from typing import Any

from attrs import define, field

KINDS = {
    "latency": "wait VALUE seconds (default 0.02) before answering normally",
    "429": "answer 429 in the provider's error shape with Retry-After: VALUE (default 1)",
    "500": "answer 500 in the provider's error shape",
    "502": "answer 502 in the provider's error shape",
    "503": "answer 503 in the provider's error shape",
    "504": "answer 504 in the provider's error shape",
    "reset": "send the headers and half the body, then reset the connection (for a write: after it took effect)",
    "5xx-after": "answer VALUE (default 500) in the provider's error shape after the operation took effect (a "
    "triggered run exists, a cancel was made)",
    "truncate": "answer 200 with the JSON body cut in half",
    "html200": "answer 200 with an HTML page",
    "html502": "answer 502 with an HTML page (a proxy's error page)",
    "unknown-enum": "replace every status value in the body with one the spec does not list",
    "extra-fields": "add fields the spec does not list to every object in the body",
    "redirect": "answer 307 to the same path on another origin (http://localhost:PORT)",
    "redirect-same": "answer VALUE (default 307) to the same origin, path and query, with hop=1 added to the query "
    "(a request that carries it is served)",
    "redirect-after": "answer VALUE (default 303) to the same origin, path and query, with hop=1 added, after the "
    "operation took effect",
    "empty-after": "answer 200 with an empty body after the operation took effect",
    "null-after": "answer 200 with the body null after the operation took effect",
    "html-after": "answer 200 with an HTML page after the operation took effect",
    "204-after": "answer 204 (no body) after the operation took effect",
    "offspec-after": "answer 200 with a JSON object the spec does not describe after the operation took effect",
}
HOP = "hop"  # the query parameter the redirect faults add: a request that carries it is not redirected again
_PATTERN = re.compile(
    r"^(?P<kind>[a-z0-9-]+?)(?:=(?P<value>[0-9.]+))?(?::(?P<provider>[a-z]+))?"
    r"(?:@(?P<rate>[0-9.]+))?(?:x(?P<times>[0-9]+))?$"
)
HTML_PAGE = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"


class FaultSpecError(ValueError):
    """A --faults specification that cannot be read; the message says which part and why."""


@define
class Fault:
    kind: str
    value: float | None = None
    provider: str | None = None  # None: every provider
    rate: float = 1.0
    times: int | None = None
    fired: int = field(default=0, init=False)

    def __attrs_post_init__(self) -> None:
        if self.kind not in KINDS:
            raise FaultSpecError(f"unknown fault {self.kind!r}; known: {', '.join(KINDS)}")
        if not 0 <= self.rate <= 1:
            raise FaultSpecError(f"fault {self.kind}: rate must be between 0 and 1, got {self.rate}")

    def applies(self, provider: str, rng: random.Random) -> bool:
        if self.provider not in (None, provider) or (self.times is not None and self.fired >= self.times):
            return False
        if self.rate < 1 and rng.random() >= self.rate:
            return False
        self.fired += 1
        return True


def parse_faults(spec: str, providers: list[str]) -> list[Fault]:
    faults = []
    for part in filter(None, (p.strip() for p in spec.split(","))):
        found = _PATTERN.match(part)
        if not found:
            raise FaultSpecError(f"cannot read fault {part!r}: expected KIND[=VALUE][:PROVIDER][@RATE][xTIMES]")
        provider = found["provider"]
        if provider is not None and provider not in providers:
            raise FaultSpecError(f"fault {part!r}: unknown provider {provider!r}; known: {', '.join(providers)}")
        faults.append(
            Fault(
                kind=found["kind"],
                value=float(found["value"]) if found["value"] else None,
                provider=provider,
                rate=float(found["rate"]) if found["rate"] else 1.0,
                times=int(found["times"]) if found["times"] else None,
            )
        )
    return faults


def unknown_enums(body: Any, counter: list[int] | None = None) -> Any:
    """Every "status" string replaced by a distinct value no spec lists."""
    counter = [0] if counter is None else counter
    if isinstance(body, dict):
        changed = {}
        for key, value in body.items():
            if key == "status" and isinstance(value, str):
                counter[0] += 1
                changed[key] = f"NEW_STATE_{counter[0]}"
            else:
                changed[key] = unknown_enums(value, counter)
        return changed
    if isinstance(body, list):
        return [unknown_enums(item, counter) for item in body]
    return body


def extra_fields(body: Any) -> Any:
    if isinstance(body, dict):
        return {**{k: extra_fields(v) for k, v in body.items()}, "x_sandbox_extra": {"added": True, "n": [1, 2]}}
    if isinstance(body, list):
        return [extra_fields(item) for item in body]
    return body
