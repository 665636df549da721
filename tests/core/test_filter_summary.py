"""The one plain-language filter summary (core/filter_summary.py): a message the GUI
renders with Qt's translator (tests/ui/test_core_texts_de.py) and the command line and
the audit log with the catalogue; here in English and German, without Qt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from idp_wizard import cli_language
from idp_wizard.core.filter_spec import ATTRIBUTES, FilterSpec
from idp_wizard.core.filter_summary import audit_summary, summarize
from idp_wizard.core.messages import Message
from idp_wizard.core.store import Store


def spec(include: dict[str, tuple[str, ...]] | None = None,
         exclude: dict[str, tuple[str, ...]] | None = None, **flags: bool) -> FilterSpec:
    return FilterSpec(include={a: (include or {}).get(a, ()) for a in ATTRIBUTES},
                      exclude={a: (exclude or {}).get(a, ()) for a in ATTRIBUTES}, **flags)


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    cli_language.use("en")


def both(message: Message) -> tuple[str, str]:
    cli_language.use("en")
    english = cli_language.text(message)
    cli_language.use("de")
    return english, cli_language.text(message)


CASES = [
    (spec(), "All employees, excluding guests and disabled accounts",
     "Alle Mitarbeitenden, ohne Gäste und deaktivierte Konten"),
    (spec(include_guests=True, include_disabled=True),
     "All employees, including guests and disabled accounts",
     "Alle Mitarbeitenden, einschließlich Gästen und deaktivierten Konten"),
    (spec(include_guests=True), "All employees, excluding disabled accounts",
     "Alle Mitarbeitenden, ohne deaktivierte Konten"),
    (spec(include_disabled=True), "All employees, excluding guests",
     "Alle Mitarbeitenden, ohne Gäste"),
    (spec({"departments": ("Sales", "Marketing"), "locations": ("Berlin",)}),
     "Employees in Sales or Marketing, located in Berlin, excluding guests and disabled "
     "accounts",
     "Mitarbeitende in Sales oder Marketing, am Standort Berlin, ohne Gäste und deaktivierte "
     "Konten"),
    (spec({"job_titles": tuple(f"T{i}" for i in range(6)), "emails": ("a@x.example",)},
          {"countries": ("Germany", "Austria"), "emails": ("b@x.example",)}),
     "Employees working as T0, T1, T2 or 3 more, plus a@x.example, except Germany or "
     "Austria, b@x.example, excluding guests and disabled accounts",
     "Mitarbeitende tätig als T0, T1, T2 oder 3 weitere, zusätzlich a@x.example, außer "
     "Germany oder Austria, b@x.example, ohne Gäste und deaktivierte Konten"),
    (spec({"org_units": ("/Sales",), "domains": ("contoso.example",), "companies": ("C",)}),
     "Employees working for C, in the org unit /Sales, with an address at contoso.example, "
     "excluding guests and disabled accounts",
     "Mitarbeitende bei C beschäftigt, in der Organisationseinheit /Sales, mit einer Adresse "
     "bei contoso.example, ohne Gäste und deaktivierte Konten"),
    (spec({"departments": ("Sales",)}, include_guests=True, include_disabled=True,
          only_licensed=True),
     "Employees in Sales, including guests and disabled accounts, only licensed accounts",
     "Mitarbeitende in Sales, einschließlich Gästen und deaktivierten Konten, nur "
     "lizenzierte Konten"),
]


@pytest.mark.parametrize(("case", "english", "german"), CASES)
def test_one_summary_in_both_languages(case: FilterSpec, english: str, german: str) -> None:
    assert both(summarize(case)) == (english, german)


def test_group_ids_are_named_by_the_callable() -> None:
    names = {"g1": "All Sales", "g2": "Berlin office"}
    asked: list[tuple[str, str]] = []

    def name(attr: str, value: str) -> str:
        asked.append((attr, value))
        return names.get(value, value) if attr == "groups" else value

    message = summarize(spec({"groups": ("g1", "g2")}, {"groups": ("g2",)}), name)
    assert both(message) == (
        "Employees in the group All Sales or Berlin office, except Berlin office, excluding "
        "guests and disabled accounts",
        "Mitarbeitende in der Gruppe All Sales oder Berlin office, außer Berlin office, ohne "
        "Gäste und deaktivierte Konten")
    assert asked == [("groups", "g1"), ("groups", "g2"), ("groups", "g2")]


@pytest.mark.parametrize(("plus", "minus", "english", "german"), [
    (1, 0, "; plus 1 named person", "; zusätzlich 1 namentlich genannte Person"),
    (2, 1, "; plus 2 named people; except 1 named person",
     "; zusätzlich 2 namentlich genannte Personen; außer 1 namentlich genannten Person"),
    (0, 1_234, "; except 1,234 named people", "; außer 1.234 namentlich genannten Personen"),
])
def test_the_audit_counts_people_without_naming_them(
        tmp_path: Path, plus: int, minus: int, english: str, german: str) -> None:
    case = spec({"departments": ("Sales",), "emails": tuple(f"in{i}@x.example"
                                                            for i in range(plus))},
                {"emails": tuple(f"out{i}@x.example" for i in range(minus))})
    store = Store(tmp_path / "a.sqlite3")
    try:
        store.audit("filter.change", audit_summary(case))
        [entry] = store.audit_log()
    finally:
        store.close()
    assert "@" not in entry["detail"] and "@" not in str(entry["message"])
    kept = Message.from_json(entry["message"])
    assert kept is not None
    start = "Employees in Sales, excluding guests and disabled accounts"
    assert entry["detail"] == start + english
    assert both(kept) == (start + english, "Mitarbeitende in Sales, ohne Gäste und "
                                           "deaktivierte Konten" + german)


def test_many_people_render_as_one_list() -> None:
    people = tuple(f"p{i}@x.example" for i in range(50_000))
    english, german = both(summarize(spec(exclude={"emails": people})))
    assert english.count("@") == german.count("@") == 50_000
    assert german.startswith("Alle Mitarbeitenden, außer p0@x.example, p1@x.example, ")
    assert german.endswith(", p49999@x.example, ohne Gäste und deaktivierte Konten")
