"""Disconnect against a real scim2-server from which someone already deleted some of the
app's users: the summary counts the users it removed (or deactivated) and, apart, the
ones already gone, each compared with a full read of the server's /Users taken just
before, in the core result, the command line (English and German), the window's status
bar (English and German) and the audit log. A sync's removal in "delete" mode tells the
gone ones apart the same way; a 404 after a DELETE whose answer was lost stays a
removal (that DELETE most likely did it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from idp_wizard import cli_commands
from idp_wizard.app import App
from idp_wizard.cli import main
from idp_wizard.cli_sync_output import platform_lines
from idp_wizard.core.platform_target import TargetSettings
from idp_wizard.core.records import ProviderName
from idp_wizard.core.users import synced_rows
from idp_wizard.demo.memory_keyring import MemoryKeyring
from idp_wizard.ui.disconnect_actions import DisconnectActions
from tests.platform.engine import auth_env, by_hand, ours, platform_app
from tests.platform.helpers import TOKEN, Rig
from tests.platform.test_engine_removals import refilter
from tests.ui.panel_support import open_window, wait_idle

pytestmark = pytest.mark.platform
GONE_ONE = ("1 user the app provisioned was already gone from the platform (deleted there "
            "outside this app): there was nothing to remove.")
GONE_THREE = ("3 users the app provisioned were already gone from the platform (deleted "
              "there outside this app): there was nothing to remove.")


def delete_by_hand(rig: Rig, count: int) -> dict[str, dict[str, object]]:
    """Deletes `count` of the app's users on the server; returns what it then holds of
    ours (a full read of /Users)."""
    everyone = ours(rig)
    for name in sorted(everyone)[:count]:
        assert by_hand(rig, "DELETE", f"/Users/{everyone[name]['id']}").status_code == 204
    held = ours(rig)
    assert len(held) == len(everyone) - count
    return held


def synced_app(tmp_path: Path, rig: Rig, deactivate: bool = False) -> App:
    app = platform_app(tmp_path, rig, ProviderName.ENTRA, size=20)
    if deactivate:
        app.platform.save_settings(TargetSettings(deactivate=True))
    assert app.sync_service().run().status == "succeeded"
    assert len(ours(rig)) == len(synced_rows(app.store)) > 5
    return app


def platform_audit(app: App) -> list[str]:
    return [a["detail"] for a in app.store.audit_log() if a["action"] == "disconnect.platform"]


@pytest.mark.parametrize("deactivate", [False, True], ids=["delete", "deactivate"])
def test_disconnect_counts_the_users_already_gone_apart(
        tmp_path: Path, real_rig: Rig, deactivate: bool) -> None:
    app = synced_app(tmp_path, real_rig, deactivate)
    held = delete_by_hand(real_rig, 3)
    done = app.disconnect()
    assert (done.platform.removed, done.platform.gone, done.platform.kept) == (len(held), 3, 0)
    assert done.platform_removed == len(held)
    after = ours(real_rig)  # read back in full
    if deactivate:  # the ones it held are there, inactive; nobody else
        assert sorted(after) == sorted(held) and not any(u["active"] for u in after.values())
    else:
        assert after == {} and real_rig.users() == []
    verb = "deactivated on" if deactivate else "removed from"
    assert [str(m) for m in done.platform.messages()] == [
        f"{len(held)} users were {verb} the platform ({real_rig.url}).", GONE_THREE]
    word = "deactivated" if deactivate else "removed"
    assert platform_audit(app) == [f"{real_rig.url}: {word} {len(held)}, already gone 3"]


def test_a_disconnect_with_nobody_gone_says_nothing_of_gone_users(
        tmp_path: Path, real_rig: Rig) -> None:
    app = synced_app(tmp_path, real_rig)
    held = ours(real_rig)
    done = app.disconnect()
    assert (done.platform.removed, done.platform.gone) == (len(held), 0)
    assert [str(m) for m in done.platform.messages()] == [
        f"{len(held)} users were removed from the platform ({real_rig.url})."]
    assert platform_audit(app) == [f"{real_rig.url}: removed {len(held)}, already gone 0"]
    assert real_rig.users() == []


def test_a_delete_whose_answer_was_lost_stays_a_removal(tmp_path: Path,
                                                        real_rig: Rig) -> None:
    """The first DELETE is applied and answered 500; its retry meets a 404 that is the
    first one's doing: removed, not gone. (Guards the line drawn by this change: the
    old code counted every 404 to a DELETE as removed.)"""
    app = synced_app(tmp_path, real_rig)
    held = ours(real_rig)
    real_rig.faults.no_bulk, real_rig.faults.lost_answers = True, 1
    done = app.disconnect()
    assert (done.platform.removed, done.platform.gone) == (len(held), 0)
    assert real_rig.users() == []


def test_a_sync_removal_in_delete_mode_counts_the_gone_one_apart(
        tmp_path: Path, real_rig: Rig) -> None:
    app = synced_app(tmp_path, real_rig)
    everyone = ours(real_rig)
    department = next(o.value for o in app.rules_sync().options()["departments"]
                      if o.count > 1)
    staying = {r.email for r in synced_rows(app.store).values() if r.department == department}
    leaving = sorted(set(everyone) - staying)
    assert by_hand(real_rig, "DELETE", f"/Users/{everyone[leaving[0]]['id']}").status_code \
        == 204
    narrowed, _ = refilter(app, {"departments": [department]})
    p = narrowed.platform
    assert p is not None and len(leaving) > 2
    assert (p.status, p.deleted, p.gone, p.failed) == ("delivered", len(leaving) - 1, 1, 0)
    assert sorted(ours(real_rig)) == sorted(staying)
    assert platform_lines(narrowed)[1] == GONE_ONE


@pytest.fixture
def keychain(real_rig: Rig, monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    keyring = MemoryKeyring()
    monkeypatch.setattr(cli_commands, "auth_env_factory", lambda: auth_env(real_rig, keyring))
    return keyring


def cli(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str]:
    code = main(["--data-dir", str(data), "--demo", *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return code, out


@pytest.mark.usefixtures("keychain")
@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_command_line_says_removed_and_already_gone(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, real_rig: Rig,
        lang: str) -> None:
    data, token = tmp_path / "d", tmp_path / "token.txt"
    token.write_text(TOKEN + "\n", encoding="utf-8")
    cli(capsys, data, "target", "set", "--scim-url", real_rig.url, "--token-file", str(token))
    cli(capsys, data, "--demo-size", "20", "connect", "--provider", "entra")
    synced = len(ours(real_rig))
    held = delete_by_hand(real_rig, 1)
    _, out = cli(capsys, data, "--lang", lang, "disconnect", "--yes")
    assert ours(real_rig) == {} and real_rig.users() == []
    if lang == "en":
        assert out.splitlines() == [
            f"Disconnected Microsoft Entra ID. {synced} synced users were removed.",
            f"{len(held)} users were removed from the platform ({real_rig.url}).", GONE_ONE]
    else:
        assert out.splitlines() == [
            f"Verbindung zu Microsoft Entra ID getrennt. {synced} synchronisierte Benutzer "
            "wurden entfernt.",
            f"{len(held)} Benutzer wurden von der Plattform entfernt ({real_rig.url}).",
            "1 von der App bereitgestellter Benutzer war auf der Plattform bereits nicht "
            "mehr vorhanden (dort außerhalb dieser App gelöscht): Es gab nichts zu "
            "entfernen."]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_window_says_removed_and_already_gone(
        qtbot: QtBot, request: pytest.FixtureRequest, tmp_path: Path, real_rig: Rig,
        lang: str) -> None:
    if lang == "de":
        request.getfixturevalue("german")
    app = synced_app(tmp_path, real_rig)
    synced = len(synced_rows(app.store))
    held = delete_by_hand(real_rig, 3)
    window = open_window(qtbot, app)
    assert isinstance(window.disconnects, DisconnectActions)
    window.disconnects.run()
    wait_idle(qtbot, window)
    assert real_rig.users() == []
    said = window.statusBar().currentMessage()
    if lang == "en":
        assert said == (f"Disconnected. {synced} synced users were removed. {len(held)} users "
                        f"were removed from the platform ({real_rig.url}). {GONE_THREE}")
    else:
        assert said == (
            f"Verbindung getrennt. {synced} synchronisierte Benutzer wurden entfernt. {len(held)} "
            f"Benutzer wurden von der Plattform entfernt ({real_rig.url}). 3 von der App "
            "bereitgestellte Benutzer waren auf der Plattform bereits nicht mehr vorhanden "
            "(dort außerhalb dieser App gelöscht): Es gab nichts zu entfernen.")
    app.close()
