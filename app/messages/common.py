"""Words for the foundation's error codes (money, identifiers, users, storage, backups)."""

from __future__ import annotations

from .marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # input
    "money.invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not an amount: use yuan with at most two decimals, like 12.50"),
    "money.zero": QT_TRANSLATE_NOOP("errors", "The amount must be more than zero"),
    "phone.invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a mobile number (11 digits, or masked like 138****1234)"),
    "phone.masked_not_allowed": QT_TRANSLATE_NOOP("errors", "{field}: a masked number like {text} is not enough, type all 11 digits"),
    "phone.full_invalid": QT_TRANSLATE_NOOP("errors", "{field}: '{text}' is not a mobile number, type all 11 digits"),
    "phone.tail_invalid": QT_TRANSLATE_NOOP("errors", "Type the last four digits of the phone number"),
    "resident_id.format": QT_TRANSLATE_NOOP("errors", "A resident ID has 18 characters: 17 digits and a digit or X"),
    "resident_id.birth_date": QT_TRANSLATE_NOOP("errors", "The birth date inside this resident ID is not possible"),
    "resident_id.checksum": QT_TRANSLATE_NOOP("errors", "This resident ID's check digit is wrong: please check the number"),
    "resident_id.minor": QT_TRANSLATE_NOOP("errors", "The holder of this resident ID is under 18"),
    "tracking.invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a tracking number"),
    "tracking.s10_checksum": QT_TRANSLATE_NOOP("errors", "'{text}' fails the postal check digit: scan it again"),
    "carrier.invalid": QT_TRANSLATE_NOOP("errors", "Unknown carrier '{text}'"),
    "ean13.format": QT_TRANSLATE_NOOP("errors", "A product barcode has 13 digits"),
    "ean13.checksum": QT_TRANSLATE_NOOP("errors", "Barcode {text} fails its check digit: scan it again"),
    "username.invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a valid user name (lower-case letters, digits, _ . -; starts with a letter)"),
    "station_code.invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a station code (4 to 16 capital letters and digits)"),
    "role.invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a role: use clerk, carrier, supervisor or admin"),
    "text.required": QT_TRANSLATE_NOOP("errors", "{field} is required"),
    "text.too_long": QT_TRANSLATE_NOOP("errors", "{field} is too long (at most {max} characters)"),
    "text.invalid": QT_TRANSLATE_NOOP("errors", "{field} contains characters that cannot be stored"),
    "text.emoji": QT_TRANSLATE_NOOP("errors", "{field}: no emoji or pictures, please (the label printer cannot print them)"),
    "text.not_a_name": QT_TRANSLATE_NOOP("errors", "{field}: letters of the name only (no digits, emoji or symbols)"),
    "pin.format": QT_TRANSLATE_NOOP("errors", "A PIN is exactly 6 digits"),
    "pin.weak": QT_TRANSLATE_NOOP("errors", "This PIN is too easy to guess: avoid repeated or consecutive digits"),
    "pin.missing": QT_TRANSLATE_NOOP("errors", "No PIN given: set {variable} or run from a terminal"),
    "setting.invalid": QT_TRANSLATE_NOOP("errors", "Invalid value for setting {name}"),
    "setting.out_of_range": QT_TRANSLATE_NOOP("errors", "Setting {name} must be between {minimum} and {maximum}"),
    "backup.same_file": QT_TRANSLATE_NOOP("errors", "A backup cannot overwrite the live database"),
    "backup.is_directory": QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a file name"),
    "restore.same_file": QT_TRANSLATE_NOOP("errors", "That is the live database itself"),
    "restore.not_station": QT_TRANSLATE_NOOP("errors", "{path} is not a station database"),
    "restore.corrupt": QT_TRANSLATE_NOOP("errors", "{path} is damaged (integrity check failed)"),
    "restore.other_station": QT_TRANSLATE_NOOP("errors", "{path} is a backup of station {station_code}, not of this station ({this_station})"),
    # not found
    "station.not_initialised": QT_TRANSLATE_NOOP("errors", "No station in {data_dir}: run 'init' or 'demo' first"),
    "user.not_found": QT_TRANSLATE_NOOP("errors", "No user called {username}"),
    "setting.unknown": QT_TRANSLATE_NOOP("errors", "No setting called {name}"),
    "restore.missing": QT_TRANSLATE_NOOP("errors", "No file at {path}"),
    # refused
    "station.exists": QT_TRANSLATE_NOOP("errors", "A station already exists in {data_dir}"),
    "user.exists": QT_TRANSLATE_NOOP("errors", "User {username} already exists"),
    "user.last_admin": QT_TRANSLATE_NOOP("errors", "{username} is the last admin and cannot be disabled"),
    "audit.broken": QT_TRANSLATE_NOOP("errors", "Audit chain broken at entry {entry} ({reason}); {entries} entries verified before it"),
    "restore.busy": QT_TRANSLATE_NOOP("errors", "Finish the current operation before restoring"),
    "db.too_new": QT_TRANSLATE_NOOP("errors", "This database was written by a newer version of the app (schema {version}; this app knows up to {supported}). Update the app."),
    "db.not_station": QT_TRANSLATE_NOOP("errors", "This file is not a station database"),
    # not allowed
    "auth.pin_missing": QT_TRANSLATE_NOOP("errors", "No PIN for {username}: set YYT_PIN or run from a terminal"),
    "auth.required": QT_TRANSLATE_NOOP("errors", "Sign in first (--user)"),
    "auth.unknown_user": QT_TRANSLATE_NOOP("errors", "No active user called {username}"),
    "auth.inactive": QT_TRANSLATE_NOOP("errors", "User {username} is disabled"),
    "auth.wrong_pin": QT_TRANSLATE_NOOP("errors", "Wrong PIN ({attempts_left} tries left before a 5-minute lock)"),
    "auth.locked": QT_TRANSLATE_NOOP("errors", "{username} is locked after 5 wrong PINs; try again in {seconds_left} s"),
    "perm.denied": QT_TRANSLATE_NOOP("errors", "A {role} may not do this ({permission})"),
    # generic
    "internal": QT_TRANSLATE_NOOP("errors", "Unexpected failure: {detail}"),
    "usage": QT_TRANSLATE_NOOP("errors", "{detail}"),
    "interrupted": QT_TRANSLATE_NOOP("errors", "Interrupted: nothing was changed by the unfinished operation"),
}
