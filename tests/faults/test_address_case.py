"""A synced user's address taken by another employee, spelt with other capitals: the
newcomer does not get it, whether the letters that differ are ASCII ("ABC"/"abc") or
not ("JÖRG"/"jörg", "STRASSE"/"straße"). Every duplicate check compares addresses
case-folded; the platform's lookup of who holds an address must too (core/users.py
`holders`), or an incremental round shares the address twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp_wizard.app import App
from idp_wizard.core.records import ProviderName
from idp_wizard.demo.people import Person

from .helpers import synced_app, users
from .hostile import GRAPH_HOST, alter_users_pages

E = ProviderName.ENTRA


def _synced_people(app: App) -> list[Person]:
    """People synced under their own address (none of them contested)."""
    tenant, synced = app.demo.backend().tenant, {r.email for r in users(app).values()}
    return [p for p in tenant.persons if not p.removed and p.mail in synced
            and p.mail.startswith(("a", "b", "c", "d", "e"))]


def _set_mail(app: App, person: Person, mail: str) -> None:
    tenant = app.demo.backend().tenant
    tenant.persons.set_mail(person.key, mail)
    tenant.version += 1


@pytest.mark.parametrize(("held", "taken"), [
    ("ABC@contoso.example", "abc@contoso.example"),
    ("JÖRG@contoso.example", "jörg@contoso.example"),
    ("jörg@contoso.example", "JÖRG@CONTOSO.EXAMPLE"),
    ("straße@contoso.example", "STRASSE@contoso.example"),
], ids=["ascii", "umlaut held upper", "umlaut held lower", "sharp s"])
def test_an_address_taken_in_other_capitals_stays_its_holders(
        tmp_path: Path, held: str, taken: str) -> None:
    """Before: for the non-ASCII spellings the incremental round updated the newcomer
    to the holder's address (the platform's lookup folded ASCII letters only), and
    the next full read kept both, each with a remark."""
    app = synced_app(tmp_path, E, size=60)
    holder, newcomer = _synced_people(app)[:2]
    _set_mail(app, holder, held)
    assert app.sync_service().run(full=True).to_json()["updated"] == 1
    before = users(app)
    holder_id = next(uid for uid, r in before.items() if r.email == held)
    newcomer_id = next(uid for uid, r in before.items() if r.email == newcomer.mail)
    _set_mail(app, newcomer, taken)
    backend = app.demo.backend()
    graph = backend.routes[GRAPH_HOST]
    # The demo's change rounds list its churn only: this one lists the newcomer too.
    alter_users_pages(app, E, lambda body: {**body, "value": [
        *body["value"], {"id": newcomer_id, "mail": taken}]})
    for full in (False, True):  # the increment, then a full read
        outcome = app.sync_service().run(full=full).to_json()
        backend.routes[GRAPH_HOST] = graph
        assert (outcome["added"], outcome["updated"], outcome["kept"]) == (0, 0, 1)
        problems = [(p["employee_id"], p["action"], p["reason"]) for p in outcome["problems"]
                    if p["employee_id"] in (holder_id, newcomer_id)]
        assert problems == [(newcomer_id, "kept", f"e-mail address {taken} is also used "
                                                  "by another employee")]
    assert users(app) == before and users(app)[holder_id].email == held
