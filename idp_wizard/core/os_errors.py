"""Why a file or folder could not be used, in the admin's language.

`OSError.strerror` is the C library's English ("No such file or directory"), which a
German sentence would otherwise quote as it is. The errors an admin meets with files
and folders are named here as messages; anything rarer keeps the system's words.
"""

from __future__ import annotations

import errno

from idp_wizard.core.messages import Message, msg

_REASONS: dict[int, Message] = {
    errno.ENOENT: msg("it does not exist"),
    errno.EACCES: msg("permission denied"),
    errno.EPERM: msg("permission denied"),
    errno.EISDIR: msg("it is a folder"),
    errno.ENOTDIR: msg("a part of the path is a file, not a folder"),
    errno.EROFS: msg("the file system is read-only"),
    errno.ENOSPC: msg("the disk is full"),
    errno.EEXIST: msg("it exists already"),
    errno.ENAMETOOLONG: msg("the name is too long"),
    errno.ELOOP: msg("too many symbolic links"),
    errno.EBUSY: msg("it is in use"),
    errno.EIO: msg("a read or write error of the disk"),
}


def os_reason(exc: OSError) -> Message | str:
    """Why `exc` happened, for a message (never a Python type name)."""
    reason = _REASONS.get(exc.errno or 0)
    if reason is not None:
        return reason
    return exc.strerror or msg("the system refused it")
