"""What a run's platform part says beyond its counts, one sentence each: users repaired
after a comparison, removed users the platform no longer had, a listing that stopped
short. Built from the details the run keeps (`PlatformReport.details`, stored with the
run), so the command line, History and the panel say the same thing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from idp_wizard.core.messages import Message, msg, msg_count


def _count(value: object) -> int:
    """A stored count (0 for anything else: an older or damaged record)."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def platform_notes(part: Mapping[str, Any]) -> list[Message]:
    notes: list[Message] = []
    repaired = part.get("repaired")
    if isinstance(repaired, Mapping):
        missing, drifted = _count(repaired.get("missing")), _count(repaired.get("drifted"))
        if missing or drifted:
            notes.append(msg("Platform repaired: {missing} re-created, {drifted} restored.",
                             missing=missing, drifted=drifted))
    gone = _count(part.get("gone"))
    if gone:
        notes.append(gone_message(gone))
    listing = part.get("listing")
    if isinstance(listing, Mapping):
        listed, reported = _count(listing.get("listed")), _count(listing.get("reported"))
        if reported:
            notes.append(msg("The platform listed only {listed} of the {reported} users it "
                             "reported (its paging is unreliable): the users it did not "
                             "list were checked one by one, none was taken as gone.",
                             listed=listed, reported=reported))
    return notes


def gone_message(gone: int) -> Message:
    """Users the app provisioned that the platform no longer had when they were to be
    removed (by a sync or a disconnect): neither deleted nor deactivated by the app."""
    return msg_count(
        gone, "{count} user the app provisioned was already gone from the platform "
        "(deleted there outside this app): there was nothing to remove.",
        "{count} users the app provisioned were already gone from the platform "
        "(deleted there outside this app): there was nothing to remove.", count=gone)
