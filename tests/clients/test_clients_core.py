"""Clients in core: ids never reused, removal (disconnect first, then every row), settings
per client, demo tenants per client, and the overview's marks."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from idp_wizard.core.client_overview import client_summaries
from idp_wizard.core.client_settings import (
    INTERVAL_KEY,
    client_setting,
    intervals,
    set_client_setting,
)
from idp_wizard.core.clients import client_tables
from idp_wizard.core.connection import ConnectionState, set_state
from idp_wizard.core.errors import UsageError
from idp_wizard.core.guard import deletion_threshold
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import RunStatus, finish_run, start_run
from idp_wizard.core.users import count_users, synced_rows
from tests.clients.helpers import NOW, client_rows, connected_clients, demo_profile
from tests.flows import connect


def test_a_new_profile_has_one_client_and_ids_are_never_reused(data_dir: Path) -> None:
    profile = demo_profile(data_dir)
    try:
        assert [(c.id, c.name) for c in profile.clients()] == [(1, "Default")]
        b = profile.add("B")
        c = profile.add("C")
        assert (b.id, c.id) == (2, 3)
        profile.remove(c)
        assert profile.add("D").id == 4  # 3 was C's: its keychain entries, lock, windows
        with pytest.raises(UsageError, match="does not exist"):
            profile.open(3)
        for client in profile.clients():
            profile.remove(client)
        # The last one gone: the profile gets a new, empty client with a new id.
        assert [(c.id, c.name) for c in profile.clients()] == [(5, "Default")]
        assert client_rows(profile.store, 2)["clients"][0][1] == "B"  # tombstone keeps name
    finally:
        profile.close()


def test_removing_a_connected_client_disconnects_it_and_deletes_all_it_had(
        data_dir: Path) -> None:
    profile = demo_profile(data_dir, demo_size=60)
    try:
        contoso, fabrikam = connected_clients(profile, 2)
        app = profile.open(fabrikam.id)
        synced = count_users(app.store, fabrikam.id)
        app.save_settings({"deletion_threshold_count": 7})
        app.close()
        before = client_rows(profile.store, contoso.id)
        removed = profile.remove(profile.find("client 02"))
        assert (removed.name, removed.provider, removed.users_removed, removed.runs_deleted) \
            == ("Client 02", "Google Workspace", synced, 1)
        assert str(removed.sentence()) == (
            f"Removed the client 'Client 02': Google Workspace was disconnected and "
            f"{synced:,} synced users were removed; its history (1 sync run), settings and "
            "audit log were deleted.")
        rows = client_rows(profile.store, fabrikam.id)
        assert {t: len(r) for t, r in rows.items() if t not in ("clients", "audit_log")} \
            == {t: 0 for t in client_tables(profile.store) if t != "audit_log"}
        assert [a[4] for a in rows["audit_log"]] == ["client.remove"]
        tomb = profile.store.db.execute(
            "SELECT name_key, removed_at FROM clients WHERE id = ?", [fabrikam.id]).fetchone()
        assert tomb[0] is None and tomb[1]
        assert client_rows(profile.store, contoso.id) == before  # the other: untouched
        assert [c.name for c in profile.clients()] == ["Contoso"]
        assert profile.add("Client 02").id == 3  # the name is free again, the id is not
    finally:
        profile.close()


def test_settings_belong_to_one_client_and_fall_back_to_the_profile(data_dir: Path) -> None:
    profile = demo_profile(data_dir)
    try:
        a = profile.clients()[0]
        b = profile.add("B")
        store = profile.store
        store.set_setting("deletion_threshold_count", 9)  # a profile-wide (older) value
        set_client_setting(store, a.id, "deletion_threshold_count", 3)
        set_client_setting(store, b.id, INTERVAL_KEY, 2)  # below the minimum: clamped
        assert client_setting(store, a.id, "deletion_threshold_count") == 3
        assert client_setting(store, b.id, "deletion_threshold_count") == 9
        assert deletion_threshold(store, 10, a.id) == 3
        assert deletion_threshold(store, 10, b.id) == 9
        assert deletion_threshold(store, 1000, b.id) == 100  # 10 % of 1,000
        assert intervals(store) == {a.id: 40, b.id: 5}
        app = profile.open(b.id)
        app.save_settings({INTERVAL_KEY: 90})
        app.close()
        assert intervals(store) == {a.id: 40, b.id: 90}
        assert store.setting(INTERVAL_KEY) is None  # never written profile-wide
    finally:
        profile.close()


def test_each_demo_client_has_its_own_tenant(data_dir: Path) -> None:
    profile = demo_profile(data_dir)
    try:
        contoso, fabrikam = connected_clients(profile, 2)
        a, b = profile.open(contoso.id), profile.open(fabrikam.id)
        assert a.demo is not None and b.demo is not None
        assert str(a.demo.tenant_text()) == "Contoso, contoso.example, 250 employees"
        assert str(b.demo.tenant_text()) == "Fabrikam, fabrikam.example, 180 employees"
        conn_a, conn_b = a.connection(), b.connection()
        assert conn_a is not None and conn_b is not None
        assert (conn_a.tenant, conn_b.tenant) == ("contoso.example (demo)",
                                                  "fabrikam.example (demo)")
        assert conn_b.admin_account == "admin@fabrikam.example"
        users_a, users_b = synced_rows(a.store, a.client_id), synced_rows(b.store, b.client_id)
        assert all(u.email.endswith("@contoso.example") for u in users_a.values()
                   if "#EXT#" not in u.email and "@" in u.email and not u.guest)
        assert sum(u.email.rpartition("@")[2].startswith("fabrikam")
                   for u in users_b.values()) == len(users_b)
        assert not set(users_a) & set(users_b)  # other people, other ids
        rows = a.store.db.execute("SELECT client_id, size, seed FROM demo_state "
                                  "ORDER BY client_id").fetchall()
        assert rows == [(contoso.id, 250, 0), (fabrikam.id, 180, 1)]
        a.close()
        b.close()
    finally:
        profile.close()


def test_the_overview_marks_what_needs_the_admin(data_dir: Path) -> None:
    profile = demo_profile(data_dir, demo_size=30)
    try:
        clients = connected_clients(profile, 4)
        store = profile.store
        set_state(store, ConnectionState.HELD, "too many removals", clients[1].id)
        set_state(store, ConnectionState.NEEDS_REAUTHORIZATION, "token revoked",
                  clients[2].id)
        run = start_run(store, "schedule", "full", clients[3].id)
        finish_run(store, run, RunStatus.FAILED, error="The provider did not answer.")
        quiet = profile.add("Not connected")
        by_id = {s.id: s for s in client_summaries(store)}
        assert [by_id[c.id].warning for c in clients] == [
            "", "held", "needs_reauthorization", "failed"]
        assert by_id[quiet.id].warning == "" and by_id[quiet.id].provider is None
        assert by_id[quiet.id].next_sync is None and by_id[clients[2].id].next_sync is None
        assert by_id[clients[0].id].next_sync == NOW + timedelta(minutes=40)
        assert by_id[clients[0].id].synced_users == count_users(store, clients[0].id) > 0
        assert by_id[clients[3].id].to_json()["last_sync"]["error"] == \
            "The provider did not answer."
    finally:
        profile.close()


def test_an_app_of_a_removed_client_cannot_write(data_dir: Path) -> None:
    profile = demo_profile(data_dir)
    try:
        other = profile.add("Other")
        app = profile.open(other.id)
        profile.remove(other)
        with pytest.raises(UsageError):
            profile.open(other.id)
        with pytest.raises(UsageError, match="has been removed"):
            connect(app, ProviderName.ENTRA)
        app.close()
        assert client_rows(profile.store, other.id)["connections"] == []
    finally:
        profile.close()


@pytest.mark.platform
def test_the_overview_shows_each_clients_platform(data_dir: Path) -> None:
    """The embedded demo platform per client: its state and the users it confirmed; a
    platform that needs a new token is marked for the admin."""
    profile = demo_profile(data_dir, demo_size=40)
    try:
        contoso, fabrikam = connected_clients(profile, 2)
        summaries = {s.id: s for s in client_summaries(profile.store)}
        for client in (contoso, fabrikam):
            app = profile.open(client.id)
            try:
                confirmed = app.platform.status().counts.provisioned
            finally:
                app.close()
            s = summaries[client.id]
            assert (s.platform, s.provisioned, s.warning) == ("ready", confirmed, "")
            assert confirmed == count_users(profile.store, client.id) > 0
        with profile.store.transaction() as db:
            db.execute("UPDATE platform_targets SET state = 'needs_token' WHERE client_id = ?",
                       [fabrikam.id])
        marked = {s.id: s for s in client_summaries(profile.store)}
        assert marked[fabrikam.id].warning == "platform" and marked[contoso.id].warning == ""
        assert marked[fabrikam.id].to_json()["platform"] == {
            "state": "needs_token", "provisioned": summaries[fabrikam.id].provisioned}
    finally:
        profile.close()
