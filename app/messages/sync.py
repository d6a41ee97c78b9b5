"""Words for the error codes of enrolment, sync, bundles."""

from __future__ import annotations

from .marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # invalid input
    "sync.hub_url_invalid": QT_TRANSLATE_NOOP("errors", "'{url}' is not a platform address (like http://10.0.0.5:8400)"),
    "sync.enroll_code_invalid": QT_TRANSLATE_NOOP("errors", "Type the enrolment code the town office gave you (like ABCD-EFGH-JKMN)"),
    "bundle.path_is_directory": QT_TRANSLATE_NOOP("errors", "{path} is a folder: give a file name for the bundle"),
    "bundle.folder_missing": QT_TRANSLATE_NOOP("errors", "The folder {path} does not exist (is the USB stick plugged in?)"),
    # refused by state
    "sync.not_enrolled": QT_TRANSLATE_NOOP("errors", "This station is not enrolled with the platform yet: an admin runs 'enroll' with the code from the town office"),
    "sync.no_keyring": QT_TRANSLATE_NOOP("errors", "No secure password store (keyring) works on this computer, so the station's platform token cannot be kept ({detail})"),
    "sync.busy": QT_TRANSLATE_NOOP("errors", "A sync is already running: wait for it to finish"),
    "sync.outbox_replaced": QT_TRANSLATE_NOOP("errors", "The station's data was replaced (restored) while a sync was running: records {first_seq} to {last_seq} were not marked as sent; sync again"),
    "sync.hub_lost_compacted": QT_TRANSLATE_NOOP("errors", "The platform lost records {from_seq} to {to_seq} and this station no longer keeps them: ask the town office to restore the platform from a newer backup"),
    # not allowed
    "sync.enroll_refused": QT_TRANSLATE_NOOP("errors", "The platform refused the enrolment code: it is wrong, already used or expired"),
    "sync.token_rejected": QT_TRANSLATE_NOOP("errors", "The platform no longer accepts this station's token: enrol again with a new code"),
    "sync.hub_not_enrolled": QT_TRANSLATE_NOOP("errors", "The station's token goes only to the platform it is enrolled with ({enrolled}), not to {url}: an admin enrols again there, or runs 'sync --hub URL --trust-hub'"),
    "sync.hub_other_platform": QT_TRANSLATE_NOOP("errors", "{url} is not the platform this station is enrolled with: the token was not sent"),
    "sync.token_missing": QT_TRANSLATE_NOOP("errors", "The platform token of station {station_code} is not in this computer's keyring: enrol again"),
    # unreachable
    "sync.unreachable": QT_TRANSLATE_NOOP("errors", "The platform at {url} cannot be reached; changes stay queued and will be sent later"),
    "sync.stalled": QT_TRANSLATE_NOOP("errors", "The link to the platform stalled (nothing moved for {seconds} s); changes stay queued"),
    "sync.hub_error": QT_TRANSLATE_NOOP("errors", "The platform had a problem (status {status}); changes stay queued"),
    # unexpected answers
    "sync.protocol": QT_TRANSLATE_NOOP("errors", "The platform's answer was not understood (status {status}, {detail})"),
    "sync.digest_mismatch": QT_TRANSLATE_NOOP("errors", "The platform stored records {first_seq} to {last_seq} differently from this station: nothing was marked as sent"),
    # Today alerts
    "alert.sync_backlog_old": QT_TRANSLATE_NOOP("errors", "{n} change(s) have waited for the platform since {since}: sync now (Sync, F5) or take a USB bundle to the town"),
}
