"""Groups and their members are held to the checks users are: an id of a provider's
length, text where text belongs. A bad one stops the read with one sentence (nothing
is applied), as a bad user does; it is neither dropped nor stored as it came."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from idp_wizard.core.errors import ProviderError
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import RunStatus
from idp_wizard.demo.directory_fake import GOOGLE_HOST
from idp_wizard.demo.graph_fake import DEMO_TOKEN
from idp_wizard.demo.transport import DemoBackend
from idp_wizard.providers.google_directory import GoogleDirectoryReader, make_google_http
from idp_wizard.providers.graph import GraphReader, make_graph_http
from idp_wizard.providers.http import make_client
from idp_wizard.providers.tokens import StaticTokenSource
from tests.faults.helpers import force_full_read, last_run, synced_app, users

Body = dict[str, Any]
LABEL = {False: "Microsoft Graph", True: "Google Directory API"}
CHECK = ("; try again later, and if it happens again, check the network (a proxy may "
         "rewrite the answers).")
NAME = {False: "displayName", True: "name"}
MAIL = {False: "mail", True: "email"}


def _reader(backend: DemoBackend, google: bool) -> GraphReader | GoogleDirectoryReader:
    client = make_client(backend.transport())
    tokens = StaticTokenSource(DEMO_TOKEN)
    if google:
        return GoogleDirectoryReader(make_google_http(client, tokens, sleep=lambda s: None))
    return GraphReader(make_graph_http(client, tokens, sleep=lambda s: None))


def _alter_groups(backend: DemoBackend, google: bool, change: Callable[[Body], Body]) -> None:
    """The first group of the groups listing reaches the reader as `change` makes it."""
    host = GOOGLE_HOST if google else "graph.microsoft.com"
    inner, items = backend.routes[host], "groups" if google else "value"

    def handler(request: httpx.Request) -> httpx.Response:
        response = inner(request)
        if response.status_code != 200 or not request.url.path.endswith("/groups"):
            return response
        body = json.loads(response.read())
        return httpx.Response(200, json={**body, items: [change(body[items][0]),
                                                         *body[items][1:]]})

    backend.routes[host] = handler


def _alter_first_member(backend: DemoBackend, google: bool,
                        change: Callable[[Body], Body]) -> list[str]:
    """The first user member of every group's first member page reaches the reader as
    `change` makes it (Graph: inside the $batch answers). Returns the groups' ids."""
    host = GOOGLE_HOST if google else "graph.microsoft.com"
    inner = backend.routes[host]
    touched: list[str] = []

    def first_user(page: list[Body], group: str) -> list[Body]:
        kind = ("type", "USER") if google else ("@odata.type", "#microsoft.graph.user")
        at = next(i for i, m in enumerate(page) if m.get(kind[0]) == kind[1])
        touched.append(group)
        return [*page[:at], change(page[at]), *page[at + 1:]]

    def handler(request: httpx.Request) -> httpx.Response:
        response = inner(request)
        path = request.url.path
        if response.status_code != 200:
            return response
        body = json.loads(response.read())
        if google and path.endswith("/members") and "pageToken" not in request.url.params:
            if body.get("members"):
                body["members"] = first_user(body["members"], path.split("/")[-2])
        elif not google and path.endswith("/$batch"):
            for answer in body["responses"]:
                value = answer["body"]["value"]
                if any(m.get("@odata.type") == "#microsoft.graph.user" for m in value):
                    group = json.loads(request.content)["requests"][int(answer["id"])]["url"]
                    answer["body"]["value"] = first_user(value, group.split("/")[2])
        return httpx.Response(200, json=body)

    backend.routes[host] = handler
    return touched


def _set(key: str, value: object) -> Callable[[Body], Body]:
    return lambda entry: {**entry, key: value}


def _without(key: str) -> Callable[[Body], Body]:
    return lambda entry: {k: v for k, v in entry.items() if k != key}


BAD_IDS = [_without("id"), _set("id", None), _set("id", ""), _set("id", 12345),
           _set("id", ["x"]), _set("id", "7" * 257)]
