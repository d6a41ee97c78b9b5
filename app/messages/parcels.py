"""Words for the error codes of parcels, rounds, stock-takes, outbound shipments."""

from __future__ import annotations

from .marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # warnings shown beside a successful check-in
    "tracking.unknown_format": QT_TRANSLATE_NOOP("errors", "This tracking number matches no known carrier: check the carrier"),
    "tracking.ambiguous_carrier": QT_TRANSLATE_NOOP("errors", "The carrier was guessed from the number: check it"),
    # invalid input (3)
    "parcel.phone_required": QT_TRANSLATE_NOOP("errors", "{tracking} has no pre-advice: type the recipient's phone (full or like 138****1234)"),
    "parcel.shelves_invalid": QT_TRANSLATE_NOOP("errors", "The shelf layout is not valid: {detail}"),
    "parcel.slot_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a shelf place: use shelf and layer, like A-3"),
    "parcel.slot_unknown": QT_TRANSLATE_NOOP("errors", "There is no shelf place {slot}"),
    "parcel.code_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a pickup code (like A-3-0127)"),
    "parcel.status_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a parcel status: use {allowed}"),
    "parcel.proxy_incomplete": QT_TRANSLATE_NOOP("errors", "For a proxy pickup give both the proxy's name and full phone number"),
    "parcel.tracking_needs_tail": QT_TRANSLATE_NOOP("errors", "Choose parcels by tracking number only together with the phone tail"),
    "parcel.tail_mismatch": QT_TRANSLATE_NOOP("errors", "Parcel {tracking} is not for a phone ending in {tail}"),
    "parcel.tail_ambiguous": QT_TRANSLATE_NOOP("errors", "Parcels for {phones} different phones end in {tail}: choose the parcels to hand over"),
    "parcel.fix_nothing": QT_TRANSLATE_NOOP("errors", "Nothing to correct on {tracking}: the values given are the ones recorded"),
    "parcel.same_place": QT_TRANSLATE_NOOP("errors", "{tracking} is already on {slot}"),
    "parcel.search_empty": QT_TRANSLATE_NOOP("errors", "Type a tracking number, a phone's last four digits, a pickup code or a name"),
    "parcel.shelf_unknown": QT_TRANSLATE_NOOP("errors", "There is no shelf {shelf} (shelves: {shelves})"),
    "round.not_a_carrier": QT_TRANSLATE_NOOP("errors", "{username} cannot take a delivery round"),
    "round.proof_required": QT_TRANSLATE_NOOP("errors", "Ask the recipient for the pickup code or the last four digits of their phone"),
    "round.code_mismatch": QT_TRANSLATE_NOOP("errors", "Pickup code {pickup_code} does not belong to parcel {tracking}"),
    "shipment.weight_invalid": QT_TRANSLATE_NOOP("errors", "Weight must be a whole number of grams from 1 to {max}"),
    "shipment.province_unknown": QT_TRANSLATE_NOOP("errors", "'{province}' is not a province the tariff knows"),
    "shipment.prohibited_not_confirmed": QT_TRANSLATE_NOOP("errors", "The sender must confirm the parcel holds no prohibited items"),
    "shipment.prohibited_item": QT_TRANSLATE_NOOP("errors", "'{item}' may not be sent by post"),
    "shipment.produce_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a produce category: use {allowed}"),
    "waybill.invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a station waybill number"),
    "waybill.checksum": QT_TRANSLATE_NOOP("errors", "Waybill {text} fails its check digit: scan it again"),
    # not found (4)
    "parcel.not_found": QT_TRANSLATE_NOOP("errors", "No parcel {tracking} in this station"),
    "parcel.code_not_found": QT_TRANSLATE_NOOP("errors", "No parcel has pickup code {pickup_code}"),
    "parcel.none_for_tail": QT_TRANSLATE_NOOP("errors", "No parcel waiting for a phone ending in {tail}"),
    "round.not_found": QT_TRANSLATE_NOOP("errors", "No round {round}"),
    "round.ref_invalid": QT_TRANSLATE_NOOP("errors", "'{round}' is not a round number or id"),
    "round.parcel_not_on_round": QT_TRANSLATE_NOOP("errors", "Parcel {tracking} is not on round {round}"),
    "stocktake.not_found": QT_TRANSLATE_NOOP("errors", "No stock-take {stocktake}"),
    "shipment.not_found": QT_TRANSLATE_NOOP("errors", "No outbound parcel {waybill}"),
    "manifest.not_found": QT_TRANSLATE_NOOP("errors", "No manifest number {number}"),
    # refused by the current state (5)
    "parcel.already_checked_in": QT_TRANSLATE_NOOP("errors", "{tracking} is already checked in: code {pickup_code}, place {place} ({status})"),
    "parcel.shelves_full": QT_TRANSLATE_NOOP("errors", "Every shelf layer is full ({capacity} places): clear a shelf or add one in Settings"),
    "parcel.layer_full": QT_TRANSLATE_NOOP("errors", "Shelf place {slot} is full ({capacity} parcels)"),
    "parcel.codes_exhausted": QT_TRANSLATE_NOOP("errors", "No free pickup code left for {slot} today"),
    "parcel.already_picked_up": QT_TRANSLATE_NOOP("errors", "{tracking} ({pickup_code}) was already handed over at {at} by {by}"),
    "parcel.out_for_delivery": QT_TRANSLATE_NOOP("errors", "{tracking} ({pickup_code}) is out on a delivery round"),
    "parcel.not_in_station": QT_TRANSLATE_NOOP("errors", "{tracking} is not on the shelf (status: {status})"),
    "round.closed": QT_TRANSLATE_NOOP("errors", "Round {round} is closed"),
    "round.carrier_busy": QT_TRANSLATE_NOOP("errors", "{carrier} already has round {round} open: close it first"),
    "round.not_closable": QT_TRANSLATE_NOOP("errors", "Round {round} cannot close: {unaccounted} parcels are still out ({trackings})"),
    "round.already_on_round": QT_TRANSLATE_NOOP("errors", "{tracking} is already on round {round}"),
    "round.parcel_accounted": QT_TRANSLATE_NOOP("errors", "{tracking} is already marked {outcome} on this round"),
    "stocktake.already_open": QT_TRANSLATE_NOOP("errors", "A stock-take is already open ({stocktake}): finish it first"),
    "stocktake.finished": QT_TRANSLATE_NOOP("errors", "Stock-take {stocktake} is already finished"),
    "manifest.empty": QT_TRANSLATE_NOOP("errors", "No outbound parcel is waiting for the courier"),
    "tariff.zone_missing": QT_TRANSLATE_NOOP("errors", "The tariff has no prices for zone {zone}"),
    # not allowed (6)
    "round.not_yours": QT_TRANSLATE_NOOP("errors", "Round {round} belongs to {carrier}"),
    # Today alerts
    "alert.parcels_overdue": QT_TRANSLATE_NOOP("errors", "{n} parcel(s) on the shelf more than {days} days (the oldest since {since}): notify again or return them (Parcels → Overdue)"),
}
