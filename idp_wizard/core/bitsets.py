"""Python ints as bitsets over employee positions (bit i: the i-th employee of the
directory), and the group masks DirectoryIndex builds on first use."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from idp_wizard.core.records import Employee, Group


def mask_of(positions: Iterable[int], size: int) -> int:
    bits = bytearray((size >> 3) + 1)
    for i in positions:
        bits[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(bits, "little")


def bit_test(mask: int) -> Callable[[int], bool]:
    """Whether bit i of `mask` (not negative) is set, in O(1) per test: `mask >> i & 1`
    copies the whole mask each time (12 KB at 100,000 employees)."""
    data = mask.to_bytes((mask.bit_length() >> 3) + 1, "little")
    end = len(data) << 3
    return lambda i: i < end and bool(data[i >> 3] >> (i & 7) & 1)


def positions_of(mask: int) -> list[int]:
    """Set bit positions, ascending; linear in the mask's size."""
    text = bin(mask)[:1:-1]  # least significant bit first, without "0b"
    out: list[int] = []
    find = text.find
    i = find("1")
    while i != -1:
        out.append(i)
        i = find("1", i + 1)
    return out


class GroupMasks(Mapping[str, int]):
    """Group id → mask of its member employees, each built on first use: listing the
    groups with their counts (`filters options`) builds none of 2,000 masks, and a
    click on a group builds just its own."""

    def __init__(self, groups: Iterable[Group], employees: Sequence[Employee]) -> None:
        self._members = {g.id: g.member_ids for g in groups}  # a repeated id: the last
        self._employees = employees
        self._positions: dict[str, int] | None = None
        self._listed: set[str] | None = None
        self._masks: dict[str, int] = {}

    def _position(self) -> dict[str, int]:
        if self._positions is None:
            self._positions = {e.id: i for i, e in enumerate(self._employees)}
        return self._positions

    def __getitem__(self, group_id: str) -> int:
        mask = self._masks.get(group_id)
        if mask is None:
            members, pos = self._members[group_id], self._position()
            mask = self._masks[group_id] = mask_of(
                map(pos.__getitem__, filter(pos.__contains__, members)), len(self._employees))
        return mask

    def __contains__(self, group_id: object) -> bool:
        return group_id in self._members

    def __iter__(self) -> Iterator[str]:
        return iter(self._members)

    def __len__(self) -> int:
        return len(self._members)

    def count(self, group_id: str) -> int:
        """Employees in the group (its mask's bit count), without making the mask."""
        mask = self._masks.get(group_id)
        if mask is not None:
            return mask.bit_count()
        if self._listed is None:  # a set: a subset test against a dict's keys is 3x slower
            self._listed = ({e.id for e in self._employees} if self._positions is None
                            else set(self._positions))
        members, listed = self._members[group_id], self._listed
        # Usually every member is an employee: one subset test, in C.
        return len(members) if members <= listed else len(members & listed)
