"""The real readers against the demo backend's faithful Graph and Directory fakes."""

from __future__ import annotations

import pytest

from idp_wizard.core.errors import DeltaExpired
from idp_wizard.core.records import Employee
from idp_wizard.providers.google_directory import GoogleDirectoryReader, make_google_http
from idp_wizard.providers.graph import GraphReader, make_graph_http
from idp_wizard.providers.http import make_client
from idp_wizard.providers.tokens import StaticTokenSource

from .helpers import FakeSleep

transport = pytest.importorskip("idp_wizard.demo.transport")
DEMO_TOKEN = "demo-access-token"


def backend_and_readers(size: int = 60) -> tuple:
    backend = transport.DemoBackend(size=size, seed=7)
    sleep = FakeSleep()
    tokens = StaticTokenSource(DEMO_TOKEN)
    graph = GraphReader(make_graph_http(make_client(backend.transport()), tokens, sleep=sleep))
    google = GoogleDirectoryReader(
        make_google_http(make_client(backend.transport()), tokens, sleep=sleep))
    return backend, graph, google, sleep


def by_id(employees: list[Employee]) -> dict[str, Employee]:
    return {e.id: e for e in employees}


def test_graph_full_read_matches_delta_and_churn_applies() -> None:
    backend, graph, _, _ = backend_and_readers(size=300)  # small tenants have no leavers
    full = by_id(graph.read_employees())
    assert full and all(e.display_name for e in full.values())
    initial = graph.read_employees_delta(None)
    assert by_id(initial.changed) == full
    groups = graph.read_groups()
    assert groups and all(g.member_ids <= set(full) for g in groups)
    assert graph.read_org_units() == []

    backend.set_churn_steps(10)
    changes = graph.read_employees_delta(initial.delta_link)
    assert changes.changed and changes.removed_ids
    state = dict(full)
    for uid in changes.removed_ids:
        state.pop(uid, None)
    state.update(by_id(changes.changed))
    assert state == by_id(graph.read_employees())  # incremental == full re-read
    assert changes.delta_link and changes.delta_link != initial.delta_link


def test_graph_faults_and_admin_check() -> None:
    backend, graph, _, sleep = backend_and_readers()
    backend.faults.throttle = 2
    backend.faults.timeouts = 1
    assert graph.read_employees()
    assert len(sleep.calls) == 3
    assert graph.is_global_admin() is True
    assert graph.current_account()[0]
    link = graph.read_employees_delta(None).delta_link
    backend.faults.delta_expired = True
    with pytest.raises(DeltaExpired):
        graph.read_employees_delta(link)


def test_google_reads() -> None:
    backend, _, google, _ = backend_and_readers()
    employees = google.read_employees()
    ids = {e.id for e in employees}
    assert employees and all(e.email and e.org_unit for e in employees)
    groups = google.read_groups()
    assert groups and all(g.member_ids <= ids and g.kind == "google" for g in groups)
    units = google.read_org_units()
    assert any(u.path == "/" for u in units)
    assert {e.org_unit for e in employees} <= {u.path for u in units}
    assert google.is_super_admin(backend.tenant.admin_email) is True
