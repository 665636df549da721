"""Helpers for the platform tests: a real scim2-server process, a fault-injecting rig,
recorded sleeps and directory users."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from typing import Any

import httpx

from idp_wizard.core.users import SyncedUser
from idp_wizard.demo.scim_faults import FaultyTransport, ScimFaults
from idp_wizard.platform import PushSummary, ScimTarget, UserMapper, UserOp, UserResult
from idp_wizard.platform.http import RetryPolicy

TOKEN = "s3cret-test-token-0123456789"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_command() -> list[str]:
    exe = shutil.which("scim2-server", path=os.path.dirname(sys.executable))
    if exe is None:
        exe = shutil.which("scim2-server")
    assert exe is not None, "scim2-server is not installed"
    return [exe]


class ScimServerProcess:
    """`scim2-server --port P --bearer-token T`, in memory; always stopped by `stop`."""

    def __init__(self, *extra: str) -> None:
        self.extra = extra
        self.port = 0
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v2"

    def start(self, same_port: bool = False) -> None:
        """`same_port`: come back where it was (a restart clients do not notice)."""
        if not (same_port and self.port):
            self.port = free_port()
        self.proc = subprocess.Popen(
            [*server_command(), "--port", str(self.port), "--bearer-token", TOKEN,
             *self.extra], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, "scim2-server exited at start"
            try:
                if httpx.get(f"{self.url}/ServiceProviderConfig", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.05)
        self.stop()
        raise AssertionError("scim2-server did not start")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None

    def restart(self, same_port: bool = False) -> None:
        """A restart of the in-memory server: it comes back empty."""
        self.stop()
        self.start(same_port)

    def wipe(self) -> None:
        with httpx.Client(headers={"Authorization": f"Bearer {TOKEN}"}) as client:
            for kind in ("Users", "Groups"):
                while True:
                    body = client.get(f"{self.url}/{kind}", params={"count": "1000"}).json()
                    ids = [r["id"] for r in body.get("Resources", [])]
                    if not ids:
                        break
                    for rid in ids:
                        client.delete(f"{self.url}/{kind}/{rid}")


class Sleeps(list[float]):
    """Stands in for time.sleep: records the waits, never waits."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@dataclass
class Rig:
    """A target wired to a server through a fault-injecting transport."""

    url: str
    faults: ScimFaults
    transport: FaultyTransport
    sleeps: Sleeps

    def open(self, token: str = TOKEN, **kwargs: object) -> ScimTarget:
        kwargs.setdefault("policy", RetryPolicy(max_attempts=4))
        return ScimTarget.open(self.url, token, transport=self.transport, sleep=self.sleeps,
                               **kwargs)  # type: ignore[arg-type]

    def users(self) -> list[dict[str, object]]:
        """A full read of the server's users (direct, no faults)."""
        found: list[dict[str, object]] = []
        with httpx.Client(transport=self.transport.inner,
                          headers={"Authorization": f"Bearer {TOKEN}"}) as client:
            start = 1
            while True:
                body = client.get(f"{self.url}/Users",
                                  params={"startIndex": str(start), "count": "500"}).json()
                page = body.get("Resources", [])
                found += page
                start += len(page)
                if not page or start > body["totalResults"]:
                    return found

    def user_names(self) -> list[str]:
        return sorted(str(u["userName"]) for u in self.users())


def person(i: int, **changes: object) -> SyncedUser:
    values: dict[str, object] = dict(
        id=f"dir-{i:05d}", email=f"user{i:05d}@example.com", display_name=f"User {i}",
        given_name="User", surname=f"Number{i}", department="Sales", job_title="Rep",
        location="Berlin", country="Germany", company="ACME", org_unit="/Sales",
        manager_id="", language="de", language_raw="de-AT", enabled=True, guest=False)
    values.update(changes)
    return SyncedUser(**values)  # type: ignore[arg-type]


def creates(mapper: UserMapper, count: int, start: int = 0) -> list[UserOp]:
    return [UserOp.create(f"dir-{i:05d}", mapper.map(person(i)))
            for i in range(start, start + count)]


def run_push(target: ScimTarget, ops: list[UserOp], mapper: UserMapper,
             **kwargs: Any) -> tuple[PushSummary, list[UserResult]]:
    results: list[UserResult] = []
    summary = target.push(ops, results.append, mapper, **kwargs)
    return summary, results
