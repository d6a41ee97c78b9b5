"""``enroll``, ``sync``, ``sync status``, ``bundle export`` (issue 5)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    pass  # filled in by the module
