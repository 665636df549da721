"""argparse's own words ("usage:", "options", "the following arguments are required: %s",
"invalid choice: ...") in the command's language.

argparse looks each of its texts up when it uses it, through gettext: `argparse._` and
`argparse.ngettext` (gettext's functions, bound when argparse was imported). Instead of
shipping a gettext catalogue for Python's texts, `argparse_language()` answers them from
our own catalogue while the command line is parsed: the templates below are messages
like any other (extracted by tools/translations.py, translated in the .ts files). A text
argparse has that is not listed here, or a translation that does not keep the
template's %-placeholders, stays English: never an error of its own.
"""

from __future__ import annotations

import argparse
import contextlib
import re
from collections.abc import Iterator, Sequence

from idp_wizard.cli_language import text
from idp_wizard.core.messages import Message, msg

# argparse's templates (Python 3.11 to 3.13), exactly as argparse writes them.
TEXTS = {m.template: m for m in (
    msg("usage: "),
    msg("options"),
    msg("positional arguments"),
    msg("show this help message and exit"),
    msg("the following arguments are required: %s"),
    msg("unrecognized arguments: %s"),
    msg("invalid choice: %(value)r (choose from %(choices)s)"),
    msg("invalid %(type)s value: %(value)r"),
    msg("argument %(argument_name)s: %(message)s"),
    msg("expected one argument"),
    msg("expected at least one argument"),
    msg("expected at most one argument"),
    msg("expected %s argument"),
    msg("expected %s arguments"),
    msg("ambiguous option: %(option)s could match %(matches)s"),
    msg("ignored explicit argument %r"),
    msg("not allowed with argument %s"),
    msg("one of the arguments %s is required"),
    msg("unexpected option string: %s"),
    msg("can't open '%(filename)s': %(error)s"),
)}
_PLACEHOLDER = re.compile(r"%(?:\([a-z_]+\))?[a-z%]")


def translate(english: str) -> str:
    """`english` in the command's language, if it is one of argparse's texts we know and
    its translation keeps the same placeholders (argparse fills them in with %)."""
    message: Message | None = TEXTS.get(english)
    if message is None:
        return english
    translated = text(message)
    if sorted(_PLACEHOLDER.findall(translated)) != sorted(_PLACEHOLDER.findall(english)):
        return english  # e.g. the pseudo-locale's accents inside "%(prog)s"
    return translated


def translate_plural(singular: str, plural: str, n: int) -> str:
    return translate(singular if n == 1 else plural)


def requested_language(argv: Sequence[str]) -> str | None:
    """`--lang X` (or `--lang=X`), found before the real parser runs: its help and its
    refusals need the language already."""
    early = argparse.ArgumentParser(add_help=False, exit_on_error=False, allow_abbrev=False)
    early.add_argument("--lang")
    try:
        known, _ = early.parse_known_args(list(argv))
    except argparse.ArgumentError:  # `--lang` without a value: the real parser says so
        return None
    return known.lang if isinstance(known.lang, str) else None


@contextlib.contextmanager
def argparse_language() -> Iterator[None]:
    """While the block runs, argparse speaks the command's language (see above)."""
    names = vars(argparse)  # its globals: where its functions look `_` up at each call
    saved = {"_": names["_"], "ngettext": names["ngettext"]}
    names.update({"_": translate, "ngettext": translate_plural})
    try:
        yield
    finally:
        names.update(saved)
