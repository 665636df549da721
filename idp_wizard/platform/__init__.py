"""The platform layer: provisioning users and groups to a SCIM 2.0 server (no Qt).

Entry points: `ScimTarget` (open a target, push, reconcile, groups), `check_target`
(Test connection), `UserMapper`/`MappedUser` (record → SCIM user, fingerprint),
`UserOp`/`UserResult`/`Outcome` (what the engine queues and stores), the errors in
`platform.errors`.
"""

from idp_wizard.platform.capabilities import BulkLimits, Capabilities
from idp_wizard.platform.discovery import ConnectionReport
from idp_wizard.platform.group_push import GroupResult, GroupSpec
from idp_wizard.platform.mapping import MappedUser, UserMapper, UserRecord, fingerprint
from idp_wizard.platform.operations import OpKind, Outcome, PushSummary, UserOp, UserResult
from idp_wizard.platform.reconcile import Expected, PlatformIndex, ReconcilePlan
from idp_wizard.platform.target import ScimTarget, check_target

__all__ = [
    "BulkLimits", "Capabilities", "ConnectionReport", "Expected", "GroupResult", "GroupSpec",
    "MappedUser", "OpKind", "Outcome", "PlatformIndex", "PushSummary", "ReconcilePlan",
    "ScimTarget", "UserMapper", "UserOp", "UserRecord", "UserResult", "check_target",
    "fingerprint",
]
