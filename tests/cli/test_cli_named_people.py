"""People named in `include.emails` whom the filter leaves out all the same (a guest
without include_guests, a disabled account): `filters set` says so before anything
applies. Before, they read as shared and silently were not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.dump import database_dump
from tests.cli.test_cli_input import run

GUEST, DISABLED = "jane@partner.example", "marie.schmidt@contoso.example"


def test_a_named_guest_or_disabled_account_is_said_not_to_be_shared(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
) -> None:
    f = tmp_path / "named.json"
    f.write_text(json.dumps({"version": 1, "include": {
        "departments": ["Sales"], "emails": [GUEST, DISABLED, "admin@contoso.example"]}}))
    before = database_dump(connected)
    code, out, err = run(capsys, connected, "filters", "set", str(f), "--dry-run")
    assert code == 0 and out.endswith("Dry run: nothing was saved.\n")
    assert "41 of 250 employees will be shared." in out  # Sales and Ada, nobody else
    assert err == (
        f"Warning: include.emails '{GUEST}' is a guest account, which this filter leaves "
        "out; it is not shared (include_guests: true shares guests)\n"
        f"Warning: include.emails '{DISABLED}' is a disabled account, which this filter "
        "leaves out; it is not shared (include_disabled: true shares disabled accounts)\n")
    assert database_dump(connected) == before
    code, _, err = run(capsys, connected, "--lang", "de", "filters", "set", str(f),
                       "--dry-run")
    assert code == 0 and f"Warnung: include.emails '{GUEST}' ist ein Gastkonto" in err

    f.write_text(json.dumps({"version": 1, "include_guests": True, "include_disabled": True,
                             "include": {"departments": ["Sales"],
                                         "emails": [GUEST, DISABLED]}}))
    code, out, err = run(capsys, connected, "filters", "set", str(f), "--dry-run")
    assert code == 0 and err == ""  # allowed: both are shared
    assert f"+ Jane Partner <{GUEST}>" in out
    assert database_dump(connected) == before
