"""``parcel`` and ``round`` commands (issue 4)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    pass  # filled in by the module
