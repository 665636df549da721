"""Two removals of one client at once (two terminals, or the app and a terminal): the
second waits for the first's lock. A trial found it then erasing the client again:
"Removed the client 'A'; its history (0 sync runs)...", and the first removal's audit
entry (how many users and runs went) replaced by one saying nothing was removed; and a
disconnect waiting the same way answering "No identity provider is connected". Now the
second is refused with one sentence saying the client was removed, and the first's
record stays."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import idp_wizard.profile as profile_module
from idp_wizard.core.clients import ClientInfo
from idp_wizard.core.errors import UsageError
from idp_wizard.core.messages import Message
from idp_wizard.profile import ClientRemoved
from tests.clients.helpers import client_rows, connected_clients, demo_profile


@pytest.mark.parametrize("command", [("clients", "remove", "A", "--yes"),
                                     ("--client", "A", "disconnect", "--yes")])
def test_a_second_removal_waiting_for_the_first_is_refused(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...]) -> None:
    profile = demo_profile(data_dir, demo_size=300)
    try:
        [client] = connected_clients(profile, 1, first_name="A")
        stop_file = profile.open(client.id).lock.stop_path  # closed with the profile
        erasing, go_on = threading.Event(), threading.Event()
        real_erase = profile_module.erase_client

        def erase_when_told(store: object, info: ClientInfo, note: Message) -> None:
            erasing.set()
            assert go_on.wait(60)
            real_erase(store, info, note)  # type: ignore[arg-type]

        monkeypatch.setattr(profile_module, "erase_client", erase_when_told)
        done: list[ClientRemoved] = []
        first = threading.Thread(target=lambda: done.append(profile.remove(client)))
        first.start()
        assert erasing.wait(60)  # the first removal holds the lock, before its erase
        assert not stop_file.exists()  # its disconnect's stop note is gone again
        second = subprocess.Popen(
            [sys.executable, "-m", "idp_wizard", "--demo", *command],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "IDP_WIZARD_DATA_DIR": str(data_dir)})
        deadline = time.monotonic() + 60
        while not stop_file.exists():  # the second's note: it waits for the lock
            assert second.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
        go_on.set()
        first.join(60)
        out, err = second.communicate(timeout=60)
        [removed] = done
        assert removed.users_removed == 275 and removed.runs_deleted == 1
        assert (second.returncode, out) == (2, "")
        assert err == ("idp-wizard: error: This client has been removed (perhaps from "
                       "another window or the command line); nothing was saved. Choose "
                       "another client.\n")
        audit = client_rows(profile.store, client.id)["audit_log"]
        assert [(r[4], r[5]) for r in audit] == [(
            "client.remove", "client 'A' removed; 275 synced users removed, 1 sync runs "
            "deleted")]
    finally:
        profile.close()


def test_a_rename_of_a_client_removed_meanwhile_is_refused(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another process removes the client between the rename's look-up and its write:
    the rename said "Renamed" and left an audit entry under the removed client's id."""
    import idp_wizard.core.clients as clients_module

    profile = demo_profile(data_dir, demo_size=300)
    try:
        client = profile.add("A")
        real_taken = clients_module._taken

        def removed_meanwhile(*args: object, **kwargs: object) -> object:
            removal = subprocess.run(
                [sys.executable, "-m", "idp_wizard", "--demo", "clients", "remove", "A",
                 "--yes"], capture_output=True, text=True, timeout=60,
                env={**os.environ, "IDP_WIZARD_DATA_DIR": str(data_dir)})
            assert (removal.returncode, removal.stderr) == (0, "")
            monkeypatch.setattr(clients_module, "_taken", real_taken)
            return real_taken(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(clients_module, "_taken", removed_meanwhile)
        with pytest.raises(UsageError, match="There is no client named 'A'"):
            profile.rename("A", "B")
        rows = client_rows(profile.store, client.id)
        assert [r[4] for r in rows["audit_log"]] == ["client.remove"]
        assert [(c.name, c.id) for c in profile.clients()] == [("Default", 1)]
    finally:
        profile.close()
