"""A large demo tenant kept on disk, so each command does not build it again.

Every command of the demo CLI is a new process, and building 100,000 demo people takes
~0.6 s; loading the same tenant from a file takes ~20 ms. A tenant is determined by
(size, seed, domain) and the demo code that made it, so those name the file. What is
kept is the tenant as first built (churn step 0): churn is applied after loading, in
O(steps), so churn never makes a kept tenant stale. Demo data only: synthetic people,
never a real directory's.

The file is only ever a shortcut: one that cannot be read, or that holds anything but
a demo tenant (the unpickler refuses every other class), is built again and replaced.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import pickle
import sys
import tempfile
from pathlib import Path

from idp_wizard.demo.tenant import DemoTenant
from idp_wizard.paths import make_private_dir

log = logging.getLogger(__name__)
_CODE = Path(__file__).parent  # the demo package: the code that makes a tenant
# Everything a pickled tenant is made of (pickle_tenant's output names no other class).
_ALLOWED = frozenset({
    ("idp_wizard.demo.tenant", "DemoTenant"), ("idp_wizard.demo.person_table", "PersonTable"),
    ("idp_wizard.demo.people", "DemoGroup"), ("array", "array"),
    ("array", "_array_reconstructor"),
})


class _TenantUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> object:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"not part of a demo tenant: {module}.{name}")
        return super().find_class(module, name)


def code_digest() -> str | None:
    """The demo code's sources and the Python version, digested; None where the sources
    are not files (a frozen build): nothing is kept then."""
    sources = sorted(_CODE.glob("*.py"))
    if not sources:
        return None
    h = hashlib.sha256(sys.version.encode())
    for source in sources:
        h.update(source.name.encode())
        h.update(source.read_bytes())
    return h.hexdigest()


def tenant_file(folder: Path, size: int, seed: int, domain: str) -> Path | None:
    code = code_digest()
    if code is None:
        return None
    key = hashlib.sha256(f"{size}\0{seed}\0{domain}\0{code}".encode()).hexdigest()[:24]
    return folder / f"tenant-{seed}-{key}.pickle"


def load_tenant(path: Path, size: int, seed: int, domain: str) -> DemoTenant | None:
    """The tenant kept in `path`, or None (missing, unreadable, or not this tenant)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        tenant = _TenantUnpickler(io.BytesIO(data)).load()
    except Exception as exc:  # any damage means: build it again
        log.info("demo tenant file not used (%s)", type(exc).__name__)
        return None
    if not (isinstance(tenant, DemoTenant) and tenant.step == 0
            and (tenant.size, tenant.seed, tenant.domain) == (size, seed, domain)):
        log.info("demo tenant file not used (another tenant)")
        return None
    return tenant


def save_tenant(path: Path, tenant: DemoTenant) -> None:
    """Write atomically (two processes may both write it), readable by the owner only,
    and drop this seed's other files (another size, older code). Best effort."""
    try:
        make_private_dir(path.parent)
        fd, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                pickle.dump(tenant, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        for other in path.parent.glob(f"tenant-{tenant.seed}-*.pickle"):
            if other != path:
                other.unlink(missing_ok=True)
    except OSError as exc:
        log.info("demo tenant file not written (%s)", type(exc).__name__)


def kept_tenant(folder: Path, size: int, seed: int, domain: str) -> DemoTenant:
    """The tenant (at churn step 0) from `folder` if kept there; else built and kept."""
    path = tenant_file(folder, size, seed, domain)
    tenant = None if path is None else load_tenant(path, size, seed, domain)
    if tenant is None:
        tenant = DemoTenant(size=size, seed=seed, domain=domain)
        if path is not None:
            save_tenant(path, tenant)
    return tenant
