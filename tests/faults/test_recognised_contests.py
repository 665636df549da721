"""A hostile trial of what a recognising full read trusts besides the bytes: the
stored rows (edited by hand) and the recognised users' addresses, contested in
other capitals or Unicode forms. Each round reports and stores exactly what the read
that maps everyone does (core/known_sources.py)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from idp_wizard.app import App

from .helpers import users
from .recognised_trial import trial


def _rows(app: App) -> list[tuple[str, str, int, int]]:
    return [tuple(r) for r in app.store.db.execute(  # type: ignore[misc]
        "SELECT id, email, fingerprint, source_fingerprint FROM synced_users "
        "WHERE source_fingerprint != 0 ORDER BY id")]


def _edit(sql: str, params: Callable[[list[tuple[str, str, int, int]]], list[object]],
          ) -> Callable[[App], None]:
    def edit(app: App) -> None:
        with app.store.transaction() as db:
            db.execute(sql, params(_rows(app)))
    return edit


# (the edit, how many fewer users are recognised, reads)
EDITS: dict[str, tuple[Callable[[App], None], int, int]] = {
    "another's address": (_edit("UPDATE synced_users SET email = ? WHERE id = ?",
                                lambda r: [r[5][1], r[3][0]]), 0, 2),
    "two addresses in one": (_edit("UPDATE synced_users SET email = ? WHERE id = ?",
                                   lambda r: [f"{r[3][1]}\n{r[5][1]}", r[3][0]]), 0, 2),
    "no address": (_edit("UPDATE synced_users SET email = '' WHERE id = ?",
                         lambda r: [r[3][0]]), 1, 1),
    # another's source, bound to this row: two rows share it, neither is recognised
    "another's source": (_edit("UPDATE synced_users SET source_fingerprint = ? WHERE id = ?",
                               lambda r: [r[5][3] ^ r[5][2] ^ r[3][2], r[3][0]]), 2, 1),
    "another's fingerprints": (_edit(
        "UPDATE synced_users SET fingerprint = ?, source_fingerprint = ? WHERE id = ?",
        lambda r: [r[5][2], r[5][3], r[3][0]]), 2, 1),
    "fingerprint 0": (_edit("UPDATE synced_users SET fingerprint = 0 WHERE id = ?",
                            lambda r: [r[3][0]]), 1, 1),
    "source equal to fingerprint": (_edit(
        "UPDATE synced_users SET source_fingerprint = fingerprint WHERE id = ?",
        lambda r: [r[3][0]]), 1, 1),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_a_row_edited_by_hand_is_planned_as_the_plain_read_plans_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    edit, fewer, reads = EDITS[name]
    spy, report, ids = trial(tmp_path, monkeypatch, edit)
    recognised = 0 if reads == 2 else len(ids) - fewer
    assert spy.recognised == [recognised, recognised] and spy.reads == [reads, reads]
    assert isinstance(report, dict) and report["added"] == 0


def _contest(held: str, taken: str) -> Callable[[App], None]:
    """A synced user gets `held`, synced so; then another employee takes `taken`."""
    def prepare(app: App) -> None:
        tenant, synced = app.demo.backend().tenant, {r.email for r in users(app).values()}
        holder, other = [p for p in tenant.persons
                         if not p.removed and p.mail in synced][3:5]
        tenant.persons.set_mail(holder.key, held)
        tenant.version += 1
        assert app.sync_service().run(full=True).to_json()["updated"] == 1
        tenant.persons.set_mail(other.key, taken)
        tenant.version += 1
    return prepare


@pytest.mark.parametrize(("held", "taken"), [
    ("jörg@contoso.example", "JÖRG@contoso.example"),
    ("JÖRG@contoso.example", unicodedata.normalize("NFD", "jörg@contoso.example")),
    ("straße@contoso.example", "STRASSE@contoso.example"),
    ("i\u0307lke@contoso.example", "\u0130LKE@contoso.example"),
    ("k@contoso.example", "\u212a@contoso.example"),  # the Kelvin sign
], ids=["umlaut", "nfd", "sharp s", "dotted i", "kelvin"])
def test_a_recognised_address_taken_in_other_capitals_is_read_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, held: str, taken: str) -> None:
    spy, report, _ids = trial(tmp_path, monkeypatch, _contest(held, taken))
    assert spy.recognised == [0, 0] and spy.reads == [2, 2]
    assert isinstance(report, dict) and report["added"] == report["updated"] == 0
    assert report["kept"] == 1  # the one who took it was synced: kept as it was


def test_an_address_differing_in_width_is_another(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Full-width letters are other letters to casefold, to NFC and to the platform."""
    spy, report, ids = trial(tmp_path, monkeypatch, _contest(
        "abc@contoso.example", "\uff41\uff42\uff43@contoso.example"))
    assert spy.recognised == [len(ids) - 1] * 2 and spy.reads == [1, 1]
    assert isinstance(report, dict) and (report["updated"], report["kept"]) == (1, 0)
