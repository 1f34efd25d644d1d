"""Properties of the repository as a whole: nothing in it points into one machine's file system."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# An absolute path of somebody's machine: a home, a scratch or work folder, a macOS temp folder, a Windows drive.
# Spelled in pieces, so that this file does not match itself.
MACHINE_PATH = re.compile(
    "|".join(
        [
            r"(?<![\w.~-])/(?:"
            + "|".join(["ro" + "ot", "ho" + r"me/[^/\s]+", "Us" + r"ers/[^/\s]+", "wo" + "rk"])
            + r")/",
            r"(?<![\w.~-])/(?:" + "|".join(["tm" + "p", "var/fol" + "ders", "priv" + "ate/var"]) + r")/\S",
            r"(?<![\w])[A-Za-z]:(?:\\\\|\\|/)(?:Users|Documents and Settings|Windows|work|src|Temp)\b",
        ]
    )
)


def tracked_files() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, text=True
    ).stdout
    return [name for name in listed.split("\0") if name]


def test_no_tracked_file_names_an_absolute_machine_path() -> None:
    found = []
    for name in tracked_files():
        path = ROOT / name
        if not path.is_file():  # deleted in the working tree
            continue
        data = path.read_bytes()
        if b"\0" in data:  # binary
            continue
        for number, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), 1):
            for match in MACHINE_PATH.finditer(line):
                found.append(f"{name}:{number}: {match.group()!r} in {line.strip()[:160]!r}")
    assert not found, f"{len(found)} absolute machine path(s) in tracked files:\n" + "\n".join(found)


def test_the_pattern_knows_a_machine_path_from_a_url() -> None:
    drive = "C:" + "\\"
    machine = ["/" + "home/ann/x", "/" + "root/.cache", "/" + "work/shared/a", "/" + "tmp/x.yaml"]
    machine += [drive + "Users\\ann", "file://" + "/" + "tmp/spec.yaml", "C:" + "/Users/ann"]
    for path in machine:
        assert MACHINE_PATH.search(path), path
    for text in ["https://example.org/home/x", "generated/blaxel", "specs/sources/x.yaml", "~/work/x", "a/tmp/b"]:
        assert not MACHINE_PATH.search(text), text
