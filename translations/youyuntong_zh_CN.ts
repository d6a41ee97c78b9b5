<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BuyerForm</name>
    <message>
        <source>Real-name purchase: restricted-use pesticide</source>
        <translation>实名购买：限制使用农药</translation>
    </message>
    <message>
        <source>18 characters, an adult&apos;s</source>
        <translation>18 位，须年满 18 周岁</translation>
    </message>
    <message>
        <source>full 11 digits</source>
        <translation>完整 11 位手机号</translation>
    </message>
    <message>
        <source>e.g. citrus, red spider mite</source>
        <translation>如：柑橘 红蜘蛛</translation>
    </message>
    <message>
        <source>I explained the dose and safety to the buyer</source>
        <translation>已向购买人讲解用量和安全注意事项</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>购买人姓名</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Crop / pest</source>
        <translation>作物/防治对象</translation>
    </message>
</context>
<context>
    <name>CarrierScreen</name>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>CheckinScreen</name>
    <message>
        <source>Scan the parcel (or type the number, Enter)</source>
        <translation>扫描快递（或输入单号后按回车）</translation>
    </message>
    <message>
        <source>13812341234 · 1381234 = 138****1234</source>
        <translation>13812341234 · 1381234 即 138****1234</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <source>optional: for home delivery (the pre-advice may bring it)</source>
        <translation>可不填：送货上门用（预报信息可能已带地址）</translation>
    </message>
    <message>
        <source>Least full</source>
        <translation>自动（最空的一层）</translation>
    </message>
    <message>
        <source>Check in (Enter)</source>
        <translation>入库（回车）</translation>
    </message>
    <message>
        <source>Print slip (Ctrl+P)</source>
        <translation>打印取件条 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Waiting for the phone</source>
        <translation>等待填写手机号</translation>
    </message>
    <message>
        <source>Scan a parcel: its pickup code shows here</source>
        <translation>扫描快递：取件码会显示在这里</translation>
    </message>
    <message>
        <source>Last {n} check-ins</source>
        <translation>最近 {n} 件入库</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Phone (F2)</source>
        <translation>手机号 (F2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Place (F3)</source>
        <translation>货位 (F3)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Scan the parcel first</source>
        <translation>请先扫描快递</translation>
    </message>
    <message>
        <source>Shelf {shelf}, layer {layer} · {tracking} · {phone} {name}</source>
        <translation>{shelf} 号货架第 {layer} 层 · {tracking} · {phone} {name}</translation>
    </message>
    <message>
        <source>pre-advised</source>
        <translation>已预报</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <source>{tracking} checked in: {code}</source>
        <translation>{tracking} 已入库：{code}</translation>
    </message>
    <message>
        <source>Phone not valid</source>
        <translation>手机号不对</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>请重新输入</translation>
    </message>
    <message>
        <source>Already checked in — it is here:</source>
        <translation>已经入库过了——在这里：</translation>
    </message>
    <message>
        <source>Place {place} · {status} · {tracking}</source>
        <translation>货位 {place} · {status} · {tracking}</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>未入库</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>单号无效</translation>
    </message>
    <message>
        <source>Shelf full</source>
        <translation>货架已满</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>无权操作</translation>
    </message>
    <message>
        <source>Check the parcel</source>
        <translation>请检查快递</translation>
    </message>
    <message>
        <source>{tracking} is not checked in yet</source>
        <translation>{tracking} 尚未入库</translation>
    </message>
    <message>
        <source>Waiting: {n}</source>
        <translation>待补手机号：{n} 件</translation>
    </message>
    <message>
        <source>It waits for its phone after {current}: type the phones one by one, or click a waiting number (F4: the next one).</source>
        <translation>排在 {current} 之后等待手机号：请逐件输入手机号，或点击等待中的单号（F4：下一件）。</translation>
    </message>
    <message>
        <source>{tracking} waits for its phone too ({n} waiting)</source>
        <translation>{tracking} 也在等待手机号（共 {n} 件）</translation>
    </message>
    <message>
        <source>Put aside, not checked in: {tracking}</source>
        <translation>已放到一边，未入库：{tracking}</translation>
    </message>
    <message>
        <source>Scan it again when its phone is known.</source>
        <translation>知道手机号后再扫一次即可。</translation>
    </message>
    <message>
        <source>Click: type this parcel&apos;s phone now</source>
        <translation>点击：现在输入这件的手机号</translation>
    </message>
    <message>
        <source>Waiting for the phone: {n}</source>
        <translation>等待手机号：{n} 件</translation>
    </message>
    <message>
        <source>The phone typed now is for {tracking} · Enter checks it in · Esc puts it aside</source>
        <translation>现在输入的手机号属于 {tracking} · 回车入库 · Esc 放到一边</translation>
    </message>
    <message>
        <source>No pre-advice for {tracking}</source>
        <translation>{tracking} 没有预报信息</translation>
    </message>
    <message>
        <source>Type the phone</source>
        <translation>请输入手机号</translation>
    </message>
    <message>
        <source>Full 11 digits, or the masked one as 7 digits (1381234 = 138****1234). Name optional. Enter checks in.</source>
        <translation>输入完整 11 位，或隐私面单上的前 3 位加后 4 位（1381234 即 138****1234）。姓名可不填。按回车入库。</translation>
    </message>
    <message>
        <source>{tracking}: type the recipient&apos;s phone, then Enter</source>
        <translation>{tracking}：请输入收件人手机号，然后按回车</translation>
    </message>
    <message>
        <source>Moved: new pickup code</source>
        <translation>已移位：新取件码</translation>
    </message>
    <message>
        <source>Shelf {shelf}, layer {layer} · {tracking} · was {old}</source>
        <translation>{shelf} 号货架第 {layer} 层 · {tracking} · 原取件码 {old}</translation>
    </message>
    <message>
        <source>Check-in corrected</source>
        <translation>入库信息已更正</translation>
    </message>
    <message>
        <source>{tracking} saved</source>
        <translation>{tracking} 已保存</translation>
    </message>
    <message>
        <source>Check a parcel in first</source>
        <translation>请先入库一件快递</translation>
    </message>
    <message>
        <source>Slip saved: {path}</source>
        <translation>取件条已保存：{path}</translation>
    </message>
    <message>
        <source>Slip sent to the printer</source>
        <translation>取件条已发送到打印机</translation>
    </message>
</context>
<context>
    <name>ConsignDocuments</name>
    <message>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Farmer</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>退还期限</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>合格证</translation>
    </message>
    <message>
        <source>Promise of compliance</source>
        <translation>承诺达标合格证</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>产地</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <source>Promise basis</source>
        <translation>承诺依据</translation>
    </message>
    <message>
        <source>Consignment intake receipt</source>
        <translation>代销收货单</translation>
    </message>
    <message>
        <source>The produce is the farmer&apos;s until sold. Keep this receipt for the settlement.</source>
        <translation>售出前货物归农户所有。请保管好本单，结算时出示。</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Farm produce sale</source>
        <translation>农产品销售小票</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Sold for the farmer by the station</source>
        <translation>本站代农户销售</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>尚未付款</translation>
    </message>
    <message>
        <source>Paid {amount} ({method}) {when}</source>
        <translation>已付 {amount}（{method}）{when}</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细条数</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Gross sales</source>
        <translation>销售总额</translation>
    </message>
    <message>
        <source>Less commission</source>
        <translation>减：佣金</translation>
    </message>
    <message>
        <source>Less postage</source>
        <translation>减：邮费</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Owed from the last statement</source>
        <translation>上期欠款</translation>
    </message>
    <message>
        <source>To pay the farmer</source>
        <translation>应付农户</translation>
    </message>
    <message>
        <source>Carried to the next statement</source>
        <translation>转入下期</translation>
    </message>
    <message>
        <source>Consignment statement</source>
        <translation>代销结算单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>邮费</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Commission is rounded to the fen on each sale line. Corrections appear on the next statement.</source>
        <translation>佣金按每笔销售四舍五入到分。更正记入下期结算单。</translation>
    </message>
    <message>
        <source>less commission / postage</source>
        <translation>减 佣金 / 邮费</translation>
    </message>
    <message>
        <source>Sign when you receive the money.</source>
        <translation>收到款项后请签字。</translation>
    </message>
</context>
<context>
    <name>ConsignScreen</name>
    <message>
        <source>saved as PDF in the prints folder</source>
        <translation>已存为 PDF（打印文件夹）</translation>
    </message>
    <message>
        <source>sent to the printer</source>
        <translation>已发送到打印机</translation>
    </message>
</context>
<context>
    <name>ConsignWords</name>
    <message>
        <source>Sold</source>
        <translation>售出</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>寄出</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>报损</translation>
    </message>
    <message>
        <source>Returned to farmer</source>
        <translation>退还农户</translation>
    </message>
    <message>
        <source>Sale reversed</source>
        <translation>销售冲正</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>公斤</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Floor price</source>
        <translation>保底价</translation>
    </message>
    <message>
        <source>Agreed price</source>
        <translation>约定价</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Nothing to pay</source>
        <translation>无需付款</translation>
    </message>
    <message>
        <source>Entrusted testing</source>
        <translation>委托检测</translation>
    </message>
    <message>
        <source>Own testing</source>
        <translation>自我检测</translation>
    </message>
    <message>
        <source>Internal quality control</source>
        <translation>内部质量控制</translation>
    </message>
    <message>
        <source>Own promise</source>
        <translation>自我承诺</translation>
    </message>
    <message>
        <source>Premium</source>
        <extracomment>grades offered at intake (typed ones are accepted too)</extracomment>
        <translation>特级</translation>
    </message>
    <message>
        <source>Grade 1</source>
        <translation>一级</translation>
    </message>
    <message>
        <source>Grade 2</source>
        <translation>二级</translation>
    </message>
    <message>
        <source>Grade 3</source>
        <translation>三级</translation>
    </message>
    <message>
        <source>Ungraded</source>
        <translation>统货</translation>
    </message>
    <message>
        <source>Crisp plums (脆李)</source>
        <extracomment>products offered at intake: the county&apos;s usual produce (typed ones are accepted too)</extracomment>
        <translation>脆李</translation>
    </message>
    <message>
        <source>Citrus (柑橘)</source>
        <translation>柑橘</translation>
    </message>
    <message>
        <source>Zhacai (榨菜)</source>
        <translation>榨菜</translation>
    </message>
    <message>
        <source>Sichuan pepper (花椒)</source>
        <translation>花椒</translation>
    </message>
    <message>
        <source>Chinese herbs (中药材)</source>
        <translation>中药材</translation>
    </message>
    <message>
        <source>Lemons (柠檬)</source>
        <translation>柠檬</translation>
    </message>
</context>
<context>
    <name>ConsignmentPage</name>
    <message>
        <source>Intake</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Settle and pay</source>
        <translation>结算付款</translation>
    </message>
    <message>
        <source>Farmers</source>
        <translation>农户</translation>
    </message>
</context>
<context>
    <name>CorrectionButtons</name>
    <message>
        <source>Correct… (Ctrl+E)</source>
        <translation>更正…（Ctrl+E）</translation>
    </message>
    <message>
        <source>Move… (Ctrl+M)</source>
        <translation>移位…（Ctrl+M）</translation>
    </message>
    <message>
        <source>Choose a parcel in the list first</source>
        <translation>请先在列表中选中一件快递</translation>
    </message>
    <message>
        <source>Only a parcel on the shelf can be corrected or moved</source>
        <translation>只有在架的快递才能更正或移位</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Misread the waybill</source>
        <translation>面单看错了</translation>
    </message>
    <message>
        <source>The recipient called with the right number</source>
        <translation>收件人来电告知正确号码</translation>
    </message>
    <message>
        <source>Wrong carrier chosen</source>
        <translation>快递公司选错了</translation>
    </message>
    <message>
        <source>Correct the check-in</source>
        <translation>更正入库信息</translation>
    </message>
    <message>
        <source>now {phone} · 11 digits, or 1381234 = 138****1234</source>
        <translation>现为 {phone} · 填 11 位号码，或 1381234 即 138****1234</translation>
    </message>
    <message>
        <source>now {name}</source>
        <translation>现为 {name}</translation>
    </message>
    <message>
        <source>unchanged ({carrier})</source>
        <translation>不变（{carrier}）</translation>
    </message>
    <message>
        <source>now {address}</source>
        <translation>现为 {address}</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>Leave a field empty to keep it. A corrected phone gets a new pickup notice.</source>
        <translation>不改的项留空即可。改了手机号会重新发送取件通知。</translation>
    </message>
</context>
<context>
    <name>FarmerPicker</name>
    <message>
        <source>Phone tail, name or F-number</source>
        <translation>手机尾号、姓名或农户编号</translation>
    </message>
</context>
<context>
    <name>FarmersScreen</name>
    <message>
        <source>Find: last 4 digits of the phone, name, village or F-number</source>
        <translation>查找：手机后四位、姓名、村名或农户编号</translation>
    </message>
    <message>
        <source>Farmer</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <source>Full 11-digit mobile number</source>
        <translation>完整的 11 位手机号</translation>
    </message>
    <message>
        <source>Optional: stored masked only</source>
        <translation>选填：只保存脱敏号码</translation>
    </message>
    <message>
        <source>Last 4 digits of the bank card</source>
        <translation>银行卡后四位</translation>
    </message>
    <message>
        <source>Register farmer (F9)</source>
        <translation>登记农户 (F9)</translation>
    </message>
    <message>
        <source>Register a farmer once; find them next time by the phone&apos;s last four digits</source>
        <translation>农户只需登记一次，下次凭手机后四位查找</translation>
    </message>
    <message>
        <source>New farmer</source>
        <translation>新农户</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Farmer {code} registered</source>
        <translation>农户 {code} 已登记</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未能登记</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Press a big button to start.

Scan each parcel with the scanner.

Press Back (or Esc) to return.

Ask the clerk if anything is unclear.</source>
        <translation>按一个大按钮开始。

用扫码枪扫每一件快递。

按“返回”（或 Esc）回到上一页。

有不明白的地方请问营业员。</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <source>e.g. 25.5</source>
        <translation>如 25.5</translation>
    </message>
    <message>
        <source>yuan per kg</source>
        <translation>元/公斤</translation>
    </message>
    <message>
        <source>Agreed price (sell at exactly this price)</source>
        <translation>约定价（只按此价出售）</translation>
    </message>
    <message>
        <source>Promise-of-compliance certificate (承诺达标合格证)</source>
        <translation>承诺达标合格证</translation>
    </message>
    <message>
        <source>Take in + print receipt (F9)</source>
        <translation>收货并打印收货单 (F9)</translation>
    </message>
    <message>
        <source>Choose the farmer and weigh the produce</source>
        <translation>选择农户，称重收货</translation>
    </message>
    <message>
        <source>Lots taken in lately</source>
        <translation>最近收货批次</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>货品</translation>
    </message>
    <message>
        <source>Farmer</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>Variety</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>退还期限</translation>
    </message>
    <message>
        <source>Commission %</source>
        <translation>佣金 %</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>产地</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <source>Promise basis</source>
        <translation>承诺依据</translation>
    </message>
    <message>
        <source>e.g. 40</source>
        <translation>如 40</translation>
    </message>
    <message>
        <source>yuan per piece</source>
        <translation>元/件</translation>
    </message>
    <message>
        <source>Taken in: {product} {qty}</source>
        <translation>已收货：{product} {qty}</translation>
    </message>
    <message>
        <source>receipt {printed}</source>
        <translation>收货单{printed}</translation>
    </message>
    <message>
        <source>Lot {code} taken in</source>
        <translation>批次 {code} 已收货</translation>
    </message>
    <message>
        <source>Not taken in</source>
        <translation>未能收货</translation>
    </message>
</context>
<context>
    <name>LedgersScreen</name>
    <message>
        <source>Purchases (§26)</source>
        <translation>进货台账（第二十六条）</translation>
    </message>
    <message>
        <source>Sales (§27)</source>
        <translation>销售台账（第二十七条）</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Export {fmt}</source>
        <translation>导出 {fmt}</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>{n} rows (personal data masked); the first {shown} shown</source>
        <translation>共 {n} 行（个人信息已脱敏），显示前 {shown} 行</translation>
    </message>
    <message>
        <source>{n} rows exported: {path}</source>
        <translation>已导出 {n} 行：{path}</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>Youyuntong Station</source>
        <translation>邮运通村站</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation>请选择登录人员</translation>
    </message>
    <message>
        <source>Keyboard: ↑/↓ choose the user · type the PIN · Enter signs in · Esc clears</source>
        <translation>键盘：↑/↓ 选择用户 · 输入密码 · 回车登录 · Esc 清除</translation>
    </message>
    <message>
        <source>PIN for {name}</source>
        <translation>{name} 的登录密码</translation>
    </message>
    <message>
        <source>That was a scan, not a PIN: sign in first, then scan again</source>
        <translation>这是扫码，不是密码：请先登录，再扫码</translation>
    </message>
    <message>
        <source>Type all 6 digits of the PIN</source>
        <translation>请输入完整的 6 位密码</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
</context>
<context>
    <name>LotTable</name>
    <message>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Farmer</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Taken in</source>
        <translation>收货量</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>退还期限</translation>
    </message>
</context>
<context>
    <name>LotsScreen</name>
    <message>
        <source>Scan or type a lot number</source>
        <translation>扫码或输入批次号</translation>
    </message>
    <message>
        <source>Only lots with produce left</source>
        <translation>只看有剩余的批次</translation>
    </message>
    <message>
        <source>Choose a lot, or scan its receipt</source>
        <translation>选择批次，或扫描收货单</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Why the sale is reversed</source>
        <translation>冲正原因</translation>
    </message>
    <message>
        <source>Reverse the chosen sale</source>
        <translation>冲正所选销售</translation>
    </message>
    <message>
        <source>Sell + print receipt (F9)</source>
        <translation>售出并打印小票 (F9)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>售出</translation>
    </message>
    <message>
        <source>g</source>
        <comment>grams</comment>
        <translation>克</translation>
    </message>
    <message>
        <source>Buyer pays cash now</source>
        <translation>买家现场付现金</translation>
    </message>
    <message>
        <source>Paid online</source>
        <translation>已线上付款</translation>
    </message>
    <message>
        <source>Online order number</source>
        <translation>线上订单号</translation>
    </message>
    <message>
        <source>Ship + print label (F9)</source>
        <translation>寄出并打印面单 (F9)</translation>
    </message>
    <message>
        <source>To (name, phone)</source>
        <translation>收件人（姓名、手机）</translation>
    </message>
    <message>
        <source>Province, address</source>
        <translation>省份、地址</translation>
    </message>
    <message>
        <source>Parcel weight</source>
        <translation>包裹重量</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>寄出</translation>
    </message>
    <message>
        <source>e.g. crushed, rotten, lost</source>
        <translation>如 压坏、腐烂、丢失</translation>
    </message>
    <message>
        <source>Record loss (F9)</source>
        <translation>登记报损 (F9)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Spoil</source>
        <translation>报损</translation>
    </message>
    <message>
        <source>Empty: everything left</source>
        <translation>不填：全部剩余</translation>
    </message>
    <message>
        <source>Give back to the farmer (F9)</source>
        <translation>退还农户 (F9)</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退还</translation>
    </message>
    <message>
        <source>Lot {code}: {left} left</source>
        <translation>批次 {code}：剩余 {left}</translation>
    </message>
    <message>
        <source>No lot chosen</source>
        <translation>未选择批次</translation>
    </message>
    <message>
        <source>Farmer {farmer} · {kind} {price} · commission {rate} · taken in {qty} · left {left} · return by {date}</source>
        <translation>农户 {farmer} · {kind} {price} · 佣金 {rate} · 收货 {qty} · 剩余 {left} · {date} 前退还</translation>
    </message>
    <message>
        <source>¥{gross}  (farmer&apos;s share ¥{share})</source>
        <translation>¥{gross}（农户所得 ¥{share}）</translation>
    </message>
    <message>
        <source>Sold {qty} · ¥{amount}</source>
        <translation>售出 {qty} · ¥{amount}</translation>
    </message>
    <message>
        <source>receipt {printed}</source>
        <translation>小票{printed}</translation>
    </message>
    <message>
        <source>Shipped {qty} · postage ¥{postage} on the farmer&apos;s statement</source>
        <translation>寄出 {qty} · 邮费 ¥{postage} 记入农户结算单</translation>
    </message>
    <message>
        <source>{waybill} · label {printed}</source>
        <translation>{waybill} · 面单{printed}</translation>
    </message>
    <message>
        <source>Loss recorded: {qty}</source>
        <translation>已报损：{qty}</translation>
    </message>
    <message>
        <source>Given back to the farmer: {qty}</source>
        <translation>已退还农户：{qty}</translation>
    </message>
    <message>
        <source>Sale reversed: ¥{amount} back to the buyer</source>
        <translation>已冲正：退还买家 ¥{amount}</translation>
    </message>
    <message>
        <source>{code}: {left} left</source>
        <translation>{code} 剩余 {left}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未办成</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Too big for the layer</source>
        <translation>件太大，这层放不下</translation>
    </message>
    <message>
        <source>Shelf reorganised</source>
        <translation>整理货架</translation>
    </message>
    <message>
        <source>Found on another layer</source>
        <translation>实物在另一层</translation>
    </message>
    <message>
        <source>Move to another layer</source>
        <translation>移到其他货位</translation>
    </message>
    <message>
        <source>B-2, or scan the layer&apos;s label</source>
        <translation>输入 B-2，或扫描货位标签</translation>
    </message>
    <message>
        <source>{place}  ({occupied}/{capacity})</source>
        <translation>{place}（{occupied}/{capacity}）</translation>
    </message>
    <message>
        <source>Now on</source>
        <translation>当前货位</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移到</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The parcel gets a new pickup code on its new layer; a new notice is sent.</source>
        <translation>快递在新货位会换一个新取件码，并重新发送取件通知。</translation>
    </message>
</context>
<context>
    <name>MyRoundPage</name>
    <message>
        <source>Code or last 4 digits of the phone</source>
        <translation>取件码或手机尾号后 4 位</translation>
    </message>
    <message>
        <source>F5  Start</source>
        <translation>F5  开始</translation>
    </message>
    <message>
        <source>F2  Delivered</source>
        <translation>F2  已送达</translation>
    </message>
    <message>
        <source>F3  Back</source>
        <translation>F3  带回</translation>
    </message>
    <message>
        <source>F4  Close</source>
        <translation>F4  结束</translation>
    </message>
    <message>
        <source>F6  Show number</source>
        <translation>F6  显示号码</translation>
    </message>
    <message>
        <source>No round open</source>
        <translation>还没有开始送货</translation>
    </message>
    <message>
        <source>Scan a parcel to take it out, or F5 to start</source>
        <translation>扫描快递就出库，或按 F5 开始</translation>
    </message>
    <message>
        <source>Round {n}: {out} to go · {delivered} delivered · {back} back</source>
        <translation>第 {n} 趟：还剩 {out} 件 · 已送 {delivered} · 带回 {back}</translation>
    </message>
    <message>
        <source>At the door: scan the parcel, ask for the pickup code, then F2</source>
        <translation>到门口扫描快递，问取件码后按 F2</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>没有成功</translation>
    </message>
    <message>
        <source>Ask for the code or phone tail, then F2</source>
        <translation>问取件码或手机尾号，再按 F2</translation>
    </message>
    <message>
        <source>Taken out</source>
        <translation>已出库</translation>
    </message>
    <message>
        <source>Round {n} started</source>
        <translation>第 {n} 趟开始</translation>
    </message>
    <message>
        <source>Type the code or the last 4 digits</source>
        <translation>请输入取件码或手机尾号后 4 位</translation>
    </message>
    <message>
        <source>Not on this round</source>
        <translation>不在这一趟里</translation>
    </message>
    <message>
        <source>No parcel still out matches {text}</source>
        <translation>没有待送的快递对得上 {text}</translation>
    </message>
    <message>
        <source>Delivered: {n}</source>
        <translation>已送达：{n} 件</translation>
    </message>
    <message>
        <source>Scan or choose the parcel first</source>
        <translation>请先扫描或选中快递</translation>
    </message>
    <message>
        <source>Only this masked number is known</source>
        <translation>只知道这个隐藏号码</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>拨打电话</translation>
    </message>
    <message>
        <source>Scan the parcel first</source>
        <translation>请先扫描快递</translation>
    </message>
    <message>
        <source>Back on the shelf</source>
        <translation>已放回货架</translation>
    </message>
    <message>
        <source>Round {n} closed</source>
        <translation>第 {n} 趟已结束</translation>
    </message>
    <message>
        <source>{delivered} delivered · {back} back</source>
        <translation>送达 {delivered} · 带回 {back}</translation>
    </message>
</context>
<context>
    <name>NotAvailablePage</name>
    <message>
        <source>{module} is not available yet</source>
        <translation>“{module}”功能暂未开放</translation>
    </message>
    <message>
        <source>This screen could not be loaded: {error}</source>
        <translation>此页面无法加载：{error}</translation>
    </message>
</context>
<context>
    <name>OverdueScreen</name>
    <message>
        <source>Not collected in time</source>
        <translation>超期无人领取</translation>
    </message>
    <message>
        <source>Refused by the recipient</source>
        <translation>收件人拒收</translation>
    </message>
    <message>
        <source>Recipient unknown</source>
        <translation>查无此人</translation>
    </message>
    <message>
        <source>Re-notify ticked (Ctrl+R)</source>
        <translation>重新通知所选快递 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Re-notify all overdue (Ctrl+Shift+R)</source>
        <translation>通知全部滞留件 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Return ticked to sender (F8)</source>
        <translation>退回所选快递 (F8)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>{n} parcel(s) on the shelf for {days} days or more</source>
        <translation>{n} 件快递已在架 {days} 天或更久</translation>
    </message>
    <message>
        <source>Tick at least one parcel</source>
        <translation>请至少勾选一件快递</translation>
    </message>
    <message>
        <source>Nothing is overdue: no reminder sent</source>
        <translation>没有滞留件：未发送提醒</translation>
    </message>
    <message>
        <source>Reminder queued for {n} parcel(s)</source>
        <translation>已发送 {n} 条取件提醒（待上传）</translation>
    </message>
    <message>
        <source>Return to sender</source>
        <translation>退回寄件人</translation>
    </message>
    <message>
        <source>Return {n} parcel(s) to the sender (reason: {reason})? This cannot be undone.</source>
        <translation>确定把 {n} 件快递退回寄件人吗（原因：{reason}）？退回后不能撤销。</translation>
    </message>
    <message>
        <source>Returned to sender: {n}</source>
        <translation>已退回寄件人：{n} 件</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>没有成功</translation>
    </message>
</context>
<context>
    <name>ParcelDialog</name>
    <message>
        <source>Save (Enter)</source>
        <translation>保存（回车）</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
</context>
<context>
    <name>ParcelDocuments</name>
    <message>
        <source>Delivery round sheet</source>
        <translation>送货上门路单</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Recipient signs</source>
        <translation>收件人签收</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>趟次</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>投递员</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>出发时间</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>营业员</translation>
    </message>
    <message>
        <source>Parcels not delivered come back to the station the same day.</source>
        <translation>未投递的快递须当日带回本站上架。</translation>
    </message>
    <message>
        <source>Farm produce</source>
        <translation>农产品</translation>
    </message>
    <message>
        <source>Youyuntong station post</source>
        <translation>邮运通站点寄递</translation>
    </message>
    <message>
        <source>Collection manifest</source>
        <translation>揽收交接清单</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>To</source>
        <translation>寄往</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>资费</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>农产品</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>清单号</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>揽收员</translation>
    </message>
    <message>
        <source>Total weight (g)</source>
        <translation>总重量（克）</translation>
    </message>
    <message>
        <source>Postage total</source>
        <translation>资费合计</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>货位</translation>
    </message>
    <message>
        <source>Shelf labels</source>
        <translation>货位标签</translation>
    </message>
    <message>
        <source>Shelf {shelf} · layer {layer}</source>
        <translation>{shelf} 号货架 · 第 {layer} 层</translation>
    </message>
</context>
<context>
    <name>ParcelHistory</name>
    <message>
        <source>Checked in</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Pickup notice</source>
        <translation>取件通知</translation>
    </message>
    <message>
        <source>Check-in corrected</source>
        <translation>更正入库信息</translation>
    </message>
    <message>
        <source>Moved to another layer</source>
        <translation>移到其他货位</translation>
    </message>
    <message>
        <source>Out on a delivery round</source>
        <translation>随送货上门出站</translation>
    </message>
    <message>
        <source>Back from the round</source>
        <translation>送货带回</translation>
    </message>
    <message>
        <source>Delivered at the door</source>
        <translation>上门送达</translation>
    </message>
    <message>
        <source>Number shown to the carrier</source>
        <translation>向投递员显示号码</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>已取件</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Waiting for the platform</source>
        <translation>等待平台发送</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>发送失败</translation>
    </message>
    <message>
        <source>first notice</source>
        <translation>首次通知</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>催领提醒</translation>
    </message>
    <message>
        <source>new code after a move</source>
        <translation>移位后新取件码</translation>
    </message>
    <message>
        <source>to the corrected number</source>
        <translation>发往更正后的号码</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Code {code}, place {place}</source>
        <translation>取件码 {code}，货位 {place}</translation>
    </message>
    <message>
        <source>pre-advised</source>
        <translation>有预报</translation>
    </message>
    <message>
        <source> — {reason}</source>
        <translation> — {reason}</translation>
    </message>
    <message>
        <source>{field}: {before} → {after}</source>
        <translation>{field}：{before} → {after}</translation>
    </message>
    <message>
        <source>(hidden part changed)</source>
        <translation>（隐藏的数字有改动）</translation>
    </message>
    <message>
        <source> (reason: {reason})</source>
        <translation>（原因：{reason}）</translation>
    </message>
    <message>
        <source>{from_place} ({from_code}) → {to_place} ({to_code})</source>
        <translation>{from_place}（{from_code}）→ {to_place}（{to_code}）</translation>
    </message>
    <message>
        <source>Round #{round} · {carrier}</source>
        <translation>第 {round} 趟 · {carrier}</translation>
    </message>
    <message>
        <source>Round #{round}</source>
        <translation>第 {round} 趟</translation>
    </message>
    <message>
        <source>by pickup code</source>
        <translation>凭取件码</translation>
    </message>
    <message>
        <source>by phone tail</source>
        <translation>凭手机尾号</translation>
    </message>
    <message>
        <source>collected by {name} {phone}</source>
        <translation>由 {name} {phone} 代取</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
</context>
<context>
    <name>ParcelTable</name>
    <message>
        <source>Checked in</source>
        <translation>入库时间</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>货位</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>快递公司</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>在架天数</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知次数</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>ParcelWords</name>
    <message>
        <source>On the shelf</source>
        <translation>在架</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>已取件</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>派送中</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>派送中</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>已带回</translation>
    </message>
    <message>
        <source>EMS / China Post</source>
        <translation>EMS/中国邮政</translation>
    </message>
    <message>
        <source>SF Express</source>
        <translation>顺丰</translation>
    </message>
    <message>
        <source>JD Logistics</source>
        <translation>京东</translation>
    </message>
    <message>
        <source>YTO</source>
        <translation>圆通</translation>
    </message>
    <message>
        <source>ZTO</source>
        <translation>中通</translation>
    </message>
    <message>
        <source>STO</source>
        <translation>申通</translation>
    </message>
    <message>
        <source>Yunda</source>
        <translation>韵达</translation>
    </message>
    <message>
        <source>J&amp;T</source>
        <translation>极兔</translation>
    </message>
    <message>
        <source>Unknown carrier</source>
        <translation>未知快递公司</translation>
    </message>
    <message>
        <source>Citrus</source>
        <translation>柑橘</translation>
    </message>
    <message>
        <source>Chinese herbs</source>
        <translation>中药材</translation>
    </message>
    <message>
        <source>Crisp plums</source>
        <translation>脆李</translation>
    </message>
    <message>
        <source>Zhacai</source>
        <translation>榨菜</translation>
    </message>
    <message>
        <source>Sichuan pepper</source>
        <translation>花椒</translation>
    </message>
    <message>
        <source>Other produce</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ParcelsPage</name>
    <message>
        <source>Check in</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Pick up</source>
        <translation>取件</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>送货上门</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>寄件</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>滞留件</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Shelves</source>
        <translation>货架</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
</context>
<context>
    <name>PayScreen</name>
    <message>
        <source>Open the shift (Alt+3)</source>
        <translation>去开班（Alt+3）</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Take cash and print receipt (F9)</source>
        <translation>收款并打印凭条（F9）</translation>
    </message>
    <message>
        <source>Choose the bill (F1…F7), scan or type the account, the amount, F9</source>
        <translation>选缴费类型（F1…F7），扫描或输入户号，输入金额，按 F9</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>缴费项目</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Biller</source>
        <translation>收费单位</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>缴费人</translation>
    </message>
    <message>
        <source>Latest payments</source>
        <translation>最近缴费</translation>
    </message>
    <message>
        <source>No open shift: open it on the Shift tab (Alt+3) before taking cash</source>
        <translation>尚未开班：收现金前请先在“交班”页开班（Alt+3）</translation>
    </message>
    <message>
        <source>By the account</source>
        <translation>按户号自动识别</translation>
    </message>
    <message>
        <source>Top-up amounts: choose one</source>
        <translation>充值面额：请选一个</translation>
    </message>
    <message>
        <source>{year} contribution grades: choose one</source>
        <translation>{year} 年缴费档次：请选一档</translation>
    </message>
    <message>
        <source>{year} contribution: ¥{amount} per person</source>
        <translation>{year} 年缴费标准：每人 ¥{amount}</translation>
    </message>
    <message>
        <source>From ¥{lo} to ¥{hi}</source>
        <translation>金额 ¥{lo} 至 ¥{hi}</translation>
    </message>
    <message>
        <source>, whole multiples of ¥{step}</source>
        <translation>，须为 ¥{step} 的整数倍</translation>
    </message>
    <message>
        <source>receipt saved: {path}</source>
        <translation>凭条已保存：{path}</translation>
    </message>
    <message>
        <source>receipt sent to the printer</source>
        <translation>凭条已送打印机</translation>
    </message>
    <message>
        <source>¥ {amount} taken · pending the platform&apos;s confirmation</source>
        <translation>已收 ¥ {amount} · 待平台确认</translation>
    </message>
    <message>
        <source>Payment {reference} taken</source>
        <translation>缴费 {reference} 已受理</translation>
    </message>
    <message>
        <source>Same payment already taken</source>
        <translation>相同的缴费刚刚收过</translation>
    </message>
    <message>
        <source>F9 again takes it as a second payment</source>
        <translation>确认是第二笔请再按 F9</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>未受理</translation>
    </message>
</context>
<context>
    <name>PaymentDocuments</name>
    <message>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>缴费项目</translation>
    </message>
    <message>
        <source>Biller</source>
        <translation>收费单位</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>缴费人</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>营业员</translation>
    </message>
    <message>
        <source>Utility payment slip</source>
        <translation>生活缴费受理凭条</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>实收现金</translation>
    </message>
    <message>
        <source>This slip is NOT a payment voucher: the payment counts once the platform confirms it. If it is rejected, bring this slip back to the station for your cash.</source>
        <translation>本凭条不是缴费凭证：平台确认后缴费才算成功。如被退回，请凭本凭条到本站领回现金。</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>缴费时间</translation>
    </message>
    <message>
        <source>Rejected because</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>Payment refund</source>
        <translation>缴费退款凭条</translation>
    </message>
    <message>
        <source>Cash handed back</source>
        <translation>退还现金</translation>
    </message>
    <message>
        <source>The platform rejected this payment; the cash above was handed back in full.</source>
        <translation>平台退回了这笔缴费，以上现金已全额退还。</translation>
    </message>
    <message>
        <source>Refunds ×{n}</source>
        <translation>退款 ×{n}</translation>
    </message>
    <message>
        <source>Payments still pending ×{n}</source>
        <translation>尚待确认的缴费 ×{n}</translation>
    </message>
    <message>
        <source>First count</source>
        <translation>首次点钞</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>差额原因</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>内容校验码</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>交班</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Shift close (Z report)</source>
        <translation>交班报表</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>still pending</source>
        <translation>尚待确认</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <source>Pending payments stay in the drawer&apos;s cash; a later rejection is refunded from a later shift.</source>
        <translation>待确认缴费的现金留在钱箱；之后被退回的，在以后的班次退款。</translation>
    </message>
    <message>
        <source>Still open: shift #{n} ({name})</source>
        <translation>未交班：第 {n} 班（{name}）</translation>
    </message>
    <message>
        <source>Day close {date}</source>
        <translation>{date} 日结</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>未交班</translation>
    </message>
</context>
<context>
    <name>PaymentListScreen</name>
    <message>
        <source>Waiting or rejected</source>
        <translation>待确认和被退回</translation>
    </message>
    <message>
        <source>Waiting for the platform</source>
        <translation>待平台确认</translation>
    </message>
    <message>
        <source>Rejected: cash to hand back</source>
        <translation>被退回：待退款</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>流水号</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Bill</source>
        <translation>缴费项目</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>户号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Refund the cash (F8)</source>
        <translation>退还现金（F8）</translation>
    </message>
    <message>
        <source>Print the receipt again (Ctrl+P)</source>
        <translation>补打凭条（Ctrl+P）</translation>
    </message>
    <message>
        <source>Select a rejected payment and refund it, or scan the receipt</source>
        <translation>选中被退回的缴费办理退款，或扫描凭条</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Waiting: {n} (¥{pending}) · to refund: {m} (¥{rejected})</source>
        <translation>待确认 {n} 笔（¥{pending}）· 待退款 {m} 笔（¥{rejected}）</translation>
    </message>
    <message>
        <source>receipt saved: {path}</source>
        <translation>凭条已保存：{path}</translation>
    </message>
    <message>
        <source>receipt sent to the printer</source>
        <translation>凭条已送打印机</translation>
    </message>
    <message>
        <source>Hand back ¥ {amount}</source>
        <translation>请退还 ¥ {amount}</translation>
    </message>
    <message>
        <source>Payment {reference} refunded</source>
        <translation>缴费 {reference} 已退款</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未办理</translation>
    </message>
</context>
<context>
    <name>PaymentWords</name>
    <message>
        <source>Electricity</source>
        <translation>电费</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>水费</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>燃气费</translation>
    </message>
    <message>
        <source>Phone top-up</source>
        <translation>话费充值</translation>
    </message>
    <message>
        <source>Broadband / TV</source>
        <translation>宽带/电视</translation>
    </message>
    <message>
        <source>Rural pension insurance</source>
        <translation>城乡居民养老保险</translation>
    </message>
    <message>
        <source>Rural medical insurance</source>
        <translation>城乡居民医保</translation>
    </message>
    <message>
        <source>Pension</source>
        <extracomment>shorter words for the type buttons (seven must fit in one row at 1366 px)</extracomment>
        <translation>养老保险</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医保</translation>
    </message>
    <message>
        <source>Broadband</source>
        <translation>宽带电视</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>被退回</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation>钱箱</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>农资</translation>
    </message>
    <message>
        <source>Consignment</source>
        <translation>代销</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>快递</translation>
    </message>
    <message>
        <source>float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>cash in</source>
        <translation>存入</translation>
    </message>
    <message>
        <source>cash out</source>
        <translation>取出</translation>
    </message>
    <message>
        <source>payments taken</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>payouts</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>postage</source>
        <translation>邮费</translation>
    </message>
    <message>
        <source>Count error</source>
        <translation>点钞差错</translation>
    </message>
    <message>
        <source>Wrong change given</source>
        <translation>找零差错</translation>
    </message>
    <message>
        <source>Payout not recorded</source>
        <translation>付款未登记</translation>
    </message>
    <message>
        <source>Counterfeit note</source>
        <translation>收到假币</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <source>Take payment</source>
        <translation>收缴费</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>缴费记录</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>交班</translation>
    </message>
</context>
<context>
    <name>PickupScreen</name>
    <message>
        <source>Pickup code (A-3-0127), last 4 digits of the phone, or scan the parcel</source>
        <translation>取件码（A-3-0127）、手机尾号后 4 位，或扫描快递</translation>
    </message>
    <message>
        <source>Find (Enter)</source>
        <translation>查找（回车）</translation>
    </message>
    <message>
        <source>Ask for the pickup code or the last four digits of the phone</source>
        <translation>请问取件码或手机尾号后 4 位</translation>
    </message>
    <message>
        <source>Someone collects for the recipient (F6)</source>
        <translation>代取 (F6)</translation>
    </message>
    <message>
        <source>Proxy&apos;s name</source>
        <translation>代取人姓名</translation>
    </message>
    <message>
        <source>All 11 digits (a masked number is not enough)</source>
        <translation>完整 11 位（隐藏号码不行）</translation>
    </message>
    <message>
        <source>Hand over (F9)</source>
        <translation>确认出库 (F9)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Parcels for {n} different phones end in {tail}: untick the ones that are not theirs</source>
        <translation>有 {n} 个不同手机号的尾号都是 {tail}：请把不是本人的取消勾选</translation>
    </message>
    <message>
        <source>{phone} {name} · untick any parcel not handed over, then F9</source>
        <translation>{phone} {name} · 不交出的请取消勾选，然后按 F9</translation>
    </message>
    <message>
        <source>{n} parcel(s) to hand over</source>
        <translation>待出库 {n} 件</translation>
    </message>
    <message>
        <source>Found {n} parcel(s)</source>
        <translation>找到 {n} 件快递</translation>
    </message>
    <message>
        <source>Already handed over</source>
        <translation>已经取走了</translation>
    </message>
    <message>
        <source>Not on the shelf</source>
        <translation>不在货架上</translation>
    </message>
    <message>
        <source>Nothing to hand over</source>
        <translation>没有可出库的快递</translation>
    </message>
    <message>
        <source>Look the parcels up first</source>
        <translation>请先查找快递</translation>
    </message>
    <message>
        <source>Tick at least one parcel</source>
        <translation>请至少勾选一件快递</translation>
    </message>
    <message>
        <source>Handed over by {who}</source>
        <translation>经手人：{who}</translation>
    </message>
    <message>
        <source>collected by {name} {phone}</source>
        <translation>代取人：{name} {phone}</translation>
    </message>
    <message>
        <source>Handed over: {n} parcel(s)</source>
        <translation>已出库：{n} 件</translation>
    </message>
    <message>
        <source>Handed over {n} parcel(s)</source>
        <translation>已出库 {n} 件</translation>
    </message>
    <message>
        <source>Proxy details needed</source>
        <translation>请填写代取人信息</translation>
    </message>
    <message>
        <source>Not handed over</source>
        <translation>未出库</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Delete one digit</source>
        <translation>删除一位</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Save as PDF (prints folder)</source>
        <translation>另存为 PDF（打印文件夹）</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name}（未连接）</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>寄件人</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内件</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>资费</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>PENDING CONFIRMATION
