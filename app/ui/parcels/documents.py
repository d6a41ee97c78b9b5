"""Printable documents of the parcels screens, filled from the core's views: the round sheet
(A4), the outbound label (100 × 150 mm) and the courier's collection manifest (A4). Masking
happens in :mod:`app.core.documents` when they are built; the words are translated here
(context ``ParcelDocuments``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.documents import Column, Field, Label, LabelSheet, Party, Receipt, Sheet, TagLabel, Total
from ...core.parcels import Manifest, ParcelView, RoundSheet, ShipmentView
from ...core.parcels.shelves import layer_label_value
from .words import outcome_word, produce_word

CONTEXT = "ParcelDocuments"


def round_sheet(sheet: RoundSheet, station_code: str) -> Sheet:
    """The carrier's round sheet: code, tracking number, masked phone and name, outcome, and a
    column to sign."""
    rows = [(r["pickup_code"], r["tracking"], r["phone"], r["name"], outcome_word(r["outcome"]), "")
            for r in sheet.rows]
    return Sheet(
        title=QCoreApplication.translate("ParcelDocuments", "Delivery round sheet"),
        columns=(Column(QCoreApplication.translate("ParcelDocuments", "Pickup code"), "text", 1.1), Column(QCoreApplication.translate("ParcelDocuments", "Tracking number"), "text", 1.7),
                 Column(QCoreApplication.translate("ParcelDocuments", "Phone"), "phone", 1.2), Column(QCoreApplication.translate("ParcelDocuments", "Name"), "name", 0.8),
                 Column(QCoreApplication.translate("ParcelDocuments", "Outcome"), "text", 0.9), Column(QCoreApplication.translate("ParcelDocuments", "Recipient signs"), "text", 1.3)),
        rows=rows,
        station_name=sheet.station_name,
        station_code=station_code,
        fields=(Field(QCoreApplication.translate("ParcelDocuments", "Round"), f"#{sheet.number}"), Field(QCoreApplication.translate("ParcelDocuments", "Carrier"), sheet.carrier_name or sheet.carrier),
                Field(QCoreApplication.translate("ParcelDocuments", "Started"), sheet.started_local), Field(QCoreApplication.translate("ParcelDocuments", "Parcels"), str(len(rows)))),
        signatures=(QCoreApplication.translate("ParcelDocuments", "Carrier"), QCoreApplication.translate("ParcelDocuments", "Clerk")),
        footer=QCoreApplication.translate("ParcelDocuments", "Parcels not delivered come back to the station the same day."),
        barcode=f"R{sheet.number}",
    )


def shipment_label(view: ShipmentView, station_name: str, station_code: str, sender_address: str = "") -> Label:
    """The outbound parcel's label: waybill as Code128, QR with the waybill only, masked parties."""
    tags = (QCoreApplication.translate("ParcelDocuments", "Farm produce"), produce_word(view.produce_category)) if view.produce else ()
    return Label(
        waybill=view.waybill,
        carrier=QCoreApplication.translate("ParcelDocuments", "Youyuntong station post"),
        sender=Party(view.sender_name, view.sender_phone, sender_address),
        recipient=Party(view.to_name, view.to_phone, f"{view.to_province} {view.to_address}"),
        weight_g=view.weight_g,
        station_name=station_name,
        station_code=station_code,
        created_at=view.accepted_at,
        contents=view.contents,
        price_fen=view.price_fen,
        tags=tags,
        qr=view.qr_text,
    )


def manifest_sheet(manifest: Manifest, station_name: str, station_code: str) -> Sheet:
    """The courier's collection manifest (揽收清单): every shipment handed over together."""
    rows = [(s.waybill, s.to_province, s.to_name, s.weight_g, s.price_fen,
             produce_word(s.produce_category) if s.produce else "") for s in manifest.shipments]
    return Sheet(
        title=QCoreApplication.translate("ParcelDocuments", "Collection manifest"),
        columns=(Column(QCoreApplication.translate("ParcelDocuments", "Waybill"), "text", 2.0), Column(QCoreApplication.translate("ParcelDocuments", "To"), "text", 0.9), Column(QCoreApplication.translate("ParcelDocuments", "Recipient"), "name", 0.8),
                 Column(QCoreApplication.translate("ParcelDocuments", "Weight (g)"), "number", 0.9), Column(QCoreApplication.translate("ParcelDocuments", "Postage"), "money", 0.9),
                 Column(QCoreApplication.translate("ParcelDocuments", "Produce"), "text", 0.9)),
        rows=rows,
        station_name=station_name,
        station_code=station_code,
        issued_at=manifest.created_at,
        fields=(Field(QCoreApplication.translate("ParcelDocuments", "Manifest"), f"#{manifest.number}"), Field(QCoreApplication.translate("ParcelDocuments", "Courier"), manifest.courier or "—"),
                Field(QCoreApplication.translate("ParcelDocuments", "Parcels"), str(len(rows))), Field(QCoreApplication.translate("ParcelDocuments", "Total weight (g)"), str(manifest.weight_g))),
        totals=(Total(QCoreApplication.translate("ParcelDocuments", "Postage total"), manifest.price_fen, strong=True),),
        signatures=(QCoreApplication.translate("ParcelDocuments", "Courier"), QCoreApplication.translate("ParcelDocuments", "Clerk")),
        barcode=f"M{manifest.number}",
    )


def shelf_slip(parcel: ParcelView, station_name: str, station_code: str) -> Receipt:
    """A slip to stick on the parcel: the pickup code as title and as Code128 (a stock-take can
    scan it), the place, the tracking number and the masked phone."""
    return Receipt(
        title=parcel.pickup_code,
        station_name=station_name,
        station_code=station_code,
        issued_at=parcel.checked_in_at,
        lines=(Field(QCoreApplication.translate("ParcelDocuments", "Place"), parcel.place),
               Field(QCoreApplication.translate("ParcelDocuments", "Tracking number"), parcel.tracking),
               Field(QCoreApplication.translate("ParcelDocuments", "Phone"), parcel.phone)),
        barcode=parcel.pickup_code,
    )


def shelf_labels(layers: list[tuple[str, int]], station_name: str, station_code: str,
                 issued_at: str | None = None) -> LabelSheet:
    """Labels for shelf layers, eight to an A4 page: ``A-3`` in big type, "Shelf A · layer 3",
    and ``LAYER-A-3`` as Code128 and QR (a scan of it names the layer when moving a parcel)."""
    return LabelSheet(
        title=QCoreApplication.translate("ParcelDocuments", "Shelf labels"),
        labels=[TagLabel(f"{shelf}-{layer}",
                         QCoreApplication.translate("ParcelDocuments", "Shelf {shelf} · layer {layer}").format(
                             shelf=shelf, layer=layer), layer_label_value(shelf, layer))
                for shelf, layer in layers],
        station_name=station_name, station_code=station_code, issued_at=issued_at,
    )
