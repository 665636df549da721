"""A sync whose filter names groups reads the members of those groups only, and shares
exactly whom a read of every group (the filtering page's) shares."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp_wizard.core.connection import save_filter
from idp_wizard.core.filter_spec import ATTRIBUTES, FilterSpec
from idp_wizard.core.records import ProviderName
from idp_wizard.core.users import synced_rows
from idp_wizard.demo.transport import DemoBackend
from tests.faults.helpers import synced_app
from tests.request_log import RequestLog

SIZE = 300  # 36 groups: two $batch requests on Graph when all are read


def group_filter(include: str, exclude: str) -> FilterSpec:
    none: dict[str, tuple[str, ...]] = {a: () for a in ATTRIBUTES}
    return FilterSpec(include={**none, "groups": (include,)},
                      exclude={**none, "groups": (exclude,)})


@pytest.mark.parametrize("provider", [ProviderName.ENTRA, ProviderName.GOOGLE])
def test_a_group_filter_reads_its_groups_only_and_shares_the_same(
        provider: ProviderName, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine, gui = (synced_app(tmp_path / name, provider, SIZE) for name in ("e", "g"))
    tenant = DemoBackend(size=SIZE).tenant  # the first client's demo tenant (seed 0)
    group_id = tenant.entra_group_id if provider is ProviderName.ENTRA else (
        tenant.google_group_id)
    staff, berlin = tenant.groups[28], tenant.groups[12]
    assert (staff.name, berlin.name) == ("All Staff", "Office Berlin")
    # Named by display name (another case) and by id.
    spec = group_filter(" all STAFF ", group_id(berlin.index))
    seen = RequestLog(monkeypatch)

    save_filter(engine.store, spec, engine.client_id)  # as `filters set` then a sync does
    assert engine.sync_service().run(allow_deletions=True).status == "succeeded"
    engine_members, engine_groups = seen.members_of(), seen.group_requests()
    seen.clear()
    # The filtering page's way: every group read, the same filter saved with its session.
    session = gui.rules_sync()
    assert len(session.directory.groups) == 36
    outcome = gui.save_filter_and_sync(spec, session, allow_deletions=True)
    assert outcome.status == "succeeded"
    gui_members, gui_groups = seen.members_of(), seen.group_requests()

    shared = synced_rows(engine.store)
    assert shared == synced_rows(gui.store)
    assert 0 < len(shared) < len(tenant.transitive_members(staff.index))
    assert engine_members == {group_id(staff.index): 2 if provider is ProviderName.GOOGLE
                              else 1, group_id(berlin.index): 1}
    assert sum(gui_members.values()) == (36 if provider is ProviderName.ENTRA else 37)
    # Requests about groups: the listing and one $batch (Graph), or the listing and
    # each named group's member pages (Google), against every group's.
    assert (engine_groups, gui_groups) == (
        (2, 3) if provider is ProviderName.ENTRA else (4, 38))
