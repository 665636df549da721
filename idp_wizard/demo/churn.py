"""How the demo tenant changes over time: one joiner, one leaver, one move per step.

`apply_step(roster, k)` is churn step k, derived from (seed, k) only, so each step
costs O(1) whatever the tenant's size and a tenant rebuilt with the same steps is
identical. `changes_between` turns the recorded steps into per-person changes.
"""

from __future__ import annotations

import random
from typing import Literal

from idp_wizard.demo.orgdata import DEPARTMENTS, PERSON
from idp_wizard.demo.roster import Roster

Change = Literal["added", "changed", "removed"]
# Properties a department move changes (Graph names; Google: organizations, orgUnitPath).
MOVE_FIELDS = ("department", "jobTitle")


def _pick(t: Roster, rng: random.Random, exclude: int) -> int:
    """A random ordinary employee safe to remove or move (no one reports to them)."""
    n = len(t.persons)
    heads = t.groups[t.group_index["Department heads"]].members
    for _ in range(64):
        if n <= 20:
            return -1
        k = 20 + int(rng.random() * (n - 20))
        p = t.persons[k]
        if (k == exclude or p.removed or p.kind != PERSON or p.guest or p.dept < 0
                or p.is_manager or k in heads or k in t.leads[p.dept]):
            continue
        return k
    return -1


def apply_step(t: Roster, seed: int, step: int) -> tuple[int, int, int]:
    """Churn step `step`: returns (joined, left, moved) person keys (-1: none)."""
    rng = random.Random(f"churn:{seed}:{step}")
    joiner = t.make_person(len(t.persons), rng, initial=False)
    t.persons.append(joiner)
    left = _pick(t, rng, exclude=joiner.key)
    if left >= 0:
        for g in t.persons[left].groups:
            t.leave_group(left, g)
        t.persons.mark_removed(left)
    moved = _pick(t, rng, exclude=joiner.key)
    if moved >= 0 and moved != left:
        p = t.persons[moved]
        new = (p.dept + 1 + int(rng.random() * (len(DEPARTMENTS) - 1))) % len(DEPARTMENTS)
        t.leave_group(moved, t.group_index[f"All {DEPARTMENTS[p.dept][0]}"])
        titles = DEPARTMENTS[new][2]
        t.persons.move(moved, new, titles[int(rng.random() * len(titles))])
        t.enter_group(moved, t.group_index[f"All {DEPARTMENTS[new][0]}"])
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
