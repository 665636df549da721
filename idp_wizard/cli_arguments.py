"""Option values argparse checks for every command: one wording for numbers ("must be
a whole number, not 'abc'"), never argparse's "invalid int value"."""

from __future__ import annotations

import argparse

from idp_wizard.cli_language import text as say
from idp_wizard.core.messages import msg
from idp_wizard.core.text import shown


def whole_number(text: str, low: int | None = None, high: int | None = None) -> int:
    try:
        value = int(text)
    except ValueError:  # also Python's limit on digits (4,300)
        raise argparse.ArgumentTypeError(
            say(msg("must be a whole number, not {value}", value=shown(text)))) from None
    if low is not None and (value < low or (high is not None and value > high)):
        got = text if len(text) <= 20 else shown(text, 20)
        raise argparse.ArgumentTypeError(say(
            msg("must be at least {low} (got {value})", low=str(low), value=got)
            if high is None else msg("must be between {low} and {high} (got {value})",
                                     low=str(low), high=str(high), value=got)))
    return value
