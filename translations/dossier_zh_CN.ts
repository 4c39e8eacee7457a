<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Archive</name>
    <message>
        <source>Cannot count the records in the archive.</source>
        <translation>无法统计档案中的记录。</translation>
    </message>
    <message>
        <source>The archive is busy or read-only; nothing was saved.</source>
        <translation>档案正忙或为只读，未保存任何内容。</translation>
    </message>
    <message>
        <source>The archive refused to save the customer %1.</source>
        <translation>档案拒绝保存客户 %1。</translation>
    </message>
</context>
<context>
    <name>BulkCustomerWriter</name>
    <message>
        <source>The archive cannot take bulk changes: %1</source>
        <translation>档案无法进行批量写入：%1</translation>
    </message>
    <message>
        <source>Writing to the archive failed: %1</source>
        <translation>写入档案失败：%1</translation>
    </message>
    <message>
        <source>Cannot store the tag %1.</source>
        <translation>无法保存标签 %1。</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Usage: dossier-cli COMMAND [DB] [options]
  --version
  init DB
  demo DB [--customers N] [--seed S]
  add DB --name NAME [--code C] [--phone P] [--email E] [--company C] [--stage S] [--owner U]
  list DB [--query Q] [--limit N] [--json]
  update DB CODE [--name N] [--phone P] [--email E] [--company C] [--stage S] [--owner U] [--notes T]
  show DB CODE [--json]
  stats DB [--json]
DB may also be given as --db FILE; without it the default archive is used.
</source>
        <translation>用法：dossier-cli 命令 [DB] [选项]
  --version
  init DB
  demo DB [--customers N] [--seed S]
  add DB --name NAME [--code C] [--phone P] [--email E] [--company C] [--stage S] [--owner U]
  list DB [--query Q] [--limit N] [--json]
  update DB CODE [--name N] [--phone P] [--email E] [--company C] [--stage S] [--owner U] [--notes T]
  show DB CODE [--json]
  stats DB [--json]
DB 也可以用 --db FILE 指定；不指定时使用默认档案。
</translation>
    </message>
    <message>
        <source>Run &apos;dossier-cli --help&apos; for usage.</source>
        <translation>运行 &apos;dossier-cli --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>Wrong number of arguments for %1.</source>
        <translation>%1 的参数个数不对。</translation>
    </message>
    <message>
        <source>There is no archive at %1. Create one with &apos;dossier-cli init %1&apos;.</source>
        <translation>%1 处没有档案。可用 &apos;dossier-cli init %1&apos; 创建。</translation>
    </message>
    <message>
        <source>Archive ready: %1</source>
        <translation>档案已就绪：%1</translation>
    </message>
    <message>
        <source>Number of customers (default 500).</source>
        <translation>客户数量（默认 500）。</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>--customers needs a whole number of 0 or more.</source>
        <translation>--customers 需要一个不小于 0 的整数。</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed 需要一个整数。</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n customer(s); demo data goes only into an empty archive.</source>
        <translation>
            <numerusform>%1 中已有 %n 位客户；演示数据只能写入空档案。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 customers</source>
        <translation>%1 / %2 位客户</translation>
    </message>
    <message>
        <source>Created %1 customers, %2 contacts, %3 follow-ups and %4 orders in %5 s: %6</source>
        <translation>已创建 %1 位客户、%2 位联系人、%3 条跟进记录和 %4 笔订单，用时 %5 秒：%6</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>名称不能为空。</translation>
    </message>
    <message>
        <source>Unknown stage %1; use lead, customer, active or lost.</source>
        <translation>未知阶段 %1；请使用 lead（潜在）、customer（成交）、active（维护）或 lost（流失）。</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>警告：%1：%2</translation>
    </message>
    <message>
        <source>add needs --name.</source>
        <translation>add 命令需要 --name。</translation>
    </message>
    <message>
        <source>%1 updated (version %2)</source>
        <translation>%1 已更新（版本 %2）</translation>
    </message>
    <message>
        <source>Quick search: name, code, phone, company.</source>
        <translation>快速搜索：名称、编号、电话、公司。</translation>
    </message>
    <message>
        <source>At most N customers.</source>
        <translation>最多 N 位客户。</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 0 or more.</source>
        <translation>--limit 需要一个不小于 0 的整数。</translation>
    </message>
    <message numerus="yes">
        <source>  %n order(s), total %1</source>
        <translation>
            <numerusform>  %n 笔订单，合计 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>customers: %1
contacts: %2
follow-ups: %3
orders: %4</source>
        <translation>客户：%1
联系人：%2
跟进记录：%3
订单：%4</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>A contact must belong to a customer.</source>
        <translation>联系人必须属于某个客户。</translation>
    </message>
    <message>
        <source>Cannot save the contact %1: %2</source>
        <translation>无法保存联系人 %1：%2</translation>
    </message>
    <message>
        <source>The archive refused to save the contacts.</source>
        <translation>档案拒绝保存联系人。</translation>
    </message>
