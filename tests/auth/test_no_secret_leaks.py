"""After full connect/sync/disconnect cycles through the CLI, no minted secret is
anywhere on disk (database, its WAL, logs) or in what the CLI printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp_wizard import cli, cli_commands
from idp_wizard.demo.entra_fake import DEMO_CLIENT_ID

from .conftest import Fakes


def run(*argv: str) -> int:
    return cli.main(list(argv))


def test_cli_cycles_leave_no_token_behind(fakes: Fakes, google_file: Path,
                                          capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_commands, "auth_env_factory", fakes.env)
    assert run("connect", "--provider", "entra", "--client-id", DEMO_CLIENT_ID) == 0
    fakes.entra.revoke_access_tokens()  # force a refresh in the next sync
    assert run("sync", "--json") == 0
    assert run("status") == 0
    assert run("disconnect", "--yes") == 0
    assert run("connect", "--provider", "entra", "--device-code", "--no-sync") == 0
    assert run("disconnect", "--yes") == 0
    assert run("connect", "--provider", "google", "--client-secret-file", str(google_file)) == 0
    fakes.google.revoke_access_tokens()
    assert run("sync") == 0
    assert run("disconnect", "--yes") == 0
    out, err = capsys.readouterr()
    assert "Connected to Microsoft Entra ID" in out and "enter the code" in err
    assert fakes.keyring.entries == {}

    secrets = fakes.minted()
    assert len(fakes.entra.minted.refresh_tokens) >= 3 and fakes.google.minted.codes
    files = [p for p in fakes.data_dir.rglob("*") if p.is_file()]
    assert any(p.suffix == ".sqlite3" for p in files) and any(p.suffix == ".log" for p in files)
    blobs = {str(p): p.read_bytes() for p in files}
    blobs["stdout"], blobs["stderr"] = out.encode(), err.encode()
    for name, blob in blobs.items():
        for secret in secrets:
            assert secret.encode() not in blob, f"a minted secret leaked into {name}"


def test_cli_without_app_registration_explains(fakes: Fakes, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_commands, "auth_env_factory", fakes.env)
    assert run("connect", "--provider", "entra") == 2
    err = capsys.readouterr().err
    assert "App registrations > New registration" in err and "Traceback" not in err


# -- failure paths: junk answers, refusals, a damaged cache, a locked keychain ------------


def test_failure_paths_leave_no_secret_behind(fakes: Fakes, google_file: Path,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Every failure of the hostile trial, through the command line: no minted code,
    token or ID token in what it printed, in its database (run errors, audit) or logs."""
    from .test_hostile_keychain import damage

    monkeypatch.setattr(cli_commands, "auth_env_factory", fakes.env)
    faults = fakes.faults
    entra = ["connect", "--provider", "entra", "--client-id", DEMO_CLIENT_ID]
    google = ["connect", "--provider", "google", "--client-secret-file", str(google_file)]
    for answer in ("truncated", "html", "unavailable"):
        faults.token_endpoint_answer = answer
        assert run(*entra) == 1 and run(*google) == 1
    faults.token_endpoint_answer = None
    faults.stale_state = True
    assert run(*google) == 1
    faults.stale_state = False
    faults.entra_refusal = "interaction_required"
    assert run(*entra) == 1
    faults.entra_refusal = None
    assert run(*entra) == 0
    fakes.entra.revoke_access_tokens()
    faults.token_endpoint_answer = "truncated"
    assert run("sync") == 1
    faults.token_endpoint_answer = None
    faults.entra_refusal = "consent_required"
    assert run("sync") == 1  # needs reauthorization now
    faults.entra_refusal = None
    damage(fakes.keyring.entries, "not_json")
    assert run("sync") == 1
    assert run(*entra) == 0  # reauthorizes, replacing the damaged cache
    assert run("disconnect", "--yes") == 0
    assert run(*google, "--no-sync") == 0
    fakes.google.revoke_access_tokens()
    faults.token_endpoint_answer = "truncated"
    assert run("sync") == 1
    faults.token_endpoint_answer = None
    assert run("disconnect", "--yes") == 0
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "internal error" not in err

    minted = fakes.minted()
    assert len(fakes.entra.minted.refresh_tokens) >= 4 and fakes.google.minted.codes
    files = [p for p in fakes.data_dir.rglob("*") if p.is_file()]
    assert any(p.suffix == ".sqlite3" for p in files) and any(p.suffix == ".log" for p in files)
    blobs = {str(p): p.read_bytes() for p in files}
    blobs["stdout"], blobs["stderr"] = out.encode(), err.encode()
    for name, blob in blobs.items():
        for secret in minted:
            assert secret.encode() not in blob, f"a minted secret leaked into {name}"

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("hostile_child.py")


