"""When a write restores a user changed on the platform by hand (counted as "restored").

One rule for the daily comparison and for a write that had to read the user again (412,
400 noTarget, a 404 answered by the user's own id): the platform holds, on an attribute
the app managed when it last knew the user's state and still manages, something other
than that state and other than what the app writes now. So neither a "synced data"
change (an attribute the app starts to manage again still holds what it wrote before
it stopped: no one changed it) nor a directory change (the platform holds the old
value the app knew) counts, nor a hand change the directory now makes anyway.
"""

from __future__ import annotations

from collections.abc import Collection

from idp_wizard.platform.mapping import MappedUser


def overwrites_hand_change(known: MappedUser, found: MappedUser, desired: MappedUser,
                           keys: Collection[str]) -> bool:
    """`known`: what the platform held as far as the app knew; `found`: what it holds
    now (projected with the current keys); `keys`: the attributes managed now.
    `known.managed` narrows them to those managed when `known` was recorded."""
    k, f, d = known.values, found.values, desired.values
    managed = keys if known.managed is None else [x for x in keys if x in known.managed]
    return any(f.get(x) != k.get(x) and f.get(x) != d.get(x) for x in managed)
