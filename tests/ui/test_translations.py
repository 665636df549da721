"""The German translation is complete, consistent with the code, and loads at runtime.

When this fails after adding a tr() string: `python tools/translations.py update`,
translate the new "unfinished" entries in translations/idp_wizard_de.ts, then
`python tools/translations.py build`.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]
DE_TS = ROOT / "translations" / "idp_wizard_de.ts"
QM_DIR = ROOT / "idp_wizard" / "translations"
PLACEHOLDER = re.compile(r"%L?[1-9n]|\{[A-Za-z_0-9]*\}")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_tool",
                                                  ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name") or "", m) for ctx in root.iter("context")
            for m in ctx.iter("message")]


def _forms(message: ET.Element) -> list[str]:
    tr = message.find("translation")
    assert tr is not None
    if message.get("numerus") == "yes":
        return [f.text or "" for f in tr.iter("numerusform")]
    return [tr.text or ""]


def _placeholders(text: str) -> Counter[str]:
    # %Ln and %n are the same number to Qt; compare them as one kind.
    return Counter(p.replace("%L", "%") for p in PLACEHOLDER.findall(text))


def test_every_message_is_translated() -> None:
    bad = []
    for ctx, m in _messages(DE_TS):
        tr = m.find("translation")
        source = m.findtext("source") or ""
        kind = tr.get("type") if tr is not None else "missing"
        if kind in ("unfinished", "vanished", "obsolete", "missing") or not all(
                f.strip() for f in _forms(m)):
            bad.append(f"{ctx}: {source!r} ({kind or 'empty'})")
    assert not bad, "untranslated:\n" + "\n".join(bad)


def test_placeholders_match() -> None:
    bad = []
    for ctx, m in _messages(DE_TS):
        source = m.findtext("source") or ""
        for form in _forms(m):
            if _placeholders(form) != _placeholders(source):
                bad.append(f"{ctx}: {source!r} -> {form!r}")
    assert not bad, "placeholders differ:\n" + "\n".join(bad)


def test_plural_messages_have_german_forms() -> None:
    for ctx, m in _messages(DE_TS):
        if m.get("numerus") == "yes":
            assert len(_forms(m)) == 2, f"{ctx}: {m.findtext('source')!r}"


def test_ts_matches_the_code(tmp_path: Path) -> None:
    """lupdate over the sources finds exactly the messages the .ts has (none missing,
    none left over)."""
    tool = _tool()
    if tool.tool("pyside6-lupdate") is None and shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh_de.ts"
    tool.run_lupdate(fresh)
    expected, have = tool.messages(fresh), tool.messages(DE_TS)
    assert not expected - have, f"missing from the .ts (run the update): {expected - have}"
    assert not have - expected, f"no longer in the code: {have - expected}"


def test_pseudo_locale_keeps_placeholders() -> None:
    tool = _tool()
    text = tool.pseudo("Share %1 out of %2 <b>employees</b> %Ln {name}")
    assert text.startswith("[!! ") and text.endswith(" !!]")
    for kept in ("%1", "%2", "<b>", "</b>", "%Ln", "{name}"):
        assert kept in text
    assert len(text) >= len("Settings") * 1.4


def test_german_qm_loads_and_translates() -> None:
    from PySide6.QtWidgets import QApplication

    from idp_wizard.ui.i18n import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert (QM_DIR / "idp_wizard_de.qm").exists(), "run tools/translations.py build"
    translators = install_translators(app, "de")
    try:
        assert len(translators) == 2  # Qt's own and ours
        assert QCoreApplication.translate("MainWindow", "&Sync now") == "Jetzt &synchronisieren"
        assert QCoreApplication.translate("QWizard", "Cancel") == "Abbrechen"
        plural = QCoreApplication.translate("UsersView", "%Ln users", None, 1)
        assert plural == "1 Benutzer"
    finally:
        for t in translators:
            app.removeTranslator(t)
        from PySide6.QtCore import QLocale
        QLocale.setDefault(QLocale("en_US"))


def test_qm_files_are_fresh(tmp_path: Path) -> None:
    """The committed .qm is what lrelease makes of the .ts (no forgotten `build`)."""
    tool = _tool()
    lrelease = tool.tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    for ts in (ROOT / "translations").glob("idp_wizard_*.ts"):
        qm = QM_DIR / ts.with_suffix(".qm").name
        assert qm.exists(), f"{qm.name} missing: run tools/translations.py build"
        fresh = tmp_path / qm.name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is stale: run the build"


def test_core_messages_are_extracted_and_catalogued() -> None:
    """core's msg() templates reach the .ts through the generated core_texts.py, and the
    command line's catalogue holds exactly the finished Core translations."""
    import json

    tool = _tool()
    assert tool.CORE_TEXTS.read_text(encoding="utf-8") == tool.core_texts_source(), (
        "run: python tools/translations.py all")
    core = {m.findtext("source"): _forms(m)[0] for ctx, m in _messages(DE_TS) if ctx == "Core"}
    assert set(core) == set(tool.core_templates()) and core
    catalogue = json.loads((QM_DIR / "core_de.json").read_text(encoding="utf-8"))
    assert catalogue == core


EN_TS = ROOT / "translations" / "idp_wizard_en.ts"


def test_every_count_has_its_english_singular() -> None:
    """English reads its source strings, whose counts are plural: idp_wizard_en.ts holds
    both forms of every %n message (else a count of one reads "1 users")."""
    plural = {(ctx, m.findtext("source")) for ctx, m in _messages(DE_TS)
              if m.get("numerus") == "yes"}
    english = {(ctx, m.findtext("source")): m for ctx, m in _messages(EN_TS)}
    assert set(english) == plural
    bad = []
    for (ctx, source), m in english.items():
        tr = m.find("translation")
        forms = _forms(m)
        if tr is None or tr.get("type") is not None or len(forms) != 2 or not all(forms):
            bad.append(f"{ctx}: {source!r} (unfinished)")
        elif any(_placeholders(f) != _placeholders(source or "") for f in forms):
            bad.append(f"{ctx}: {source!r} -> {forms!r}")
    assert not bad, "English plural forms:\n" + "\n".join(bad)


def test_english_counts_of_one_read_as_one() -> None:
    from PySide6.QtWidgets import QApplication

    from idp_wizard.ui.i18n import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    translators = install_translators(app, "en")
    try:
        assert len(translators) == 1  # ours only: Qt's own English is its source
        translate = QCoreApplication.translate
        assert translate("UsersView", "%Ln users", None, 1) == "1 user"
        assert translate("UsersView", "%Ln users", None, 1_234) == "1,234 users"
        assert translate("FinishPage", "%Ln employees are shared. They are kept up to date "
                         "automatically.", None, 1) == (
            "1 employee is shared. They are kept up to date automatically.")
        assert translate("MainWindow", "&Sync now") == "&Sync now"
    finally:
        for t in translators:
            app.removeTranslator(t)


def test_reauthorize_is_erneut_autorisieren_everywhere() -> None:
    """GLOSSARY.md: reauthorize -> "erneut autorisieren", never "neu autorisieren" (the
    clients overview's attention column said "Neu autorisieren")."""
    neu = re.compile(r"\bneu autoris|autorisieren Sie [^.;]*\bneu\b", re.IGNORECASE)
    bad = [f"{ctx}: {form!r}" for ctx, m in _messages(DE_TS) for form in _forms(m)
           if neu.search(form)]
    assert bad == []
    reauthorize = next(m for ctx, m in _messages(DE_TS)
                       if ctx == "Clients" and m.findtext("source") == "Reauthorize")
    assert _forms(reauthorize) == ["Erneut autorisieren"]
