"""Every mapped user must have an id and text where text belongs, or the read fails.

A user the mapping cannot trust is not skipped: skipping one that is synced would
remove them from the platform, and a number where a name belongs would stop the sync
later with an internal error. So the read stops with one sentence and applies nothing.
Addresses are made NFC here too (`nfc`), so the duplicate checks see one address, and
control characters, invalid text and text that would show wrong are replaced (`clean`,
and for groups and org units `clean_group`, `clean_unit`). An id longer than `MAX_ID`
is no provider's: Graph's are GUIDs, Google's about 21 digits. Groups and their
members are held to the same (`check_group`, `check_member`): a group the filter names
or a member it counts must not be dropped or stored unchecked either.
"""

from __future__ import annotations

import dataclasses
import logging
import operator
import unicodedata
from collections.abc import Iterable
from typing import Any, TypeGuard

from idp_wizard.core.errors import ProviderError
from idp_wizard.core.messages import msg
from idp_wizard.core.records import Employee, Group, OrgUnit
from idp_wizard.core.text import replace_unshowable, unshowable_character
from idp_wizard.core.validation import FIELD_LABELS

log = logging.getLogger(__name__)

MAX_ID = 256  # characters; generous: a longer one is stored and used as a key no more

TEXT_FIELDS = ("id", "email", "display_name", "given_name", "surname", "department",
               "job_title", "location", "country", "company", "org_unit", "manager_id",
               "language_raw")
_TEXT = operator.attrgetter(*TEXT_FIELDS)


def bad_user(label: str, uid: object, field: str = "id") -> ProviderError:
    """The error for a listed user without a usable id, or with a field that is no text."""
    if field == "id" or not isinstance(uid, str) or not uid:
        return ProviderError(msg("{provider} listed a user without a valid id; try again "
                                 "later, and if it happens again, check the network (a "
                                 "proxy may rewrite the answers).", provider=label),
                             code="malformed")
    return ProviderError(msg("{provider} listed the user {id} with a value that is not text "
                             "({field}); try again later, and if it happens again, check "
                             "the network (a proxy may rewrite the answers).",
                             provider=label, id=uid[:80], field=field), code="malformed")


def check_employees(label: str, employees: Iterable[Employee]) -> None:
    """Raise `bad_user` for the first employee without an id or with a non-text field;
    replace what no value may hold (`clean`). One join and one `isprintable` per
    employee, both in C: a few milliseconds for 20,000."""
    join, limit = "".join, MAX_ID
    for e in employees:
        try:
            text = join(_TEXT(e))
        except TypeError:
            field = next(f for f in TEXT_FIELDS if not isinstance(getattr(e, f), str))
            raise bad_user(label, e.id, field) from None
        if not 0 < len(e.id) <= limit:
            raise bad_user(label, e.id)
        if not text.isprintable():  # rare: also no-break spaces, which are fine
            clean(label, e)


_MORE_LABELS = {"email": msg("e-mail address"), "manager_id": msg("manager"),
                "language_raw": msg("language")}
# Before managers are resolved, Google's manager_id is an address too.
_ADDRESSES = frozenset({"email", "manager_id"})


def clean(label: str, e: Employee) -> None:
    """Control characters, lone surrogates, non-characters, bidirectional controls and
    line separators replaced (core/text.py `replace_unshowable`), with a remark the sync
    reports (a lone surrogate cannot even be stored: it stopped the whole sync)."""
    for field in TEXT_FIELDS:
        value = getattr(e, field)
        what = unshowable_character(value)
        if what is None:
            continue
        if field == "id":
            raise bad_user(label, None)
        setattr(e, field, replace_unshowable(value, field in _ADDRESSES))
        if not e.address_note:
            e.address_note = msg("{field} held {character}, which was replaced",
                                 field=FIELD_LABELS.get(field) or _MORE_LABELS[field],
                                 character=what)


def _valid_id(value: object) -> TypeGuard[str]:
    """Text of 1 to `MAX_ID` characters: what users', groups' and members' ids are."""
    return isinstance(value, str) and 0 < len(value) <= MAX_ID


def check_id(label: str, entry: object) -> str:
    """The id of a raw listing entry (a delta round's), or `bad_user`."""
    uid = entry.get("id") if isinstance(entry, dict) else None
    if not _valid_id(uid):
        raise bad_user(label, uid)
    return uid


def bad_group(label: str, gid: object, field: str = "id") -> ProviderError:
    """The error for a listed group without a usable id, or with a value that is no
    text where text belongs (`field`: the provider's name of it)."""
    if field == "id" or not isinstance(gid, str) or not gid:
        return ProviderError(msg("{provider} listed a group without a valid id; try again "
                                 "later, and if it happens again, check the network (a "
                                 "proxy may rewrite the answers).", provider=label),
                             code="malformed")
    return ProviderError(msg("{provider} listed the group {id} with a value that is not "
                             "text ({field}); try again later, and if it happens again, "
                             "check the network (a proxy may rewrite the answers).",
                             provider=label, id=gid[:80], field=field), code="malformed")


