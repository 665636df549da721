"""Small hand-made directories for core tests."""

from __future__ import annotations

from idp_wizard.core.records import Employee, Group, OrgUnit


def emp(i: int, **kw: object) -> Employee:
    base: dict[str, object] = {
        "id": f"u{i}", "email": f"user{i}@contoso.example", "display_name": f"User {i}",
        "department": "Sales", "location": "Berlin", "country": "DE",
        "company": "Contoso GmbH", "job_title": "Account Executive", "org_unit": "/Sales",
        "language_raw": "de-DE",
    }
    base.update(kw)
    return Employee(**base)  # type: ignore[arg-type]


def sample() -> tuple[list[Employee], list[Group], list[OrgUnit]]:
    employees = [
        emp(0),
        emp(1, department="Marketing", location="Munich", org_unit="/Marketing"),
        emp(2, department="Engineering", location="London", country="GB",
            company="Contoso Ltd", job_title="Engineer", org_unit="/Engineering/Platform"),
        emp(3, department="Engineering", location="Berlin", job_title="Engineer",
            org_unit="/Engineering"),
        emp(4, department="sales", location="Vienna", country="AT", org_unit="/Sales/DACH"),
        emp(5, enabled=False),
        emp(6, guest=True, email="partner@fabrikam.example"),
        emp(7, department="Finance", email="user7@subsidiary.example", org_unit="/Finance"),
    ]
    groups = [
        Group("g-eng", "Engineering all", member_ids=frozenset({"u2", "u3"})),
        # "DACH" contains the Berlin office group: members listed transitively
        Group("g-dach", "All Staff DACH", member_ids=frozenset({"u0", "u3", "u4", "u5"})),
        Group("g-dup1", "Project X", member_ids=frozenset({"u1"})),
        Group("g-dup2", "Project X", member_ids=frozenset({"u7"})),
    ]
    units = [OrgUnit("/Sales", "Sales", "/"), OrgUnit("/Sales/DACH", "DACH", "/Sales"),
             OrgUnit("/Engineering", "Engineering", "/"),
             OrgUnit("/Engineering/Platform", "Platform", "/Engineering"),
             OrgUnit("/Marketing", "Marketing", "/"), OrgUnit("/Finance", "Finance", "/"),
             OrgUnit("/Empty", "Empty", "/")]
    return employees, groups, units
