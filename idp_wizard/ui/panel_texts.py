"""Translated words for core values (states, outcomes, triggers, progress) and local times.

Core stays free of Qt and of translations; the panel maps its enums to words here, in
one place, so the German file has each phrase once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from idp_wizard.core.clock import parse_iso
from idp_wizard.core.connection import ConnectionState
from idp_wizard.core.messages import Message
from idp_wizard.core.progress import Progress
from idp_wizard.ui.i18n import core_text, interface_language
from idp_wizard.ui.wording import fmt, number


def state_text(state: ConnectionState | None) -> str:
    if state is None or state is ConnectionState.DISCONNECTED:
        return QCoreApplication.translate("Panel", "Not connected")
    labels = {
        ConnectionState.CONNECTING: QCoreApplication.translate("Panel", "Connecting…"),
        ConnectionState.CONNECTED: QCoreApplication.translate("Panel", "Connected"),
        ConnectionState.NEEDS_REAUTHORIZATION:
            QCoreApplication.translate("Panel", "Needs reauthorization"),
        ConnectionState.HELD: QCoreApplication.translate("Panel", "Held"),
    }
    return labels[state]


def syncing_text() -> str:
    return QCoreApplication.translate("Panel", "Syncing…")


def outcome_text(status: str) -> str:
    labels = {
        "succeeded": QCoreApplication.translate("Panel", "Succeeded"),
        "held": QCoreApplication.translate("Panel", "Held"),
        "failed": QCoreApplication.translate("Panel", "Failed"),
        "running": QCoreApplication.translate("Panel", "Running"),
        "interrupted": QCoreApplication.translate("Panel", "Interrupted"),
        "incomplete": QCoreApplication.translate("Panel", "Incomplete"),
        "dry_run": QCoreApplication.translate("Panel", "Dry run"),
    }
    return labels.get(status, status)


def problem_reason(problem: Mapping[str, object],
                   render: Callable[[object], str] = core_text) -> str:
    """A run problem's reason in the interface language where the run kept its message,
    else as written (English). `render`: core_text, or a batch renderer for thousands."""
    return render(Message.from_json(problem.get("message")) or str(problem.get("reason", "")))


def action_text(problem: Mapping[str, object]) -> str:
    """What happened to an employee with a problem: skipped, kept as synced, warned."""
    action = str(problem.get("action", ""))
    labels = {
        "skipped": QCoreApplication.translate("Panel", "skipped"),
        "kept": QCoreApplication.translate("Panel", "kept as it was"),
        "warning": QCoreApplication.translate("Panel", "synced, with a warning"),
        "not provisioned": QCoreApplication.translate("Panel", "not provisioned"),
    }
    return labels.get(action, action)


def trigger_text(trigger: str) -> str:
    labels = {
        "gui": QCoreApplication.translate("Panel", "Manual (app)"),
        "cli": QCoreApplication.translate("Panel", "Command line"),
        "schedule": QCoreApplication.translate("Panel", "Scheduled"),
        "filter": QCoreApplication.translate("Panel", "Filter change"),
        "wizard": QCoreApplication.translate("Panel", "Setup"),
    }
    return labels.get(trigger, trigger)


def mode_text(mode: str) -> str:
    labels = {"full": QCoreApplication.translate("Panel", "Full"),
              "delta": QCoreApplication.translate("Panel", "Changes only")}
    return labels.get(mode, mode)


def audit_text(action: str) -> str:
    labels = {
        "connect": QCoreApplication.translate("Panel", "Connected"),
        "disconnect": QCoreApplication.translate("Panel", "Disconnected"),
        "reauthorize": QCoreApplication.translate("Panel", "Reauthorized"),
        "filter.change": QCoreApplication.translate("Panel", "Changed the user filter"),
        "deletions.confirm": QCoreApplication.translate("Panel", "Confirmed removals"),
        "demo.simulate_changes":
            QCoreApplication.translate("Panel", "Simulated directory changes (demo)"),
        "demo.reset": QCoreApplication.translate("Panel", "Reset the demo"),
        "schedule.install": QCoreApplication.translate("Panel", "Scheduled syncs set up"),
        "schedule.remove": QCoreApplication.translate("Panel", "Scheduled syncs removed"),
        "client.add": QCoreApplication.translate("Panel", "Client added"),
        "client.rename": QCoreApplication.translate("Panel", "Client renamed"),
        "target.set": QCoreApplication.translate("Panel", "Set the platform"),
        "target.remove": QCoreApplication.translate("Panel", "Removed the platform"),
        "target.settings": QCoreApplication.translate("Panel", "Changed the platform settings"),
        "disconnect.platform": QCoreApplication.translate(
            "Panel", "Disconnected: the users on the platform"),
        "disconnect.keep_platform_users": QCoreApplication.translate(
            "Panel", "Disconnected, keeping the users on the platform"),
    }
    return labels.get(action, action)


# The audit log's details are English sentences written by core (and read by the CLI's
# `history`). The common shapes are rebuilt here; anything else is shown as stored.
_DETAILS = (
    ("connect", re.compile(r"^(?P<a>.+) \(demo tenant, (?P<n>[\d,]+) employees\)$")),
    ("disconnect", re.compile(r"^(?P<a>.+); (?P<n>[\d,]+) synced users removed$")),
    ("reauthorize", re.compile(r"^(?P<a>.+) demo tenant$")),
    ("demo.simulate_changes", re.compile(r"^(?P<n>[\d,]+) step\(s\)$")),
    ("schedule.install", re.compile(r"^(?P<a>.+), every (?P<n>[\d,]+) minutes$")),
)


def audit_detail_text(action: str, detail: str) -> str:
    for known, pattern in _DETAILS:
        m = pattern.match(detail) if known == action else None
        if m is None:
            continue
        n = int(m.group("n").replace(",", "")) if "n" in m.groupdict() else 0
        a = m.groupdict().get("a", "")
        if action == "connect":
            return fmt(QCoreApplication.translate(
                "Panel", "%1 (demo tenant, %2 employees)"), a, number(n))
        if action == "disconnect":
            return fmt(QCoreApplication.translate(
                "Panel", "%1; %2 synced users removed"), a, number(n))
        if action == "reauthorize":
            return fmt(QCoreApplication.translate("Panel", "%1 demo tenant"), a)
        if action == "demo.simulate_changes":
            return QCoreApplication.translate("Panel", "%n round(s) of changes", None, n)
        return fmt(QCoreApplication.translate("Panel", "%1, every %2 minutes"), a, number(n))
    return detail


def progress_text(p: Progress) -> str:
    if p.phase == "users":
        return QCoreApplication.translate("Panel", "Reading employees… %Ln read", None, p.done)
    labels = {
        "groups": QCoreApplication.translate("Panel", "Reading groups…"),
        "org_units": QCoreApplication.translate("Panel", "Reading organizational units…"),
        "plan": QCoreApplication.translate("Panel", "Comparing with the synced users…"),
        "apply": QCoreApplication.translate("Panel", "Saving changes…"),
        "throttled": QCoreApplication.translate(
            "Panel", "The provider asked us to slow down; waiting…"),
        "platform": QCoreApplication.translate("Panel", "Sending changes to the platform…"),
    }
    return labels.get(p.phase) or core_text(p.message) or QCoreApplication.translate(
        "Panel", "Working…")


def date_locale() -> QLocale:
    """The locale dates and times are written in: the default one (the interface
    language's, set at start-up), but never the C/POSIX locale's "1 12 2026 17:05": in
    its place the interface language's."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(interface_language())
    return locale


def local_datetime(moment: datetime | str) -> str:
    """A stored UTC time as the admin's local short date and time."""
    when = parse_iso(moment) if isinstance(moment, str) else moment
    qt = QDateTime.fromSecsSinceEpoch(int(when.timestamp()))
    return date_locale().toString(qt, QLocale.FormatType.ShortFormat)


def local_time(moment: datetime) -> str:
    """Only the time of day when it is today, else date and time."""
    qt = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    locale = date_locale()
    if qt.date() == QDateTime.currentDateTime().date():
        return locale.toString(qt.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(qt, QLocale.FormatType.ShortFormat)
