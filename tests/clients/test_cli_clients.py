"""The command line with several clients: --client, `clients ...`, `sync --all-clients`,
`status` of every client, history and diagnostics naming the client, one OS task."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from idp_wizard import cli_language, cli_schedule
from idp_wizard.cli import main
from idp_wizard.compose import open_profile
from idp_wizard.core.connection import save_filter
from idp_wizard.core.errors import ProviderError
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.paths import ProfilePaths
from tests.scheduling.fakes import FakeRunner, env


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(data), "--demo", *args])
    except SystemExit as exc:  # argparse's own usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _connect(capsys: pytest.CaptureFixture[str], data: Path, client: str,
             provider: str) -> None:
    code, _, err = run(capsys, data, "--demo-size", "40", "--client", client, "connect",
                       "--provider", provider)
    assert code == 0, err


def _two_clients(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    assert run(capsys, data, "clients", "rename", "Default", "Contoso")[0] == 0
    code, out, _ = run(capsys, data, "clients", "add", "Fabrikam")
    assert code == 0
    assert out == ("Added the client 'Fabrikam'. Its demo tenant: Fabrikam, fabrikam.example, "
                   f"180 employees. Connect it with: idp-wizard --data-dir {data} --demo "
                   "--client Fabrikam connect --provider entra|google\n")
    _connect(capsys, data, "contoso", "entra")
    _connect(capsys, data, "FABRIKAM", "google")


def test_with_one_client_no_client_option_is_needed(capsys: pytest.CaptureFixture[str],
                                                    tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    code, _, err = run(capsys, data, "--demo-size", "40", "connect", "--provider", "entra")
    assert code == 0, err
    code, out, _ = run(capsys, data, "status", "--json")
    status = json.loads(out)
    # The app's placeholder name gives way to the tenant's when the client connects.
    assert code == 0 and status["client"] == "contoso.example" and status["provider"] == "entra"
    code, out, _ = run(capsys, data, "history", "--json")
    history = json.loads(out)
    assert history["client"] == "contoso.example"
    assert [(a["action"], a["detail"]) for a in history["audit"]][:2] == [
        ("connect", "Microsoft Entra ID (demo tenant, 40 users in the directory)"),
        ("client.rename", "'Default' → 'contoso.example'")]


def test_clients_list_status_and_choosing_a_client(capsys: pytest.CaptureFixture[str],
                                                   tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    _two_clients(capsys, data)
    code, out, _ = run(capsys, data, "clients", "list", "--json")
    listed = json.loads(out)
    assert code == 0 and [(c["name"], c["provider"], c["state"]) for c in listed] == [
        ("Contoso", "entra", "connected"), ("Fabrikam", "google", "connected")]
    code, out, _ = run(capsys, data, "status", "--json")
    every = json.loads(out)["clients"]
    assert [(s["client"], s["provider"], s["tenant"]) for s in every] == [
        ("Contoso", "entra", "contoso.example (demo)"),
        ("Fabrikam", "google", "fabrikam.example (demo)")]
    assert [c["synced_users"] for c in listed] == [s["synced_users"] for s in every]
    assert all(s["synced_users"] > 0 for s in every)
    code, out, _ = run(capsys, data, "--client", "fabrikam", "status", "--json")
    assert json.loads(out)["client"] == "Fabrikam"
    code, out, _ = run(capsys, data, "--client", "Fabrikam", "users", "--format", "json")
    assert len(json.loads(out)) == every[1]["synced_users"]
    # Fabrikam's own domains (its initial and unverified ones too), never Contoso's
    assert all(u["email"].rpartition("@")[2].startswith("fabrikam") for u in json.loads(out))
    code, out, _ = run(capsys, data, "clients", "list")
    assert code == 0 and out.splitlines()[1].startswith("Contoso ") and "2 clients" in out

    for args, message in (
        (("sync",), "This profile has 2 clients ('Contoso', 'Fabrikam'); choose one "
                    "with --client NAME"),
        (("users",), "choose one with --client NAME"),
        (("--client", "Nobody", "sync"), "There is no client named 'Nobody'; the clients "
                                         "are 'Contoso', 'Fabrikam'."),
        (("--client", "", "sync"), "must name a client (it is empty)"),
        (("--client", "Contoso", "sync", "--all-clients"), "leave out --client NAME"),
        (("sync", "--all-clients", "--allow-deletions"), "use it with --client NAME"),
        (("--client", "Contoso", "clients", "list"), "--client does not apply"),
        (("clients", "remove", "Contoso"), "the following arguments are required: --yes"),
        (("--demo-size", "90", "clients", "add", "X"), "use it with --client NAME connect"),
        (("--client", "Contoso", "schedule", "status"), "one scheduled task syncs every"),
    ):
        code, out, err = run(capsys, data, *args)
        assert (code, out) == (2, ""), (args, err)
        assert message in err and "Traceback" not in err, (args, err)


def test_add_rename_remove_refuse_bad_names_and_change_nothing(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    _two_clients(capsys, data)
    before = run(capsys, data, "clients", "list", "--json")[1]
    for args in (("clients", "add", "CONTOSO"), ("clients", "add", "  "),
                 ("clients", "add", "Conto\u0073o"), ("clients", "rename", "Fabrikam", "contoso"),
                 ("clients", "rename", "Nobody", "X"), ("clients", "add", "x" * 81),
                 ("clients", "remove", "Nobody", "--yes")):
        code, out, err = run(capsys, data, *args)
        assert code == 2 and out == "" and err.count("\n") == 1, (args, err)
    assert run(capsys, data, "clients", "list", "--json")[1] == before

    code, out, _ = run(capsys, data, "clients", "rename", "fabrikam", "Fabrikam GmbH")
    assert (code, out) == (0, "Renamed the client 'Fabrikam' to 'Fabrikam GmbH'.\n")
    synced = json.loads(run(capsys, data, "--client", "Fabrikam GmbH", "status", "--json")[1])
    code, out, _ = run(capsys, data, "clients", "remove", "fabrikam gmbh", "--yes")
    assert code == 0
    assert out == (f"Removed the client 'Fabrikam GmbH': Google Workspace was disconnected and "
                   f"{synced['synced_users']:,} synced users were removed; its history (1 sync "
                   "run), settings and audit log were deleted.\n")
    code, out, _ = run(capsys, data, "status", "--json")  # one client again: one object
    assert json.loads(out)["client"] == "Contoso"
    # The last client, connected: it must be asked (--yes), then the profile starts afresh.
    assert run(capsys, data, "clients", "remove", "Contoso")[0] == 2
    assert json.loads(run(capsys, data, "status", "--json")[1])["state"] == "connected"
    code, out, _ = run(capsys, data, "clients", "remove", "Contoso", "--yes")
    assert code == 0 and "Microsoft Entra ID was disconnected" in out
    code, out, _ = run(capsys, data, "clients", "list", "--json")
    assert json.loads(out) == [{**json.loads(out)[0], "name": "Default", "provider": None,
                                "state": "disconnected", "synced_users": 0}]


def _three_clients_with_a_hold_and_a_failure(capsys: pytest.CaptureFixture[str],
                                             data: Path) -> None:
    _two_clients(capsys, data)
    assert run(capsys, data, "clients", "add", "Broken")[0] == 0
    _connect(capsys, data, "Broken", "entra")
    assert run(capsys, data, "clients", "add", "Idle")[0] == 0  # not connected: not synced
    profile = open_profile(ProfilePaths(data, demo=True))
    try:  # Fabrikam's next sync would remove most of its users: held
        fabrikam, broken = profile.find("Fabrikam").id, profile.find("Broken").id
        save_filter(profile.store, FilterSpec.from_json(
            {"version": 1, "include": {"departments": ["Legal"]}}), fabrikam)
        with profile.store.transaction() as db:  # saved by a version that let it through
            db.execute("UPDATE filters SET spec = '{\"version\": 7}' WHERE client_id = ?",
                       [broken])
    finally:
        profile.close()


def test_sync_all_clients_goes_on_after_a_failure_and_a_hold(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    _three_clients_with_a_hold_and_a_failure(capsys, data)
    code, out, err = run(capsys, data, "sync", "--all-clients", "--json")
    results = json.loads(out)["clients"]
    assert code == 1, err  # a failure outranks a hold
    assert [(r["client"], r["status"]) for r in results] == [
        ("Broken", "failed"), ("Contoso", "succeeded"), ("Fabrikam", "held")]
    assert "Nothing was synced; replace the filter" in results[0]["error"]
    assert results[1]["synced_users"] > 0 and results[2]["pending"]["removed"] > 0
    assert {"added", "updated", "removed", "synced_users"} <= set(results[0])

    code, out, _ = run(capsys, data, "sync", "--all-clients")
    assert code == 1
    assert "Fabrikam:\n  Sync held: " in out
    assert (f"Confirm with: idp-wizard --data-dir {data} --demo --client Fabrikam sync "
            "--allow-deletions") in out
    assert run(capsys, data, "clients", "remove", "Broken", "--yes")[0] == 0
    assert run(capsys, data, "sync", "--all-clients", "--json")[0] == 3  # held only
    assert run(capsys, data, "--client", "Fabrikam", "sync", "--allow-deletions")[0] == 0
    code, out, _ = run(capsys, data, "sync", "--all-clients", "--json")
    assert code == 0 and [r["status"] for r in json.loads(out)["clients"]] == [
        "succeeded", "succeeded"]


def test_diagnostics_of_one_client_or_of_all(capsys: pytest.CaptureFixture[str],
                                             tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    _two_clients(capsys, data)

    def files(*args: str) -> dict[str, object]:
        out = tmp_path / f"diag{len(args)}.zip"
        code, _, err = run(capsys, data, *args, "diagnostics", "export", str(out))
        assert code == 0, err
        with zipfile.ZipFile(out) as zf:
            return {n: json.loads(zf.read(n)) for n in zf.namelist() if n.endswith(".json")}

    every = files()
    assert [c["client"] for c in every["connection.json"]["clients"]] == ["Contoso", "Fabrikam"]
    assert [c["client"] for c in every["history.json"]["clients"]] == ["Contoso", "Fabrikam"]
    assert every["about.json"]["clients"] == 2
    one = files("--client", "Fabrikam")
    assert one["connection.json"]["client"] == "Fabrikam"
    assert one["connection.json"]["provider"] == "google"
    assert one["about.json"]["clients"] == 1


def test_one_os_task_syncs_every_client(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    runner = FakeRunner()
    monkeypatch.setattr(cli_schedule, "env_factory", lambda: env(tmp_path, "linux", runner))
    data = tmp_path / "d"
    data.mkdir()
    _two_clients(capsys, data)
    profile = open_profile(ProfilePaths(data, demo=True))
    try:
        for name, minutes in (("Contoso", 60), ("Fabrikam", 25)):
            app = profile.open(profile.find(name).id)
            app.save_settings({"sync_interval_minutes": minutes})
            app.close()
    finally:
        profile.close()
    code, out, err = run(capsys, data, "schedule", "install")
    assert code == 0, err
    assert "Scheduled a sync of every client every 25 minutes" in out  # the shortest
    unit = next((tmp_path / "home dir" / ".config" / "systemd" / "user").glob("*.service"))
    assert '"sync" "--all-clients" "--scheduled"' in unit.read_text()
    code, out, _ = run(capsys, data, "schedule", "status", "--json")
    status = json.loads(out)
    assert [c["client"] for c in status["clients"]] == ["Contoso", "Fabrikam"]
    assert "connection_state" not in status  # several clients: per client only
    for client in ("Contoso", "Fabrikam"):
        audit = json.loads(run(capsys, data, "--client", client, "history", "--json")[1])
        assert [a["action"] for a in audit["audit"]].count("schedule.install") == 1


def test_exports_never_write_over_a_clients_lock_file(capsys: pytest.CaptureFixture[str],
                                                      tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    _two_clients(capsys, data)
    lock = ProfilePaths(data, demo=True).client_lock(2)
    assert lock.is_file()
    before = lock.read_bytes()
    code, _, err = run(capsys, data, "--client", "Fabrikam", "users", "--format", "csv",
                       "--output", str(lock))
    assert code == 2 and "own files" in err
    assert lock.read_bytes() == before


def test_clients_list_and_sync_all_clients_in_german(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A failing client, a held one and a good one, in German: each outcome and each
    reason from the stored message; commands, names and the table's layout as they are."""
    data = tmp_path / "d"
    data.mkdir()
    _three_clients_with_a_hold_and_a_failure(capsys, data)
    hint = f"idp-wizard --data-dir {data} --demo --client"
    try:
        code, out, err = run(capsys, data, "--lang", "de", "sync", "--all-clients")
        assert (code, err) == (1, "")
        shown = {c["name"]: c for c in json.loads(run(capsys, data, "clients", "list",
                                                      "--json")[1])}
        contoso, fabrikam = shown["Contoso"]["synced_users"], shown["Fabrikam"]["synced_users"]
        assert out.splitlines() == [
            "Broken:",
            "  Synchronisierung fehlgeschlagen: Der gespeicherte Filter: Der Wert bei version "
            "muss 1 sein (dieser IdP Wizard liest Version 1). Es wurde nichts synchronisiert; "
            f"ersetzen Sie den Filter ({hint} Broken filters set FILE.json).",
            "Contoso:",
            "  Synchronisiert: 0 hinzugefügt, 0 aktualisiert, 0 entfernt; "
            f"{contoso} von 40 Mitarbeitenden freigegeben.",
            "Fabrikam:",
            f"  Synchronisierung angehalten: Diese Synchronisierung würde {fabrikam} von "
            f"{fabrikam} synchronisierten Benutzern entfernen, mehr als die Hälfte. Es wurde "
            "nichts übernommen; prüfen und bestätigen Sie die Entfernungen oder korrigieren "
            "Sie das Verzeichnis oder den Filter.",
            f"  Bestätigen Sie mit: {hint} Fabrikam sync --allow-deletions"]

        # Contoso's next run fails on the provider's side: recorded with its message.
        profile = open_profile(ProfilePaths(data, demo=True), http_sleep=lambda _s: None)
        try:
            app = profile.open(profile.find("Contoso").id)
            assert app.demo is not None
            app.demo.backend().faults.server_errors = 100  # type: ignore[attr-defined]
            with pytest.raises(ProviderError):
                app.sync_service().run()
            app.close()
        finally:
            profile.close()
        code, out, err = run(capsys, data, "--lang", "de", "clients", "list")
        assert (code, err) == (0, "")
        when = {c["name"]: c["last_sync"]["finished_at"] for c in json.loads(
            run(capsys, data, "clients", "list", "--json")[1]) if c["last_sync"]}
        assert out.splitlines() == [
            f"{'KUNDE':28} {'ANBIETER':18} {'ZUSTAND':24} {'BENUTZER':>8}  "
            "LETZTE SYNCHRONISIERUNG",
            f"{'Broken':28} {'Microsoft Entra ID':18} {'Verbunden':24} "
            f"{shown['Broken']['synced_users']:>8}  {when['Broken']} erfolgreich",
            f"{'! Contoso':28} {'Microsoft Entra ID':18} {'Verbunden':24} {contoso:>8}  "
            f"{when['Contoso']} fehlgeschlagen",
            "    Microsoft Graph antwortet nach 6 Versuchen immer noch nicht (503 "
            "serviceNotAvailable); prüfen Sie die Netzwerkverbindung oder versuchen Sie es "
            "später erneut. Es wurde nichts übernommen.",
            f"{'! Fabrikam':28} {'Google Workspace':18} {'Angehalten (Entfernunge…':24} "
            f"{fabrikam:>8}  {when['Fabrikam']} angehalten",
            f"    Diese Synchronisierung würde {fabrikam} von {fabrikam} synchronisierten "
            "Benutzern entfernen, mehr als die Hälfte. Es wurde nichts übernommen; prüfen und "
            "bestätigen Sie die Entfernungen oder korrigieren Sie das Verzeichnis oder den "
            "Filter.",
            f"{'Idle':28} {'-':18} {'Nicht verbunden':24} {0:>8}  -",
            "4 Kunden; 2 mit ! markiert (Handlungsbedarf: angehalten, fehlgeschlagen oder "
            "erneute Autorisierung nötig)"]
        code, out, _ = run(capsys, data, "clients", "list")  # English: the same layout
        assert code == 0 and out.splitlines()[3].startswith(
            "    Microsoft Graph is still not responding after 6 attempts")
    finally:
        cli_language.use("en")
