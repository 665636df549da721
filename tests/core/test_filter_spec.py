import json

import pytest

from idp_wizard.core.errors import UsageError
from idp_wizard.core.filter_spec import ATTRIBUTES, FilterSpec


def test_default_is_everyone_enabled_and_not_guest() -> None:
    spec = FilterSpec.default()
    assert spec.is_unrestricted
    assert spec.include_guests is False and spec.include_disabled is False


def test_round_trip_is_identical() -> None:
    data = FilterSpec.default().to_json()
    data["include"]["departments"] = ["Sales", "Marketing"]
    data["exclude"]["emails"] = ["a@contoso.example"]
    data["include_guests"] = True
    spec = FilterSpec.from_json(data)
    assert spec.to_json() == data
    assert FilterSpec.loads(spec.dumps()).to_json() == data
    assert list(spec.to_json()["include"]) == list(ATTRIBUTES)


def test_partial_file_fills_in_defaults_and_trims() -> None:
    spec = FilterSpec.loads('{"version": 1, "include": {"departments": [" Sales ", "Sales"]}}')
    assert spec.include["departments"] == ("Sales",)
    assert spec.exclude["groups"] == ()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"version": 1, "include": {"dept": []}}', "unknown key 'dept' in include"),
        ('{"version": 1, "colour": 1}', "unknown key 'colour' in the top level"),
        ('{"version": 1, "include": {"groups": "Sales"}}', "include.groups must be a list"),
        ('{"version": 1, "exclude": {"emails": [3]}}', "exclude.emails[0] must be a string"),
        ('{"version": 1, "include_guests": "yes"}', "include_guests must be true or false"),
        ('{"version": 2}', "version must be 1"),
        ("{}", "missing key 'version'"),
        ("[]", "the top level must be an object"),
        ("{nope", "not valid JSON (line 1"),
        ('{"version": 1, "include": {"groups": [""]}}', "include.groups[0] is an empty value"),
    ],
)
def test_bad_files_get_one_clear_message(text: str, message: str) -> None:
    with pytest.raises(UsageError) as err:
        FilterSpec.loads(text, source="f.json")
    assert str(err.value).startswith("f.json: ")
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_json_dump_is_valid_json() -> None:
    assert json.loads(FilterSpec.default().dumps())["version"] == 1


@pytest.mark.parametrize(("value", "where", "character"), [
    ("\u2066\u2069", "include.departments[0]", "U+2066"),
    ("\u202e\u2028\u202c", "include.departments[0]", "U+202E"),  # cleaned to one space
])
def test_a_saved_value_that_cleans_to_nothing_is_refused(value: str, where: str,
                                                         character: str) -> None:
    """Before: cleaned to "" (or " ") and kept: a value that matches nobody."""
    text = json.dumps({"version": 1, "include": {"departments": [value]}})
    with pytest.raises(UsageError) as info:
        FilterSpec.loads(text, source="The saved filter", saved=True)
    assert str(info.value) == (
        f"The saved filter: {where} {value!r} holds nothing but characters that are not "
        f"shown, such as the bidirectional control character {character}, so it would "
        "match nobody")


def test_saved_values_that_clean_to_the_same_text_are_one() -> None:
    """Guards unchanged behaviour (as before): de-duplicated, in the admin's order."""
    text = json.dumps({"version": 1, "exclude": {"departments": [
        "Sales", "\u2066Sales\u2069", "\u202eIT", "IT"]}})
    spec = FilterSpec.loads(text, saved=True)
    assert spec.exclude["departments"] == ("Sales", "IT")
