import pytest

from idp_wizard.core.language import LanguageMapper, MatchKind, canonical_tag


@pytest.mark.parametrize(
    ("raw", "code", "kind"),
    [
        ("de-AT", "de", MatchKind.BASE),
        ("en-us", "en", MatchKind.BASE),
        ("pt-BR", "pt-BR", MatchKind.EXACT),
        ("pt-br", "pt-BR", MatchKind.EXACT),
        ("pt-PT", "pt", MatchKind.BASE),
        ("de_AT", "de", MatchKind.BASE),
        ("zh-Hant-TW", "zh", MatchKind.BASE),
        ("", "en", MatchKind.EMPTY),
        ("   ", "en", MatchKind.EMPTY),
        ("sv-SE", "en", MatchKind.DEFAULT),
        ("xx_!!", "en", MatchKind.INVALID),
        ("english", "en", MatchKind.INVALID),
        ("123", "en", MatchKind.INVALID),
    ],
)
def test_mapping_exact_then_base_then_default(raw: str, code: str, kind: MatchKind) -> None:
    match = LanguageMapper().map(raw)
    assert (match.code, match.kind) == (code, kind)
    assert match.raw == raw  # the provider's value is kept


def test_configurable_list_and_default() -> None:
    mapper = LanguageMapper(("de", "fr", "en-GB"), default="de")
    assert mapper.map("en-US").code == "de"  # no "en" base: default
    assert mapper.map("en-gb").code == "en-GB"
    assert mapper.map("fr-CA").code == "fr"
    with pytest.raises(ValueError, match="default language"):
        LanguageMapper(("de",), default="en")


def test_canonical_tag() -> None:
    assert canonical_tag("DE-at") == "de-AT"
    assert canonical_tag("zh-hant-tw") == "zh-Hant-TW"
    assert canonical_tag("es-419") == "es-419"
    assert canonical_tag("de--AT") is None
