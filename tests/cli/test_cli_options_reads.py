"""`filters options` counts values and needs no manager: Microsoft Graph lists 999 users
a request without the manager expanded instead of 100, a tenth of the requests on a
real tenant, with exactly the options the full read (managers expanded) gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from idp_wizard.cli import main
from idp_wizard.compose import open_app
from idp_wizard.core.directory_index import DirectoryIndex
from idp_wizard.core.options import filter_options
from idp_wizard.paths import ProfilePaths
from tests.request_log import RequestLog

SIZE = 2_500  # the demo tenant: 3 pages of 999 users, or 25 of 100 with managers


def listings(seen: RequestLog) -> list[str]:
    """The requests for pages of the user listing."""
    return [u for u in seen.urls if "/v1.0/users?" in u]


@pytest.fixture
def connected_large(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "--demo", "--demo-size", str(SIZE), "connect",
                 "--provider", "entra"]) == 0
    capsys.readouterr()
    return data


def options_with_managers(data: Path) -> dict[str, object]:
    """What the options were before: the users read with their managers expanded."""
    app = open_app(ProfilePaths(data, demo=True), demo_size=SIZE)
    try:
        conn = app.connection()
        assert conn is not None
        directory, _ = app._read_for_rules(conn, None, None, managers=True)
        assert len(directory.employees) == SIZE
        assert sum(1 for e in directory.employees if e.manager_id) > 2_000  # expanded
        options = filter_options(DirectoryIndex(directory.employees, directory.groups,
                                                directory.org_units))
        return {kind: [o.to_json() for o in values] for kind, values in options.items()}
    finally:
        app.close()


def test_filters_options_reads_users_without_managers_and_counts_the_same(
        capsys: pytest.CaptureFixture[str], connected_large: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    seen = RequestLog(monkeypatch)
    code = main(["--data-dir", str(connected_large), "--demo", "--demo-size", str(SIZE),
                 "filters", "options", "--json"])
    out = capsys.readouterr().out
    assert code == 0
    pages = listings(seen)
    assert len(pages) == 3  # 999 + 999 + 502 (25 requests with the manager expanded)
    assert not any("expand" in u for u in pages)
    printed = json.loads(out)
    seen.clear()
    before = options_with_managers(connected_large)
    assert len(listings(seen)) == 25
    assert printed == before
    assert len(printed["groups"]) == 50 and len(printed["departments"]) > 5
