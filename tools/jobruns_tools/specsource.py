"""What a vendored spec is made of, and how to refresh it without losing what we wrote.

specs/<provider>.yaml is always ``overlay applied to upstream``, where, in specs/sources/:

- ``<provider>.yaml``           the source record: upstream location(s), their format, the operations taken from each;
- ``<provider>.upstream.yaml``  those operations and every component they reference, as last taken from upstream;
- ``<provider>.overlay.yaml``   our part: a JSON Patch (RFC 6902) turning the upstream part into the spec, with a
  ``test`` before every ``replace``/``remove`` so that an upstream change under our edit stops the refresh
  instead of being hidden;
- ``<provider>.released.yaml``  the spec the provider package was last released from (versioned, in its CHANGELOG).

``update`` refreshes the upstream part (or, with ``rebase``, re-derives the overlay from a hand-edited spec),
validates, writes everything in a stable key order, bumps the package version by what the change does to users
and writes the CHANGELOG entry. Nothing is written unless every step succeeded. Driven by
``nox -s update_spec -- PROVIDER [SOURCE...] [--rebase]``.

The module is one refresh, laid out in the order it runs: YAML in a stable order, the source record and what is
taken from upstream (fetch, extract, merge), the overlay (make, rebase, apply), versions and the CHANGELOG, then the
update that strings them together. Each part serves only that update (and the tests of its steps), so it is kept
whole rather than split into modules a reader would have to hop between.
"""

from __future__ import annotations

import copy
import datetime
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from attrs import field, frozen

from .specdiff import BREAKING, Change, diff, table, unescape

FORMATS = {
    "openapi": "an OpenAPI document (YAML or JSON)",
    "markdown": "an API reference page: the OpenAPI YAML block between ```yaml fences",
}
COMPONENT_REF = re.compile(r"^#/components/([^/]+)/([^/]+)$")
FENCE = re.compile(r"^(?P<fence>`{3,})yaml[^\n]*\n(?P<body>.*?)^(?P=fence)[ \t]*$", re.MULTILINE | re.DOTALL)


class SpecSourceError(Exception):
    """A refresh that cannot go on; the message names the file or address, what is wrong, and the fix."""


# --- YAML in, YAML out ------------------------------------------------------------------------------


def _loader() -> Any:
    import yaml

    class Loader(yaml.SafeLoader):
        """Safe YAML, but dates stay strings: an OpenAPI document is JSON, which has no dates."""

    Loader.yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return Loader


def load_yaml(text: str, where: str) -> Any:
    import yaml

    try:
        return yaml.load(text, Loader=_loader())  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise SpecSourceError(f"{where}: not valid YAML: {exc}") from None


def read_yaml(path: Path) -> Any:
    return load_yaml(path.read_text(encoding="utf-8"), str(path))


# Keys of OpenAPI and JSON Schema objects in the order a reader expects, then the rest (extensions) in their
# own order. Maps of names (paths, components, status codes, ...) are sorted, except properties: generated
# models follow their order, which is upstream's, with ours after.
KEY_ORDER = [
    "openapi", "info", "jsonSchemaDialect", "servers", "security", "tags", "externalDocs", "paths", "webhooks",
    "components", "title", "summary", "version", "$ref", "operationId", "name", "in", "description", "url",
    "variables", "contact", "license", "deprecated", "required", "allowEmptyValue", "style", "explode",
    "allowReserved", "parameters", "requestBody", "type", "format", "const", "enum", "default", "nullable",
    "items", "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum", "minLength", "maxLength", "pattern",
    "minItems", "maxItems", "uniqueItems", "discriminator", "allOf", "oneOf", "anyOf", "not", "properties",
    "additionalProperties", "readOnly", "writeOnly", "example", "examples", "schema", "content", "headers",
    "responses", "callbacks", "schemes", "securitySchemes", "scheme", "bearerFormat", "flows",
    "authorizationUrl", "tokenUrl", "refreshUrl", "scopes", "openIdConnectUrl",
]  # fmt: skip
_RANK = {key: rank for rank, key in enumerate(KEY_ORDER)}
SORTED_NAMES = {
    "paths", "webhooks", "schemas", "parameters", "responses", "requestBodies", "headers", "securitySchemes",
    "examples", "links", "callbacks", "pathItems", "content", "scopes", "variables", "mapping", "encoding",
}  # fmt: skip
KEPT_NAMES = {"properties", "patternProperties", "$defs", "definitions"}


