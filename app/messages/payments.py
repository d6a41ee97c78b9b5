"""Words for the error and alert codes of utility and insurance payments."""

from __future__ import annotations

from .marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # invalid input (3)
    "payment.type_unknown": QT_TRANSLATE_NOOP("errors", "'{bill_type}' is not a bill type: use {allowed}"),
    "payment.biller_unknown": QT_TRANSLATE_NOOP("errors", "'{biller}' is not a biller for this bill: use {allowed}"),
    "payment.biller_ambiguous": QT_TRANSLATE_NOOP("errors", "The account fits several billers ({allowed}): choose the biller"),
    "payment.account_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a valid {label} for this bill"),
    "payment.too_young": QT_TRANSLATE_NOOP("errors", "The insured person must be at least {min_age} years old"),
    "payment.amount_grade": QT_TRANSLATE_NOOP("errors", "Choose one of the {year} contribution grades: ¥{grades}"),
    "payment.amount_fixed": QT_TRANSLATE_NOOP("errors", "The {year} contribution is ¥{amount}"),
    "payment.amount_face": QT_TRANSLATE_NOOP("errors", "Top-ups come in ¥{faces}"),
    "payment.amount_min": QT_TRANSLATE_NOOP("errors", "The amount must be at least ¥{min}"),
    "payment.amount_max": QT_TRANSLATE_NOOP("errors", "The amount may be at most ¥{max}"),
    "payment.amount_multiple": QT_TRANSLATE_NOOP("errors", "The amount must be a multiple of ¥{multiple}"),
    "payment.status_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a payment status: use {allowed}"),
    "payment.reference_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a payment reference"),
    "payment.reference_checksum": QT_TRANSLATE_NOOP("errors", "Reference {text} fails its check digit: scan it again"),
    # not found (4)
    "payment.not_found": QT_TRANSLATE_NOOP("errors", "No payment {payment}"),
    # refused (5)
    "payment.type_unavailable": QT_TRANSLATE_NOOP("errors", "The platform has switched {bill_type} payments off"),
    "payment.scheme_not_configured": QT_TRANSLATE_NOOP("errors", "This year's {bill_type} contribution is not set yet: sync with the platform or ask the administrator"),
    "payment.scheme_invalid": QT_TRANSLATE_NOOP("errors", "The station's {bill_type} contribution setting is not valid: ask the administrator"),
    "payment.outside_window": QT_TRANSLATE_NOOP("errors", "{bill_type} contributions for {year} are taken from {opens} to {closes}"),
    "payment.duplicate": QT_TRANSLATE_NOOP("errors", "The same payment (¥{amount}) was taken {minutes} min ago as {reference}: confirm it is a second payment"),
    "payment.over_cap": QT_TRANSLATE_NOOP("errors", "¥{amount} is more than one offline payment may be (¥{cap})"),
    "payment.pending_cap": QT_TRANSLATE_NOOP("errors", "Payments waiting for the platform add up to ¥{pending} (cap ¥{cap}): sync before taking more"),
    "payment.pending_too_old": QT_TRANSLATE_NOOP("errors", "A payment has waited for the platform more than {hours} hours: sync before taking more"),
    "payment.not_rejected": QT_TRANSLATE_NOOP("errors", "Payment {reference} is {payment_status}: only a rejected payment is refunded"),
    "payment.already_refunded": QT_TRANSLATE_NOOP("errors", "Payment {reference} was refunded already"),
    # Today alerts
    "alert.payments_pending_old": QT_TRANSLATE_NOOP("errors", "{n} payment(s) waiting for the platform more than {hours} hours (oldest {reference}): sync now"),
    "alert.payments_pending_cap": QT_TRANSLATE_NOOP("errors", "Payments waiting for the platform: ¥{total} of the ¥{cap} offline cap"),
    "alert.payments_to_refund": QT_TRANSLATE_NOOP("errors", "{n} rejected payment(s) (¥{total}) to refund: Payments → List"),
    "alert.payments_decision_conflict": QT_TRANSLATE_NOOP("errors", "{n} platform decision(s) were ignored (a second, different answer or an unknown payment): tell the town office"),
}
