"""Build the one-folder app for this OS and smoke-test it (Linux, Windows, macOS).

    python build_spec/build.py [--self-test] [--probe] [--clean]

1. compiles translations (tools/translations.py build, when translations/*.ts exist);
2. writes the distributor's built-in app registrations, if given, from
   IDP_WIZARD_ENTRA_CLIENT_ID and IDP_WIZARD_GOOGLE_CLIENT_SECRET_FILE (a Google
   "Desktop app" client_secret.json) into build/override/build_config_override.json,
   which the spec bundles next to idp_wizard/build_config.py (no code is edited);
3. runs PyInstaller with build_spec/idp_wizard.spec into dist/;
4. with --self-test: runs the frozen app's `--self-test` (fails the build if it fails);
   with --probe: times `--startup-probe` (main window shown, then quit) three times;
5. prints the bundle's size.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_spec" / "idp_wizard.spec"
DIST, WORK = ROOT / "dist", ROOT / "build" / "pyinstaller"
OVERRIDE = ROOT / "build" / "override" / "build_config_override.json"
ENV_ENTRA, ENV_GOOGLE = "IDP_WIZARD_ENTRA_CLIENT_ID", "IDP_WIZARD_GOOGLE_CLIENT_SECRET_FILE"


def step(text: str) -> None:
    print(f"==> {text}", flush=True)


def compile_translations() -> None:
    sources = sorted((ROOT / "translations").glob("*.ts"))
    script = ROOT / "tools" / "translations.py"
    if not sources:
        step("translations: no translations/*.ts yet; the app ships English only")
        return
    step(f"translations: compiling {len(sources)} .ts file(s)")
    if script.exists():  # the translations pipeline owns how .qm files are made
        subprocess.run([sys.executable, str(script), "build"], cwd=ROOT, check=True)
        return
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    out = ROOT / "idp_wizard" / "translations"
    out.mkdir(exist_ok=True)
    for ts in sources:
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm",
                        str(out / ts.with_suffix(".qm").name)], check=True)


def write_override() -> Path | None:
    """The distributor's built-in registrations, validated now rather than at sign-in."""
    entra = os.environ.get(ENV_ENTRA, "").strip()
    google_file = os.environ.get(ENV_GOOGLE, "").strip()
    OVERRIDE.unlink(missing_ok=True)
    if not entra and not google_file:
        step("built-in app registrations: none (admins enter their own)")
        return None
    data: dict[str, object] = {}
    if entra:
        data["entra_client_id"] = entra
    if google_file:
        from idp_wizard.providers.google_client import read_client_secret_file

        data["google_client_config"] = read_client_secret_file(Path(google_file))
    OVERRIDE.parent.mkdir(parents=True, exist_ok=True)
    OVERRIDE.write_text(json.dumps(data, indent=1), encoding="utf-8")
    step(f"built-in app registrations: {', '.join(sorted(data))}")
    return OVERRIDE


def run_pyinstaller(override: Path | None, clean: bool) -> None:
    step("PyInstaller")
    env = dict(os.environ)
    env.pop("IDP_WIZARD_BUILD_OVERRIDE", None)
    if override is not None:
        env["IDP_WIZARD_BUILD_OVERRIDE"] = str(override)
    cmd = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm",
           "--distpath", str(DIST), "--workpath", str(WORK), "--log-level", "WARN"]
    if clean:
        cmd.append("--clean")
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)


def bundle() -> Path:
    """The folder (or .app) to ship."""
    if sys.platform == "darwin":
        return DIST / "IdP Wizard.app"
    return DIST / ("IdP Wizard" if sys.platform == "win32" else "idp-wizard")


def executable() -> Path:
    """The executable with a console (stdout) inside the bundle."""
    if sys.platform == "darwin":
        return bundle() / "Contents" / "MacOS" / "IdP Wizard"
    if sys.platform == "win32":
        return bundle() / "idp-wizard.exe"
    return bundle() / "idp-wizard"


def size_mb(path: Path) -> float:
    total = sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 1_000_000


def frozen_env() -> dict[str, str]:
    env = dict(os.environ)
    headless = sys.platform.startswith("linux") and not (
        env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))
    if headless:
        env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("IDP_WIZARD_DATA_DIR", None)
    return env


def self_test() -> float:
    step(f"self-test: {executable()} --self-test")
    start = time.perf_counter()
    result = subprocess.run([str(executable()), "--self-test"], env=frozen_env(), check=False)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"the frozen app's self-test FAILED (exit {result.returncode})")
    return seconds


def probe(times: int = 3) -> list[float]:
    """Wall-clock seconds from launch until the main window is shown and the app quits."""
    step(f"startup probe x{times}: {executable()} --startup-probe")
    runs = []
    for _ in range(times):
        start = time.perf_counter()
        subprocess.run([str(executable()), "--startup-probe"], env=frozen_env(), check=True)
        runs.append(time.perf_counter() - start)
    return runs


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--self-test", action="store_true", help="run the frozen app's self-test")
    p.add_argument("--probe", action="store_true", help="measure start-up (3 runs)")
    p.add_argument("--clean", action="store_true", help="clear PyInstaller's cache first")
    args = p.parse_args(argv)
    started = time.perf_counter()
    compile_translations()
    override = write_override()
    shutil.rmtree(bundle(), ignore_errors=True)
    run_pyinstaller(override, args.clean)
    built = time.perf_counter() - started
    lines = [f"bundle: {bundle().relative_to(ROOT)} ({size_mb(bundle()):.1f} MB)",
             f"build: {built:.0f} s"]
    if args.self_test:
        lines.append(f"self-test: passed in {self_test():.2f} s (wall clock, incl. start)")
    if args.probe:
        runs = probe()
        lines.append("start-up to main window (wall clock): "
                     + ", ".join(f"{s:.2f} s" for s in runs) + " (first run is coldest)")
    step("summary")
    for line in lines:
        print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
