"""The translation pipeline: extract tr() strings, make the pseudo-locale, build .qm files.

    python tools/translations.py update   # lupdate idp_wizard/ui/**/*.py -> translations/*.ts
    python tools/translations.py build    # lrelease translations/*.ts -> idp_wizard/translations
    python tools/translations.py all      # both (run it whenever a tr() string changes)

Re-runnable at any time: `update` keeps every existing translation (lupdate merges by
context + source text), drops strings that vanished from the code (-no-obsolete, so the
.ts never accumulates dead entries) and regenerates the pseudo-locale from scratch.
New strings arrive as "unfinished"; tests/ui/test_translations.py fails until they are
translated. The .qm files are committed (so `pip install .` needs no Qt tools) and
`build` refreshes them.
"""

from __future__ import annotations

import argparse
import math
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "idp_wizard" / "translations"
SOURCES = ROOT / "idp_wizard" / "ui"
LANGUAGES = ("de",)  # real translations; each has translations/idp_wizard_<lang>.ts
PSEUDO = "pseudo"  # `idp-wizard --lang pseudo`: longer, accented text to catch clipping

# Kept verbatim in the pseudo-locale: placeholders, rich-text tags, entities, URLs.
_KEEP = re.compile(r"(%L?\d|%L?n|\{[A-Za-z_0-9]*\}|<[^>]+>|&[a-z]+;|https?://\S+)")
_ACCENTS = str.maketrans(
    "aceinosuyzACEINOSUYZ", "åçéîñöšûýžÅÇÉÎÑÖŠÛÝŽ")
Message = tuple[str, str, str]  # context, source, comment


def tool(name: str) -> str | None:
    """pyside6-lupdate / -lrelease: next to this Python first (the venv), then PATH."""
    local = Path(sys.executable).with_name(name)
    return str(local) if local.exists() else shutil.which(name)


# self_test_checks.py probes Qt's own catalogue with translate("QWizard", "&Next >"): extracted
# into ours, our .qm would answer for qtbase_de.qm and hide a missing Qt translation.
EXCLUDED = {"self_test_checks.py"}


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if p.name not in EXCLUDED)


def run_lupdate(ts: Path) -> None:
    """Extract into `ts` (created or merged: existing translations are kept)."""
    lupdate = tool("pyside6-lupdate")
    if lupdate is None:
        raise SystemExit("pyside6-lupdate not found (install PySide6 in this environment)")
    files = [str(p.relative_to(ROOT)) for p in source_files()]
    # -locations none: line numbers would change the .ts on every unrelated edit, which
    # makes merges between engineers painful; context + source identify a message.
    subprocess.run([lupdate, *files, "-no-obsolete", "-locations", "none", "-ts", str(ts)],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def messages(ts: Path) -> set[Message]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or "")
            for ctx in root.iter("context") for m in ctx.iter("message")}


def pseudo(text: str) -> str:
    """"Settings" -> "[!! Šéţţîñĝš ~~ !!]": ~40 % longer, accented, placeholders kept."""
    parts = _KEEP.split(text)
    body = "".join(p if i % 2 else p.translate(_ACCENTS) for i, p in enumerate(parts))
    pad = "~" * max(1, math.ceil(len(text) * 0.4) - 7)
    return f"[!! {body} {pad} !!]"


def write_pseudo(source_ts: Path, out: Path) -> None:
    """Every message of `source_ts`, translated by `pseudo` (numerus: both forms)."""
    tree = ET.parse(source_ts)
    root = tree.getroot()
    root.set("language", "en")  # English plural rules: two numerus forms
    root.attrib.pop("sourcelanguage", None)
    for m in root.iter("message"):
        source = m.findtext("source") or ""
        old = m.find("translation")
        if old is not None:
            m.remove(old)
        tr = ET.SubElement(m, "translation")
        if m.get("numerus") == "yes":
            for _ in range(2):
                ET.SubElement(tr, "numerusform").text = pseudo(source)
        else:
            tr.text = pseudo(source)
    ET.indent(tree)
    body = ET.tostring(root, encoding="unicode")
    out.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n',
                   encoding="utf-8")


def update() -> None:
    TS_DIR.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        ts = TS_DIR / f"idp_wizard_{lang}.ts"
        run_lupdate(ts)
        print(ts.relative_to(ROOT))
    pseudo_ts = TS_DIR / f"idp_wizard_{PSEUDO}.ts"
    write_pseudo(TS_DIR / f"idp_wizard_{LANGUAGES[0]}.ts", pseudo_ts)
    print(pseudo_ts.relative_to(ROOT))


def build() -> None:
    lrelease = tool("pyside6-lrelease")
    if lrelease is None:
        raise SystemExit("pyside6-lrelease not found (install PySide6 in this environment)")
    QM_DIR.mkdir(exist_ok=True)
    for ts in sorted(TS_DIR.glob("idp_wizard_*.ts")):
        qm = QM_DIR / ts.with_suffix(".qm").name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        print(qm.relative_to(ROOT))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("command", choices=["update", "build", "all"])
    args = p.parse_args(argv)
    if args.command in ("update", "all"):
        update()
    if args.command in ("build", "all"):
        build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