def _ordered(node: Any, names: str = "") -> Any:
    if isinstance(node, dict):
        if names == "kept":
            keys = list(node)
        elif names == "sorted":
            keys = sorted(node, key=str)
        else:
            keys = sorted(node, key=lambda k: _RANK.get(k, len(_RANK)))
        return {key: _ordered(node[key], _names(key) if not names else "") for key in keys}
    if isinstance(node, list):
        return [_ordered(item) for item in node]
    return node


def _names(key: str) -> str:
    return "sorted" if key in SORTED_NAMES else "kept" if key in KEPT_NAMES else ""


def dump_yaml(document: Any, header: str = "", ordered: bool = True) -> str:
    import yaml

    class Dumper(yaml.SafeDumper):
        def increase_indent(self, flow: bool = False, indentless: bool = False) -> Any:
            return super().increase_indent(flow, False)  # lists indented under their key

    body = yaml.dump(
        _ordered(document) if ordered else document,
        Dumper=Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=110,
        default_flow_style=False,
    )
    comment = "".join(f"# {line}\n".replace("# \n", "#\n") for line in header.splitlines())
    return comment + body


# --- the source record ------------------------------------------------------------------------------


@frozen
class Upstream:
    location: str  # an http(s) URL or a path
    format: str
    operations: tuple[str, ...]


@frozen
class Record:
    provider: str
    directory: Path
    upstream: tuple[Upstream, ...]

    @property
    def path(self) -> Path:
        return self.directory / f"{self.provider}.yaml"

    def file(self, part: str) -> Path:
        return self.directory / f"{self.provider}.{part}.yaml"


def read_record(root: Path, provider: str) -> Record:
    directory = root / "specs" / "sources"
    path = directory / f"{provider}.yaml"
    if not path.exists():
        raise SpecSourceError(f"{path}: no source record for {provider}")
    data = read_yaml(path) or {}
    upstream = []
    for number, entry in enumerate(data.get("upstream") or [], 1):
        where = f"{path}: upstream entry {number}"
        if not isinstance(entry, dict) or not entry.get("location") or not entry.get("operations"):
            raise SpecSourceError(f"{where} needs a location and a list of operations")
        if entry.get("format", "openapi") not in FORMATS:
            raise SpecSourceError(f"{where}: format must be one of {', '.join(FORMATS)}")
        for operation in entry["operations"]:
            _split_operation(operation, where)
        upstream.append(Upstream(entry["location"], entry.get("format", "openapi"), tuple(entry["operations"])))
    return Record(provider, directory, tuple(upstream))


def _split_operation(operation: str, where: str) -> tuple[str, str]:
    method, _, path = str(operation).partition(" ")
    if method.lower() not in ("get", "put", "post", "delete", "patch", "head", "options") or not path.startswith("/"):
        raise SpecSourceError(f"{where}: {operation!r} is not an operation: write it as 'GET /path'")
    return method.lower(), path


# --- reading upstream -------------------------------------------------------------------------------


def fetch(location: str, timeout: float = 30.0) -> str:
    """The text at a path or an http(s) URL; only that address is contacted (redirects are not followed)."""
    scheme = urlsplit(location).scheme
    if scheme in ("http", "https"):
        import httpx

        try:
            response = httpx.get(location, timeout=timeout, follow_redirects=False)
        except httpx.HTTPError as exc:
            raise SpecSourceError(f"could not fetch {location}: {type(exc).__name__}: {exc}") from None
        if response.is_redirect:
            raise SpecSourceError(
                f"{location} redirects to {response.headers.get('location')}: give that address instead "
                "(redirects are not followed, so no address but the one named is contacted)"
            )
        if response.status_code != 200:
            raise SpecSourceError(f"could not fetch {location}: HTTP {response.status_code} {response.reason_phrase}")
        return response.text
    if len(scheme) > 1:  # a Windows drive letter is not a scheme
        raise SpecSourceError(f"{location}: only a path or an http(s) URL can be read, not {scheme}:")
    try:
        return Path(location).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecSourceError(f"could not read {location}: {exc}") from None


