"""Client names: which are the same name, which are refused, and that refusing changes
nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp_wizard.core.client_names import MAX_NAME, checked_name, name_key, tenant_name
from idp_wizard.core.errors import UsageError
from tests.clients.helpers import client_rows, demo_profile


@pytest.mark.parametrize(("a", "b"), [
    ("Müller GmbH", "MÜLLER GMBH"),  # case
    ("Müller GmbH", "Mu\u0308ller GmbH"),  # a combining umlaut (NFD) vs composed (NFC)
    ("ﬁrma", "Firma"),  # a ligature (compatibility form)
    ("Acme  Corp", " acme corp "),  # spacing
    ("Straße", "STRASSE"),  # full case folding
    ("\uff23\uff4f\uff4e\uff54\uff4f\uff53\uff4f", "contoso"),  # full-width "Contoso"
])
def test_names_that_differ_only_in_case_form_or_spacing_are_one_name(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_different_names_stay_different() -> None:
    assert len({name_key(n) for n in ("Contoso", "Contoso 2", "Fabrikam", "Fabrikäm")}) == 4


@pytest.mark.parametrize(("name", "reason"), [
    ("", "is empty"), ("   \t ", "contains the control character U+0009"),
    ("  ", "is empty"), ("A\x00B", "control character U+0000"),
    ("x" * (MAX_NAME + 1), f"use at most {MAX_NAME}"),
    ("bad \ud800", "lone surrogate"),
])
def test_names_that_cannot_be_names_get_one_sentence(name: str, reason: str) -> None:
    with pytest.raises(UsageError) as caught:
        checked_name(name)
    message = str(caught.value)
    assert reason in message and "\n" not in message and "Traceback" not in message


def test_names_are_stored_trimmed_and_composed() -> None:
    assert checked_name("  Mu\u0308ller   GmbH ") == "Müller GmbH"
    assert tenant_name("contoso.example (demo)") == "contoso.example"
    assert tenant_name("fabrikam.com") == "fabrikam.com"


def test_duplicate_and_bad_names_change_nothing(data_dir: Path) -> None:
    profile = demo_profile(data_dir)
    try:
        first = profile.clients()[0]
        profile.rename(first.name, "Müller GmbH")
        other = profile.add("Fabrikam")
        before = {c.id: client_rows(profile.store, c.id) for c in profile.clients()}
        attempts = [
            lambda: profile.add("MÜLLER GMBH"), lambda: profile.add("Mu\u0308ller  gmbh"),
            lambda: profile.add(""), lambda: profile.add("x" * 200),
            lambda: profile.rename("Fabrikam", "müller gmbh"),
            lambda: profile.rename("Nobody", "Somebody"), lambda: profile.rename("Fabrikam", " "),
            lambda: profile.find("Nobody"),
        ]
        for attempt in attempts:
            with pytest.raises(UsageError) as caught:
                attempt()
            assert "\n" not in str(caught.value)
        after = {c.id: client_rows(profile.store, c.id) for c in profile.clients()}
        assert after == before
        assert [c.name for c in profile.clients()] == ["Fabrikam", "Müller GmbH"]
        with pytest.raises(UsageError, match="already a client named 'MÜLLER GMBH' "
                           r"\('Müller GmbH': names that differ only in case"):
            profile.add("MÜLLER GMBH")
        with pytest.raises(UsageError, match="no client named 'Nobody'; the clients are "
                           "'Fabrikam', 'Müller GmbH'"):
            profile.find("Nobody")
        # Renaming a client to another spelling of its own name is allowed.
        assert profile.rename("fabrikam", "FABRIKAM").id == other.id
        assert profile.find("fabrikam").name == "FABRIKAM"
    finally:
        profile.close()
