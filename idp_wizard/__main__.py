import sys

from idp_wizard.cli import main

sys.exit(main())