def openapi_document(text: str, format: str, location: str) -> dict[str, Any]:
    if format == "markdown":
        blocks = [m.group("body") for m in FENCE.finditer(text)]
        documents = [load_yaml(block, location) for block in blocks]
        found = [d for d in documents if isinstance(d, dict) and "openapi" in d and "paths" in d]
        if not found:
            raise SpecSourceError(f"{location}: no ```yaml block holding an OpenAPI document (openapi, paths)")
        return found[0]
    document = load_yaml(text, location)  # JSON is YAML
    if (
        not isinstance(document, dict)
        or "paths" not in document
        or not ("openapi" in document or "swagger" in document)
    ):
        raise SpecSourceError(f"{location} is not an OpenAPI document (it has no openapi/paths)")
    return document


def _pointer_get(document: Any, reference: str, where: str) -> Any:
    if not reference.startswith("#/"):
        raise SpecSourceError(f"{where}: only references within the document are supported, not {reference!r}")
    node = document
    for part in reference[2:].split("/"):
        part = unescape(part)
        if not isinstance(node, dict) or part not in node:
            raise SpecSourceError(f"{where}: reference {reference} points to nothing")
        node = node[part]
    return node


def _references(node: Any) -> Iterable[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from _references(value)
    elif isinstance(node, list):
        for item in node:
            yield from _references(item)


def extract(document: Mapping[str, Any], wanted: Iterable[str], location: str) -> dict[str, Any]:
    """The wanted operations with every component they reference (transitively) and the auth they need."""
    paths: dict[str, Any] = {}
    used: list[dict[str, Any]] = []
    for operation in wanted:
        method, path = _split_operation(operation, location)
        item = (document.get("paths") or {}).get(path)
        if isinstance(item, dict) and "$ref" in item:
            item = _pointer_get(document, item["$ref"], location)
        if not isinstance(item, dict) or method not in item:
            raise SpecSourceError(
                f"{location} has no operation {operation}: upstream removed or renamed it. If it moved, "
                "change `operations` in the source record; to keep our copy, move it into the overlay"
            )
        kept = paths.setdefault(
            path, {k: v for k, v in item.items() if k in ("summary", "description", "parameters", "servers")}
        )
        kept[method] = copy.deepcopy(item[method])
        used.append(kept)
    extracted: dict[str, Any] = {
        key: copy.deepcopy(document[key]) for key in ("openapi", "info", "servers", "security") if key in document
    }
    tag_names = {tag for item in used for op in item.values() if isinstance(op, dict) for tag in op.get("tags") or []}
    tags = [copy.deepcopy(tag) for tag in document.get("tags") or [] if tag.get("name") in tag_names]
    if tags:
        extracted["tags"] = tags
    extracted["paths"] = paths
    components: dict[str, dict[str, Any]] = {}
    pending = list(_references([paths, extracted.get("security")]))
    while pending:
        reference = pending.pop()
        match = COMPONENT_REF.match(reference)
        if not match:
            _pointer_get(document, reference, location)  # raises for what cannot be followed
            continue
        kind, name = match.groups()
        if name in components.get(kind, {}):
            continue
        target = _pointer_get(document, reference, location)
        components.setdefault(kind, {})[unescape(name)] = copy.deepcopy(target)
        pending.extend(_references(target))
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    for requirement in [*(extracted.get("security") or [])] + [
        r for item in used for op in item.values() if isinstance(op, dict) for r in op.get("security") or []
    ]:
        for name in requirement:
            if name not in schemes:
                raise SpecSourceError(f"{location}: security scheme {name} is required but not defined")
            components.setdefault("securitySchemes", {})[name] = copy.deepcopy(schemes[name])
    if components:
        extracted["components"] = components
    return extracted


def merge(parts: list[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """Several extractions as one document: the first gives openapi/info/servers/security."""
    if not parts:
        return {}
    merged = copy.deepcopy(parts[0][1])
    for location, part in parts[1:]:
        for path, item in (part.get("paths") or {}).items():
            target = merged.setdefault("paths", {}).setdefault(path, {})
            for key, value in item.items():
                if key in target and target[key] != value:
                    raise SpecSourceError(f"{location}: {path} {key} differs from the same part of {parts[0][0]}")
                target[key] = value
        for kind, named in (part.get("components") or {}).items():
            target = merged.setdefault("components", {}).setdefault(kind, {})
            for name, value in named.items():
                if name in target and target[name] != value:
                    raise SpecSourceError(
                        f"{location}: components/{kind}/{name} differs from {parts[0][0]}'s; "
                        "track each operation from one upstream only, or reconcile them in the overlay"
                    )
                target[name] = value
        known = {tag.get("name") for tag in merged.get("tags") or []}
        merged.setdefault("tags", []).extend(t for t in part.get("tags") or [] if t.get("name") not in known)
        if not merged["tags"]:
            del merged["tags"]
    return merged


# --- the overlay ------------------------------------------------------------------------------------


def make_overlay(upstream: Any, spec: Any) -> list[dict[str, Any]]:
    """The JSON Patch from the upstream part to the spec, each replace/remove guarded by a test of what it changes."""
    import jsonpatch
    import jsonpointer

    state = copy.deepcopy(upstream)
    guarded: list[dict[str, Any]] = []
    for operation in jsonpatch.make_patch(upstream, spec).patch:
        op, path = operation["op"], operation["path"]
        if op == "move":  # spelled out, so the removal is guarded like any other
            value = copy.deepcopy(jsonpointer.resolve_pointer(state, operation["from"]))
            steps = [
                {"op": "test", "path": operation["from"], "value": value},
                {"op": "remove", "path": operation["from"]},
                {"op": "add", "path": path, "value": value},
            ]
        elif op == "copy":
            steps = [
                {
                    "op": "add",
                    "path": path,
                    "value": copy.deepcopy(jsonpointer.resolve_pointer(state, operation["from"])),
                }
            ]
        elif op in ("replace", "remove"):
            steps = [
                {"op": "test", "path": path, "value": copy.deepcopy(jsonpointer.resolve_pointer(state, path))},
                operation,
            ]
        else:
            steps = [_append_if_last(state, operation)]
        for step in steps:
            state = jsonpatch.apply_patch(state, [step])
            guarded.append(step)
    return guarded


def rebase_overlay(upstream: Any, overlay: list[dict[str, Any]], spec: Any, overlay_path: Path) -> list[dict[str, Any]]:
    """The overlay changed as little as a hand edit of the spec needs: an edit inside a value one of our steps wrote
    (an ``add`` or ``replace`` no later step touches) changes that step's value; any other edit is appended as
    guarded steps."""
    import jsonpatch

    before = apply_overlay(upstream, overlay, overlay_path)
    if before == spec:
        return overlay
    steps = copy.deepcopy(overlay)
    for change in jsonpatch.make_patch(before, spec).patch:
        if not _fold(steps, change):
            state = apply_overlay(upstream, steps, overlay_path)
            steps += make_overlay(state, jsonpatch.apply_patch(state, [change]))
    if apply_overlay(upstream, steps, overlay_path) != spec:  # folding misjudged a step: record the edit plainly
        steps = copy.deepcopy(overlay) + make_overlay(before, spec)
    return steps


def _fold(steps: list[dict[str, Any]], change: dict[str, Any]) -> bool:
    """Apply ``change`` to the value of the step that wrote what it changes; False where there is none."""
    import jsonpatch

    path = change["path"]
    if change["op"] not in ("add", "replace", "remove"):
        return False
    for index in range(len(steps) - 1, -1, -1):
        step = steps[index]
        touched = [step.get("path", ""), step.get("from", "")]
        if step["op"] in ("add", "replace") and (path == step["path"] or path.startswith(step["path"] + "/")):
            if path == step["path"]:
                if change["op"] == "remove" and step["op"] == "add":
                    del steps[index]
                elif change["op"] == "replace":
                    step["value"] = copy.deepcopy(change["value"])
                else:
                    return False
                return True
            inner = {**change, "path": path[len(step["path"]) :]}
            step["value"] = jsonpatch.apply_patch(step["value"], [inner])
            return True
        if any(t and (t == path or t.startswith(path + "/") or path.startswith(t + "/")) for t in touched):
            return False  # a later step than any add works on this part: fold into nothing
    return False


def _append_if_last(document: Any, operation: dict[str, Any]) -> dict[str, Any]:
    """An add at the end of a list, written as "-" so it still appends when upstream's list grows or shrinks."""
    import jsonpointer

    parent_path, _, last = operation["path"].rpartition("/")
    if operation["op"] != "add" or not last.isdigit():
        return operation
    parent = jsonpointer.resolve_pointer(document, parent_path)
    return (
        {**operation, "path": f"{parent_path}/-"}
        if isinstance(parent, list) and int(last) == len(parent)
        else operation
    )


def apply_overlay(upstream: Any, overlay: list[dict[str, Any]], overlay_path: Path) -> Any:
    import jsonpatch
    import jsonpointer

    document = copy.deepcopy(upstream)
    for number, operation in enumerate(overlay, 1):
        if operation.get("op") == "add":
            _make_parents(document, operation.get("path", ""))
        try:
            document = jsonpatch.apply_patch(document, [operation], in_place=True)
        except (jsonpatch.JsonPatchException, jsonpointer.JsonPointerException) as exc:
            if operation.get("op") == "test":
                what = "the upstream value it guards is different or gone in the new upstream"
            else:
                what = f"nothing to {operation.get('op')} there in the new upstream ({type(exc).__name__})"
            raise SpecSourceError(
                f"{overlay_path}: step {number} ({operation.get('op')} {operation.get('path')}) "
                f"no longer applies: {what}. "
                "Compare the new upstream there with the overlay, then either fix that step or, with the spec edited "
                "by hand to what it should be, record it with `--rebase`"
            ) from None
    return document


def _make_parents(document: Any, path: str) -> None:
    """Create the objects an add's path goes through where upstream no longer has them (never list items)."""
    node = document
    for part in [unescape(p) for p in path.split("/")[1:-1]]:
        if isinstance(node, dict):
            node = node.setdefault(part, {})
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return


def _shorten(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- versions and the changelog ---------------------------------------------------------------------


def bump(version: str, breaking: bool) -> str:
    """Breaking: minor while 0.x, major from 1.0; otherwise patch."""
    match = re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", version)
    if not match:
        raise SpecSourceError(f"version {version!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = map(int, match.groups())
    if breaking:
        return f"{major}.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"
    return f"{major}.{minor}.{patch + 1}"


def _version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", version)[:3])


def changelog_line(change: Change) -> str:
    kind = "**breaking**" if change.kind == BREAKING else "compatible"
    return f"- {kind} `{change.operation}`: {change.reason} (`{change.pointer}`)"


def changelog_entry(version: str, day: str, summary: str, changes: list[Change]) -> str:
    ordered = sorted(changes, key=lambda c: (c.kind != BREAKING, c.operation, c.pointer))
    return f"## {version} ({day})\n\n{summary}\n\n" + "".join(changelog_line(c) + "\n" for c in ordered)


def add_to_changelog(path: Path, package: str, entry: str) -> str:
    old = path.read_text(encoding="utf-8") if path.exists() else f"# Changelog: {package}\n\n"
    head, _, rest = old.partition("\n## ")
    return f"{head.rstrip()}\n\n{entry}" + (f"\n## {rest}" if rest else "")


_VERSION_LINE = re.compile(r"^(package_version_override:\s*)(\S+)\s*$", re.MULTILINE)


def package_version(config_text: str, where: str) -> str:
    match = _VERSION_LINE.search(config_text)
    if not match:
        raise SpecSourceError(f"{where}: no package_version_override line")
    return match.group(2).strip("'\"")


def unrecorded_breaking(root: Path, provider: str) -> list[Change]:
    """Breaking changes between the last released spec and specs/<provider>.yaml that the CHANGELOG does not list."""
    record = read_record(root, provider)
    released = read_yaml(record.file("released"))
    current = read_yaml(root / "specs" / f"{provider}.yaml")
    changelog = root / "generated" / provider / "CHANGELOG.md"
    text = changelog.read_text(encoding="utf-8") if changelog.exists() else ""
    return [c for c in diff(released, current) if c.kind == BREAKING and changelog_line(c) not in text]


# --- the refresh ------------------------------------------------------------------------------------

SPEC_HEADER = (
    "{title}, vendored for jobruns. Written by `nox -s update_spec -- {provider}`: do not edit the\n"
    "upstream parts here; what we wrote is specs/sources/{provider}.overlay.yaml, where the upstream is\n"
    "recorded in specs/sources/{provider}.yaml. To change the spec by hand: edit this file, then run\n"
    "`nox -s update_spec -- {provider} --rebase` to record the edit in the overlay, version and changelog."
)
OVERLAY_HEADER = (
    "What jobruns wrote into specs/{provider}.yaml on top of the upstream part ({provider}.upstream.yaml):\n"
    "a JSON Patch (RFC 6902), applied in order. Each replace/remove follows a test of the upstream value it\n"
    "changes, so a refresh stops, naming the step, where upstream changed or dropped what we edit.\n"
    "The why of each edit is in the spec: info.x-jobruns-authored, info.x-jobruns-changes and the\n"
    "x-jobruns-note(s) fields beside what they explain.\n"
    "Derived by `nox -s update_spec -- {provider} --rebase` from a hand-edited spec; edit it here if you prefer."
)


@frozen
class Update:
    provider: str
    changes: list[Change]
    old_version: str
    new_version: str
    files: dict[Path, str] = field(factory=dict)  # what to write
    notes: list[str] = field(factory=list)  # what the maintainer must do besides committing

    @property
    def breaking(self) -> bool:
        return any(c.kind == BREAKING for c in self.changes)

    def write(self) -> list[Path]:
        """Write every file whose content changed, each atomically; the paths written."""
        written = []
        for path, text in self.files.items():
            if path.exists() and path.read_text(encoding="utf-8") == text:
                continue
            temporary = path.with_name(path.name + ".tmp")
            temporary.write_text(text, encoding="utf-8")
            temporary.replace(path)
            written.append(path)
        return written


def plan_update(
    root: Path,
    provider: str,
    sources: list[str] | None = None,
    *,
    rebase: bool = False,
    validate: Callable[[Path], None] | None = None,
    today: datetime.date | None = None,
    fetcher: Callable[[str], str] = fetch,
) -> Update:
    """Everything a refresh would write, computed without writing anything."""
    record = read_record(root, provider)
    spec_path = root / "specs" / f"{provider}.yaml"
    overlay_path = record.file("overlay")
    vendored = read_yaml(record.file("upstream")) or {} if record.file("upstream").exists() else {}
    overlay = read_yaml(overlay_path) or [] if overlay_path.exists() else []
    current = read_yaml(spec_path)

    if not rebase and overlay_path.exists() and apply_overlay(vendored, overlay, overlay_path) != current:
        raise SpecSourceError(
            f"{spec_path} holds edits that {overlay_path.name} does not: a refresh would lose them. "
            f"Record them first: nox -s update_spec -- {provider} --rebase"
        )
    day = today or datetime.date.today()
    taken_from: list[str] = []  # where a refresh took the upstream part from; a rebase alone takes nothing
    if rebase and not sources:
        upstream = vendored
    else:
        upstream, taken_from = _take_upstream(record, sources, fetcher, day)
    if rebase:
        spec, overlay = current, rebase_overlay(upstream, overlay, current, overlay_path)
    else:
        spec = apply_overlay(upstream, overlay, overlay_path)

    title = str((spec.get("info") or {}).get("title", provider)).split(" (")[0]
    spec_text = dump_yaml(spec, SPEC_HEADER.format(title=title, provider=provider))
    if validate is not None:
        _validate(spec_text, provider, validate)
    files = {
        spec_path: spec_text,
        overlay_path: dump_yaml(overlay, OVERLAY_HEADER.format(provider=provider), ordered=False),
    }
    if taken_from:  # a rebase alone leaves the upstream part, and the record of where it came from, as they are
        upstream_header = f"The upstream part of specs/{provider}.yaml, as last taken from:\n" + "\n".join(taken_from)
        files[record.file("upstream")] = dump_yaml(upstream, upstream_header)
    how = "Spec re-based on a hand edit" if not taken_from else f"Spec refreshed from {', '.join(taken_from)}"
    return _release(root, record, spec, spec_text, files, how, day)


def _take_upstream(
    record: Record, sources: list[str] | None, fetcher: Callable[[str], str], day: datetime.date
) -> tuple[dict[str, Any], list[str]]:
    """The upstream part, and where each document came from, named by a public address with the day it was read."""
    if sources and len(sources) != len(record.upstream):
        raise SpecSourceError(
            f"{record.provider} is made of {len(record.upstream)} upstream document(s) ({record.path}): "
            "give one SOURCE for each, in order"
        )
    parts, provenance = [], []
    for entry, location in zip(record.upstream, sources or [u.location for u in record.upstream], strict=True):
        document = openapi_document(fetcher(location), entry.format, location)
        parts.append((location, extract(document, entry.operations, location)))
        provenance.append(_provenance(entry.location, location, day))
    return merge(parts), provenance or ["no upstream: the spec is the overlay alone"]


def _provenance(recorded: str, read: str, day: datetime.date) -> str:
    """Where a document came from, by its public address: a local file given instead (a copy someone downloaded)
    is named as a copy of the recorded address, never by its path, which means nothing on another machine."""
    if urlsplit(read).scheme in ("http", "https"):
        return f"{read} (retrieved {day.isoformat()})"
    return f"{recorded} (a local copy, read {day.isoformat()})"


def _validate(spec_text: str, provider: str, validate: Callable[[Path], None]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        candidate = Path(scratch) / f"{provider}.yaml"
        candidate.write_text(spec_text, encoding="utf-8")
        try:
            validate(candidate)
        except Exception as exc:  # noqa: BLE001 - whatever the validator raises is reported as ours
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise SpecSourceError(f"the new spec is not valid OpenAPI: {_shorten(message)}") from None


def _release(
    root: Path,
    record: Record,
    spec: dict[str, Any],
    spec_text: str,
    files: dict[Path, str],
    how: str,
    today: datetime.date,
) -> Update:
    """Add the version bump, the CHANGELOG entry and the released snapshot, where the spec changed for clients."""
    provider, released_path = record.provider, record.file("released")
    config_path = root / "specs" / "config" / f"{provider}.yaml"
    config_text = config_path.read_text(encoding="utf-8")
    old_version = new_version = package_version(config_text, str(config_path))
    package_match = re.search(r"project_name_override:\s*(\S+)", config_text)
    package = package_match.group(1) if package_match else provider
    changelog = root / "generated" / provider / "CHANGELOG.md"
    changes = diff(read_yaml(released_path), spec) if released_path.exists() else []
    if not released_path.exists():  # the first release from a source record
        files[released_path] = spec_text
        if not changelog.exists():
            first = f"## {old_version} ({today.isoformat()})\n\nFirst release of this spec.\n"
            files[changelog] = add_to_changelog(changelog, package, first)
    elif changes:
        breaking = sum(c.kind == BREAKING for c in changes)
        new_version = bump(old_version, breaking > 0)
        summary = f"{how}: {breaking} breaking, {len(changes) - breaking} compatible change(s) to the operations."
        files[changelog] = add_to_changelog(
            changelog, package, changelog_entry(new_version, today.isoformat(), summary, changes)
        )
        files[config_path] = _VERSION_LINE.sub(lambda m: m.group(1) + new_version, config_text, count=1)
        files[released_path] = spec_text
    notes = []
    pyproject = root / "pyproject.toml"
    pin = re.search(rf'"{re.escape(package)}>=([^,"]+),<([^"]+)"', pyproject.read_text(encoding="utf-8"))
    if pin and not _version_tuple(pin.group(1)) <= _version_tuple(new_version) < _version_tuple(pin.group(2)):
        notes.append(
            f"pyproject.toml's extra `{provider}` admits {pin.group(1)} to <{pin.group(2)}, not {new_version}: "
            f"check src/jobruns/adapters/{provider}.py against the breaking changes above, then widen the range"
        )
    return Update(provider, changes, old_version, new_version, files, notes)


def report(update: Update) -> list[str]:
    lines = [f"{update.provider}: {len(update.changes)} change(s) since the last release"]
    lines += [f"  {line}" for line in table(update.changes)] if update.changes else []
    if update.new_version != update.old_version:
        lines.append(
            f"version {update.old_version} -> {update.new_version} ({'breaking' if update.breaking else 'compatible'})"
        )
    lines += [f"note: {note}" for note in update.notes]
    return lines


__all__ = ["SpecSourceError", "Update", "plan_update", "read_record", "report", "unrecorded_breaking"]
