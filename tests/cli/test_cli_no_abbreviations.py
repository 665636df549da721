"""An option is taken only as documented, never by its first letters: argparse took
`disconnect --y` for `--yes` (every synced user removed) and `sync --allow` for
`--allow-deletions` (removals past the deletion limit applied). Each is refused now and
the database is exactly as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp_wizard.cli_argparse import requested_language
from tests.cli.dump import database_dump
from tests.cli.test_cli_input import run


@pytest.mark.parametrize(("args", "said"), [
    (["disconnect", "--y"], "idp-wizard disconnect: error: the following arguments are "
                            "required: --yes"),
    (["disconnect", "--yes", "--keep"], "idp-wizard: error: unrecognized arguments: --keep"),
    (["sync", "--allow"], "idp-wizard: error: unrecognized arguments: --allow"),
    (["sync", "--dry"], "idp-wizard: error: unrecognized arguments: --dry"),
    (["--demo-s", "9", "status"], "idp-wizard: error: argument COMMAND: invalid choice: "
     "'9' (choose from 'connect', 'reauthorize', 'sync', 'status', 'users', 'filters', "
     "'history', 'disconnect', 'clients', 'demo', 'schedule', 'target', 'diagnostics')"),
])
def test_an_abbreviated_option_is_refused_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], connected: Path, args: list[str], said: str,
) -> None:
    before = database_dump(connected)
    with pytest.raises(SystemExit) as exc:
        run(capsys, connected, *args)
    _, err = capsys.readouterr()
    assert exc.value.code == 2
    assert "Traceback" not in err
    assert err.splitlines()[-1] == said
    assert database_dump(connected) == before


def test_the_language_is_found_only_under_its_own_name() -> None:
    assert requested_language(["--lang", "de", "status"]) == "de"
    assert requested_language(["--lang=de", "status"]) == "de"
    assert requested_language(["--la", "de", "status"]) is None
