"""The demo tenant: deterministic, realistic, trap-laden, cheap to churn."""

from __future__ import annotations

from idp_wizard.demo.orgdata import DEPARTMENTS, PERSON, ROOM, SERVICE, SHARED
from idp_wizard.demo.people import Person
from idp_wizard.demo.tenant import DemoTenant


def snapshot(t: DemoTenant) -> list[object]:
    people = [
        (p.key, p.display, p.given, p.surname, p.upn, p.mail, p.dept, p.title, p.office,
         p.company, p.manager, p.lang, p.enabled, p.guest, p.kind, p.flags, tuple(p.groups),
         p.removed, p.org_unit_path, t.entra_id(p.key), t.google_id(p.key))
        for p in t.persons
    ]
    groups = [(g.name, g.kind, tuple(g.members), tuple(g.children)) for g in t.groups]
    return [people, groups, t.events]


def test_same_arguments_same_data_and_seed_changes_it() -> None:
    assert snapshot(DemoTenant(300, seed=7, churn_steps=4)) == snapshot(
        DemoTenant(300, seed=7, churn_steps=4)
    )
    assert snapshot(DemoTenant(300, seed=7)) != snapshot(DemoTenant(300, seed=8))


def test_churn_in_place_equals_churn_at_construction() -> None:
    t = DemoTenant(300, seed=3)
    t.advance_to(2)
    t.advance_to(6)
    assert snapshot(t) == snapshot(DemoTenant(300, seed=3, churn_steps=6))


def test_sizes_scale() -> None:
    for size, groups in ((1, 36), (250, 36), (5000, 100)):
        t = DemoTenant(size)
        assert len(list(t.active())) == size
        assert len(t.groups) == groups
    tiny = DemoTenant(1)
    assert tiny.persons[0].upn == tiny.admin_email


def test_hundred_thousand_people_and_two_thousand_groups() -> None:
    t = DemoTenant(100_000)
    assert len(t.persons) == 100_000
    assert len(t.groups) == 2000
    t.advance_to(500)  # cheap: O(steps), not O(size * steps)
    assert len(t.events) == 500


def _by_display(t: DemoTenant, name: str) -> Person:
    return next(p for p in t.persons if p.display == name)


def test_every_trap_is_present_at_size_250() -> None:
    t = DemoTenant(250)
    ps = t.persons
    assert any(p.mail is None and "@" in p.upn and p.kind == PERSON for p in ps)
    mails = [p.mail for p in ps if p.mail]
    dupes = {m for m in mails if mails.count(m) > 1}
    assert dupes and all(len({p.upn for p in ps if p.mail == m}) > 1 for m in dupes)
    svc = _by_display(t, "Backup Service")
    assert (svc.kind, svc.mail, svc.upn) == (SERVICE, None, "svc-backup")
    for name in ("Zoë Müller-Lüdenscheidt", "José Ñúñez", "王秀英", "Łukasz Żółć"):
        assert _by_display(t, name).in_google
    assert any(len(p.display) == 10_000 for p in ps)
    assert {"xx_!!", "english", "123"} <= {p.lang for p in ps}
    assert "" in {p.lang for p in ps}
    disabled = [p for p in ps if not p.enabled and p.kind == PERSON]
    guests = [p for p in ps if p.guest]
    assert 3 <= len(disabled) <= 20 and 3 <= len(guests) <= 15
    # Guests exist in both directories: Entra names them by an #EXT# UPN, Google by the
    # address they were invited with.
    assert all("#EXT#" in g.upn and g.in_google and g.google_email == g.mail for g in guests)
    assert all(not g.licensed for g in guests)
    room, shared = _by_display(t, "Room Berlin 3.14"), _by_display(t, "Shared Mailbox Support")
    assert (room.kind, shared.kind, room.enabled, shared.enabled) == (ROOM, SHARED, False, False)
    # Accounts that are no people but can sign in: a licensed Teams room, a shared mailbox.
    teams, invoices = _by_display(t, "Room Munich Huddle"), _by_display(
        t, "Shared Mailbox Invoices")
    assert (teams.kind, teams.enabled, teams.licensed) == (ROOM, True, True)
    assert (invoices.kind, invoices.enabled, invoices.licensed) == (SHARED, True, False)
    assert not any(p.in_google for p in (room, shared, teams, invoices, svc))
    # No mailbox: the UPN is in the verified mail domain (10), the initial domain (20),
    # or a domain the tenant never verified (21).
    assert [(ps[k].mail, ps[k].upn.partition("@")[2]) for k in (10, 20, 21)] == [
        (None, "contoso.example"), (None, "contoso.onmicrosoft.example"),
        (None, "contoso-legacy.example")]
    unlicensed = [p for p in ps if p.kind == PERSON and not p.guest and not p.licensed]
    assert 1 <= len(unlicensed) <= 15
    assert t.persons[0].upn == t.admin_email and t.entra_admin_id == t.entra_id(0)
    assert t.by_upn(t.non_admin_email) == t.persons[1]  # rows read from the columns
    assert sum(p.manager < 0 and p.kind == PERSON and not p.guest for p in ps) <= 5
    assert len({p.company for p in ps if p.company >= 0}) == 3
    assert len({p.office for p in ps if p.office >= 0}) >= 10


