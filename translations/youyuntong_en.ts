<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BuyerForm</name>
    <message>
        <source>Real-name purchase: restricted-use pesticide</source>
        <translation>Real-name purchase: restricted-use pesticide</translation>
    </message>
    <message>
        <source>18 characters, an adult&apos;s</source>
        <translation>18 characters, an adult&apos;s</translation>
    </message>
    <message>
        <source>full 11 digits</source>
        <translation>full 11 digits</translation>
    </message>
    <message>
        <source>e.g. citrus, red spider mite</source>
        <translation>e.g. citrus, red spider mite</translation>
    </message>
    <message>
        <source>I explained the dose and safety to the buyer</source>
        <translation>I explained the dose and safety to the buyer</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>Buyer&apos;s name</translation>
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
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Crop / pest</source>
        <translation>Crop / pest</translation>
    </message>
</context>
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
        <source>optional: for home delivery (the pre-advice may bring it)</source>
        <translation>optional: for home delivery (the pre-advice may bring it)</translation>
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
        <source>Waiting for the phone</source>
        <translation>Waiting for the phone</translation>
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
        <source>Address</source>
        <translation>Address</translation>
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
        <source>{tracking} is not checked in yet</source>
        <translation>{tracking} is not checked in yet</translation>
    </message>
    <message>
        <source>Waiting: {n}</source>
        <translation>Waiting: {n}</translation>
    </message>
    <message>
        <source>It waits for its phone after {current}: type the phones one by one, or click a waiting number (F4: the next one).</source>
        <translation>It waits for its phone after {current}: type the phones one by one, or click a waiting number (F4: the next one).</translation>
    </message>
    <message>
        <source>{tracking} waits for its phone too ({n} waiting)</source>
        <translation>{tracking} waits for its phone too ({n} waiting)</translation>
    </message>
    <message>
        <source>Put aside, not checked in: {tracking}</source>
        <translation>Put aside, not checked in: {tracking}</translation>
    </message>
    <message>
        <source>Scan it again when its phone is known.</source>
        <translation>Scan it again when its phone is known.</translation>
    </message>
    <message>
        <source>Click: type this parcel&apos;s phone now</source>
        <translation>Click: type this parcel&apos;s phone now</translation>
    </message>
    <message>
        <source>Waiting for the phone: {n}</source>
        <translation>Waiting for the phone: {n}</translation>
    </message>
    <message>
        <source>The phone typed now is for {tracking} · Enter checks it in · Esc puts it aside</source>
        <translation>The phone typed now is for {tracking} · Enter checks it in · Esc puts it aside</translation>
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
        <source>Moved: new pickup code</source>
        <translation>Moved: new pickup code</translation>
    </message>
    <message>
        <source>Shelf {shelf}, layer {layer} · {tracking} · was {old}</source>
        <translation>Shelf {shelf}, layer {layer} · {tracking} · was {old}</translation>
    </message>
    <message>
        <source>Check-in corrected</source>
        <translation>Check-in corrected</translation>
    </message>
    <message>
        <source>{tracking} saved</source>
        <translation>{tracking} saved</translation>
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
    <name>CorrectionButtons</name>
    <message>
        <source>Correct… (Ctrl+E)</source>
        <translation>Correct… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Move… (Ctrl+M)</source>
        <translation>Move… (Ctrl+M)</translation>
    </message>
    <message>
        <source>Choose a parcel in the list first</source>
        <translation>Choose a parcel in the list first</translation>
    </message>
    <message>
        <source>Only a parcel on the shelf can be corrected or moved</source>
        <translation>Only a parcel on the shelf can be corrected or moved</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Misread the waybill</source>
        <translation>Misread the waybill</translation>
    </message>
    <message>
        <source>The recipient called with the right number</source>
        <translation>The recipient called with the right number</translation>
    </message>
    <message>
        <source>Wrong carrier chosen</source>
        <translation>Wrong carrier chosen</translation>
    </message>
    <message>
        <source>Correct the check-in</source>
        <translation>Correct the check-in</translation>
    </message>
    <message>
        <source>now {phone} · 11 digits, or 1381234 = 138****1234</source>
        <translation>now {phone} · 11 digits, or 1381234 = 138****1234</translation>
    </message>
    <message>
        <source>now {name}</source>
        <translation>now {name}</translation>
    </message>
    <message>
        <source>unchanged ({carrier})</source>
        <translation>unchanged ({carrier})</translation>
    </message>
    <message>
        <source>now {address}</source>
        <translation>now {address}</translation>
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
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Leave a field empty to keep it. A corrected phone gets a new pickup notice.</source>
        <translation>Leave a field empty to keep it. A corrected phone gets a new pickup notice.</translation>
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
    <name>LedgersScreen</name>
    <message>
        <source>Purchases (§26)</source>
        <translation>Purchases (§26)</translation>
    </message>
    <message>
        <source>Sales (§27)</source>
        <translation>Sales (§27)</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Every category</translation>
    </message>
    <message>
        <source>Export {fmt}</source>
        <translation>Export {fmt}</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>{n} rows (personal data masked); the first {shown} shown</source>
        <translation>{n} rows (personal data masked); the first {shown} shown</translation>
    </message>
    <message>
        <source>{n} rows exported: {path}</source>
        <translation>{n} rows exported: {path}</translation>
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
        <source>That was a scan, not a PIN: sign in first, then scan again</source>
        <translation>That was a scan, not a PIN: sign in first, then scan again</translation>
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
    <name>MoveDialog</name>
    <message>
        <source>Too big for the layer</source>
        <translation>Too big for the layer</translation>
    </message>
    <message>
        <source>Shelf reorganised</source>
        <translation>Shelf reorganised</translation>
    </message>
    <message>
        <source>Found on another layer</source>
        <translation>Found on another layer</translation>
    </message>
    <message>
        <source>Move to another layer</source>
        <translation>Move to another layer</translation>
    </message>
    <message>
        <source>B-2, or scan the layer&apos;s label</source>
        <translation>B-2, or scan the layer&apos;s label</translation>
    </message>
    <message>
        <source>{place}  ({occupied}/{capacity})</source>
        <translation>{place}  ({occupied}/{capacity})</translation>
    </message>
    <message>
        <source>Now on</source>
        <translation>Now on</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>The parcel gets a new pickup code on its new layer; a new notice is sent.</source>
        <translation>The parcel gets a new pickup code on its new layer; a new notice is sent.</translation>
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
        <source>F6  Show number</source>
        <translation>F6  Show number</translation>
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
        <source>Scan or choose the parcel first</source>
        <translation>Scan or choose the parcel first</translation>
    </message>
    <message>
        <source>Only this masked number is known</source>
        <translation>Only this masked number is known</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
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
    <name>ParcelDialog</name>
    <message>
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
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
    <message>
        <source>Shelf labels</source>
        <translation>Shelf labels</translation>
    </message>
    <message>
        <source>Shelf {shelf} · layer {layer}</source>
        <translation>Shelf {shelf} · layer {layer}</translation>
    </message>
