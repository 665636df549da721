"""Entry script of the frozen app (PyInstaller analyses it): the same `main` as the
`idp-wizard` console script."""

import sys

from idp_wizard.cli import main

if __name__ == "__main__":
    sys.exit(main())
