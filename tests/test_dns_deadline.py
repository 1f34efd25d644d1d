"""Name resolution counts against the deadline like the rest of a try, sync and async: a resolver that never
answers once held `get_run(timeout=2)` 10 s and made `jobruns wait --timeout 3` end as a transport error after
10.6 s instead of exit 7 at 3 s.

The resolver here is injected (socket.getaddrinfo, which the connection pool and asyncio's loop both call), and
answers "no such name" after GIVE_UP seconds, so that a client which waits for it fails on what it then raises
(a name error, not a timeout) rather than hang the suite."""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import jobruns

GIVE_UP = 8.0
HOST = "jobs.never-answers.test"


@pytest.fixture
def silent_resolver(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """getaddrinfo for HOST waits (up to GIVE_UP s) for an answer that never comes; other names resolve."""
    real = socket.getaddrinfo
    release = threading.Event()

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host in (HOST, HOST.encode()):  # anyio passes the name IDNA-encoded, as bytes
            release.wait(GIVE_UP)
            raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield release
    release.set()


SETTINGS = {"token": "canary-dns-token-0000", "workspace": "w", "base_url": f"https://{HOST}/v0", "retries": 0}


def test_a_lookup_that_never_answers_ends_a_request_at_its_timeout(silent_resolver: threading.Event) -> None:
    with jobruns.connect("blaxel", **SETTINGS, timeout=1) as runs, pytest.raises(jobruns.TransportError) as caught:
        runs.get_run("job", "run")
    assert "Timeout" in str(caught.value) and "name resolution" not in str(caught.value)


def test_a_lookup_that_never_answers_ends_a_wait_as_a_wait_timeout(silent_resolver: threading.Event) -> None:
    with jobruns.connect("blaxel", **SETTINGS, timeout=30) as runs, pytest.raises(jobruns.WaitTimeout):
        runs.wait_for_run("job", "run", timeout=1, poll_interval=0.1)


def test_the_async_client_ends_the_lookup_at_the_deadline_too(silent_resolver: threading.Event) -> None:
    async def scenario() -> None:
        try:
            await calls()
        finally:
            silent_resolver.set()  # asyncio.run waits for its executor's threads, the lookup's too

    async def calls() -> None:
        async with jobruns.connect_async("blaxel", **SETTINGS, timeout=1) as runs:
            with pytest.raises(jobruns.TransportError) as caught:
                await runs.get_run("job", "run")
            assert "Timeout" in str(caught.value) and "name resolution" not in str(caught.value)
            with pytest.raises(jobruns.WaitTimeout):
                await runs.wait_for_run("job", "run", timeout=1, poll_interval=0.1)

    asyncio.run(scenario())


NAMESPACE = """
set -e
ip link set lo up
printf 'nameserver 127.0.0.1\\noptions timeout:60 attempts:1\\n' > "$WORK/resolv.conf"
mount --bind "$WORK/resolv.conf" /etc/resolv.conf
exec "$PYTHON" -c '
import socket, subprocess, sys
silent = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
silent.bind(("127.0.0.1", 53))  # a name server that takes every question and answers none
done = subprocess.run(sys.argv[1:], capture_output=True, text=True, timeout=120)
print(done.returncode)
print(done.stderr, file=sys.stderr)
' "$PYTHON" -m jobruns "$@"
"""


def test_jobruns_wait_ends_at_its_timeout_when_the_name_server_never_answers(tmp_path: Path) -> None:
    """The command line, in a mount and network namespace of the test's own whose /etc/resolv.conf names a loopback
    name server that never answers (glibc would wait 60 s for it)."""
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        pytest.skip("needs unshare and ip (util-linux, iproute2) to make a namespace with a silent name server")
    probe = subprocess.run(["unshare", "-rmn", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"unprivileged user and mount namespaces are not allowed here: {probe.stderr.decode().strip()}")
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("JOBRUNS_")}, "WORK": str(tmp_path),
           "PYTHON": sys.executable, "JOBRUNS_BLAXEL_TOKEN": SETTINGS["token"]}  # fmt: skip
    args = ["wait", "blaxel", "job", "run", "--workspace", "w", "--base-url", SETTINGS["base_url"], "--timeout", "2"]
    done = subprocess.run(
        ["unshare", "-rmn", "sh", "-c", NAMESPACE, "sh", *args], capture_output=True, text=True, env=env, timeout=180
    )
    assert done.stdout.strip() == "7", done.stderr
    assert "run run not read after 2" in done.stderr, "a WaitTimeout, not the name error"
