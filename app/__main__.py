"""``python -m app``: the desktop window, or the scripting CLI when a command is given."""

import sys

from app.main import main

sys.exit(main(sys.argv[1:]))
