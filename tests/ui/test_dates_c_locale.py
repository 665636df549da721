"""Under the C/POSIX locale (LANG=C, a bare container) dates follow the interface
language instead of C's "9 3 2026 14:30"; any other locale stays as it is."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from idp_wizard.ui.i18n import install_translators, interface_language
from idp_wizard.ui.panel_texts import local_datetime, local_time

NNBSP = "\u202f"  # CLDR's narrow no-break space before AM/PM
# 9 March 2026, 14:30 on this machine's clock (not today: local_time gives the date too).
MARCH = datetime(2026, 3, 9, 14, 30).astimezone()


@pytest.fixture
def c_locale(qapp: QCoreApplication) -> Iterator[None]:
    """The default locale forced to C, as a C/POSIX system gives it; restored after."""
    previous = QLocale()
    QLocale.setDefault(QLocale.c())
    try:
        yield
    finally:
        QLocale.setDefault(previous)


def _today_at(hour: int, minute: int) -> datetime:
    return datetime.now().astimezone().replace(hour=hour, minute=minute, second=0,
                                               microsecond=0)


@pytest.mark.usefixtures("c_locale")
def test_english_dates_under_the_c_locale() -> None:
    assert QLocale().language() == QLocale.Language.C
    assert interface_language() == "en"
    assert local_datetime(MARCH) == f"3/9/26 2:30{NNBSP}PM"
    assert local_datetime("2026-03-09T14:30:00" + MARCH.strftime("%z")) == \
        f"3/9/26 2:30{NNBSP}PM"
    assert local_time(MARCH) == f"3/9/26 2:30{NNBSP}PM"
    assert local_time(_today_at(21, 5)) == f"9:05{NNBSP}PM"
    # Any other locale stays as it is (as before).
    QLocale.setDefault(QLocale("en_GB"))
    assert local_datetime(MARCH) == "09/03/2026 14:30"
    QLocale.setDefault(QLocale("sv_SE"))
    assert local_datetime(MARCH) == "2026-03-09 14:30"


def test_german_dates_under_the_c_locale(qapp: QCoreApplication,
                                         c_locale: None) -> None:
    translators = install_translators(qapp, "de")
    QLocale.setDefault(QLocale.c())  # install_translators sets German: C again
    try:
        assert interface_language() == "de"
        assert local_datetime(MARCH) == "09.03.26 14:30"
        assert local_time(MARCH) == "09.03.26 14:30"
        assert local_time(_today_at(21, 5)) == "21:05"
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert interface_language() == "en"  # the translation named it, not a leftover
    assert local_datetime(MARCH) == f"3/9/26 2:30{NNBSP}PM"

