"""The sandbox's fault kinds, outside the sandbox package so that `jobruns sandbox --help` lists them without
loading the sandbox (see jobruns.sandbox._faults for how a fault is written and applied)."""

from __future__ import annotations

FAULT_KINDS = {
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
