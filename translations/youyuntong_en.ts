<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CarrierScreen</name>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <source>Scan the parcel (or type the number, Enter)</source>
        <translation>Scan the parcel (or type the number, Enter)</translation>
    </message>
    <message>
        <source>13812341234 · 1381234 = 138****1234</source>
        <translation>13812341234 · 1381234 = 138****1234</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Least full</source>
        <translation>Least full</translation>
    </message>
    <message>
        <source>Check in (Enter)</source>
        <translation>Check in (Enter)</translation>
    </message>
    <message>
        <source>Print slip (Ctrl+P)</source>
        <translation>Print slip (Ctrl+P)</translation>
    </message>
    <message>
        <source>Scan a parcel: its pickup code shows here</source>
        <translation>Scan a parcel: its pickup code shows here</translation>
    </message>
    <message>
        <source>Last {n} check-ins</source>
        <translation>Last {n} check-ins</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Phone (F2)</source>
        <translation>Phone (F2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Place (F3)</source>
        <translation>Place (F3)</translation>
    </message>
    <message>
        <source>Scan the parcel first</source>
        <translation>Scan the parcel first</translation>
    </message>
    <message>
        <source>Shelf {shelf}, layer {layer} · {tracking} · {phone} {name}</source>
        <translation>Shelf {shelf}, layer {layer} · {tracking} · {phone} {name}</translation>
    </message>
    <message>
        <source>pre-advised</source>
        <translation>pre-advised</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>Pickup code</translation>
    </message>
    <message>
        <source>{tracking} checked in: {code}</source>
        <translation>{tracking} checked in: {code}</translation>
    </message>
    <message>
        <source>Phone not valid</source>
        <translation>Phone not valid</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Type it again</translation>
    </message>
    <message>
        <source>Already checked in — it is here:</source>
        <translation>Already checked in — it is here:</translation>
    </message>
    <message>
        <source>Place {place} · {status} · {tracking}</source>
        <translation>Place {place} · {status} · {tracking}</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Not checked in</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>Invalid number</translation>
    </message>
    <message>
        <source>Shelf full</source>
        <translation>Shelf full</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>Check the parcel</source>
        <translation>Check the parcel</translation>
    </message>
    <message>
        <source>Waiting for the phone of {tracking} (Esc cancels)</source>
        <translation>Waiting for the phone of {tracking} (Esc cancels)</translation>
    </message>
    <message>
        <source>No pre-advice for {tracking}</source>
        <translation>No pre-advice for {tracking}</translation>
    </message>
    <message>
        <source>Type the phone</source>
        <translation>Type the phone</translation>
    </message>
    <message>
        <source>Full 11 digits, or the masked one as 7 digits (1381234 = 138****1234). Name optional. Enter checks in.</source>
        <translation>Full 11 digits, or the masked one as 7 digits (1381234 = 138****1234). Name optional. Enter checks in.</translation>
    </message>
    <message>
        <source>{tracking}: type the recipient&apos;s phone, then Enter</source>
        <translation>{tracking}: type the recipient&apos;s phone, then Enter</translation>
    </message>
    <message>
        <source>Cancelled: scan a parcel</source>
        <translation>Cancelled: scan a parcel</translation>
    </message>
    <message>
        <source>Check a parcel in first</source>
        <translation>Check a parcel in first</translation>
    </message>
    <message>
        <source>Slip saved: {path}</source>
        <translation>Slip saved: {path}</translation>
    </message>
    <message>
        <source>Slip sent to the printer</source>
        <translation>Slip sent to the printer</translation>
    </message>
</context>
<context>
    <name>ConsignDocuments</name>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Farmer</source>
        <translation>Farmer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>Return by</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Promise of compliance</source>
        <translation>Promise of compliance</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Certificate date</translation>
    </message>
    <message>
        <source>Promise basis</source>
        <translation>Promise basis</translation>
    </message>
    <message>
        <source>Consignment intake receipt</source>
        <translation>Consignment intake receipt</translation>
    </message>
    <message>
        <source>The produce is the farmer&apos;s until sold. Keep this receipt for the settlement.</source>
        <translation>The produce is the farmer&apos;s until sold. Keep this receipt for the settlement.</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>Waybill</translation>
    </message>
    <message>
        <source>Farm produce sale</source>
        <translation>Farm produce sale</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sold for the farmer by the station</source>
        <translation>Sold for the farmer by the station</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>Not paid yet</translation>
    </message>
    <message>
        <source>Paid {amount} ({method}) {when}</source>
        <translation>Paid {amount} ({method}) {when}</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Payout</translation>
    </message>
    <message>
        <source>Gross sales</source>
        <translation>Gross sales</translation>
    </message>
    <message>
        <source>Less commission</source>
        <translation>Less commission</translation>
    </message>
    <message>
        <source>Less postage</source>
        <translation>Less postage</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Owed from the last statement</source>
        <translation>Owed from the last statement</translation>
    </message>
    <message>
        <source>To pay the farmer</source>
        <translation>To pay the farmer</translation>
    </message>
    <message>
        <source>Carried to the next statement</source>
        <translation>Carried to the next statement</translation>
    </message>
    <message>
        <source>Consignment statement</source>
        <translation>Consignment statement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>Postage</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Commission is rounded to the fen on each sale line. Corrections appear on the next statement.</source>
        <translation>Commission is rounded to the fen on each sale line. Corrections appear on the next statement.</translation>
    </message>
    <message>
        <source>less commission / postage</source>
        <translation>less commission / postage</translation>
    </message>
    <message>
        <source>Sign when you receive the money.</source>
        <translation>Sign when you receive the money.</translation>
    </message>
</context>
<context>
    <name>ConsignScreen</name>
    <message>
        <source>saved as PDF in the prints folder</source>
        <translation>saved as PDF in the prints folder</translation>
    </message>
    <message>
        <source>sent to the printer</source>
        <translation>sent to the printer</translation>
    </message>
</context>
<context>
    <name>ConsignWords</name>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>Spoiled</translation>
    </message>
    <message>
        <source>Returned to farmer</source>
        <translation>Returned to farmer</translation>
    </message>
    <message>
        <source>Sale reversed</source>
        <translation>Sale reversed</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>pcs</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>Floor price</translation>
    </message>
    <message>
        <source>Agreed price</source>
        <translation>Agreed price</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>Nothing to pay</source>
        <translation>Nothing to pay</translation>
    </message>
    <message>
        <source>Entrusted testing</source>
        <translation>Entrusted testing</translation>
    </message>
    <message>
        <source>Own testing</source>
        <translation>Own testing</translation>
    </message>
    <message>
        <source>Internal quality control</source>
        <translation>Internal quality control</translation>
    </message>
    <message>
        <source>Own promise</source>
        <translation>Own promise</translation>
    </message>
    <message>
        <source>Premium</source>
        <extracomment>grades offered at intake (typed ones are accepted too)</extracomment>
        <translation>Premium</translation>
    </message>
    <message>
        <source>Grade 1</source>
        <translation>Grade 1</translation>
    </message>
    <message>
        <source>Grade 2</source>
        <translation>Grade 2</translation>
    </message>
    <message>
        <source>Grade 3</source>
        <translation>Grade 3</translation>
    </message>
    <message>
        <source>Ungraded</source>
        <translation>Ungraded</translation>
    </message>
    <message>
        <source>Crisp plums (脆李)</source>
        <extracomment>products offered at intake: the county&apos;s usual produce (typed ones are accepted too)</extracomment>
        <translation>Crisp plums (脆李)</translation>
    </message>
    <message>
        <source>Citrus (柑橘)</source>
        <translation>Citrus (柑橘)</translation>
    </message>
    <message>
        <source>Zhacai (榨菜)</source>
        <translation>Zhacai (榨菜)</translation>
    </message>
    <message>
        <source>Sichuan pepper (花椒)</source>
        <translation>Sichuan pepper (花椒)</translation>
    </message>
    <message>
        <source>Chinese herbs (中药材)</source>
        <translation>Chinese herbs (中药材)</translation>
    </message>
    <message>
        <source>Lemons (柠檬)</source>
        <translation>Lemons (柠檬)</translation>
    </message>
</context>
<context>
    <name>ConsignmentPage</name>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Settle and pay</source>
        <translation>Settle and pay</translation>
    </message>
    <message>
        <source>Farmers</source>
        <translation>Farmers</translation>
    </message>
</context>
<context>
    <name>FarmerPicker</name>
    <message>
        <source>Phone tail, name or F-number</source>
        <translation>Phone tail, name or F-number</translation>
    </message>
</context>
<context>
    <name>FarmersScreen</name>
    <message>
        <source>Find: last 4 digits of the phone, name, village or F-number</source>
        <translation>Find: last 4 digits of the phone, name, village or F-number</translation>
    </message>
    <message>
        <source>Farmer</source>
        <translation>Farmer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>Resident ID</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Payout</translation>
    </message>
    <message>
        <source>Full 11-digit mobile number</source>
        <translation>Full 11-digit mobile number</translation>
    </message>
    <message>
        <source>Optional: stored masked only</source>
        <translation>Optional: stored masked only</translation>
    </message>
    <message>
        <source>Last 4 digits of the bank card</source>
        <translation>Last 4 digits of the bank card</translation>
    </message>
    <message>
        <source>Register farmer (F9)</source>
        <translation>Register farmer (F9)</translation>
    </message>
    <message>
        <source>Register a farmer once; find them next time by the phone&apos;s last four digits</source>
        <translation>Register a farmer once; find them next time by the phone&apos;s last four digits</translation>
    </message>
    <message>
        <source>New farmer</source>
        <translation>New farmer</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Farmer {code} registered</source>
        <translation>Farmer {code} registered</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Press a big button to start.

Scan each parcel with the scanner.

Press Back (or Esc) to return.

Ask the clerk if anything is unclear.</source>
        <translation>Press a big button to start.

Scan each parcel with the scanner.

Press Back (or Esc) to return.

Ask the clerk if anything is unclear.</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <source>e.g. 25.5</source>
        <translation>e.g. 25.5</translation>
    </message>
    <message>
        <source>yuan per kg</source>
        <translation>yuan per kg</translation>
    </message>
    <message>
        <source>Agreed price (sell at exactly this price)</source>
        <translation>Agreed price (sell at exactly this price)</translation>
    </message>
    <message>
        <source>Promise-of-compliance certificate (承诺达标合格证)</source>
        <translation>Promise-of-compliance certificate (承诺达标合格证)</translation>
    </message>
    <message>
        <source>Take in + print receipt (F9)</source>
        <translation>Take in + print receipt (F9)</translation>
    </message>
    <message>
        <source>Choose the farmer and weigh the produce</source>
        <translation>Choose the farmer and weigh the produce</translation>
    </message>
    <message>
        <source>Lots taken in lately</source>
        <translation>Lots taken in lately</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>Produce</translation>
    </message>
    <message>
        <source>Farmer</source>
        <translation>Farmer</translation>
    </message>
    <message>
        <source>Variety</source>
        <translation>Variety</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>Return by</translation>
    </message>
    <message>
        <source>Commission %</source>
        <translation>Commission %</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producer</translation>
    </message>
    <message>
        <source>Promise basis</source>
        <translation>Promise basis</translation>
    </message>
    <message>
        <source>e.g. 40</source>
        <translation>e.g. 40</translation>
    </message>
    <message>
        <source>yuan per piece</source>
        <translation>yuan per piece</translation>
    </message>
    <message>
        <source>Taken in: {product} {qty}</source>
        <translation>Taken in: {product} {qty}</translation>
    </message>
    <message>
        <source>receipt {printed}</source>
        <translation>receipt {printed}</translation>
    </message>
    <message>
        <source>Lot {code} taken in</source>
        <translation>Lot {code} taken in</translation>
    </message>
    <message>
        <source>Not taken in</source>
        <translation>Not taken in</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Youyuntong Station</source>
        <translation>Youyuntong Station</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation>Who is signing in?</translation>
    </message>
    <message>
        <source>Keyboard: ↑/↓ choose the user · type the PIN · Enter signs in · Esc clears</source>
        <translation>Keyboard: ↑/↓ choose the user · type the PIN · Enter signs in · Esc clears</translation>
    </message>
    <message>
        <source>PIN for {name}</source>
        <translation>PIN for {name}</translation>
    </message>
    <message>
        <source>Type all 6 digits of the PIN</source>
        <translation>Type all 6 digits of the PIN</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>LotTable</name>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Farmer</source>
        <translation>Farmer</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>Taken in</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>Return by</translation>
    </message>
</context>
<context>
    <name>LotsScreen</name>
    <message>
        <source>Scan or type a lot number</source>
        <translation>Scan or type a lot number</translation>
    </message>
    <message>
        <source>Only lots with produce left</source>
        <translation>Only lots with produce left</translation>
    </message>
    <message>
        <source>Choose a lot, or scan its receipt</source>
        <translation>Choose a lot, or scan its receipt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Why the sale is reversed</source>
        <translation>Why the sale is reversed</translation>
    </message>
    <message>
        <source>Reverse the chosen sale</source>
        <translation>Reverse the chosen sale</translation>
    </message>
    <message>
        <source>Sell + print receipt (F9)</source>
        <translation>Sell + print receipt (F9)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Sell</translation>
    </message>
    <message>
        <source>g</source>
        <comment>grams</comment>
        <translation>g</translation>
    </message>
    <message>
        <source>Buyer pays cash now</source>
        <translation>Buyer pays cash now</translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation>Paid online</translation>
    </message>
    <message>
        <source>Online order number</source>
        <translation>Online order number</translation>
    </message>
    <message>
        <source>Ship + print label (F9)</source>
        <translation>Ship + print label (F9)</translation>
    </message>
    <message>
        <source>To (name, phone)</source>
        <translation>To (name, phone)</translation>
    </message>
    <message>
        <source>Province, address</source>
        <translation>Province, address</translation>
    </message>
    <message>
        <source>Parcel weight</source>
        <translation>Parcel weight</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>Ship</translation>
    </message>
    <message>
        <source>e.g. crushed, rotten, lost</source>
        <translation>e.g. crushed, rotten, lost</translation>
    </message>
    <message>
        <source>Record loss (F9)</source>
        <translation>Record loss (F9)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Spoil</source>
        <translation>Spoil</translation>
    </message>
    <message>
        <source>Empty: everything left</source>
        <translation>Empty: everything left</translation>
    </message>
    <message>
        <source>Give back to the farmer (F9)</source>
        <translation>Give back to the farmer (F9)</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Lot {code}: {left} left</source>
        <translation>Lot {code}: {left} left</translation>
    </message>
    <message>
        <source>No lot chosen</source>
        <translation>No lot chosen</translation>
    </message>
    <message>
        <source>Farmer {farmer} · {kind} {price} · commission {rate} · taken in {qty} · left {left} · return by {date}</source>
        <translation>Farmer {farmer} · {kind} {price} · commission {rate} · taken in {qty} · left {left} · return by {date}</translation>
    </message>
    <message>
        <source>¥{gross}  (farmer&apos;s share ¥{share})</source>
        <translation>¥{gross}  (farmer&apos;s share ¥{share})</translation>
    </message>
    <message>
        <source>Sold {qty} · ¥{amount}</source>
        <translation>Sold {qty} · ¥{amount}</translation>
    </message>
    <message>
        <source>receipt {printed}</source>
        <translation>receipt {printed}</translation>
    </message>
    <message>
        <source>Shipped {qty} · postage ¥{postage} on the farmer&apos;s statement</source>
        <translation>Shipped {qty} · postage ¥{postage} on the farmer&apos;s statement</translation>
    </message>
    <message>
        <source>{waybill} · label {printed}</source>
        <translation>{waybill} · label {printed}</translation>
    </message>
    <message>
        <source>Loss recorded: {qty}</source>
        <translation>Loss recorded: {qty}</translation>
    </message>
    <message>
        <source>Given back to the farmer: {qty}</source>
        <translation>Given back to the farmer: {qty}</translation>
    </message>
    <message>
        <source>Sale reversed: ¥{amount} back to the buyer</source>
        <translation>Sale reversed: ¥{amount} back to the buyer</translation>
    </message>
    <message>
        <source>{code}: {left} left</source>
        <translation>{code}: {left} left</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>MyRoundPage</name>
    <message>
        <source>Code or last 4 digits of the phone</source>
        <translation>Code or last 4 digits of the phone</translation>
    </message>
    <message>
        <source>F5  Start</source>
        <translation>F5  Start</translation>
    </message>
    <message>
        <source>F2  Delivered</source>
        <translation>F2  Delivered</translation>
    </message>
    <message>
        <source>F3  Back</source>
        <translation>F3  Back</translation>
    </message>
    <message>
        <source>F4  Close</source>
        <translation>F4  Close</translation>
    </message>
    <message>
        <source>No round open</source>
        <translation>No round open</translation>
    </message>
    <message>
        <source>Scan a parcel to take it out, or F5 to start</source>
        <translation>Scan a parcel to take it out, or F5 to start</translation>
    </message>
    <message>
        <source>Round {n}: {out} to go · {delivered} delivered · {back} back</source>
        <translation>Round {n}: {out} to go · {delivered} delivered · {back} back</translation>
    </message>
    <message>
        <source>At the door: scan the parcel, ask for the pickup code, then F2</source>
        <translation>At the door: scan the parcel, ask for the pickup code, then F2</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Ask for the code or phone tail, then F2</source>
        <translation>Ask for the code or phone tail, then F2</translation>
    </message>
    <message>
        <source>Taken out</source>
        <translation>Taken out</translation>
    </message>
    <message>
        <source>Round {n} started</source>
        <translation>Round {n} started</translation>
    </message>
    <message>
        <source>Type the code or the last 4 digits</source>
        <translation>Type the code or the last 4 digits</translation>
    </message>
    <message>
        <source>Not on this round</source>
        <translation>Not on this round</translation>
    </message>
    <message>
        <source>No parcel still out matches {text}</source>
        <translation>No parcel still out matches {text}</translation>
    </message>
    <message>
        <source>Delivered: {n}</source>
        <translation>Delivered: {n}</translation>
    </message>
    <message>
        <source>Scan the parcel first</source>
        <translation>Scan the parcel first</translation>
    </message>
    <message>
        <source>Back on the shelf</source>
        <translation>Back on the shelf</translation>
    </message>
    <message>
        <source>Round {n} closed</source>
        <translation>Round {n} closed</translation>
    </message>
    <message>
        <source>{delivered} delivered · {back} back</source>
        <translation>{delivered} delivered · {back} back</translation>
    </message>
</context>
<context>
    <name>NotAvailablePage</name>
    <message>
        <source>{module} is not available yet</source>
        <translation>{module} is not available yet</translation>
    </message>
    <message>
        <source>This screen could not be loaded: {error}</source>
        <translation>This screen could not be loaded: {error}</translation>
    </message>
</context>
<context>
    <name>OverdueScreen</name>
    <message>
        <source>Not collected in time</source>
        <translation>Not collected in time</translation>
    </message>
    <message>
        <source>Refused by the recipient</source>
        <translation>Refused by the recipient</translation>
    </message>
    <message>
        <source>Recipient unknown</source>
        <translation>Recipient unknown</translation>
    </message>
    <message>
        <source>Re-notify ticked (Ctrl+R)</source>
        <translation>Re-notify ticked (Ctrl+R)</translation>
    </message>
    <message>
        <source>Re-notify all overdue (Ctrl+Shift+R)</source>
        <translation>Re-notify all overdue (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Return ticked to sender (F8)</source>
        <translation>Return ticked to sender (F8)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>{n} parcel(s) on the shelf for {days} days or more</source>
        <translation>{n} parcel(s) on the shelf for {days} days or more</translation>
    </message>
    <message>
        <source>Tick at least one parcel</source>
        <translation>Tick at least one parcel</translation>
    </message>
    <message>
        <source>Nothing is overdue: no reminder sent</source>
        <translation>Nothing is overdue: no reminder sent</translation>
    </message>
    <message>
        <source>Reminder queued for {n} parcel(s)</source>
        <translation>Reminder queued for {n} parcel(s)</translation>
    </message>
    <message>
        <source>Return to sender</source>
        <translation>Return to sender</translation>
    </message>
    <message>
        <source>Return {n} parcel(s) to the sender (reason: {reason})? This cannot be undone.</source>
        <translation>Return {n} parcel(s) to the sender (reason: {reason})? This cannot be undone.</translation>
    </message>
    <message>
        <source>Returned to sender: {n}</source>
        <translation>Returned to sender: {n}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>ParcelDocuments</name>
    <message>
        <source>Delivery round sheet</source>
        <translation>Delivery round sheet</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>Pickup code</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Recipient signs</source>
        <translation>Recipient signs</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Parcels not delivered come back to the station the same day.</source>
        <translation>Parcels not delivered come back to the station the same day.</translation>
    </message>
    <message>
        <source>Farm produce</source>
        <translation>Farm produce</translation>
    </message>
    <message>
        <source>Youyuntong station post</source>
        <translation>Youyuntong station post</translation>
    </message>
    <message>
        <source>Collection manifest</source>
        <translation>Collection manifest</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>Waybill</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>Weight (g)</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>Postage</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>Produce</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Courier</translation>
    </message>
    <message>
        <source>Total weight (g)</source>
        <translation>Total weight (g)</translation>
    </message>
    <message>
        <source>Postage total</source>
        <translation>Postage total</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>ParcelTable</name>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>Pickup code</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
</context>
<context>
    <name>ParcelWords</name>
    <message>
        <source>On the shelf</source>
        <translation>On the shelf</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Picked up</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>Out for delivery</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>Returned to sender</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Brought back</translation>
    </message>
    <message>
        <source>EMS / China Post</source>
        <translation>EMS / China Post</translation>
    </message>
    <message>
        <source>SF Express</source>
        <translation>SF Express</translation>
    </message>
    <message>
        <source>JD Logistics</source>
        <translation>JD Logistics</translation>
    </message>
    <message>
        <source>YTO</source>
        <translation>YTO</translation>
    </message>
    <message>
        <source>ZTO</source>
        <translation>ZTO</translation>
    </message>
    <message>
        <source>STO</source>
        <translation>STO</translation>
    </message>
    <message>
        <source>Yunda</source>
        <translation>Yunda</translation>
    </message>
    <message>
        <source>J&amp;T</source>
        <translation>J&amp;T</translation>
    </message>
    <message>
        <source>Unknown carrier</source>
        <translation>Unknown carrier</translation>
    </message>
    <message>
        <source>Citrus</source>
        <translation>Citrus</translation>
    </message>
    <message>
        <source>Chinese herbs</source>
        <translation>Chinese herbs</translation>
    </message>
    <message>
        <source>Crisp plums</source>
        <translation>Crisp plums</translation>
    </message>
    <message>
        <source>Zhacai</source>
        <translation>Zhacai</translation>
    </message>
    <message>
        <source>Sichuan pepper</source>
        <translation>Sichuan pepper</translation>
    </message>
    <message>
        <source>Other produce</source>
        <translation>Other produce</translation>
    </message>
</context>
<context>
    <name>ParcelsPage</name>
    <message>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>Pick up</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>Stock-take</translation>
    </message>
    <message>
        <source>Shelves</source>
        <translation>Shelves</translation>
    </message>
</context>
<context>
    <name>PickupScreen</name>
    <message>
        <source>Pickup code (A-3-0127), last 4 digits of the phone, or scan the parcel</source>
        <translation>Pickup code (A-3-0127), last 4 digits of the phone, or scan the parcel</translation>
    </message>
    <message>
        <source>Find (Enter)</source>
        <translation>Find (Enter)</translation>
    </message>
    <message>
        <source>Ask for the pickup code or the last four digits of the phone</source>
        <translation>Ask for the pickup code or the last four digits of the phone</translation>
    </message>
    <message>
        <source>Someone collects for the recipient (F6)</source>
        <translation>Someone collects for the recipient (F6)</translation>
    </message>
    <message>
        <source>Proxy&apos;s name</source>
        <translation>Proxy&apos;s name</translation>
    </message>
    <message>
        <source>Proxy&apos;s full phone number</source>
        <translation>Proxy&apos;s full phone number</translation>
    </message>
    <message>
        <source>Hand over (F9)</source>
        <translation>Hand over (F9)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Parcels for {n} different phones end in {tail}: untick the ones that are not theirs</source>
        <translation>Parcels for {n} different phones end in {tail}: untick the ones that are not theirs</translation>
    </message>
    <message>
        <source>{phone} {name} · untick any parcel not handed over, then F9</source>
        <translation>{phone} {name} · untick any parcel not handed over, then F9</translation>
    </message>
    <message>
        <source>{n} parcel(s) to hand over</source>
        <translation>{n} parcel(s) to hand over</translation>
    </message>
    <message>
        <source>Found {n} parcel(s)</source>
        <translation>Found {n} parcel(s)</translation>
    </message>
    <message>
        <source>Already handed over</source>
        <translation>Already handed over</translation>
    </message>
    <message>
        <source>Not on the shelf</source>
        <translation>Not on the shelf</translation>
    </message>
    <message>
        <source>Nothing to hand over</source>
        <translation>Nothing to hand over</translation>
    </message>
    <message>
        <source>Look the parcels up first</source>
        <translation>Look the parcels up first</translation>
    </message>
    <message>
        <source>Tick at least one parcel</source>
        <translation>Tick at least one parcel</translation>
    </message>
    <message>
        <source>Handed over by {who}</source>
        <translation>Handed over by {who}</translation>
    </message>
    <message>
        <source>collected by {name} {phone}</source>
        <translation>collected by {name} {phone}</translation>
    </message>
    <message>
        <source>Handed over: {n} parcel(s)</source>
        <translation>Handed over: {n} parcel(s)</translation>
    </message>
    <message>
        <source>Handed over {n} parcel(s)</source>
        <translation>Handed over {n} parcel(s)</translation>
    </message>
    <message>
        <source>Proxy details needed</source>
        <translation>Proxy details needed</translation>
    </message>
    <message>
        <source>Not handed over</source>
        <translation>Not handed over</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Delete one digit</source>
        <translation>Delete one digit</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Save as PDF (prints folder)</source>
        <translation>Save as PDF (prints folder)</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (not connected)</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>Postage</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>PENDING CONFIRMATION
The platform has not confirmed this payment yet. Keep this receipt.</source>
        <translation>PENDING CONFIRMATION
The platform has not confirmed this payment yet. Keep this receipt.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Page {page} / {count}</source>
        <translation>Page {page} / {count}</translation>
    </message>
</context>
<context>
    <name>RoundsScreen</name>
    <message>
        <source>Start a round (Ctrl+N)</source>
        <translation>Start a round (Ctrl+N)</translation>
    </message>
    <message>
        <source>Choose a round, then scan parcels to take them out</source>
        <translation>Choose a round, then scan parcels to take them out</translation>
    </message>
    <message>
        <source>Recipient&apos;s pickup code or phone tail</source>
        <translation>Recipient&apos;s pickup code or phone tail</translation>
    </message>
    <message>
        <source>Delivered (F2)</source>
        <translation>Delivered (F2)</translation>
    </message>
    <message>
        <source>Back on the shelf (F3)</source>
        <translation>Back on the shelf (F3)</translation>
    </message>
    <message>
        <source>Close the round (F4)</source>
        <translation>Close the round (F4)</translation>
    </message>
    <message>
        <source>Print round sheet (Ctrl+P)</source>
        <translation>Print round sheet (Ctrl+P)</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>#{n} {who} · open · {out} out</source>
        <translation>#{n} {who} · open · {out} out</translation>
    </message>
    <message>
        <source>#{n} {who} · closed</source>
        <translation>#{n} {who} · closed</translation>
    </message>
    <message>
        <source>No round chosen</source>
        <translation>No round chosen</translation>
    </message>
    <message>
        <source>Round #{n} · {who} · {out} out · {delivered} delivered · {back} back</source>
        <translation>Round #{n} · {who} · {out} out · {delivered} delivered · {back} back</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>No carrier to start a round for: add a carrier user first</source>
        <translation>No carrier to start a round for: add a carrier user first</translation>
    </message>
    <message>
        <source>Round #{n} started: scan the parcels to take out</source>
        <translation>Round #{n} started: scan the parcels to take out</translation>
    </message>
    <message>
        <source>Choose an open round or start one first</source>
        <translation>Choose an open round or start one first</translation>
    </message>
    <message>
        <source>Taken out: {tracking}</source>
        <translation>Taken out: {tracking}</translation>
    </message>
    <message>
        <source>Choose the parcel in the list first</source>
        <translation>Choose the parcel in the list first</translation>
    </message>
    <message>
        <source>Type the recipient&apos;s pickup code or phone tail</source>
        <translation>Type the recipient&apos;s pickup code or phone tail</translation>
    </message>
    <message>
        <source>Delivered: {tracking}</source>
        <translation>Delivered: {tracking}</translation>
    </message>
    <message>
        <source>Back on the shelf: {tracking}</source>
        <translation>Back on the shelf: {tracking}</translation>
    </message>
    <message>
        <source>Round #{n} closed</source>
        <translation>Round #{n} closed</translation>
    </message>
    <message>
        <source>Choose a round first</source>
        <translation>Choose a round first</translation>
    </message>
    <message>
        <source>Round sheet saved: {path}</source>
        <translation>Round sheet saved: {path}</translation>
    </message>
    <message>
        <source>Round sheet sent to the printer</source>
        <translation>Round sheet sent to the printer</translation>
    </message>
</context>
<context>
    <name>SendScreen</name>
    <message>
        <source>g</source>
        <comment>grams</comment>
        <translation>g</translation>
    </message>
    <message>
        <source>Farm produce</source>
        <translation>Farm produce</translation>
    </message>
    <message>
        <source>The sender confirms: no prohibited items</source>
        <translation>The sender confirms: no prohibited items</translation>
    </message>
    <message>
        <source>Prohibited: {words}</source>
        <translation>Prohibited: {words}</translation>
    </message>
    <message>
        <source>Accept and print label (F9)</source>
        <translation>Accept and print label (F9)</translation>
    </message>
    <message>
        <source>Fill in the form; the price follows the weight and province</source>
        <translation>Fill in the form; the price follows the weight and province</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>Waybill</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>Weight (g)</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>Postage</translation>
    </message>
    <message>
        <source>Courier&apos;s name</source>
        <translation>Courier&apos;s name</translation>
    </message>
    <message>
        <source>Hand over + print manifest (Ctrl+M)</source>
        <translation>Hand over + print manifest (Ctrl+M)</translation>
    </message>
    <message>
        <source>Sender (real name)</source>
        <translation>Sender (real name)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>Resident ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Parcel</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Waiting for the courier: {n}</source>
        <translation>Waiting for the courier: {n}</translation>
    </message>
    <message>
        <source>¥ {price}  (zone {zone})</source>
        <translation>¥ {price}  (zone {zone})</translation>
    </message>
    <message>
        <source>label saved: {path}</source>
        <translation>label saved: {path}</translation>
    </message>
    <message>
        <source>label sent to the printer</source>
        <translation>label sent to the printer</translation>
    </message>
    <message>
        <source>Accepted · ¥ {price}</source>
        <translation>Accepted · ¥ {price}</translation>
    </message>
    <message>
        <source>Waybill {waybill} accepted</source>
        <translation>Waybill {waybill} accepted</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>manifest saved: {path}</source>
        <translation>manifest saved: {path}</translation>
    </message>
    <message>
        <source>manifest sent to the printer</source>
        <translation>manifest sent to the printer</translation>
    </message>
    <message>
        <source>Manifest {n}: {count} parcel(s) to the courier</source>
        <translation>Manifest {n}: {count} parcel(s) to the courier</translation>
    </message>
    <message>
        <source>Manifest {n} handed over</source>
        <translation>Manifest {n} handed over</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Large font for everyone</source>
        <translation>Large font for everyone</translation>
    </message>
    <message>
        <source>Lock after idle minutes (0 = never)</source>
        <translation>Lock after idle minutes (0 = never)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Receipt paper width (mm)</source>
        <translation>Receipt paper width (mm)</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Parcel overdue after days</source>
        <translation>Parcel overdue after days</translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation>Daily backups to keep</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Only an administrator can change settings.</source>
        <translation>Only an administrator can change settings.</translation>
    </message>
    <message>
        <source>The language changes at the next sign-in.</source>
        <translation>The language changes at the next sign-in.</translation>
    </message>
    <message>
        <source>No printer: save PDF files in the data folder</source>
        <translation>No printer: save PDF files in the data folder</translation>
    </message>
    <message>
        <source>{name} (not found)</source>
        <translation>{name} (not found)</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Nothing to save</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Settings saved</translation>
    </message>
</context>
<context>
    <name>SettleScreen</name>
    <message>
        <source>Farmer</source>
        <translation>Farmer</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>Postage</translation>
    </message>
    <message>
        <source>Make statement (F9)</source>
        <translation>Make statement (F9)</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>To pay</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Second user&apos;s PIN</source>
        <translation>Second user&apos;s PIN</translation>
    </message>
    <message>
        <source>Pay the farmer (F10)</source>
        <translation>Pay the farmer (F10)</translation>
    </message>
    <message>
        <source>Print A4 (Ctrl+P)</source>
        <translation>Print A4 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print 80 mm (Ctrl+R)</source>
        <translation>Print 80 mm (Ctrl+R)</translation>
    </message>
    <message>
        <source>Choose a farmer to see what is waiting to be settled</source>
        <translation>Choose a farmer to see what is waiting to be settled</translation>
    </message>
    <message>
        <source>Waiting to be settled</source>
        <translation>Waiting to be settled</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Statements</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>No farmer chosen</source>
        <translation>No farmer chosen</translation>
    </message>
    <message>
        <source>Not settled yet ({n})</source>
        <translation>Not settled yet ({n})</translation>
    </message>
    <message>
        <source>{farmer}: not settled yet</source>
        <translation>{farmer}: not settled yet</translation>
    </message>
    <message>
        <source>{farmer}: statement {code}, made {when}</source>
        <translation>{farmer}: statement {code}, made {when}</translation>
    </message>
    <message>
        <source>Gross ¥{gross} − commission ¥{commission} − postage ¥{postage} = net ¥{net}</source>
        <translation>Gross ¥{gross} − commission ¥{commission} − postage ¥{postage} = net ¥{net}</translation>
    </message>
    <message>
        <source>owed from before ¥{owed}</source>
        <translation>owed from before ¥{owed}</translation>
    </message>
    <message>
        <source>to pay ¥{payable}</source>
        <translation>to pay ¥{payable}</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>not paid</translation>
    </message>
    <message>
        <source>{code}: to pay the farmer</source>
        <translation>{code}: to pay the farmer</translation>
    </message>
    <message>
        <source>{code}: paid {when}</source>
        <translation>{code}: paid {when}</translation>
    </message>
    <message>
        <source>Statement {code} made</source>
        <translation>Statement {code} made</translation>
    </message>
    <message>
        <source>Paid ¥{amount} to {farmer}</source>
        <translation>Paid ¥{amount} to {farmer}</translation>
    </message>
    <message>
        <source>{code}: paid — have the farmer sign</source>
        <translation>{code}: paid — have the farmer sign</translation>
    </message>
    <message>
        <source>statement {printed}</source>
        <translation>statement {printed}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>ShellPage</name>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Lock ({key})</source>
        <translation>Lock ({key})</translation>
    </message>
</context>
<context>
    <name>ShelvesScreen</name>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>On the shelf</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Parcels per layer</source>
        <translation>Parcels per layer</translation>
    </message>
    <message>
        <source>Add a shelf (Ctrl+N)</source>
        <translation>Add a shelf (Ctrl+N)</translation>
    </message>
    <message>
        <source>Remove the chosen shelf (Ctrl+Del)</source>
        <translation>Remove the chosen shelf (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Save layout (Ctrl+S)</source>
        <translation>Save layout (Ctrl+S)</translation>
    </message>
    <message>
        <source>Layers 1–9, 1–999 parcels each. Parcels on a removed layer keep their place.</source>
        <translation>Layers 1–9, 1–999 parcels each. Parcels on a removed layer keep their place.</translation>
    </message>
    <message>
        <source>Only an administrator can change the shelves.</source>
        <translation>Only an administrator can change the shelves.</translation>
    </message>
    <message>
        <source>Changes not saved yet: Ctrl+S saves them</source>
        <translation>Changes not saved yet: Ctrl+S saves them</translation>
    </message>
    <message>
        <source>How full each layer is</source>
        <translation>How full each layer is</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <source>Shelves saved: {n}</source>
        <translation>Shelves saved: {n}</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Youyuntong Station</source>
        <translation>Youyuntong Station</translation>
    </message>
    <message>
        <source>This screen does not take scans</source>
        <translation>This screen does not take scans</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} d</translation>
    </message>
    <message>
        <source>Platform: not contacted yet</source>
        <translation>Platform: not contacted yet</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Pending changes: …</source>
        <translation>Pending changes: …</translation>
    </message>
    <message>
        <source>Pending changes: {n}</source>
        <translation>Pending changes: {n}</translation>
    </message>
    <message>
        <source>(oldest {age})</source>
        <translation>(oldest {age})</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Last sync: never</translation>
    </message>
    <message>
        <source>Changes older than a day are waiting for the platform</source>
        <translation>Changes older than a day are waiting for the platform</translation>
    </message>
</context>
<context>
    <name>StocktakeScreen</name>
    <message>
        <source>Start a stock-take (Ctrl+N)</source>
        <translation>Start a stock-take (Ctrl+N)</translation>
    </message>
    <message>
        <source>Finish and compare (F10)</source>
        <translation>Finish and compare (F10)</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>Pickup code</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <source>All shelves</source>
        <translation>All shelves</translation>
    </message>
    <message>
        <source>all shelves</source>
        <translation>all shelves</translation>
    </message>
    <message>
        <source>Stock-take of {where} open: {n} scanned. Scan every parcel on the shelf.</source>
        <translation>Stock-take of {where} open: {n} scanned. Scan every parcel on the shelf.</translation>
    </message>
    <message>
        <source>No stock-take open</source>
        <translation>No stock-take open</translation>
    </message>
    <message>
        <source>Missing: {n}</source>
        <translation>Missing: {n}</translation>
    </message>
    <message>
        <source>Unexpected: {n}</source>
        <translation>Unexpected: {n}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Stock-take started: scan every parcel</source>
        <translation>Stock-take started: scan every parcel</translation>
    </message>
    <message>
        <source>Stock-take started</source>
        <translation>Stock-take started</translation>
    </message>
    <message>
        <source>Start a stock-take first (Ctrl+N)</source>
        <translation>Start a stock-take first (Ctrl+N)</translation>
    </message>
    <message>
        <source>Already scanned</source>
        <translation>Already scanned</translation>
    </message>
    <message>
        <source>{tracking} was already scanned</source>
        <translation>{tracking} was already scanned</translation>
    </message>
    <message>
        <source>Unknown parcel</source>
        <translation>Unknown parcel</translation>
    </message>
    <message>
        <source>The station never checked this number in</source>
        <translation>The station never checked this number in</translation>
    </message>
    <message>
        <source>{tracking}: unknown to this station</source>
        <translation>{tracking}: unknown to this station</translation>
    </message>
    <message>
        <source>{n} scanned</source>
        <translation>{n} scanned</translation>
    </message>
    <message>
        <source>Stock-take finished: {expected} expected, {scanned} scanned</source>
        <translation>Stock-take finished: {expected} expected, {scanned} scanned</translation>
    </message>
    <message>
        <source>{missing} missing · {unexpected} unexpected</source>
        <translation>{missing} missing · {unexpected} unexpected</translation>
    </message>
    <message>
        <source>Stock-take finished: {missing} missing, {unexpected} unexpected</source>
        <translation>Stock-take finished: {missing} missing, {unexpected} unexpected</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>not checked yet ({key})</source>
        <translation>not checked yet ({key})</translation>
    </message>
    <message>
        <source>Changes waiting for the platform</source>
        <translation>Changes waiting for the platform</translation>
    </message>
    <message>
        <source>Oldest waiting change</source>
        <translation>Oldest waiting change</translation>
    </message>
    <message>
        <source>Acknowledged by the platform up to</source>
        <translation>Acknowledged by the platform up to</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Last run</translation>
    </message>
    <message>
        <source>Records the platform refused</source>
        <translation>Records the platform refused</translation>
    </message>
    <message>
        <source>Counts against the platform</source>
        <translation>Counts against the platform</translation>
    </message>
    <message>
        <source>Check against the platform ({key})</source>
        <translation>Check against the platform ({key})</translation>
    </message>
    <message>
        <source>Sync now ({key})</source>
        <translation>Sync now ({key})</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>This station</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Recent runs</translation>
    </message>
    <message>
        <source>Refused records</source>
        <translation>Refused records</translation>
    </message>
    <message>
        <source>Counts by kind</source>
        <translation>Counts by kind</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>timer</source>
        <translation>timer</translation>
    </message>
    <message>
        <source>after new records</source>
        <translation>after new records</translation>
    </message>
    <message>
        <source>link back</source>
        <translation>link back</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>USB bundle</source>
        <translation>USB bundle</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>platform unreachable</source>
        <translation>platform unreachable</translation>
    </message>
    <message>
        <source>transfer stalled</source>
        <translation>transfer stalled</translation>
    </message>
    <message>
        <source>not accepted (token)</source>
        <translation>not accepted (token)</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>protocol error</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>internal error</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>busy</translation>
    </message>
    <message>
        <source>{when} ({age})</source>
        <translation>{when} ({age})</translation>
    </message>
    <message>
        <source>nothing is waiting</source>
        <translation>nothing is waiting</translation>
    </message>
    <message>
        <source>change no. {seq}</source>
        <translation>change no. {seq}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>{when}: {result}, {pushed} sent, {pulled} received</source>
        <translation>{when}: {result}, {pushed} sent, {pulled} received</translation>
    </message>
    <message>
        <source>asking the platform…</source>
        <translation>asking the platform…</translation>
    </message>
    <message>
        <source>the platform holds exactly this station&apos;s records (up to change no. {seq})</source>
        <translation>the platform holds exactly this station&apos;s records (up to change no. {seq})</translation>
    </message>
    <message>
        <source>not comparable yet: the platform has changes up to no. {hub}, this station&apos;s mark is no. {mine} — sync first</source>
        <translation>not comparable yet: the platform has changes up to no. {hub}, this station&apos;s mark is no. {mine} — sync first</translation>
    </message>
    <message>
        <source>{n} kinds of record differ: see Counts by kind</source>
        <translation>{n} kinds of record differ: see Counts by kind</translation>
    </message>
    <message>
        <source>Not enrolled yet: an administrator enrols the station with the code from the town office (python -m app enroll)</source>
        <translation>Not enrolled yet: an administrator enrols the station with the code from the town office (python -m app enroll)</translation>
    </message>
    <message>
        <source>(this computer&apos;s clock is off by {n} s)</source>
        <translation>(this computer&apos;s clock is off by {n} s)</translation>
    </message>
    <message>
        <source>OK: {pushed} sent, {pulled} received</source>
        <translation>OK: {pushed} sent, {pulled} received</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>A sync is running, or the station is not enrolled</source>
        <translation>A sync is running, or the station is not enrolled</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Station</source>
        <extracomment>Parcel statuses shown, in this order (others are summed under &quot;other&quot;).</extracomment>
        <translation>Station</translation>
    </message>
    <message>
        <source>Operations recorded today</source>
        <translation>Operations recorded today</translation>
    </message>
    <message>
        <source>Changes waiting for the platform</source>
        <translation>Changes waiting for the platform</translation>
    </message>
    <message>
        <source>Parcels in the station</source>
        <translation>Parcels in the station</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Signed in: {name} ({role})</translation>
    </message>
    <message>
        <source>Oldest waiting: {age}</source>
        <translation>Oldest waiting: {age}</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Last sync: {when}</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Last sync: never</translation>
    </message>
    <message>
        <source>in station: {n}</source>
        <translation>in station: {n}</translation>
    </message>
    <message>
        <source>out for delivery: {n}</source>
        <translation>out for delivery: {n}</translation>
    </message>
    <message>
        <source>picked up: {n}</source>
        <translation>picked up: {n}</translation>
    </message>
    <message>
        <source>returned: {n}</source>
        <translation>returned: {n}</translation>
    </message>
    <message>
        <source>sent: {n}</source>
        <translation>sent: {n}</translation>
    </message>
    <message>
        <source>checked in today: {n}</source>
        <translation>checked in today: {n}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>&apos;{text}&apos; is not an amount: use yuan with at most two decimals, like 12.50</source>
        <translation>&apos;{text}&apos; is not an amount: use yuan with at most two decimals, like 12.50</translation>
    </message>
    <message>
        <source>The amount must be more than zero</source>
        <translation>The amount must be more than zero</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: use YYYY-MM-DD, like 2026-06-01</source>
        <translation>&apos;{text}&apos; is not a date: use YYYY-MM-DD, like 2026-06-01</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month: use YYYY-MM, like 2026-06</source>
        <translation>&apos;{text}&apos; is not a month: use YYYY-MM, like 2026-06</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a mobile number (11 digits, or masked like 138****1234)</source>
        <translation>&apos;{text}&apos; is not a mobile number (11 digits, or masked like 138****1234)</translation>
    </message>
    <message>
        <source>A full 11-digit mobile number is needed for {field}</source>
        <translation>A full 11-digit mobile number is needed for {field}</translation>
    </message>
    <message>
        <source>Type the last four digits of the phone number</source>
        <translation>Type the last four digits of the phone number</translation>
    </message>
    <message>
        <source>A resident ID has 18 characters: 17 digits and a digit or X</source>
        <translation>A resident ID has 18 characters: 17 digits and a digit or X</translation>
    </message>
    <message>
        <source>The birth date inside this resident ID is not possible</source>
        <translation>The birth date inside this resident ID is not possible</translation>
    </message>
    <message>
        <source>This resident ID&apos;s check digit is wrong: please check the number</source>
        <translation>This resident ID&apos;s check digit is wrong: please check the number</translation>
    </message>
    <message>
        <source>The holder of this resident ID is under 18</source>
        <translation>The holder of this resident ID is under 18</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a tracking number</source>
        <translation>&apos;{text}&apos; is not a tracking number</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; fails the postal check digit: scan it again</source>
        <translation>&apos;{text}&apos; fails the postal check digit: scan it again</translation>
    </message>
    <message>
        <source>Unknown carrier &apos;{text}&apos;</source>
        <translation>Unknown carrier &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>A product barcode has 13 digits</source>
        <translation>A product barcode has 13 digits</translation>
    </message>
    <message>
        <source>Barcode {text} fails its check digit: scan it again</source>
        <translation>Barcode {text} fails its check digit: scan it again</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid user name (lower-case letters, digits, _ . -; starts with a letter)</source>
        <translation>&apos;{text}&apos; is not a valid user name (lower-case letters, digits, _ . -; starts with a letter)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a station code (4 to 16 capital letters and digits)</source>
        <translation>&apos;{text}&apos; is not a station code (4 to 16 capital letters and digits)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a role: use clerk, carrier, supervisor or admin</source>
        <translation>&apos;{text}&apos; is not a role: use clerk, carrier, supervisor or admin</translation>
    </message>
    <message>
        <source>{field} is required</source>
        <translation>{field} is required</translation>
    </message>
    <message>
        <source>{field} is too long (at most {max} characters)</source>
        <translation>{field} is too long (at most {max} characters)</translation>
    </message>
    <message>
        <source>{field} contains characters that cannot be stored</source>
        <translation>{field} contains characters that cannot be stored</translation>
    </message>
    <message>
        <source>A PIN is exactly 6 digits</source>
        <translation>A PIN is exactly 6 digits</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess: avoid repeated or consecutive digits</source>
        <translation>This PIN is too easy to guess: avoid repeated or consecutive digits</translation>
    </message>
    <message>
        <source>No PIN given: set {variable} or run from a terminal</source>
        <translation>No PIN given: set {variable} or run from a terminal</translation>
    </message>
    <message>
        <source>Invalid value for setting {name}</source>
        <translation>Invalid value for setting {name}</translation>
    </message>
    <message>
        <source>Setting {name} must be between {minimum} and {maximum}</source>
        <translation>Setting {name} must be between {minimum} and {maximum}</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the live database</source>
        <translation>A backup cannot overwrite the live database</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file name</source>
        <translation>{path} is a folder, not a file name</translation>
    </message>
    <message>
        <source>That is the live database itself</source>
        <translation>That is the live database itself</translation>
    </message>
    <message>
        <source>{path} is not a station database</source>
        <translation>{path} is not a station database</translation>
    </message>
    <message>
        <source>{path} is damaged (integrity check failed)</source>
        <translation>{path} is damaged (integrity check failed)</translation>
    </message>
    <message>
        <source>{path} is a backup of station {station_code}, not of this station ({this_station})</source>
        <translation>{path} is a backup of station {station_code}, not of this station ({this_station})</translation>
    </message>
    <message>
        <source>No station in {data_dir}: run &apos;init&apos; or &apos;demo&apos; first</source>
        <translation>No station in {data_dir}: run &apos;init&apos; or &apos;demo&apos; first</translation>
    </message>
    <message>
        <source>No user called {username}</source>
        <translation>No user called {username}</translation>
    </message>
    <message>
        <source>No setting called {name}</source>
        <translation>No setting called {name}</translation>
    </message>
    <message>
        <source>No file at {path}</source>
        <translation>No file at {path}</translation>
    </message>
    <message>
        <source>A station already exists in {data_dir}</source>
        <translation>A station already exists in {data_dir}</translation>
    </message>
    <message>
        <source>User {username} already exists</source>
        <translation>User {username} already exists</translation>
    </message>
    <message>
        <source>{username} is the last admin and cannot be disabled</source>
        <translation>{username} is the last admin and cannot be disabled</translation>
    </message>
    <message>
        <source>Interrupted: nothing was changed by the unfinished operation</source>
        <translation>Interrupted: nothing was changed by the unfinished operation</translation>
    </message>
    <message>
        <source>Audit chain broken at entry {entry} ({reason}); {entries} entries verified before it</source>
        <translation>Audit chain broken at entry {entry} ({reason}); {entries} entries verified before it</translation>
    </message>
    <message>
        <source>Finish the current operation before restoring</source>
        <translation>Finish the current operation before restoring</translation>
    </message>
    <message>
        <source>This database was written by a newer version of the app (schema {version}; this app knows up to {supported}). Update the app.</source>
        <translation>This database was written by a newer version of the app (schema {version}; this app knows up to {supported}). Update the app.</translation>
    </message>
    <message>
        <source>This file is not a station database</source>
        <translation>This file is not a station database</translation>
    </message>
    <message>
        <source>No PIN for {username}: set YYT_PIN or run from a terminal</source>
        <translation>No PIN for {username}: set YYT_PIN or run from a terminal</translation>
    </message>
    <message>
        <source>Sign in first (--user)</source>
        <translation>Sign in first (--user)</translation>
    </message>
    <message>
        <source>No active user called {username}</source>
        <translation>No active user called {username}</translation>
    </message>
    <message>
        <source>User {username} is disabled</source>
        <translation>User {username} is disabled</translation>
    </message>
    <message>
        <source>Wrong PIN ({attempts_left} tries left before a 5-minute lock)</source>
        <translation>Wrong PIN ({attempts_left} tries left before a 5-minute lock)</translation>
    </message>
    <message>
        <source>{username} is locked after 5 wrong PINs; try again in {seconds_left} s</source>
        <translation>{username} is locked after 5 wrong PINs; try again in {seconds_left} s</translation>
    </message>
    <message>
        <source>A {role} may not do this ({permission})</source>
        <translation>The {role} role may not do this</translation>
    </message>
    <message>
        <source>Unexpected failure: {detail}</source>
        <translation>Unexpected failure: {detail}</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>This tracking number matches no known carrier: check the carrier</source>
        <translation>This tracking number matches no known carrier: check the carrier</translation>
    </message>
    <message>
        <source>The carrier was guessed from the number: check it</source>
        <translation>The carrier was guessed from the number: check it</translation>
    </message>
    <message>
        <source>{tracking} has no pre-advice: type the recipient&apos;s phone (full or like 138****1234)</source>
        <translation>{tracking} has no pre-advice: type the recipient&apos;s phone (full or like 138****1234)</translation>
    </message>
    <message>
        <source>The shelf layout is not valid: {detail}</source>
        <translation>The shelf layout is not valid: {detail}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a shelf place: use shelf and layer, like A-3</source>
        <translation>&apos;{text}&apos; is not a shelf place: use shelf and layer, like A-3</translation>
    </message>
    <message>
        <source>There is no shelf place {slot}</source>
        <translation>There is no shelf place {slot}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a pickup code (like A-3-0127)</source>
        <translation>&apos;{text}&apos; is not a pickup code (like A-3-0127)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a parcel status: use {allowed}</source>
        <translation>&apos;{text}&apos; is not a parcel status: use {allowed}</translation>
    </message>
    <message>
        <source>For a proxy pickup give both the proxy&apos;s name and full phone number</source>
        <translation>For a proxy pickup give both the proxy&apos;s name and full phone number</translation>
    </message>
    <message>
        <source>Choose parcels by tracking number only together with the phone tail</source>
        <translation>Choose parcels by tracking number only together with the phone tail</translation>
    </message>
    <message>
        <source>Parcel {tracking} is not for a phone ending in {tail}</source>
        <translation>Parcel {tracking} is not for a phone ending in {tail}</translation>
    </message>
    <message>
        <source>Parcels for {phones} different phones end in {tail}: choose the parcels to hand over</source>
        <translation>Parcels for {phones} different phones end in {tail}: choose the parcels to hand over</translation>
    </message>
    <message>
        <source>{username} cannot take a delivery round</source>
        <translation>{username} cannot take a delivery round</translation>
    </message>
    <message>
        <source>Ask the recipient for the pickup code or the last four digits of their phone</source>
        <translation>Ask the recipient for the pickup code or the last four digits of their phone</translation>
    </message>
    <message>
        <source>Weight must be a whole number of grams from 1 to {max}</source>
        <translation>Weight must be a whole number of grams from 1 to {max}</translation>
    </message>
    <message>
        <source>&apos;{province}&apos; is not a province the tariff knows</source>
        <translation>&apos;{province}&apos; is not a province the tariff knows</translation>
    </message>
    <message>
        <source>The sender must confirm the parcel holds no prohibited items</source>
        <translation>The sender must confirm the parcel holds no prohibited items</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; may not be sent by post</source>
        <translation>&apos;{item}&apos; may not be sent by post</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a produce category: use {allowed}</source>
        <translation>&apos;{text}&apos; is not a produce category: use {allowed}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a station waybill number</source>
        <translation>&apos;{text}&apos; is not a station waybill number</translation>
    </message>
    <message>
        <source>Waybill {text} fails its check digit: scan it again</source>
        <translation>Waybill {text} fails its check digit: scan it again</translation>
    </message>
    <message>
        <source>No parcel {tracking} in this station</source>
        <translation>No parcel {tracking} in this station</translation>
    </message>
    <message>
        <source>Pickup code {pickup_code} does not belong to parcel {tracking}</source>
        <translation>Pickup code {pickup_code} does not belong to parcel {tracking}</translation>
    </message>
    <message>
        <source>No parcel has pickup code {pickup_code}</source>
        <translation>No parcel has pickup code {pickup_code}</translation>
    </message>
    <message>
        <source>No parcel waiting for a phone ending in {tail}</source>
        <translation>No parcel waiting for a phone ending in {tail}</translation>
    </message>
    <message>
        <source>No round {round}</source>
        <translation>No round {round}</translation>
    </message>
    <message>
        <source>Parcel {tracking} is not on round {round}</source>
        <translation>Parcel {tracking} is not on round {round}</translation>
    </message>
    <message>
        <source>No stock-take {stocktake}</source>
        <translation>No stock-take {stocktake}</translation>
    </message>
    <message>
        <source>No outbound parcel {waybill}</source>
        <translation>No outbound parcel {waybill}</translation>
    </message>
    <message>
        <source>No manifest number {number}</source>
        <translation>No manifest number {number}</translation>
    </message>
    <message>
        <source>{tracking} is already checked in: code {pickup_code}, place {place} ({status})</source>
        <translation>{tracking} is already checked in: code {pickup_code}, place {place} ({status})</translation>
    </message>
    <message>
        <source>Every shelf layer is full ({capacity} places): clear a shelf or add one in Settings</source>
        <translation>Every shelf layer is full ({capacity} places): clear a shelf or add one in Settings</translation>
    </message>
    <message>
        <source>Shelf place {slot} is full ({capacity} parcels)</source>
        <translation>Shelf place {slot} is full ({capacity} parcels)</translation>
    </message>
    <message>
        <source>No free pickup code left for {slot} today</source>
        <translation>No free pickup code left for {slot} today</translation>
    </message>
    <message>
        <source>{tracking} ({pickup_code}) was already handed over at {at} by {by}</source>
        <translation>{tracking} ({pickup_code}) was already handed over at {at} by {by}</translation>
    </message>
    <message>
        <source>{tracking} ({pickup_code}) is out on a delivery round</source>
        <translation>{tracking} ({pickup_code}) is out on a delivery round</translation>
    </message>
    <message>
        <source>{tracking} is not on the shelf (status: {status})</source>
        <translation>{tracking} is not on the shelf (status: {status})</translation>
    </message>
    <message>
        <source>Round {round} is closed</source>
        <translation>Round {round} is closed</translation>
    </message>
    <message>
        <source>{carrier} already has round {round} open: close it first</source>
        <translation>{carrier} already has round {round} open: close it first</translation>
    </message>
    <message>
        <source>Round {round} cannot close: {unaccounted} parcels are still out ({trackings})</source>
        <translation>Round {round} cannot close: {unaccounted} parcels are still out ({trackings})</translation>
    </message>
    <message>
        <source>{tracking} is already on round {round}</source>
        <translation>{tracking} is already on round {round}</translation>
    </message>
    <message>
        <source>{tracking} is already marked {outcome} on this round</source>
        <translation>{tracking} is already marked {outcome} on this round</translation>
    </message>
    <message>
        <source>A stock-take is already open ({stocktake}): finish it first</source>
        <translation>A stock-take is already open ({stocktake}): finish it first</translation>
    </message>
    <message>
        <source>Stock-take {stocktake} is already finished</source>
        <translation>Stock-take {stocktake} is already finished</translation>
    </message>
    <message>
        <source>No outbound parcel is waiting for the courier</source>
        <translation>No outbound parcel is waiting for the courier</translation>
    </message>
    <message>
        <source>The tariff has no prices for zone {zone}</source>
        <translation>The tariff has no prices for zone {zone}</translation>
    </message>
    <message>
        <source>Round {round} belongs to {carrier}</source>
        <translation>Round {round} belongs to {carrier}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; cannot be printed as a barcode (letters, digits and signs, at most {max_len})</source>
        <translation>&apos;{text}&apos; cannot be printed as a barcode (letters, digits and signs, at most {max_len})</translation>
    </message>
    <message>
        <source>The QR code text is too long ({length} characters, at most {max_len})</source>
        <translation>The QR code text is too long ({length} characters, at most {max_len})</translation>
    </message>
    <message>
        <source>A receipt line must be a field or an item</source>
        <translation>A receipt line must be a field or an item</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a weight in grams</source>
        <translation>&apos;{text}&apos; is not a weight in grams</translation>
    </message>
    <message>
        <source>A sheet needs at least one column</source>
        <translation>A sheet needs at least one column</translation>
    </message>
    <message>
        <source>A sheet row has {got} cells but the sheet has {expected} columns</source>
        <translation>A sheet row has {got} cells but the sheet has {expected} columns</translation>
    </message>
    <message>
        <source>Receipt paper is {choices} mm wide, not {width}</source>
        <translation>Receipt paper is {choices} mm wide, not {width}</translation>
    </message>
    <message>
        <source>Printer &apos;{name}&apos; is not connected: choose another printer or save as PDF</source>
        <translation>Printer &apos;{name}&apos; is not connected: choose another printer or save as PDF</translation>
    </message>
    <message>
        <source>Printer &apos;{name}&apos; did not accept the document: check paper and power, then print again</source>
        <translation>Printer &apos;{name}&apos; did not accept the document: check paper and power, then print again</translation>
    </message>
    <message>
        <source>The PDF could not be saved in {folder}</source>
        <translation>The PDF could not be saved in {folder}</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a platform address (like http://10.0.0.5:8400)</source>
        <translation>&apos;{url}&apos; is not a platform address (like http://10.0.0.5:8400)</translation>
    </message>
    <message>
        <source>Type the enrolment code the town office gave you (like ABCD-EFGH-JKMN)</source>
        <translation>Type the enrolment code the town office gave you (like ABCD-EFGH-JKMN)</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name for the bundle</source>
        <translation>{path} is a folder: give a file name for the bundle</translation>
    </message>
    <message>
        <source>The folder {path} does not exist (is the USB stick plugged in?)</source>
        <translation>The folder {path} does not exist (is the USB stick plugged in?)</translation>
    </message>
    <message>
        <source>This station is not enrolled with the platform yet: an admin runs &apos;enroll&apos; with the code from the town office</source>
        <translation>This station is not enrolled with the platform yet: an admin runs &apos;enroll&apos; with the code from the town office</translation>
    </message>
    <message>
        <source>No secure password store (keyring) works on this computer, so the station&apos;s platform token cannot be kept ({detail})</source>
        <translation>No secure password store (keyring) works on this computer, so the station&apos;s platform token cannot be kept ({detail})</translation>
    </message>
    <message>
        <source>A sync is already running: wait for it to finish</source>
        <translation>A sync is already running: wait for it to finish</translation>
    </message>
    <message>
        <source>The station&apos;s data was replaced (restored) while a sync was running: records {first_seq} to {last_seq} were not marked as sent; sync again</source>
        <translation>The station&apos;s data was replaced (restored) while a sync was running: records {first_seq} to {last_seq} were not marked as sent; sync again</translation>
    </message>
    <message>
        <source>The platform lost records {from_seq} to {to_seq} and this station no longer keeps them: ask the town office to restore the platform from a newer backup</source>
        <translation>The platform lost records {from_seq} to {to_seq} and this station no longer keeps them: ask the town office to restore the platform from a newer backup</translation>
    </message>
    <message>
        <source>The platform refused the enrolment code: it is wrong, already used or expired</source>
        <translation>The platform refused the enrolment code: it is wrong, already used or expired</translation>
    </message>
    <message>
        <source>The platform no longer accepts this station&apos;s token: enrol again with a new code</source>
        <translation>The platform no longer accepts this station&apos;s token: enrol again with a new code</translation>
    </message>
    <message>
        <source>The platform token of station {station_code} is not in this computer&apos;s keyring: enrol again</source>
        <translation>The platform token of station {station_code} is not in this computer&apos;s keyring: enrol again</translation>
    </message>
    <message>
        <source>The platform at {url} cannot be reached; changes stay queued and will be sent later</source>
        <translation>The platform at {url} cannot be reached; changes stay queued and will be sent later</translation>
    </message>
    <message>
        <source>The link to the platform stalled (nothing moved for {seconds} s); changes stay queued</source>
        <translation>The link to the platform stalled (nothing moved for {seconds} s); changes stay queued</translation>
    </message>
    <message>
        <source>The platform had a problem (status {status}); changes stay queued</source>
        <translation>The platform had a problem (status {status}); changes stay queued</translation>
    </message>
    <message>
        <source>The platform&apos;s answer was not understood (status {status}, {detail})</source>
        <translation>The platform&apos;s answer was not understood (status {status}, {detail})</translation>
    </message>
    <message>
        <source>The platform stored records {first_seq} to {last_seq} differently from this station: nothing was marked as sent</source>
        <translation>The platform stored records {first_seq} to {last_seq} differently from this station: nothing was marked as sent</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a note or coin the drawer counts</source>
        <translation>&apos;{value}&apos; is not a note or coin the drawer counts</translation>
    </message>
    <message>
        <source>The notes and coins add up to ¥{total}, not ¥{counted}</source>
        <translation>The notes and coins add up to ¥{total}, not ¥{counted}</translation>
    </message>
    <message>
        <source>The count differs from the expected cash by ¥{diff} (more than ¥{tolerance}): count again, or give a reason</source>
        <translation>The count differs from the expected cash by ¥{diff} (more than ¥{tolerance}): count again, or give a reason</translation>
    </message>
    <message>
        <source>{username} has never opened a shift</source>
        <translation>{username} has never opened a shift</translation>
    </message>
    <message>
        <source>No shift {shift}</source>
        <translation>No shift {shift}</translation>
    </message>
    <message>
        <source>Open your shift first (no cash can be taken or handed out without one)</source>
        <translation>Open your shift first (no cash can be taken or handed out without one)</translation>
    </message>
    <message>
        <source>By the records the drawer does not hold that much cash: check what was taken in</source>
        <translation>By the records the drawer does not hold that much cash: check what was taken in</translation>
    </message>
    <message>
        <source>{username} already has a shift open</source>
        <translation>{username} already has a shift open</translation>
    </message>
    <message>
        <source>{username} has no open shift to close</source>
        <translation>{username} has no open shift to close</translation>
    </message>
    <message>
        <source>Shift {number} is still open: its Z report comes at the close</source>
        <translation>Shift {number} is still open: its Z report comes at the close</translation>
    </message>
    <message>
        <source>The recount was ¥{counted}: close with that count and a reason</source>
        <translation>The recount was ¥{counted}: close with that count and a reason</translation>
    </message>
    <message>
        <source>A difference of ¥{diff} (more than ¥{limit}) needs a supervisor&apos;s approval</source>
        <translation>A difference of ¥{diff} (more than ¥{limit}) needs a supervisor&apos;s approval</translation>
    </message>
    <message>
        <source>A supervisor cannot approve their own close</source>
        <translation>A supervisor cannot approve their own close</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a quantity: kilograms with at most three decimals (12.5), or whole pieces</source>
        <translation>&apos;{text}&apos; is not a quantity: kilograms with at most three decimals (12.5), or whole pieces</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a commission rate: a percentage from 0 to 100 with at most two decimals</source>
        <translation>&apos;{text}&apos; is not a commission rate: a percentage from 0 to 100 with at most two decimals</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a unit: use kg or piece</source>
        <translation>&apos;{text}&apos; is not a unit: use kg or piece</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a kind of price: use floor or agreed</source>
        <translation>&apos;{text}&apos; is not a kind of price: use floor or agreed</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a produce category: 柑橘, 中药材, 脆李, 榨菜, 花椒 or other</source>
        <translation>&apos;{text}&apos; is not a produce category: 柑橘, 中药材, 脆李, 榨菜, 花椒 or other</translation>
    </message>
    <message>
        <source>The return date {date} has already passed</source>
        <translation>The return date {date} has already passed</translation>
    </message>
    <message>
        <source>The quality certificate needs its {missing}</source>
        <translation>The quality certificate needs its {missing}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a basis of the quality promise</source>
        <translation>&apos;{text}&apos; is not a basis of the quality promise</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a farmer: give the farmer&apos;s number (F0003) or full phone</source>
        <translation>&apos;{text}&apos; is not a farmer: give the farmer&apos;s number (F0003) or full phone</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a lot number (like L000012)</source>
        <translation>&apos;{text}&apos; is not a lot number (like L000012)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a statement number (like S000003)</source>
        <translation>&apos;{text}&apos; is not a statement number (like S000003)</translation>
    </message>
    <message>
        <source>{count} farmers share this phone: choose one by their number</source>
        <translation>{count} farmers share this phone: choose one by their number</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a payout method: use cash or bank</source>
        <translation>&apos;{text}&apos; is not a payout method: use cash or bank</translation>
    </message>
    <message>
        <source>A bank payout needs the last four digits of the farmer&apos;s card</source>
        <translation>A bank payout needs the last four digits of the farmer&apos;s card</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not how the buyer paid: use cash or online</source>
        <translation>&apos;{text}&apos; is not how the buyer paid: use cash or online</translation>
    </message>
    <message>
        <source>Lot {lot} sells only at the agreed price ¥{price}</source>
        <translation>Lot {lot} sells only at the agreed price ¥{price}</translation>
    </message>
    <message>
        <source>¥{price} is below the farmer&apos;s floor price ¥{floor} for lot {lot}</source>
        <translation>¥{price} is below the farmer&apos;s floor price ¥{floor} for lot {lot}</translation>
    </message>
    <message>
        <source>This sale would come to ¥{gross}: the quantity is too small to sell</source>
        <translation>This sale would come to ¥{gross}: the quantity is too small to sell</translation>
    </message>
    <message>
        <source>No farmer {farmer}</source>
        <translation>No farmer {farmer}</translation>
    </message>
    <message>
        <source>No consignment lot {lot}</source>
        <translation>No consignment lot {lot}</translation>
    </message>
    <message>
        <source>No statement {statement}</source>
        <translation>No statement {statement}</translation>
    </message>
    <message>
        <source>No consignment sale {sale}</source>
        <translation>No consignment sale {sale}</translation>
    </message>
    <message>
        <source>This farmer is already registered as {farmer}</source>
        <translation>This farmer is already registered as {farmer}</translation>
    </message>
    <message>
        <source>Lot {lot} has only {remaining} {unit} left (asked for {asked})</source>
        <translation>Lot {lot} has only {remaining} {unit} left (asked for {asked})</translation>
    </message>
    <message>
        <source>Nothing is left of lot {lot}</source>
        <translation>Nothing is left of lot {lot}</translation>
    </message>
    <message>
        <source>The postage ¥{postage} is more than the farmer&apos;s share of this sale (¥{share}): raise the quantity or the price</source>
        <translation>The postage ¥{postage} is more than the farmer&apos;s share of this sale (¥{share}): raise the quantity or the price</translation>
    </message>
    <message>
        <source>Only a counter sale can be reversed</source>
        <translation>Only a counter sale can be reversed</translation>
    </message>
    <message>
        <source>This sale has already been reversed</source>
        <translation>This sale has already been reversed</translation>
    </message>
    <message>
        <source>Farmer {farmer} has nothing new to settle</source>
        <translation>Farmer {farmer} has nothing new to settle</translation>
    </message>
    <message>
        <source>Statement {statement} has already been paid (¥{paid}): nothing was paid again</source>
        <translation>Statement {statement} has already been paid (¥{paid}): nothing was paid again</translation>
    </message>
    <message>
        <source>A payout of ¥{amount} (more than ¥{limit}) needs a second user&apos;s PIN</source>
        <translation>A payout of ¥{amount} (more than ¥{limit}) needs a second user&apos;s PIN</translation>
    </message>
    <message>
        <source>The second PIN must be another user&apos;s</source>
        <translation>The second PIN must be another user&apos;s</translation>
    </message>
    <message>
        <source>Lot {lot} ({product}, farmer {farmer}): {remaining} {unit} left, goes back to the farmer by {date}</source>
        <translation>Lot {lot} ({product}, farmer {farmer}): {remaining} {unit} left, goes back to the farmer by {date}</translation>
    </message>
    <message>
        <source>Lot {lot} ({product}, farmer {farmer}): {remaining} {unit} left, its return date {date} has passed</source>
        <translation>Lot {lot} ({product}, farmer {farmer}): {remaining} {unit} left, its return date {date} has passed</translation>
    </message>
</context>
<context>
    <name>modules</name>
    <message>
        <source>Today</source>
        <extracomment>The module packages under ``app/ui``, in no particular order (``ModuleSpec.order`` sorts them).</extracomment>
        <translation>Today</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <source>Check parcels in and out, rounds, sending and stock-takes.</source>
        <translation>Check parcels in and out, rounds, sending and stock-takes.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Electricity, water, gas, phone top-up, pension and medical insurance.</source>
        <translation>Electricity, water, gas, phone top-up, pension and medical insurance.</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Agri-input sales, stock by lot and the ledgers.</source>
        <translation>Agri-input sales, stock by lot and the ledgers.</translation>
    </message>
    <message>
        <source>Consignment</source>
        <translation>Consignment</translation>
    </message>
    <message>
        <source>Farm produce taken in, sold and settled for farmers.</source>
        <translation>Farm produce taken in, sold and settled for farmers.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Daily and monthly reports, subsidy figures and exports.</source>
        <translation>Daily and monthly reports, subsidy figures and exports.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>My round</source>
        <translation>My round</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
</TS>
