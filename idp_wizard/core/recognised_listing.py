"""A full listing of a provider without delta reads (Google) that recognises unchanged
users before planning them (core/known_sources.py), where the filter allows it."""

from __future__ import annotations

from collections.abc import Collection

from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.known_sources import KnownSources, read_all_recognising, recognisable, run_salt
from idp_wizard.core.language import LanguageMapper
from idp_wizard.core.progress import CancelToken, ProgressFn
from idp_wizard.core.reader import DirectoryReader, as_recognising_reader
from idp_wizard.core.records import Employee
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.core.users import SyncedState, load_fingerprints, synced_state


def read_listing(
    store: Store, reader: DirectoryReader, spec: FilterSpec,
    synced_data: Collection[str] | None, mapper: LanguageMapper, progress: ProgressFn,
    cancel: CancelToken, client_id: int = DEFAULT_CLIENT_ID,
) -> tuple[list[Employee] | None, SyncedState, KnownSources | None]:
    """(the employees to plan, the synced users to plan against, what was recognised).
    Employees None: this reader or filter cannot recognise; the caller reads as ever."""
    recognising = as_recognising_reader(reader)
    if recognising is None or not recognisable(spec):
        return None, synced_state(store, client_id), None
    synced = synced_state(store, client_id, with_sources=True)
    known = KnownSources(synced.sources, run_salt(spec, synced_data, mapper))
    employees = read_all_recognising(recognising, known, progress, cancel)
    load_fingerprints(store, synced, (e.id for e in employees), client_id)
    return employees, synced, known
