"""`sync --all-clients` (what the scheduler runs) says which client has a filter change
waiting for confirmation, in text and as `filter_change` in JSON, as `sync` does for one
client. Before, the summary and its JSON had no word of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.clients.test_cli_clients import _two_clients, run


def test_a_waiting_filter_change_is_named_per_client(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    data = tmp_path / "d"
    data.mkdir()
    _two_clients(capsys, data)
    typo = tmp_path / "typo.json"
    typo.write_text('{"version": 1, "include": {"departments": ["Sals"]}}')
    code, _, _ = run(capsys, data, "--client", "Fabrikam", "filters", "set", str(typo),
                     "--allow-unmatched")
    assert code == 3  # held: it would remove everyone

    code, out, _ = run(capsys, data, "sync", "--all-clients", "--json")
    assert code == 0
    by_name = {c["client"]: c for c in json.loads(out)["clients"]}
    assert by_name["Fabrikam"]["filter_change"] == "waiting"
    assert by_name["Fabrikam"]["removed"] == 0  # the current filter stays in force
    assert "filter_change" not in by_name["Contoso"]

    code, out, _ = run(capsys, data, "sync", "--all-clients")
    assert code == 0
    contoso, fabrikam = out.split("\nFabrikam:\n")
    assert "filter change" not in contoso
    assert fabrikam.splitlines()[1] == (
        f"  A filter change waits for confirmation (idp-wizard --data-dir {data} --demo "
        "--client Fabrikam status says what it would remove).")
