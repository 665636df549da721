"""A provider, proxy or tenant answering a users page of the wrong shape: the run fails
with one sentence, nothing is applied, the synced users stay exactly as they were."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from idp_wizard.core.connection import require_connection
from idp_wizard.core.errors import ProviderError
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import RunStatus

from .helpers import force_full_read, last_run, synced_app, users
from .hostile import alter_users_pages, items_key

E, G = ProviderName.ENTRA, ProviderName.GOOGLE
Body = dict[str, Any]
MALFORMED = {
    E: "Microsoft Graph returned a malformed response (/v1.0/users/delta); try again later.",
    G: "Google Directory API returned a malformed response (/admin/directory/v1/users); try "
       "again later.",
}
LABEL = {E: "Microsoft Graph", G: "Google Directory API"}
CHECK = "; try again later, and if it happens again, check the network (a proxy may " \
        "rewrite the answers)."


def _first_user(provider: ProviderName, change: Callable[[Body], Body]) -> Callable[[Body], Body]:
    key = items_key(provider)
    return lambda b: {**b, key: [change(b[key][0]), *b[key][1:]]}


def _without(name: str) -> Callable[[Body], Body]:
    return lambda u: {k: v for k, v in u.items() if k != name}


def _set(name: str, value: object) -> Callable[[Body], Body]:
    return lambda u: {**u, name: value}


def _fails(tmp_path: Path, provider: ProviderName, alter: Callable[[Body], object],
           expected: str) -> None:
    app = synced_app(tmp_path, provider, size=60)
    force_full_read(app)  # Entra: a full delta round (an increment would do as well)
    before = users(app)
    altered = alter_users_pages(app, provider, alter)
    with pytest.raises(ProviderError) as info:
        app.sync_service().run(trigger="schedule")
    assert str(info.value) == expected
    assert len(altered) >= 1
    assert users(app) == before and len(before) == (48 if provider is E else 50)
    run = last_run(app)
    assert run.status is RunStatus.FAILED
    assert (run.added, run.updated, run.removed) == (0, 0, 0)
    assert str(run.error) == f"{expected} Nothing was applied."


@pytest.mark.parametrize("provider", [E, G])
@pytest.mark.parametrize("name", ["error body", "items null", "items object", "items text"])
def test_a_page_without_a_user_list_applies_nothing(tmp_path: Path, provider: ProviderName,
                                                   name: str) -> None:
    """Before: read as an empty page, so its users were removed (or the run held, with
    a sentence about removals instead of the provider's answer)."""
    key = items_key(provider)
    alter = {
        "error body": lambda b: {"error": {"code": "generalException", "message": "boom"}},
        "items null": lambda b: {**b, key: None},
        "items object": lambda b: {**b, key: {}},
        "items text": lambda b: {**b, key: ""},
    }[name]
    _fails(tmp_path, provider, alter, MALFORMED[provider])


def test_a_graph_page_without_value_applies_nothing(tmp_path: Path) -> None:
    _fails(tmp_path, E, lambda b: {k: v for k, v in b.items() if k != "value"}, MALFORMED[E])


@pytest.mark.parametrize("provider", [E, G])
@pytest.mark.parametrize("change", [_without("id"), _set("id", None), _set("id", ""),
                                    _set("id", 12345), _set("id", ["x"]),
                                    _set("id", "7" * 257)],
                         ids=["missing", "null", "empty", "number", "list", "too long"])
def test_a_user_without_a_valid_id_applies_nothing(
        tmp_path: Path, provider: ProviderName, change: Callable[[Body], Body]) -> None:
    """Before: Entra dropped the user (and removed them from the platform), Google synced
    one with the id "" in their place, a number stopped the run with a TypeError, an id
    of any length was stored and used as a key (ids are GUIDs or ~21 digits)."""
    _fails(tmp_path, provider, _first_user(provider, change),
           f"{LABEL[provider]} listed a user without a valid id{CHECK}")


def test_a_graph_user_that_is_no_object_applies_nothing(tmp_path: Path) -> None:
    """Before: left out of the round, so a synced user could be removed."""
    _fails(tmp_path, E, lambda b: {**b, "value": ["someone", *b["value"]]},
           f"{LABEL[E]} listed a user without a valid id{CHECK}")


@pytest.mark.parametrize(("provider", "field", "value", "named"), [
    (E, "displayName", 5, "display_name"),
    (E, "givenName", 7, "given_name"),
    (E, "preferredLanguage", True, "language_raw"),
    (G, "primaryEmail", 5, "email"),
    (G, "orgUnitPath", 3, "org_unit"),
])
def test_a_number_where_text_belongs_applies_nothing(
        tmp_path: Path, provider: ProviderName, field: str, value: object, named: str) -> None:
    """Before: a TypeError or AttributeError deep in the plan ("Unexpected internal
    error")."""
    def alter(b: Body) -> Body:
        key = items_key(provider)
        first = {**b[key][0], field: value}
        self_id = first["id"]
        alter.uid = self_id  # type: ignore[attr-defined]
        return {**b, key: [first, *b[key][1:]]}

    app = synced_app(tmp_path, provider, size=60)
    force_full_read(app)
    before = users(app)
    alter_users_pages(app, provider, alter)
    with pytest.raises(ProviderError) as info:
        app.sync_service().run(trigger="schedule")
    uid = alter.uid  # type: ignore[attr-defined]
    assert str(info.value) == (f"{LABEL[provider]} listed the user {uid} with a value that "
                               f"is not text ({named}){CHECK}")
    assert users(app) == before
    assert last_run(app).status is RunStatus.FAILED


@pytest.mark.parametrize("full", [False, True])
def test_a_delta_link_to_another_host_applies_nothing(tmp_path: Path, full: bool) -> None:
    """Before: the round was applied and the link stored, so every later increment
    failed on it (the token never went there: the stored link was refused)."""
    app = synced_app(tmp_path, E, size=60)
    app.demo.simulate_changes(6)
    if full:
        force_full_read(app)
    link = require_connection(app.store).delta_link
    before = users(app)
    backend = app.demo.backend()
    backend.faults.log.clear()
    evil = "https://graph.evil.example/v1.0/users/delta?$deltatoken=stolen"
    altered = alter_users_pages(app, E, lambda b: {**b, "@odata.deltaLink": evil}
                                if "@odata.deltaLink" in b else b, first_only=False)
    with pytest.raises(ProviderError) as info:
        app.sync_service().run(trigger="schedule")
    assert info.value.code == "foreign_link"
    assert str(info.value).startswith("Microsoft Graph gave a link to "
                                      "https://graph.evil.example, which is not "
                                      "https://graph.microsoft.com; IdP Wizard did not follow "
                                      "it and sent no sign-in there.")
    assert len(altered) >= 1
    assert users(app) == before
    assert require_connection(app.store).delta_link == link
    assert {httpx.URL(u).host for u in backend.faults.log} == {"graph.microsoft.com"}
    assert last_run(app).status is RunStatus.FAILED
    backend.routes["graph.microsoft.com"] = backend.graph.handle  # the proxy is gone
    outcome = app.sync_service().run(trigger="schedule").to_json()
    assert outcome["status"] == "succeeded" and outcome["added"] + outcome["removed"] > 0
    assert require_connection(app.store).delta_link.startswith("https://graph.microsoft.com/")


@pytest.mark.parametrize("provider", [E, G])
@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_one_address_in_two_unicode_forms_is_one_address(
        tmp_path: Path, provider: ProviderName, form: str) -> None:
    """Two synced employees both move to "josé.garcía@…", once with é as one code point,
    once as e + a combining accent: one address. Before: both were updated, and the
    platform refused the second (409 uniqueness). Now, like any address two employees
    share, neither holds it yet, so both are kept as they were and named; the rest sync."""
    key = items_key(provider)
    mail = "mail" if provider is E else "primaryEmail"
    address = "jos\u00e9.garc\u00eda@contoso.example"
    ids: list[str] = []

    def alter(b: Body) -> Body:
        people = [dict(u) for u in b[key]]
        people[4][mail] = unicodedata.normalize(form, address)
        people[5][mail] = unicodedata.normalize("NFD" if form == "NFC" else "NFC", address)
        ids[:] = [people[4]["id"], people[5]["id"]]
        return {**b, key: people}

    app = synced_app(tmp_path, provider, size=60)
    force_full_read(app)
    before = users(app)
    app.demo.simulate_changes(4)  # the rest of the tenant changes too, and syncs
    expected = app.sync_service().run(dry_run=True).to_json()
    alter_users_pages(app, provider, alter)
    outcome = app.sync_service().run(trigger="schedule").to_json()
    after = users(app)
    assert outcome["status"] == "succeeded"
    counts = ("added", "updated", "removed")
    assert [outcome[k] for k in counts] == [expected[k] for k in counts]
    assert [after[uid] for uid in ids] == [before[uid] for uid in ids]
    named = [(p["employee_id"], p["reason"], p["action"]) for p in outcome["problems"]
             if p["employee_id"] in ids]
    said = f"e-mail address {address} is also used by another employee"
    assert sorted(named) == sorted([(ids[0], said, "kept"), (ids[1], said, "kept")])
    assert outcome["synced_users"] == len(after)


def test_a_google_user_listed_twice_is_planned_once(tmp_path: Path) -> None:
    """The same id on two pages (here: once more at the end), the second time with
    another department. Before: planned twice, so `synced_users` said 51 of 50 and
    the run's counts were off. Now the later listing is used, once, with a warning."""
    seen: list[str] = []

    def alter(b: Body) -> Body:
        again = {**b["users"][3], "organizations": [{"department": "Moved Dept",
                                                     "primary": True}]}
        seen.append(again["id"])
        return {**b, "users": [*b["users"], again]}

    app = synced_app(tmp_path, G, size=60)
    before = users(app)
    listed = app.sync_service().run(dry_run=True).to_json()["directory_users"]
    alter_users_pages(app, G, alter)
    outcome = app.sync_service().run(trigger="schedule").to_json()
    after = users(app)
    uid = seen[0]
    assert outcome["status"] == "succeeded"
    assert (outcome["added"], outcome["updated"], outcome["removed"]) == (0, 1, 0)
    assert outcome["synced_users"] == len(after) == len(before) == 50
    assert outcome["directory_users"] == listed == 55
    assert after[uid].department == "Moved Dept"
    assert {k: v for k, v in after.items() if k != uid} == {
        k: v for k, v in before.items() if k != uid}
    named = [(p["reason"], p["action"]) for p in outcome["problems"] if p["employee_id"] == uid]
    assert named == [("Google Directory API listed this user twice with different data; the "
                      "later listing was used", "warning")]


def test_a_google_user_listed_twice_alike_is_planned_once_without_remark(
        tmp_path: Path) -> None:
    app = synced_app(tmp_path, G, size=60)
    before = users(app)
    listed = app.sync_service().run(dry_run=True).to_json()["directory_users"]
    alter_users_pages(app, G, lambda b: {**b, "users": [*b["users"], b["users"][3]]})
    outcome = app.sync_service().run(trigger="schedule").to_json()
    assert (outcome["added"], outcome["updated"], outcome["removed"]) == (0, 0, 0)
    assert outcome["synced_users"] == 50 and outcome["directory_users"] == listed == 55
    assert [p for p in outcome["problems"] if "twice" in p["reason"]] == []
    assert users(app) == before


@pytest.mark.parametrize("provider", [E, G])
@pytest.mark.parametrize(("name", "stored", "said"), [
    ("Lone\ud800Half", "Lone\ufffdHalf",
     "display name held a lone surrogate U+D800 (not valid Unicode text), which was "
     "replaced"),
    ("Eve\x1b[2J\x1b[31mRed\x00", "Eve [2J [31mRed ",
     "display name held the control character U+001B, which was replaced"),
    ("Two\nLines\u0085", "Two Lines ",
     "display name held the control character U+000A, which was replaced"),
    # Shown as "Bob admin": "Trojan Source" spoofing in the users table and the CLI
    ("Bob \u202enimda\u202c", "Bob nimda",
     "display name held the bidirectional control character U+202E, which was replaced"),
    # An Arabic name an HR system wrapped in an isolate: its letters kept as they are
    ("\u2067\u0645\u062d\u0645\u062f\u2069 Smith", "\u0645\u062d\u0645\u062f Smith",
     "display name held the bidirectional control character U+2067, which was replaced"),
    ("Ann\u2028Lee\u2029", "Ann Lee ",
     "display name held the line or paragraph separator U+2028, which was replaced"),
])
def test_invalid_text_in_a_name_is_replaced_and_named(
        tmp_path: Path, provider: ProviderName, name: str, stored: str, said: str) -> None:
    """Before: a lone surrogate stopped the whole sync (UnicodeEncodeError: nothing
    synced for anyone); control characters (terminal escapes, NUL, line breaks) went to
    the store, the platform, the users table and `users` output as they came."""
    key = items_key(provider)
    ids: list[str] = []

    def alter(b: Body) -> Body:
        people = [dict(u) for u in b[key]]
        if provider is E:
            people[2]["displayName"] = name
        else:
            people[2]["name"] = {**people[2]["name"], "fullName": name, "displayName": name}
        ids.append(people[2]["id"])
        return {**b, key: people}

    app = synced_app(tmp_path, provider, size=60)
    force_full_read(app)
    before = users(app)
    alter_users_pages(app, provider, alter)
    outcome = app.sync_service().run(trigger="schedule").to_json()
    after = users(app)
    uid = ids[0]
    assert outcome["status"] == "succeeded"
    assert (outcome["added"], outcome["updated"], outcome["removed"]) == (0, 1, 0)
    assert after[uid].display_name == stored
    assert [(p["reason"], p["action"]) for p in outcome["problems"]
            if p["employee_id"] == uid] == [(said, "warning")]
    assert {k: v for k, v in after.items() if k != uid} == {
        k: v for k, v in before.items() if k != uid}
