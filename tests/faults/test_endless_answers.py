"""A provider or proxy whose answer never ends, in size or in time: the run fails with
one sentence, nothing is applied, the synced users stay as they were."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from idp_wizard.core.errors import ProviderError
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import RunStatus
from idp_wizard.demo.directory_fake import GOOGLE_HOST
from idp_wizard.providers import http as http_module

from .helpers import force_full_read, last_run, synced_app, users
from .hostile import GRAPH_HOST, is_users_page

E, G = ProviderName.ENTRA, ProviderName.GOOGLE
PATH = {E: "/v1.0/users/delta", G: "/admin/directory/v1/users"}
LABEL = {E: "Microsoft Graph", G: "Google Directory API"}
MIB = 1024 * 1024
CHECK = ("Try again later, and if it happens again, check the network (a proxy may rewrite "
         "the answers).")


class Clock:
    """Stands in for time.monotonic in the readers: moves only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _fails(tmp_path: Path, provider: ProviderName, monkeypatch: pytest.MonkeyPatch,
           answer: object, expected: str) -> None:
    """The first users page of a run is `answer(clock)`'s response."""
    clock = Clock()
    monkeypatch.setattr(http_module, "_monotonic", clock, raising=False)
    app = synced_app(tmp_path, provider, size=60)
    force_full_read(app)
    before = users(app)
    backend = app.demo.backend()
    host = GRAPH_HOST if provider is E else GOOGLE_HOST
    inner = backend.routes[host]
    served: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if not is_users_page(request, provider, first=True):
            return inner(request)
        served.append(1)
        return answer(clock)  # type: ignore[operator, no-any-return]

    backend.routes[host] = handler
    with pytest.raises(ProviderError) as info:
        app.sync_service().run(trigger="schedule")
    assert str(info.value) == expected
    assert served == [1]  # not retried: it would take as long again
    assert users(app) == before and len(before) == (48 if provider is E else 50)
    run = last_run(app)
    assert run.status is RunStatus.FAILED
    assert (run.added, run.updated, run.removed) == (0, 0, 0)
    assert str(run.error) == f"{expected} Nothing was applied."


def _endless(chunk: bytes, clock: Clock, step: float, most: int) -> Iterator[bytes]:
    """`chunk` again and again, the clock moving `step` s each; fails the test after
    `most` chunks (the reader would never have stopped)."""
    yield b'{"value": ['
    for _ in range(most):
        clock.now += step
        yield chunk
    raise AssertionError("the reader never stopped reading")


@pytest.mark.parametrize("provider", [E, G])
@pytest.mark.parametrize("announced", [False, True], ids=["streamed", "announced"])
def test_an_answer_larger_than_any_page_applies_nothing(
        tmp_path: Path, provider: ProviderName, monkeypatch: pytest.MonkeyPatch,
        announced: bool) -> None:
    """Before: read into memory whole, however large (a proxy streaming without end
    filled the memory); announced by its Content-Length, it is not read at all."""
    block = b" " * MIB

    def answer(clock: Clock) -> httpx.Response:
        if announced:  # a few bytes, but more are announced: nothing read
            return httpx.Response(200, content=iter([b'{"value": []}']), headers={
                "Content-Length": str(64 * MIB + 1), "Content-Type": "application/json"})
        return httpx.Response(200, content=_endless(block, clock, 0.0, 80))

    _fails(tmp_path, provider, monkeypatch, answer,
           f"{LABEL[provider]} sent an answer larger than 64 MB ({PATH[provider]}), more "
           f"than any directory page; IdP Wizard stopped reading it. {CHECK}")


@pytest.mark.parametrize("provider", [E, G])
@pytest.mark.parametrize("late", [False, True], ids=["trickled", "late"])
def test_an_answer_that_takes_longer_than_five_minutes_applies_nothing(
        tmp_path: Path, provider: ProviderName, monkeypatch: pytest.MonkeyPatch,
        late: bool) -> None:
    """A byte every 20 s never trips httpx's 30 s read timeout. Before: read for as
    long as the server kept sending (here: forever), or an answer after 10 minutes
    was taken as any other."""
    def answer(clock: Clock) -> httpx.Response:
        if late:
            clock.now += 600.0
            return httpx.Response(200, json={"value": [], "users": []})
        return httpx.Response(200, content=_endless(b" ", clock, 20.0, 10_000))

    _fails(tmp_path, provider, monkeypatch, answer,
           f"{LABEL[provider]} took more than 5 minutes to answer one request "
           f"({PATH[provider]}); IdP Wizard stopped waiting. Try again later, and if it "
           f"happens again, check the network connection.")
