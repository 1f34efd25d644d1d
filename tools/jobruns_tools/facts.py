"""The parts of a spec the generator drops, as data the templates read.

openapi-python-client ignores a spec's servers, security schemes and external docs, and reads a parameter from its
schema alone (upstream issue #1411), so a parameter's own description and example are lost. The packages' READMEs,
docstrings and metadata state them all: `spec_facts` collects them, and the pipeline writes them as Jinja `set`
statements into SPEC_FACTS, which templates import.
"""

from __future__ import annotations

import json
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SPEC_FACTS = "spec_facts.jinja"  # what templates import to read the spec parts the generator drops


def _ref(document: dict[str, Any], part: Any) -> Any:
    """A local $ref followed (once), else the part itself."""
    if isinstance(part, dict) and str(part.get("$ref", "")).startswith("#/"):
        target: Any = document
        for step in part["$ref"][2:].split("/"):
            target = target.get(step.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
        return target
    return part


def _parameters(document: dict[str, Any], path: str, method: str) -> dict[str, dict[str, str]]:
    """An operation's parameters by name: their description and example, from the parameter, else its schema."""
    item = document["paths"][path]
    described = {}
    for parameter in [*item.get("parameters", []), *item[method].get("parameters", [])]:
        parameter = _ref(document, parameter)
        schema = _ref(document, parameter.get("schema", {}))
        example = parameter.get("example", schema.get("example"))
        described[str(parameter.get("name", ""))] = {
            "description": _text(parameter) or _text(schema),
            "example": "" if example is None else str(example),
        }
    return described


def _credential(name: str, scheme: dict[str, Any]) -> dict[str, str]:
    """How a security scheme travels: its header and the prefix before the token (no header: not a header)."""
    kind = scheme.get("type", "")
    header, prefix = "", ""
    if kind == "http":
        header, prefix = "Authorization", str(scheme.get("scheme", "bearer")).capitalize()
    elif kind in ("oauth2", "openIdConnect"):
        header, prefix = "Authorization", "Bearer"
    elif kind == "apiKey" and scheme.get("in") == "header":
        header = scheme.get("name", "")
    return {"scheme": name, "type": kind, "header": header, "prefix": prefix, "description": _text(scheme)}


def _text(part: dict[str, Any]) -> str:
    return " ".join(str(part.get("description") or "").split())


def spec_facts(document: dict[str, Any]) -> dict[str, Any]:
    """The parts of a spec the generator ignores that the package's README, docstrings and metadata state: each
    operation's parameters (description, example), servers, credentials (every way, and the one the client's token
    takes), documentation links. Plain data for the templates (see SPEC_FACTS)."""
    servers = []
    for server in document.get("servers", []):
        variables = server.get("variables", {})
        url = server["url"]
        for name, variable in variables.items():
            url = url.replace("{" + name + "}", str(variable.get("default", "")))
        servers.append(
            {
                "url": server["url"],
                "default_url": url,
                "description": _text(server),
                "variables": [
                    {"name": name, "default": str(variable.get("default", "")), "description": _text(variable)}
                    for name, variable in variables.items()
                ],
            }
        )
    operations = [
        operation
        for item in document.get("paths", {}).values()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]
    requirements: list[dict[str, list[str]]] = document.get("security") or next(
        (op["security"] for op in operations if op.get("security")), []
    )
    schemes = document.get("components", {}).get("securitySchemes", {})
    alternatives = [[_credential(name, schemes.get(name, {})) for name in requirement] for requirement in requirements]
    # The client sends one token: in the first way whose header the spec defines whole (an http scheme's), else the
    # first; the other headers of that way (e.g. a workspace) the caller passes as headers.
    chosen = next(
        (a for a in alternatives if any(c["type"] == "http" for c in a)), alternatives[0] if alternatives else []
    )
    token = next((c for c in chosen if c["type"] in ("http", "oauth2", "openIdConnect")), chosen[0] if chosen else None)
    docs = []
    external = document.get("externalDocs")
    if isinstance(external, dict) and external.get("url"):
        docs.append({"url": external["url"], "description": _text(external)})
    for source in document.get("info", {}).get("x-jobruns-sources", []):
        url = str(source.get("url", "")).split(" ", 1)[0]
        if url.startswith("https://") and url not in [d["url"] for d in docs]:
            docs.append({"url": url, "description": "a page this spec was taken from"})
    return {
        # "GET /jobs/{jobId}": {"parameters": {"jobId": {"description": ..., "example": ...}}, "experimental": ""}
        "operations": {
            f"{method.upper()} {path}": {
                "parameters": _parameters(document, path, method),
                # why an operation is experimental (x-jobruns-experimental: not in the provider's published spec)
                "experimental": str(operation.get("x-jobruns-experimental") or ""),
            }
            for path, item in document.get("paths", {}).items()
            for method, operation in item.items()
            if method in HTTP_METHODS
        },
        "servers": servers,
        "security": alternatives,
        "token": token or {},
        "other_headers": [c for c in chosen if c is not token and c["header"]],
        "docs": docs,
    }


def jinja_literal(value: object) -> str:
    """A Jinja expression for plain data; strings escaped so that no brace or percent sign can end a tag."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{jinja_literal(k)}: {jinja_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(jinja_literal(v) for v in value) + "]"
    if isinstance(value, str):
        escaped = json.dumps(value)  # ASCII only: \uXXXX escapes, which Jinja string literals read back
        return escaped.replace("{", "\\u007b").replace("}", "\\u007d").replace("%", "\\u0025")
    raise TypeError(f"no Jinja literal for {value!r}")