BAD_ID_NAMES = ["missing", "null", "empty", "number", "list", "too long"]
NOT_OBJECTS = [lambda e: e["id"], lambda e: None, lambda e: 7, lambda e: [e]]
NOT_OBJECT_NAMES = ["text", "null", "number", "list"]


@pytest.mark.parametrize("google", [False, True])
@pytest.mark.parametrize("change", BAD_IDS, ids=BAD_ID_NAMES)
def test_a_group_without_a_valid_id_stops_the_read(google: bool,
                                                   change: Callable[[Body], Body]) -> None:
    """Before: the group's members were asked for at "/groups//members" or with the
    id as Python writes it ("['x']", 257 digits) in the URL, and the admin read that
    the group "was not found ... it may have been deleted"; where a provider answers
    such a URL, the id was stored and used as a key (ids are GUIDs or ~21 digits)."""
    backend = DemoBackend(size=40)
    _alter_groups(backend, google, change)
    with pytest.raises(ProviderError) as info:
        _reader(backend, google).read_groups()
    assert str(info.value) == f"{LABEL[google]} listed a group without a valid id{CHECK}"
    assert info.value.code == "malformed"


@pytest.mark.parametrize("google", [False, True])
@pytest.mark.parametrize(("field", "value"), [("name", 5), ("name", ["Sales"]),
                                              ("name", {"x": 1}), ("mail", 7)])
def test_a_group_with_a_value_that_is_not_text_stops_the_read(
        google: bool, field: str, value: object) -> None:
    """Before: a number, list or object for a name passed as it came (to the filter
    lists, the store and the platform's group names)."""
    backend = DemoBackend(size=40)
    key = NAME[google] if field == "name" else MAIL[google]
    first = _reader(DemoBackend(size=40), google).read_groups()[0].id
    _alter_groups(backend, google, _set(key, value))
    with pytest.raises(ProviderError) as info:
        _reader(backend, google).read_groups()
    assert str(info.value) == (f"{LABEL[google]} listed the group {first} with a value that "
                               f"is not text ({key}){CHECK}")


@pytest.mark.parametrize("google", [False, True])
@pytest.mark.parametrize("change", BAD_IDS, ids=BAD_ID_NAMES)
def test_a_member_without_a_valid_id_stops_the_read(google: bool,
                                                    change: Callable[[Body], Body]) -> None:
    """Before: a member without an id was dropped (and left a filter naming the group),
    a list stopped the read with a TypeError ("Unexpected internal error"), a number or
    an id of any length was kept as a member as it came."""
    backend = DemoBackend(size=40)
    touched = _alter_first_member(backend, google, change)
    with pytest.raises(ProviderError) as info:
        _reader(backend, google).read_groups()
    assert len(touched) >= 1
    assert str(info.value) == (f"{LABEL[google]} listed a member of the group {touched[0]} "
                               f"without a valid id{CHECK}")


@pytest.mark.parametrize("google", [False, True])
@pytest.mark.parametrize("change", NOT_OBJECTS, ids=NOT_OBJECT_NAMES)
def test_a_member_entry_that_is_no_object_stops_the_read(
        google: bool, change: Callable[[Body], object]) -> None:
    """Before: passed over, so a user listed that way left every group it is in (and a
    filter naming such a group would have removed it from the platform)."""
    backend = DemoBackend(size=40)
    touched = _alter_first_member(backend, google, change)  # type: ignore[arg-type]
    with pytest.raises(ProviderError) as info:
        _reader(backend, google).read_groups()
    assert len(touched) >= 1
    assert str(info.value) == (f"{LABEL[google]} listed a member of the group {touched[0]} "
                               f"without a valid id{CHECK}")


@pytest.mark.parametrize("google", [False, True])
@pytest.mark.parametrize("change", NOT_OBJECTS, ids=NOT_OBJECT_NAMES)
def test_a_group_entry_that_is_no_object_stops_the_read(
        google: bool, change: Callable[[Body], object]) -> None:
    """Before: passed over, so the group vanished (a filter naming it was refused as
    naming no group, or an exclude filter shared its members)."""
    backend = DemoBackend(size=40)
    listed = len(_reader(DemoBackend(size=40), google).read_groups())
    _alter_groups(backend, google, change)  # type: ignore[arg-type]
    with pytest.raises(ProviderError) as info:
        _reader(backend, google).read_groups()
    assert listed > 1
    assert str(info.value) == f"{LABEL[google]} listed a group without a valid id{CHECK}"
    assert info.value.code == "malformed"


