"""Least privilege (issue 12, item 9): GroupMember.Read.All is asked for only when groups
are used; adding group criteria later asks for it through Reauthorize, with a clear
explanation. Real MSAL against the fakes; the Graph fake refuses what a token lacks."""

from __future__ import annotations

import urllib.parse
from dataclasses import replace

import pytest

from idp_wizard.app import App
from idp_wizard.core.connection import ConnectionState, save_filter
from idp_wizard.core.errors import AuthorizationRequired, FilterMismatch
from idp_wizard.core.filter_spec import ATTRIBUTES, FilterSpec
from idp_wizard.core.records import ProviderName
from idp_wizard.providers.permissions import (
    GROUP_ACCESS_NOT_ASKED,
    GROUP_ACCESS_REQUESTED,
    group_access_note,
    group_consent_needed,
    has_group_consent,
)
from tests.flows import connect, reauthorize, sign_in

from .conftest import ENTRA, Fakes

GROUPS = "GroupMember.Read.All"
NO_GROUPS = ["profile", "email", "organisation", "location", "language"]


def asked(fakes: Fakes) -> set[str]:
    """The permissions of the last authorize request MSAL sent to the browser."""
    url = fakes.entra.browser.opened[-1]
    scope = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)["scope"][0]
    return {s.rsplit("/", 1)[-1] for s in scope.split()}


def connect_without_groups(fakes: Fakes) -> App:
    app = fakes.app()
    conn = sign_in(app, ProviderName.ENTRA, options=replace(ENTRA, groups=False))
    conn.settings["synced_data"] = NO_GROUPS  # the wizard's "Groups" option unticked
    app.commit_connection(conn, FilterSpec.default())
    return app


def group_requests(fakes: Fakes) -> int:
    return sum("/v1.0/groups" in url for url in fakes.backend.faults.log)


def test_groups_are_asked_for_by_default(fakes: Fakes) -> None:
    conn = connect(fakes.app(), ProviderName.ENTRA, ENTRA)
    assert asked(fakes) == {"User.Read", "User.Read.All", GROUPS,
                            "RoleManagement.Read.Directory", "openid", "profile",
                            "offline_access"}
    assert has_group_consent(conn) and group_access_note(conn) is None


def test_group_criteria_added_later_ask_for_consent_through_reauthorize(
        fakes: Fakes) -> None:
    app = connect_without_groups(fakes)
    assert GROUPS not in asked(fakes)
    conn = app.connection()
    assert conn is not None and not has_group_consent(conn)
    assert app.sync_service().run().status == "succeeded"  # no group criteria: no reads
    assert group_requests(fakes) == 0

    # `filters set` with a group: Graph refuses the group read, the run says why.
    group = fakes.backend.tenant.entra_group_id(0)
    save_filter(app.store, FilterSpec(include={a: (group,) if a == "groups" else ()
                                               for a in ATTRIBUTES}))
    with pytest.raises(AuthorizationRequired) as info:
        app.sync_service().run()
    assert str(info.value) == str(group_consent_needed())
    conn = app.connection()
    assert conn is not None and conn.state is ConnectionState.NEEDS_REAUTHORIZATION
    assert conn.state_reason == str(group_consent_needed())

    # Reauthorize asks for group membership now, because the filter uses groups.
    conn = reauthorize(app)
    assert GROUPS in asked(fakes) and has_group_consent(conn)
    outcome = app.sync_service().run()  # the narrower filter removes most: held first
    assert outcome.status == "held" and group_requests(fakes) > 1
    outcome = app.sync_service().run(allow_deletions=True)  # the admin confirms
    assert outcome.status == "succeeded"
    assert outcome.synced_users == len(fakes.backend.tenant.transitive_members(0)) - sum(
        1 for k in fakes.backend.tenant.transitive_members(0)
        if not fakes.backend.tenant.persons[k].enabled)


def test_the_filter_editor_hook_requests_group_access(fakes: Fakes) -> None:
    app = connect_without_groups(fakes)
    conn = app.connection()
    assert group_access_note(conn) == GROUP_ACCESS_NOT_ASKED
    session = app.rules_sync()
    assert len(session.directory.groups) == 0  # nothing to choose from yet
    # `filters set` with a group is refused before anything is saved, saying why.
    with_group = FilterSpec(include={a: ("All Sales",) if a == "groups" else ()
                                     for a in ATTRIBUTES})
    with pytest.raises(FilterMismatch) as info:
        session.check(with_group)
    assert str(info.value) == str(GROUP_ACCESS_NOT_ASKED)
    assert app.request_group_access() == GROUP_ACCESS_REQUESTED
    conn = app.connection()
    assert conn is not None and "groups" in conn.settings["synced_data"]
    assert conn.state is ConnectionState.CONNECTED  # scheduled syncs go on meanwhile
    assert group_access_note(conn) == GROUP_ACCESS_REQUESTED
    assert "groups.requested" in {a["action"] for a in app.store.audit_log()}
    assert app.sync_service().run().status == "succeeded"
    waiting = app.rules_sync()  # until reauthorized: no group reads, and it says why
    assert len(waiting.directory.groups) == 0
    with pytest.raises(FilterMismatch, match="Group access is requested"):
        waiting.check(with_group)

    conn = reauthorize(app)
    assert GROUPS in asked(fakes) and group_access_note(conn) is None
    session = app.rules_sync()
    assert len(session.directory.groups) == len(fakes.backend.tenant.groups)
    session.check(with_group)  # now it is a group of the directory