def test_nested_groups_and_transitive_members() -> None:
    t = DemoTenant(250)
    dach = t.group_index["All Staff DACH"]
    berlin = t.group_index["Office Berlin"]
    assert berlin in t.nested_groups(dach)
    assert set(t.groups[berlin].members) <= set(t.transitive_members(dach))
    everyone = t.transitive_members(t.group_index["All Staff"])
    assert set(t.transitive_members(dach)) < set(everyone)
    leadership = t.transitive_members(t.group_index["Leadership"])
    heads = t.groups[t.group_index["Department heads"]].members
    assert set(heads) < set(leadership)
    assert dach in t.member_of(0) and berlin in t.member_of(0)


def test_org_units_cover_every_person() -> None:
    t = DemoTenant(500)
    paths = set(t.org_unit_paths())
    assert {"/Sales", "/Sales/DACH", "/Sales/DACH/Berlin", "/Engineering/Platform"} <= paths
    assert "/" not in paths
    assert all(p.org_unit_path in paths for p in t.persons if p.in_google and not p.guest)
    assert {p.org_unit_path for p in t.persons if p.guest} == {"/"}  # guests sit at the root


def test_churn_steps_join_leave_and_move() -> None:
    base = DemoTenant(400, seed=5)
    t = DemoTenant(400, seed=5, churn_steps=3)
    changes = t.changes_between(0, 3)
    assert t.events_between(0, 3) == set(changes)
    kinds = sorted(changes.values())
    assert kinds == ["added"] * 3 + ["changed"] * 3 + ["removed"] * 3
    for key, change in changes.items():
        p = t.persons[key]
        if change == "removed":
            assert p.removed and not p.groups
            assert all(key not in g.members for g in t.groups)
        elif change == "changed":
            old = base.persons[key]
            assert p.dept != old.dept and p.org_unit_path != old.org_unit_path
            assert t.group_index[f"All {DEPARTMENTS[p.dept][0]}"] in p.groups
            assert t.group_index[f"All {DEPARTMENTS[old.dept][0]}"] not in p.groups
        else:
            assert key >= 400 and not p.removed
    assert t.events_between(3, 3) == set()
    assert t.events_between(1, 3) < t.events_between(0, 3)


def test_active_of_kind_lists_exactly_what_a_scan_of_every_person_finds() -> None:
    t = DemoTenant(400, seed=7)
    room = next(p.key for p in t.persons if p.kind == ROOM)
    t.persons.mark_removed(room)  # a room deleted meanwhile is listed no more
    t.advance_to(30)  # joiners and leavers
    for kind in (PERSON, ROOM, SHARED, SERVICE):
        scan = [p.key for p in t.persons if p.kind == kind and not p.removed]
        assert t.persons.active_of_kind(kind) == scan and (scan or kind == SERVICE)
    assert room not in t.persons.active_of_kind(ROOM)