The platform has not confirmed this payment yet. Keep this receipt.</source>
        <translation>待确认
平台尚未确认本笔缴费，请妥善保管本凭条。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Page {page} / {count}</source>
        <translation>第 {page} / {count} 页</translation>
    </message>
</context>
<context>
    <name>RecallScreen</name>
    <message>
        <source>Lot number from the recall notice</source>
        <translation>召回通知上的批号</translation>
    </message>
    <message>
        <source>e.g. maker&apos;s notice no. 12</source>
        <translation>如：厂家第 12 号召回通知</translation>
    </message>
    <message>
        <source>Recall: stop selling now</source>
        <translation>召回：立即停止销售</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>召回时间</translation>
    </message>
    <message>
        <source>Still here</source>
        <translation>店内剩余</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>购买人数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>销售单</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>销售时间</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>购买人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Crop / pest</source>
        <translation>作物/防治对象</translation>
    </message>
    <message>
        <source>Show number to call (recorded)</source>
        <translation>显示号码以便回访（留痕）</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>召回记录</translation>
    </message>
    <message>
        <source>Who bought from the chosen lot</source>
        <translation>所选批次的购买人</translation>
    </message>
    <message>
        <source>Lot {lot} of {product} recalled: {n} buyer(s) to call</source>
        <translation>{product} 批号 {lot} 已召回：需联系 {n} 位购买人</translation>
    </message>
    <message>
        <source>Lot {lot} was recalled before: its buyers are listed</source>
        <translation>批号 {lot} 此前已召回：购买人如下</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（未登记姓名）</translation>
    </message>
    <message>
        <source>Choose a buyer first</source>
        <translation>请先选择一位购买人</translation>
    </message>
    <message>
        <source>Call {name}: {phone}</source>
        <translation>请致电 {name}：{phone}</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Daily station report</source>
        <extracomment>column kinds shown right-aligned (figures)</extracomment>
        <translation>站点日报</translation>
    </message>
    <message>
        <source>Monthly subsidy report</source>
        <translation>月度补贴报表</translation>
    </message>
    <message>
        <source>Sync report</source>
        <translation>同步报表</translation>
    </message>
    <message>
        <source>Show ({key})</source>
        <translation>查看（{key}）</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Export into the data folder&apos;s exports/</source>
        <translation>导出到数据文件夹的 exports/</translation>
    </message>
    <message>
        <source>Report exported: {path}</source>
        <translation>报表已导出：{path}</translation>
    </message>
