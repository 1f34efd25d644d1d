"""A structural, client-side diff of two OpenAPI documents: what changed for the operations a client uses,
and whether it breaks code generated from the old one.

    python -m jobruns_tools.specdiff OLD NEW [--operation "GET /path"]... [--json]

Exit status: 0 no breaking change, 1 at least one breaking change, 2 a usage or reading error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from attrs import asdict, frozen

BREAKING, COMPATIBLE = "breaking", "compatible"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@frozen
class Change:
    kind: str  # breaking or compatible
    operation: str  # "GET /path"
    pointer: str  # JSON pointer: into the new document, through references as if they were inlined
    reason: str


def load(path: str | Path) -> dict[str, Any]:
    import yaml

    text = Path(path).read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = json.loads(text) if str(path).endswith(".json") else yaml.load(text, Loader=loader)  # noqa: S506
    if not isinstance(document, dict) or "paths" not in document:
        raise ValueError(f"{path} is not an OpenAPI document (no paths)")
    return document


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def unescape(part: str) -> str:
    """One JSON pointer token as the key it names."""
    return part.replace("~1", "/").replace("~0", "~")


def operations(document: Mapping[str, Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    """{"GET /path": (pointer, operation)}"""
    found = {}
    for path, item in (document.get("paths") or {}).items():
        for method in METHODS:
            if isinstance(item, dict) and method in item:
                found[f"{method.upper()} {path}"] = (f"/paths/{_escape(path)}/{method}", item[method])
    return found


class _Differ:
    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        self.operation = ""

    def add(self, kind: str, pointer: str, reason: str) -> None:
        self.changes.append(Change(kind, self.operation, pointer, reason))

    @staticmethod
    def resolve(document: Mapping[str, Any], node: Any) -> Any:
        seen = set()
        while isinstance(node, dict) and "$ref" in node and node["$ref"].startswith("#/"):
            reference = node["$ref"]
            if reference in seen:
                break
            seen.add(reference)
            target: Any = document
            for part in reference[2:].split("/"):
                target = target[unescape(part)]
            node = target
        return node

    # --- operations ---------------------------------------------------------------------------------

    def operation_pair(self, pointer: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.parameters(pointer, old.get("parameters") or [], new.get("parameters") or [])
        old_responses, new_responses = old.get("responses") or {}, new.get("responses") or {}
        for status in sorted(set(old_responses) | set(new_responses)):
            if not str(status).startswith("2"):
                continue
            where = f"{pointer}/responses/{status}"
            if status not in new_responses:
                self.add(BREAKING, where, f"success response {status} removed")
                continue
            if status not in old_responses:
                self.add(COMPATIBLE, where, f"success response {status} added")
                continue
            old_schema = self._json_schema(self.old, old_responses[status])
            new_schema = self._json_schema(self.new, new_responses[status])
            if old_schema is not None or new_schema is not None:
                self.schema(f"{where}/content/application~1json/schema", old_schema or {}, new_schema or {}, set())
        self.security(pointer, old, new)

    def _json_schema(self, document: Mapping[str, Any], response: Any) -> Any:
        response = self.resolve(document, response)
        content = (response or {}).get("content") or {}
        media = content.get("application/json") or next(iter(content.values()), None)
        return None if media is None else media.get("schema")

    def parameters(self, pointer: str, old: list[Any], new: list[Any]) -> None:
        def index(document: Mapping[str, Any], items: list[Any]) -> dict[str, dict[str, Any]]:
            resolved = [self.resolve(document, p) for p in items]
            return {p["name"]: p for p in resolved if isinstance(p, dict) and "name" in p}

        before, after = index(self.old, old), index(self.new, new)
        for name in sorted(set(before) | set(after)):
            where = f"{pointer}/parameters/{_escape(name)}"
            if name not in after:
                self.add(BREAKING, where, f"{before[name].get('in')} parameter {name} removed")
            elif name not in before:
                required = after[name].get("required", False)
                kind = BREAKING if required else COMPATIBLE
                self.add(
                    kind,
                    where,
                    f"{'required' if required else 'optional'} {after[name].get('in')} parameter {name} added",
                )
            else:
                was, now = before[name], after[name]
                if was.get("in") != now.get("in"):
                    self.add(BREAKING, where, f"parameter {name} moved from {was.get('in')} to {now.get('in')}")
                if not was.get("required", False) and now.get("required", False):
                    self.add(BREAKING, where, f"parameter {name} became required")
                elif was.get("required", False) and not now.get("required", False):
                    self.add(COMPATIBLE, where, f"parameter {name} became optional")
                old_types, _ = self.types(self.old, was.get("schema") or {})
                new_types, _ = self.types(self.new, now.get("schema") or {})
                if old_types != new_types:
                    self.add(
                        BREAKING, where, f"parameter {name} type changed from {_show(old_types)} to {_show(new_types)}"
                    )

    def security(self, pointer: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        def schemes(document: Mapping[str, Any], operation: dict[str, Any]) -> set[frozenset[str]]:
            requirements = operation.get("security", document.get("security")) or []
            defined = (document.get("components") or {}).get("securitySchemes") or {}
            out = set()
            for requirement in requirements:
                described = []
                for name in requirement:
                    scheme = defined.get(name, {})
                    parts = (scheme.get("type"), scheme.get("scheme"), scheme.get("in"), scheme.get("name"))
                    described.append(":".join(str(p) for p in parts if p))
                out.add(frozenset(described))
            return out

        before, after = schemes(self.old, old), schemes(self.new, new)
        if before != after:
            self.add(BREAKING, f"{pointer}/security", f"authentication changed from {_auth(before)} to {_auth(after)}")

    # --- schemas ------------------------------------------------------------------------------------

    def types(self, document: Mapping[str, Any], schema: Any) -> tuple[frozenset[str], bool]:
        """The JSON types a schema admits (branches of oneOf/anyOf/allOf included) and whether null is one."""
        schema = self.resolve(document, schema)
        if not isinstance(schema, dict):
            return frozenset(), False
        found: set[str] = set()
        nullable = bool(schema.get("nullable"))
        declared = schema.get("type")
        for kind in declared if isinstance(declared, list) else [declared] if declared else []:
            if kind == "null":
                nullable = True
            else:
                found.add(kind)
        for combinator in ("oneOf", "anyOf", "allOf"):
            for branch in schema.get(combinator) or []:
                kinds, branch_null = self.types(document, branch)
                found |= kinds
                nullable = nullable or branch_null
        if not found and ("properties" in schema or "additionalProperties" in schema):
            found.add("object")
        if not found and "items" in schema:
            found.add("array")
        if not found and "enum" in schema:
            found |= {
                type(v).__name__.replace("str", "string").replace("int", "integer")
                for v in schema["enum"]
                if v is not None
            }
        return frozenset(found), nullable

    def merged(self, document: Mapping[str, Any], schema: Any) -> dict[str, Any]:
        """An object schema with allOf parts (and a lone oneOf/anyOf object branch) merged in."""
        schema = self.resolve(document, schema)
        if not isinstance(schema, dict):
            return {}
        properties = dict(schema.get("properties") or {})
        required = set(schema.get("required") or [])
        parts = list(schema.get("allOf") or [])
        for combinator in ("oneOf", "anyOf"):
            objects = [b for b in schema.get(combinator) or [] if "object" in self.types(document, b)[0]]
            if len(objects) == 1:
                parts.append(objects[0])
        for part in parts:
            inner = self.merged(document, part)
            properties.update(inner.get("properties") or {})
            required |= set(inner.get("required") or [])
        return {"properties": properties, "required": required}

    def items(self, document: Mapping[str, Any], schema: Any) -> Any:
        schema = self.resolve(document, schema)
        if isinstance(schema, dict) and "items" in schema:
            return schema["items"]
        for combinator in ("oneOf", "anyOf", "allOf"):
            arrays = [b for b in (schema or {}).get(combinator) or [] if "array" in self.types(document, b)[0]]
            if len(arrays) == 1:
                return self.items(document, arrays[0])
        return None

    def schema(self, pointer: str, old: Any, new: Any, seen: set[tuple[int, int]]) -> None:
        old, new = self.resolve(self.old, old), self.resolve(self.new, new)
        if (id(old), id(new)) in seen:
            return
        seen = seen | {(id(old), id(new))}
        old_types, old_null = self.types(self.old, old)
        new_types, new_null = self.types(self.new, new)
        if old_types and new_types and old_types != new_types:
            if {"array", "object"} & (old_types ^ new_types):
                self.add(BREAKING, pointer, f"shape changed from {_show(old_types)} to {_show(new_types)}")
            else:
                self.add(BREAKING, pointer, f"type changed from {_show(old_types)} to {_show(new_types)}")
            return
        if new_null and not old_null:
            self.add(BREAKING, pointer, "may now be null")
        elif old_null and not new_null:
            self.add(COMPATIBLE, pointer, "can no longer be null")
        old_enum = set(map(str, (old or {}).get("enum") or [])) if isinstance(old, dict) else set()
        new_enum = set(map(str, (new or {}).get("enum") or [])) if isinstance(new, dict) else set()
        if old_enum and new_enum:
            if new_enum - old_enum:
                self.add(COMPATIBLE, pointer, f"enum values added: {', '.join(sorted(new_enum - old_enum))}")
            if old_enum - new_enum:
                self.add(BREAKING, pointer, f"enum values removed: {', '.join(sorted(old_enum - new_enum))}")
        if "object" in old_types | new_types or not (old_types | new_types):
            self.properties(pointer, self.merged(self.old, old), self.merged(self.new, new), seen)
        if "array" in old_types | new_types:
            old_items, new_items = self.items(self.old, old), self.items(self.new, new)
            if old_items is not None and new_items is not None:
                self.schema(f"{pointer}/items", old_items, new_items, seen)

    def properties(self, pointer: str, old: dict[str, Any], new: dict[str, Any], seen: set[tuple[int, int]]) -> None:
        before, after = old.get("properties") or {}, new.get("properties") or {}
        for name in sorted(set(before) | set(after)):
            where = f"{pointer}/properties/{_escape(name)}"
            if name not in after:
                self.add(BREAKING, where, f"field {name} removed")
            elif name not in before:
                self.add(COMPATIBLE, where, f"field {name} added")
            else:
                was_required, is_required = name in old.get("required", ()), name in new.get("required", ())
                if was_required and not is_required:
                    self.add(BREAKING, where, f"field {name} no longer required (may be absent)")
                elif is_required and not was_required:
                    self.add(COMPATIBLE, where, f"field {name} now required")
                self.schema(where, before[name], after[name], seen)


def _auth(requirements: set[frozenset[str]]) -> str:
    return " or ".join(sorted("+".join(sorted(r)) or "none" for r in requirements)) or "none"


def _show(types: Iterable[str]) -> str:
    return "|".join(sorted(types)) or "any"


def diff(old: Mapping[str, Any], new: Mapping[str, Any], only: Iterable[str] | None = None) -> list[Change]:
    """Every change between two documents for the operations in ``only`` (default: all of either)."""
    differ = _Differ(old, new)
    before, after = operations(old), operations(new)
    tracked = sorted(set(only) if only is not None else set(before) | set(after))
    for name in tracked:
        differ.operation = name
        if name not in after and name not in before:
            continue
        if name not in after:
            differ.add(BREAKING, before[name][0], "operation removed")
        elif name not in before:
            differ.add(COMPATIBLE, after[name][0], "operation added")
        else:
            differ.operation_pair(after[name][0], before[name][1], after[name][1])
    return differ.changes


def table(changes: Sequence[Change]) -> Iterator[str]:
    if not changes:
        yield "no changes"
        return
    width = max(len(c.operation) for c in changes)
    for change in sorted(changes, key=lambda c: (c.kind != BREAKING, c.operation, c.pointer)):
        yield f"{change.kind:<10}  {change.operation:<{width}}  {change.reason}  [{change.pointer}]"
    breaking = sum(c.kind == BREAKING for c in changes)
    yield f"{breaking} breaking, {len(changes) - breaking} compatible"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="spec_diff", description=__doc__.split("\n\n")[0])
    parser.add_argument("old", help="the old spec (YAML or JSON)")
    parser.add_argument("new", help="the new spec")
    parser.add_argument("--operation", action="append", metavar="'METHOD /path'", help="compare only these")
    parser.add_argument("--json", action="store_true", help="one JSON object per change")
    args = parser.parse_args(argv)
    try:
        old, new = load(args.old), load(args.new)
    except (OSError, ValueError) as exc:
        print(f"spec_diff: error: {exc}", file=sys.stderr)
        return 2
    changes = diff(old, new, args.operation)
    for line in (json.dumps(asdict(c)) for c in changes) if args.json else table(changes):
        print(line)
    return 1 if any(c.kind == BREAKING for c in changes) else 0


if __name__ == "__main__":
    sys.exit(main())
