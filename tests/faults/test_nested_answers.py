"""An answer nested deeper than Python's recursion limit (2 KB of brackets: a proxy's
or a damaged answer) is a malformed answer: the run fails with the sentence every
malformed answer gets, nothing applied. Before: both JSON parsers raised
RecursionError, and the run failed as "Unexpected internal error"."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from idp_wizard.core.errors import ProviderError
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import RunStatus

from .helpers import force_full_read, last_run, synced_app, users
from .hostile import GRAPH_HOST, alter_users_pages, items_key

E, G = ProviderName.ENTRA, ProviderName.GOOGLE
DEEP = b"[" * 5000 + b"]" * 5000
MALFORMED = {
    E: "Microsoft Graph returned a malformed response (/v1.0/users/delta); try again later.",
    G: "Google Directory API returned a malformed response (/admin/directory/v1/users); try "
       "again later.",
}


def _with_deep_user(provider: ProviderName) -> Any:
    key = items_key(provider)

    def alter(body: dict[str, Any]) -> bytes:
        first = body[key][0] if body[key] else {"id": "someone"}
        body[key] = [{**first, "x": "DEEP"}, *body[key][1:]]
        return json.dumps(body).encode().replace(b'"DEEP"', DEEP)
    return alter


@pytest.mark.parametrize(("provider", "full"), [(E, True), (E, False), (G, True)],
                         ids=["graph full round", "graph increment", "google listing"])
def test_a_page_nested_too_deep_applies_nothing(tmp_path: Path, provider: ProviderName,
                                                full: bool) -> None:
    app = synced_app(tmp_path, provider, size=60)
    if full:
        force_full_read(app)
    before = users(app)
    alter_users_pages(app, provider, _with_deep_user(provider))
    with pytest.raises(ProviderError) as info:
        app.sync_service().run(trigger="schedule")
    assert str(info.value) == MALFORMED[provider]
    assert users(app) == before and len(before) == (48 if provider is E else 50)
    run = last_run(app)
    assert run.status is RunStatus.FAILED
    assert str(run.error) == f"{MALFORMED[provider]} Nothing was applied."


def test_an_error_answer_nested_too_deep_still_names_its_status(tmp_path: Path) -> None:
    app = synced_app(tmp_path, E, size=60)
    backend = app.demo.backend()
    backend.routes[GRAPH_HOST] = lambda request: httpx.Response(
        400, content=b'{"error":' + DEEP + b"}")
    with pytest.raises(ProviderError) as info:
        app.sync_service().run(trigger="schedule")
    assert str(info.value) == ("Microsoft Graph rejected the request to /v1.0/users/delta "
                               "(400 HTTP 400).")
