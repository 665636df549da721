"""How the demo tenant deviates from a tidy directory: planted traps and churn.

`make_trap` / `random_trap` plant the data-quality traps real directories have.
`apply_step(tenant, k)` is churn step k: one joiner, one leaver, one department move,
all derived from (seed, k) only, so each step costs O(1) whatever the tenant's size.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from idp_wizard.demo.tenant import DemoTenant, Person

Change = Literal["added", "changed", "removed"]
CEO = 2  # person key of the chief executive (no manager)
# Properties a department move changes (Graph names; Google: organizations, orgUnitPath).
MOVE_FIELDS = ("department", "jobTitle")
INVALID_LANGS = {12: "xx_!!", 13: "english", 14: "123"}
LONG_NAME = ("Maximilian Alexander " + "von und zu Lang-Namen " * 460)[:10_000]


def _set(p: Person, given: str | None, surname: str | None, display: str | None = None) -> None:
    p.given, p.surname = given, surname
    p.display = display if display is not None else f"{given} {surname}"


def make_trap(t: DemoTenant, p: Person) -> None:
    """The hand-made people at keys 0..19 (admin, non-admin, CEO and the traps)."""
    from idp_wizard.demo.tenant import PERSON, ROOM, SERVICE, SHARED

    k = p.key
    local = {0: "admin", 1: "paul.plain", 2: "charlotte.kaiser", 3: "zoe.mueller",
             4: "jose.nunez", 5: "wang.xiuying", 6: "lukasz.zolc", 7: "maximilian.lang",
             8: "maria.schmidt", 9: "michael.schmidt"}.get(k)
    if local:
        p.upn = p.mail = t.unique_upn(local)
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
        p.mail = None  # no mailbox: only the UPN identifies them
    elif k == 11:  # service account: no mail, UPN is no e-mail address
        _set(p, None, None, "Backup Service")
        p.kind, p.upn, p.mail, p.lang = SERVICE, "svc-backup", None, ""
        p.dept, p.title, p.office, p.company = -1, None, -1, -1
    elif k in INVALID_LANGS:
        p.lang = INVALID_LANGS[k]
    elif k in (15, 16):
        room = k == 15
        _set(p, None, None, "Room Berlin 3.14" if room else "Shared Mailbox Support")
        p.kind, p.enabled, p.lang = (ROOM if room else SHARED), False, ""
        p.upn = p.mail = t.unique_upn("room-berlin-3.14" if room else "support")
        p.dept, p.title, p.office = -1, None, (0 if room else -1)
    elif k == 17:
        _make_guest(p, "jane", "partner.example")
        _set(p, "Jane", "Partner")
    elif k == 18:
        p.enabled = False
        p.flags &= ~8  # suspended (not archived) in Google
    elif k == 19:
        _set(p, None, None, "Sam")
        p.upn = p.mail = t.unique_upn("sam")
        p.lang, p.office = "", -1
    assert p.kind == PERSON or k in (11, 15, 16)


def _make_guest(p: Person, local: str, domain: str) -> None:
    p.guest, p.mail = True, f"{local}@{domain}"
    p.upn = f"{local}_{domain}#EXT#@contoso.onmicrosoft.example"
    p.dept, p.title, p.office, p.company = -1, None, -1, -1


def random_trap(t: DemoTenant, p: Person, r: float) -> None:
    """Scaled traps: ~3% disabled, ~2% guests, ~2% without mail, a few duplicates/rooms."""
    from idp_wizard.demo.tenant import GUEST_DOMAINS, OFFICES, ROOM, ascii_local

    if r < 0.03:
        p.enabled = False
    elif r < 0.05:
        local = p.upn.partition("@")[0]
        _make_guest(p, local, GUEST_DOMAINS[p.key % len(GUEST_DOMAINS)])
    elif r < 0.07:
        p.mail = None
    elif r < 0.072:
        p.mail = t.persons[-1].mail or t.persons[-1].upn  # same address as someone else
    elif r < 0.074 and p.office >= 0:
        city = OFFICES[p.office][0]
        floor, room = p.key % 7, p.key % 40
        p.kind, p.enabled, p.given, p.surname = ROOM, False, None, None
        p.display = f"Room {city} {floor}.{room:02d}"
        p.upn = p.mail = t.unique_upn(f"room-{ascii_local(city, '-')}-{floor}-{room:02d}")
        p.dept, p.title, p.lang = -1, None, ""


def _pick(t: DemoTenant, rng: random.Random, exclude: int) -> int:
    """A random ordinary employee safe to remove or move (no one reports to them)."""
    n = len(t.persons)
    heads = t.groups[t.group_index["Department heads"]].members
    for _ in range(64):
        if n <= 20:
            return -1
        k = 20 + int(rng.random() * (n - 20))
        p = t.persons[k]
        if (k == exclude or p.removed or p.kind != 0 or p.guest or p.dept < 0
                or p.is_manager or k in heads or k in t._leads[p.dept]):
            continue
        return k
    return -1


def apply_step(t: DemoTenant, step: int) -> tuple[int, int, int]:
    """Churn step `step`: returns (joined, left, moved) person keys (-1: none)."""
    from idp_wizard.demo.tenant import DEPARTMENTS

    rng = random.Random(f"churn:{t.seed}:{step}")
    joiner = t.make_person(len(t.persons), rng, initial=False)
    t.persons.append(joiner)
    left = _pick(t, rng, exclude=joiner.key)
    if left >= 0:
        p = t.persons[left]
        for g in list(p.groups):
            t.leave_group(p, g)
        p.removed = True
    moved = _pick(t, rng, exclude=joiner.key)
    if moved >= 0 and moved != left:
        p = t.persons[moved]
        new = (p.dept + 1 + int(rng.random() * (len(DEPARTMENTS) - 1))) % len(DEPARTMENTS)
        t.leave_group(p, t.group_index[f"All {DEPARTMENTS[p.dept][0]}"])
        p.dept = new
        titles = DEPARTMENTS[new][2]
        p.title = titles[int(rng.random() * len(titles))]
        t.join_group(p, t.group_index[f"All {DEPARTMENTS[new][0]}"])
    else:
        moved = -1
    return joiner.key, left, moved


def changes_between(events: list[tuple[int, int, int]], a: int, b: int) -> dict[int, Change]:
    """Net effect of steps a+1..b per person key; joiners who left again vanish."""
    out: dict[int, Change] = {}
    for joined, left, moved in events[max(a, 0) : b]:
        out[joined] = "added"
        if moved >= 0 and out.get(moved) != "added":
            out[moved] = "changed"
        if left >= 0:
            if out.get(left) == "added":
                del out[left]
            else:
                out[left] = "removed"
    return out