def test_members_that_are_no_users_are_still_passed_over() -> None:
    """Devices and nested groups are no people: a bad id there stops nothing."""
    backend = DemoBackend(size=40)
    plain = _reader(DemoBackend(size=40), False).read_groups()
    host = "graph.microsoft.com"
    inner = backend.routes[host]

    def handler(request: httpx.Request) -> httpx.Response:
        response = inner(request)
        if not request.url.path.endswith("/$batch") or response.status_code != 200:
            return response
        body = json.loads(response.read())
        for answer in body["responses"]:
            answer["body"]["value"].append({"@odata.type": "#microsoft.graph.device",
                                            "id": 5})
        return httpx.Response(200, json=body)

    backend.routes[host] = handler
    assert [(g.id, g.member_ids) for g in _reader(backend, False).read_groups()] == [
        (g.id, g.member_ids) for g in plain]


@pytest.mark.parametrize("provider", [ProviderName.ENTRA, ProviderName.GOOGLE])
def test_a_bad_member_id_fails_the_sync_and_applies_nothing(tmp_path: Path,
                                                            provider: ProviderName) -> None:
    google = provider is ProviderName.GOOGLE
    app = synced_app(tmp_path, provider, size=60)
    session = app.rules_sync()
    group = next(o.value for o in session.options()["groups"] if o.count > 3)
    spec = FilterSpec.from_json({"version": 1, "include": {"groups": [group]}})
    changed = app.save_filter_and_sync(spec, session, allow_deletions=True)
    assert changed.status == "succeeded"
    force_full_read(app)
    before = users(app)
    touched = _alter_first_member(app.demo.backend(), google,  # type: ignore[union-attr]
                                  _set("id", "7" * 257))
    with pytest.raises(ProviderError) as info:
        app.sync_service().run(trigger="schedule")
    expected = f"{LABEL[google]} listed a member of the group {touched[0]} without a valid id"
    assert str(info.value) == expected + CHECK
    assert users(app) == before and len(before) > 0
    run = last_run(app)
    assert run.status is RunStatus.FAILED
    assert (run.added, run.updated, run.removed) == (0, 0, 0)
    assert str(run.error) == f"{expected}{CHECK} Nothing was applied."


@pytest.mark.parametrize("provider", [ProviderName.ENTRA, ProviderName.GOOGLE])
def test_a_group_entry_that_is_no_object_fails_the_sync_and_applies_nothing(
        tmp_path: Path, provider: ProviderName) -> None:
    """An exclude filter names the group: passed over, its members were no longer
    excluded (or the filter was refused as naming no group)."""
    google = provider is ProviderName.GOOGLE
    app = synced_app(tmp_path, provider, size=60)
    backend = app.demo.backend()  # type: ignore[union-attr]
    first = _reader(backend, google).read_groups()[0]
    assert len(first.member_ids & users(app).keys()) > 0  # people the filter takes out
    spec = FilterSpec.from_json({"version": 1, "exclude": {"groups": [first.id]}})
    changed = app.save_filter_and_sync(spec, app.rules_sync(), allow_deletions=True)
    assert changed.status == "succeeded"
    force_full_read(app)
    before = users(app)
    assert len(before) > 0 and before.keys().isdisjoint(first.member_ids)
    _alter_groups(backend, google, lambda entry: entry["id"])  # type: ignore[arg-type,return-value]
    with pytest.raises(ProviderError) as info:
        app.sync_service().run(trigger="schedule")
    expected = f"{LABEL[google]} listed a group without a valid id{CHECK}"
    assert str(info.value) == expected
    assert users(app) == before
    run = last_run(app)
    assert run.status is RunStatus.FAILED
    assert (run.added, run.updated, run.removed) == (0, 0, 0)
    assert str(run.error) == f"{expected} Nothing was applied."
