"""``python -m articlex``: the command line (see :mod:`articlex._interfaces.cli`)."""

from __future__ import annotations

import sys

from articlex._interfaces.cli import main

if __name__ == "__main__":
    sys.exit(main())
