"""Words for the agri-input shop: its error codes, warnings and alerts (context ``errors``), and the
statutory ledgers' column titles.

The ledgers (农药管理条例 §26 进货台账, §27 销售台账) are legal records kept for an inspector in
Chinese whatever the window's language, so their titles and printed words are fixed Chinese here
(:data:`LEDGER_TITLES`, :data:`LEDGER_WORDS`, :data:`LEDGER_NAMES`), not translated.
"""

from __future__ import annotations

from .marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # warnings beside a success
    "shop.reg_no_unusual": QT_TRANSLATE_NOOP("errors", "The registration number has an unusual form: check it against the label"),
    "shop.reg_no_missing": QT_TRANSLATE_NOOP("errors", "A pesticide should carry its registration number (PD…): add it from the label"),
    "shop.safety_reminder": QT_TRANSLATE_NOOP("errors", "Restricted-use pesticide: explain the dose on the label, protective clothing, the safe interval before harvest, keeping it from children and returning the empty container"),
    # invalid input (3)
    "shop.category_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a product category: use {allowed}"),
    "shop.qty_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a quantity: a whole number of units from 1 to 1,000,000"),
    "shop.label_code_format": QT_TRANSLATE_NOOP("errors", "'{text}' is not a pesticide label code (32 digits, starting 1, 2 or 3)"),
    "shop.label_code_not_pesticide": QT_TRANSLATE_NOOP("errors", "Only a pesticide carries a 32-digit label code"),
    "shop.label_code_mismatch": QT_TRANSLATE_NOOP("errors", "The label code says registration …{code_digits}, but this product's number is {reg_no}: this label is not this product's"),
    "shop.lot_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a lot number (no spaces)"),
    "shop.dates_invalid": QT_TRANSLATE_NOOP("errors", "The expiry date {expires} is before the production date {produced}"),
    "shop.produced_in_future": QT_TRANSLATE_NOOP("errors", "The production date {produced} is in the future"),
    "shop.lot_dates_differ": QT_TRANSLATE_NOOP("errors", "Lot {lot} is already held with production date {produced} and expiry {expires}: check the dates"),
    "shop.line_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not PRODUCT:QUANTITY"),
    "shop.no_lines": QT_TRANSLATE_NOOP("errors", "Nothing to sell: add a product"),
    "shop.buyer_required": QT_TRANSLATE_NOOP("errors", "{product} is a restricted-use pesticide, sold by real name only: give the buyer's name, resident ID, phone, address and the crop or pest (missing: {missing})"),
    "shop.not_in_sale": QT_TRANSLATE_NOOP("errors", "{product} is not in this sale"),
    "shop.lot_ambiguous": QT_TRANSLATE_NOOP("errors", "Several products have a lot {lot} ({products}): say which product"),
    "shop.recall_what": QT_TRANSLATE_NOOP("errors", "Name the lot (and the product) to recall"),
    "shop.period_invalid": QT_TRANSLATE_NOOP("errors", "The period ends ({end}) before it starts ({start})"),
    "shop.ledger_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not a ledger: use {allowed}"),
    "export.cell_invalid": QT_TRANSLATE_NOOP("errors", "Column {column} cannot hold '{text}'"),
    "export.no_columns": QT_TRANSLATE_NOOP("errors", "An export needs at least one column"),
    "export.row_width": QT_TRANSLATE_NOOP("errors", "An export row has {got} values for {expected} columns"),
    "export.format_invalid": QT_TRANSLATE_NOOP("errors", "'{text}' is not an export format: use {allowed}"),
    "export.out_required": QT_TRANSLATE_NOOP("errors", "Say where to write the file (--out FILE)"),
    # not found (4)
    "shop.product_not_found": QT_TRANSLATE_NOOP("errors", "No product {product}"),
    "shop.lot_not_found": QT_TRANSLATE_NOOP("errors", "No lot {lot}"),
    "shop.sale_not_found": QT_TRANSLATE_NOOP("errors", "No sale {sale}"),
    "shop.recall_not_found": QT_TRANSLATE_NOOP("errors", "No recall {recall}"),
    "shop.not_a_recall_buyer": QT_TRANSLATE_NOOP("errors", "Sale {sale} is not among the buyers of recall {recall}"),
    "shop.no_phone": QT_TRANSLATE_NOOP("errors", "Sale {sale} recorded no phone number"),
    "shop.flag_not_found": QT_TRANSLATE_NOOP("errors", "No flag {flag}"),
    "export.folder_missing": QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist"),
    # refused (5)
    "shop.ean_taken": QT_TRANSLATE_NOOP("errors", "Barcode {ean} already belongs to {name}"),
    "shop.product_banned": QT_TRANSLATE_NOOP("errors", "{name} may not be sold since {since} (banned): take it off the shelf"),
    "shop.product_withdrawn": QT_TRANSLATE_NOOP("errors", "{name} was withdrawn from the approved catalogue"),
    "shop.lot_expired": QT_TRANSLATE_NOOP("errors", "Lot {lot} expired on {expires}: it cannot be taken into stock"),
    "shop.lot_recalled": QT_TRANSLATE_NOOP("errors", "Lot {lot} is recalled"),
    "shop.stock_negative": QT_TRANSLATE_NOOP("errors", "Lot {lot} holds {qty}: a change of {delta} would leave less than nothing"),
    "shop.not_enough_stock": QT_TRANSLATE_NOOP("errors", "Only {available} of {product} can be sold (not expired, not recalled): {wanted} asked"),
    "shop.shift_required": QT_TRANSLATE_NOOP("errors", "Open your shift first: count the float into the drawer (Shop page: Open shift; command line: shift open --float YUAN), then sell"),
    "shop.return_exceeds": QT_TRANSLATE_NOOP("errors", "Only {left} of {product} can still come back from this sale"),
    "shop.nothing_to_return": QT_TRANSLATE_NOOP("errors", "Everything of sale {sale} has come back already"),
    "shop.no_lots": QT_TRANSLATE_NOOP("errors", "{name} was never stocked: there is no lot to recall"),
    "shop.ledger_keep": QT_TRANSLATE_NOOP("errors", "Ledger rows are kept two years: nothing dated after {earliest} may be removed (asked: before {before})"),
    "export.target_invalid": QT_TRANSLATE_NOOP("errors", "{path} is not a plain file: choose another name"),
    "export.write_failed": QT_TRANSLATE_NOOP("errors", "Could not write {path} ({detail})"),
    # alerts (Today, Shop page)
    "alert.shop_flagged": QT_TRANSLATE_NOOP("errors", "{n} sale(s) of a banned product were made after the ban took effect: see Shop → Stock"),
    "alert.shop_expired": QT_TRANSLATE_NOOP("errors", "{lots} expired lot(s) still hold {units} unit(s): take them off the shelf"),
    "alert.shop_near_expiry": QT_TRANSLATE_NOOP("errors", "{lots} lot(s) expire within {days} days (the first on {first})"),
    "alert.shop_low_stock": QT_TRANSLATE_NOOP("errors", "{n} product(s) low on stock: {names}"),
    "alert.shop_recalled_on_hand": QT_TRANSLATE_NOOP("errors", "{lots} recalled lot(s) still hold {units} unit(s): send them back to the supplier"),
}