def run_child(tmp_path: Path, faults: dict[str, object], *argv: str) -> tuple[int, str, str,
                                                                             list[str]]:
    """The CLI in a process of its own: (exit code, stdout, stderr, minted secrets)."""
    import json
    import os
    import subprocess
    import sys

    spec, minted = tmp_path / "faults.json", tmp_path / "minted.json"
    spec.write_text(json.dumps(faults), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(CHILD), str(spec), str(minted),
                           "--data-dir", str(tmp_path / "data"), *argv],
                          capture_output=True, text=True, timeout=120, env=env, check=False)
    return done.returncode, done.stdout, done.stderr, json.loads(minted.read_text("utf-8"))


@pytest.mark.parametrize("provider", ["entra", "google"])
def test_a_cut_short_token_answer_reaches_no_terminal_and_no_log(
        tmp_path: Path, provider: str) -> None:
    """MSAL logs an unparsable token answer whole at ERROR ("Token response is not in json
    format: ..."); with nobody handling it Python printed it, tokens included, on stderr,
    followed by a traceback and "internal error (JSONDecodeError)"."""
    options = (["--client-id", DEMO_CLIENT_ID] if provider == "entra"
               else ["--client-secret-file", "{client_secret}"])
    code, out, err, minted = run_child(tmp_path, {"token_endpoint_answer": "truncated"},
                                       "connect", "--provider", provider, *options)
    said = {"entra": "The Microsoft sign-in service", "google": "Google's sign-in service"}
    assert code == 1 and out == ""
    assert err == ("Sign in with the browser window that opens now (Ctrl+C cancels).\n"
                   f"idp-wizard: error: {said[provider]} answered something that is not a "
                   "sign-in answer (perhaps a page of a proxy or firewall); try again in a few "
                   "minutes. If it keeps happening, check the network's proxy settings.\n")
    assert minted  # the fake did hand out tokens, inside the cut-short answer
    logs = [p for p in (tmp_path / "data").rglob("*") if p.is_file()]
    assert any(p.suffix == ".log" for p in logs)
    for blob in [out, err, *(p.read_bytes().decode("utf-8", "replace") for p in logs)]:
        for secret in minted:
            assert secret not in blob


def test_library_log_lines_stay_out_of_every_log(tmp_path: Path) -> None:
    """The sign-in libraries' own lines: google_auth_oauthlib logs the loopback's request
    line (with the code) at INFO, requests_oauthlib the token request's body at DEBUG, MSAL
    an unparsable answer at ERROR. None may reach a handler of this process (a debugging
    root handler; with none, Python's last resort prints to stderr) or our log; an error
    leaves a line without its text. (Not pytest's caplog: it listens on non-propagating
    loggers too.)"""
    import logging

    from idp_wizard.logs import setup_logging

    class Keep(logging.Handler):
        def __init__(self) -> None:
            super().__init__(logging.DEBUG)
            self.seen: list[logging.LogRecord] = []

        def emit(self, record: logging.LogRecord) -> None:
            self.seen.append(record)

    root, keep = logging.getLogger(), Keep()
    level = root.level
    root.setLevel(logging.DEBUG)  # someone debugging: a root handler that takes everything
    root.addHandler(keep)
    try:
        log_dir = tmp_path / "logs"
        setup_logging(log_dir)
        code = "4/fake-google-code-SECRET"
        logging.getLogger("google_auth_oauthlib.flow").info('"GET /?state=x&code=%s HTTP/1.1"',
                                                            code)
        logging.getLogger("requests_oauthlib.oauth2_session").debug("Request body was code=%s",
                                                                    code)
        logging.getLogger("urllib3.connectionpool").debug("POST /token?code=%s", code)
        try:
            raise ValueError("Expecting value")
        except ValueError:
            logging.getLogger("msal.oauth2cli.oauth2").exception(
                "Token response is not in json format: %s", '{"refresh_token": "0.rt-SECRET"')
    finally:
        root.removeHandler(keep)
        root.setLevel(level)
    for handler in logging.getLogger("idp_wizard").handlers:
        handler.flush()
    text = (log_dir / "idp-wizard.log").read_text(encoding="utf-8")
    assert "SECRET" not in text
    assert [(r.name, r.getMessage()) for r in keep.seen] == [(
        "idp_wizard.libraries", "msal.oauth2cli.oauth2: ERROR line withheld (it may quote "
        "sign-in secrets); exception ValueError")]
    assert text.count("msal.oauth2cli.oauth2: ERROR line withheld") == 1
