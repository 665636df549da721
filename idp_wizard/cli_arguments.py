"""Option values argparse checks for every command: one wording for numbers ("must be
a whole number, not 'abc'"), never argparse's "invalid int value"."""

from __future__ import annotations

import argparse
from pathlib import Path

from idp_wizard.cli_language import text as say
from idp_wizard.core.auth import no_google_device_code
from idp_wizard.core.messages import Message, msg
from idp_wizard.core.text import shown


def whole_number(text: str, low: int | None = None, high: int | None = None) -> int:
    try:
        value = int(text)
    except ValueError:  # also Python's limit on digits (4,300)
        raise argparse.ArgumentTypeError(
            say(msg("must be a whole number, not {value}", value=shown(text)))) from None
    if low is not None and (value < low or (high is not None and value > high)):
        got = text if len(text) <= 20 else shown(text, 20)
        raise argparse.ArgumentTypeError(say(
            msg("must be at least {low} (got {value})", low=str(low), value=got)
            if high is None else msg("must be between {low} and {high} (got {value})",
                                     low=str(low), high=str(high), value=got)))
    return value


def given_text(text: str) -> str:
    """A value an option names (an app registration's id, a tenant): "" or spaces named
    nothing, and were taken silently as "not given" (the saved one was used) or sent as
    they were."""
    if not text.strip():
        raise argparse.ArgumentTypeError(say(msg("must not be empty; give a value or leave "
                                                 "the option out")))
    return text.strip()


# connect's options that only one provider reads: given for the other, they were
# silently ignored (e.g. --tenant with Google: the admin believed it chose the tenant).
_ENTRA_ONLY = (("client_id", "--client-id"), ("tenant", "--tenant"), ("cloud", "--cloud"))


def connect_problem(args: argparse.Namespace) -> Message | None:
    """`connect` options given for the other provider, as one sentence (None when fine)."""
    if getattr(args, "command", None) != "connect":
        return None
    if args.provider == "google":
        for attr, option in _ENTRA_ONLY:
            if getattr(args, attr) is not None:
                return msg("{option} is for Microsoft Entra ID; Google Workspace does not "
                           "use it (leave it out)", option=option)
        if args.device_code:
            return no_google_device_code()
    elif args.client_secret_file is not None:
        return msg("--client-secret-file is for Google Workspace; Microsoft Entra ID uses "
                   "--client-id (and --tenant) instead")
    return None


MAX_PATH = 4096  # Linux's PATH_MAX; macOS takes 1,024, Windows 260 (32,767 with \\?\)


def file_path(text: str) -> Path:
    """A FILE argument: "" is Path("."), which was then refused as "cannot read .: it is
    a folder" (or, for a file the demo does not read, taken without a word)."""
    if not text:
        raise argparse.ArgumentTypeError(say(msg("must name a file (it is empty)")))
    if len(text) > MAX_PATH:  # no file system takes it; quoted whole, it filled screens
        raise argparse.ArgumentTypeError(say(msg(
            "{value} is longer than any file name ({limit} characters at most)",
            value=shown(text), limit=MAX_PATH)))
    return Path(text)


class GivenOnce(argparse.Action):
    """An option that chooses what a command acts on (--client, --data-dir, ...): given
    twice with different values, argparse kept the last without a word, so
    `--client A ... --client B disconnect --yes` disconnected B."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        earlier = getattr(namespace, self.dest, None)
        if earlier is not None and earlier != self.default and earlier != values:
            raise argparse.ArgumentError(self, say(msg(
                "given twice ({first} and {second}); give it once",
                first=shown(str(earlier), 40), second=shown(str(values), 40))))
        setattr(namespace, self.dest, values)


# Commands that may start a profile in a folder that does not exist yet, and the two
# about the OS's scheduler (its entry for a folder deleted since must still be found and
# removed); every other command only works on a profile, and a mistyped folder gave "No
# identity provider is connected", "0 users" (an empty export, exit 0) or a scheduled
# sync of nothing.
_STARTS_PROFILE = {("connect", None), ("clients", "add"), ("target", "set"),
                   ("schedule", "remove"), ("schedule", "status")}


def _action(args: argparse.Namespace) -> str | None:
    """The command's action ("set" of `filters set`, `target set`...), if it has one."""
    return getattr(args, f"{args.command}_command", None)


def demo_mode_problem(args: argparse.Namespace) -> Message | None:
    """`demo ...` outside demo mode, said before a log or a profile is made."""
    if args.command == "demo" and not args.demo:
        return msg("Simulating directory changes is only possible in demo mode (--demo).")
    return None


def missing_data_dir_problem(args: argparse.Namespace, data_dir: Path,
                             named_by: str | None) -> Message | None:
    """A data folder named by the admin (`named_by`: the option or variable) that does
    not exist, for a command that needs a profile: refused before anything is created."""
    if named_by is None:
        return None
    try:
        data_dir.lstat()
        return None
    except FileNotFoundError:
        pass
    except OSError:  # not a folder, a name too long...: said where it is written
        return None
    if (args.command, _action(args)) in _STARTS_PROFILE:
        return None
    return msg("the data folder {path} (named by {source}) does not exist; nothing was done. "
               "Check the path; `connect` starts a new profile there.",
               path=str(data_dir), source=named_by)


def demo_size_problem(args: argparse.Namespace) -> Message | None:
    """--demo-size where it changes nothing, as one sentence (None when fine). It sets
    the demo tenant's size at `connect` (and in the app); `sync` and `filters
    options|set` read that tenant and refuse another size than it was connected with.
    Elsewhere (`status`, `users`, `history`, ...) it was silently ignored, and an admin
    read the output as that size's. `clients` has its own sentence (cli_clients)."""
    command = getattr(args, "command", None)
    if args.demo_size is None or command in (None, "clients", "connect", "sync"):
        return None
    if command == "filters" and args.filters_command in ("options", "set"):
        return None
    action = _action(args)
    name = command if action is None else f"{command} {action}"
    return msg("--demo-size does not apply to '{command}': it sets the demo tenant's size "
               "when it connects (connect); leave it out", command=name)
