"""``python -m articlex``: the command line (see :mod:`articlex._cli`)."""

from __future__ import annotations

import sys

from articlex._cli import main

if __name__ == "__main__":
    sys.exit(main())