</context>
<context>
    <name>ParcelHistory</name>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Pickup notice</source>
        <translation>Pickup notice</translation>
    </message>
    <message>
        <source>Check-in corrected</source>
        <translation>Check-in corrected</translation>
    </message>
    <message>
        <source>Moved to another layer</source>
        <translation>Moved to another layer</translation>
    </message>
    <message>
        <source>Out on a delivery round</source>
        <translation>Out on a delivery round</translation>
    </message>
    <message>
        <source>Back from the round</source>
        <translation>Back from the round</translation>
    </message>
    <message>
        <source>Delivered at the door</source>
        <translation>Delivered at the door</translation>
    </message>
    <message>
        <source>Number shown to the carrier</source>
        <translation>Number shown to the carrier</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Picked up</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>Returned to sender</translation>
    </message>
    <message>
        <source>Waiting for the platform</source>
        <translation>Waiting for the platform</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>first notice</source>
        <translation>first notice</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>reminder</translation>
    </message>
    <message>
        <source>new code after a move</source>
        <translation>new code after a move</translation>
    </message>
    <message>
        <source>to the corrected number</source>
        <translation>to the corrected number</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>carrier</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Code {code}, place {place}</source>
        <translation>Code {code}, place {place}</translation>
    </message>
    <message>
        <source>pre-advised</source>
        <translation>pre-advised</translation>
    </message>
    <message>
        <source> — {reason}</source>
        <translation> — {reason}</translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <source>(hidden part changed)</source>
        <translation>(hidden part changed)</translation>
    </message>
    <message>
        <source> (reason: {reason})</source>
        <translation> (reason: {reason})</translation>
    </message>
    <message>
        <source>{from_place} ({from_code}) → {to_place} ({to_code})</source>
        <translation>{from_place} ({from_code}) → {to_place} ({to_code})</translation>
    </message>
    <message>
        <source>Round #{round} · {carrier}</source>
        <translation>Round #{round} · {carrier}</translation>
    </message>
    <message>
        <source>Round #{round}</source>
        <translation>Round #{round}</translation>
    </message>
    <message>
        <source>by pickup code</source>
        <translation>by pickup code</translation>
    </message>
    <message>
        <source>by phone tail</source>
        <translation>by phone tail</translation>
    </message>
    <message>
        <source>collected by {name} {phone}</source>
        <translation>collected by {name} {phone}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
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
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
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
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>PayScreen</name>
    <message>
        <source>Open the shift (Alt+3)</source>
        <translation>Open the shift (Alt+3)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Take cash and print receipt (F9)</source>
        <translation>Take cash and print receipt (F9)</translation>
    </message>
    <message>
        <source>Choose the bill (F1…F7), scan or type the account, the amount, F9</source>
        <translation>Choose the bill (F1…F7), scan or type the account, the amount, F9</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Bill</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Biller</source>
        <translation>Biller</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Latest payments</source>
        <translation>Latest payments</translation>
    </message>
    <message>
        <source>No open shift: open it on the Shift tab (Alt+3) before taking cash</source>
        <translation>No open shift: open it on the Shift tab (Alt+3) before taking cash</translation>
    </message>
    <message>
        <source>By the account</source>
        <translation>By the account</translation>
    </message>
    <message>
        <source>Top-up amounts: choose one</source>
        <translation>Top-up amounts: choose one</translation>
    </message>
    <message>
        <source>{year} contribution grades: choose one</source>
        <translation>{year} contribution grades: choose one</translation>
    </message>
    <message>
        <source>{year} contribution: ¥{amount} per person</source>
        <translation>{year} contribution: ¥{amount} per person</translation>
    </message>
    <message>
        <source>From ¥{lo} to ¥{hi}</source>
        <translation>From ¥{lo} to ¥{hi}</translation>
    </message>
    <message>
        <source>, whole multiples of ¥{step}</source>
        <translation>, whole multiples of ¥{step}</translation>
    </message>
    <message>
        <source>receipt saved: {path}</source>
        <translation>receipt saved: {path}</translation>
    </message>
    <message>
        <source>receipt sent to the printer</source>
        <translation>receipt sent to the printer</translation>
    </message>
    <message>
        <source>¥ {amount} taken · pending the platform&apos;s confirmation</source>
        <translation>¥ {amount} taken · pending the platform&apos;s confirmation</translation>
    </message>
    <message>
        <source>Payment {reference} taken</source>
        <translation>Payment {reference} taken</translation>
    </message>
    <message>
        <source>Same payment already taken</source>
        <translation>Same payment already taken</translation>
    </message>
    <message>
        <source>F9 again takes it as a second payment</source>
        <translation>F9 again takes it as a second payment</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Not taken</translation>
    </message>
</context>
<context>
    <name>PaymentDocuments</name>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Bill</translation>
    </message>
    <message>
        <source>Biller</source>
        <translation>Biller</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Utility payment slip</source>
        <translation>Utility payment slip</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Cash received</translation>
    </message>
    <message>
        <source>This slip is NOT a payment voucher: the payment counts once the platform confirms it. If it is rejected, bring this slip back to the station for your cash.</source>
        <translation>This slip is NOT a payment voucher: the payment counts once the platform confirms it. If it is rejected, bring this slip back to the station for your cash.</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Rejected because</source>
        <translation>Rejected because</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source>Payment refund</source>
        <translation>Payment refund</translation>
    </message>
    <message>
        <source>Cash handed back</source>
        <translation>Cash handed back</translation>
    </message>
    <message>
        <source>The platform rejected this payment; the cash above was handed back in full.</source>
        <translation>The platform rejected this payment; the cash above was handed back in full.</translation>
    </message>
    <message>
        <source>Refunds ×{n}</source>
        <translation>Refunds ×{n}</translation>
    </message>
    <message>
        <source>Payments still pending ×{n}</source>
        <translation>Payments still pending ×{n}</translation>
    </message>
    <message>
        <source>First count</source>
        <translation>First count</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Content hash</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Float</translation>
    </message>
    <message>
        <source>Shift close (Z report)</source>
        <translation>Shift close (Z report)</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>refunds</translation>
    </message>
    <message>
        <source>still pending</source>
        <translation>still pending</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Pending payments stay in the drawer&apos;s cash; a later rejection is refunded from a later shift.</source>
        <translation>Pending payments stay in the drawer&apos;s cash; a later rejection is refunded from a later shift.</translation>
    </message>
    <message>
        <source>Still open: shift #{n} ({name})</source>
        <translation>Still open: shift #{n} ({name})</translation>
    </message>
    <message>
        <source>Day close {date}</source>
        <translation>Day close {date}</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
