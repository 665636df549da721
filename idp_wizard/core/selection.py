"""Who a filter shares: filter semantics plus per-record validity, for GUI and sync alike.

Semantics (DESIGN.md): an empty include list is no restriction; values in one list are
alternatives (OR); lists must all hold (AND); `include.emails` adds named people even
when the other include criteria leave them out; any exclude match removes the employee;
guests and disabled accounts only when allowed; with `only_licensed`, accounts without
a license and room mailboxes never (not even when named).

Validity: a matched employee with bad data (no/invalid e-mail, absurd field lengths, an
e-mail shared with another matched employee) is skipped with a reason; if that employee
is already synced they are kept exactly as they are instead, so bad data upstream never
removes anyone. Duplicate e-mails: an already-synced holder of the address keeps it.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from idp_wizard.core.bitsets import bit_test, mask_of, positions_of
from idp_wizard.core.directory_index import DirectoryIndex, key
from idp_wizard.core.errors import FilterMismatch, UnmatchedValue
from idp_wizard.core.filter_spec import ATTRIBUTES, FilterSpec
from idp_wizard.core.messages import Message, msg
from idp_wizard.core.text import shown
from idp_wizard.core.users import SyncedState
from idp_wizard.core.validation import Action, Problem, record_problems, who


@dataclass(slots=True)
class Selection:
    shared: list[int]  # positions to sync now (valid)
    kept: list[int]  # positions matched but invalid, already synced: left unchanged
    problems: list[Problem] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.shared) + len(self.kept)


def check_values(index: DirectoryIndex, spec: FilterSpec) -> None:
    """Groups and org units named by the filter must exist in the directory."""
    for part, criteria in (("include", spec.include), ("exclude", spec.exclude)):
        for attr in ("groups", "org_units"):
            for value in criteria.get(attr, ()):
                if index.unknown(attr, value):
                    where = f"{part}.{attr}"
                    raise FilterMismatch(msg(
                        "{where}: there is no group {value} in the directory", where=where,
                        value=shown(value)) if attr == "groups" else msg(
                        "{where}: there is no org unit {value} in the directory", where=where,
                        value=shown(value)))


def _matches_anyone(index: DirectoryIndex, attr: str, value: str) -> bool:
    if attr == "emails":  # a dictionary look-up: no bitset per address (100,000 of them)
        return key(value) in index.email_positions
    return index.value_mask(attr, value) != 0


def unmatched_values(index: DirectoryIndex, spec: FilterSpec) -> list[Message]:
    """Filter values that match nobody in the directory ("Sals" for "Sales"), named
    like "include.departments 'Sals'"; empty groups count as matching nobody."""
    return [
        msg("{where} {value}", where=f"{part}.{attr}", value=shown(value))
        for part, criteria in (("include", spec.include), ("exclude", spec.exclude))
        for attr in ATTRIBUTES
        for value in criteria.get(attr, ())
        if not _matches_anyone(index, attr, value)
    ]


def check_matches(index: DirectoryIndex, spec: FilterSpec) -> None:
    """Every value of the filter must match someone: a typo would otherwise share
    (include) or keep (exclude) other people than meant, silently."""
    check_values(index, spec)  # unknown groups and org units: their own message first
    missing = unmatched_values(index, spec)
    if missing:
        others = len(missing) - 1
        if others > 1:
            raise UnmatchedValue(msg("{value} matches nobody in the directory (and {count} "
                                     "more values)", value=missing[0], count=others))
        raise UnmatchedValue(msg("{value} matches nobody in the directory (and 1 more value)",
                                 value=missing[0]) if others else msg(
                                 "{value} matches nobody in the directory", value=missing[0]))


def filter_mask(index: DirectoryIndex, spec: FilterSpec) -> int:
    """The employees the filter matches, before validity checks."""
    mask = index.all
    for attr in ATTRIBUTES:
        values = spec.include.get(attr, ())
        if values and attr != "emails":
            alt = 0
            for v in values:
                alt |= index.value_mask(attr, v)
            mask &= alt
    for v in spec.include.get("emails", ()):
        mask |= index.value_mask("emails", v)
    for attr in ATTRIBUTES:
        for v in spec.exclude.get(attr, ()):
            mask &= ~index.value_mask(attr, v)
    if not spec.include_disabled:
        mask &= index.enabled_mask
    if not spec.include_guests:
        mask &= ~index.guest_mask
    if spec.only_licensed:
        mask &= ~index.unlicensed_mask
    return mask & index.all


class Selector:
    """Filter + validity for one directory read and one set of synced users."""

    def __init__(self, index: DirectoryIndex, synced: SyncedState | None = None) -> None:
        self.index = index
        synced = synced or SyncedState.from_rows({})
        self._synced_ids: Collection[str] = synced.fingerprints
        emps = index.employees
        self._record_problems = record_problems(emps)
        # Invalid records only drop out of the count when they are not synced yet
        # (synced ones are kept unchanged).
        self._invalid_unsynced = mask_of(
            (i for i in self._record_problems if emps[i].id not in self._synced_ids),
            index.size,
        )
        # Addresses held by several valid employees; duplicates are rare, so the
        # per-selection check below is a short loop.
        self._dup_groups = [
            (addr, valid)
            for addr, pos in index.duplicate_emails().items()
            if len(valid := [i for i in pos if i not in self._record_problems]) > 1
        ]
        # Who holds each contested address on the platform today (they keep it).
        self._owner = synced.holders(addr for addr, _ in self._dup_groups)

    def _is_synced(self, i: int) -> bool:
        return self.index.employees[i].id in self._synced_ids

    def _duplicate_losers(self, mask: int) -> dict[int, Message | str]:
        losers: dict[int, Message | str] = {}
        if not self._dup_groups:
            return losers
        emps, has = self.index.employees, bit_test(mask)
        for addr, group in self._dup_groups:
            chosen = [i for i in group if has(i)]
            if len(chosen) < 2:
                continue
            holder = self._owner.get(addr)
            for i in chosen:
                if emps[i].id != holder:
                    others = len(chosen) - 1
                    losers[i] = msg(
                        "e-mail address {address} is also used by another employee",
                        address=emps[i].email) if others == 1 else msg(
                        "e-mail address {address} is also used by {others} other employees",
                        address=emps[i].email, others=others)
        return losers

    def count(self, spec: FilterSpec) -> int:
        """X in "Share X out of Y": exactly `len(select(spec).shared + kept)`."""
        mask = filter_mask(self.index, spec)
        keepable = mask & ~self._invalid_unsynced
        lost = sum(1 for i in self._duplicate_losers(mask) if not self._is_synced(i))
        return keepable.bit_count() - lost

    def select(self, spec: FilterSpec) -> Selection:
        mask = filter_mask(self.index, spec)
        has = bit_test(mask)
        bad: dict[int, Message | str] = {
            i: r for i, r in self._record_problems.items() if has(i)}
        bad.update(self._duplicate_losers(mask))
        emps = self.index.employees
        selection = Selection(shared=positions_of(mask & ~mask_of(bad, self.index.size)),
                              kept=[])
        for i in sorted(bad):
            synced = self._is_synced(i)
            if synced:
                selection.kept.append(i)
            action = Action.KEPT if synced else Action.SKIPPED
            selection.problems.append(Problem(emps[i].id, who(emps[i]), bad[i], action))
        for i in self.index.stand_in_addresses:  # say which address a mailbox-less user got
            if has(i) and i not in bad:
                e = emps[i]
                selection.problems.append(Problem(e.id, who(e), e.address_note, Action.WARNING))
        return selection

    @property
    def total(self) -> int:
        """Y in "Share X out of Y": every employee the directory lists."""
        return self.index.size


def named_but_left_out(index: DirectoryIndex, spec: FilterSpec) -> list[Message]:
    """`include.emails` values whose every holder the filter leaves out all the same (a
    guest without include_guests, a disabled account, an unlicensed one with
    only_licensed): named, they read as shared, and silently are not."""
    said: list[Message] = []
    for value in spec.include.get("emails", ()):
        holders = index.value_mask("emails", value)
        if not holders:
            continue  # matches nobody: refused (check_matches) or kept on purpose
        if not spec.include_guests and holders & ~index.guest_mask == 0:
            said.append(msg("include.emails {value} is a guest account, which this filter "
                            "leaves out; it is not shared (include_guests: true shares "
                            "guests)", value=shown(value)))
        elif not spec.include_disabled and holders & index.enabled_mask == 0:
            said.append(msg("include.emails {value} is a disabled account, which this "
                            "filter leaves out; it is not shared (include_disabled: true "
                            "shares disabled accounts)", value=shown(value)))
        elif spec.only_licensed and holders & ~index.unlicensed_mask == 0:
            said.append(msg("include.emails {value} has no license or is a room, which "
                            "only_licensed leaves out; it is not shared", value=shown(value)))
    return said
