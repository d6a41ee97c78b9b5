"""Words for the error codes of the station's secrets (keyring) and the files it writes."""

from __future__ import annotations

from .marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # invalid input
    "secrets.recovery_code_invalid": QT_TRANSLATE_NOOP("errors", "That is not a recovery code (56 letters and digits in groups of four): check it for typos"),
    "secrets.recovery_code_wrong": QT_TRANSLATE_NOOP("errors", "That recovery code belongs to another key than station {station_code}'s"),
    "file.name_invalid": QT_TRANSLATE_NOOP("errors", "'{path}' cannot be a file name (a NUL character, or too long)"),
    # refused by state
    "secrets.no_keyring": QT_TRANSLATE_NOOP("errors", "No secure password store (keyring) works on this computer, so the key that protects resident IDs and villagers' personal data cannot be kept ({detail})"),
    "secrets.key_missing": QT_TRANSLATE_NOOP("errors", "The key that protects resident IDs and personal data of station {station_code} is not in this computer's keyring: an admin puts it back with 'key import' and the recovery code"),
    "secrets.key_mismatch": QT_TRANSLATE_NOOP("errors", "The keyring holds another key than the one station {station_code}'s data was made with: an admin puts the right one back with 'key import'"),
    "restore.key_mismatch": QT_TRANSLATE_NOOP("errors", "{path} was made under another resident-ID key than the one in this computer's keyring: it cannot be restored here"),
}