</context>
<context>
    <name>RoundsScreen</name>
    <message>
        <source>Start a round (Ctrl+N)</source>
        <translation>开始一趟送货 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Choose a round, then scan parcels to take them out</source>
        <translation>选择一趟，然后扫描要带出的快递</translation>
    </message>
    <message>
        <source>Recipient&apos;s pickup code or phone tail</source>
        <translation>收件人的取件码或手机尾号</translation>
    </message>
    <message>
        <source>Delivered (F2)</source>
        <translation>已送达 (F2)</translation>
    </message>
    <message>
        <source>Back on the shelf (F3)</source>
        <translation>放回货架 (F3)</translation>
    </message>
    <message>
        <source>Close the round (F4)</source>
        <translation>结束本趟 (F4)</translation>
    </message>
    <message>
        <source>Print round sheet (Ctrl+P)</source>
        <translation>打印路单 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Show number (F6)</source>
        <translation>显示号码（F6）</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>投递员</translation>
    </message>
    <message>
        <source>#{n} {who} · open · {out} out</source>
        <translation>第 {n} 趟 {who} · 进行中 · 在外 {out} 件</translation>
    </message>
    <message>
        <source>#{n} {who} · closed</source>
        <translation>第 {n} 趟 {who} · 已结束</translation>
    </message>
    <message>
        <source>No round chosen</source>
        <translation>未选择趟次</translation>
    </message>
    <message>
        <source>Round #{n} · {who} · {out} out · {delivered} delivered · {back} back</source>
        <translation>第 {n} 趟 · {who} · 在外 {out} · 已送 {delivered} · 带回 {back}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>没有成功</translation>
    </message>
    <message>
        <source>No carrier to start a round for: add a carrier user first</source>
        <translation>没有投递员：请先添加投递员用户</translation>
    </message>
    <message>
        <source>Round #{n} started: scan the parcels to take out</source>
        <translation>第 {n} 趟已开始：请扫描要带出的快递</translation>
    </message>
    <message>
        <source>Choose an open round or start one first</source>
        <translation>请先选择进行中的趟次，或开始新的一趟</translation>
    </message>
    <message>
        <source>Taken out: {tracking}</source>
        <translation>已出库派送：{tracking}</translation>
    </message>
    <message>
        <source>Choose the parcel in the list first</source>
        <translation>请先在列表中选择快递</translation>
    </message>
    <message>
        <source>Type the recipient&apos;s pickup code or phone tail</source>
        <translation>请输入收件人的取件码或手机尾号</translation>
    </message>
    <message>
        <source>Delivered: {tracking}</source>
        <translation>已送达：{tracking}</translation>
    </message>
    <message>
        <source>Back on the shelf: {tracking}</source>
        <translation>已放回货架：{tracking}</translation>
    </message>
    <message>
        <source>Call the recipient of {tracking}</source>
        <translation>请拨打 {tracking} 收件人的电话</translation>
    </message>
    <message>
        <source>The waybill only showed this masked number</source>
        <translation>面单上只有这个隐藏号码</translation>
    </message>
    <message>
        <source>Round #{n} closed</source>
        <translation>第 {n} 趟已结束</translation>
    </message>
    <message>
        <source>Choose a round first</source>
        <translation>请先选择趟次</translation>
    </message>
    <message>
        <source>Round sheet saved: {path}</source>
        <translation>路单已保存：{path}</translation>
    </message>
    <message>
        <source>Round sheet sent to the printer</source>
        <translation>路单已发送到打印机</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Tracking number, last 4 digits of the phone, pickup code or name</source>
        <translation>运单号、手机尾号后 4 位、取件码或姓名</translation>
    </message>
    <message>
        <source>Search (Enter)</source>
        <translation>查询（回车）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Notify again (Ctrl+R)</source>
        <translation>重发通知（Ctrl+R）</translation>
    </message>
    <message>
        <source>Print slip (Ctrl+P)</source>
        <translation>打印取件条（Ctrl+P）</translation>
    </message>
    <message>
        <source>Type or scan what the person tells you; every parcel ever checked in is searched</source>
        <translation>输入或扫描对方提供的信息；所有入过库的快递都能查到</translation>
    </message>
    <message>
        <source>tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>tracking number starting</source>
        <translation>运单号开头为</translation>
    </message>
    <message>
        <source>phone ending</source>
        <translation>手机尾号</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>pickup code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>{n} parcel(s) for {kind} {text}</source>
        <translation>{kind} {text}：共 {n} 件</translation>
    </message>
    <message>
        <source>only the newest {n} shown: say more</source>
        <translation>只显示最近 {n} 件：请再多问几位</translation>
    </message>
    <message>
        <source>Choose a parcel to see its history</source>
        <translation>选中一件快递即可查看它的全部记录</translation>
    </message>
    <message>
        <source>notice: {state}</source>
        <translation>通知：{state}</translation>
    </message>
    <message>
        <source>{tracking} moved to {place}: new code {code}</source>
        <translation>{tracking} 已移到 {place}：新取件码 {code}</translation>
    </message>
    <message>
        <source>{tracking} corrected</source>
        <translation>{tracking} 已更正</translation>
    </message>
    <message>
        <source>Choose a parcel on the shelf first</source>
        <translation>请先选中一件在架的快递</translation>
    </message>
    <message>
        <source>New notice queued for {tracking}</source>
        <translation>已为 {tracking} 重新排队发送通知</translation>
    </message>
    <message>
        <source>Choose a parcel first</source>
        <translation>请先选中一件快递</translation>
    </message>
    <message>
        <source>Slip saved: {path}</source>
        <translation>取件条已保存：{path}</translation>
    </message>
    <message>
        <source>Slip sent to the printer</source>
        <translation>取件条已发送到打印机</translation>
    </message>
</context>
<context>
    <name>SellScreen</name>
    <message>
        <source>Scan, or type a name or initials</source>
        <translation>扫码，或输入名称/首字母</translation>
    </message>
    <message>
        <source>Add (Enter)</source>
        <translation>加入（回车）</translation>
    </message>
    <message>
        <source>Scan a product: it goes into the basket</source>
        <translation>扫描商品条码即可加入购物篮</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Lots taken (first expired first out)</source>
        <translation>出库批次（先到期先出）</translation>
    </message>
    <message>
        <source>Remove line (Ctrl+Del)</source>
        <translation>删除该行（Ctrl+Del）</translation>
    </message>
    <message>
        <source>Empty basket (Ctrl+E)</source>
        <translation>清空购物篮（Ctrl+E）</translation>
    </message>
    <message>
        <source>Take cash and sell (F9)</source>
        <translation>收款并售出（F9）</translation>
    </message>
    <message>
        <source>Receipt (Ctrl+P)</source>
        <translation>打印小票（Ctrl+P）</translation>
    </message>
    <message>
        <source>Unknown barcode</source>
        <translation>未知条码</translation>
    </message>
    <message>
        <source>Search by name or initials</source>
        <translation>请按名称或拼音首字母搜索</translation>
    </message>
    <message>
        <source>No product with barcode {code}</source>
        <translation>没有条码为 {code} 的商品</translation>
    </message>
    <message>
        <source>{name}  {spec}  ¥{price}  · in stock {stock} {unit}</source>
        <translation>{name}  {spec}  ¥{price}  · 可售 {stock} {unit}</translation>
    </message>
    <message>
        <source>banned</source>
        <translation>禁售</translation>
    </message>
    <message>
        <source>real name</source>
        <translation>须实名</translation>
    </message>
    <message>
        <source>Banned: do not sell</source>
        <translation>禁售：不得销售</translation>
    </message>
    <message>
        <source>May not be sold since {since}: take it off the shelf</source>
        <translation>自 {since} 起禁止销售：请下架</translation>
    </message>
    <message>
        <source>{name} is banned</source>
        <translation>{name} 已禁售</translation>
    </message>
    <message>
        <source>{spec} · ¥{price} · lots: {lots}</source>
        <translation>{spec} · ¥{price} · 批次：{lots}</translation>
    </message>
    <message>
        <source>not enough sellable stock</source>
        <translation>可售库存不足</translation>
    </message>
    <message>
        <source>Restricted-use pesticide: fill in the buyer&apos;s details</source>
        <translation>限制使用农药：请填写购买人实名信息</translation>
    </message>
    <message>
        <source>{name} added</source>
        <translation>已加入 {name}</translation>
    </message>
    <message>
        <source>Only {n} sellable</source>
        <translation>仅可售 {n}</translation>
    </message>
    <message>
        <source>{lot} ×{n} (to {expires})</source>
        <translation>{lot} ×{n}（至 {expires}）</translation>
    </message>
    <message>
        <source>Total ¥{total}</source>
        <translation>合计 ¥{total}</translation>
    </message>
    <message>
        <source>The basket is empty: scan a product</source>
        <translation>购物篮是空的：请扫描商品</translation>
    </message>
    <message>
        <source>Real name needed</source>
        <translation>须实名登记</translation>
    </message>
    <message>
        <source>Buyer&apos;s details</source>
        <translation>购买人信息</translation>
    </message>
    <message>
        <source>A restricted-use pesticide is sold only with the buyer&apos;s name, resident ID, phone, address and crop or pest</source>
        <translation>限制使用农药须登记购买人姓名、身份证号、电话、住址和作物/防治对象后方可销售</translation>
    </message>
    <message>
        <source>Fill in every buyer field</source>
        <translation>请填写全部购买人信息</translation>
    </message>
    <message>
        <source>Explain the dose and safety, then tick the box</source>
        <translation>请讲解用量和安全注意事项后勾选确认</translation>
    </message>
    <message>
        <source>Sold · sale {number}</source>
        <translation>已售出 · 第 {number} 单</translation>
    </message>
    <message>
        <source>Sale {number}: ¥{total} taken</source>
        <translation>第 {number} 单：已收 ¥{total}</translation>
    </message>
    <message>
        <source>Not sold</source>
        <translation>未售出</translation>
    </message>
    <message>
        <source>Shift {number} open with ¥{float} float</source>
        <translation>第 {number} 班已开班，备用金 ¥{float}</translation>
    </message>
    <message>
        <source>Sell something first</source>
        <translation>请先完成一笔销售</translation>
    </message>
    <message>
        <source>Receipt saved: {path}</source>
        <translation>小票已保存：{path}</translation>
    </message>
    <message>
        <source>Receipt sent to the printer</source>
        <translation>小票已发送到打印机</translation>
    </message>