</context>
<context>
    <name>CustomFieldRepository</name>
    <message>
        <source>A custom field needs a name.</source>
        <translation>自定义字段需要名称。</translation>
    </message>
    <message>
        <source>A custom field named %1 already exists.</source>
        <translation>已存在名为 %1 的自定义字段。</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPane</name>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit Customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>The customer has unsaved changes. Discard them?</source>
        <translation>该客户有未保存的修改。要放弃吗？</translation>
    </message>
</context>
<context>
    <name>CustomerEditor</name>
    <message>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ustom Fields</source>
        <translation>自定义字段(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Assigned automatically when empty</source>
        <translation>留空时自动生成</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <source>Cod&amp;e:</source>
        <translation>编号(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>所在公司(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <source>Province/city:</source>
        <translation>省份/城市：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>邮编(&amp;C)：</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>来源(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>阶段(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>生日(&amp;B)：</translation>
    </message>
    <message>
        <source>I&amp;D number:</source>
        <translation>身份证号(&amp;D)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <source>Add Contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>New customer: %1</source>
        <translation>新客户：%1</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>%1

The customer has been reloaded with the other changes; please make your changes again.</source>
        <translation>%1

已重新载入包含他人修改的客户资料，请重新进行您的修改。</translation>
    </message>
</context>
<context>
    <name>CustomerKind</name>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>There is no custom field named %1.</source>
        <translation>没有名为 %1 的自定义字段。</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>客户需要名称。</translation>
    </message>
    <message>
        <source>The archive is busy or read-only; nothing was saved.</source>
        <translation>档案正忙或为只读，未保存任何内容。</translation>
    </message>
    <message>
        <source>The customer code %1 is already used.</source>
        <translation>客户编号 %1 已被使用。</translation>
    </message>
    <message>
        <source>Cannot save the customer %1: %2</source>
        <translation>无法保存客户 %1：%2</translation>
    </message>
    <message>
        <source>The archive refused to save the customer %1.</source>
        <translation>档案拒绝保存客户 %1。</translation>
    </message>
    <message>
        <source>This customer has not been saved yet.</source>
        <translation>该客户尚未保存。</translation>
    </message>
    <message>
        <source>The customer code cannot be empty.</source>
        <translation>客户编号不能为空。</translation>
    </message>
    <message>
        <source>The customer %1 no longer exists.</source>
        <translation>客户 %1 已不存在。</translation>
    </message>
    <message>
        <source>Customer %1 was changed by someone else (version %2, you edited version %3). Nothing was saved.</source>
        <translation>客户 %1 已被他人修改（当前版本 %2，您编辑的是版本 %3）。未保存任何内容。</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>没有客户 %1。</translation>
    </message>
</context>
<context>
    <name>CustomerStage</name>
    <message>
        <source>Lead</source>
        <translation>潜在</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>维护</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
</context>
<context>
    <name>CustomerValidator</name>
    <message>
        <source>The name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <source>The code starts or ends with spaces.</source>
        <translation>编号首尾有空格。</translation>
    </message>
    <message>
        <source>The birthday is in the future or before 1900.</source>
        <translation>生日晚于今天或早于 1900 年。</translation>
    </message>
    <message>
        <source>The postcode does not look like a postcode.</source>
        <translation>邮编格式不正确。</translation>
    </message>
    <message>
        <source>The ID number&apos;s check digit is wrong.</source>
        <translation>身份证号校验位不正确。</translation>
    </message>
    <message>
        <source>Not a valid phone number: %1</source>
        <translation>不是有效的电话号码：%1</translation>
    </message>
    <message>
        <source>Not a valid email address: %1</source>
        <translation>不是有效的邮箱地址：%1</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 不是数字。</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <translation>%1 不是日期（年-月-日）。</translation>
    </message>
    <message>
        <source>%1 is not one of the choices: %2.</source>
        <translation>%1 不在可选项中：%2。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No archive file was given.</source>
        <translation>未指定档案文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not an archive file.</source>
        <translation>%1 是文件夹，不是档案文件。</translation>
    </message>
    <message>
        <source>%1 is not a Dossier archive (not an SQLite file).</source>
        <translation>%1 不是 Dossier 档案（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation>档案 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Dossier (archive format %2, this program reads up to %3). It was not changed; please update Dossier to open it.</source>
        <translation>%1 由更新版本的 Dossier 写入（档案格式 %2，本程序最高支持 %3）。文件未做任何改动；请升级 Dossier 后再打开。</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of customers cannot be negative.</source>
        <translation>客户数量不能为负数。</translation>
    </message>
    <message>
        <source>The archive is busy; try again.</source>
        <translation>档案正忙，请稍后重试。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was added.</source>
        <translation>已取消，未添加任何内容。</translation>
    </message>
    <message>
        <source>The archive refused the demo data.</source>
        <translation>档案拒绝写入演示数据。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, code, phone, company</source>
        <translation>搜索名称、编号、电话、公司</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>全部省份</translation>
    </message>
</context>
<context>
    <name>FollowUpTimeline</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Next Follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Add Follow-up</source>
        <translation>添加跟进</translation>
    </message>
    <message>
        <source>What was discussed, what was agreed</source>
        <translation>沟通了什么，约定了什么</translation>
    </message>
    <message>
        <source>Optional: when to follow up next</source>
        <translation>可选：下次跟进日期</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Next follow-up:</source>
        <translation>下次跟进：</translation>
    </message>
</context>
<context>
    <name>InteractionRepository</name>
    <message>
        <source>A follow-up must belong to a customer.</source>
        <translation>跟进记录必须属于某个客户。</translation>
    </message>
    <message>
        <source>Cannot save the follow-up: %1</source>
        <translation>无法保存跟进记录：%1</translation>
    </message>
    <message>
        <source>Cannot save the follow-up: the archive refused the change.</source>
        <translation>无法保存跟进记录：档案拒绝了此修改。</translation>
    </message>
</context>
<context>
    <name>InteractionType</name>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dossier archives (*.sqlite *.dossier);;All files (*)</source>
        <translation>Dossier 档案 (*.sqlite *.dossier);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Follow-up added.</source>
        <translation>已添加跟进记录。</translation>
    </message>
    <message>
        <source>&amp;New Archive…</source>
        <translation>新建档案(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Archive…</source>
        <translation>打开档案(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New Customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Customer…</source>
        <translation>编辑客户(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Save Customer</source>
        <translation>保存客户(&amp;S)</translation>
    </message>
    <message>
        <source>Add &amp;Follow-up</source>
        <translation>添加跟进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About Dossier</source>
        <translation>关于 Dossier(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>New Archive</source>
        <translation>新建档案</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or use Open to open it.</source>
        <translation>%1 已存在。请换一个名称，或使用“打开”来打开它。</translation>
    </message>
    <message>
        <source>Open Archive</source>
        <translation>打开档案</translation>
    </message>
    <message>
        <source>No recent archives</source>
        <translation>没有最近打开的档案</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Dossier Customer Archive — %1</source>
        <translation>Dossier 客户档案 — %1</translation>
    </message>
    <message>
        <source>Dossier Customer Archive</source>
        <translation>Dossier 客户档案</translation>
    </message>
    <message>
        <source>Showing %1 of %2 customers</source>
        <translation>显示 %1 / 共 %2 位客户</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>保存对 %1 的修改吗？</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>该客户</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>About Dossier</source>
        <translation>关于 Dossier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dossier %1&lt;/h3&gt;&lt;p&gt;A customer archive for small sales teams: customers, contact persons, follow-ups and orders in one file.&lt;/p&gt;&lt;p&gt;Archive: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dossier %1&lt;/h3&gt;&lt;p&gt;面向小型销售团队的客户档案：客户、联系人、跟进记录和订单都在一个文件里。&lt;/p&gt;&lt;p&gt;档案：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <source>An order needs an order number.</source>
        <translation>订单需要订单号。</translation>
    </message>
    <message>
        <source>Order %1 has no valid date.</source>
        <translation>订单 %1 没有有效日期。</translation>
    </message>
    <message>
        <source>The order number %1 already exists.</source>
        <translation>订单号 %1 已存在。</translation>
    </message>
    <message>
        <source>Cannot save order %1: %2</source>
        <translation>无法保存订单 %1：%2</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>Schema change failed: %1 (%2)</source>
        <translation>档案结构变更失败：%1（%2）</translation>
    </message>
    <message>
        <source>Cannot read the archive format: %1</source>
        <translation>无法读取档案格式：%1</translation>
    </message>
    <message>
        <source>This SQLite file is not a Dossier archive.</source>
        <translation>这个 SQLite 文件不是 Dossier 档案。</translation>
    </message>
    <message>
        <source>The archive was written by a newer version of Dossier (format %1); this program reads up to format %2.</source>
        <translation>该档案由更新版本的 Dossier 写入（格式 %1）；本程序最高支持格式 %2。</translation>
    </message>
    <message>
        <source>Cannot start the upgrade to format %1: %2</source>
        <translation>无法开始升级到格式 %1：%2</translation>
    </message>
    <message>
        <source>Upgrading the archive to format %1 failed: %2</source>
        <translation>将档案升级到格式 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>A new language applies after Dossier is restarted.</source>
        <translation>新的语言将在重新启动 Dossier 后生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Your login:</source>
        <translation>您的登录名(&amp;Y)：</translation>
    </message>
    <message>
        <source>Used as the author of follow-ups you add.</source>
        <translation>作为您添加的跟进记录的记录人。</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>Cannot add the user %1: %2</source>
        <translation>无法添加用户 %1：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop customer archive</source>
        <translation>桌面客户档案</translation>
    </message>
    <message>
        <source>Open the archive FILE.</source>
        <translation>打开档案 FILE。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Archive to open (same as --db).</source>
        <translation>要打开的档案（同 --db）。</translation>
    </message>
    <message>
        <source>Cannot Open Archive</source>
        <translation>无法打开档案</translation>
    </message>
</context>
</TS>
