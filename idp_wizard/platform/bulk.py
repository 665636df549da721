"""Initial creates in SCIM Bulk requests, within the server's maxOperations and
maxPayloadSize.

Each operation's answer is read on its own: 201 → created (the id from its location);
an answer naming another user (its resource's userName, an id two answers name, a
bulkId answered twice) is not trusted: that user is looked up;
409 → adopt the existing user; another 4xx → that user failed; anything else (5xx,
429, missing) → the user is created individually, looking it up first in case it was
applied. A lost answer to the whole request (5xx, timeout) does the same for every user
of the batch; a server refusing a Bulk request as a whole (405/501, 413, a 400 for a
dialect it does not take, 404) falls back to single creates for the rest of the push.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from idp_wizard.core.messages import msg
from idp_wizard.platform.capabilities import BulkLimits
from idp_wizard.platform.errors import AccessDenied, AnswerLost, RequestRejected
from idp_wizard.platform.operations import Outcome, UserOp, UserResult
from idp_wizard.platform.users_api import id_from_location
from idp_wizard.platform.writer import UserWriter, failed

JsonDict = dict[str, Any]
BULK_REQUEST = "urn:ietf:params:scim:api:messages:2.0:BulkRequest"
ENVELOPE_BYTES = 200  # the request's own JSON around the operations
OPERATION_BYTES = 80  # method, path, bulkId around each resource
MAX_BATCH = 500  # smaller batches keep the workers busy and a lost answer cheap


@dataclass(frozen=True, slots=True)
class Batch:
    ops: tuple[UserOp, ...]
    bodies: tuple[bytes, ...]  # each op's resource, encoded once


def batches(ops: Iterable[UserOp], limits: BulkLimits, max_batch: int = MAX_BATCH
            ) -> Iterator[Batch]:
    """Group creates so each request stays within both limits (10 % payload margin)."""
    max_ops = max(1, min(limits.max_operations, max_batch))
    budget = int(limits.max_payload_size * 0.9) - ENVELOPE_BYTES
    chunk: list[UserOp] = []
    bodies: list[bytes] = []
    size = 0
    for op in ops:
        assert op.desired is not None
        body = json.dumps(op.desired.resource(), ensure_ascii=False,
                          separators=(",", ":")).encode()
        cost = len(body) + OPERATION_BYTES
        if chunk and (len(chunk) >= max_ops or size + cost > budget):
            yield Batch(tuple(chunk), tuple(bodies))
            chunk, bodies, size = [], [], 0
        chunk.append(op)
        bodies.append(body)
        size += cost
    if chunk:
        yield Batch(tuple(chunk), tuple(bodies))


def _request(batch: Batch, endpoint: str) -> bytes:
    """The BulkRequest JSON, assembled from the already-encoded resources."""
    path = json.dumps(endpoint)
    operations = b",".join(
        b'{"method":"POST","path":%s,"bulkId":"%d","data":%s}' % (path.encode(), i, body)
        for i, body in enumerate(batch.bodies))
    return b'{"schemas":["%s"],"Operations":[%s]}' % (BULK_REQUEST.encode(), operations)


def _status(value: object) -> int:
    try:
        return int(str(value).strip()[:3])
    except ValueError:
        return 0


def _created_id(answer: JsonDict) -> str | None:
    """The platform id a 201 answer names: its resource's id, else its location."""
    if _status(answer.get("status")) != 201:
        return None
    response = answer.get("response")
    found = response.get("id") if isinstance(response, dict) else None
    return found if isinstance(found, str) and found else id_from_location(
        answer.get("location") if isinstance(answer.get("location"), str) else None)


class BulkCreator:
    def __init__(self, writer: UserWriter) -> None:
        self.writer = writer

    def run(self, batch: Batch) -> list[UserResult]:
        if not self.writer.methods.bulk:  # refused earlier (kept per target)
            return [self.writer.run(op) for op in batch.ops]
        users = self.writer.users
        try:
            reply = users.http.request("POST", "/Bulk", content=_request(batch, users.endpoint))
        except AnswerLost:
            return [self.writer.run(replace(op, verify_first=True)) for op in batch.ops]
        except RequestRejected:  # 405/501, 413, or a 400 for a dialect it does not take:
            self.writer.methods.bulk = False  # refused as a whole, nothing applied
            return [self.writer.run(op) for op in batch.ops]
        answers: dict[int, JsonDict | None] = {}
        operations = (reply.body or {}).get("Operations")
        for item in operations if isinstance(operations, list) else ():
            if isinstance(item, dict) and str(item.get("bulkId", "")).isdigit():
                i = int(item["bulkId"])
                answers[i] = None if i in answers else item  # answered twice: trust neither
        # One platform id named for two users: the server mixed its answers up.
        ids = Counter(_created_id(a) for a in answers.values() if a is not None)
        claimed = {uid for uid, n in ids.items() if uid and n > 1}
        return [self._result(op, answers.get(i), claimed) for i, op in enumerate(batch.ops)]

    def _result(self, op: UserOp, answer: JsonDict | None, claimed: set[str]) -> UserResult:
        try:
            return self._answer(op, answer, claimed)
        except (RequestRejected, AccessDenied) as exc:
            return failed(op, exc)

    def _answer(self, op: UserOp, answer: JsonDict | None, claimed: set[str]) -> UserResult:
        status = _status(answer.get("status")) if answer else 0
        assert op.desired is not None
        if status == 201 and answer is not None:
            uid = _created_id(answer)
            response = answer.get("response")
            name = response.get("userName") if isinstance(response, dict) else None
            if uid and uid not in claimed and (not isinstance(name, str) or (
                    name.casefold() == op.desired.user_name.casefold())):
                return UserResult(op, Outcome.CREATED, uid, op.desired.fingerprint)
            # Another user's answer (a wrong bulkId): looked up below, never linked wrong.
        if status == 409:
            existing = self.writer.users.find(op.desired.user_name, op.desired.external_id)
            if existing is not None:
                return self.writer.run_adopt(op, existing)
        if 400 <= status < 500 and status not in (408, 429) and answer is not None:
            return self._failed(op, status, answer)
        # 5xx, 429, no answer or no id: maybe applied, so look up before creating.
        return self.writer.run(replace(op, verify_first=True))

    def _failed(self, op: UserOp, status: int, answer: JsonDict) -> UserResult:
        response = answer.get("response")
        detail = response.get("detail", "") if isinstance(response, dict) else ""
        detail = self.writer.users.http.scrub(str(detail))
        scim_type = response.get("scimType", "") if isinstance(response, dict) else ""
        code = f"{status} {scim_type}".strip()
        text = msg("The platform refused to create this user ({code}): {detail}.", code=code,
                   detail=detail.rstrip(".")) if detail else msg(
                   "The platform refused to create this user ({code}).", code=code)
        return UserResult(op, Outcome.FAILED, None, None, status, str(text),
                          str(scim_type or ""), text)