</context>
<context>
    <name>SendScreen</name>
    <message>
        <source>g</source>
        <comment>grams</comment>
        <extracomment>The form&apos;s inputs by the core&apos;s field names (the order problems are listed in).</extracomment>
        <translation>克</translation>
    </message>
    <message>
        <source>Farm produce</source>
        <translation>农产品</translation>
    </message>
    <message>
        <source>The sender confirms: no prohibited items</source>
        <translation>寄件人确认：无禁寄物品</translation>
    </message>
    <message>
        <source>Prohibited: {words}</source>
        <translation>禁寄：{words}</translation>
    </message>
    <message>
        <source>Accept and print label (F9)</source>
        <translation>收寄并打印面单 (F9)</translation>
    </message>
    <message>
        <source>Fill in the form; the price follows the weight and province</source>
        <translation>填写寄件信息；资费随重量和省份自动计算</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>To</source>
        <translation>寄往</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>资费</translation>
    </message>
    <message>
        <source>Courier&apos;s name</source>
        <translation>揽收员姓名</translation>
    </message>
    <message>
        <source>Hand over + print manifest (Ctrl+M)</source>
        <translation>交揽收并打印清单 (Ctrl+M)</translation>
    </message>
    <message>
        <source>Sender (real name)</source>
        <translation>寄件人（实名）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内件品名</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>资费</translation>
    </message>
    <message>
        <source>Waiting for the courier: {n}</source>
        <translation>待揽收：{n} 件</translation>
    </message>
    <message>
        <source>¥ {price}  (zone {zone})</source>
        <translation>¥ {price}（{zone} 区）</translation>
    </message>
    <message>
        <source>Not accepted: {n} problem(s), each written in red under its field</source>
        <translation>未受理：{n} 处需要改正，问题已用红字写在各栏下方</translation>
    </message>
    <message>
        <source>label saved: {path}</source>
        <translation>面单已保存：{path}</translation>
    </message>
    <message>
        <source>label sent to the printer</source>
        <translation>面单已发送到打印机</translation>
    </message>
    <message>
        <source>Accepted · ¥ {price}</source>
        <translation>已收寄 · ¥ {price}</translation>
    </message>
    <message>
        <source>Waybill {waybill} accepted</source>
        <translation>运单 {waybill} 已收寄</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>未收寄</translation>
    </message>
    <message>
        <source>manifest saved: {path}</source>
        <translation>清单已保存：{path}</translation>
    </message>
    <message>
        <source>manifest sent to the printer</source>
        <translation>清单已发送到打印机</translation>
    </message>
    <message>
        <source>Manifest {n}: {count} parcel(s) to the courier</source>
        <translation>第 {n} 号清单：{count} 件交揽收</translation>
    </message>
    <message>
        <source>Manifest {n} handed over</source>
        <translation>第 {n} 号清单已交接</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Large font for everyone</source>
        <translation>大字体显示</translation>
    </message>
    <message>
        <source>Lock after idle minutes (0 = never)</source>
        <translation>空闲多少分钟后锁屏（0 = 不锁）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The scanner sends after each code</source>
        <translation>扫码枪每个码后发送</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Receipt paper width (mm)</source>
        <translation>小票纸宽（毫米）</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <source>Parcel overdue after days</source>
        <translation>快递滞留天数</translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation>保留每日备份份数</translation>
    </message>
    <message>
        <source>Keep recipients&apos; details of parcels gone (days)</source>
        <translation>已离站包裹的收件人信息保留天数</translation>
    </message>
    <message>
        <source>Keep details of shipments sent (days)</source>
        <translation>寄件记录中个人信息保留天数</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车（Enter）</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表键（Tab）</translation>
    </message>
    <message>
        <source>Nothing (a pause ends the code)</source>
        <translation>不发送（停顿即结束）</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Only an administrator can change settings.</source>
        <translation>只有站点管理员可以修改设置。</translation>
    </message>
    <message>
        <source>The language changes at the next sign-in.</source>
        <translation>界面语言在下次登录时生效。</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点设置</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>No printer: save PDF files in the data folder</source>
        <translation>不用打印机：PDF 文件保存在数据文件夹</translation>
    </message>
    <message>
        <source>{name} (not found)</source>
        <translation>{name}（未找到）</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>没有需要保存的修改</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>设置已保存</translation>
    </message>
</context>
<context>
    <name>SettleScreen</name>
    <message>
        <source>Farmer</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>笔数</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>邮费</translation>
    </message>
    <message>
        <source>Make statement (F9)</source>
        <translation>生成结算单 (F9)</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>应付</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Second user&apos;s PIN</source>
        <translation>第二人密码</translation>
    </message>
    <message>
        <source>Pay the farmer (F10)</source>
        <translation>付款给农户 (F10)</translation>
    </message>
    <message>
        <source>Print A4 (Ctrl+P)</source>
        <translation>打印 A4 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print 80 mm (Ctrl+R)</source>
        <translation>打印 80 毫米 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Choose a farmer to see what is waiting to be settled</source>
        <translation>选择农户，查看待结算内容</translation>
    </message>
    <message>
        <source>Waiting to be settled</source>
        <translation>待结算</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>结算单</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>No farmer chosen</source>
        <translation>未选择农户</translation>
    </message>
    <message>
        <source>Not settled yet ({n})</source>
        <translation>未结算（{n}）</translation>
    </message>
    <message>
        <source>{farmer}: not settled yet</source>
        <translation>{farmer}：未结算</translation>
    </message>
    <message>
        <source>{farmer}: statement {code}, made {when}</source>
        <translation>{farmer}：结算单 {code}，{when} 生成</translation>
    </message>
    <message>
        <source>Gross ¥{gross} − commission ¥{commission} − postage ¥{postage} = net ¥{net}</source>
        <translation>金额 ¥{gross} − 佣金 ¥{commission} − 邮费 ¥{postage} = 净额 ¥{net}</translation>
    </message>
    <message>
        <source>owed from before ¥{owed}</source>
        <translation>上期欠款 ¥{owed}</translation>
    </message>
    <message>
        <source>to pay ¥{payable}</source>
        <translation>应付 ¥{payable}</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>未付</translation>
    </message>
    <message>
        <source>{code}: to pay the farmer</source>
        <translation>{code}：应付农户</translation>
    </message>
    <message>
        <source>{code}: paid {when}</source>
        <translation>{code}：已于 {when} 付款</translation>
    </message>
    <message>
        <source>Statement {code} made</source>
        <translation>结算单 {code} 已生成</translation>
    </message>
    <message>
        <source>Paid ¥{amount} to {farmer}</source>
        <translation>已付给 {farmer} ¥{amount}</translation>
    </message>
    <message>
        <source>{code}: paid — have the farmer sign</source>
        <translation>{code}：已付款，请农户签字</translation>
    </message>
    <message>
        <source>statement {printed}</source>
        <translation>结算单{printed}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未办成</translation>
    </message>
</context>
<context>
    <name>ShellPage</name>
    <message>
        <source>Modules</source>
        <translation>功能模块</translation>
    </message>
    <message>
        <source>Lock ({key})</source>
        <translation>锁屏（{key}）</translation>
    </message>
