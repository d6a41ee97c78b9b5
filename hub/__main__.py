"""``python -m hub``: the reference platform's commands."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