#: the statutory column titles (fixed Chinese: see the module docstring)
LEDGER_TITLES: dict[str, str] = {
    "number": "入库单号", "date": "日期", "product": "产品名称", "category": "类别", "reg_no": "登记证号",
    "spec": "规格", "unit": "单位", "maker": "生产企业", "lot_no": "批号", "produced_on": "生产日期",
    "expires_on": "有效期至", "qty": "数量", "unit_cost": "进货单价", "amount": "金额", "supplier": "供货人",
    "supplier_phone": "供货人联系方式", "label_code": "标签二维码", "clerk": "经办人", "sale_number": "销售单号",
    "kind": "类型", "unit_price": "销售单价", "buyer": "购买人", "buyer_id": "购买人身份证号",
    "buyer_phone": "购买人电话", "buyer_address": "购买人地址", "crop": "作物/防治对象", "restricted": "限用农药",
}
LEDGER_NAMES: dict[str, str] = {
    "purchases": "农资进货台账（农药管理条例第二十六条）",
    "sales": "农资销售台账（农药管理条例第二十七条）",
}
LEDGER_WORDS: dict[str, str] = {
    "seed": "种子", "fertiliser": "肥料", "pesticide": "农药", "feed": "饲料", "tool": "农具", "other": "其他",
    "sale": "销售", "return": "退货", "yes": "是", "no": "否",
    "station": "站点", "period": "期间", "generated": "导出时间", "rows": "行数", "masked": "个人信息已脱敏",
}
