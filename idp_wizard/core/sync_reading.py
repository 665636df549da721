"""A sync's read and plan: an incremental (delta) read, a full round or a listing of
the directory, or a directory read just before (a filter change), planned against the
synced users. What must commit with the users (the next delta link, the directory's
ids, who shares addresses) comes back as an `after` step for the apply transaction."""

from __future__ import annotations

from collections.abc import Callable, Collection

from idp_wizard.core.connection import Connection
from idp_wizard.core.contested import Contested, contested_in
from idp_wizard.core.delta import (
    delta_plan,
    filter_digest,
    load_contested,
    load_directory_ids,
    save_directory_ids,
)
from idp_wizard.core.errors import DeltaExpired
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.known_sources import known_sources, read_full_round
from idp_wizard.core.language import LanguageMapper
from idp_wizard.core.messages import msg
from idp_wizard.core.outcome import release
from idp_wizard.core.plan import PlannedChange, SyncPlan, build_index, build_plan
from idp_wizard.core.progress import CancelToken, Progress, ProgressFn
from idp_wizard.core.reader import DirectoryReader, as_delta_reader
from idp_wizard.core.recognised_listing import read_listing
from idp_wizard.core.records import Directory, Employee
from idp_wizard.core.store import Store
from idp_wizard.core.users import load_fingerprints, synced_digest, synced_state

After = Callable[[], None]


def read_directory(
    reader: DirectoryReader, spec: FilterSpec, progress: ProgressFn, cancel: CancelToken,
    employees: list[Employee] | None = None,
) -> Directory:
    """Users (unless already read); groups and org units only when the filter needs
    them, and the members of just the groups it names."""
    if employees is None:
        employees = reader.read_employees(progress, cancel)
    named = spec.group_values
    needs_groups = any(named)
    needs_units = any(spec.include["org_units"]) or any(spec.exclude["org_units"])
    groups = reader.read_groups(progress, cancel, named) if needs_groups else []
    units = reader.read_org_units(cancel) if needs_units else []
    return Directory(employees, groups, units)



class DirectoryPlanner:
    """Reads one client's directory and plans its sync (SyncService holds the lock)."""

    def __init__(self, store: Store, client_id: int, mapper: LanguageMapper) -> None:
        self.store = store
        self.client_id = client_id
        self.mapper = mapper

    def read_and_plan(
        self, reader: DirectoryReader, conn: Connection, spec: FilterSpec, mode: str,
        why: str, progress: ProgressFn, cancel: CancelToken,
    ) -> tuple[SyncPlan, str, str, After | None]:
        """Read (delta or full) and plan; `after` saves what must move with the apply."""
        store, client = self.store, self.client_id
        synced_data = conn.settings.get("synced_data")
        delta = as_delta_reader(reader)
        if delta is not None and mode == "delta":
            try:
                changes = delta.read_employees_delta(conn.delta_link, progress, cancel)
            except DeltaExpired:
                mode, why = "full", "Microsoft Graph asked for a full resync"
            else:
                progress(Progress("plan", message=msg("Comparing with the synced users")))
                contested = load_contested(store, client)
                planned = None if contested is None or contested.touched_by(changes) else (
                    delta_plan(store, changes, spec, self.mapper,
                               load_directory_ids(store, client), synced_data,
                               client_id=client))
                if planned is not None:
                    plan, after_round = planned
                    return plan, mode, why, self._saver(changes.delta_link, after_round, None)
                # Someone who shares an address (or takes one) changed: exact only in full.
                mode, why = "full", "an address several employees share changed"
        known = None
        if delta is None:  # Google: a listing, recognising unchanged users if it can
            employees, synced, known = read_listing(store, reader, spec, synced_data,
                                                    self.mapper, progress, cancel, client)
            directory = read_directory(reader, spec, progress, cancel, employees)
            link = ""
        else:  # a full delta round: every user, plus the link for the next increment
            # Unchanged users are recognised before they are mapped: known_sources.py.
            synced = synced_state(store, client, with_sources=True)
            known = known_sources(synced.sources, spec, synced_data, self.mapper,
                                  synced.by_source)
            changes = read_full_round(delta, known, progress, cancel)
            load_fingerprints(store, synced, (e.id for e in changes.changed), client)
            directory = read_directory(reader, spec, progress, cancel, changes.changed)
            link = changes.delta_link
        cancel.raise_if_cancelled()
        progress(Progress("plan", message=msg("Comparing with the synced users")))
        unchanged = known.unchanged if known is not None else []
        # Every id once: the round lists each id once (else it was read again), and the
        # recognised are not in `directory`. A list: a set of 500,000 ids takes 4x more.
        ids = [e.id for e in directory.employees] if delta is not None else []
        ids += unchanged
        index = build_index(directory)
        # Recognised users hold addresses of their own (else the round was read again).
        contested = contested_in(index) if delta is not None else None
        # Taken before the plan consumes the employees (each is dropped once planned).
        plan = build_plan(directory, spec, synced, self.mapper, index, synced_data=synced_data,
                          unchanged=unchanged, consume=True)
        del index
        release(directory.employees)  # see release(): free 100,000 records gently
        if delta is None:
            return plan, mode, why, None
        return plan, mode, why, self._saver(link, ids, filter_digest(spec), contested)

    def plan_read(self, directory: Directory, conn: Connection, spec: FilterSpec,
                  incremental: bool, planned: PlannedChange | None = None,
                  ) -> tuple[SyncPlan, After | None]:
        """The plan against a directory read just before (see `SyncService.run`): a full
        read. The next increment starts from the link kept so far (changes it lists again
        are recognised as unchanged). `planned`: the preview's plan, if made from this
        read."""
        if planned is not None and planned.index.employees is not directory.employees:
            planned = None
        index = build_index(directory) if planned is None else planned.index
        synced_data = conn.settings.get("synced_data")
        plan = None if planned is None else planned.plan_for(
            spec, synced_digest(self.store, self.client_id), synced_data, self.mapper)
        if plan is None:
            plan = build_plan(directory, spec, synced_state(self.store, self.client_id),
                              self.mapper, index, synced_data=synced_data)
        if not incremental:
            return plan, None
        ids = {e.id for e in directory.employees}
        return plan, self._saver(conn.delta_link or "", ids, filter_digest(spec),
                                 contested_in(index))

    def _saver(self, link: str, ids: Collection[str], digest: str | None,
               contested: Contested | None = None) -> After:
        """`digest`: the filter's, after a full read; None after an increment.
        `contested`: who shares addresses, after a full read."""
        store, client = self.store, self.client_id

        def save() -> None:
            store.db.execute(
                "UPDATE connections SET delta_link = ?, last_full_read_at = "
                "CASE WHEN ? THEN ? ELSE last_full_read_at END WHERE client_id = ?",
                [link, digest is not None, store.now(), client])
            save_directory_ids(store, ids, digest, client, contested)

        return save
