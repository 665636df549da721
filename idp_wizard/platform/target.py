"""One SCIM target, ready to use: the HTTP client, what the server supports, and the
Users/Groups APIs, the mapper and the push built on them. The engine's entry point.

    with ScimTarget.open(url, token) as target:          # runs discovery
        mapper = target.mapper(data_groups, manager_lookup)
        target.push([UserOp.create(id, mapper.map(record)), ...], on_result)
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import Any

import httpx

from idp_wizard.core.progress import CancelToken, ProgressFn
from idp_wizard.platform.capabilities import Capabilities
from idp_wizard.platform.discovery import ConnectionReport, check_connection, discover
from idp_wizard.platform.executor import DEFAULT_CONCURRENCY, PushExecutor, ResultCallback
from idp_wizard.platform.group_push import GroupPusher, GroupResult, GroupSpec
from idp_wizard.platform.groups_api import GroupsApi
from idp_wizard.platform.http import RetryPolicy, ScimHttp
from idp_wizard.platform.listing import Pages
from idp_wizard.platform.mapping import ManagerLookup, UserMapper
from idp_wizard.platform.operations import PushSummary, UserOp
from idp_wizard.platform.reconcile import Expected, PlatformIndex, ReconcilePlan, plan_reconcile
from idp_wizard.platform.users_api import UsersApi
from idp_wizard.platform.writer import Methods, UserWriter

JsonDict = dict[str, Any]


class ScimTarget:
    def __init__(self, http: ScimHttp, capabilities: Capabilities) -> None:
        self.http = http
        self.capabilities = capabilities
        self.users = UsersApi(http, capabilities)
        self.groups = GroupsApi(http, capabilities)
        self.methods = Methods(patch=capabilities.patch)  # learned quirks, kept per target

    @classmethod
    def open(cls, base_url: str, token: str, *, capabilities: Capabilities | None = None,
             transport: httpx.BaseTransport | None = None,
             sleep: Callable[[float], None] | None = None, policy: RetryPolicy | None = None,
             cancel: CancelToken | None = None, progress: ProgressFn | None = None
             ) -> ScimTarget:
        """Connect; discovery runs unless `capabilities` (kept from an earlier test) is
        given. The caller closes the target (or uses `with`)."""
        http = make_http(base_url, token, transport=transport, sleep=sleep, policy=policy,
                         cancel=cancel, progress=progress)
        try:
            return cls(http, capabilities if capabilities is not None else discover(http))
        except BaseException:
            http.close()
            raise

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> ScimTarget:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- building blocks ----------------------------------------------------------

    def mapper(self, data_groups: Collection[str] | None = None,
               manager_lookup: ManagerLookup | None = None) -> UserMapper:
        return UserMapper(self.capabilities, data_groups, manager_lookup)

    def writer(self, mapper: UserMapper) -> UserWriter:
        return UserWriter(self.users, mapper, self.methods)

    # -- the engine's operations --------------------------------------------------

    def push(self, ops: Iterable[UserOp], on_result: ResultCallback, mapper: UserMapper, *,
             concurrency: int = DEFAULT_CONCURRENCY, use_bulk: bool = True,
             cancel: CancelToken | None = None) -> PushSummary:
        executor = PushExecutor(self.writer(mapper), concurrency=concurrency,
                                use_bulk=use_bulk)
        return executor.push(ops, on_result, cancel)

    def iter_users(self) -> Pages:
        """Every user on the platform, page by page (then: was the listing complete?)."""
        return self.users.iter_all()

    def index(self) -> PlatformIndex:
        return PlatformIndex.build(self.iter_users())

    def reconcile(self, expected: Iterable[Expected], mapper: UserMapper) -> ReconcilePlan:
        """List the platform, then plan the ops that repair drift (push them after)."""
        return plan_reconcile(expected, self.index(), mapper)

    def push_groups(self, specs: Iterable[GroupSpec], removals: Iterable[tuple[str, str]],
                    on_result: Callable[[GroupResult], None],
                    managed: Collection[str] | None = None) -> None:
        GroupPusher(self.groups, managed).push(specs, removals, on_result)


def make_http(base_url: str, token: str, *, transport: httpx.BaseTransport | None = None,
              sleep: Callable[[float], None] | None = None, policy: RetryPolicy | None = None,
              cancel: CancelToken | None = None, progress: ProgressFn | None = None
              ) -> ScimHttp:
    extra: dict[str, Any] = {"sleep": sleep} if sleep is not None else {}
    return ScimHttp(base_url, token, transport=transport, policy=policy, cancel=cancel,
                    progress=progress, **extra)


def check_target(base_url: str, token: str, *, transport: httpx.BaseTransport | None = None,
                sleep: Callable[[float], None] | None = None) -> ConnectionReport:
    """`target test`: fewer retries than a sync (an admin is waiting)."""
    with make_http(base_url, token, transport=transport, sleep=sleep,
                   policy=RetryPolicy(max_attempts=3, max_retry_after=10.0)) as http:
        return check_connection(http)
