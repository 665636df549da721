"""`sync --all-clients --reconcile` compares each client's users with the platform, as
`sync --reconcile` does for one. The option used to be accepted and ignored: the run
exited 0, repaired nothing and did not say so (the docs trial found it)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from idp_wizard.demo.memory_keyring import MemoryKeyring
from tests.platform.engine import by_hand, ours
from tests.platform.helpers import Rig
from tests.platform.test_target_cli import cli, keychain, token_file

pytestmark = pytest.mark.platform
__all__ = ["keychain"]  # the fixture, used by name


def test_all_clients_reconcile_repairs_a_change_made_by_hand(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, real_rig: Rig,
        keychain: MemoryKeyring) -> None:
    data = tmp_path / "d"
    assert cli(capsys, data, "target", "set", "--scim-url", real_rig.url,
               "--token-file", token_file(tmp_path))[0] == 0
    assert cli(capsys, data, "--demo-size", "40", "connect", "--provider", "entra")[0] == 0
    someone = next(iter(ours(real_rig).values()))
    edit = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "replace", "path": "displayName", "value": "Edited"}]}
    assert by_hand(real_rig, "PATCH", f"/Users/{someone['id']}", edit).status_code < 300
    code, out, _ = cli(capsys, data, "sync", "--all-clients", "--reconcile", "--json")
    [result] = json.loads(out)["clients"]
    platform = result["platform"]
    assert code == 0 and (platform["updated"], platform["repaired"]["drifted"]) == (1, 1)
    assert ours(real_rig)[someone["userName"]]["displayName"] == someone["displayName"]
