"""Screenshots of the panel, its dialogs and every wizard page, offscreen, in throw-away
demo profiles, for the docs and for checking translations and layouts by eye.

    python tools/screenshots.py                      # en and de, every variant -> docs/screenshots
    python tools/screenshots.py --lang pseudo        # pseudo-locale -> /tmp/screenshots_pseudo
    python tools/screenshots.py --lang de --variant dark --out DIR
    python tools/screenshots.py --only trouble        # one group: panel, wizard, clients, trouble

Variants: `light` (100 %, the light palette: every scene, <name>_<lang>.png), `dark` (a
dark palette: a representative set, <name>_dark_<lang>.png) and `200` (200 % scale,
QT_SCALE_FACTOR=2: a representative set, <name>_200_<lang>.png). The scenes are in
tools/screenshot_scenes.py, those of trouble (a damaged or refused sign-in, refused reads)
in tools/screenshot_trouble.py; docs/screenshots/README.md lists what each file shows. The
demo profiles provision into the embedded demo platform, as the app does. Each language
and variant runs in its own process, so no translator, locale, palette or scale leaks
from one into the next.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from screenshot_scenes import GROUPS as SCENES
from screenshot_trouble import trouble_shots

from idp_wizard.ui.i18n import install_translators
from idp_wizard.ui.launch import make_qapplication
from idp_wizard.ui.theme import dark_palette

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "screenshots"
PSEUDO_OUT = Path(tempfile.gettempdir()) / "screenshots_pseudo"
GROUPS = {**SCENES, "trouble": trouble_shots}
VARIANTS = ("light", "dark", "200")
# The representative sets of the dark and the 200 % variants.
KEPT = {
    "dark": {"panel", "panel_held", "history_attention", "panel_empty", "users_no_results",
             "wizard_provider", "wizard_sign_in", "wizard_sign_in_waiting",
             "wizard_filtering", "wizard_finish", "clients_overview", "panel_sign_in_damaged"},
    "200": {"panel", "history_attention", "panel_empty", "wizard_sign_in",
            "wizard_filtering", "wizard_finish", "panel_reauth_conditional_access",
            "history_read_warnings"},
}


class Shooter:
    def __init__(self, out: Path, lang: str, variant: str) -> None:
        self.out, self.lang, self.variant = out, lang, variant
        self.keep = KEPT.get(variant)

    def __call__(self, widget: QWidget, name: str, wait: bool = True) -> None:
        if self.keep is not None and name not in self.keep:
            return
        if wait:
            QTest.qWait(60)  # a tool, not the app: let layouts and queued results land
        suffix = "" if self.variant == "light" else f"_{self.variant}"
        path = self.out / f"{name}{suffix}_{self.lang}.png"
        widget.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def screen_config(folder: Path, variant: str) -> Path:
    """An offscreen screen the size of a common desktop (1920 x 1200 logical pixels; a
    4K screen for 200 %): the default offscreen screen is 800 px wide, so small that
    the wizard's step map would show only its marks."""
    scale = 2 if variant == "200" else 1
    path = folder / "screen.json"
    path.write_text(json.dumps({"screens": [{
        "name": "desktop", "x": 0, "y": 0, "width": 1920 * scale, "height": 1200 * scale,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    return path


def shoot(lang: str, variant: str, out: Path, only: list[str] | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        screen = screen_config(Path(tmp), variant)
        qapp = make_qapplication([sys.argv[0], "-platform", f"offscreen:configfile={screen}"])
        if variant == "dark":
            QApplication.setPalette(dark_palette())
        translators = install_translators(qapp, lang)
        shot = Shooter(out, lang, variant)
        for name, group in GROUPS.items():
            if not only or name in only:
                group(Path(tmp), shot)
        del translators


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--lang", action="append", choices=["en", "de", "pseudo"],
                   help="repeatable; default: en and de")
    p.add_argument("--variant", action="append", choices=VARIANTS,
                   help="repeatable; default: every variant (pseudo: light)")
    p.add_argument("--out", type=Path,
                   help=f"default: {DOCS.relative_to(ROOT)} ({PSEUDO_OUT} for pseudo)")
    p.add_argument("--only", action="append", choices=sorted(GROUPS),
                   help="repeatable; default: every group")
    args = p.parse_args()
    langs = args.lang or ["en", "de"]
    variants = args.variant or (["light"] if langs == ["pseudo"] else list(VARIANTS))
    if len(langs) == 1 and len(variants) == 1:
        lang = langs[0]
        shoot(lang, variants[0], args.out or (PSEUDO_OUT if lang == "pseudo" else DOCS),
              args.only)
        return 0
    for lang in langs:  # one process each: a clean QApplication, locale, palette, scale
        for variant in variants:
            cmd = [sys.executable, __file__, "--lang", lang, "--variant", variant]
            if args.out:
                cmd += ["--out", str(args.out)]
            for group in args.only or ():
                cmd += ["--only", group]
            env = dict(os.environ)
            if variant == "200":
                env["QT_SCALE_FACTOR"] = "2"
            subprocess.run(cmd, check=True, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