def check_group(label: str, entry: object, text_fields: tuple[str, ...]
                ) -> dict[str, Any]:
    """A raw group entry with an id as users have (`check_id`) and text (or nothing)
    in `text_fields`, or `bad_group`. A group left out instead would drop its members
    from a filter that names it, and a sync would remove them; a number for a name
    went on to the filter lists and the store as it came. So is an entry that is no
    object: it may be any group, and passed over it would be left out too."""
    if not isinstance(entry, dict):
        raise bad_group(label, None)
    gid = entry.get("id")
    if not _valid_id(gid):
        raise bad_group(label, gid)
    for field in text_fields:
        value = entry.get(field)
        if value is not None and not isinstance(value, str):
            raise bad_group(label, gid, field)
    return entry


def bad_admin_answer(label: str) -> ProviderError:
    """The error for an answer to the administrator check that cannot be read (a role
    listing entry that is no object, an `isAdmin` that is not true or false). Read as
    "no", it told an administrator they lack a role they may have."""
    return ProviderError(msg("{provider} answered the check for the administrator role in "
                             "a form IdP Wizard cannot read; try again later, and if it "
                             "happens again, check the network (a proxy may rewrite the "
                             "answers).", provider=label), code="malformed")


def readable_role_entry(entry: object) -> bool:
    """Whether an entry of Graph's role listing (/me/transitiveMemberOf) can be read: an
    object whose `id` is text and whose `@odata.type` and `roleTemplateId` are text
    where given (a role listed without the permission to read roles has no
    roleTemplateId). Any other value may be the role itself: read as "not the role", it
    told an administrator they lack a role they may have."""
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
        return False
    return all(entry.get(key) is None or isinstance(entry.get(key), str)
               for key in ("@odata.type", "roleTemplateId"))


def check_member(label: str, group_id: str, member: object,
                 user_kind: tuple[str, str]) -> str | None:
    """The id of a group member that is a user (its entry's `user_kind[0]` is
    `user_kind[1]`), None for other members (devices, groups...). A user without an
    id as users have is `malformed`: left out, they would leave a filter that names
    the group; kept, an id of any length or type went on as a key. So is an entry that
    is no object: it may be anyone, and passed over it would leave the group too."""
    if isinstance(member, dict):
        if member.get(user_kind[0]) != user_kind[1]:
            return None
        mid = member.get("id")
        if _valid_id(mid):
            return mid
    raise ProviderError(msg("{provider} listed a member of the group {id} without a valid "
                            "id; try again later, and if it happens again, check the "
                            "network (a proxy may rewrite the answers).", provider=label,
                            id=group_id[:80]), code="malformed")


def _cleaned(label: str, key: str, value: str, address: bool = False) -> str:
    """`value` cleaned as a user's text; the replacement is logged, as a group or an
    org unit has no place for a remark beside it. A value that is no text (a provider
    may send anything) is left as it is."""
    if not isinstance(value, str) or value.isprintable():
        return value
    character = unshowable_character(value)
    if character is None:
        return value
    log.warning("%s listed the group or org unit %r with %s, which was replaced", label,
                str(key)[:80], character)
    return replace_unshowable(value, address)


def clean_group(label: str, group: Group) -> Group:
    """A group with its name and address cleaned as a user's (see `clean`)."""
    name = _cleaned(label, group.id, group.name)
    email = _cleaned(label, group.id, group.email, address=True)
    if name is group.name and email is group.email:
        return group
    return dataclasses.replace(group, name=name, email=email)


def clean_unit(label: str, unit: OrgUnit) -> OrgUnit:
    """An org unit with its path, name and parent cleaned as a user's org unit is, so
    the paths still match."""
    path = _cleaned(label, unit.path, unit.path)
    name = _cleaned(label, unit.path, unit.name)
    parent = _cleaned(label, unit.path, unit.parent_path)
    if path is unit.path and name is unit.name and parent is unit.parent_path:
        return unit
    return dataclasses.replace(unit, path=path, name=name, parent_path=parent)


def nfc(address: str) -> str:
    """An address in Unicode NFC (RFC 6532): "é" as one code point or as "e" plus a
    combining accent is one address, to the platform and to the duplicate check alike."""
    return address if address.isascii() else unicodedata.normalize("NFC", address)


def collapse_repeated(label: str, employees: list[Employee]) -> list[Employee]:
    """Each id once, where a full listing named someone twice (a user changed while
    the listing was paged, or a provider bug): counted twice, they would be planned
    twice. The later listing wins, as in Graph's delta rounds; when the two differ,
    the sync reports it beside the user (`address_note`, shown as a warning)."""
    if len({e.id for e in employees}) == len(employees):  # the usual case, in C
        return employees
    last = {e.id: i for i, e in enumerate(employees)}
    differing: set[str] = set()
    kept: list[Employee] = []
    for e in employees:
        final = employees[last[e.id]]
        if final is e:
            kept.append(e)
        elif final != e:
            differing.add(e.id)
    note = msg("{provider} listed this user twice with different data; the later "
               "listing was used", provider=label)
    for e in kept:  # a note already there (why there is no address...) says more
        if e.id in differing and not e.address_note:
            e.address_note = note
    return kept
