"""``python -m dmtracker``."""

import sys

from dmtracker.app import main

sys.exit(main())
