"""What a disconnect did on the platform, said the same way by the command line, the
window's status bar and the audit log: how many users it removed (or deactivated), how
many the platform no longer had (deleted there outside this app, so there was nothing
to remove), how many stay there on request."""

from __future__ import annotations

from dataclasses import dataclass

from idp_wizard.core.messages import Message, msg, msg_count
from idp_wizard.core.platform_notes import gone_message


@dataclass(frozen=True, slots=True)
class PlatformCleared:
    """The platform part of one disconnect (of one attempt, when an earlier one was
    interrupted). `url` "": no platform target was set."""

    removed: int = 0  # deleted, or deactivated (`deactivate`), by this disconnect
    gone: int = 0  # ours, but already gone from the platform: nothing done to them
    kept: int = 0  # left there, no longer managed (--keep-platform-users)
    url: str = ""
    deactivate: bool = False

    def messages(self) -> list[Message]:
        """One sentence each, in the admin's language through core_text/text."""
        if not self.url:
            return []
        if self.kept:
            return [msg_count(
                self.kept, "{count} user stays on the platform ({url}), no longer "
                "managed; this was recorded in the audit log.", "{count} users stay on the "
                "platform ({url}), no longer managed; this was recorded in the audit log.",
                count=self.kept, url=self.url)]
        n = self.removed
        said = [msg_count(n, "{count} user was deactivated on the platform ({url}).",
                          "{count} users were deactivated on the platform ({url}).",
                          count=n, url=self.url)
                if self.deactivate else
                msg_count(n, "{count} user was removed from the platform ({url}).",
                          "{count} users were removed from the platform ({url}).",
                          count=n, url=self.url)]
        if self.gone:
            said.append(gone_message(self.gone))
        return said

    def audit(self, remaining: int = 0) -> Message:
        """The audit log's detail (`remaining`: still there, the platform failed)."""
        if remaining:
            return msg("{url}: deactivated {count}, already gone {gone}, {remaining} still "
                       "there", url=self.url, count=self.removed, gone=self.gone,
                       remaining=remaining) if self.deactivate else msg(
                "{url}: removed {count}, already gone {gone}, {remaining} still there",
                url=self.url, count=self.removed, gone=self.gone, remaining=remaining)
        return msg("{url}: deactivated {count}, already gone {gone}", url=self.url,
                   count=self.removed, gone=self.gone) if self.deactivate else msg(
            "{url}: removed {count}, already gone {gone}", url=self.url,
            count=self.removed, gone=self.gone)

