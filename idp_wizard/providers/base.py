"""What the providers implement; the protocols live in core (core/reader.py) so the
sync engine depends on nothing above it. Re-exported here for the providers."""

from idp_wizard.core.reader import DeltaReader, DirectoryReader, TokenSource

__all__ = ["DeltaReader", "DirectoryReader", "TokenSource"]
