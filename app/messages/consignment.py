"""Words for the error codes of produce consignment (farmers, lots, sales, statements, payouts)
and its Today alerts."""

from __future__ import annotations

from .marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # invalid input (3)
    "consign.qty_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a quantity: kilograms with at most three decimals (12.5), or whole pieces"),
    "consign.commission_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a commission rate: a percentage from 0 to 100 with at most two decimals"),
    "consign.unit_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a unit: use kg or piece"),
    "consign.price_kind_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a kind of price: use floor or agreed"),
    "consign.category_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a produce category: 柑橘, 中药材, 脆李, 榨菜, 花椒 or other"),
    "consign.return_by_past": QT_TRANSLATE_NOOP("errors", "The return date {date} has already passed"),
    "consign.cert_incomplete": QT_TRANSLATE_NOOP("errors", "The quality certificate needs its {missing}"),
    "consign.cert_basis_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a basis of the quality promise"),
    "consign.farmer_ref_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a farmer: give the farmer's number (F0003) or full phone"),
    "consign.lot_ref_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a lot number (like L000012)"),
    "consign.statement_ref_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a statement number (like S000003)"),
    "consign.farmer_ambiguous": QT_TRANSLATE_NOOP("errors", "{count} farmers share this phone: choose one by their number"),
    "consign.payout_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a payout method: use cash or bank"),
    "consign.account_tail_invalid": QT_TRANSLATE_NOOP("errors", "A bank payout needs the last four digits of the farmer's card"),
    "consign.paid_via_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not how the buyer paid: use cash or online"),
    "consign.price_agreed": QT_TRANSLATE_NOOP("errors", "Lot {lot} sells only at the agreed price ¥{price}"),
    "consign.below_floor": QT_TRANSLATE_NOOP("errors", "¥{price} is below the farmer's floor price ¥{floor} for lot {lot}"),
    "consign.amount_invalid": QT_TRANSLATE_NOOP("errors", "This sale would come to ¥{gross}: the quantity is too small to sell"),
    # not found (4)
    "consign.farmer_not_found": QT_TRANSLATE_NOOP("errors", "No farmer {farmer}"),
    "consign.lot_not_found": QT_TRANSLATE_NOOP("errors", "No consignment lot {lot}"),
    "consign.statement_not_found": QT_TRANSLATE_NOOP("errors", "No statement {statement}"),
    "consign.sale_not_found": QT_TRANSLATE_NOOP("errors", "No consignment sale {sale}"),
    # refused (5)
    "consign.farmer_exists": QT_TRANSLATE_NOOP("errors", "This farmer is already registered as {farmer}"),
    "consign.not_enough": QT_TRANSLATE_NOOP("errors", "Lot {lot} has only {remaining} {unit} left (asked for {asked})"),
    "consign.lot_empty": QT_TRANSLATE_NOOP("errors", "Nothing is left of lot {lot}"),
    "consign.postage_exceeds_share": QT_TRANSLATE_NOOP("errors", "The postage ¥{postage} is more than the farmer's share of this sale (¥{share}): raise the quantity or the price"),
    "consign.not_voidable": QT_TRANSLATE_NOOP("errors", "Only a counter sale can be reversed"),
    "consign.already_voided": QT_TRANSLATE_NOOP("errors", "This sale has already been reversed"),
    "consign.nothing_to_settle": QT_TRANSLATE_NOOP("errors", "Farmer {farmer} has nothing new to settle"),
    "consign.already_paid": QT_TRANSLATE_NOOP("errors", "Statement {statement} has already been paid (¥{paid}): nothing was paid again"),
    # not allowed (6)
    "consign.approval_required": QT_TRANSLATE_NOOP("errors", "A payout of ¥{amount} (more than ¥{limit}) needs a second user's PIN"),
    "consign.self_approval": QT_TRANSLATE_NOOP("errors", "The second PIN must be another user's"),
    # Today alerts
    "alert.consign_due": QT_TRANSLATE_NOOP("errors", "Lot {lot} ({product}, farmer {farmer}): {remaining} {unit} left, goes back to the farmer by {date}"),
    "alert.consign_overdue": QT_TRANSLATE_NOOP("errors", "Lot {lot} ({product}, farmer {farmer}): {remaining} {unit} left, its return date {date} has passed"),
}
