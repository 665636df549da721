"""What the Graph fake's modules share: property names and Graph's error."""

from __future__ import annotations

USER_PROPS = ("id", "displayName", "givenName", "surname", "mail", "userPrincipalName",
              "department", "jobTitle", "officeLocation", "city", "country", "usageLocation",
              "companyName", "preferredLanguage", "accountEnabled", "userType",
              "businessPhones", "mobilePhone")
USER_DEFAULT = ("businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone",
                "officeLocation", "preferredLanguage", "surname", "userPrincipalName", "id")


class GraphError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