</context>
<context>
    <name>ShelvesScreen</name>
    <message>
        <source>Place</source>
        <translation>货位</translation>
    </message>
    <message>
        <source>On the shelf</source>
        <translation>在架</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>空位</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>Parcels per layer</source>
        <translation>每层件数</translation>
    </message>
    <message>
        <source>Add a shelf (Ctrl+N)</source>
        <translation>添加货架 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Remove the chosen shelf (Ctrl+Del)</source>
        <translation>删除选中的货架 (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Save layout (Ctrl+S)</source>
        <translation>保存货架设置 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Layers 1–9, 1–999 parcels each. Parcels on a removed layer keep their place.</source>
        <translation>每个货架 1–9 层，每层 1–999 件。删除的层上已有的快递保留原货位。</translation>
    </message>
    <message>
        <source>Only an administrator can change the shelves.</source>
        <translation>只有管理员可以修改货架。</translation>
    </message>
    <message>
        <source>Changes not saved yet: Ctrl+S saves them</source>
        <translation>改动尚未保存：按 Ctrl+S 保存</translation>
    </message>
    <message>
        <source>Every shelf</source>
        <translation>全部货架</translation>
    </message>
    <message>
        <source>Print shelf labels (Ctrl+P)</source>
        <translation>打印货位标签（Ctrl+P）</translation>
    </message>
    <message>
        <source>How full each layer is</source>
        <translation>各层占用情况</translation>
    </message>
    <message>
        <source>Labels for</source>
        <translation>标签范围</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>货架设置</translation>
    </message>
    <message>
        <source>Shelf {shelf}</source>
        <translation>{shelf} 号货架</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Shelves saved: {n}</source>
        <translation>货架已保存：{n} 个</translation>
    </message>
    <message>
        <source>{n} shelf labels saved: {path}</source>
        <translation>{n} 张货位标签已保存：{path}</translation>
    </message>
    <message>
        <source>{n} shelf labels sent to the printer</source>
        <translation>{n} 张货位标签已发送到打印机</translation>
    </message>
</context>
<context>
    <name>ShiftScreen</name>
    <message>
        <source>Open my shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>why: float top-up, banking, petty cash</source>
        <translation>用途：补零钱、存银行、零星支出</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>存入现金</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>取出现金</translation>
    </message>
    <message>
        <source>what happened (for Other)</source>
        <translation>具体情况（选“其他”时填写）</translation>
    </message>
    <message>
        <source>supervisor&apos;s user name</source>
        <translation>督导用户名</translation>
    </message>
    <message>
        <source>supervisor&apos;s PIN</source>
        <translation>督导密码</translation>
    </message>
    <message>
        <source>Close the shift (F10)</source>
        <translation>交班（F10）</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Open the shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Float counted into the drawer (¥)</source>
        <translation>放入钱箱的备用金（元）</translation>
    </message>
    <message>
        <source>Cash in / out</source>
        <translation>存入 / 取出现金</translation>
    </message>
    <message>
        <source>Blind count: notes and coins in the drawer</source>
        <translation>盲点：清点钱箱里的纸币和硬币</translation>
    </message>
    <message>
        <source>— reason for a difference —</source>
        <translation>— 差额原因 —</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>The day&apos;s close (日结)</source>
        <translation>日结</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Supervisors read the shifts: the day&apos;s close is below</source>
        <translation>督导可查看各班次，日结见下方</translation>
    </message>
    <message>
        <source>No open shift: count the float into the drawer and open it</source>
        <translation>尚未开班：清点备用金放入钱箱后开班</translation>
    </message>
    <message>
        <source>Shift #{n} open since {time} · count the drawer to close it</source>
        <translation>第 {n} 班，{time} 开班 · 交班时清点钱箱</translation>
    </message>
    <message>
        <source>Shift #{n} open with a float of ¥{amount}</source>
        <translation>第 {n} 班已开班，备用金 ¥{amount}</translation>
    </message>
    <message>
        <source>Shift #{n} open</source>
        <translation>第 {n} 班已开班</translation>
    </message>
    <message>
        <source>Cash in: ¥{amount}</source>
        <translation>已存入 ¥{amount}</translation>
    </message>
    <message>
        <source>Cash out: ¥{amount}</source>
        <translation>已取出 ¥{amount}</translation>
    </message>
    <message>
        <source>Counted: ¥{total}</source>
        <translation>点钞合计：¥{total}</translation>
    </message>
    <message>
        <source>Shift #{n} closed</source>
        <translation>第 {n} 班已交班</translation>
    </message>
    <message>
        <source>Expected ¥{e} · counted ¥{c}</source>
        <translation>应有 ¥{e} · 实点 ¥{c}</translation>
    </message>
    <message>
        <source>Count again, or give the reason</source>
        <translation>请复点一次，或填写差额原因</translation>
    </message>
    <message>
        <source>A supervisor must approve</source>
        <translation>需要督导审批</translation>
    </message>
    <message>
        <source>Day close {date}</source>
        <translation>{date} 日结</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未办理</translation>
    </message>
</context>
<context>
    <name>ShiftStrip</name>
    <message>
        <source>Your shift is not open: no cash can be taken. Count the float into the drawer and open it:</source>
        <translation>您还没有开班，不能收取现金。请清点备用金放入钱箱后开班：</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <source>Float ¥</source>
        <translation>备用金 ¥</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Sell</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Stock-in</source>
        <translation>进货</translation>
    </message>
    <message>
        <source>Ledgers</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>召回</translation>
    </message>
</context>
<context>
    <name>ShopReceipt</name>
    <message>
        <source>Sale no.</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>营业员</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>谢谢惠顾</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>购买人</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Crop / pest</source>
        <translation>作物/防治对象</translation>
    </message>
    <message>
        <source>Agri-input sale</source>
        <translation>农资销售小票</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>ShopWords</name>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Fertiliser</source>
        <translation>肥料</translation>
    </message>
    <message>
        <source>Pesticide</source>
        <translation>农药</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>饲料</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>农具</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Sellable</source>
        <translation>可售</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>临期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Recalled</source>
        <translation>已召回</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>无库存</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Youyuntong Station</source>
        <translation>邮运通村站</translation>
    </message>
    <message>
        <source>This screen does not take scans</source>
        <translation>此页面不接收扫码</translation>
    </message>
    <message>
        <source>Locked after {n} min without use: sign in to carry on</source>
        <translation>已锁屏：{n} 分钟无人操作，请重新登录后继续</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>Platform: not contacted yet</source>
        <translation>平台：尚未连接</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Pending changes: …</source>
        <translation>待上传：…</translation>
    </message>
    <message>
        <source>Pending changes: {n}</source>
        <translation>待上传：{n} 条</translation>
    </message>
    <message>
        <source>(oldest {age})</source>
        <translation>（最早 {age}前）</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>上次同步：{when}</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>上次同步：从未</translation>
    </message>
    <message>
        <source>Changes older than a day are waiting for the platform</source>
        <translation>有超过一天的数据还没有上传到平台</translation>
    </message>
</context>
<context>
    <name>StockInScreen</name>
    <message>
        <source>Scan the product, or type its name or initials</source>
        <translation>扫描商品条码，或输入名称/拼音首字母</translation>
    </message>
    <message>
        <source>pesticides: scan the label&apos;s QR code</source>
        <translation>农药：扫描标签二维码</translation>
    </message>
    <message>
        <source>Stock in (F9)</source>
        <translation>进货入库（F9）</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <source>Unit cost ¥</source>
        <translation>进货单价 ¥</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供货人</translation>
    </message>
    <message>
        <source>Supplier&apos;s phone</source>
        <translation>供货人电话</translation>
    </message>
    <message>
        <source>Label code</source>
        <translation>标签二维码</translation>
    </message>
    <message>
        <source>Receive a lot</source>
        <translation>批次进货</translation>
    </message>
    <message>
        <source>Restricted-use pesticide (sold by real name)</source>
        <translation>限制使用农药（实名销售）</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>添加商品</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Price ¥</source>
        <translation>售价 ¥</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>登记证号</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>生产企业</translation>
    </message>
    <message>
        <source>New local product</source>
        <translation>新增本站商品</translation>
    </message>
    <message>
        <source>Label code read</source>
        <translation>已读取标签二维码</translation>
    </message>
    <message>
        <source>{name} · {spec} · {category} · reg. {reg} · in stock {stock} {unit}</source>
        <translation>{name} · {spec} · {category} · 登记证号 {reg} · 库存 {stock} {unit}</translation>
    </message>
    <message>
        <source>Choose the product first</source>
        <translation>请先选择商品</translation>
    </message>
    <message>
        <source>Entry {number}: lot {lot} +{qty}, now {on_hand} on hand, ¥{amount}</source>
        <translation>第 {number} 条进货：批号 {lot} +{qty}，现有 {on_hand}，金额 ¥{amount}</translation>
    </message>
    <message>
        <source>Lot {lot} stocked in</source>
        <translation>批号 {lot} 已入库</translation>
    </message>
    <message>
        <source>{name} added to the catalogue</source>
        <translation>{name} 已加入商品目录</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <source>Filter by product or lot</source>
        <translation>按商品或批号筛选</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason (required), e.g. bag torn</source>
        <translation>原因（必填），如：包装破损</translation>
    </message>
    <message>
        <source>Correct the chosen lot</source>
        <translation>调整所选批次</translation>
    </message>
    <message>
        <source>Sold after a ban took effect (found at sync)</source>
        <translation>禁售生效后售出（同步时发现）</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>销售单</translation>
    </message>
    <message>
        <source>Sold on</source>
        <translation>销售日期</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Banned from</source>
        <translation>禁售日期</translation>
    </message>
    <message>
        <source>What was done, e.g. buyer called, goods returned</source>
        <translation>处理情况，如：已电话联系购买人并收回</translation>
    </message>
    <message>
        <source>Mark dealt with</source>
        <translation>标记已处理</translation>
    </message>
    <message>
        <source>Stock-take: change by</source>
        <translation>盘点调整：增减</translation>
    </message>
    <message>
        <source>Choose a lot first</source>
        <translation>请先选择批次</translation>
    </message>
    <message>
        <source>Lot {lot} now holds {qty}</source>
        <translation>批号 {lot} 现有 {qty}</translation>
    </message>
    <message>
        <source>Choose a flagged sale first</source>
        <translation>请先选择一条记录</translation>
    </message>
</context>
<context>
    <name>StocktakeScreen</name>
    <message>
        <source>Start a stock-take (Ctrl+N)</source>
        <translation>开始盘点 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Finish and compare (F10)</source>
        <translation>结束并核对 (F10)</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>取件码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>货架</translation>
    </message>
    <message>
        <source>All shelves</source>
        <translation>全部货架</translation>
    </message>
    <message>
        <source>all shelves</source>
        <translation>全部货架</translation>
    </message>
    <message>
        <source>Stock-take of {where} open: {n} scanned. Scan every parcel on the shelf.</source>
        <translation>正在盘点{where}：已扫 {n} 件。请扫描货架上的每一件快递。</translation>
    </message>
    <message>
        <source>No stock-take open</source>
        <translation>没有进行中的盘点</translation>
    </message>
    <message>
        <source>Missing: {n}</source>
        <translation>缺失：{n} 件</translation>
    </message>
    <message>
        <source>Unexpected: {n}</source>
        <translation>多出：{n} 件</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>没有成功</translation>
    </message>
    <message>
        <source>Stock-take started: scan every parcel</source>
        <translation>盘点开始：请扫描每一件快递</translation>
    </message>
    <message>
        <source>Stock-take started</source>
        <translation>盘点已开始</translation>
    </message>
    <message>
        <source>Start a stock-take first (Ctrl+N)</source>
        <translation>请先开始盘点 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Already scanned</source>
        <translation>已经扫过了</translation>
    </message>
    <message>
        <source>{tracking} was already scanned</source>
        <translation>{tracking} 已经扫过了</translation>
    </message>
    <message>
        <source>Unknown parcel</source>
        <translation>未知快递</translation>
    </message>
    <message>
        <source>The station never checked this number in</source>
        <translation>本站从未入库过这个单号</translation>
    </message>
    <message>
        <source>{tracking}: unknown to this station</source>
        <translation>{tracking}：本站没有这件快递</translation>
    </message>
    <message>
        <source>{n} scanned</source>
        <translation>已扫 {n} 件</translation>
    </message>
    <message>
        <source>Stock-take finished: {expected} expected, {scanned} scanned</source>
        <translation>盘点结束：应在架 {expected} 件，实扫 {scanned} 件</translation>
    </message>
    <message>
        <source>{missing} missing · {unexpected} unexpected</source>
        <translation>缺失 {missing} · 多出 {unexpected}</translation>
    </message>
    <message>
        <source>Stock-take finished: {missing} missing, {unexpected} unexpected</source>
        <translation>盘点结束：缺失 {missing} 件，多出 {unexpected} 件</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>not checked yet ({key})</source>
        <translation>尚未核对（{key}）</translation>
    </message>
    <message>
        <source>Changes waiting for the platform</source>
        <translation>待上传到平台的数据</translation>
    </message>
    <message>
        <source>Oldest waiting change</source>
        <translation>最早的待上传数据</translation>
    </message>
    <message>
        <source>Acknowledged by the platform up to</source>
        <translation>平台已确认到</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>上次成功同步</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>上次运行</translation>
    </message>
    <message>
        <source>Records the platform refused</source>
        <translation>平台拒收的记录</translation>
    </message>
    <message>
        <source>Counts against the platform</source>
        <translation>与平台核对数量</translation>
    </message>
    <message>
        <source>Check against the platform ({key})</source>
        <translation>与平台核对（{key}）</translation>
    </message>
    <message>
        <source>Sync now ({key})</source>
        <translation>立即同步（{key}）</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上行流量</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下行流量</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误类别</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>最近同步</translation>
    </message>
    <message>
        <source>Refused records</source>
        <translation>被拒收的记录</translation>
    </message>
    <message>
        <source>Counts by kind</source>
        <translation>分类数量</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>timer</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>after new records</source>
        <translation>新数据后</translation>
    </message>
    <message>
        <source>link back</source>
        <translation>网络恢复</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>USB bundle</source>
        <translation>U 盘数据包</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>platform unreachable</source>
        <translation>无法连接平台</translation>
    </message>
    <message>
        <source>transfer stalled</source>
        <translation>传输停滞</translation>
    </message>
    <message>
        <source>not accepted (token)</source>
        <translation>令牌无效</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>忙</translation>
    </message>
    <message>
        <source>{when} ({age})</source>
        <translation>{when}（{age}）</translation>
    </message>
    <message>
        <source>nothing is waiting</source>
        <translation>没有待上传的数据</translation>
    </message>
    <message>
        <source>change no. {seq}</source>
        <translation>第 {seq} 条</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>{when}: {result}, {pushed} sent, {pulled} received</source>
        <translation>{when}：{result}，上传 {pushed} 条，下载 {pulled} 条</translation>
    </message>
    <message>
        <source>asking the platform…</source>
        <translation>正在询问平台…</translation>
    </message>
    <message>
        <source>the platform holds exactly this station&apos;s records (up to change no. {seq})</source>
        <translation>平台与本站记录完全一致（截至第 {seq} 条）</translation>
    </message>
    <message>
        <source>not comparable yet: the platform has changes up to no. {hub}, this station&apos;s mark is no. {mine} — sync first</source>
        <translation>暂不能比较：平台已收到第 {hub} 条，本站记到第 {mine} 条——请先同步</translation>
    </message>
    <message>
        <source>{n} kinds of record differ: see Counts by kind</source>
        <translation>有 {n} 类记录数量不一致：见“分类数量”</translation>
    </message>
    <message>
        <source>Not enrolled yet: an administrator enrols the station with the code from the town office (python -m app enroll)</source>
        <translation>尚未注册：请站点管理员用镇上发的注册码注册本站（python -m app enroll）</translation>
    </message>
    <message>
        <source>(this computer&apos;s clock is off by {n} s)</source>
        <translation>（本机时钟偏差 {n} 秒）</translation>
    </message>
    <message>
        <source>OK: {pushed} sent, {pulled} received</source>
        <translation>成功：上传 {pushed} 条，接收 {pulled} 条</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>A sync is running, or the station is not enrolled</source>
        <translation>同步正在进行，或本站尚未注册</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Station</source>
        <extracomment>Parcel statuses shown, in this order (others are summed under &quot;other&quot;).</extracomment>
        <translation>站点</translation>
    </message>
    <message>
        <source>Operations recorded today</source>
        <translation>今日业务记录</translation>
    </message>
    <message>
        <source>Changes waiting for the platform</source>
        <translation>待上传到平台的数据</translation>
    </message>
    <message>
        <source>Parcels in the station</source>
        <translation>在站快递</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>My shift</source>
        <translation>我的班次</translation>
    </message>
    <message>
        <source>Payments waiting for the platform</source>
        <translation>待平台确认的缴费</translation>
    </message>
    <message>
        <source>Shop: products low on stock</source>
        <translation>农资：库存不足的商品</translation>
    </message>
    <message>
        <source>Consignment lots due back</source>
        <translation>代销批次临近退还</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>待处理事项</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>当前登录：{name}（{role}）</translation>
    </message>
    <message>
        <source>Oldest waiting: {age}</source>
        <translation>最早待上传：{age}前</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>上次同步：{when}</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>上次同步：从未</translation>
    </message>
    <message>
        <source>in station: {n}</source>
        <translation>在站：{n}</translation>
    </message>
    <message>
        <source>out for delivery: {n}</source>
        <translation>派送中：{n}</translation>
    </message>
    <message>
        <source>picked up: {n}</source>
        <translation>已取件：{n}</translation>
    </message>
    <message>
        <source>returned: {n}</source>
        <translation>已退回：{n}</translation>
    </message>
    <message>
        <source>sent: {n}</source>
        <translation>已寄出：{n}</translation>
    </message>
    <message>
        <source>checked in today: {n}</source>
        <translation>今日入库：{n}</translation>
    </message>
    <message>
        <source>overdue (over {days} days): {n}</source>
        <translation>滞留（超过 {days} 天）：{n}</translation>
    </message>
    <message>
        <source>¥{total} in all</source>
        <translation>合计 ¥{total}</translation>
    </message>
    <message>
        <source>oldest waiting: {age}</source>
        <translation>最早一笔已等：{age}</translation>
    </message>
    <message>
        <source>rejected, to refund: {n}</source>
        <translation>被拒待退款：{n}</translation>
    </message>
    <message>
        <source>Not open</source>
        <translation>未开班</translation>
    </message>
    <message>
        <source>Open it before taking cash: Payments → Shift (Alt+3)</source>
        <translation>收现金前请先开班：缴费 → 交班（Alt+3）</translation>
    </message>
    <message>
        <source>open since {when}, float ¥{float}</source>
        <translation>{when} 开班，备用金 ¥{float}</translation>
    </message>
    <message>
        <source>{n} cash movements</source>
        <translation>现金收付 {n} 笔</translation>
    </message>
    <message>
        <source>the drawer should hold ¥{expected}</source>
        <translation>钱箱应有 ¥{expected}</translation>
    </message>
    <message>
        <source>blind close: count the drawer first</source>
        <translation>盲点交班：先清点钱箱</translation>
    </message>
    <message>
        <source>No. {n}</source>
        <translation>第 {n} 班</translation>
    </message>
    <message>
        <source>lots near expiry: {n}</source>
        <translation>临期批次：{n}</translation>
    </message>
    <message>
        <source>expired lots still on hand: {n}</source>
        <translation>已过期仍有库存的批次：{n}</translation>
    </message>
    <message>
        <source>due back soon: {n}</source>
        <translation>即将到期退还：{n}</translation>
    </message>
    <message>
        <source>past their return date: {n}</source>
        <translation>已过退还日期：{n}</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>New PIN for {user}</source>
        <translation>为 {user} 设置新密码</translation>
    </message>
    <message>
        <source>lower-case letters and digits, e.g. lili</source>
        <translation>小写字母和数字，例如 lili</translation>
    </message>
    <message>
        <source>the name shown on screens and records</source>
        <translation>在屏幕和记录上显示的名字</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>New PIN (6 digits)</source>
        <translation>新密码（6 位数字）</translation>
    </message>
    <message>
        <source>The PIN again</source>
        <translation>再输一次密码</translation>
    </message>
    <message>
        <source>Not one digit repeated (111111) and not a run (123456, 654321).</source>
        <translation>不能全是同一个数字（111111），也不能是连号（123456、654321）。</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存（回车）</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>User name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add a user… (Ctrl+N)</source>
        <translation>添加用户…（Ctrl+N）</translation>
    </message>
    <message>
        <source>New PIN… (Ctrl+R)</source>
        <translation>重设密码…（Ctrl+R）</translation>
    </message>
    <message>
        <source>Disable (Ctrl+D)</source>
        <translation>停用（Ctrl+D）</translation>
    </message>
    <message>
        <source>Unlock (Ctrl+U)</source>
        <translation>解锁（Ctrl+U）</translation>
    </message>
    <message>
        <source>Each change is recorded in the audit log. A new PIN also lifts a lock.</source>
        <translation>每项改动都记入审计日志。重设密码也会同时解锁。</translation>
    </message>
    <message>
        <source>Only an administrator can change users.</source>
        <translation>只有管理员可以修改用户。</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>已锁定，{time} 解锁</translation>
    </message>
    <message>
        <source>Active · {n} wrong PIN(s)</source>
        <translation>正常 · 已输错 {n} 次密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Enable (Ctrl+D)</source>
        <translation>启用（Ctrl+D）</translation>
    </message>
    <message>
        <source>Choose a user in the list first</source>
        <translation>请先在列表中选中一个用户</translation>
    </message>
    <message>
        <source>{user} saved</source>
        <translation>{user} 已保存</translation>
    </message>
    <message>
        <source>{user} can sign in again</source>
        <translation>{user} 已恢复登录</translation>
    </message>
    <message>
        <source>{user} can no longer sign in</source>
        <translation>{user} 已停用，不能再登录</translation>
    </message>
    <message>
        <source>{user} unlocked</source>
        <translation>{user} 已解锁</translation>
    </message>
</context>
<context>
    <name>ZView</name>
    <message>
        <source>Z report</source>
        <translation>交班报表</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount (¥)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Print Z (Ctrl+P)</source>
        <translation>打印交班报表（Ctrl+P）</translation>
    </message>
    <message>
        <source>A4 PDF</source>
        <translation>A4 PDF</translation>
    </message>
    <message>
        <source>Z report · shift #{n}</source>
        <translation>交班报表 · 第 {n} 班</translation>
    </message>
    <message>
        <source>saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <source>sent to the printer</source>
        <translation>已送打印机</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>&apos;{text}&apos; is not an amount: use yuan with at most two decimals, like 12.50</source>
        <translation>“{text}”不是有效金额：请以元为单位，最多两位小数，例如 12.50</translation>
    </message>
    <message>
        <source>The amount must be more than zero</source>
        <translation>金额必须大于零</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: use YYYY-MM-DD, like 2026-06-01</source>
        <translation>“{text}”不是日期：请按 年-月-日 填写，如 2026-06-01</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a month: use YYYY-MM, like 2026-06</source>
        <translation>“{text}”不是月份：请按 年-月 填写，如 2026-06</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a mobile number (11 digits, or masked like 138****1234)</source>
        <translation>“{text}”不是手机号（11 位数字，或隐私号如 138****1234）</translation>
    </message>
    <message>
        <source>Type the last four digits of the phone number</source>
        <translation>请输入手机号后四位</translation>
    </message>
    <message>
        <source>A resident ID has 18 characters: 17 digits and a digit or X</source>
        <translation>居民身份证号码为 18 位：17 位数字加一位数字或 X</translation>
    </message>
    <message>
        <source>The birth date inside this resident ID is not possible</source>
        <translation>此身份证号码中的出生日期不存在</translation>
    </message>
    <message>
        <source>This resident ID&apos;s check digit is wrong: please check the number</source>
        <translation>此身份证号码校验位错误，请核对号码</translation>
    </message>
    <message>
        <source>The holder of this resident ID is under 18</source>
        <translation>此身份证持有人未满 18 周岁</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a tracking number</source>
        <translation>“{text}”不是快递单号</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; fails the postal check digit: scan it again</source>
        <translation>“{text}”邮政校验位不对，请重新扫描</translation>
    </message>
    <message>
        <source>Unknown carrier &apos;{text}&apos;</source>
        <translation>未知快递公司“{text}”</translation>
    </message>
    <message>
        <source>A product barcode has 13 digits</source>
        <translation>商品条码为 13 位数字</translation>
    </message>
    <message>
        <source>Barcode {text} fails its check digit: scan it again</source>
        <translation>条码 {text} 校验位不对，请重新扫描</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid user name (lower-case letters, digits, _ . -; starts with a letter)</source>
        <translation>“{text}”不是有效的用户名（小写字母、数字、_ . -，以字母开头）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a station code (4 to 16 capital letters and digits)</source>
        <translation>“{text}”不是站点编号（4 到 16 位大写字母和数字）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a role: use clerk, carrier, supervisor or admin</source>
        <translation>“{text}”不是角色：请用 clerk、carrier、supervisor 或 admin</translation>
    </message>
    <message>
        <source>{field} is required</source>
        <translation>{field}不能为空</translation>
    </message>
    <message>
        <source>{field} is too long (at most {max} characters)</source>
        <translation>{field}太长（最多 {max} 个字符）</translation>
    </message>
    <message>
        <source>{field} contains characters that cannot be stored</source>
        <translation>{field}含有无法保存的字符</translation>
    </message>
    <message>
        <source>{field}: no emoji or pictures, please (the label printer cannot print them)</source>
        <translation>{field}：请不要用表情或图案（面单打印机打不出来）</translation>
    </message>
    <message>
        <source>{field}: letters of the name only (no digits, emoji or symbols)</source>
        <translation>{field}：只能填写姓名用字（不能有数字、表情或符号）</translation>
    </message>
    <message>
        <source>A PIN is exactly 6 digits</source>
        <translation>密码必须是 6 位数字</translation>
    </message>
    <message>
        <source>This PIN is too easy to guess: avoid repeated or consecutive digits</source>
        <translation>此密码太容易被猜到：请避免重复或连续的数字</translation>
    </message>
    <message>
        <source>The two PINs are not the same: type the new PIN twice</source>
        <translation>两次输入的密码不一致：请把新密码输两遍</translation>
    </message>
    <message>
        <source>No PIN given: set {variable} or run from a terminal</source>
        <translation>未提供密码：请设置 {variable} 或在终端中运行</translation>
    </message>
    <message>
        <source>Invalid value for setting {name}</source>
        <translation>设置项 {name} 的值无效</translation>
    </message>
    <message>
        <source>Setting {name} must be between {minimum} and {maximum}</source>
        <translation>设置项 {name} 必须在 {minimum} 到 {maximum} 之间</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the live database</source>
        <translation>备份不能覆盖正在使用的数据库</translation>
    </message>
    <message>
        <source>{path} is not a regular file (a device, a pipe or a link): give the name of a file to write</source>
        <translation>{path} 不是普通文件（是设备、管道或链接）：请给出要写入的文件名</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file name</source>
        <translation>{path} 是文件夹，不是文件名</translation>
    </message>
    <message>
        <source>That is the live database itself</source>
        <translation>这就是正在使用的数据库本身</translation>
    </message>
    <message>
        <source>{path} is not a station database</source>
        <translation>{path} 不是站点数据库</translation>
    </message>
    <message>
        <source>{path} is damaged (integrity check failed)</source>
        <translation>{path} 已损坏（完整性检查未通过）</translation>
    </message>
    <message>
        <source>{path} is a backup of station {station_code}, not of this station ({this_station})</source>
        <translation>{path} 是站点 {station_code} 的备份，不是本站（{this_station}）的备份</translation>
    </message>
    <message>
        <source>No station in {data_dir}: run &apos;init&apos; or &apos;demo&apos; first</source>
        <translation>{data_dir} 中没有站点：请先运行“init”或“demo”</translation>
    </message>
    <message>
        <source>No user called {username}</source>
        <translation>没有名为 {username} 的用户</translation>
    </message>
    <message>
        <source>No setting called {name}</source>
        <translation>没有名为 {name} 的设置项</translation>
    </message>
    <message>
        <source>No file at {path}</source>
        <translation>{path} 处没有文件</translation>
    </message>
    <message>
        <source>A station already exists in {data_dir}</source>
        <translation>{data_dir} 中已有站点</translation>
    </message>
    <message>
        <source>User {username} already exists</source>
        <translation>用户 {username} 已存在</translation>
    </message>
    <message>
        <source>{username} is not locked</source>
        <translation>{username} 没有被锁定</translation>
    </message>
    <message>
        <source>You cannot disable your own account while signed in with it</source>
        <translation>不能停用自己正在使用的账号</translation>
    </message>
    <message>
        <source>{username} is the last admin and cannot be disabled</source>
        <translation>{username} 是最后一位管理员，不能停用</translation>
    </message>
    <message>
        <source>Interrupted: nothing was changed by the unfinished operation</source>
        <translation>已中断：未完成的操作没有改动任何数据</translation>
    </message>
    <message>
        <source>Audit chain broken at entry {entry} ({reason}); {entries} entries verified before it</source>
        <translation>审计链在第 {entry} 条断裂（{reason}）；此前已核验 {entries} 条</translation>
    </message>
    <message>
        <source>{field}: a masked number like {text} is not enough, type all 11 digits</source>
        <translation>{field}：{text} 这样的隐藏号码不行，请输入完整的 11 位手机号</translation>
    </message>
    <message>
        <source>{field}: &apos;{text}&apos; is not a mobile number, type all 11 digits</source>
        <translation>{field}：“{text}”不是手机号，请输入完整的 11 位手机号</translation>
    </message>
    <message>
        <source>Finish the current operation before restoring</source>
        <translation>请先完成当前操作再恢复</translation>
    </message>
    <message>
        <source>This database was written by a newer version of the app (schema {version}; this app knows up to {supported}). Update the app.</source>
        <translation>此数据库由更新版本的程序写入（结构版本 {version}；本程序最高支持 {supported}）。请升级程序。</translation>
    </message>
    <message>
        <source>This file is not a station database</source>
        <translation>此文件不是站点数据库</translation>
    </message>
    <message>
        <source>No PIN for {username}: set YYT_PIN or run from a terminal</source>
        <translation>没有 {username} 的密码：请设置 YYT_PIN 或在终端中运行</translation>
    </message>
    <message>
        <source>Sign in first (--user)</source>
        <translation>请先登录（--user）</translation>
    </message>
    <message>
        <source>No active user called {username}</source>
        <translation>没有名为 {username} 的在用用户</translation>
    </message>
    <message>
        <source>User {username} is disabled</source>
        <translation>用户 {username} 已停用</translation>
    </message>
    <message>
        <source>Wrong PIN ({attempts_left} tries left before a 5-minute lock)</source>
        <translation>密码错误（再错 {attempts_left} 次将锁定 5 分钟）</translation>
    </message>
    <message>
        <source>{username} is locked after 5 wrong PINs; try again in {seconds_left} s</source>
        <translation>{username} 因连续 5 次密码错误已被锁定，请 {seconds_left} 秒后再试</translation>
    </message>
    <message>
        <source>A {role} may not do this ({permission})</source>
        <translation>{role}无权进行此操作</translation>
    </message>
    <message>
        <source>Unexpected failure: {detail}</source>
        <translation>意外错误：{detail}</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>This tracking number matches no known carrier: check the carrier</source>
        <translation>此单号不符合任何已知快递公司的格式：请核对快递公司</translation>
    </message>
    <message>
        <source>The carrier was guessed from the number: check it</source>
        <translation>快递公司是根据单号推断的：请核对</translation>
    </message>
    <message>
        <source>{tracking} has no pre-advice: type the recipient&apos;s phone (full or like 138****1234)</source>
        <translation>{tracking} 没有预报信息：请输入收件人手机号（完整号码或如 138****1234）</translation>
    </message>
    <message>
        <source>The shelf layout is not valid: {detail}</source>
        <translation>货架设置无效：{detail}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a shelf place: use shelf and layer, like A-3</source>
        <translation>“{text}”不是货架位置：请用“货架-层”，例如 A-3</translation>
    </message>
    <message>
        <source>There is no shelf place {slot}</source>
        <translation>没有货架位置 {slot}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a pickup code (like A-3-0127)</source>
        <translation>“{text}”不是取件码（例如 A-3-0127）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a parcel status: use {allowed}</source>
        <translation>“{text}”不是快递状态：请用 {allowed}</translation>
    </message>
    <message>
        <source>For a proxy pickup give both the proxy&apos;s name and full phone number</source>
        <translation>代取时须同时提供代取人姓名和完整手机号</translation>
    </message>
    <message>
        <source>Choose parcels by tracking number only together with the phone tail</source>
        <translation>按单号选择快递时必须同时提供手机尾号</translation>
    </message>
    <message>
        <source>Parcel {tracking} is not for a phone ending in {tail}</source>
        <translation>快递 {tracking} 的收件手机尾号不是 {tail}</translation>
    </message>
    <message>
        <source>Parcels for {phones} different phones end in {tail}: choose the parcels to hand over</source>
        <translation>有 {phones} 个不同手机号的尾号都是 {tail}：请选择要交付的快递</translation>
    </message>
    <message>
        <source>{username} cannot take a delivery round</source>
        <translation>{username} 不是投递员，不能送货上门</translation>
    </message>
    <message>
        <source>Ask the recipient for the pickup code or the last four digits of their phone</source>
        <translation>请向收件人询问取件码或手机号后四位</translation>
    </message>
    <message>
        <source>Weight must be a whole number of grams from 1 to {max}</source>
        <translation>重量须为 1 到 {max} 之间的整数克</translation>
    </message>
    <message>
        <source>&apos;{province}&apos; is not a province the tariff knows</source>
        <translation>资费表中没有“{province}”这个省份</translation>
    </message>
    <message>
        <source>The sender must confirm the parcel holds no prohibited items</source>
        <translation>寄件人须确认包裹内没有禁寄物品</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; may not be sent by post</source>
        <translation>“{item}”禁止寄递</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a produce category: use {allowed}</source>
        <translation>“{text}”不是农产品类别：请用 {allowed}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a station waybill number</source>
        <translation>“{text}”不是本站运单号</translation>
    </message>
    <message>
        <source>Waybill {text} fails its check digit: scan it again</source>
        <translation>运单号 {text} 校验位不对，请重新扫描</translation>
    </message>
    <message>
        <source>No parcel {tracking} in this station</source>
        <translation>本站没有快递 {tracking}</translation>
    </message>
    <message>
        <source>Pickup code {pickup_code} does not belong to parcel {tracking}</source>
        <translation>取件码 {pickup_code} 不属于快递 {tracking}</translation>
    </message>
    <message>
        <source>Nothing to correct on {tracking}: the values given are the ones recorded</source>
        <translation>{tracking} 没有需要更正的内容：填写的和已登记的一样</translation>
    </message>
    <message>
        <source>{tracking} is already on {slot}</source>
        <translation>{tracking} 已经在 {slot}</translation>
    </message>
    <message>
        <source>Type a tracking number, a phone&apos;s last four digits, a pickup code or a name</source>
        <translation>请输入运单号、手机尾号后 4 位、取件码或姓名</translation>
    </message>
    <message>
        <source>There is no shelf {shelf} (shelves: {shelves})</source>
        <translation>没有 {shelf} 号货架（现有货架：{shelves}）</translation>
    </message>
    <message>
        <source>No parcel has pickup code {pickup_code}</source>
        <translation>没有取件码为 {pickup_code} 的快递</translation>
    </message>
    <message>
        <source>No parcel waiting for a phone ending in {tail}</source>
        <translation>没有手机尾号为 {tail} 的待取快递</translation>
    </message>
    <message>
        <source>No round {round}</source>
        <translation>没有第 {round} 趟</translation>
    </message>
    <message>
        <source>&apos;{round}&apos; is not a round number or id</source>
        <translation>“{round}”不是送货趟次的编号</translation>
    </message>
    <message>
        <source>Parcel {tracking} is not on round {round}</source>
        <translation>快递 {tracking} 不在第 {round} 趟上</translation>
    </message>
    <message>
        <source>No stock-take {stocktake}</source>
        <translation>没有盘点 {stocktake}</translation>
    </message>
    <message>
        <source>No outbound parcel {waybill}</source>
        <translation>没有寄出快递 {waybill}</translation>
    </message>
    <message>
        <source>No manifest number {number}</source>
        <translation>没有交接单号 {number}</translation>
    </message>
    <message>
        <source>{tracking} is already checked in: code {pickup_code}, place {place} ({status})</source>
        <translation>{tracking} 已入库：取件码 {pickup_code}，位置 {place}（{status}）</translation>
    </message>
    <message>
        <source>Every shelf layer is full ({capacity} places): clear a shelf or add one in Settings</source>
        <translation>所有货架层都已满（共 {capacity} 个位置）：请清理货架，或在“快递 → 货架”中添加货架</translation>
    </message>
    <message>
        <source>Shelf place {slot} is full ({capacity} parcels)</source>
        <translation>货架位置 {slot} 已满（{capacity} 件）</translation>
    </message>
    <message>
        <source>No free pickup code left for {slot} today</source>
        <translation>{slot} 今天已没有可用的取件码</translation>
    </message>
    <message>
        <source>{tracking} ({pickup_code}) was already handed over at {at} by {by}</source>
        <translation>{tracking}（{pickup_code}）已于 {at} 由 {by} 交付</translation>
    </message>
    <message>
        <source>{tracking} ({pickup_code}) is out on a delivery round</source>
        <translation>{tracking}（{pickup_code}）正在派送途中</translation>
    </message>
    <message>
        <source>{tracking} is not on the shelf (status: {status})</source>
        <translation>{tracking} 不在货架上（状态：{status}）</translation>
    </message>
    <message>
        <source>Round {round} is closed</source>
        <translation>第 {round} 趟已结束</translation>
    </message>
    <message>
        <source>{carrier} already has round {round} open: close it first</source>
        <translation>{carrier} 的第 {round} 趟还没结束：请先结束</translation>
    </message>
    <message>
        <source>Round {round} cannot close: {unaccounted} parcels are still out ({trackings})</source>
        <translation>第 {round} 趟不能结束：还有 {unaccounted} 件未交回（{trackings}）</translation>
    </message>
    <message>
        <source>{tracking} is already on round {round}</source>
        <translation>{tracking} 已在第 {round} 趟上</translation>
    </message>
    <message>
        <source>{tracking} is already marked {outcome} on this round</source>
        <translation>{tracking} 在此路线上已标记为 {outcome}</translation>
    </message>
    <message>
        <source>A stock-take is already open ({stocktake}): finish it first</source>
        <translation>已有进行中的盘点（{stocktake}）：请先完成</translation>
    </message>
    <message>
        <source>Stock-take {stocktake} is already finished</source>
        <translation>盘点 {stocktake} 已完成</translation>
    </message>
    <message>
        <source>No outbound parcel is waiting for the courier</source>
        <translation>没有等待快递员揽收的寄出快递</translation>
    </message>
    <message>
        <source>The tariff has no prices for zone {zone}</source>
        <translation>资费表中没有 {zone} 区的价格</translation>
    </message>
    <message>
        <source>Round {round} belongs to {carrier}</source>
        <translation>第 {round} 趟属于 {carrier}</translation>
    </message>
    <message>
        <source>{n} parcel(s) on the shelf more than {days} days (the oldest since {since}): notify again or return them (Parcels → Overdue)</source>
        <translation>{n} 件快递在架超过 {days} 天（最早自 {since}）：请再次通知或退回（快递 → 滞留件）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; cannot be printed as a barcode (letters, digits and signs, at most {max_len})</source>
        <translation>“{text}”无法打印为条码（只能是字母、数字和符号，最多 {max_len} 个）</translation>
    </message>
    <message>
        <source>The QR code text is too long ({length} characters, at most {max_len})</source>
        <translation>二维码内容太长（{length} 个字符，最多 {max_len} 个）</translation>
    </message>
    <message>
        <source>A receipt line must be a field or an item</source>
        <translation>小票的每一行必须是字段或商品</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a weight in grams</source>
        <translation>“{text}”不是以克为单位的重量</translation>
    </message>
    <message>
        <source>A sheet needs at least one column</source>
        <translation>表单至少需要一列</translation>
    </message>
    <message>
        <source>A sheet row has {got} cells but the sheet has {expected} columns</source>
        <translation>表单的一行有 {got} 格，但表单有 {expected} 列</translation>
    </message>
    <message>
        <source>There are no labels to print</source>
        <translation>没有可打印的标签</translation>
    </message>
    <message>
        <source>Labels are laid out 1-4 across and 1-8 down, not {columns} × {rows}</source>
        <translation>标签每行 1-4 张、每列 1-8 张，不能是 {columns} × {rows}</translation>
    </message>
    <message>
        <source>Receipt paper is {choices} mm wide, not {width}</source>
        <translation>小票纸宽只能是 {choices} 毫米，不能是 {width}</translation>
    </message>
    <message>
        <source>Printer &apos;{name}&apos; is not connected: choose another printer or save as PDF</source>
        <translation>打印机“{name}”未连接：请选择其他打印机或另存为 PDF</translation>
    </message>
    <message>
        <source>Printer &apos;{name}&apos; did not accept the document: check paper and power, then print again</source>
        <translation>打印机“{name}”未能接收文档：请检查纸张和电源后重新打印</translation>
    </message>
    <message>
        <source>The PDF could not be saved in {folder}</source>
        <translation>PDF 无法保存到 {folder}</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a platform address (like http://10.0.0.5:8400)</source>
        <translation>“{url}”不是平台地址（例如 http://10.0.0.5:8400）</translation>
    </message>
    <message>
        <source>Type the enrolment code the town office gave you (like ABCD-EFGH-JKMN)</source>
        <translation>请输入镇上发给您的注册码（例如 ABCD-EFGH-JKMN）</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name for the bundle</source>
        <translation>{path} 是文件夹：请给数据包一个文件名</translation>
    </message>
    <message>
        <source>The folder {path} does not exist (is the USB stick plugged in?)</source>
        <translation>文件夹 {path} 不存在（U 盘插好了吗？）</translation>
    </message>
    <message>
        <source>This station is not enrolled with the platform yet: an admin runs &apos;enroll&apos; with the code from the town office</source>
        <translation>本站尚未在平台注册：请管理员用镇上发的注册码运行“enroll”</translation>
    </message>
    <message>
        <source>No secure password store (keyring) works on this computer, so the station&apos;s platform token cannot be kept ({detail})</source>
        <translation>这台电脑上没有可用的安全密码存储（keyring），无法保存本站的平台令牌（{detail}）</translation>
    </message>
    <message>
        <source>A sync is already running: wait for it to finish</source>
        <translation>已有同步正在进行：请等它完成</translation>
    </message>
    <message>
        <source>The station&apos;s data was replaced (restored) while a sync was running: records {first_seq} to {last_seq} were not marked as sent; sync again</source>
        <translation>同步进行时本站数据被替换（恢复）：记录 {first_seq} 至 {last_seq} 未标记为已上传，请重新同步</translation>
    </message>
    <message>
        <source>The platform lost records {from_seq} to {to_seq} and this station no longer keeps them: ask the town office to restore the platform from a newer backup</source>
        <translation>平台丢失了第 {from_seq} 到 {to_seq} 条记录，本站也已不再保留：请镇上用更新的备份恢复平台</translation>
    </message>
    <message>
        <source>The platform refused the enrolment code: it is wrong, already used or expired</source>
        <translation>平台拒绝了注册码：注册码错误、已被使用或已过期</translation>
    </message>
    <message>
        <source>The platform no longer accepts this station&apos;s token: enrol again with a new code</source>
        <translation>平台不再接受本站的令牌：请用新的注册码重新注册</translation>
    </message>
    <message>
        <source>The station&apos;s token goes only to the platform it is enrolled with ({enrolled}), not to {url}: an admin enrols again there, or runs &apos;sync --hub URL --trust-hub&apos;</source>
        <translation>本站令牌只发给已注册的平台（{enrolled}），不发给 {url}：请管理员在那里重新注册，或运行 &apos;sync --hub URL --trust-hub&apos;</translation>
    </message>
    <message>
        <source>{url} is not the platform this station is enrolled with: the token was not sent</source>
        <translation>{url} 不是本站注册的平台：令牌未发送</translation>
    </message>
    <message>
        <source>The platform token of station {station_code} is not in this computer&apos;s keyring: enrol again</source>
        <translation>这台电脑的密码存储中没有站点 {station_code} 的平台令牌：请重新注册</translation>
    </message>
    <message>
        <source>The platform at {url} cannot be reached; changes stay queued and will be sent later</source>
        <translation>无法连接平台 {url}；数据已排队，稍后自动上传</translation>
    </message>
    <message>
        <source>The link to the platform stalled (nothing moved for {seconds} s); changes stay queued</source>
        <translation>与平台的连接停滞（{seconds} 秒没有数据传输）；数据仍在排队</translation>
    </message>
    <message>
        <source>The platform had a problem (status {status}); changes stay queued</source>
        <translation>平台出现故障（状态 {status}）；数据仍在排队</translation>
    </message>
    <message>
        <source>The platform&apos;s answer was not understood (status {status}, {detail})</source>
        <translation>无法识别平台的回复（状态 {status}，{detail}）</translation>
    </message>
    <message>
        <source>The platform stored records {first_seq} to {last_seq} differently from this station: nothing was marked as sent</source>
        <translation>平台保存的第 {first_seq} 到 {last_seq} 条记录与本站不一致：没有标记为已上传</translation>
    </message>
    <message>
        <source>{n} change(s) have waited for the platform since {since}: sync now (Sync, F5) or take a USB bundle to the town</source>
        <translation>{n} 条数据自 {since} 起一直未上传平台：请立即同步（同步，F5）或用 U 盘送到乡镇</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a note or coin the drawer counts</source>
        <translation>“{value}”不是可清点的纸币或硬币面额</translation>
    </message>
    <message>
        <source>The notes and coins add up to ¥{total}, not ¥{counted}</source>
        <translation>按面额清点合计 ¥{total}，与填写的 ¥{counted} 不符</translation>
    </message>
    <message>
        <source>The count differs from the expected cash by ¥{diff} (more than ¥{tolerance}): count again, or give a reason</source>
        <translation>清点金额与应有现金相差 ¥{diff}（超过 ¥{tolerance}）：请重新清点，或填写差异原因</translation>
    </message>
    <message>
        <source>{username} has never opened a shift</source>
        <translation>{username} 还没有开过班</translation>
    </message>
    <message>
        <source>No shift {shift}</source>
        <translation>没有班次 {shift}</translation>
    </message>
    <message>
        <source>Open your shift first (Payments → Shift, Alt+3): no cash can be taken or handed out without one</source>
        <translation>请先开班（缴费 → 交班，Alt+3）：未开班不能收付现金</translation>
    </message>
    <message>
        <source>By the records the drawer does not hold that much cash: check what was taken in</source>
        <translation>按记录钱箱里没有这么多现金：请核对收款记录</translation>
    </message>
    <message>
        <source>{username} already has a shift open</source>
        <translation>{username} 已有未结束的班次</translation>
    </message>
    <message>
        <source>{username} has no open shift to close</source>
        <translation>{username} 没有可交班的班次</translation>
    </message>
    <message>
        <source>Shift {number} is still open: its Z report comes at the close</source>
        <translation>第 {number} 班尚未交班：交班后才有交班报表</translation>
    </message>
    <message>
        <source>The recount was ¥{counted}: close with that count and a reason</source>
        <translation>复点金额为 ¥{counted}：请按复点金额交班并填写原因</translation>
    </message>
    <message>
        <source>A difference of ¥{diff} (more than ¥{limit}) needs a supervisor&apos;s approval</source>
        <translation>差额 ¥{diff}（超过 ¥{limit}）需督导审批</translation>
    </message>
    <message>
        <source>A supervisor cannot approve their own close</source>
        <translation>督导不能审批自己的交班</translation>
    </message>
    <message>
        <source>That is not a recovery code (56 letters and digits in groups of four): check it for typos</source>
        <translation>这不是恢复码（56 个字母和数字，每四个一组）：请检查是否输错</translation>
    </message>
    <message>
        <source>That recovery code belongs to another key than station {station_code}&apos;s</source>
        <translation>这个恢复码不属于站点 {station_code} 的密钥</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; cannot be a file name (a NUL character, or too long)</source>
        <translation>“{path}”不能用作文件名（含空字符或过长）</translation>
    </message>
    <message>
        <source>No secure password store (keyring) works on this computer, so the key that protects resident IDs and villagers&apos; personal data cannot be kept ({detail})</source>
        <translation>这台电脑上没有可用的安全密码库（keyring），无法保存保护身份证号和村民个人信息的密钥（{detail}）</translation>
    </message>
    <message>
        <source>The key that protects resident IDs and personal data of station {station_code} is not in this computer&apos;s keyring: an admin puts it back with &apos;key import&apos; and the recovery code</source>
        <translation>这台电脑的密码库里没有站点 {station_code} 保护身份证号和个人信息的密钥：请管理员用恢复码运行 &apos;key import&apos; 找回</translation>
    </message>
    <message>
        <source>The keyring holds another key than the one station {station_code}&apos;s data was made with: an admin puts the right one back with &apos;key import&apos;</source>
        <translation>密码库里的密钥与站点 {station_code} 数据所用的密钥不符：请管理员用 &apos;key import&apos; 放回正确的密钥</translation>
    </message>
    <message>
        <source>{path} was made under another resident-ID key than the one in this computer&apos;s keyring: it cannot be restored here</source>
        <translation>{path} 使用的身份证号密钥与这台电脑密码库中的不同：不能在这里恢复</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>Labels of the inputs a core validator names in its errors (``field=…``), as the forms show them.</extracomment>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>寄件方</translation>
    </message>
    <message>
        <source>Sender&apos;s name</source>
        <translation>寄件人姓名</translation>
    </message>
    <message>
        <source>Sender&apos;s resident ID</source>
        <translation>寄件人身份证号</translation>
    </message>
    <message>
        <source>Sender&apos;s phone</source>
        <translation>寄件人手机号</translation>
    </message>
    <message>
        <source>Recipient&apos;s name</source>
        <translation>收件人姓名</translation>
    </message>
    <message>
        <source>Recipient&apos;s phone</source>
        <translation>收件人手机号</translation>
    </message>
    <message>
        <source>Recipient&apos;s address</source>
        <translation>收件地址</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查找内容</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>缴费号码</translation>
    </message>
    <message>
        <source>Payer&apos;s name</source>
        <translation>缴费人姓名</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>物品名称</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Proxy&apos;s name</source>
        <translation>代取人姓名</translation>
    </message>
    <message>
        <source>Proxy&apos;s phone</source>
        <translation>代取人手机号</translation>
    </message>
    <message>
        <source>Courier&apos;s name</source>
        <translation>揽收员姓名</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>County</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Purge before</source>
        <translation>清除截止日期</translation>
    </message>
    <message>
        <source>Buyer&apos;s address</source>
        <translation>购买人地址</translation>
    </message>
    <message>
        <source>Buyer&apos;s resident ID</source>
        <translation>购买人身份证号</translation>
    </message>
    <message>
        <source>Buyer&apos;s name</source>
        <translation>购买人姓名</translation>
    </message>
    <message>
        <source>Buyer&apos;s phone</source>
        <translation>购买人手机号</translation>
    </message>
    <message>
        <source>Crop or pest</source>
        <translation>作物或防治对象</translation>
    </message>
    <message>
        <source>Barcode (EAN-13)</source>
        <translation>商品条码</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Active ingredient</source>
        <translation>有效成分</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>生产企业</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Production date</source>
        <translation>生产日期</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>登记证号</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供货单位</translation>
    </message>
    <message>
        <source>Supplier&apos;s phone</source>
        <translation>供货单位电话</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Producer&apos;s contact</source>
        <translation>生产者联系方式</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>开具日期</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>产地</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>生产者</translation>
    </message>
    <message>
        <source>Certified product</source>
        <translation>合格证产品名称</translation>
    </message>
    <message>
        <source>Certified quantity</source>
        <translation>合格证数量</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Return deadline</source>
        <translation>退回期限</translation>
    </message>
    <message>
        <source>Variety</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>&apos;{bill_type}&apos; is not a bill type: use {allowed}</source>
        <translation>“{bill_type}”不是缴费类型，可用：{allowed}</translation>
    </message>
    <message>
        <source>&apos;{biller}&apos; is not a biller for this bill: use {allowed}</source>
        <translation>“{biller}”不是该项目的收费单位，可用：{allowed}</translation>
    </message>
    <message>
        <source>The account fits several billers ({allowed}): choose the biller</source>
        <translation>该户号可对应多个收费单位（{allowed}），请选择收费单位</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid {label} for this bill</source>
        <translation>“{text}”不是有效的{label}</translation>
    </message>
    <message>
        <source>The insured person must be at least {min_age} years old</source>
        <translation>参保人须年满 {min_age} 周岁</translation>
    </message>
    <message>
        <source>Choose one of the {year} contribution grades: ¥{grades}</source>
        <translation>请选择 {year} 年的缴费档次：¥{grades}</translation>
    </message>
    <message>
        <source>The {year} contribution is ¥{amount}</source>
        <translation>{year} 年缴费标准为 ¥{amount}</translation>
    </message>
    <message>
        <source>Top-ups come in ¥{faces}</source>
        <translation>充值面额只有 ¥{faces}</translation>
    </message>
    <message>
        <source>The amount must be at least ¥{min}</source>
        <translation>金额不能少于 ¥{min}</translation>
    </message>
    <message>
        <source>The amount may be at most ¥{max}</source>
        <translation>金额不能超过 ¥{max}</translation>
    </message>
    <message>
        <source>The amount must be a multiple of ¥{multiple}</source>
        <translation>金额须为 ¥{multiple} 的整数倍</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a payment status: use {allowed}</source>
        <translation>“{text}”不是缴费状态，可用：{allowed}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a payment reference</source>
        <translation>“{text}”不是缴费流水号</translation>
    </message>
    <message>
        <source>Reference {text} fails its check digit: scan it again</source>
        <translation>流水号 {text} 校验位不对，请重新扫描</translation>
    </message>
    <message>
        <source>No payment {payment}</source>
        <translation>没有缴费记录 {payment}</translation>
    </message>
    <message>
        <source>The platform has switched {bill_type} payments off</source>
        <translation>平台已暂停{bill_type}缴费</translation>
    </message>
    <message>
        <source>This year&apos;s {bill_type} contribution is not set yet: sync with the platform or ask the administrator</source>
        <translation>本年度{bill_type}缴费标准尚未下发：请同步平台或联系站长</translation>
    </message>
    <message>
        <source>The station&apos;s {bill_type} contribution setting is not valid: ask the administrator</source>
        <translation>本站{bill_type}缴费标准设置有误，请联系站长</translation>
    </message>
    <message>
        <source>{bill_type} contributions for {year} are taken from {opens} to {closes}</source>
        <translation>{year} 年度{bill_type}的征缴期为 {opens} 至 {closes}</translation>
    </message>
    <message>
        <source>The same payment (¥{amount}) was taken {minutes} min ago as {reference}: confirm it is a second payment</source>
        <translation>{minutes} 分钟前刚收过同一笔缴费（¥{amount}，流水号 {reference}），请确认是否再缴一笔</translation>
    </message>
    <message>
        <source>¥{amount} is more than one offline payment may be (¥{cap})</source>
        <translation>¥{amount} 超过单笔离线缴费上限（¥{cap}）</translation>
    </message>
    <message>
        <source>Payments waiting for the platform add up to ¥{pending} (cap ¥{cap}): sync before taking more</source>
        <translation>待平台确认的缴费已达 ¥{pending}（上限 ¥{cap}），请先同步再收款</translation>
    </message>
    <message>
        <source>A payment has waited for the platform more than {hours} hours: sync before taking more</source>
        <translation>有缴费待平台确认已超过 {hours} 小时，请先同步再收款</translation>
    </message>
    <message>
        <source>Payment {reference} is {payment_status}: only a rejected payment is refunded</source>
        <translation>缴费 {reference} 状态为“{payment_status}”：只有被退回的缴费才能退款</translation>
    </message>
    <message>
        <source>Payment {reference} was refunded already</source>
        <translation>缴费 {reference} 已经退过款</translation>
    </message>
    <message>
        <source>{n} payment(s) waiting for the platform more than {hours} hours (oldest {reference}): sync now</source>
        <translation>{n} 笔缴费待平台确认超过 {hours} 小时（最早 {reference}），请立即同步</translation>
    </message>
    <message>
        <source>Payments waiting for the platform: ¥{total} of the ¥{cap} offline cap</source>
        <translation>待平台确认的缴费：¥{total}，离线上限 ¥{cap}</translation>
    </message>
    <message>
        <source>{n} rejected payment(s) (¥{total}) to refund: Payments → List</source>
        <translation>{n} 笔被退回的缴费（¥{total}）待退款：缴费 → 缴费记录</translation>
    </message>
    <message>
        <source>{n} platform decision(s) were ignored (a second, different answer or an unknown payment): tell the town office</source>
        <translation>有 {n} 条平台答复未采用（与先前答复不一致或查无此缴费），请报告镇上</translation>
    </message>
    <message>
        <source>The registration number has an unusual form: check it against the label</source>
        <translation>登记证号格式少见：请对照标签核实</translation>
    </message>
    <message>
        <source>A pesticide should carry its registration number (PD…): add it from the label</source>
        <translation>农药应有登记证号（PD…）：请按标签补录</translation>
    </message>
    <message>
        <source>Restricted-use pesticide: explain the dose on the label, protective clothing, the safe interval before harvest, keeping it from children and returning the empty container</source>
        <translation>限制使用农药：请向购买人讲解标签用量、穿戴防护用品、安全间隔期，远离儿童存放，用后回收空包装</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a product category: use {allowed}</source>
        <translation>“{text}”不是商品类别：请使用 {allowed}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a quantity: a whole number of units from 1 to 1,000,000</source>
        <translation>“{text}”不是有效数量：应为 1 至 1,000,000 的整数</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a pesticide label code (32 digits, starting 1, 2 or 3)</source>
        <translation>“{text}”不是农药标签二维码（32 位数字，以 1、2 或 3 开头）</translation>
    </message>
    <message>
        <source>Only a pesticide carries a 32-digit label code</source>
        <translation>只有农药才有 32 位标签二维码</translation>
    </message>
    <message>
        <source>The label code says registration …{code_digits}, but this product&apos;s number is {reg_no}: this label is not this product&apos;s</source>
        <translation>标签二维码显示登记证号尾号为 {code_digits}，但该商品登记证号为 {reg_no}：标签与商品不符</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a lot number (no spaces)</source>
        <translation>“{text}”不是有效批号（不能含空格）</translation>
    </message>
    <message>
        <source>The expiry date {expires} is before the production date {produced}</source>
        <translation>有效期 {expires} 早于生产日期 {produced}</translation>
    </message>
    <message>
        <source>The production date {produced} is in the future</source>
        <translation>生产日期 {produced} 晚于今天</translation>
    </message>
    <message>
        <source>Lot {lot} is already held with production date {produced} and expiry {expires}: check the dates</source>
        <translation>批号 {lot} 已有库存，生产日期 {produced}、有效期至 {expires}：请核对日期</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not PRODUCT:QUANTITY</source>
        <translation>“{text}”应写成 商品:数量</translation>
    </message>
    <message>
        <source>Nothing to sell: add a product</source>
        <translation>没有可售商品：请先加入商品</translation>
    </message>
    <message>
        <source>{product} is a restricted-use pesticide, sold by real name only: give the buyer&apos;s name, resident ID, phone, address and the crop or pest (missing: {missing})</source>
        <translation>{product} 是限制使用农药，须实名销售：请提供购买人姓名、身份证号、电话、住址和作物/防治对象（缺少：{missing}）</translation>
    </message>
    <message>
        <source>{product} is not in this sale</source>
        <translation>本单中没有 {product}</translation>
    </message>
    <message>
        <source>Several products have a lot {lot} ({products}): say which product</source>
        <translation>多个商品都有批号 {lot}（{products}）：请指明商品</translation>
    </message>
    <message>
        <source>Name the lot (and the product) to recall</source>
        <translation>请指明要召回的批号（及商品）</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start})</source>
        <translation>结束日期 {end} 早于开始日期 {start}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a ledger: use {allowed}</source>
        <translation>“{text}”不是台账：请使用 {allowed}</translation>
    </message>
    <message>
        <source>Column {column} cannot hold &apos;{text}&apos;</source>
        <translation>列 {column} 不能填写“{text}”</translation>
    </message>
    <message>
        <source>An export needs at least one column</source>
        <translation>导出至少需要一列</translation>
    </message>
    <message>
        <source>An export row has {got} values for {expected} columns</source>
        <translation>导出行有 {got} 个值，但应为 {expected} 列</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an export format: use {allowed}</source>
        <translation>“{text}”不是导出格式：请使用 {allowed}</translation>
    </message>
    <message>
        <source>Say where to write the file (--out FILE)</source>
        <translation>请指定导出文件（--out 文件）</translation>
    </message>
    <message>
        <source>No product {product}</source>
        <translation>没有商品 {product}</translation>
    </message>
    <message>
        <source>No lot {lot}</source>
        <translation>没有批号 {lot}</translation>
    </message>
    <message>
        <source>No sale {sale}</source>
        <translation>没有销售单 {sale}</translation>
    </message>
    <message>
        <source>No recall {recall}</source>
        <translation>没有召回记录 {recall}</translation>
    </message>
    <message>
        <source>Sale {sale} is not among the buyers of recall {recall}</source>
        <translation>销售单 {sale} 不在第 {recall} 号召回的购买人名单中</translation>
    </message>
    <message>
        <source>Sale {sale} recorded no phone number</source>
        <translation>销售单 {sale} 未登记电话</translation>
    </message>
    <message>
        <source>No flag {flag}</source>
        <translation>没有记录 {flag}</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist</source>
        <translation>文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>Barcode {ean} already belongs to {name}</source>
        <translation>条码 {ean} 已属于 {name}</translation>
    </message>
    <message>
        <source>{name} may not be sold since {since} (banned): take it off the shelf</source>
        <translation>{name} 自 {since} 起禁止销售：请下架</translation>
    </message>
    <message>
        <source>{name} was withdrawn from the approved catalogue</source>
        <translation>{name} 已从推荐目录中撤销</translation>
    </message>
    <message>
        <source>Lot {lot} expired on {expires}: it cannot be taken into stock</source>
        <translation>批号 {lot} 已于 {expires} 过期：不能入库</translation>
    </message>
    <message>
        <source>Lot {lot} is recalled</source>
        <translation>批号 {lot} 已召回</translation>
    </message>
    <message>
        <source>Lot {lot} holds {qty}: a change of {delta} would leave less than nothing</source>
        <translation>批号 {lot} 现有 {qty}：调整 {delta} 后库存将为负数</translation>
    </message>
    <message>
        <source>Only {available} of {product} can be sold (not expired, not recalled): {wanted} asked</source>
        <translation>{product} 可售库存（未过期、未召回）仅 {available}，需要 {wanted}</translation>
    </message>
    <message>
        <source>Open your shift first: count the float into the drawer (Shop page: Open shift; command line: shift open --float YUAN), then sell</source>
        <translation>请先开班：清点备用金放入钱箱（农资页面点“开班”；命令行：shift open --float 金额），然后再销售</translation>
    </message>
    <message>
        <source>Only {left} of {product} can still come back from this sale</source>
        <translation>本单 {product} 最多还能退 {left}</translation>
    </message>
    <message>
        <source>Everything of sale {sale} has come back already</source>
        <translation>销售单 {sale} 的商品已全部退回</translation>
    </message>
    <message>
        <source>{name} was never stocked: there is no lot to recall</source>
        <translation>{name} 从未进货：没有可召回的批次</translation>
    </message>
    <message>
        <source>Ledger rows are kept two years: nothing dated after {earliest} may be removed (asked: before {before})</source>
        <translation>台账须保存两年：{earliest} 之后的记录不得删除（本次要求删除 {before} 之前的记录）</translation>
    </message>
    <message>
        <source>{path} is not a plain file: choose another name</source>
        <translation>{path} 不是普通文件：请换一个文件名</translation>
    </message>
    <message>
        <source>Could not write {path} ({detail})</source>
        <translation>无法写入 {path}（{detail}）</translation>
    </message>
    <message>
        <source>{n} sale(s) of a banned product were made after the ban took effect: see Shop → Stock</source>
        <translation>有 {n} 笔禁售农药在禁令生效后售出：请到“农资 → 库存”查看</translation>
    </message>
    <message>
        <source>{lots} expired lot(s) still hold {units} unit(s): take them off the shelf</source>
        <translation>{lots} 个过期批次仍有 {units} 件：请下架</translation>
    </message>
    <message>
        <source>{lots} lot(s) expire within {days} days (the first on {first})</source>
        <translation>{lots} 个批次将在 {days} 天内到期（最早 {first}）</translation>
    </message>
    <message>
        <source>{n} product(s) low on stock: {names}</source>
        <translation>{n} 种商品库存不足：{names}</translation>
    </message>
    <message>
        <source>{lots} recalled lot(s) still hold {units} unit(s): send them back to the supplier</source>
        <translation>{lots} 个召回批次仍有 {units} 件：请退回供货商</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a quantity: kilograms with at most three decimals (12.5), or whole pieces</source>
        <translation>“{text}”不是有效数量：公斤数最多三位小数（如 12.5），或整件数</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a commission rate: a percentage from 0 to 100 with at most two decimals</source>
        <translation>“{text}”不是有效佣金比例：0 到 100 的百分数，最多两位小数</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a unit: use kg or piece</source>
        <translation>“{text}”不是有效单位：请用公斤或件</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a kind of price: use floor or agreed</source>
        <translation>“{text}”不是有效价格类型：请用保底价或约定价</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a produce category: 柑橘, 中药材, 脆李, 榨菜, 花椒 or other</source>
        <translation>“{text}”不是农产品类别：柑橘、中药材、脆李、榨菜、花椒或其他</translation>
    </message>
    <message>
        <source>The return date {date} has already passed</source>
        <translation>退还期限 {date} 已经过了</translation>
    </message>
    <message>
        <source>The quality certificate needs its {missing}</source>
        <translation>合格证还缺少：{missing}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a basis of the quality promise</source>
        <translation>“{text}”不是有效的承诺依据</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a farmer: give the farmer&apos;s number (F0003) or full phone</source>
        <translation>“{text}”不是农户：请填农户编号（F0003）或完整手机号</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a lot number (like L000012)</source>
        <translation>“{text}”不是批次号（如 L000012）</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a statement number (like S000003)</source>
        <translation>“{text}”不是结算单号（如 S000003）</translation>
    </message>
    <message>
        <source>{count} farmers share this phone: choose one by their number</source>
        <translation>有 {count} 位农户使用这个手机号：请按农户编号选择</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a payout method: use cash or bank</source>
        <translation>“{text}”不是付款方式：请用现金或银行转账</translation>
    </message>
    <message>
        <source>A bank payout needs the last four digits of the farmer&apos;s card</source>
        <translation>银行转账需要农户银行卡后四位</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not how the buyer paid: use cash or online</source>
        <translation>“{text}”不是买家付款方式：请用现金或线上</translation>
    </message>
    <message>
        <source>Lot {lot} sells only at the agreed price ¥{price}</source>
        <translation>批次 {lot} 只能按约定价 ¥{price} 出售</translation>
    </message>
    <message>
        <source>¥{price} is below the farmer&apos;s floor price ¥{floor} for lot {lot}</source>
        <translation>¥{price} 低于批次 {lot} 的农户保底价 ¥{floor}</translation>
    </message>
    <message>
        <source>This sale would come to ¥{gross}: the quantity is too small to sell</source>
        <translation>这笔销售只有 ¥{gross}：数量太少，无法出售</translation>
    </message>
    <message>
        <source>No farmer {farmer}</source>
        <translation>没有农户 {farmer}</translation>
    </message>
    <message>
        <source>No consignment lot {lot}</source>
        <translation>没有代销批次 {lot}</translation>
    </message>
    <message>
        <source>No statement {statement}</source>
        <translation>没有结算单 {statement}</translation>
    </message>
    <message>
        <source>No consignment sale {sale}</source>
        <translation>没有这笔代销销售 {sale}</translation>
    </message>
    <message>
        <source>This farmer is already registered as {farmer}</source>
        <translation>该农户已登记，编号 {farmer}</translation>
    </message>
    <message>
        <source>Lot {lot} has only {remaining} {unit} left (asked for {asked})</source>
        <translation>批次 {lot} 只剩 {remaining} {unit}（要求 {asked}）</translation>
    </message>
    <message>
        <source>Nothing is left of lot {lot}</source>
        <translation>批次 {lot} 已无剩余</translation>
    </message>
    <message>
        <source>The postage ¥{postage} is more than the farmer&apos;s share of this sale (¥{share}): raise the quantity or the price</source>
        <translation>邮费 ¥{postage} 超过农户在这笔销售中的所得（¥{share}）：请增加数量或提高价格</translation>
    </message>
    <message>
        <source>Only a counter sale can be reversed</source>
        <translation>只有柜台销售可以冲正</translation>
    </message>
    <message>
        <source>This sale has already been reversed</source>
        <translation>这笔销售已经冲正过</translation>
    </message>
    <message>
        <source>Farmer {farmer} has nothing new to settle</source>
        <translation>农户 {farmer} 没有新的待结算内容</translation>
    </message>
    <message>
        <source>Statement {statement} has already been paid (¥{paid}): nothing was paid again</source>
        <translation>结算单 {statement} 已付款（¥{paid}）：未重复付款</translation>
    </message>
    <message>
        <source>A payout of ¥{amount} (more than ¥{limit}) needs a second user&apos;s PIN</source>
        <translation>付款 ¥{amount}（超过 ¥{limit}）需要第二人输入密码复核</translation>
    </message>
    <message>
        <source>The second PIN must be another user&apos;s</source>
        <translation>复核密码必须由另一位用户输入</translation>
    </message>
    <message>
        <source>Lot {lot} ({product}, farmer {farmer}): {remaining} {unit} left, goes back to the farmer by {date}</source>
        <translation>批次 {lot}（{product}，农户 {farmer}）：剩余 {remaining} {unit}，须在 {date} 前退还农户</translation>
    </message>
    <message>
        <source>Lot {lot} ({product}, farmer {farmer}): {remaining} {unit} left, its return date {date} has passed</source>
        <translation>批次 {lot}（{product}，农户 {farmer}）：剩余 {remaining} {unit}，退还期限 {date} 已过</translation>
    </message>
    <message>
        <source>{date} has not begun yet: a report covers a day or month up to today</source>
        <translation>{date} 尚未开始：报表只能查询截至今天的日期或月份</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a chart kind: bar or line</source>
        <translation>“{kind}”不是图表类型：只能是柱状图（bar）或折线图（line）</translation>
    </message>