</context>
<context>
    <name>PaymentListScreen</name>
    <message>
        <source>Waiting or rejected</source>
        <translation>Waiting or rejected</translation>
    </message>
    <message>
        <source>Waiting for the platform</source>
        <translation>Waiting for the platform</translation>
    </message>
    <message>
        <source>Rejected: cash to hand back</source>
        <translation>Rejected: cash to hand back</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>Bill</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Refund the cash (F8)</source>
        <translation>Refund the cash (F8)</translation>
    </message>
    <message>
        <source>Print the receipt again (Ctrl+P)</source>
        <translation>Print the receipt again (Ctrl+P)</translation>
    </message>
    <message>
        <source>Select a rejected payment and refund it, or scan the receipt</source>
        <translation>Select a rejected payment and refund it, or scan the receipt</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Waiting: {n} (¥{pending}) · to refund: {m} (¥{rejected})</source>
        <translation>Waiting: {n} (¥{pending}) · to refund: {m} (¥{rejected})</translation>
    </message>
    <message>
        <source>receipt saved: {path}</source>
        <translation>receipt saved: {path}</translation>
    </message>
    <message>
        <source>receipt sent to the printer</source>
        <translation>receipt sent to the printer</translation>
    </message>
    <message>
        <source>Hand back ¥ {amount}</source>
        <translation>Hand back ¥ {amount}</translation>
    </message>
    <message>
        <source>Payment {reference} refunded</source>
        <translation>Payment {reference} refunded</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>PaymentWords</name>
    <message>
        <source>Electricity</source>
        <translation>Electricity</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Water</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>Gas</translation>
    </message>
    <message>
        <source>Phone top-up</source>
        <translation>Phone top-up</translation>
    </message>
    <message>
        <source>Broadband / TV</source>
        <translation>Broadband / TV</translation>
    </message>
    <message>
        <source>Rural pension insurance</source>
        <translation>Rural pension insurance</translation>
    </message>
    <message>
        <source>Rural medical insurance</source>
        <translation>Rural medical insurance</translation>
    </message>
    <message>
        <source>Pension</source>
        <extracomment>shorter words for the type buttons (seven must fit in one row at 1366 px)</extracomment>
        <translation>Pension</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medical</translation>
    </message>
    <message>
        <source>Broadband</source>
        <translation>Broadband</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>refunded</translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation>Drawer</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Consignment</source>
        <translation>Consignment</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <source>float</source>
        <translation>float</translation>
    </message>
    <message>
        <source>cash in</source>
        <translation>cash in</translation>
    </message>
    <message>
        <source>cash out</source>
        <translation>cash out</translation>
    </message>
    <message>
        <source>payments taken</source>
        <translation>payments taken</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>refunds</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>sales</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>returns</translation>
    </message>
    <message>
        <source>payouts</source>
        <translation>payouts</translation>
    </message>
    <message>
        <source>postage</source>
        <translation>postage</translation>
    </message>
    <message>
        <source>Count error</source>
        <translation>Count error</translation>
    </message>
    <message>
        <source>Wrong change given</source>
        <translation>Wrong change given</translation>
    </message>
    <message>
        <source>Payout not recorded</source>
        <translation>Payout not recorded</translation>
    </message>
    <message>
        <source>Counterfeit note</source>
        <translation>Counterfeit note</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Take payment</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
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
        <source>All 11 digits (a masked number is not enough)</source>
        <translation>All 11 digits (a masked number is not enough)</translation>
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
    <name>RecallScreen</name>
    <message>
        <source>Lot number from the recall notice</source>
        <translation>Lot number from the recall notice</translation>
    </message>
    <message>
        <source>e.g. maker&apos;s notice no. 12</source>
        <translation>e.g. maker&apos;s notice no. 12</translation>
    </message>
    <message>
        <source>Recall: stop selling now</source>
        <translation>Recall: stop selling now</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Recalled</translation>
    </message>
    <message>
        <source>Still here</source>
        <translation>Still here</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Buyers</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Crop / pest</source>
        <translation>Crop / pest</translation>
    </message>
    <message>
        <source>Show number to call (recorded)</source>
        <translation>Show number to call (recorded)</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>Recalls</translation>
    </message>
    <message>
        <source>Who bought from the chosen lot</source>
        <translation>Who bought from the chosen lot</translation>
    </message>
    <message>
        <source>Lot {lot} of {product} recalled: {n} buyer(s) to call</source>
        <translation>Lot {lot} of {product} recalled: {n} buyer(s) to call</translation>
    </message>
    <message>
        <source>Lot {lot} was recalled before: its buyers are listed</source>
        <translation>Lot {lot} was recalled before: its buyers are listed</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Choose a buyer first</source>
        <translation>Choose a buyer first</translation>
    </message>
    <message>
        <source>Call {name}: {phone}</source>
        <translation>Call {name}: {phone}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Daily station report</source>
        <extracomment>column kinds shown right-aligned (figures)</extracomment>
        <translation>Daily station report</translation>
    </message>
    <message>
        <source>Monthly subsidy report</source>
        <translation>Monthly subsidy report</translation>
    </message>
    <message>
        <source>Sync report</source>
        <translation>Sync report</translation>
    </message>
    <message>
        <source>Show ({key})</source>
        <translation>Show ({key})</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Export into the data folder&apos;s exports/</source>
        <translation>Export into the data folder&apos;s exports/</translation>
    </message>
    <message>
        <source>Report exported: {path}</source>
        <translation>Report exported: {path}</translation>
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
        <source>Show number (F6)</source>
        <translation>Show number (F6)</translation>
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
        <source>Call the recipient of {tracking}</source>
        <translation>Call the recipient of {tracking}</translation>
    </message>
    <message>
        <source>The waybill only showed this masked number</source>
        <translation>The waybill only showed this masked number</translation>
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
    <name>SearchScreen</name>
    <message>
        <source>Tracking number, last 4 digits of the phone, pickup code or name</source>
        <translation>Tracking number, last 4 digits of the phone, pickup code or name</translation>
    </message>
    <message>
        <source>Search (Enter)</source>
        <translation>Search (Enter)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Notify again (Ctrl+R)</source>
        <translation>Notify again (Ctrl+R)</translation>
    </message>
    <message>
        <source>Print slip (Ctrl+P)</source>
        <translation>Print slip (Ctrl+P)</translation>
    </message>
    <message>
        <source>Type or scan what the person tells you; every parcel ever checked in is searched</source>
        <translation>Type or scan what the person tells you; every parcel ever checked in is searched</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>tracking number</translation>
    </message>
    <message>
        <source>tracking number starting</source>
        <translation>tracking number starting</translation>
    </message>
    <message>
        <source>phone ending</source>
        <translation>phone ending</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>pickup code</source>
        <translation>pickup code</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>{n} parcel(s) for {kind} {text}</source>
        <translation>{n} parcel(s) for {kind} {text}</translation>
    </message>
    <message>
        <source>only the newest {n} shown: say more</source>
        <translation>only the newest {n} shown: say more</translation>
    </message>
    <message>
        <source>Choose a parcel to see its history</source>
        <translation>Choose a parcel to see its history</translation>
    </message>
    <message>
        <source>notice: {state}</source>
        <translation>notice: {state}</translation>
    </message>
    <message>
        <source>{tracking} moved to {place}: new code {code}</source>
        <translation>{tracking} moved to {place}: new code {code}</translation>
    </message>
    <message>
        <source>{tracking} corrected</source>
        <translation>{tracking} corrected</translation>
    </message>
    <message>
        <source>Choose a parcel on the shelf first</source>
        <translation>Choose a parcel on the shelf first</translation>
    </message>
    <message>
        <source>New notice queued for {tracking}</source>
        <translation>New notice queued for {tracking}</translation>
    </message>
    <message>
        <source>Choose a parcel first</source>
        <translation>Choose a parcel first</translation>
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
    <name>SellScreen</name>
    <message>
        <source>Scan, or type a name or initials</source>
        <translation>Scan, or type a name or initials</translation>
    </message>
    <message>
        <source>Add (Enter)</source>
        <translation>Add (Enter)</translation>
    </message>
    <message>
        <source>Scan a product: it goes into the basket</source>
        <translation>Scan a product: it goes into the basket</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Lots taken (first expired first out)</source>
        <translation>Lots taken (first expired first out)</translation>
    </message>
    <message>
        <source>Remove line (Ctrl+Del)</source>
        <translation>Remove line (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Empty basket (Ctrl+E)</source>
        <translation>Empty basket (Ctrl+E)</translation>
    </message>
    <message>
        <source>Take cash and sell (F9)</source>
        <translation>Take cash and sell (F9)</translation>
    </message>
    <message>
        <source>Receipt (Ctrl+P)</source>
        <translation>Receipt (Ctrl+P)</translation>
    </message>
    <message>
        <source>Unknown barcode</source>
        <translation>Unknown barcode</translation>
    </message>
    <message>
        <source>Search by name or initials</source>
        <translation>Search by name or initials</translation>
    </message>
    <message>
        <source>No product with barcode {code}</source>
        <translation>No product with barcode {code}</translation>
    </message>
    <message>
        <source>{name}  {spec}  ¥{price}  · in stock {stock} {unit}</source>
        <translation>{name}  {spec}  ¥{price}  · in stock {stock} {unit}</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>banned</translation>
    </message>
    <message>
        <source>real name</source>
        <translation>real name</translation>
    </message>
    <message>
        <source>Banned: do not sell</source>
        <translation>Banned: do not sell</translation>
    </message>
    <message>
        <source>May not be sold since {since}: take it off the shelf</source>
        <translation>May not be sold since {since}: take it off the shelf</translation>
    </message>
    <message>
        <source>{name} is banned</source>
        <translation>{name} is banned</translation>
    </message>
    <message>
        <source>{spec} · ¥{price} · lots: {lots}</source>
        <translation>{spec} · ¥{price} · lots: {lots}</translation>
    </message>
    <message>
        <source>not enough sellable stock</source>
        <translation>not enough sellable stock</translation>
    </message>
    <message>
        <source>Restricted-use pesticide: fill in the buyer&apos;s details</source>
        <translation>Restricted-use pesticide: fill in the buyer&apos;s details</translation>
    </message>
    <message>
        <source>{name} added</source>
        <translation>{name} added</translation>
    </message>
    <message>
        <source>Only {n} sellable</source>
        <translation>Only {n} sellable</translation>
    </message>
    <message>
        <source>{lot} ×{n} (to {expires})</source>
        <translation>{lot} ×{n} (to {expires})</translation>
    </message>
    <message>
        <source>Total ¥{total}</source>
        <translation>Total ¥{total}</translation>
    </message>
    <message>
        <source>The basket is empty: scan a product</source>
        <translation>The basket is empty: scan a product</translation>
    </message>
    <message>
        <source>Real name needed</source>
        <translation>Real name needed</translation>
    </message>
    <message>
        <source>Buyer&apos;s details</source>
        <translation>Buyer&apos;s details</translation>
    </message>
    <message>
        <source>A restricted-use pesticide is sold only with the buyer&apos;s name, resident ID, phone, address and crop or pest</source>
        <translation>A restricted-use pesticide is sold only with the buyer&apos;s name, resident ID, phone, address and crop or pest</translation>
    </message>
    <message>
        <source>Fill in every buyer field</source>
        <translation>Fill in every buyer field</translation>
    </message>
    <message>
        <source>Explain the dose and safety, then tick the box</source>
        <translation>Explain the dose and safety, then tick the box</translation>
    </message>
    <message>
        <source>Sold · sale {number}</source>
        <translation>Sold · sale {number}</translation>
    </message>
    <message>
        <source>Sale {number}: ¥{total} taken</source>
        <translation>Sale {number}: ¥{total} taken</translation>
    </message>
    <message>
        <source>Not sold</source>
        <translation>Not sold</translation>
    </message>
    <message>
        <source>Shift {number} open with ¥{float} float</source>
        <translation>Shift {number} open with ¥{float} float</translation>
    </message>
    <message>
        <source>Sell something first</source>
        <translation>Sell something first</translation>
    </message>
    <message>
        <source>Receipt saved: {path}</source>
        <translation>Receipt saved: {path}</translation>
    </message>
    <message>
        <source>Receipt sent to the printer</source>
        <translation>Receipt sent to the printer</translation>
    </message>
</context>
<context>
    <name>SendScreen</name>
    <message>
        <source>g</source>
        <comment>grams</comment>
        <extracomment>The form&apos;s inputs by the core&apos;s field names (the order problems are listed in).</extracomment>
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
        <source>Not accepted: {n} problem(s), each written in red under its field</source>
        <translation>Not accepted: {n} problem(s), each written in red under its field</translation>
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
        <source>The scanner sends after each code</source>
        <translation>The scanner sends after each code</translation>
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
        <source>Keep recipients&apos; details of parcels gone (days)</source>
        <translation>Keep recipients&apos; details of parcels gone (days)</translation>
    </message>
    <message>
        <source>Keep details of shipments sent (days)</source>
        <translation>Keep details of shipments sent (days)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Nothing (a pause ends the code)</source>
        <translation>Nothing (a pause ends the code)</translation>
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
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
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
        <source>Every shelf</source>
        <translation>Every shelf</translation>
    </message>
    <message>
        <source>Print shelf labels (Ctrl+P)</source>
        <translation>Print shelf labels (Ctrl+P)</translation>
    </message>
    <message>
        <source>How full each layer is</source>
        <translation>How full each layer is</translation>
    </message>
    <message>
        <source>Labels for</source>
        <translation>Labels for</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Shelf {shelf}</source>
        <translation>Shelf {shelf}</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <source>Shelves saved: {n}</source>
        <translation>Shelves saved: {n}</translation>
    </message>
    <message>
        <source>{n} shelf labels saved: {path}</source>
        <translation>{n} shelf labels saved: {path}</translation>
    </message>
    <message>
        <source>{n} shelf labels sent to the printer</source>
        <translation>{n} shelf labels sent to the printer</translation>
    </message>
</context>
<context>
    <name>ShiftScreen</name>
    <message>
        <source>Open my shift</source>
        <translation>Open my shift</translation>
    </message>
    <message>
        <source>why: float top-up, banking, petty cash</source>
        <translation>why: float top-up, banking, petty cash</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <source>what happened (for Other)</source>
        <translation>what happened (for Other)</translation>
    </message>
    <message>
        <source>supervisor&apos;s user name</source>
        <translation>supervisor&apos;s user name</translation>
    </message>
    <message>
        <source>supervisor&apos;s PIN</source>
        <translation>supervisor&apos;s PIN</translation>
    </message>
    <message>
        <source>Close the shift (F10)</source>
        <translation>Close the shift (F10)</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>Day close</translation>
    </message>
    <message>
        <source>Open the shift</source>
        <translation>Open the shift</translation>
    </message>
    <message>
        <source>Float counted into the drawer (¥)</source>
        <translation>Float counted into the drawer (¥)</translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>Cash in / out</translation>
    </message>
    <message>
        <source>Blind count: notes and coins in the drawer</source>
        <translation>Blind count: notes and coins in the drawer</translation>
    </message>
    <message>
        <source>— reason for a difference —</source>
        <translation>— reason for a difference —</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>The day&apos;s close (日结)</source>
        <translation>The day&apos;s close (日结)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Supervisors read the shifts: the day&apos;s close is below</source>
        <translation>Supervisors read the shifts: the day&apos;s close is below</translation>
    </message>
    <message>
        <source>No open shift: count the float into the drawer and open it</source>
        <translation>No open shift: count the float into the drawer and open it</translation>
    </message>
    <message>
        <source>Shift #{n} open since {time} · count the drawer to close it</source>
        <translation>Shift #{n} open since {time} · count the drawer to close it</translation>
    </message>
    <message>
        <source>Shift #{n} open with a float of ¥{amount}</source>
        <translation>Shift #{n} open with a float of ¥{amount}</translation>
    </message>
    <message>
        <source>Shift #{n} open</source>
        <translation>Shift #{n} open</translation>
    </message>
    <message>
        <source>Cash in: ¥{amount}</source>
        <translation>Cash in: ¥{amount}</translation>
    </message>
    <message>
        <source>Cash out: ¥{amount}</source>
        <translation>Cash out: ¥{amount}</translation>
    </message>
    <message>
        <source>Counted: ¥{total}</source>
        <translation>Counted: ¥{total}</translation>
    </message>
    <message>
        <source>Shift #{n} closed</source>
        <translation>Shift #{n} closed</translation>
    </message>
    <message>
        <source>Expected ¥{e} · counted ¥{c}</source>
        <translation>Expected ¥{e} · counted ¥{c}</translation>
    </message>
    <message>
        <source>Count again, or give the reason</source>
        <translation>Count again, or give the reason</translation>
    </message>
    <message>
        <source>A supervisor must approve</source>
        <translation>A supervisor must approve</translation>
    </message>
    <message>
        <source>Day close {date}</source>
        <translation>Day close {date}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
</context>
<context>
    <name>ShiftStrip</name>
    <message>
        <source>Your shift is not open: no cash can be taken. Count the float into the drawer and open it:</source>
        <translation>Your shift is not open: no cash can be taken. Count the float into the drawer and open it:</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Open shift</translation>
    </message>
    <message>
        <source>Float ¥</source>
        <translation>Float ¥</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Sell</source>
        <translation>Sell</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Stock-in</source>
        <translation>Stock-in</translation>
    </message>
    <message>
        <source>Ledgers</source>
        <translation>Ledgers</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
</context>
<context>
    <name>ShopReceipt</name>
    <message>
        <source>Sale no.</source>
        <translation>Sale no.</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
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
        <source>Crop / pest</source>
        <translation>Crop / pest</translation>
    </message>
    <message>
        <source>Agri-input sale</source>
        <translation>Agri-input sale</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ShopWords</name>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Fertiliser</source>
        <translation>Fertiliser</translation>
    </message>
    <message>
        <source>Pesticide</source>
        <translation>Pesticide</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Sellable</source>
        <translation>Sellable</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Expires soon</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>Recalled</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Empty</translation>
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
    <message>
        <source>Locked after {n} min without use: sign in to carry on</source>
        <translation>Locked after {n} min without use: sign in to carry on</translation>
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
    <name>StockInScreen</name>
    <message>
        <source>Scan the product, or type its name or initials</source>
        <translation>Scan the product, or type its name or initials</translation>
    </message>
    <message>
        <source>pesticides: scan the label&apos;s QR code</source>
        <translation>pesticides: scan the label&apos;s QR code</translation>
    </message>
    <message>
        <source>Stock in (F9)</source>
        <translation>Stock in (F9)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Lot number</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>expires</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Produced</translation>
    </message>
    <message>
        <source>Unit cost ¥</source>
        <translation>Unit cost ¥</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Supplier&apos;s phone</source>
        <translation>Supplier&apos;s phone</translation>
    </message>
    <message>
        <source>Label code</source>
        <translation>Label code</translation>
    </message>
    <message>
        <source>Receive a lot</source>
        <translation>Receive a lot</translation>
    </message>
    <message>
        <source>Restricted-use pesticide (sold by real name)</source>
        <translation>Restricted-use pesticide (sold by real name)</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Add product</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>Spec</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Price ¥</source>
        <translation>Price ¥</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Maker</translation>
    </message>
    <message>
        <source>New local product</source>
        <translation>New local product</translation>
    </message>
    <message>
        <source>Label code read</source>
        <translation>Label code read</translation>
    </message>
    <message>
        <source>{name} · {spec} · {category} · reg. {reg} · in stock {stock} {unit}</source>
        <translation>{name} · {spec} · {category} · reg. {reg} · in stock {stock} {unit}</translation>
    </message>
    <message>
        <source>Choose the product first</source>
        <translation>Choose the product first</translation>
    </message>
    <message>
        <source>Entry {number}: lot {lot} +{qty}, now {on_hand} on hand, ¥{amount}</source>
        <translation>Entry {number}: lot {lot} +{qty}, now {on_hand} on hand, ¥{amount}</translation>
    </message>
    <message>
        <source>Lot {lot} stocked in</source>
        <translation>Lot {lot} stocked in</translation>
    </message>
    <message>
        <source>{name} added to the catalogue</source>
        <translation>{name} added to the catalogue</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <source>Filter by product or lot</source>
        <translation>Filter by product or lot</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Produced</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Reason (required), e.g. bag torn</source>
        <translation>Reason (required), e.g. bag torn</translation>
    </message>
    <message>
        <source>Correct the chosen lot</source>
        <translation>Correct the chosen lot</translation>
    </message>
    <message>
        <source>Sold after a ban took effect (found at sync)</source>
        <translation>Sold after a ban took effect (found at sync)</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>Sold on</source>
        <translation>Sold on</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Banned from</source>
        <translation>Banned from</translation>
    </message>
    <message>
        <source>What was done, e.g. buyer called, goods returned</source>
        <translation>What was done, e.g. buyer called, goods returned</translation>
    </message>
    <message>
        <source>Mark dealt with</source>
        <translation>Mark dealt with</translation>
    </message>
    <message>
        <source>Stock-take: change by</source>
        <translation>Stock-take: change by</translation>
    </message>
    <message>
        <source>Choose a lot first</source>
        <translation>Choose a lot first</translation>
    </message>
    <message>
        <source>Lot {lot} now holds {qty}</source>
        <translation>Lot {lot} now holds {qty}</translation>
    </message>
    <message>
        <source>Choose a flagged sale first</source>
        <translation>Choose a flagged sale first</translation>
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
        <source>My shift</source>
        <translation>My shift</translation>
    </message>
    <message>
        <source>Payments waiting for the platform</source>
        <translation>Payments waiting for the platform</translation>
    </message>
    <message>
        <source>Shop: products low on stock</source>
        <translation>Shop: products low on stock</translation>
    </message>
    <message>
        <source>Consignment lots due back</source>
        <translation>Consignment lots due back</translation>
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
    <message>
        <source>overdue (over {days} days): {n}</source>
        <translation>overdue (over {days} days): {n}</translation>
    </message>
    <message>
        <source>¥{total} in all</source>
        <translation>¥{total} in all</translation>
    </message>
    <message>
        <source>oldest waiting: {age}</source>
        <translation>oldest waiting: {age}</translation>
    </message>
    <message>
        <source>rejected, to refund: {n}</source>
        <translation>rejected, to refund: {n}</translation>
    </message>
    <message>
        <source>Not open</source>
        <translation>Not open</translation>
    </message>
    <message>
        <source>Open it before taking cash: Payments → Shift (Alt+3)</source>
        <translation>Open it before taking cash: Payments → Shift (Alt+3)</translation>
    </message>
    <message>
        <source>open since {when}, float ¥{float}</source>
        <translation>open since {when}, float ¥{float}</translation>
    </message>
    <message>
        <source>{n} cash movements</source>
        <translation>{n} cash movements</translation>
    </message>
    <message>
        <source>the drawer should hold ¥{expected}</source>
        <translation>the drawer should hold ¥{expected}</translation>
    </message>
    <message>
        <source>blind close: count the drawer first</source>
        <translation>blind close: count the drawer first</translation>
    </message>
    <message>
        <source>No. {n}</source>
        <translation>No. {n}</translation>
    </message>
    <message>
        <source>lots near expiry: {n}</source>
        <translation>lots near expiry: {n}</translation>
    </message>
    <message>
        <source>expired lots still on hand: {n}</source>
        <translation>expired lots still on hand: {n}</translation>
    </message>
    <message>
        <source>due back soon: {n}</source>
        <translation>due back soon: {n}</translation>
    </message>
    <message>
        <source>past their return date: {n}</source>
        <translation>past their return date: {n}</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>New PIN for {user}</source>
        <translation>New PIN for {user}</translation>
    </message>
    <message>
        <source>lower-case letters and digits, e.g. lili</source>
        <translation>lower-case letters and digits, e.g. lili</translation>
    </message>
    <message>
        <source>the name shown on screens and records</source>
        <translation>the name shown on screens and records</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>New PIN (6 digits)</source>
        <translation>New PIN (6 digits)</translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation>The PIN again</translation>
    </message>
    <message>
        <source>Not one digit repeated (111111) and not a run (123456, 654321).</source>
        <translation>Not one digit repeated (111111) and not a run (123456, 654321).</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Add a user… (Ctrl+N)</source>
        <translation>Add a user… (Ctrl+N)</translation>
    </message>
    <message>
        <source>New PIN… (Ctrl+R)</source>
        <translation>New PIN… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Disable (Ctrl+D)</source>
        <translation>Disable (Ctrl+D)</translation>
    </message>
    <message>
        <source>Unlock (Ctrl+U)</source>
        <translation>Unlock (Ctrl+U)</translation>
    </message>
    <message>
        <source>Each change is recorded in the audit log. A new PIN also lifts a lock.</source>
        <translation>Each change is recorded in the audit log. A new PIN also lifts a lock.</translation>
    </message>
    <message>
        <source>Only an administrator can change users.</source>
        <translation>Only an administrator can change users.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <source>Active · {n} wrong PIN(s)</source>
        <translation>Active · {n} wrong PIN(s)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Enable (Ctrl+D)</source>
        <translation>Enable (Ctrl+D)</translation>
    </message>
    <message>
        <source>Choose a user in the list first</source>
        <translation>Choose a user in the list first</translation>
    </message>
    <message>
        <source>{user} saved</source>
        <translation>{user} saved</translation>
    </message>
    <message>
        <source>{user} can sign in again</source>
        <translation>{user} can sign in again</translation>
    </message>
    <message>
        <source>{user} can no longer sign in</source>
        <translation>{user} can no longer sign in</translation>
    </message>
    <message>
        <source>{user} unlocked</source>
        <translation>{user} unlocked</translation>
    </message>
</context>
<context>
    <name>ZView</name>
    <message>
        <source>Z report</source>
        <translation>Z report</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>Amount (¥)</translation>
    </message>
    <message>
        <source>Print Z (Ctrl+P)</source>
        <translation>Print Z (Ctrl+P)</translation>
    </message>
    <message>
        <source>A4 PDF</source>
        <translation>A4 PDF</translation>
    </message>
    <message>
        <source>Z report · shift #{n}</source>
        <translation>Z report · shift #{n}</translation>
    </message>
    <message>
        <source>saved: {path}</source>
        <translation>saved: {path}</translation>
    </message>
    <message>
        <source>sent to the printer</source>
        <translation>sent to the printer</translation>
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
        <source>{field}: no emoji or pictures, please (the label printer cannot print them)</source>
        <translation>{field}: no emoji or pictures, please (the label printer cannot print them)</translation>
    </message>
    <message>
        <source>{field}: letters of the name only (no digits, emoji or symbols)</source>
        <translation>{field}: letters of the name only (no digits, emoji or symbols)</translation>
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
        <source>The two PINs are not the same: type the new PIN twice</source>
        <translation>The two PINs are not the same: type the new PIN twice</translation>
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
        <source>{path} is not a regular file (a device, a pipe or a link): give the name of a file to write</source>
        <translation>{path} is not a regular file (a device, a pipe or a link): give the name of a file to write</translation>
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
        <source>{username} is not locked</source>
        <translation>{username} is not locked</translation>
    </message>
    <message>
        <source>You cannot disable your own account while signed in with it</source>
        <translation>You cannot disable your own account while signed in with it</translation>
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
        <source>{field}: a masked number like {text} is not enough, type all 11 digits</source>
        <translation>{field}: a masked number like {text} is not enough, type all 11 digits</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a mobile number, type all 11 digits</source>
        <translation>{field}: &apos;{text}&apos; is not a mobile number, type all 11 digits</translation>
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
        <source>Nothing to correct on {tracking}: the values given are the ones recorded</source>
        <translation>Nothing to correct on {tracking}: the values given are the ones recorded</translation>
    </message>
    <message>
        <source>{tracking} is already on {slot}</source>
        <translation>{tracking} is already on {slot}</translation>
    </message>
    <message>
        <source>Type a tracking number, a phone&apos;s last four digits, a pickup code or a name</source>
        <translation>Type a tracking number, a phone&apos;s last four digits, a pickup code or a name</translation>
    </message>
    <message>
        <source>There is no shelf {shelf} (shelves: {shelves})</source>
        <translation>There is no shelf {shelf} (shelves: {shelves})</translation>
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
        <source>&apos;{round}&apos; is not a round number or id</source>
        <translation>&apos;{round}&apos; is not a round number or id</translation>
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
        <source>{n} parcel(s) on the shelf more than {days} days (the oldest since {since}): notify again or return them (Parcels → Overdue)</source>
        <translation>{n} parcel(s) on the shelf more than {days} days (the oldest since {since}): notify again or return them (Parcels → Overdue)</translation>
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
        <source>There are no labels to print</source>
        <translation>There are no labels to print</translation>
    </message>
    <message>
        <source>Labels are laid out 1-4 across and 1-8 down, not {columns} × {rows}</source>
        <translation>Labels are laid out 1-4 across and 1-8 down, not {columns} × {rows}</translation>
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
        <source>The station&apos;s token goes only to the platform it is enrolled with ({enrolled}), not to {url}: an admin enrols again there, or runs &apos;sync --hub URL --trust-hub&apos;</source>
        <translation>The station&apos;s token goes only to the platform it is enrolled with ({enrolled}), not to {url}: an admin enrols again there, or runs &apos;sync --hub URL --trust-hub&apos;</translation>
    </message>
    <message>
        <source>{url} is not the platform this station is enrolled with: the token was not sent</source>
        <translation>{url} is not the platform this station is enrolled with: the token was not sent</translation>
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
        <source>{n} change(s) have waited for the platform since {since}: sync now (Sync, F5) or take a USB bundle to the town</source>
        <translation>{n} change(s) have waited for the platform since {since}: sync now (Sync, F5) or take a USB bundle to the town</translation>
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
        <source>Open your shift first (Payments → Shift, Alt+3): no cash can be taken or handed out without one</source>
        <translation>Open your shift first (Payments → Shift, Alt+3): no cash can be taken or handed out without one</translation>
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
        <source>That is not a recovery code (56 letters and digits in groups of four): check it for typos</source>
        <translation>That is not a recovery code (56 letters and digits in groups of four): check it for typos</translation>
    </message>
    <message>
        <source>That recovery code belongs to another key than station {station_code}&apos;s</source>
        <translation>That recovery code belongs to another key than station {station_code}&apos;s</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot be a file name (a NUL character, or too long)</source>
        <translation>&apos;{path}&apos; cannot be a file name (a NUL character, or too long)</translation>
    </message>
    <message>
        <source>No secure password store (keyring) works on this computer, so the key that protects resident IDs and villagers&apos; personal data cannot be kept ({detail})</source>
        <translation>No secure password store (keyring) works on this computer, so the key that protects resident IDs and villagers&apos; personal data cannot be kept ({detail})</translation>
    </message>
    <message>
        <source>The key that protects resident IDs and personal data of station {station_code} is not in this computer&apos;s keyring: an admin puts it back with &apos;key import&apos; and the recovery code</source>
        <translation>The key that protects resident IDs and personal data of station {station_code} is not in this computer&apos;s keyring: an admin puts it back with &apos;key import&apos; and the recovery code</translation>
    </message>
    <message>
        <source>The keyring holds another key than the one station {station_code}&apos;s data was made with: an admin puts the right one back with &apos;key import&apos;</source>
        <translation>The keyring holds another key than the one station {station_code}&apos;s data was made with: an admin puts the right one back with &apos;key import&apos;</translation>
    </message>
    <message>
        <source>{path} was made under another resident-ID key than the one in this computer&apos;s keyring: it cannot be restored here</source>
        <translation>{path} was made under another resident-ID key than the one in this computer&apos;s keyring: it cannot be restored here</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>Labels of the inputs a core validator names in its errors (``field=…``), as the forms show them.</extracomment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Sender&apos;s name</source>
        <translation>Sender&apos;s name</translation>
    </message>
    <message>
        <source>Sender&apos;s resident ID</source>
        <translation>Sender&apos;s resident ID</translation>
    </message>
    <message>
        <source>Sender&apos;s phone</source>
        <translation>Sender&apos;s phone</translation>
    </message>
    <message>
        <source>Recipient&apos;s name</source>
        <translation>Recipient&apos;s name</translation>
    </message>
    <message>
        <source>Recipient&apos;s phone</source>
        <translation>Recipient&apos;s phone</translation>
    </message>
    <message>
        <source>Recipient&apos;s address</source>
        <translation>Recipient&apos;s address</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>Payer&apos;s name</source>
        <translation>Payer&apos;s name</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
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
        <source>Proxy&apos;s name</source>
        <translation>Proxy&apos;s name</translation>
    </message>
    <message>
        <source>Proxy&apos;s phone</source>
        <translation>Proxy&apos;s phone</translation>
    </message>
    <message>
        <source>Courier&apos;s name</source>
        <translation>Courier&apos;s name</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>County</source>
        <translation>County</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>Resident ID</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Purge before</source>
        <translation>Purge before</translation>
    </message>
    <message>
        <source>Buyer&apos;s address</source>
        <translation>Buyer&apos;s address</translation>
    </message>
    <message>
        <source>Buyer&apos;s resident ID</source>
        <translation>Buyer&apos;s resident ID</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>Buyer&apos;s name</translation>
    </message>
    <message>
        <source>Buyer&apos;s phone</source>
        <translation>Buyer&apos;s phone</translation>
    </message>
    <message>
        <source>Crop or pest</source>
        <translation>Crop or pest</translation>
    </message>
    <message>
        <source>Barcode (EAN-13)</source>
        <translation>Barcode (EAN-13)</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Active ingredient</source>
        <translation>Active ingredient</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Lot number</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Maker</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Production date</source>
        <translation>Production date</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>Supplier&apos;s phone</source>
        <translation>Supplier&apos;s phone</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Producer&apos;s contact</source>
        <translation>Producer&apos;s contact</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>Certificate date</translation>
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
        <source>Certified product</source>
        <translation>Certified product</translation>
    </message>
    <message>
        <source>Certified quantity</source>
        <translation>Certified quantity</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Return deadline</source>
        <translation>Return deadline</translation>
    </message>
    <message>
        <source>Variety</source>
        <translation>Variety</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>&apos;{bill_type}&apos; is not a bill type: use {allowed}</source>
        <translation>&apos;{bill_type}&apos; is not a bill type: use {allowed}</translation>
    </message>
    <message>
        <source>&apos;{biller}&apos; is not a biller for this bill: use {allowed}</source>
        <translation>&apos;{biller}&apos; is not a biller for this bill: use {allowed}</translation>
    </message>
    <message>
        <source>The account fits several billers ({allowed}): choose the biller</source>
        <translation>The account fits several billers ({allowed}): choose the biller</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid {label} for this bill</source>
        <translation>&apos;{text}&apos; is not a valid {label} for this bill</translation>
    </message>
    <message>
        <source>The insured person must be at least {min_age} years old</source>
        <translation>The insured person must be at least {min_age} years old</translation>
    </message>
    <message>
        <source>Choose one of the {year} contribution grades: ¥{grades}</source>
        <translation>Choose one of the {year} contribution grades: ¥{grades}</translation>
    </message>
    <message>
        <source>The {year} contribution is ¥{amount}</source>
        <translation>The {year} contribution is ¥{amount}</translation>
    </message>
    <message>
        <source>Top-ups come in ¥{faces}</source>
        <translation>Top-ups come in ¥{faces}</translation>
    </message>
    <message>
        <source>The amount must be at least ¥{min}</source>
        <translation>The amount must be at least ¥{min}</translation>
    </message>
    <message>
        <source>The amount may be at most ¥{max}</source>
        <translation>The amount may be at most ¥{max}</translation>
    </message>
    <message>
        <source>The amount must be a multiple of ¥{multiple}</source>
        <translation>The amount must be a multiple of ¥{multiple}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a payment status: use {allowed}</source>
        <translation>&apos;{text}&apos; is not a payment status: use {allowed}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a payment reference</source>
        <translation>&apos;{text}&apos; is not a payment reference</translation>
    </message>
    <message>
        <source>Reference {text} fails its check digit: scan it again</source>
        <translation>Reference {text} fails its check digit: scan it again</translation>
    </message>
    <message>
        <source>No payment {payment}</source>
        <translation>No payment {payment}</translation>
    </message>
    <message>
        <source>The platform has switched {bill_type} payments off</source>
        <translation>The platform has switched {bill_type} payments off</translation>
    </message>
    <message>
        <source>This year&apos;s {bill_type} contribution is not set yet: sync with the platform or ask the administrator</source>
        <translation>This year&apos;s {bill_type} contribution is not set yet: sync with the platform or ask the administrator</translation>
    </message>
    <message>
        <source>The station&apos;s {bill_type} contribution setting is not valid: ask the administrator</source>
        <translation>The station&apos;s {bill_type} contribution setting is not valid: ask the administrator</translation>
    </message>
    <message>
        <source>{bill_type} contributions for {year} are taken from {opens} to {closes}</source>
        <translation>{bill_type} contributions for {year} are taken from {opens} to {closes}</translation>
    </message>
    <message>
        <source>The same payment (¥{amount}) was taken {minutes} min ago as {reference}: confirm it is a second payment</source>
        <translation>The same payment (¥{amount}) was taken {minutes} min ago as {reference}: confirm it is a second payment</translation>
    </message>
    <message>
        <source>¥{amount} is more than one offline payment may be (¥{cap})</source>
        <translation>¥{amount} is more than one offline payment may be (¥{cap})</translation>
    </message>
    <message>
        <source>Payments waiting for the platform add up to ¥{pending} (cap ¥{cap}): sync before taking more</source>
        <translation>Payments waiting for the platform add up to ¥{pending} (cap ¥{cap}): sync before taking more</translation>
    </message>
    <message>
        <source>A payment has waited for the platform more than {hours} hours: sync before taking more</source>
        <translation>A payment has waited for the platform more than {hours} hours: sync before taking more</translation>
    </message>
    <message>
        <source>Payment {reference} is {payment_status}: only a rejected payment is refunded</source>
        <translation>Payment {reference} is {payment_status}: only a rejected payment is refunded</translation>
    </message>
    <message>
        <source>Payment {reference} was refunded already</source>
        <translation>Payment {reference} was refunded already</translation>
    </message>
    <message>
        <source>{n} payment(s) waiting for the platform more than {hours} hours (oldest {reference}): sync now</source>
        <translation>{n} payment(s) waiting for the platform more than {hours} hours (oldest {reference}): sync now</translation>
    </message>
    <message>
        <source>Payments waiting for the platform: ¥{total} of the ¥{cap} offline cap</source>
        <translation>Payments waiting for the platform: ¥{total} of the ¥{cap} offline cap</translation>
    </message>
    <message>
        <source>{n} rejected payment(s) (¥{total}) to refund: Payments → List</source>
        <translation>{n} rejected payment(s) (¥{total}) to refund: Payments → List</translation>
    </message>
    <message>
        <source>{n} platform decision(s) were ignored (a second, different answer or an unknown payment): tell the town office</source>
        <translation>{n} platform decision(s) were ignored (a second, different answer or an unknown payment): tell the town office</translation>
    </message>
    <message>
        <source>The registration number has an unusual form: check it against the label</source>
        <translation>The registration number has an unusual form: check it against the label</translation>
    </message>
    <message>
        <source>A pesticide should carry its registration number (PD…): add it from the label</source>
        <translation>A pesticide should carry its registration number (PD…): add it from the label</translation>
    </message>
    <message>
        <source>Restricted-use pesticide: explain the dose on the label, protective clothing, the safe interval before harvest, keeping it from children and returning the empty container</source>
        <translation>Restricted-use pesticide: explain the dose on the label, protective clothing, the safe interval before harvest, keeping it from children and returning the empty container</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a product category: use {allowed}</source>
        <translation>&apos;{text}&apos; is not a product category: use {allowed}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a quantity: a whole number of units from 1 to 1,000,000</source>
        <translation>&apos;{text}&apos; is not a quantity: a whole number of units from 1 to 1,000,000</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a pesticide label code (32 digits, starting 1, 2 or 3)</source>
        <translation>&apos;{text}&apos; is not a pesticide label code (32 digits, starting 1, 2 or 3)</translation>
    </message>
    <message>
        <source>Only a pesticide carries a 32-digit label code</source>
        <translation>Only a pesticide carries a 32-digit label code</translation>
    </message>
    <message>
        <source>The label code says registration …{code_digits}, but this product&apos;s number is {reg_no}: this label is not this product&apos;s</source>
        <translation>The label code says registration …{code_digits}, but this product&apos;s number is {reg_no}: this label is not this product&apos;s</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a lot number (no spaces)</source>
        <translation>&apos;{text}&apos; is not a lot number (no spaces)</translation>
    </message>
    <message>
        <source>The expiry date {expires} is before the production date {produced}</source>
        <translation>The expiry date {expires} is before the production date {produced}</translation>
    </message>
    <message>
        <source>The production date {produced} is in the future</source>
        <translation>The production date {produced} is in the future</translation>
    </message>
    <message>
        <source>Lot {lot} is already held with production date {produced} and expiry {expires}: check the dates</source>
        <translation>Lot {lot} is already held with production date {produced} and expiry {expires}: check the dates</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not PRODUCT:QUANTITY</source>
        <translation>&apos;{text}&apos; is not PRODUCT:QUANTITY</translation>
    </message>
    <message>
        <source>Nothing to sell: add a product</source>
        <translation>Nothing to sell: add a product</translation>
    </message>
    <message>
        <source>{product} is a restricted-use pesticide, sold by real name only: give the buyer&apos;s name, resident ID, phone, address and the crop or pest (missing: {missing})</source>
        <translation>{product} is a restricted-use pesticide, sold by real name only: give the buyer&apos;s name, resident ID, phone, address and the crop or pest (missing: {missing})</translation>
    </message>
    <message>
        <source>{product} is not in this sale</source>
        <translation>{product} is not in this sale</translation>
    </message>
    <message>
        <source>Several products have a lot {lot} ({products}): say which product</source>
        <translation>Several products have a lot {lot} ({products}): say which product</translation>
    </message>
    <message>
        <source>Name the lot (and the product) to recall</source>
        <translation>Name the lot (and the product) to recall</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start})</source>
        <translation>The period ends ({end}) before it starts ({start})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a ledger: use {allowed}</source>
        <translation>&apos;{text}&apos; is not a ledger: use {allowed}</translation>
    </message>
    <message>
        <source>Column {column} cannot hold &apos;{text}&apos;</source>
        <translation>Column {column} cannot hold &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>An export needs at least one column</source>
        <translation>An export needs at least one column</translation>
    </message>
    <message>
        <source>An export row has {got} values for {expected} columns</source>
        <translation>An export row has {got} values for {expected} columns</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an export format: use {allowed}</source>
        <translation>&apos;{text}&apos; is not an export format: use {allowed}</translation>
    </message>
    <message>
        <source>Say where to write the file (--out FILE)</source>
        <translation>Say where to write the file (--out FILE)</translation>
    </message>
    <message>
        <source>No product {product}</source>
        <translation>No product {product}</translation>
    </message>
    <message>
        <source>No lot {lot}</source>
        <translation>No lot {lot}</translation>
    </message>
    <message>
        <source>No sale {sale}</source>
        <translation>No sale {sale}</translation>
    </message>
    <message>
        <source>No recall {recall}</source>
        <translation>No recall {recall}</translation>
    </message>
    <message>
        <source>Sale {sale} is not among the buyers of recall {recall}</source>
        <translation>Sale {sale} is not among the buyers of recall {recall}</translation>
    </message>
    <message>
        <source>Sale {sale} recorded no phone number</source>
        <translation>Sale {sale} recorded no phone number</translation>
    </message>
    <message>
        <source>No flag {flag}</source>
        <translation>No flag {flag}</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist</source>
        <translation>The folder {folder} does not exist</translation>
    </message>
    <message>
        <source>Barcode {ean} already belongs to {name}</source>
        <translation>Barcode {ean} already belongs to {name}</translation>
    </message>
    <message>
        <source>{name} may not be sold since {since} (banned): take it off the shelf</source>
        <translation>{name} may not be sold since {since} (banned): take it off the shelf</translation>
    </message>
    <message>
        <source>{name} was withdrawn from the approved catalogue</source>
        <translation>{name} was withdrawn from the approved catalogue</translation>
    </message>
    <message>
        <source>Lot {lot} expired on {expires}: it cannot be taken into stock</source>
        <translation>Lot {lot} expired on {expires}: it cannot be taken into stock</translation>
    </message>
    <message>
        <source>Lot {lot} is recalled</source>
        <translation>Lot {lot} is recalled</translation>
    </message>
    <message>
        <source>Lot {lot} holds {qty}: a change of {delta} would leave less than nothing</source>
        <translation>Lot {lot} holds {qty}: a change of {delta} would leave less than nothing</translation>
    </message>
    <message>
        <source>Only {available} of {product} can be sold (not expired, not recalled): {wanted} asked</source>
        <translation>Only {available} of {product} can be sold (not expired, not recalled): {wanted} asked</translation>
    </message>
    <message>
        <source>Open your shift first: count the float into the drawer (Shop page: Open shift; command line: shift open --float YUAN), then sell</source>
        <translation>Open your shift first: count the float into the drawer (Shop page: Open shift; command line: shift open --float YUAN), then sell</translation>
    </message>
    <message>
        <source>Only {left} of {product} can still come back from this sale</source>
        <translation>Only {left} of {product} can still come back from this sale</translation>
    </message>
    <message>
        <source>Everything of sale {sale} has come back already</source>
        <translation>Everything of sale {sale} has come back already</translation>
    </message>
    <message>
        <source>{name} was never stocked: there is no lot to recall</source>
        <translation>{name} was never stocked: there is no lot to recall</translation>
    </message>
    <message>
        <source>Ledger rows are kept two years: nothing dated after {earliest} may be removed (asked: before {before})</source>
        <translation>Ledger rows are kept two years: nothing dated after {earliest} may be removed (asked: before {before})</translation>
    </message>
    <message>
        <source>{path} is not a plain file: choose another name</source>
        <translation>{path} is not a plain file: choose another name</translation>
    </message>
    <message>
        <source>Could not write {path} ({detail})</source>
        <translation>Could not write {path} ({detail})</translation>
    </message>
    <message>
        <source>{n} sale(s) of a banned product were made after the ban took effect: see Shop → Stock</source>
        <translation>{n} sale(s) of a banned product were made after the ban took effect: see Shop → Stock</translation>
    </message>
    <message>
        <source>{lots} expired lot(s) still hold {units} unit(s): take them off the shelf</source>
        <translation>{lots} expired lot(s) still hold {units} unit(s): take them off the shelf</translation>
    </message>
    <message>
        <source>{lots} lot(s) expire within {days} days (the first on {first})</source>
        <translation>{lots} lot(s) expire within {days} days (the first on {first})</translation>
    </message>
    <message>
        <source>{n} product(s) low on stock: {names}</source>
        <translation>{n} product(s) low on stock: {names}</translation>
    </message>
    <message>
        <source>{lots} recalled lot(s) still hold {units} unit(s): send them back to the supplier</source>
        <translation>{lots} recalled lot(s) still hold {units} unit(s): send them back to the supplier</translation>
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
    <message>
        <source>{date} has not begun yet: a report covers a day or month up to today</source>
        <translation>{date} has not begun yet: a report covers a day or month up to today</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a chart kind: bar or line</source>
        <translation>&apos;{kind}&apos; is not a chart kind: bar or line</translation>
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
    <name>reports</name>
    <message>
        <source>Daily station report</source>
        <extracomment>every word a report prints, by key (``WORDS[key]`` is the English source, context &quot;reports&quot;)</extracomment>
        <translation>Daily station report</translation>
    </message>
    <message>
        <source>Monthly subsidy report: upstream and downstream parcels</source>
        <translation>Monthly subsidy report: upstream and downstream parcels</translation>
    </message>
    <message>
        <source>Sync report</source>
        <translation>Sync report</translation>
    </message>
    <message>
        <source>Records counted for the subsidy</source>
        <translation>Records counted for the subsidy</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>Data as of (last successful sync)</source>
        <translation>Data as of (last successful sync)</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message>
        <source>Month-on-month baseline</source>
        <translation>Month-on-month baseline</translation>
    </message>
    <message>
        <source>Year-on-year baseline</source>
        <translation>Year-on-year baseline</translation>
    </message>
    <message>
        <source>— (no data for {month})</source>
        <translation>— (no data for {month})</translation>
    </message>
    <message>
        <source>Counting rules</source>
        <translation>Counting rules</translation>
    </message>
    <message>
        <source>downstream: parcels checked in ({statuses}), returns {returns}; upstream: when {upstream}; months in {timezone}</source>
        <translation>downstream: parcels checked in ({statuses}), returns {returns}; upstream: when {upstream}; months in {timezone}</translation>
    </message>
    <message>
        <source>Personal data masked</source>
        <translation>Personal data masked</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>netted in the month they go back</source>
        <translation>netted in the month they go back</translation>
    </message>
    <message>
        <source>counted like any parcel</source>
        <translation>counted like any parcel</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>not counted</translation>
    </message>
    <message>
        <source>accepted at the counter</source>
        <translation>accepted at the counter</translation>
    </message>
    <message>
        <source>handed to the courier</source>
        <translation>handed to the courier</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Weight (kg)</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>MoM change</source>
        <translation>MoM change</translation>
    </message>
    <message>
        <source>MoM %</source>
        <translation>MoM %</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>Same month last year</translation>
    </message>
    <message>
        <source>YoY change</source>
        <translation>YoY change</translation>
    </message>
    <message>
        <source>YoY %</source>
        <translation>YoY %</translation>
    </message>
    <message>
        <source>Downstream</source>
        <translation>Downstream</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>Upstream</translation>
    </message>
    <message>
        <source>Produce parcels</source>
        <translation>Produce parcels</translation>
    </message>
    <message>
        <source>Consignment sales (yuan)</source>
        <translation>Consignment sales (yuan)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Float</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Status / category</source>
        <translation>Status / category</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Counts</translation>
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
        <source>Bytes up</source>
        <translation>Bytes up</translation>
    </message>
    <message>
        <source>Bytes down</source>
        <translation>Bytes down</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>This station</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Parcels</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Agri-input shop</source>
        <translation>Agri-input shop</translation>
    </message>
    <message>
        <source>Produce consignment</source>
        <translation>Produce consignment</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Parcel volumes</source>
        <translation>Parcel volumes</translation>
    </message>
    <message>
        <source>Produce parcels by weight (kg)</source>
        <translation>Produce parcels by weight (kg)</translation>
    </message>
    <message>
        <source>Consignment produce sold (yuan)</source>
        <translation>Consignment produce sold (yuan)</translation>
    </message>
    <message>
        <source>Consignment produce sold (kg)</source>
        <translation>Consignment produce sold (kg)</translation>
    </message>
    <message>
        <source>Consignment produce sold (pieces)</source>
        <translation>Consignment produce sold (pieces)</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Per day</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Recent runs</translation>
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
        <source>Parcels today</source>
        <translation>Parcels today</translation>
    </message>
    <message>
        <source>Parcels per day</source>
        <translation>Parcels per day</translation>
    </message>
    <message>
        <source>This month against its baselines</source>
        <translation>This month against its baselines</translation>
    </message>
    <message>
        <source>Produce parcels by category</source>
        <translation>Produce parcels by category</translation>
    </message>
    <message>
        <source>parcels</source>
        <translation>parcels</translation>
    </message>
    <message>
        <source>Parcels in</source>
        <translation>Parcels in</translation>
    </message>
    <message>
        <source>Picked up at the counter</source>
        <translation>Picked up at the counter</translation>
    </message>
    <message>
        <source>Delivered on rounds</source>
        <translation>Delivered on rounds</translation>
    </message>
    <message>
        <source>Taken out on rounds</source>
        <translation>Taken out on rounds</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>Returned to sender</translation>
    </message>
    <message>
        <source>Overdue (over {n} days) at the end of the day</source>
        <translation>Overdue (over {n} days) at the end of the day</translation>
    </message>
    <message>
        <source>Sent (outbound)</source>
        <translation>Sent (outbound)</translation>
    </message>
    <message>
        <source>of them produce</source>
        <translation>of them produce</translation>
    </message>
    <message>
        <source>Produce: {category}</source>
        <translation>Produce: {category}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>of them restricted-use pesticides (real name)</source>
        <translation>of them restricted-use pesticides (real name)</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Produce taken in (lots)</source>
        <translation>Produce taken in (lots)</translation>
    </message>
    <message>
        <source>Counter sales</source>
        <translation>Counter sales</translation>
    </message>
    <message>
        <source>Shipped to buyers</source>
        <translation>Shipped to buyers</translation>
    </message>
    <message>
        <source>Sales reversed</source>
        <translation>Sales reversed</translation>
    </message>
    <message>
        <source>Sold, net</source>
        <translation>Sold, net</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Postage charged to farmers</source>
        <translation>Postage charged to farmers</translation>
    </message>
    <message>
        <source>Losses recorded</source>
        <translation>Losses recorded</translation>
    </message>
    <message>
        <source>Given back to farmers</source>
        <translation>Given back to farmers</translation>
    </message>
    <message>
        <source>Statements made (net)</source>
        <translation>Statements made (net)</translation>
    </message>
    <message>
        <source>Farmers paid</source>
        <translation>Farmers paid</translation>
    </message>
    <message>
        <source>Changes waiting for the platform</source>
        <translation>Changes waiting for the platform</translation>
    </message>
    <message>
        <source>Oldest waiting since</source>
        <translation>Oldest waiting since</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <source>Acknowledged up to change no.</source>
        <translation>Acknowledged up to change no.</translation>
    </message>
    <message>
        <source>nothing is waiting</source>
        <translation>nothing is waiting</translation>
    </message>
    <message>
        <source>the platform holds exactly this station&apos;s records</source>
        <translation>the platform holds exactly this station&apos;s records</translation>
    </message>
    <message>
        <source>differences: see the counts by kind</source>
        <translation>differences: see the counts by kind</translation>
    </message>
    <message>
        <source>not checked (needs the platform)</source>
        <translation>not checked (needs the platform)</translation>
    </message>
    <message>
        <source>Downstream (inbound) parcels</source>
        <translation>Downstream (inbound) parcels</translation>
    </message>
    <message>
        <source>Upstream (outbound) parcels</source>
        <translation>Upstream (outbound) parcels</translation>
    </message>
    <message>
        <source>Produce parcels: {category}</source>
        <translation>Produce parcels: {category}</translation>
    </message>
    <message>
        <source>All produce</source>
        <translation>All produce</translation>
    </message>
    <message>
        <source>All consigned produce</source>
        <translation>All consigned produce</translation>
    </message>
    <message>
        <source>downstream</source>
        <translation>downstream</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>upstream</source>
        <translation>upstream</translation>
    </message>
    <message>
        <source>consignment</source>
        <translation>consignment</translation>
    </message>
    <message>
        <source>citrus</source>
        <translation>citrus</translation>
    </message>
    <message>
        <source>medicinal herbs</source>
        <translation>medicinal herbs</translation>
    </message>
    <message>
        <source>crisp plums</source>
        <translation>crisp plums</translation>
    </message>
    <message>
        <source>zhacai</source>
        <translation>zhacai</translation>
    </message>
    <message>
        <source>Sichuan pepper</source>
        <translation>Sichuan pepper</translation>
    </message>
    <message>
        <source>other produce</source>
        <translation>other produce</translation>
    </message>
    <message>
        <source>in the station</source>
        <translation>in the station</translation>
    </message>
    <message>
        <source>out for delivery</source>
        <translation>out for delivery</translation>
    </message>
    <message>
        <source>picked up</source>
        <translation>picked up</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>electricity</source>
        <translation>electricity</translation>
    </message>
    <message>
        <source>water</source>
        <translation>water</translation>
    </message>
    <message>
        <source>gas</source>
        <translation>gas</translation>
    </message>
    <message>
        <source>mobile top-up</source>
        <translation>mobile top-up</translation>
    </message>
    <message>
        <source>broadband / TV</source>
        <translation>broadband / TV</translation>
    </message>
    <message>
        <source>resident pension insurance</source>
        <translation>resident pension insurance</translation>
    </message>
    <message>
        <source>resident medical insurance</source>
        <translation>resident medical insurance</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>refunded</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
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
