"""What the directory offers to filter on ("synchronization of rules"), with counts."""

from __future__ import annotations

from dataclasses import dataclass

from idp_wizard.core.directory_index import DirectoryIndex, key


@dataclass(frozen=True, slots=True)
class Option:
    value: str  # what goes into the filter file (group id, org unit path, or the value)
    label: str  # what the admin reads (group name, department name...)
    count: int  # employees holding it (groups: transitive; org units: with sub-units)

    def to_json(self) -> dict[str, object]:
        return {"value": self.value, "label": self.label, "count": self.count}


def account_counts(index: DirectoryIndex) -> dict[str, int]:
    """How many accounts each switch concerns: guests, disabled accounts, and what
    "Only licensed accounts" leaves out (no license, or a room mailbox)."""
    return {"guests": index.guest_mask.bit_count(),
            "disabled": index.size - index.enabled_mask.bit_count(),
            "unlicensed": index.unlicensed_mask.bit_count()}


def filter_options(index: DirectoryIndex) -> dict[str, list[Option]]:
    out: dict[str, list[Option]] = {}
    counted = index.group_masks.count
    out["groups"] = sorted(
        (Option(g.id, g.name, counted(g.id)) for g in index.groups),
        key=lambda o: (o.label.casefold(), o.value),
    )
    for attr in ("departments", "locations", "countries", "companies", "job_titles", "domains"):
        counts = index.value_counts(attr)
        labels = index.labels(attr)
        out[attr] = sorted(
            (Option(labels[k], labels[k], n) for k, n in counts.items()),
            key=lambda o: (-o.count, o.label.casefold()),
        )
    units = {u.path.rstrip("/") or "/": u.name for u in index.org_units}
    for e in index.employees:
        if e.org_unit:
            path = e.org_unit.rstrip("/") or "/"
            units.setdefault(path, path.rsplit("/", 1)[-1] or "/")
    out["org_units"] = sorted(
        (Option(p, name, index.unit_masks[key(p)].bit_count()) for p, name in units.items()),
        key=lambda o: o.value.casefold(),
    )
    return out
