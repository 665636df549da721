"""Client names: how they are written down and when two of them are the same name.

Two names are the same when they differ only in case, Unicode form or spacing:
"Müller GmbH", "MÜLLER  GMBH" and "Mu\u0308ller GmbH" (a combining umlaut) name one
client, and so do "ﬁrma" (a ligature) and "Firma". The key is NFKC-casefolded with
runs of spaces collapsed; the database holds it under a UNIQUE index, so two processes
adding the same name at once cannot both succeed. No imports beyond the standard
library: the schema's migration uses this too.
"""

from __future__ import annotations

import unicodedata

from idp_wizard.core.errors import UsageError
from idp_wizard.core.messages import msg
from idp_wizard.core.text import replace_unshowable, shown, unshowable_character

MAX_NAME = 80
PLACEHOLDER = "Default"  # the first client's name until it is named after its tenant


def written(name: str) -> str:
    """The name as stored and shown: composed Unicode (NFC), single spaces, trimmed."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def name_key(name: str) -> str:
    """What makes two names the same name (see the module docstring)."""
    folded = unicodedata.normalize("NFKC", written(name)).casefold()
    return " ".join(unicodedata.normalize("NFKC", folded).split())


def checked_name(name: str) -> str:
    """The name to store; one clear sentence (UsageError) when it cannot be a name.
    What a directory value may not hold is refused here too (core/text.py): a
    bidirectional control would make "Bob \u202enimda\u202c" read "Bob admin"."""
    bad = unshowable_character(name)
    if bad:
        raise UsageError(msg("The client name {name} contains {what}; use letters, digits, "
                             "spaces and punctuation.", name=shown(name), what=bad))
    clean = written(name)
    if not clean:
        raise UsageError(msg("The client name is empty; give the client a name."))
    if len(clean) > MAX_NAME:
        raise UsageError(msg("The client name is {length} characters long; use at most "
                             "{limit}.", length=len(clean), limit=MAX_NAME))
    return clean


def unique_name(name: str, taken: set[str]) -> str:
    """`name`, or the first of "name (2)", "name (3)", ... whose key is not in `taken`
    (the name cut so the whole stays within MAX_NAME)."""
    candidate, n = name, 1
    while name_key(candidate) in taken:
        n += 1
        suffix = f" ({n})"
        candidate = written(name[:MAX_NAME - len(suffix)]) + suffix
    return candidate


def tenant_name(tenant: str) -> str:
    """A client name from its connection's tenant ("contoso.com", "contoso.example
    (demo)"): the directory's domain, which is how admins tell customers apart."""
    name = replace_unshowable(tenant.removesuffix("(demo)").strip())  # as directory values
    return written(name)[:MAX_NAME]
