"""Can the desktop app open a window here? Asked before Qt starts (no Qt imported).

Without a display, or without the X11 libraries Qt's `xcb` platform plugin loads,
Qt prints a paragraph about plugins and aborts the process. We say instead, in one
sentence, what is missing and that the command line and `--self-test` work without a
display. Only Linux and other X11/Wayland systems are checked; where we cannot tell,
Qt is left to try.
"""

from __future__ import annotations

import ctypes
import os
import socket
import sys

from idp_wizard.core.hints import PROGRAM
from idp_wizard.core.messages import Message, msg

# What Qt 6's xcb plugin (libqxcb.so, libQt6XcbQpa) loads beyond Qt's own base needs:
# shared object -> Debian/Ubuntu package. Found with `ldd` on the plugin and by starting
# the app on a bare Debian 12 under Xvfb (README "Quick start" lists the same packages).
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
ADVICE = msg("On a computer without a display, use the command line ({program} --help) or "
             "check this installation with {program} --self-test", program=PROGRAM)


def missing_libraries(names: dict[str, str] = XCB_LIBRARIES) -> list[str]:
    """The packages whose shared objects cannot be loaded (Debian/Ubuntu names)."""
    missing = []
    for soname, package in names.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(package)
    return missing


def _x11_reachable(display: str) -> bool:
    """A local display (":0", ":99.0") answers on its socket; others are assumed to."""
    host, _, number = display.partition(":")
    number = number.split(".")[0]
    if host not in ("", "unix") or not number.isdigit():
        return True  # a remote or unusual display: let Qt try
    path = f"/tmp/.X11-unix/X{number}"
    for address in ("\0" + path, path):  # Linux's abstract socket, then the file
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(2)
            try:
                s.connect(address)
            except OSError:
                continue
            return True
    return False


def desktop_problem(environ: dict[str, str] | None = None,
                    platform: str = sys.platform) -> Message | None:
    """Why no window can open here (one sentence, no advice), or None."""
    env = dict(os.environ if environ is None else environ)
    if platform.startswith(("win", "darwin")):
        return None
    qpa = env.get("QT_QPA_PLATFORM", "")
    if qpa and not qpa.startswith(("xcb", "wayland")):
        return None  # offscreen, vnc, eglfs...: chosen on purpose
    display, wayland = env.get("DISPLAY", ""), env.get("WAYLAND_DISPLAY", "")
    if not display and not wayland:
        return msg("no display is available (neither DISPLAY nor WAYLAND_DISPLAY is set)")
    uses_x11 = qpa.startswith("xcb") or not wayland
    if uses_x11 and display and not _x11_reachable(display):
        return msg("the display {display} does not answer", display=display)
    missing = missing_libraries() if uses_x11 else []
    if missing:
        return msg("the desktop needs system libraries that are missing (Debian/Ubuntu: "
                   "apt-get install {packages})", packages=" ".join(missing))
    return None


def no_desktop_message(problem: str | Message) -> Message:
    return msg("idp-wizard: cannot open the desktop app: {problem}. {advice}.",
               problem=problem, advice=ADVICE)
