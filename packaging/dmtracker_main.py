"""Entry script of the frozen app (PyInstaller): the same ``main`` as ``python -m dmtracker``."""

import sys

from dmtracker.app import main

if __name__ == "__main__":
    sys.exit(main())
