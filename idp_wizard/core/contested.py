"""Addresses several employees share, and why an incremental round must then read in full.

A synced user who holds an address another employee also uses keeps it; the other is
skipped. When the holder leaves (or changes address), a full read adds the other one,
but an incremental (delta) round never sees them: they did not change. So each full
read keeps who is involved in such a contest (directory ids, which may be stored) and
a keyed digest of each contested address (never the address itself; the key changes
with every full read), and a delta round that touches any of them, or that meets a
contest of its own, reads in full instead. Exact counts, round after round.
"""

from __future__ import annotations

import hashlib
import secrets
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from idp_wizard.core.directory_index import DirectoryIndex
from idp_wizard.core.records import DeltaChanges, Employee


@dataclass(frozen=True, slots=True)
class Contested:
    ids: frozenset[str] = frozenset()
    keys: frozenset[str] = frozenset()
    salt: str = field(default_factory=lambda: secrets.token_hex(8))

    def key(self, address: str) -> str:
        return hashlib.blake2b(address.casefold().encode("utf-8", "surrogatepass"),
                               key=self.salt.encode(), digest_size=8).hexdigest()

    def touched_by(self, changes: DeltaChanges) -> bool:
        """Whether this round changes or removes anyone in a contest, or gives someone a
        contested address: only a full read plans that exactly."""
        if not self.ids.isdisjoint(changes.removed_ids):
            return True
        for e in changes.changed:
            if e.id in self.ids or (e.email and self.key(e.email) in self.keys):
                return True
        return False

    def to_row(self) -> dict[str, str]:
        return {"contested_ids": "\n".join(sorted(self.ids)),
                "contested_keys": "\n".join(sorted(self.keys)), "contested_salt": self.salt}

    @classmethod
    def from_row(cls, row: dict[str, object] | None) -> Contested:
        if not row or not row.get("contested_salt"):
            return cls()

        def lines(name: str) -> frozenset[str]:
            return frozenset(str(row.get(name) or "").split("\n")) - {""}
        return cls(lines("contested_ids"), lines("contested_keys"), str(row["contested_salt"]))


def shared_addresses(employees: Iterable[Employee]) -> dict[str, list[str]]:
    """Address (case-folded) → the ids of every employee using it, where two or more do."""
    people = [(e.email.casefold(), e.id) for e in employees if e.email]
    counts = Counter(addr for addr, _ in people)
    out: dict[str, list[str]] = {}
    for addr, uid in people:
        if counts[addr] > 1:
            out.setdefault(addr, []).append(uid)
    return out


def contested_of(employees: Iterable[Employee]) -> Contested:
    """What a full read keeps of the contests it saw."""
    return _kept(shared_addresses(employees))


def contested_in(index: DirectoryIndex) -> Contested:
    """`contested_of` the index's employees, from the duplicates its plan found: no
    second pass folding every address while the plan's records are held."""
    emps = index.employees
    return _kept({addr: [emps[i].id for i in positions]
                  for addr, positions in index.duplicate_emails().items()})


def _kept(shared: dict[str, list[str]]) -> Contested:
    fresh = Contested()
    return Contested(frozenset(uid for ids in shared.values() for uid in ids),
                     frozenset(fresh.key(addr) for addr in shared), fresh.salt)
