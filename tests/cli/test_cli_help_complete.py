"""Every option an admin can give has a line in `--help`, in English and German: the
docs trial found `--json` (ten commands), `connect --provider`, `users --format` and
`target test --scim-url` listed bare, with nothing saying what they do."""

from __future__ import annotations

import argparse

import pytest

from idp_wizard import cli_language
from idp_wizard.cli_parser import build_parser


def _parsers(
    parser: argparse.ArgumentParser, name: str,
) -> list[tuple[str, argparse.ArgumentParser]]:
    found = [(name, parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub, child in action.choices.items():
                found += _parsers(child, f"{name} {sub}")
    return found


def _bare_options() -> list[str]:
    bare = []
    for name, parser in _parsers(build_parser(), "idp-wizard"):
        for action in parser._actions:
            if action.option_strings and action.help is None:
                bare.append(f"{name} {action.option_strings[0]}")
    return bare


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_option_says_what_it_does(lang: str) -> None:
    cli_language.use(lang)
    try:
        assert _bare_options() == []
    finally:
        cli_language.use("en")


def test_the_json_option_reads_the_same_everywhere_and_in_german() -> None:
    cli_language.use("de")
    try:
        helps = {action.help for name, parser in _parsers(build_parser(), "idp-wizard")
                 for action in parser._actions if "--json" in action.option_strings}
    finally:
        cli_language.use("en")
    assert helps == {"JSON ausgeben (in jeder Sprache gleich)"}
