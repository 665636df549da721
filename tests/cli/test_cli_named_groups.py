"""`filters set FILE` knows its filter before it reads: the members of just the groups
the filter names are read (no group request at all when it names none), it shares
whom the filtering page's way (every group read) shares, and a misspelled group or a
connection without group access is refused with what to do (reauthorize)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from idp_wizard.app import App
from idp_wizard.cli import main
from idp_wizard.compose import open_app
from idp_wizard.core.connection import save_connection
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.records import ProviderName
from idp_wizard.core.users import synced_rows
from idp_wizard.demo.transport import DemoBackend
from idp_wizard.paths import ProfilePaths
from idp_wizard.providers.permissions import GROUP_ACCESS_REQUESTED
from tests.flows import connect
from tests.request_log import RequestLog

BERLIN = 12  # "Office Berlin", 47 of the 250 demo employees


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--demo", *args])
    out, err = capsys.readouterr()
    return code, out, err


def filters_set(capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path,
                spec: dict[str, object]) -> tuple[int, str, str]:
    f = tmp_path / "filter.json"
    f.write_text(json.dumps({"version": 1, **spec}), encoding="utf-8")
    return run(capsys, data, "filters", "set", str(f), "--allow-deletions")


def opened(data: Path) -> App:
    return open_app(ProfilePaths(data, demo=True))


def shared_ids(data: Path) -> set[str]:
    app = opened(data)
    try:
        return set(synced_rows(app.store))
    finally:
        app.close()


def gui_shares(tmp_path: Path, spec: dict[str, object]) -> set[str]:
    """Whom the same filter shares on the same demo tenant the filtering page's way."""
    app = opened(tmp_path / "gui")
    try:
        connect(app, ProviderName.ENTRA)
        assert app.sync_service().run(trigger="connect").status == "succeeded"
        session = app.rules_sync()
        assert len(session.directory.groups) == 36  # every group, with its members
        chosen = FilterSpec.from_json({"version": 1, **spec})
        outcome = app.save_filter_and_sync(chosen, session, allow_deletions=True)
        assert outcome.status == "succeeded"
        return set(synced_rows(app.store))
    finally:
        app.close()


def berlin_id() -> str:
    return DemoBackend(size=250).tenant.entra_group_id(BERLIN)


def test_a_filter_naming_no_group_reads_no_group(
        capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    spec: dict[str, object] = {"include": {"departments": ["Sales"]}}
    seen = RequestLog(monkeypatch)
    assert filters_set(capsys, connected, tmp_path, spec)[0] == 0
    assert seen.group_requests() == 0 and seen.count("/users") == 3  # users, rooms, /me
    shared = shared_ids(connected)
    assert 0 < len(shared) < 250 and shared == gui_shares(tmp_path, spec)


def test_a_filter_naming_a_group_reads_its_members_only(
        capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    spec: dict[str, object] = {"include": {"groups": ["OFFICE berlin"]}}
    seen = RequestLog(monkeypatch)
    assert filters_set(capsys, connected, tmp_path, spec)[0] == 0
    # The groups listing, then one $batch with Office Berlin's members in it.
    assert seen.members_of() == {berlin_id(): 1}
    assert seen.group_requests() == 2
    shared = shared_ids(connected)
    assert 0 < len(shared) <= 47 and shared == gui_shares(tmp_path, spec)


def test_a_misspelled_group_is_refused_as_before(
        capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    before = shared_ids(connected)
    seen = RequestLog(monkeypatch)
    code, _, err = filters_set(capsys, connected, tmp_path,
                               {"include": {"groups": ["Office Berlinn"]}})
    assert (code, err) == (2, f"idp-wizard: error: {tmp_path / 'filter.json'}: "
                              "include.groups: there is no group 'Office Berlinn' in the "
                              "directory\n")
    assert seen.members_of() == {} and seen.group_requests() == 1  # the listing only
    assert shared_ids(connected) == before


def test_without_group_access_a_group_filter_is_refused_with_what_to_do(
        capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    app = opened(connected)
    conn = app.connection()
    assert conn is not None
    conn.scopes = [s for s in conn.scopes if s != "GroupMember.Read.All"]
    save_connection(app.store, conn, app.client_id)
    app.close()
    seen = RequestLog(monkeypatch)
    f = tmp_path / "filter.json"
    f.write_text(json.dumps({"version": 1, "include": {"groups": [berlin_id()]}}))
    # Both ways say why (FilterSession's group-access check comes first), not "there
    # is no group" (what the check of values said without --allow-unmatched before).
    for more in (["--allow-unmatched"], []):
        code, _, err = run(capsys, connected, "filters", "set", str(f), *more)
        assert (code, err) == (2, f"idp-wizard: error: {f}: {GROUP_ACCESS_REQUESTED}\n")
    assert seen.group_requests() == 0


@pytest.mark.parametrize("written", ["upper", "braces", "spaces"])
def test_a_group_id_in_upper_case_or_braces_is_that_group(
        capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, written: str) -> None:
    """Entra ids are GUIDs: PowerShell and some portals show them in capitals or braces.
    They were refused as "there is no group"; now they name the group its id names."""
    gid = berlin_id()
    value = {"upper": gid.upper(), "braces": "{" + gid.upper() + "}",
             "spaces": f"  {gid} "}[written]
    seen = RequestLog(monkeypatch)
    code, _, err = filters_set(capsys, connected, tmp_path, {"include": {"groups": [value]}})
    assert (code, err) == (0, "")
    assert seen.members_of() == {gid: 1}  # that group's members, read once
    assert shared_ids(connected) == gui_shares(tmp_path, {"include": {"groups": [gid]}})
    # 44 of Berlin's 47 members: those the default filter shares.
    assert len(shared_ids(connected)) == 44
