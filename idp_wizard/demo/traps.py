"""The data-quality traps real directories have, planted in the demo tenant.

`make_trap` builds the hand-made people (keys in TRAP_KEYS: the admin, a non-admin,
the CEO and one of each trap); `random_trap` scatters scaled traps over everyone else.
Both only touch the person they get and ask the roster for unique sign-in names.
"""

from __future__ import annotations

from typing import Protocol

from idp_wizard.demo.ids import ascii_local
from idp_wizard.demo.orgdata import (
    F_ARCHIVED,
    GUEST_DOMAINS,
    OFFICES,
    PERSON,
    ROOM,
    SERVICE,
    SHARED,
    sibling_domain,
)
from idp_wizard.demo.people import NewPerson as Person
from idp_wizard.demo.person_table import PersonTable

CEO = 2  # person key of the chief executive (no manager)
INVALID_LANGS = {12: "xx_!!", 13: "english", 14: "123"}
LONG_NAME = ("Maximilian Alexander " + "von und zu Lang-Namen " * 460)[:10_000]
_LOCALS = {0: "admin", 1: "paul.plain", 2: "charlotte.kaiser", 3: "zoe.mueller",
           4: "jose.nunez", 5: "wang.xiuying", 6: "lukasz.zolc", 7: "maximilian.lang",
           8: "maria.schmidt", 9: "michael.schmidt"}


class Roster(Protocol):
    """What planting traps needs from the tenant being built."""

    domain: str
    persons: PersonTable

    def unique_upn(self, local: str, domain: str | None = None) -> str: ...


def _set(p: Person, given: str | None, surname: str | None, display: str | None = None) -> None:
    p.given, p.surname = given, surname
    p.shown = display if display is not None else f"{given} {surname}"


def _not_a_person(p: Person, kind: int, display: str, upn: str, enabled: bool,
                  licensed: bool) -> None:
    _set(p, None, None, display)
    p.kind, p.enabled, p.licensed, p.lang = kind, enabled, licensed, ""
    p.upn = p.mail = upn
    p.dept, p.title = -1, None


def make_trap(t: Roster, p: Person) -> None:
    """The hand-made people at keys 0..23 (admin, non-admin, CEO and the traps)."""
    k = p.key
    if k in _LOCALS:
        p.upn = p.mail = t.unique_upn(_LOCALS[k])
    if k == 0:
        _set(p, "Ada", "Admin")
        p.dept, p.title, p.office, p.company, p.lang = 8, "IT Administrator", 0, 0, "de-DE"
    elif k == 1:
        _set(p, "Paul", "Plain")
        p.dept, p.title, p.office, p.company, p.lang = 0, "Account Executive", 0, 0, "en-GB"
    elif k == CEO:
        _set(p, "Charlotte", "Kaiser")
        p.dept, p.title, p.office, p.company = 7, "Chief Executive Officer", 0, 0
    elif k == 3:
        _set(p, "Zoë", "Müller-Lüdenscheidt")
    elif k == 4:
        _set(p, "José", "Ñúñez")
        p.office, p.company, p.lang = 7, 2, "es-ES"
    elif k == 5:
        _set(p, "秀英", "王", "王秀英")
    elif k == 6:
        _set(p, "Łukasz", "Żółć")
        p.lang = "pl-PL"  # valid, but no language the platform offers
    elif k == 7:
        _set(p, "Maximilian", "Lang", LONG_NAME)
    elif k in (8, 9):  # two different people sharing one `mail` (their UPNs differ)
        _set(p, "Maria" if k == 8 else "Michael", "Schmidt")
        p.mail = f"m.schmidt@{t.domain}"
    elif k == 10:
        p.mail = None  # no mailbox; the UPN is in the tenant's verified e-mail domain
    elif k == 11:  # service account: no mail, UPN is no e-mail address
        _not_a_person(p, SERVICE, "Backup Service", "svc-backup", True, False)
        p.mail, p.office, p.company = None, -1, -1
    elif k in INVALID_LANGS:
        p.lang = INVALID_LANGS[k]
    elif k == 15:  # a retired room and a shared mailbox nobody signs in to
        _not_a_person(p, ROOM, "Room Berlin 3.14", t.unique_upn("room-berlin-3.14"),
                      False, False)
        p.office = 0
    elif k == 16:
        _not_a_person(p, SHARED, "Shared Mailbox Support", t.unique_upn("support"),
                      False, False)
        p.office = -1
    elif k == 17:
        make_guest(t, p, "jane", "partner.example")
        _set(p, "Jane", "Partner")
    elif k == 18:
        p.enabled = False
        p.flags &= ~F_ARCHIVED  # suspended (not archived) in Google
    elif k == 19:
        _set(p, None, None, "Sam")
        p.upn = p.mail = t.unique_upn("sam")
        p.lang, p.office = "", -1
    elif k in (20, 21):  # no mailbox, and the UPN is no address mail reaches
        p.mail = None
        local = p.upn.partition("@")[0]
        p.upn = t.unique_upn(local, sibling_domain(t.domain, "initial" if k == 20
                                                   else "unverified"))
    elif k == 22:  # a Teams Rooms account: enabled and licensed, yet no person
        _not_a_person(p, ROOM, "Room Munich Huddle", t.unique_upn("room-munich-huddle"),
                      True, True)
        p.office = 1
    elif k == 23:  # a shared mailbox with sign-in left enabled (no license needed)
        _not_a_person(p, SHARED, "Shared Mailbox Invoices", t.unique_upn("invoices"),
                      True, False)
        p.office = -1
    assert p.kind == PERSON or k in (11, 15, 16, 22, 23)


def make_guest(t: Roster, p: Person, local: str, domain: str) -> None:
    p.guest, p.licensed, p.mail = True, False, f"{local}@{domain}"
    p.upn = f"{local}_{domain}#EXT#@{sibling_domain(t.domain, 'initial')}"
    p.dept, p.title, p.office, p.company = -1, None, -1, -1


def random_trap(t: Roster, p: Person, r: float) -> None:
    """Scaled traps: ~3% disabled, ~2% guests, ~2% without mail, a few duplicates and
    rooms, and ~2% of employees without a license."""
    if r < 0.03:
        p.enabled = False
    elif r < 0.05:
        local = p.upn.partition("@")[0]
        make_guest(t, p, local, GUEST_DOMAINS[p.key % len(GUEST_DOMAINS)])
    elif r < 0.07:
        p.mail = None
    elif r < 0.072:
        p.mail = t.persons[-1].mail or t.persons[-1].upn  # same address as someone else
    elif r < 0.074 and p.office >= 0:
        city = OFFICES[p.office][0]
        floor, room = p.key % 7, p.key % 40
        upn = t.unique_upn(f"room-{ascii_local(city, '-')}-{floor}-{room:02d}")
        teams_room = p.key % 2 == 0  # Teams Rooms accounts are enabled and licensed
        _not_a_person(p, ROOM, f"Room {city} {floor}.{room:02d}", upn, teams_room, teams_room)
    elif r > 0.98:
        p.licensed = False  # e.g. a new hire whose license is not assigned yet
