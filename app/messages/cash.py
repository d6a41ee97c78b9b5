"""Words for the error codes of the cash drawer (shifts, cash in/out, the blind close)."""

from __future__ import annotations

from .marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # invalid input (3)
    "cash.denomination_invalid": QT_TRANSLATE_NOOP("errors", "'{value}' is not a note or coin the drawer counts"),
    "cash.count_mismatch": QT_TRANSLATE_NOOP("errors", "The notes and coins add up to ¥{total}, not ¥{counted}"),
    "shift.reason_required": QT_TRANSLATE_NOOP("errors", "The count differs from the expected cash by ¥{diff} (more than ¥{tolerance}): count again, or give a reason"),
    # not found (4)
    "shift.none": QT_TRANSLATE_NOOP("errors", "{username} has never opened a shift"),
    "shift.not_found": QT_TRANSLATE_NOOP("errors", "No shift {shift}"),
    # refused (5)
    "cash.no_open_shift": QT_TRANSLATE_NOOP("errors", "Open your shift first (Payments → Shift, Alt+3): no cash can be taken or handed out without one"),
    "cash.drawer_short": QT_TRANSLATE_NOOP("errors", "By the records the drawer does not hold that much cash: check what was taken in"),
    "shift.already_open": QT_TRANSLATE_NOOP("errors", "{username} already has a shift open"),
    "shift.not_open": QT_TRANSLATE_NOOP("errors", "{username} has no open shift to close"),
    "shift.still_open": QT_TRANSLATE_NOOP("errors", "Shift {number} is still open: its Z report comes at the close"),
    "shift.recount_used": QT_TRANSLATE_NOOP("errors", "The recount was ¥{counted}: close with that count and a reason"),
    # not allowed (6)
    "shift.approval_required": QT_TRANSLATE_NOOP("errors", "A difference of ¥{diff} (more than ¥{limit}) needs a supervisor's approval"),
    "shift.self_approval": QT_TRANSLATE_NOOP("errors", "A supervisor cannot approve their own close"),
}