</context>
<context>
    <name>modules</name>
    <message>
        <source>Today</source>
        <extracomment>The module packages under ``app/ui``, in no particular order (``ModuleSpec.order`` sorts them).</extracomment>
        <translation>今日</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>快递</translation>
    </message>
    <message>
        <source>Check parcels in and out, rounds, sending and stock-takes.</source>
        <translation>快递入库、出库、送货上门、寄件和盘点。</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Electricity, water, gas, phone top-up, pension and medical insurance.</source>
        <translation>电费、水费、燃气费、话费充值、养老保险和医疗保险。</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>农资</translation>
    </message>
    <message>
        <source>Agri-input sales, stock by lot and the ledgers.</source>
        <translation>农资销售、按批次管理库存和台账。</translation>
    </message>
    <message>
        <source>Consignment</source>
        <translation>代销</translation>
    </message>
    <message>
        <source>Farm produce taken in, sold and settled for farmers.</source>
        <translation>为农户收货、代销农产品并结算。</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Daily and monthly reports, subsidy figures and exports.</source>
        <translation>日报、月报、补贴数据和导出。</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>My round</source>
        <translation>我的送货</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Daily station report</source>
        <extracomment>every word a report prints, by key (``WORDS[key]`` is the English source, context &quot;reports&quot;)</extracomment>
        <translation>站点日报</translation>
    </message>
    <message>
        <source>Monthly subsidy report: upstream and downstream parcels</source>
        <translation>月度补贴报表：上行与下行快递</translation>
    </message>
    <message>
        <source>Sync report</source>
        <translation>同步报表</translation>
    </message>
    <message>
        <source>Records counted for the subsidy</source>
        <translation>计入补贴的记录</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Data as of (last successful sync)</source>
        <translation>数据截至（最近一次成功同步）</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>Month-on-month baseline</source>
        <translation>环比基期</translation>
    </message>
    <message>
        <source>Year-on-year baseline</source>
        <translation>同比基期</translation>
    </message>
    <message>
        <source>— (no data for {month})</source>
        <translation>—（{month} 无数据）</translation>
    </message>
    <message>
        <source>Counting rules</source>
        <translation>统计口径</translation>
    </message>
    <message>
        <source>downstream: parcels checked in ({statuses}), returns {returns}; upstream: when {upstream}; months in {timezone}</source>
        <translation>下行：入库的快递（{statuses}），退回件{returns}；上行：{upstream}时计入；月份按 {timezone} 时间划分</translation>
    </message>
    <message>
        <source>Personal data masked</source>
        <translation>个人信息已脱敏</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>netted in the month they go back</source>
        <translation>在退回当月扣减</translation>
    </message>
    <message>
        <source>counted like any parcel</source>
        <translation>照常计入</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>不计入</translation>
    </message>
    <message>
        <source>accepted at the counter</source>
        <translation>柜台收寄</translation>
    </message>
    <message>
        <source>handed to the courier</source>
        <translation>交快递员揽收</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>重量（公斤）</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>MoM change</source>
        <translation>环比增量</translation>
    </message>
    <message>
        <source>MoM %</source>
        <translation>环比增幅</translation>
    </message>
    <message>
        <source>Same month last year</source>
        <translation>去年同月</translation>
    </message>
    <message>
        <source>YoY change</source>
        <translation>同比增量</translation>
    </message>
    <message>
        <source>YoY %</source>
        <translation>同比增幅</translation>
    </message>
    <message>
        <source>Downstream</source>
        <translation>下行</translation>
    </message>
    <message>
        <source>Upstream</source>
        <translation>上行</translation>
    </message>
    <message>
        <source>Produce parcels</source>
        <translation>农产品寄递</translation>
    </message>
    <message>
        <source>Consignment sales (yuan)</source>
        <translation>代销销售额（元）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>营业员</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开班时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>交班时间</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>备用金</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点现金</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status / category</source>
        <translation>状态 / 品类</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>计数</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Bytes up</source>
        <translation>上传字节</translation>
    </message>
    <message>
        <source>Bytes down</source>
        <translation>下载字节</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>本站</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>快递</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>生活缴费</translation>
    </message>
    <message>
        <source>Agri-input shop</source>
        <translation>农资销售</translation>
    </message>
    <message>
        <source>Produce consignment</source>
        <translation>农产品代销</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Parcel volumes</source>
        <translation>快递件量</translation>
    </message>
    <message>
        <source>Produce parcels by weight (kg)</source>
        <translation>农产品寄递重量（公斤）</translation>
    </message>
    <message>
        <source>Consignment produce sold (yuan)</source>
        <translation>代销农产品销售额（元）</translation>
    </message>
    <message>
        <source>Consignment produce sold (kg)</source>
        <translation>代销农产品销量（公斤）</translation>
    </message>
    <message>
        <source>Consignment produce sold (pieces)</source>
        <translation>代销农产品销量（件）</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>每日明细</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>最近同步</translation>
    </message>
    <message>
        <source>Records the platform refused</source>
        <translation>平台拒收的记录</translation>
    </message>
    <message>
        <source>Counts against the platform</source>
        <translation>与平台核对数量</translation>
    </message>
    <message>
        <source>Parcels today</source>
        <translation>当日快递</translation>
    </message>
    <message>
        <source>Parcels per day</source>
        <translation>每日快递件量</translation>
    </message>
    <message>
        <source>This month against its baselines</source>
        <translation>本月与基期对比</translation>
    </message>
    <message>
        <source>Produce parcels by category</source>
        <translation>农产品寄递（按品类）</translation>
    </message>
    <message>
        <source>parcels</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Parcels in</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Picked up at the counter</source>
        <translation>柜台取件</translation>
    </message>
    <message>
        <source>Delivered on rounds</source>
        <translation>送货上门妥投</translation>
    </message>
    <message>
        <source>Taken out on rounds</source>
        <translation>出库派送</translation>
    </message>
    <message>
        <source>Returned to sender</source>
        <translation>退回寄件人</translation>
    </message>
    <message>
        <source>Overdue (over {n} days) at the end of the day</source>
        <translation>日终滞留（超过 {n} 天）</translation>
    </message>
    <message>
        <source>Sent (outbound)</source>
        <translation>寄出（上行）</translation>
    </message>
    <message>
        <source>of them produce</source>
        <translation>其中农产品</translation>
    </message>
    <message>
        <source>Produce: {category}</source>
        <translation>农产品：{category}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>of them restricted-use pesticides (real name)</source>
        <translation>其中限用农药（实名）</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>净额</translation>
    </message>
    <message>
        <source>Produce taken in (lots)</source>
        <translation>收货入库（批次）</translation>
    </message>
    <message>
        <source>Counter sales</source>
        <translation>柜台销售</translation>
    </message>
    <message>
        <source>Shipped to buyers</source>
        <translation>寄给买家</translation>
    </message>
    <message>
        <source>Sales reversed</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>Sold, net</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Postage charged to farmers</source>
        <translation>农户承担的邮费</translation>
    </message>
    <message>
        <source>Losses recorded</source>
        <translation>报损</translation>
    </message>
    <message>
        <source>Given back to farmers</source>
        <translation>退还农户</translation>
    </message>
    <message>
        <source>Statements made (net)</source>
        <translation>结算单（净额）</translation>
    </message>
    <message>
        <source>Farmers paid</source>
        <translation>已付农户</translation>
    </message>
    <message>
        <source>Changes waiting for the platform</source>
        <translation>待上传到平台的数据</translation>
    </message>
    <message>
        <source>Oldest waiting since</source>
        <translation>最早待上传时间</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>最近一次成功同步</translation>
    </message>
    <message>
        <source>Acknowledged up to change no.</source>
        <translation>平台已确认至第几条</translation>
    </message>
    <message>
        <source>nothing is waiting</source>
        <translation>没有待上传的数据</translation>
    </message>
    <message>
        <source>the platform holds exactly this station&apos;s records</source>
        <translation>平台所存记录与本站完全一致</translation>
    </message>
    <message>
        <source>differences: see the counts by kind</source>
        <translation>有差异：见分类数量</translation>
    </message>
    <message>
        <source>not checked (needs the platform)</source>
        <translation>未核对（需连接平台）</translation>
    </message>
    <message>
        <source>Downstream (inbound) parcels</source>
        <translation>下行（进村）快递</translation>
    </message>
    <message>
        <source>Upstream (outbound) parcels</source>
        <translation>上行（出村）快递</translation>
    </message>
    <message>
        <source>Produce parcels: {category}</source>
        <translation>农产品寄递：{category}</translation>
    </message>
    <message>
        <source>All produce</source>
        <translation>全部农产品</translation>
    </message>
    <message>
        <source>All consigned produce</source>
        <translation>全部代销农产品</translation>
    </message>
    <message>
        <source>downstream</source>
        <translation>下行</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>upstream</source>
        <translation>上行</translation>
    </message>
    <message>
        <source>consignment</source>
        <translation>代销</translation>
    </message>
    <message>
        <source>citrus</source>
        <translation>柑橘</translation>
    </message>
    <message>
        <source>medicinal herbs</source>
        <translation>中药材</translation>
    </message>
    <message>
        <source>crisp plums</source>
        <translation>脆李</translation>
    </message>
    <message>
        <source>zhacai</source>
        <translation>榨菜</translation>
    </message>
    <message>
        <source>Sichuan pepper</source>
        <translation>花椒</translation>
    </message>
    <message>
        <source>other produce</source>
        <translation>其他农产品</translation>
    </message>
    <message>
        <source>in the station</source>
        <translation>在站</translation>
    </message>
    <message>
        <source>out for delivery</source>
        <translation>派送中</translation>
    </message>
    <message>
        <source>picked up</source>
        <translation>已取件</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已妥投</translation>
    </message>
    <message>
        <source>electricity</source>
        <translation>电费</translation>
    </message>
    <message>
        <source>water</source>
        <translation>水费</translation>
    </message>
    <message>
        <source>gas</source>
        <translation>燃气费</translation>
    </message>
    <message>
        <source>mobile top-up</source>
        <translation>话费充值</translation>
    </message>
    <message>
        <source>broadband / TV</source>
        <translation>宽带 / 电视</translation>
    </message>
    <message>
        <source>resident pension insurance</source>
        <translation>城乡居民养老保险</translation>
    </message>
    <message>
        <source>resident medical insurance</source>
        <translation>城乡居民医保</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未交班</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已交班</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Clerk</source>
        <translation>营业员</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>投递员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>督导</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>站点管理员</translation>
    </message>
</context>
</TS>
