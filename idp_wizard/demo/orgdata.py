"""The demo organisation's fixed tables: departments, offices, names, languages.

Data only; `tenant.py` turns them into people, groups and org units.
"""

from __future__ import annotations

DOMAIN = "contoso.example"
INITIAL_DOMAIN = "contoso.onmicrosoft.example"  # Entra's initial domain: verified, no MX
UNVERIFIED_DOMAIN = "contoso-legacy.example"  # a UPN suffix the tenant never verified
ALIAS_DOMAIN = "contoso-group.example"  # Google: a secondary domain for aliases


def sibling_domain(domain: str, kind: str) -> str:
    """The tenant's initial, unverified or alias domain, for another demo client's domain
    (Fabrikam's initial domain is fabrikam.onmicrosoft.example, and so on)."""
    base = {"initial": INITIAL_DOMAIN, "unverified": UNVERIFIED_DOMAIN,
            "alias": ALIAS_DOMAIN}[kind]
    return base if domain == DOMAIN else base.replace("contoso", domain.split(".")[0], 1)
COMPANIES = ("Contoso GmbH", "Contoso Inc.", "Contoso Ltd")
DEPARTMENTS = (  # (name, weight, job titles)
    ("Sales", 15, ("Account Executive", "Sales Manager", "Key Account Manager")),
    ("Marketing", 7, ("Marketing Manager", "Content Strategist", "Brand Designer")),
    ("Engineering", 20, ("Software Engineer", "Senior Software Engineer", "Engineering Manager", "Site Reliability Engineer")),  # noqa: E501
    ("Finance", 5, ("Accountant", "Financial Analyst", "Controller")),
    ("HR", 4, ("HR Business Partner", "Recruiter", "People Operations Specialist")),
    ("Legal", 2, ("Legal Counsel", "Paralegal", "Compliance Officer")),
    ("Support", 10, ("Support Engineer", "Support Team Lead")),
    ("Operations", 6, ("Operations Manager", "Logistics Coordinator")),
    ("IT", 5, ("IT Administrator", "Service Desk Analyst", "Security Engineer")),
    ("Product", 7, ("Product Manager", "UX Designer", "Product Owner")),
    ("Research", 5, ("Research Scientist", "Data Scientist")),
    ("Customer Success", 8, ("Customer Success Manager", "Onboarding Specialist")),
)
OFFICES = (  # (city, country code, country, region, company index, weight, language, building)
    ("Berlin", "DE", "Germany", "DACH", 0, 20, "de-DE", "BER-1"),
    ("Munich", "DE", "Germany", "DACH", 0, 10, "de-DE", "MUC-1"),
    ("Hamburg", "DE", "Germany", "DACH", 0, 6, "de-DE", "HAM-1"),
    ("Vienna", "AT", "Austria", "DACH", 0, 6, "de-AT", "VIE-1"),
    ("Zurich", "CH", "Switzerland", "DACH", 0, 5, "de-DE", "ZRH-1"),
    ("London", "GB", "United Kingdom", "Europe", 2, 10, "en-GB", "LON-1"),
    ("Paris", "FR", "France", "Europe", 2, 6, "fr-FR", "PAR-1"),
    ("Madrid", "ES", "Spain", "Europe", 2, 5, "es-ES", "MAD-1"),
    ("New York", "US", "United States", "Americas", 1, 12, "en-US", "NYC-1"),
    ("San Francisco", "US", "United States", "Americas", 1, 8, "en-US", "SFO-1"),
    ("São Paulo", "BR", "Brazil", "Americas", 1, 6, "pt-BR", "SAO-1"),
    ("Tokyo", "JP", "Japan", "APAC", 1, 6, "ja-JP", "TYO-1"),
)
REGIONS = ("DACH", "Europe", "Americas", "APAC")
ENG_TEAMS = ("Platform", "Apps", "Data")
_DE = ("Anna Lukas Leonie Felix Marie Jonas Sophie Paul Lena Maximilian Jürgen Sören Käthe",
       "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Groß")
_EN = ("Oliver Emma James Olivia William Ava Noah Mia Harry Isla George Grace",
       "Smith Johnson Brown Taylor Wilson Davies Evans O'Brien Walker Clarke Lewis Hughes")
NAMES = {
    "DE": _DE, "AT": _DE, "CH": _DE, "GB": _EN, "US": _EN,
    "FR": ("Camille Louis Chloé Hugo Léa Gabriel Inès", "Martin Bernard Dubois Lefèvre Moreau"),
    "ES": ("Lucía Hugo Martina Mateo Sofía Álvaro", "García Fernández López Martínez Sánchez"),
    "BR": ("João Maria Pedro Ana Lucas Beatriz", "Silva Santos Oliveira Souza Conceição"),
    "JP": ("Haruto Yui Sota Hina Ren Aoi", "Sato Suzuki Takahashi Tanaka Watanabe Itō"),
}
LANGUAGES = ("de-DE", "de-AT", "en-US", "en-GB", "fr-FR", "es-ES", "pt-BR", "ja-JP", "it-IT", "nl-NL")  # noqa: E501
# Google language codes for the Entra-style tags (Google has no "de-AT": plain "de").
GOOGLE_LANG = {"de-DE": "de", "de-AT": "de", "en-US": "en", "en-GB": "en-GB", "fr-FR": "fr",
               "es-ES": "es", "pt-BR": "pt-BR", "ja-JP": "ja", "it-IT": "it", "nl-NL": "nl"}
GUEST_DOMAINS = ("partner.example", "fabrikam.example", "northwind.example")
PROJECT_WORDS = ("Phoenix", "Atlas", "Orion", "Nova", "Falcon", "Aurora", "Zephyr", "Helix",
                 "Quantum", "Summit", "Beacon", "Cascade", "Meridian", "Horizon", "Polaris")
PERSON, ROOM, SHARED, SERVICE = 0, 1, 2, 3
# Google-only extras (bit flags): a secondary organization, a customLanguage entry, a
# non-preferred language entry, archived (instead of suspended) when disabled.
F_SECOND_ORG, F_CUSTOM_LANG, F_EXTRA_LANG, F_ARCHIVED = 1, 2, 4, 8
TRAP_KEYS = range(24)  # hand-made people: admin, non-admin, traps (see traps.make_trap)
