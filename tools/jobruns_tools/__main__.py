"""The maintainer tools' command line; the nox sessions run it from the project's root.

    python -m jobruns_tools [--root DIR] generate [--check] [--force] [PROVIDER...]
    python -m jobruns_tools [--root DIR] generate-package SPEC CONFIG --out DIR
    python -m jobruns_tools [--root DIR] build [OUT_DIR]
    python -m jobruns_tools [--root DIR] update-spec PROVIDER [SOURCE...] [--rebase]
    python -m jobruns_tools.specdiff OLD NEW [--operation "GET /path"]... [--json]

Exit status: 0 done, 1 a check found differences or a step failed (the message says which), 2 a usage error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .pipeline import (
    KEPT_ACROSS_REGENERATION,
    PipelineError,
    build_distributions,
    drift,
    generate_package,
    providers,
    regenerate,
    validate_spec,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m jobruns_tools", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--root", type=Path, default=Path.cwd(), help="the project's root, holding specs/ (default: this folder)"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    gen = sub.add_parser("generate", help="regenerate generated/ from specs/ and templates/")
    gen.add_argument("--check", action="store_true", help="change nothing; list files that differ, exit 1 if any")
    gen.add_argument("--force", action="store_true", help="regenerate providers whose inputs did not change too")
    gen.add_argument("providers", nargs="*", help="only these providers (default: all)")
    package = sub.add_parser(
        "generate-package",
        help="generate the package of a spec kept anywhere (a provider of your own: docs/adding-a-provider.md)",
    )
    package.add_argument("spec", type=Path, help="the OpenAPI spec")
    package.add_argument("config", type=Path, help="its openapi-python-client config (package name and version)")
    package.add_argument("--out", type=Path, required=True, help="the package's folder (replaced; its CHANGELOG kept)")
    build = sub.add_parser("build", help="wheels and sdists of every distribution, checked with twine")
    build.add_argument("out_dir", nargs="?", default="dist", help="where to write them (emptied first)")
    upd = sub.add_parser("update-spec", help="refresh specs/PROVIDER.yaml from its upstream, keeping our overlay")
    upd.add_argument("provider", help="the provider whose spec to refresh")
    upd.add_argument(
        "sources", nargs="*", metavar="SOURCE", help="path or http(s) URL per upstream (default: as recorded)"
    )
    upd.add_argument(
        "--rebase", action="store_true", help="keep specs/PROVIDER.yaml as is; re-derive the overlay from it"
    )
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()
    if not (root / "specs").is_dir():
        parser.error(f"{root} holds no specs/ folder: run from the project's root or give --root")
    if args.command == "update-spec":
        return _update_spec(parser, root, args.provider, args.sources, args.rebase)
    try:
        if args.command == "generate-package":
            written = _generate_package(args.spec.resolve(), args.config.resolve(), args.out.resolve(), root)
            print(f"generated {written}")
            return 0
        if args.command == "build":
            for path in build_distributions(Path(args.out_dir).resolve(), root):
                print(f"built {path.name}")
            return 0
        if args.check:
            problems = drift(root)
            for line in problems:
                print(line)
            if problems:
                print(f"\n{len(problems)} file(s) in generated/ differ from specs/ + templates/: run `nox -s generate`")
                return 1
            print("generated/ matches specs/ + templates/")
            return 0
        unknown = sorted(set(args.providers) - set(providers(root)))
        if unknown:
            parser.error(f"unknown provider(s) {', '.join(unknown)}; known: {', '.join(providers(root))}")
        done = regenerate(root, force=args.force, only=args.providers or None)
        print(f"regenerated: {', '.join(done)}" if done else "generated/ is up to date: nothing to do")
        return 0
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


def _generate_package(spec: Path, config: Path, out: Path, root: Path) -> Path:
    """generate_package into a temporary folder, then swapped in for ``out``, keeping what a package keeps across
    regeneration (its CHANGELOG)."""
    import shutil
    import tempfile

    with tempfile.TemporaryDirectory(prefix="jobruns-generate-") as tmp:
        new = generate_package(spec, config, Path(tmp) / out.name, root)
        for name in KEPT_ACROSS_REGENERATION:
            if (out / name).exists():
                shutil.copy2(out / name, new / name)
        if out.exists():
            shutil.rmtree(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(new), str(out))
    return out


def _update_spec(parser: argparse.ArgumentParser, root: Path, provider: str, sources: list[str], rebase: bool) -> int:
    from .specsource import SpecSourceError, plan_update, report

    if provider not in providers(root):
        parser.error(f"unknown provider {provider}; known: {', '.join(providers(root))}")
    try:
        update = plan_update(root, provider, sources or None, rebase=rebase, validate=validate_spec)
    except SpecSourceError as exc:
        print(f"error: {exc}\nnothing was written", file=sys.stderr)
        return 1
    for line in report(update):
        print(line)
    written = update.write()
    for path in written:
        print(f"wrote {path.relative_to(root)}")
    if not written:
        print(f"specs/{provider}.yaml is up to date: nothing written")
    try:
        regenerate(root, only=[provider])
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
