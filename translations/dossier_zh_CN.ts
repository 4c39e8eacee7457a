<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AbcSegmenter</name>
    <message>
        <source>A: top revenue</source>
        <translation>A类客户（高贡献）</translation>
    </message>
    <message>
        <source>B: middle revenue</source>
        <translation>B类客户（中贡献）</translation>
    </message>
    <message>
        <source>C: low revenue</source>
        <translation>C类客户（低贡献）</translation>
    </message>
    <message>
        <source>No orders</source>
        <translation>无订单客户</translation>
    </message>
</context>
<context>
    <name>AccessPolicy</name>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1（%2）无权%3。</translation>
    </message>
    <message>
        <source>this customer</source>
        <translation>该客户</translation>
    </message>
    <message>
        <source>%1 may not %2 for %3: it is not one of their customers.</source>
        <translation>%1 无权对 %3 %2：它不是其名下客户。</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>There is no user %1.</source>
        <translation>没有用户 %1。</translation>
    </message>
</context>
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
    <name>ArchiveCheck</name>
    <message>
        <source>The file cannot be read as an SQLite database: %1</source>
        <translation>无法将该文件作为 SQLite 数据库读取：%1</translation>
    </message>
    <message>
        <source>The file is not a Dossier archive (application_id is %1).</source>
        <translation>该文件不是 Dossier 档案（application_id 为 %1）。</translation>
    </message>
    <message>
        <source>The archive has no format version (user_version 0).</source>
        <translation>档案没有格式版本（user_version 为 0）。</translation>
    </message>
    <message>
        <source>The archive format %1 is newer than this program reads (%2).</source>
        <translation>档案格式 %1 比本程序能读取的版本（%2）更新。</translation>
    </message>
    <message>
        <source>The integrity check could not run: %1</source>
        <translation>无法执行完整性检查：%1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>The reference check could not run: %1</source>
        <translation>无法执行引用检查：%1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row of %3.</source>
        <translation>表 %1 第 %2 行引用了 %3 中不存在的记录。</translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation>档案 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not an SQLite file.</source>
        <translation>%1 不是 SQLite 文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
</context>
<context>
    <name>ArchiveExporter</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Cannot export to %1: the file name must end in .csv or .xlsx.</source>
        <translation>无法导出到 %1：文件名必须以 .csv 或 .xlsx 结尾。</translation>
    </message>
    <message>
        <source>Unknown CSV encoding %1: use utf-8 or gb18030.</source>
        <translation>未知的 CSV 编码 %1：请使用 utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>%1 rows do not fit on one Excel sheet (at most 1,048,575). Export to CSV instead.</source>
        <translation>%1 行超出单个 Excel 工作表的容量（最多 1,048,575 行）。请改为导出 CSV。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 was written, but the export could not be recorded in the audit log: %2</source>
        <translation>%1 已写入，但导出操作未能记入审计日志：%2</translation>
    </message>
</context>
<context>
    <name>ArchiveUpgrader</name>
    <message>
        <source>Upgrading %1 for this version of Dossier…</source>
        <translation>正在为此版本的 Dossier 升级 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Upgrading Archive</source>
        <translation>升级档案</translation>
    </message>
    <message>
        <source>Upgrading %1 for this version of Dossier: step %2 of %3…</source>
        <translation>正在为此版本的 Dossier 升级 %1：第 %2 步，共 %3 步…</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>当前步骤完成后停止…</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Only rows from this day on (local time).</source>
        <translation>只显示从这一天（本地时间）起的记录。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>--since needs a date as YYYY-MM-DD.</source>
        <translation>--since 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>There is no customer %1.</source>
        <translation>不存在客户 %1。</translation>
    </message>
</context>
<context>
    <name>AuditExporter</name>
    <message>
        <source>Only an administrator may export the audit log.</source>
        <translation>只有管理员可以导出审计日志。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>An audit row needs an action.</source>
        <translation>审计记录需要一个操作。</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>无法写入审计日志：%1</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <source>Code, field, value or detail</source>
        <translation>编号、字段、值或说明</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>操作：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Showing the newest %1 rows; narrow the filters to see older ones.</source>
        <translation>仅显示最新的 %1 条记录；请缩小筛选范围以查看更早的记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>已导出 %1 条记录到 %2。</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted (to recycle bin)</source>
        <translation>删除（移入回收站）</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Purged</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Permissions changed</source>
        <translation>权限变更</translation>
    </message>
    <message>
        <source>Viewed sensitive field</source>
        <translation>查看敏感字段</translation>
    </message>
    <message>
        <source>Audit log started</source>
        <translation>开始审计记录</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
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
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
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
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
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
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>续约日期</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
</context>
<context>
    <name>Authenticator</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: %1 is locked until %2.</source>
        <translation>密码错误次数过多：%1 已被锁定至 %2。</translation>
    </message>
    <message>
        <source>The user %1 is disabled.</source>
        <translation>用户 %1 已停用。</translation>
    </message>
    <message>
        <source>The user %1 has no password yet; an administrator must set one.</source>
        <translation>用户 %1 尚未设置密码，需由管理员设置。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong password %1 times in a row: %2 is locked for %n minute(s).</source>
        <translation>
            <numerusform>连续 %1 次密码错误：%2 已被锁定 %n 分钟。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>At least one backup must be kept.</source>
        <translation>至少要保留一份备份。</translation>
    </message>
    <message>
        <source>Cannot store the number of backups to keep.</source>
        <translation>无法保存要保留的备份数量。</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <source>A backup cannot replace the archive itself.</source>
        <translation>备份不能覆盖档案本身。</translation>
    </message>
    <message>
        <source>The backup and the archive are the same file.</source>
        <translation>备份与档案是同一个文件。</translation>
    </message>
    <message>
        <source>%1 cannot be restored:
%2</source>
        <translation>无法从 %1 恢复：
%2</translation>
    </message>
    <message>
        <source>The current archive could not be kept as a backup, so nothing was restored: %1</source>
        <translation>无法先将当前档案保存为备份，因此未做任何恢复：%1</translation>
    </message>
    <message>
        <source>The restore failed; the archive is unchanged: %1</source>
        <translation>恢复失败，档案未被改动：%1</translation>
    </message>
</context>
<context>
    <name>BatchMergeWorker</name>
    <message>
        <source>The archive is busy or read-only; nothing was merged.</source>
        <translation>档案正忙或为只读；未合并任何记录。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was merged.</source>
        <translation>已取消；未合并任何记录。</translation>
    </message>
    <message>
        <source>A group has fewer than two records left.</source>
        <translation>该组剩下的记录不足两条。</translation>
    </message>
    <message>
        <source>The archive refused the merges; nothing was merged.</source>
        <translation>档案拒绝了这些合并；未合并任何记录。</translation>
    </message>
    <message>
        <source>No backup could be made before merging, so nothing was merged: %1</source>
        <translation>合并前无法创建备份，因此未合并任何记录：%1</translation>
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
    <name>ChurnDetector</name>
    <message>
        <source>The as-of date is missing or invalid.</source>
        <translation>统计截止日期缺失或无效。</translation>
    </message>
</context>
<context>
    <name>ChurnRiskModel</name>
    <message numerus="yes">
        <source>A single purchase day: at risk after %n day(s) without an order</source>
        <translation>
            <numerusform>仅有一个购买日：超过 %n 天未下单即有流失风险</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <source>Median gap (days)</source>
        <translation>下单间隔中位数（天）</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>超期天数</translation>
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
    <message>
        <source>What the rows are: customers, orders or interactions.</source>
        <translation>行的类型：customers（客户）、orders（订单）或 interactions（跟进记录）。</translation>
    </message>
    <message>
        <source>Sheet name or 1-based index (XLSX).</source>
        <translation>工作表名称或序号（从 1 开始，XLSX）。</translation>
    </message>
    <message>
        <source>auto, or a JSON mapping file.</source>
        <translation>auto，或 JSON 映射文件。</translation>
    </message>
    <message>
        <source>CSV encoding: auto, utf-8, gb18030, utf-16.</source>
        <translation>CSV 编码：auto、utf-8、gb18030、utf-16。</translation>
    </message>
    <message>
        <source>Rows whose code exists: update or skip.</source>
        <translation>编号已存在的行：update（更新）或 skip（跳过）。</translation>
    </message>
    <message>
        <source>Check everything, store nothing.</source>
        <translation>全部检查，但不保存任何内容。</translation>
    </message>
    <message>
        <source>Write rejected rows and warnings to this CSV file.</source>
        <translation>将被拒绝的行和警告写入此 CSV 文件。</translation>
    </message>
    <message>
        <source>1-based row of the column headers (default: detected).</source>
        <translation>列标题所在的行号，从 1 开始（默认：自动检测）。</translation>
    </message>
    <message>
        <source>Read 03/05/2024 as March 5 (default: 3 May).</source>
        <translation>将 03/05/2024 读作 3 月 5 日（默认：5 月 3 日）。</translation>
    </message>
    <message>
        <source>--as must be customers, orders or interactions.</source>
        <translation>--as 必须是 customers、orders 或 interactions。</translation>
    </message>
    <message>
        <source>--on-existing must be update or skip.</source>
        <translation>--on-existing 必须是 update 或 skip。</translation>
    </message>
    <message>
        <source>--header-row needs a row number of 1 or more.</source>
        <translation>--header-row 需要一个不小于 1 的行号。</translation>
    </message>
    <message>
        <source>The mapping file is for %1, not %2.</source>
        <translation>该映射文件用于 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>There is no sheet %1; the file has: %2.</source>
        <translation>没有工作表 %1；文件中的工作表有：%2。</translation>
    </message>
    <message>
        <source>row %1, %2 &quot;%3&quot;: %4</source>
        <translation>第 %1 行，%2“%3”：%4</translation>
    </message>
    <message>
        <source>%1 rows: %2 imported, %3 updated, %4 skipped, %5 rejected%6</source>
        <translation>共 %1 行：导入 %2 行，更新 %3 行，跳过 %4 行，拒绝 %5 行%6</translation>
    </message>
    <message>
        <source> (dry run: nothing stored)</source>
        <translation>（试运行：未保存任何内容）</translation>
    </message>
    <message>
        <source>; undo with: dossier-cli import-undo %1 %2</source>
        <translation>；撤销命令：dossier-cli import-undo %1 %2</translation>
    </message>
    <message>
        <source>BATCH must be the number an import printed.</source>
        <translation>BATCH 必须是导入时输出的批次号。</translation>
    </message>
    <message>
        <source>Import %1 (%2) undone: %3 records removed, %4 restored.</source>
        <translation>已撤销导入 %1（%2）：删除 %3 条记录，恢复 %4 条记录。</translation>
    </message>
    <message>
        <source>The file to write: .csv or .xlsx.</source>
        <translation>要写入的文件：.csv 或 .xlsx。</translation>
    </message>
    <message>
        <source>What to export: customers, orders or interactions.</source>
        <translation>导出内容：customers（客户）、orders（订单）或 interactions（跟进记录）。</translation>
    </message>
    <message>
        <source>Only customers matching this quick search.</source>
        <translation>仅导出符合此快速搜索的客户。</translation>
    </message>
    <message>
        <source>CSV encoding: utf-8 (default, for Excel) or gb18030.</source>
        <translation>CSV 编码：utf-8（默认，适用于 Excel）或 gb18030。</translation>
    </message>
    <message>
        <source>export needs --out FILE.csv or --out FILE.xlsx.</source>
        <translation>export 命令需要 --out FILE.csv 或 --out FILE.xlsx。</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
    <message>
        <source>Segment reports and segment member lists:
  report DB --out FILE.pdf [--as-of YYYY-MM-DD] [--model rfm5|rfm8|abc]
  export DB --out FILE.csv|FILE.xlsx --segment NAME [--model rfm5|rfm8|abc] [--as-of YYYY-MM-DD] [--query Q]
</source>
        <translation>分群报告与分群客户名单：
  report DB --out FILE.pdf [--as-of YYYY-MM-DD] [--model rfm5|rfm8|abc]
  export DB --out FILE.csv|FILE.xlsx --segment 名称 [--model rfm5|rfm8|abc] [--as-of YYYY-MM-DD] [--query Q]
</translation>
    </message>
    <message>
        <source>Export the members of this segment (name or key) instead.</source>
        <translation>改为导出此分群（名称或键）的客户。</translation>
    </message>
    <message>
        <source>With --segment: rfm5 (default), rfm8 or abc.</source>
        <translation>与 --segment 一起使用：rfm5（默认）、rfm8 或 abc。</translation>
    </message>
    <message>
        <source>With --segment: segment as of this date (default today).</source>
        <translation>与 --segment 一起使用：按此日期分群（默认今天）。</translation>
    </message>
    <message>
        <source>--model and --as-of only go with --segment.</source>
        <translation>--model 和 --as-of 只能与 --segment 一起使用。</translation>
    </message>
    <message>
        <source>--segment exports customers; it cannot be combined with --as %1.</source>
        <translation>--segment 导出的是客户，不能与 --as %1 同时使用。</translation>
    </message>
    <message>
        <source>The model %1 has no segment &apos;%2&apos;. Its segments: %3.</source>
        <translation>模型 %1 没有分群“%2”。可用分群：%3。</translation>
    </message>
    <message>
        <source>task needs add or done.</source>
        <translation>task 需要 add 或 done。</translation>
    </message>
    <message>
        <source>Unknown task command: %1</source>
        <translation>未知的 task 命令：%1</translation>
    </message>
    <message>
        <source>task add needs --title and --due.</source>
        <translation>task add 需要 --title 和 --due。</translation>
    </message>
    <message>
        <source>trash needs list, restore CODE or purge CODE.</source>
        <translation>trash 需要 list、restore CODE 或 purge CODE。</translation>
    </message>
    <message>
        <source>%1 has users: sign in with --user NAME (the password comes from DOSSIER_PASSWORD or a prompt).</source>
        <translation>%1 设有用户：请用 --user 用户名 登录（密码取自 DOSSIER_PASSWORD 或提示输入）。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Change only if the record is still at this version.</source>
        <translation>仅当记录仍是此版本时才修改。</translation>
    </message>
    <message>
        <source>--expect-version needs a version number of 1 or more.</source>
        <translation>--expect-version 需要大于或等于 1 的版本号。</translation>
    </message>
    <message>
        <source>%1 is at version %2, not %3; nothing was changed.</source>
        <translation>%1 当前为版本 %2，而不是 %3；未做任何修改。</translation>
    </message>
    <message>
        <source>user needs add, disable, enable, list, password or role.</source>
        <translation>user 需要 add、disable、enable、list、password 或 role。</translation>
    </message>
    <message>
        <source>Unknown user command: %1</source>
        <translation>未知的 user 命令：%1</translation>
    </message>
    <message>
        <source>How many automatic backups to keep (stored in the archive).</source>
        <translation>保留多少份自动备份（保存在档案中）。</translation>
    </message>
    <message>
        <source>backup needs the archive and the backup file: backup DB OUT</source>
        <translation>backup 需要档案和备份文件：backup DB OUT</translation>
    </message>
    <message>
        <source>There is no archive at %1.</source>
        <translation>%1 处没有档案。</translation>
    </message>
    <message>
        <source>--keep needs a whole number of 1 or more.</source>
        <translation>--keep 需要大于或等于 1 的整数。</translation>
    </message>
    <message>
        <source>Keeping the newest %1 automatic backups in %2</source>
        <translation>在 %2 中保留最新的 %1 份自动备份</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name for the backup.</source>
        <translation>%1 已存在；请为备份选择新的文件名。</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>备份已写入：%1</translation>
    </message>
    <message>
        <source>restore needs the backup and the archive: restore BACKUP DB</source>
        <translation>restore 需要备份和档案：restore BACKUP DB</translation>
    </message>
    <message>
        <source>The archive as it was is kept in %1</source>
        <translation>原档案已保存在 %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2</source>
        <translation>已从 %2 恢复 %1</translation>
    </message>
    <message>
        <source>%1: no problems found (integrity, references, format).</source>
        <translation>%1：未发现问题（完整性、引用、格式）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found:</source>
        <translation>
            <numerusform>%1：发现 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>The user whose customers and tasks move.</source>
        <translation>要转出客户和任务的用户。</translation>
    </message>
    <message>
        <source>The user who takes them over, or &apos;pool&apos;.</source>
        <translation>接手的用户，或 &apos;pool&apos;（公海）。</translation>
    </message>
    <message>
        <source>handover needs --from NAME and --to NAME (or --to pool).</source>
        <translation>handover 需要 --from NAME 和 --to NAME（或 --to pool）。</translation>
    </message>
    <message>
        <source>the public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>Moved %1 customers, %2 open tasks and %3 planned follow-ups from %4 to %5.</source>
        <translation>已将 %1 位客户、%2 个未完成任务和 %3 条计划跟进从 %4 转给 %5。</translation>
    </message>
    <message>
        <source>Who claims the customer.</source>
        <translation>领取客户的人。</translation>
    </message>
    <message>
        <source>Days without a follow-up by the owner before a customer returns.</source>
        <translation>负责人多少天未跟进后客户退回公海。</translation>
    </message>
    <message>
        <source>Most customers a rep may own when claiming (0: no cap).</source>
        <translation>领取时每位销售最多可负责的客户数（0：不限）。</translation>
    </message>
    <message>
        <source>The date to compute with (default: today).</source>
        <translation>用于计算的日期（默认：今天）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Use: pool DB list|claim CODE --user NAME|release|settings [--days N] [--cap N]</source>
        <translation>用法：pool DB list|claim CODE --user NAME|release|settings [--days N] [--cap N]</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD.</source>
        <translation>--today 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in the public pool.</source>
        <translation>
            <numerusform>公海中有 %n 位客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 now belongs to %2 (version %3).</source>
        <translation>%1 现由 %2 负责（版本 %3）。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) returned to the public pool.</source>
        <translation>
            <numerusform>%n 位客户已退回公海。</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more.</source>
        <translation>--%1 需要大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>Customers return to the pool after %1 days without a follow-up by their owner (0: never); a rep may own at most %2 customers when claiming (0: no cap).</source>
        <translation>负责人 %1 天未跟进的客户退回公海（0：从不）；领取时每位销售最多负责 %2 位客户（0：不限）。</translation>
    </message>
    <message>
        <source>Usage: dossier-cli COMMAND [DB] [options]
  --version
  init DB
  demo DB [--customers N] [--seed S]
  add DB --name NAME [--code C] [--phone P] [--email E] [--company C] [--stage S] [--owner U]
         [--no-duplicate-check]   (likely duplicates are warned about on stderr; added anyway)
  list DB [--query Q] [--limit N] [--json]
  update DB CODE [--name N] [--phone P] [--email E] [--company C] [--stage S] [--owner U] [--notes T]
         [--expect-version N]   (exit status 3: changed by someone else, nothing saved)
  show DB CODE [--json]
  stats DB [--json]
  import DB FILE [--as customers|orders|interactions] [--sheet NAME|INDEX] [--mapping auto|FILE.json]
         [--encoding auto|utf-8|gb18030|utf-16] [--on-existing update|skip] [--dry-run] [--errors OUT.csv] [--json]
  import-undo DB BATCH
  export DB --out FILE.csv|FILE.xlsx [--as customers|orders|interactions] [--query Q]
  segment DB [--as-of YYYY-MM-DD] [--model rfm5|rfm8|abc] [--out FILE.csv] [--json] [--snapshot]
  due DB [--user NAME] [--today YYYY-MM-DD] [--json]
  task add DB CODE --title T --due YYYY-MM-DD [--user NAME]
  task done DB ID [--note TEXT] [--type call|visit|email|wechat|meeting|other] [--by NAME]
  quality DB [--json] [--worst N] [--stale-months N] [--company-fields LIST] [--individual-fields LIST] [--save-rules]
  search DB QUERY [--limit N] [--json]
  reindex DB
  delete DB CODE
  audit DB [--since YYYY-MM-DD] [--json]
  history DB CODE [--json]
  trash DB list|restore CODE|purge CODE
  dedupe DB [--threshold T] [--pairs OUT.csv] [--json]
  merge DB --keep CODE --from CODE [CODE…]
  unmerge DB MERGE_ID
  backup DB OUT [--keep N]
  restore BACKUP DB
  check DB
  handover DB --from NAME --to NAME|pool [--keep-active]
  pool DB list|claim CODE --user NAME|release|settings [--days N] [--cap N] [--today YYYY-MM-DD]
  user add DB NAME --role admin|manager|sales|viewer [--name TEXT]   (password: DOSSIER_NEW_PASSWORD or a prompt)
  user disable|enable DB NAME    user password DB NAME    user role DB NAME --role ROLE    user list DB [--json]
DB may also be given as --db FILE; without it the default archive is used.
Every command takes --user NAME: an archive with users needs it (password: DOSSIER_PASSWORD or a prompt).
</source>
        <translation>用法：dossier-cli 命令 [DB] [选项]
  --version
  init DB
  demo DB [--customers N] [--seed S]
  add DB --name NAME [--code C] [--phone P] [--email E] [--company C] [--stage S] [--owner U]
         [--no-duplicate-check]   （可能重复的客户在 stderr 上警告；仍会添加）
  list DB [--query Q] [--limit N] [--json]
  update DB CODE [--name N] [--phone P] [--email E] [--company C] [--stage S] [--owner U] [--notes T]
         [--expect-version N]   （退出状态 3：已被他人修改，未保存任何内容）
  show DB CODE [--json]
  stats DB [--json]
  import DB FILE [--as customers|orders|interactions] [--sheet NAME|INDEX] [--mapping auto|FILE.json]
         [--encoding auto|utf-8|gb18030|utf-16] [--on-existing update|skip] [--dry-run] [--errors OUT.csv] [--json]
  import-undo DB BATCH
  export DB --out FILE.csv|FILE.xlsx [--as customers|orders|interactions] [--query Q]
  segment DB [--as-of YYYY-MM-DD] [--model rfm5|rfm8|abc] [--out FILE.csv] [--json] [--snapshot]
  due DB [--user NAME] [--today YYYY-MM-DD] [--json]
  task add DB CODE --title T --due YYYY-MM-DD [--user NAME]
  task done DB ID [--note TEXT] [--type call|visit|email|wechat|meeting|other] [--by NAME]
  quality DB [--json] [--worst N] [--stale-months N] [--company-fields LIST] [--individual-fields LIST] [--save-rules]
  search DB QUERY [--limit N] [--json]
  reindex DB
  delete DB CODE
  audit DB [--since YYYY-MM-DD] [--json]
  history DB CODE [--json]
  trash DB list|restore CODE|purge CODE
  dedupe DB [--threshold T] [--pairs OUT.csv] [--json]
  merge DB --keep CODE --from CODE [CODE…]
  unmerge DB MERGE_ID
  backup DB OUT [--keep N]
  restore BACKUP DB
  check DB
  handover DB --from NAME --to NAME|pool [--keep-active]
  pool DB list|claim CODE --user NAME|release|settings [--days N] [--cap N] [--today YYYY-MM-DD]
  user add DB NAME --role admin|manager|sales|viewer [--name TEXT]   （密码：取自 DOSSIER_NEW_PASSWORD 或提示输入）
  user disable|enable DB NAME    user password DB NAME    user role DB NAME --role ROLE    user list DB [--json]
DB 也可以用 --db FILE 指定；不指定时使用默认档案。
每个命令都接受 --user NAME：有用户的档案必须指定（密码：取自 DOSSIER_PASSWORD 或提示输入）。
</translation>
    </message>
    <message>
        <source>warning: the duplicate check failed: %1</source>
        <translation>警告：重复检查失败：%1</translation>
    </message>
    <message>
        <source>warning: likely duplicate of %1 %2 (score %3)</source>
        <translation>警告：可能与 %1 %2 重复（得分 %3）</translation>
    </message>
    <message>
        <source>Do not look for likely duplicates.</source>
        <translation>不检查可能重复的客户。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Do not disable the user handing over (e.g. a move between teams).</source>
        <translation>不停用交出客户的用户（例如调岗）。</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>已停用 %1，该用户不能再登录。</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>The mapping is not a JSON object: %1</source>
        <translation>映射不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>Unknown mapping target %1; use customers, orders or interactions.</source>
        <translation>未知的映射对象 %1；请使用 customers、orders 或 interactions。</translation>
    </message>
    <message>
        <source>The mapping has no &quot;columns&quot;.</source>
        <translation>映射中缺少 &quot;columns&quot;。</translation>
    </message>
    <message>
        <source>The mapping of %1 names no column.</source>
        <translation>%1 的映射未指定任何列。</translation>
    </message>
    <message>
        <source>Cannot read the mapping file %1: %2</source>
        <translation>无法读取映射文件 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>未知字段 %1</translation>
    </message>
    <message>
        <source>no column %1 for %2</source>
        <translation>没有供 %2 使用的列 %1</translation>
    </message>
    <message>
        <source>The mapping does not fit the file: %1.</source>
        <translation>映射与文件不匹配：%1。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>%1 (%2) was saved by someone else (now version %3) while you were editing it. Nothing of yours has been saved yet. Choose for each highlighted field which value to keep; your choice is saved on top of the stored version.</source>
        <translation>在您编辑期间，%1（%2）已被他人保存（现为版本 %3）。您的修改尚未保存。请为每个高亮字段选择要保留的值；您的选择将在已保存版本的基础上保存。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的值</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>已保存的值</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Keep All &amp;Mine</source>
        <translation>全部保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Keep All &amp;Stored</source>
        <translation>全部保留已保存的(&amp;S)</translation>
    </message>
    <message>
        <source>Save These Values</source>
        <translation>保存这些值</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>继续编辑</translation>
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
    <name>CsvReader</name>
    <message>
        <source>“%1” is neither a spreadsheet nor a text (CSV) file.</source>
        <translation>“%1”既不是电子表格，也不是文本（CSV）文件。</translation>
    </message>
    <message>
        <source>Reading “%1” failed: %2</source>
        <translation>读取“%1”失败：%2</translation>
    </message>
    <message>
        <source>The text encoding “%1” is not available.</source>
        <translation>文本编码“%1”不可用。</translation>
    </message>
    <message>
        <source>Quotes and line breaks cannot be the delimiter of a CSV file.</source>
        <translation>引号和换行符不能用作 CSV 文件的分隔符。</translation>
    </message>
    <message>
        <source>“%1” has no sheet number %2.</source>
        <translation>“%1”中没有第 %2 个工作表。</translation>
    </message>
    <message>
        <source>“%1” cannot be read again from the start.</source>
        <translation>无法从头重新读取“%1”。</translation>
    </message>
    <message>
        <source>Row %1 of “%2” is too long (over a million characters); a quote may never be closed.</source>
        <translation>“%2”的第 %1 行过长（超过一百万个字符）；可能有引号未闭合。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>A value cannot be written in the chosen encoding.</source>
        <translation>有值无法用所选编码写入。</translation>
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
    <name>CustomerBreakdown</name>
    <message>
        <source>The as-of date is missing or invalid.</source>
        <translation>统计日期缺失或无效。</translation>
    </message>
</context>
<context>
    <name>CustomerConflict</name>
    <message>
        <source>Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
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
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
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
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
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
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>续约日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(primary)</source>
        <translation>（主要）</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPane</name>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Churn risk: no order for %1 days; usually one every %2 days.</source>
        <translation>流失风险：已 %1 天未下单；通常每 %2 天下单一次。</translation>
    </message>
    <message>
        <source>Churn risk: no order for %1 days since the only purchase.</source>
        <translation>流失风险：自唯一一次购买以来已 %1 天未下单。</translation>
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
        <source>Next contract or service renewal: shown in the reminders</source>
        <translation>下次合同或服务续约日期：会显示在提醒中</translation>
    </message>
    <message>
        <source>Rene&amp;wal date:</source>
        <translation>续约日期(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>CustomerFreezer</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>不存在编号为 %1 的客户。</translation>
    </message>
    <message>
        <source>The frozen record is damaged; nothing was restored.</source>
        <translation>保存的记录已损坏，未恢复任何内容。</translation>
    </message>
    <message>
        <source>The code %1 is now used by another customer (%2). Change that customer&apos;s code, then restore again.</source>
        <translation>编号 %1 现已被另一个客户（%2）使用。请先修改该客户的编号，再重新恢复。</translation>
    </message>
    <message>
        <source>Cannot restore customer %1: %2</source>
        <translation>无法恢复客户 %1：%2</translation>
    </message>
    <message>
        <source>Cannot restore customer %1 (%2): %3</source>
        <translation>无法恢复客户 %1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>CustomerHistory</name>
    <message>
        <source>There is no history entry %1.</source>
        <translation>不存在历史记录 %1。</translation>
    </message>
    <message>
        <source>History entry %1 is not a field change; there is no value to restore.</source>
        <translation>历史记录 %1 不是字段修改，没有可恢复的值。</translation>
    </message>
    <message>
        <source>Customer %1 no longer exists; restore it from the recycle bin first.</source>
        <translation>客户 %1 已不存在，请先从回收站恢复。</translation>
    </message>
    <message>
        <source>The field %1 cannot be restored.</source>
        <translation>字段 %1 无法恢复。</translation>
    </message>
    <message>
        <source>History entry %1 is damaged.</source>
        <translation>历史记录 %1 已损坏。</translation>
    </message>
</context>
<context>
    <name>CustomerHistoryDialog</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Restore This Value</source>
        <translation>恢复此值</translation>
    </message>
    <message>
        <source>Put the old value of the selected change back (saved as a new change)</source>
        <translation>恢复所选修改之前的值（作为一次新的修改保存）</translation>
    </message>
    <message>
        <source>History of %1 (%2)</source>
        <translation>%1（%2）的修改历史</translation>
    </message>
    <message>
        <source>Every change to %1, newest first. Restoring a value saves it as a new change.</source>
        <translation>%1 的全部修改，最新的在前。恢复某个值会作为一次新的修改保存。</translation>
    </message>
    <message>
        <source>Restore Value</source>
        <translation>恢复值</translation>
    </message>
    <message>
        <source>%1

The history now shows the newer change; look at it before restoring again.</source>
        <translation>%1

历史中已显示较新的修改；请先查看，再决定是否重新恢复。</translation>
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
    <name>CustomerLabelScan</name>
    <message>
        <source>The archive is not an SQLite database.</source>
        <translation>档案不是 SQLite 数据库。</translation>
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
    <name>CustomerMerger</name>
    <message>
        <source>%1 was merged into %2 earlier; it is no longer a record of its own.</source>
        <translation>%1 之前已合并到 %2，不再是单独的记录。</translation>
    </message>
    <message>
        <source>There is no customer with the code %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <source>A customer cannot be merged into itself.</source>
        <translation>客户不能合并到自身。</translation>
    </message>
    <message>
        <source>Choose at least one record to merge into the one that is kept.</source>
        <translation>请至少选择一条要合并到保留记录的记录。</translation>
    </message>
    <message>
        <source>The archive is busy or read-only; nothing was merged.</source>
        <translation>档案正忙或为只读；未合并任何记录。</translation>
    </message>
    <message>
        <source>There is no customer with the number %1.</source>
        <translation>没有内部编号为 %1 的客户。</translation>
    </message>
    <message>
        <source>The merge failed: %1 Nothing was merged.</source>
        <translation>合并失败：%1 未合并任何记录。</translation>
    </message>
    <message>
        <source>customer %1 vanished.</source>
        <translation>客户 %1 已不存在。</translation>
    </message>
    <message>
        <source>customer %1 cannot be removed: %2</source>
        <translation>无法删除客户 %1：%2</translation>
    </message>
    <message>
        <source>the code %1 is already an alias of another customer.</source>
        <translation>编号 %1 已是另一个客户的别名。</translation>
    </message>
    <message>
        <source>The archive refused the merge; nothing was merged.</source>
        <translation>档案拒绝了此次合并；未合并任何记录。</translation>
    </message>
    <message>
        <source>The archive is busy or read-only; nothing was undone.</source>
        <translation>档案正忙或为只读；未撤销任何内容。</translation>
    </message>
    <message>
        <source>Merge %1 was already undone on %2.</source>
        <translation>合并 %1 已于 %2 撤销。</translation>
    </message>
    <message>
        <source>Customer %1 was merged into another customer afterwards (merge %2); undo that merge first. Nothing was undone.</source>
        <translation>客户 %1 之后又被合并到另一个客户（合并 %2），请先撤销那次合并。未撤销任何内容。</translation>
    </message>
    <message>
        <source>Customer %1 was deleted after the merge; the merge cannot be undone.</source>
        <translation>客户 %1 在合并后已被删除，无法撤销此次合并。</translation>
    </message>
    <message>
        <source>More records were merged into customer %1 afterwards (merge %2); undo that merge first. Nothing was undone.</source>
        <translation>之后又有记录合并到客户 %1（合并 %2），请先撤销那次合并。未撤销任何内容。</translation>
    </message>
    <message>
        <source>Customer %1 was edited after the merge; undoing the merge would throw that change away. Nothing was undone.</source>
        <translation>客户 %1 在合并后被修改过，撤销合并会丢失这些修改。未撤销任何内容。</translation>
    </message>
    <message>
        <source>The code %1 was given to another customer after the merge; the merged record cannot get it back. Nothing was undone.</source>
        <translation>编号 %1 在合并后已分配给另一个客户，被合并的记录无法取回该编号。未撤销任何内容。</translation>
    </message>
    <message>
        <source>Undoing merge %1 failed: %2 Nothing was undone.</source>
        <translation>撤销合并 %1 失败：%2 未撤销任何内容。</translation>
    </message>
    <message>
        <source>the record of customer %1 is damaged.</source>
        <translation>客户 %1 的合并记录已损坏。</translation>
    </message>
    <message>
        <source>the merge record names an unknown kind of row (%1).</source>
        <translation>合并记录中含有未知类型的行（%1）。</translation>
    </message>
    <message>
        <source>The archive refused the undo; nothing was undone.</source>
        <translation>档案拒绝了撤销；未撤销任何内容。</translation>
    </message>
</context>
<context>
    <name>CustomerOwnership</name>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>不存在编号为 %1 的客户。</translation>
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
    <message>
        <source>The customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
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
    <name>CustomerTaskList</name>
    <message>
        <source>Add Task…</source>
        <translation>添加任务…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Mark the selected task done and log it as a follow-up</source>
        <translation>将所选任务标记为完成并记为一条跟进</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>For</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Open tasks (%1)</source>
        <translation>未完成任务 (%1)</translation>
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
    <name>DedupeCommand</name>
    <message>
        <source>Match probability (0-1) from which two records count as the same customer (default %1).</source>
        <translation>匹配概率（0–1）达到此值即视为同一客户（默认 %1）。</translation>
    </message>
    <message>
        <source>Write the pairs judged the same to this CSV file.</source>
        <translation>将判定为同一客户的记录对写入此 CSV 文件。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>--threshold needs a probability above 0 and at most 1, such as 0.5.</source>
        <translation>--threshold 需要大于 0 且不超过 1 的概率，例如 0.5。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 records, %2 candidate pairs: %3 pairs in %4 groups are likely the same customer (%5 s).</source>
        <translation>%1 条记录，%2 个候选对：%4 组中的 %3 对很可能是同一客户（%5 秒）。</translation>
    </message>
</context>
<context>
    <name>DedupeRejectionRepository</name>
    <message>
        <source>A customer cannot be marked as different from itself.</source>
        <translation>不能将客户标记为与自身不同。</translation>
    </message>
    <message>
        <source>Cannot remember that these customers are different: %1</source>
        <translation>无法记录这些客户不是同一客户：%1</translation>
    </message>
    <message>
        <source>The archive is busy or read-only; nothing was saved.</source>
        <translation>档案正忙或为只读；未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>DemoDuplicates</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
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
    <name>DueCommand</name>
    <message>
        <source>Only what is due for this user (login).</source>
        <translation>只列出该用户（登录名）的到期事项。</translation>
    </message>
    <message>
        <source>Take this date as today (default: today).</source>
        <translation>以此日期作为今天（默认：今天）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>--user needs a login.</source>
        <translation>--user 需要一个登录名。</translation>
    </message>
    <message>
        <source>--today needs a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--today 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>There is no user %1 in this archive; users: %2.</source>
        <translation>此档案中没有用户 %1；现有用户：%2。</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
</context>
<context>
    <name>DueKind</name>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>计划跟进</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>The reminders need a valid date for today.</source>
        <translation>提醒需要有效的“今天”日期。</translation>
    </message>
    <message>
        <source>Cannot read the reminders: %1</source>
        <translation>无法读取提醒：%1</translation>
    </message>
    <message>
        <source>Birthday of %1</source>
        <translation>%1 的生日</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>续约到期</translation>
    </message>
</context>
<context>
    <name>DueNotifier</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…… 另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier reminders</source>
        <translation>Dossier 提醒</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) due</source>
        <translation>
            <numerusform>%n 项提醒到期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateCandidateLookup</name>
    <message>
        <source>The duplicate check failed: %1</source>
        <translation>重复检查失败：%1</translation>
    </message>
</context>
<context>
    <name>DuplicateEntryDialog</name>
    <message>
        <source>Possible Duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>This customer may already be in the archive:</source>
        <translation>这位客户可能已在档案中：</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>Open Existing</source>
        <translation>打开已有客户</translation>
    </message>
    <message>
        <source>“Open Existing” shows that record instead; what you typed here is not saved.</source>
        <translation>“打开已有客户”会改为显示该客户；此处输入的内容不会保存。</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Duplicate search cancelled.</source>
        <translation>查重已取消。</translation>
    </message>
    <message>
        <source>The duplicate search needs an SQLite archive.</source>
        <translation>查重需要 SQLite 档案。</translation>
    </message>
</context>
<context>
    <name>DuplicateGroupModel</name>
    <message>
        <source>Score</source>
        <translation>相似度</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>编号</translation>
    </message>
</context>
<context>
    <name>DuplicatesWindow</name>
    <message>
        <source>Duplicate Customers</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <source>&amp;Scan for Duplicates</source>
        <translation>扫描重复客户(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Scan the archive to find records that are probably the same customer.</source>
        <translation>扫描档案，找出很可能是同一客户的记录。</translation>
    </message>
    <message>
        <source>Keep the record:</source>
        <translation>保留记录：</translation>
    </message>
    <message>
        <source>Yellow rows differ; the checked value is kept (click another to choose it). Contacts, follow-ups, orders, tasks and tags of every record move to the kept one; the other codes stay findable as its aliases.</source>
        <translation>黄色行表示各记录不同；勾选的值将被保留（点击其他值可改选）。所有记录的联系人、跟进、订单、任务和标签都会转到保留的记录；其他编号作为别名仍可搜索到。</translation>
    </message>
    <message>
        <source>&amp;Not the Same Customer</source>
        <translation>不是同一客户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <source>Merge &amp;All Likely Groups…</source>
        <translation>合并所有高分组(&amp;A)…</translation>
    </message>
    <message>
        <source>Scanning for duplicates…</source>
        <translation>正在扫描重复客户…</translation>
    </message>
    <message>
        <source>%1 records checked in %2 s: %3 group(s) likely the same, %4 shown in all.</source>
        <translation>已在 %2 秒内检查 %1 条记录：%3 组很可能是同一客户，共显示 %4 组。</translation>
    </message>
    <message>
        <source>Scan cancelled.</source>
        <translation>扫描已取消。</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>扫描失败：%1</translation>
    </message>
    <message>
        <source>This group is out of date: %1</source>
        <translation>该组已过时：%1</translation>
    </message>
    <message>
        <source>Likely the same customer (score %1%)</source>
        <translation>很可能是同一客户（相似度 %1%）</translation>
    </message>
    <message>
        <source>Worth a look (score %1%)</source>
        <translation>值得一看（相似度 %1%）</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>未合并：%1</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n record(s) into %1 (merge %2). Edit &gt; Undo Merge… undoes it.</source>
        <translation>
            <numerusform>已将 %n 条记录合并到 %1（合并 %2）。可通过“编辑 &gt; 撤销合并…”撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remembered: these %n records are different customers; they will not be proposed again.</source>
        <translation>
            <numerusform>已记住：这 %n 条记录不是同一客户，今后不会再提示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge All Likely Groups</source>
        <translation>合并所有高分组</translation>
    </message>
    <message>
        <source>Merge %1 groups likely to be the same customer? %2 records become %1; in each group the record entered first is kept, with the most recent value of every field. Each merge can be undone with Edit &gt; Undo Merge….</source>
        <translation>合并 %1 组很可能是同一客户的记录吗？%2 条记录将合并为 %1 条；每组保留最早录入的记录，各字段取最近更新的值。每次合并都可以通过“编辑 &gt; 撤销合并…”撤销。</translation>
    </message>
    <message>
        <source>Merging %1 groups…</source>
        <translation>正在合并 %1 组…</translation>
    </message>
    <message>
        <source>Merged %1 groups (%2 records merged away).</source>
        <translation>已合并 %1 组（%2 条记录被并入）。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) skipped: %1</source>
        <translation>
            <numerusform>跳过 %n 组：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was merged.</source>
        <translation>已取消；未合并任何记录。</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>未合并任何记录：%1</translation>
    </message>
    <message>
        <source>Not merged: no backup could be made first (%1).</source>
        <translation>未合并：无法先创建备份（%1）。</translation>
    </message>
</context>
<context>
    <name>ExistingIdentifiers</name>
    <message>
        <source>The archive is not an SQLite database.</source>
        <translation>该档案不是 SQLite 数据库。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Customers (with their main contact person)</source>
        <translation>客户（含主联系人）</translation>
    </message>
    <message>
        <source>The whole archive</source>
        <translation>整个档案</translation>
    </message>
    <message>
        <source>Only the customers the list shows now</source>
        <translation>仅当前列表中显示的客户</translation>
    </message>
    <message>
        <source>The list is not filtered.</source>
        <translation>列表当前未筛选。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>UTF-8 (opens correctly in Excel)</source>
        <translation>UTF-8（可在 Excel 中正常打开）</translation>
    </message>
    <message>
        <source>GB18030 (older Chinese software)</source>
        <translation>GB18030（适用于旧版中文软件）</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>导出(&amp;E)：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>To &amp;file:</source>
        <translation>目标文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>The file name must end in .xlsx or .csv.</source>
        <translation>文件名必须以 .xlsx 或 .csv 结尾。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>导出已停止，未写入任何文件。</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
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
    <message>
        <source>No smart list</source>
        <translation>无智能列表</translation>
    </message>
    <message>
        <source>Smart list</source>
        <translation>智能列表</translation>
    </message>
    <message>
        <source>Showing only the customers chosen in the segment dashboard; click to show all</source>
        <translation>仅显示在分群仪表盘中选中的客户；点击以显示全部</translation>
    </message>
    <message>
        <source>%1 (%2) ✕</source>
        <translation>%1（%2）✕</translation>
    </message>
    <message>
        <source>(unsaved smart list)</source>
        <translation>（未保存的智能列表）</translation>
    </message>
    <message>
        <source>Search name or pinyin (zw), code, phone, contact, tag, note</source>
        <translation>搜索名称或拼音（zw）、编号、电话、联系人、标签、备注</translation>
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
    <name>FtsSideBuild</name>
    <message>
        <source>The search index cannot be built: %1</source>
        <translation>无法建立搜索索引：%1</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>There is no user %1.</source>
        <translation>没有用户 %1。</translation>
    </message>
    <message>
        <source>Whose customers should be handed over? Give a user.</source>
        <translation>要交接谁的客户？请指定用户。</translation>
    </message>
    <message>
        <source>%1 cannot hand over to themselves.</source>
        <translation>%1 不能交接给自己。</translation>
    </message>
    <message>
        <source>The archive is busy or read-only; nothing was changed.</source>
        <translation>档案正忙或为只读，未做任何修改。</translation>
    </message>
    <message>
        <source>%1 is disabled and cannot take over customers.</source>
        <translation>%1 已停用，不能接手客户。</translation>
    </message>
    <message>
        <source>The archive refused the change; nothing was changed.</source>
        <translation>档案拒绝了此修改，未做任何改动。</translation>
    </message>
    <message>
        <source>%1 was not handed over: %2</source>
        <translation>未交接 %1：%2</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand Over Customers</source>
        <translation>交接客户</translation>
    </message>
    <message>
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>交出人(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>接手人(&amp;T)：</translation>
    </message>
    <message>
        <source>Hand Over</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Choose two different people.</source>
        <translation>请选择两个不同的人。</translation>
    </message>
    <message>
        <source>All customers of %1 and their open tasks go to %2, in one step. Planned follow-ups follow the customers. The history of every customer keeps the change.</source>
        <translation>%1 的全部客户及其未完成任务将一次性转给 %2。计划中的跟进随客户一起转移。每位客户的历史记录都会保留此次变更。</translation>
    </message>
    <message>
        <source>the public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>Only an administrator can disable users.</source>
        <translation>只有管理员可以停用用户。</translation>
    </message>
    <message>
        <source>&amp;Disable %1: they leave and can no longer sign in</source>
        <translation>停用 %1(&amp;D)：离职，不能再登录</translation>
    </message>
</context>
<context>
    <name>ImportBatchRepository</name>
    <message>
        <source>Cannot record the import: %1</source>
        <translation>无法记录本次导入：%1</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>没有导入批次 %1。</translation>
    </message>
</context>
<context>
    <name>ImportDuplicateNotes</name>
    <message>
        <source>Likely the same customer as %1, already in the archive (same %2). Imported; compare and merge them in Tools &gt; Find Duplicates.</source>
        <translation>可能与档案中已有的客户 %1 是同一客户（%2 相同）。已导入；请在“工具 &gt; 查找重复客户”中比较并合并。</translation>
    </message>
    <message>
        <source>Likely the same customer as row %1 of this file (same %2). Both imported; compare and merge them in Tools &gt; Find Duplicates.</source>
        <translation>可能与本文件第 %1 行是同一客户（%2 相同）。两行均已导入；请在“工具 &gt; 查找重复客户”中比较并合并。</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Customer Code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Customer Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Customer Type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Family Name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given Name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>所在公司</translation>
    </message>
    <message>
        <source>Contact Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Contact Person</source>
        <translation>联系人</translation>
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
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
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
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>ID Number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Order No.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Order Date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>跟进时间</translation>
    </message>
    <message>
        <source>Follow-up Type</source>
        <translation>跟进方式</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>跟进内容</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>跟进人</translation>
    </message>
    <message>
        <source>Next Follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Renewal Date</source>
        <translation>续约日期</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose a File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV, TSV or text file, or an Excel workbook (.xlsx). The first row with column names is found automatically.</source>
        <translation>CSV、TSV 或文本文件，或 Excel 工作簿（.xlsx）。程序会自动找到列名所在的行。</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Customers (with their main contact person)</source>
        <translation>客户（含主联系人）</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>GB18030 (GBK, Chinese Windows)</source>
        <translation>GB18030（GBK，中文 Windows）</translation>
    </message>
    <message>
        <source>Only for CSV and text files. Change it when Chinese text shows as garbage.</source>
        <translation>仅适用于 CSV 和文本文件。中文显示为乱码时请更改此项。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Rows are:</source>
        <translation>数据类型(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Import File</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Spreadsheets and text files (*.csv *.tsv *.txt *.xlsx);;CSV files (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>电子表格和文本文件 (*.csv *.tsv *.txt *.xlsx);;CSV 文件 (*.csv *.tsv *.txt);;Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>这是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Text file, read as %1.</source>
        <translation>文本文件，按 %1 读取。</translation>
    </message>
    <message>
        <source>Text file, read as %1, columns separated by “%2”.</source>
        <translation>文本文件，按 %1 读取，列以“%2”分隔。</translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook with %n sheet(s).</source>
        <translation>
            <numerusform>Excel 工作簿，共 %n 个工作表。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Match the Columns</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>Choose the field each column of the file goes to. Columns set to “(ignore)” are not imported; several columns for one field are joined with a space.</source>
        <translation>为文件中的每一列选择对应的字段。设为“（忽略）”的列不会导入；多列对应同一字段时以空格连接。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Example values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Saved column mappings; choosing one applies it.</source>
        <translation>已保存的列映射；选中即可应用。</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Mapping &amp;File</source>
        <translation>映射文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Load from File…</source>
        <translation>从文件加载(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Save to File…</source>
        <translation>保存到文件(&amp;S)…</translation>
    </message>
    <message>
        <source>Saved mapping:</source>
        <translation>已保存的映射：</translation>
    </message>
    <message>
        <source>Column names found in row %1 of “%2”.</source>
        <translation>在“%2”的第 %1 行找到列名。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Custom field: %1</source>
        <translation>自定义字段：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n column(s) will be imported.</source>
        <translation>
            <numerusform>将导入 %n 列中的 %1 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The saved mapping “%1” cannot be used: %2</source>
        <translation>无法使用已保存的映射“%1”：%2</translation>
    </message>
    <message>
        <source>The saved mapping “%1” is for another kind of rows.</source>
        <translation>已保存的映射“%1”适用于其他类型的数据。</translation>
    </message>
    <message>
        <source>This file has no column %1; the rest of “%2” was applied.</source>
        <translation>此文件中没有列 %1；已应用“%2”的其余部分。</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>保存映射</translation>
    </message>
    <message>
        <source>Name of the mapping:</source>
        <translation>映射名称：</translation>
    </message>
    <message>
        <source>Replace the saved mapping “%1”?</source>
        <translation>要替换已保存的映射“%1”吗？</translation>
    </message>
    <message>
        <source>Delete Mapping</source>
        <translation>删除映射</translation>
    </message>
    <message>
        <source>Delete the saved mapping “%1”?</source>
        <translation>要删除已保存的映射“%1”吗？</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>加载映射</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>映射文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is a mapping for another kind of rows.</source>
        <translation>%1 是适用于其他类型数据的映射。</translation>
    </message>
    <message>
        <source>This file has no column %1; the rest of the mapping was applied.</source>
        <translation>此文件中没有列 %1；已应用映射的其余部分。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Mapping saved to %1.</source>
        <translation>映射已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check the Rows</source>
        <translation>检查数据</translation>
    </message>
    <message>
        <source>The first %1 rows as they would be imported. Red cells: the row would not be imported; yellow cells: imported, but worth a look. Point at a cell to see why.</source>
        <translation>以下为前 %1 行的导入效果。红色单元格：该行不会被导入；黄色单元格：会导入，但建议查看。将鼠标指向单元格可查看原因。</translation>
    </message>
    <message>
        <source>&amp;Update it with the values from the file</source>
        <translation>用文件中的值更新(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Skip the row and leave it as it is</source>
        <translation>跳过该行，保持原样(&amp;S)</translation>
    </message>
    <message>
        <source>day/month/year (05/03/2024 = 5 March)</source>
        <translation>日/月/年（05/03/2024 = 3 月 5 日）</translation>
    </message>
    <message>
        <source>month/day/year (05/03/2024 = May 3)</source>
        <translation>月/日/年（05/03/2024 = 5 月 3 日）</translation>
    </message>
    <message>
        <source>&amp;Check the whole file first, without storing anything (dry run)</source>
        <translation>先检查整个文件，不保存任何内容（试运行）(&amp;C)</translation>
    </message>
    <message>
        <source>Dates written as 05/03/2024 are:</source>
        <translation>写作 05/03/2024 的日期表示：</translation>
    </message>
    <message>
        <source>A customer code that is already in the archive:</source>
        <translation>档案中已有的客户编号：</translation>
    </message>
    <message>
        <source>An order number that is already in the archive:</source>
        <translation>档案中已有的订单号：</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>不会导入：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>显示 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would be rejected</source>
        <translation>
            <numerusform>%n 行将被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 条警告</numerusform>
        </translation>
    </message>
    <message>
        <source>no problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ImportProblemModel</name>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ImportRecordWriter</name>
    <message>
        <source>There is no customer with the code %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
</context>
<context>
    <name>ImportResultPage</name>
    <message>
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>读取行数：</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>新增：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新：</translation>
    </message>
    <message>
        <source>Skipped (already there):</source>
        <translation>跳过（已存在）：</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Save &amp;Error List…</source>
        <translation>保存错误列表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import Now</source>
        <translation>立即导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import the file with the same settings.</source>
        <translation>使用相同设置导入该文件。</translation>
    </message>
    <message>
        <source>Import Stopped</source>
        <translation>导入已停止</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was stored; the archive is as it was before.</source>
        <translation>导入已停止。未保存任何内容，档案保持原样。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;The import failed: %1&lt;/span&gt;&lt;br&gt;Nothing was stored; the archive is as it was before.</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;导入失败：%1&lt;/span&gt;&lt;br&gt;未保存任何内容，档案保持原样。</translation>
    </message>
    <message>
        <source>Check Finished</source>
        <translation>检查完成</translation>
    </message>
    <message>
        <source>Nothing was stored. The counts say what an import would do.</source>
        <translation>未保存任何内容。以上数字为实际导入时的预计结果。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would not be imported; the list below says why.</source>
        <translation>
            <numerusform>有 %n 行将无法导入，原因见下方列表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>所有行均可导入。</translation>
    </message>
    <message>
        <source>Fix the file and start again, or import the rows that are fine now.</source>
        <translation>请修改文件后重新开始，或者现在就导入没有问题的行。</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not imported; the list below says why.</source>
        <translation>
            <numerusform>有 %n 行未导入，原因见下方列表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation>所有行均已导入。</translation>
    </message>
    <message>
        <source>You can undo this import with File &gt; Undo Import.</source>
        <translation>可通过“文件 &gt; 撤销导入”撤销本次导入。</translation>
    </message>
    <message>
        <source>Error list saved to %1.</source>
        <translation>错误列表已保存到 %1。</translation>
    </message>
    <message>
        <source>%1 errors.csv</source>
        <translation>%1 错误列表.csv</translation>
    </message>
    <message>
        <source>Save Error List</source>
        <translation>保存错误列表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>ImportRowConverter</name>
    <message>
        <source>Not a date; the value was left out.</source>
        <translation>不是日期，已忽略该值。</translation>
    </message>
    <message>
        <source>The customer name is empty.</source>
        <translation>客户名称为空。</translation>
    </message>
    <message>
        <source>Unknown customer type; %1 was assumed.</source>
        <translation>未知的客户类型，已按 %1 处理。</translation>
    </message>
    <message>
        <source>Unknown stage; use lead, customer, active or lost (潜在, 成交, 维护, 流失).</source>
        <translation>未知阶段；请使用 lead、customer、active 或 lost（潜在、成交、维护、流失）。</translation>
    </message>
    <message>
        <source>The value was left out.</source>
        <translation>已忽略该值。</translation>
    </message>
    <message>
        <source>Not a valid phone number; kept as typed.</source>
        <translation>不是有效的电话号码，已按原样保留。</translation>
    </message>
    <message>
        <source>Not a valid email address; kept as typed.</source>
        <translation>不是有效的邮箱地址，已按原样保留。</translation>
    </message>
    <message>
        <source>The order number is empty.</source>
        <translation>订单号为空。</translation>
    </message>
    <message>
        <source>The customer code is empty.</source>
        <translation>客户编号为空。</translation>
    </message>
    <message>
        <source>The order date is missing or not a date.</source>
        <translation>下单日期缺失或不是日期。</translation>
    </message>
    <message>
        <source>The amount is missing or not a number.</source>
        <translation>金额缺失或不是数字。</translation>
    </message>
    <message>
        <source>The time is missing or not a date.</source>
        <translation>跟进时间缺失或不是日期。</translation>
    </message>
    <message>
        <source>Unknown follow-up type; recorded as Other.</source>
        <translation>未知的跟进方式，已记为“其他”。</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation>停止导入(&amp;S)</translation>
    </message>
    <message>
        <source>Reading and checking every row. Nothing is stored.</source>
        <translation>正在读取并检查每一行，不会保存任何内容。</translation>
    </message>
    <message>
        <source>Reading the file and storing the rows. Stopping undoes everything.</source>
        <translation>正在读取文件并保存数据。停止将撤销全部更改。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Stopping… everything stored so far is being rolled back.</source>
        <translation>正在停止…正在回滚目前已保存的全部内容。</translation>
    </message>
    <message>
        <source>%1 rows read…</source>
        <translation>已读取 %1 行…</translation>
    </message>
    <message>
        <source>All %1 rows stored; building the indexes…</source>
        <translation>%1 行已全部写入；正在建立索引…</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>Customer %1 was changed after the import; undoing it would throw that change away. Nothing was undone.</source>
        <translation>客户 %1 在导入后已被修改，撤销会丢弃该修改。未撤销任何内容。</translation>
    </message>
    <message>
        <source>The import&apos;s record of customer %1 is damaged.</source>
        <translation>本次导入中客户 %1 的记录已损坏。</translation>
    </message>
    <message>
        <source>The import&apos;s record of order %1 is damaged.</source>
        <translation>本次导入中订单 %1 的记录已损坏。</translation>
    </message>
    <message>
        <source>Import %1 was already undone on %2.</source>
        <translation>导入 %1 已于 %2 撤销。</translation>
    </message>
    <message>
        <source>The archive is busy or read-only; nothing was undone.</source>
        <translation>档案正忙或为只读，未撤销任何内容。</translation>
    </message>
    <message>
        <source>Undoing import %1 failed: %2 Nothing was undone.</source>
        <translation>撤销导入 %1 失败：%2 未撤销任何内容。</translation>
    </message>
    <message>
        <source>The archive refused the undo; nothing was undone.</source>
        <translation>档案拒绝了撤销操作，未撤销任何内容。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>未打开任何文件。</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The sheet is empty.</source>
        <translation>工作表为空。</translation>
    </message>
    <message>
        <source>Row %1 is empty or beyond the end of the sheet.</source>
        <translation>第 %1 行为空或超出工作表末尾。</translation>
    </message>
    <message>
        <source>No column header of the file names a known field. Map the columns by hand (a mapping file with --mapping, or the mapping page of the import wizard).</source>
        <translation>文件的列标题中没有可识别的字段。请手动映射列（用 --mapping 指定映射文件，或使用导入向导的列映射页面）。</translation>
    </message>
    <message>
        <source>No column is mapped to %1, which every row needs.</source>
        <translation>没有列映射到 %1，而每一行都需要该字段。</translation>
    </message>
    <message>
        <source>The archive is busy or read-only; nothing was imported.</source>
        <translation>档案正忙或为只读，未导入任何内容。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>导入已取消，未做任何更改。</translation>
    </message>
    <message>
        <source>Row %1 could not be stored: %2 Nothing was imported.</source>
        <translation>第 %1 行无法保存：%2 未导入任何内容。</translation>
    </message>
    <message>
        <source>Reading the file failed after row %1: %2 Nothing was imported.</source>
        <translation>在第 %1 行之后读取文件失败：%2 未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 more values were flagged; only the first %2 warnings are listed.</source>
        <translation>另有 %1 个值被标记；仅列出前 %2 条警告。</translation>
    </message>
    <message>
        <source>The archive refused the import; nothing was imported.</source>
        <translation>档案拒绝了导入，未导入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>IndexDeferral</name>
    <message>
        <source>Cannot prepare the archive for a large import: %1</source>
        <translation>无法为大批量导入准备档案：%1</translation>
    </message>
    <message>
        <source>Cannot rebuild the index %1 after the import: %2</source>
        <translation>导入后无法重建索引 %1：%2</translation>
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
    <name>JournalModeSetting</name>
    <message>
        <source>The archive is open in WAL mode on the computer that holds it, which does not work over a network share (%1). Close Dossier on that computer, then open the archive again.</source>
        <translation>存放档案的电脑正以 WAL 模式打开该档案，而 WAL 模式无法在网络共享上使用（%1）。请先关闭那台电脑上的 Dossier，再重新打开档案。</translation>
    </message>
</context>
<context>
    <name>LifecycleAdvisor</name>
    <message numerus="yes">
        <source>No orders; %n follow-up(s)</source>
        <translation>
            <numerusform>无订单；跟进 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last order %n day(s) ago</source>
        <translation>
            <numerusform>最近一次下单在 %n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>; overdue for its usual rhythm</source>
        <translation>；已超出其惯常下单周期</translation>
    </message>
    <message>
        <source>The as-of date is missing or invalid.</source>
        <translation>统计日期缺失或无效。</translation>
    </message>
</context>
<context>
    <name>LifecycleDialog</name>
    <message>
        <source>Lifecycle Stage Suggestions</source>
        <translation>生命周期阶段建议</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Suggest</source>
        <translation>生成建议(&amp;S)</translation>
    </message>
    <message>
        <source>Rule: contacted but no orders → lead; an order within the active days → active; no order for the lost days, or overdue for the customer&apos;s usual rhythm → lost; otherwise → customer. Only stages that differ are listed; nothing changes until you apply.</source>
        <translation>规则：已联系但无订单 → 潜在；活跃期限内有订单 → 维护；超过流失天数未下单，或超出客户惯常下单周期 → 流失；其余 → 成交。只列出与当前阶段不同的建议；应用之前不会更改任何数据。</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>统计日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Ac&amp;tive within:</source>
        <translation>活跃期限(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Lost after:</source>
        <translation>流失判定(&amp;L)：</translation>
    </message>
    <message>
        <source>Check &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Check &amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;pply Checked</source>
        <translation>应用所选(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s); check those to apply.</source>
        <translation>
            <numerusform>共 %n 条建议；勾选要应用的建议。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot compute the suggestions: %1</source>
        <translation>无法生成建议：%1</translation>
    </message>
    <message>
        <source>Computing suggestions…</source>
        <translation>正在生成建议…</translation>
    </message>
    <message numerus="yes">
        <source>Changed the stage of %n customer(s).</source>
        <translation>
            <numerusform>已更改 %n 个客户的阶段。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n customer(s) changed meanwhile: %1</source>
        <translation>
            <numerusform>跳过了期间已被修改的 %n 个客户：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未做任何更改：%1</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
</context>
<context>
    <name>LifecycleStageApplier</name>
    <message>
        <source>The archive is busy or read-only; no stage was changed.</source>
        <translation>档案正忙或为只读；未更改任何阶段。</translation>
    </message>
    <message>
        <source>Cannot change the stage of %1: %2</source>
        <translation>无法更改 %1 的阶段：%2</translation>
    </message>
    <message>
        <source>The archive refused the stage changes; nothing was changed.</source>
        <translation>档案拒绝了阶段更改；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>LifecycleSuggestionModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <source>Suggested stage</source>
        <translation>建议阶段</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
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
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import customers, orders or follow-ups from a CSV or Excel file</source>
        <translation>从 CSV 或 Excel 文件导入客户、订单或跟进记录</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export customers, orders or follow-ups to a CSV or Excel file</source>
        <translation>将客户、订单或跟进记录导出为 CSV 或 Excel 文件</translation>
    </message>
    <message>
        <source>&amp;Undo Import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 updated record(s) from %3.</source>
        <translation>已从 %3 导入 %1 条新记录，更新 %2 条记录。</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
    <message>
        <source>&amp;Segments…</source>
        <translation>客户分群(&amp;S)…</translation>
    </message>
    <message>
        <source>Customers and revenue per RFM or ABC segment</source>
        <translation>按 RFM 或 ABC 分群查看客户数和销售额</translation>
    </message>
    <message>
        <source>&amp;Lifecycle Suggestions…</source>
        <translation>生命周期建议(&amp;L)…</translation>
    </message>
    <message>
        <source>Suggest lifecycle stages from orders and follow-ups</source>
        <translation>根据订单和跟进记录建议生命周期阶段</translation>
    </message>
    <message>
        <source>Data &amp;Quality…</source>
        <translation>数据质量(&amp;Q)…</translation>
    </message>
    <message>
        <source>Quality scores, incomplete and stale records, and a work list to fix them</source>
        <translation>质量得分、不完整和过期的记录，以及待处理清单</translation>
    </message>
    <message>
        <source>S&amp;mart Lists…</source>
        <translation>智能列表(&amp;M)…</translation>
    </message>
    <message>
        <source>Filter the list by conditions, and save the filter for the team</source>
        <translation>按条件筛选列表，并保存筛选供团队使用</translation>
    </message>
    <message>
        <source>Segment &amp;Report…</source>
        <translation>分群报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Print or save a report of the customers per segment, or export a segment&apos;s members</source>
        <translation>打印或保存按分群列出客户的报告，或导出某个分群的客户</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Task done; follow-up logged.</source>
        <translation>任务已完成；已记录跟进。</translation>
    </message>
    <message>
        <source>Undo &amp;Merge…</source>
        <translation>撤销合并(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>修改历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Delete Customer…</source>
        <translation>删除客户(&amp;D)…</translation>
    </message>
    <message>
        <source>Recycle &amp;Bin…</source>
        <translation>回收站(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>Find &amp;Duplicate Customers…</source>
        <translation>查找重复客户(&amp;D)…</translation>
    </message>
    <message>
        <source>Find records that are probably the same customer, compare and merge them</source>
        <translation>查找很可能是同一客户的记录，对比并合并</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <source>Add users, set their roles, disable them or reset their passwords</source>
        <translation>添加用户、设置角色、停用用户或重置密码</translation>
    </message>
    <message>
        <source>Dossier Customer Archive — %1 — %2 (%3)</source>
        <translation>Dossier 客户档案 — %1 — %2（%3）</translation>
    </message>
    <message>
        <source>Delete Customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Move %1 (%2) with its contacts, follow-ups, orders and tasks to the recycle bin?
It can be restored from Tools ▸ Recycle Bin.</source>
        <translation>将 %1（%2）连同其联系人、跟进记录、订单和任务移入回收站？
可在“工具 ▸ 回收站”中恢复。</translation>
    </message>
    <message>
        <source>%1 moved to the recycle bin.</source>
        <translation>%1 已移入回收站。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>MatchRecordReader</name>
    <message>
        <source>Reading the customers was cancelled.</source>
        <translation>已取消读取客户。</translation>
    </message>
</context>
<context>
    <name>MergeCommand</name>
    <message>
        <source>Code of the customer that is kept.</source>
        <translation>保留的客户编号。</translation>
    </message>
    <message>
        <source>Codes of the records merged into it (deleted; their codes become aliases).</source>
        <translation>要并入的记录编号（这些记录将被删除，编号成为别名）。</translation>
    </message>
    <message>
        <source>merge needs --keep CODE: the customer that is kept.</source>
        <translation>merge 需要 --keep CODE：保留的客户。</translation>
    </message>
    <message>
        <source>merge needs --from CODE [CODE…]: the records merged into it.</source>
        <translation>merge 需要 --from CODE [CODE…]：要并入的记录。</translation>
    </message>
    <message>
        <source>Merged %1 into %2 (merge %3; undo with: dossier-cli unmerge DB %3).</source>
        <translation>已将 %1 合并到 %2（合并 %3；撤销命令：dossier-cli unmerge DB %3）。</translation>
    </message>
    <message>
        <source>unmerge needs the merge id that merge printed (a whole number).</source>
        <translation>unmerge 需要 merge 输出的合并编号（整数）。</translation>
    </message>
    <message>
        <source>Merge %1 undone: %2 restored; %3 has its fields back.</source>
        <translation>合并 %1 已撤销：%2 已恢复；%3 的字段已还原。</translation>
    </message>
    <message>
        <source>No backup could be made before the merge, so nothing was merged: %1</source>
        <translation>合并前无法创建备份，因此未合并任何记录：%1</translation>
    </message>
</context>
<context>
    <name>MergeComparisonModel</name>
    <message>
        <source>%1 (old codes %2 lead here)</source>
        <translation>%1（旧编号 %2 指向此处）</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 位联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s), %1</source>
        <translation>
            <numerusform>%n 笔订单，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Check to keep the notes of every record; check a record&apos;s notes to keep only those.</source>
        <translation>勾选此处保留所有记录的备注；勾选某条记录的备注则只保留该条。</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>合并结果</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1（保留）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>MergeFields</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
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
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
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
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
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
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Renewal date</source>
        <translation>续约日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>There is nothing to merge.</source>
        <translation>没有可合并的记录。</translation>
    </message>
    <message>
        <source>The value chosen for %1 comes from a record that is not part of this merge.</source>
        <translation>为“%1”选择的值来自不属于此次合并的记录。</translation>
    </message>
    <message>
        <source>There is no field %1 to choose a value for.</source>
        <translation>没有名为 %1 的字段可供选择。</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <source>Undo Merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <source>Undoing a merge brings the merged records back with their contacts, follow-ups, orders and tags, and gives the kept customer its fields back. It is refused when the kept customer has been edited since.</source>
        <translation>撤销合并会恢复被合并的记录及其联系人、跟进、订单和标签，并还原保留客户的字段。如果保留的客户在合并后被修改过，则无法撤销。</translation>
    </message>
    <message>
        <source>Merged at</source>
        <translation>合并时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留的客户</translation>
    </message>
    <message>
        <source>Merged records</source>
        <translation>被合并的记录</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Undo Merge</source>
        <translation>撤销合并(&amp;U)</translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>未撤销：%1</translation>
    </message>
    <message>
        <source>Merge undone: %1 are records of their own again; %2 has its fields back.</source>
        <translation>合并已撤销：%1 已恢复为独立记录；%2 的字段已还原。</translation>
    </message>
    <message>
        <source>Undo the merge of %1 into %2 from %3?</source>
        <translation>撤销 %3 将 %1 合并到 %2 的操作吗？</translation>
    </message>
</context>
<context>
    <name>MergeRepository</name>
    <message>
        <source>Cannot record the merge: %1</source>
        <translation>无法记录此次合并：%1</translation>
    </message>
    <message>
        <source>There is no merge %1.</source>
        <translation>没有编号为 %1 的合并。</translation>
    </message>
</context>
<context>
    <name>OrderHistoryScan</name>
    <message>
        <source>The archive is not an SQLite database.</source>
        <translation>档案不是 SQLite 数据库。</translation>
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
    <message>
        <source>There is no order with id %1.</source>
        <translation>没有 ID 为 %1 的订单。</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password library could not be started.</source>
        <translation>无法启动密码库。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>内存不足，无法保护密码。</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Repeat the password: </source>
        <translation>再次输入密码：</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>view customers</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <source>add customers</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <source>change customers</source>
        <translation>修改客户</translation>
    </message>
    <message>
        <source>delete customers</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>restore customers from the recycle bin</source>
        <translation>从回收站恢复客户</translation>
    </message>
    <message>
        <source>purge the recycle bin</source>
        <translation>彻底清除回收站</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>see phone numbers, e-mail, ID numbers and amounts</source>
        <translation>查看电话、邮箱、证件号和金额</translation>
    </message>
    <message>
        <source>give customers to another owner</source>
        <translation>将客户转给其他负责人</translation>
    </message>
    <message>
        <source>claim customers from the public pool</source>
        <translation>从公海领取客户</translation>
    </message>
    <message>
        <source>view team reports</source>
        <translation>查看团队报表</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>manage backups and sharing settings</source>
        <translation>管理备份和共享设置</translation>
    </message>
</context>
<context>
    <name>PublicPool</name>
    <message>
        <source>The pool settings need whole numbers of 0 or more.</source>
        <translation>公海设置需要大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>The archive is busy or read-only; nothing was saved.</source>
        <translation>档案正忙或为只读，未保存任何内容。</translation>
    </message>
    <message>
        <source>The archive refused to save the pool settings.</source>
        <translation>档案拒绝保存公海设置。</translation>
    </message>
    <message>
        <source>The archive is busy or read-only; nothing was changed.</source>
        <translation>档案正忙或为只读，未做任何修改。</translation>
    </message>
    <message>
        <source>The archive refused the change; nothing was changed.</source>
        <translation>档案拒绝了此修改，未做任何改动。</translation>
    </message>
    <message>
        <source>Who claims the customer? Give a user.</source>
        <translation>由谁领取该客户？请指定用户。</translation>
    </message>
    <message>
        <source>%1 is not in the public pool: %2 owns it.</source>
        <translation>%1 不在公海中：负责人是 %2。</translation>
    </message>
    <message>
        <source>%1 already owns %2 customers, the most a rep may hold (%3); nothing was claimed.</source>
        <translation>%1 已负责 %2 位客户，达到每位销售的上限（%3），未领取。</translation>
    </message>
    <message>
        <source>The archive refused the change; nothing was claimed.</source>
        <translation>档案拒绝了此修改，未领取。</translation>
    </message>
</context>
<context>
    <name>QualityCommand</name>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>Also list the N lowest-scoring customers.</source>
        <translation>同时列出得分最低的 N 个客户。</translation>
    </message>
    <message>
        <source>Months without an update or a follow-up before a record is stale.</source>
        <translation>多少个月未更新或未跟进即视为过期。</translation>
    </message>
    <message>
        <source>Fields a company needs, comma-separated (see docs/quality.md).</source>
        <translation>企业客户必填的字段，用逗号分隔（见 docs/quality.md）。</translation>
    </message>
    <message>
        <source>Fields an individual needs, comma-separated.</source>
        <translation>个人客户必填的字段，用逗号分隔。</translation>
    </message>
    <message>
        <source>Store the rules given in the archive.</source>
        <translation>将给出的规则保存到档案中。</translation>
    </message>
    <message>
        <source>--worst needs a number of customers (0 to 1000000).</source>
        <translation>--worst 需要一个客户数量（0 到 1000000）。</translation>
    </message>
    <message>
        <source>--stale-months needs a number of months from 1 to 120.</source>
        <translation>--stale-months 需要 1 到 120 之间的月数。</translation>
    </message>
    <message>
        <source>--save-rules needs --stale-months, --company-fields or --individual-fields.</source>
        <translation>--save-rules 需要同时给出 --stale-months、--company-fields 或 --individual-fields。</translation>
    </message>
    <message>
        <source>%1 customers, average quality score %2 / 100</source>
        <translation>%1 个客户，平均质量得分 %2 / 100</translation>
    </message>
    <message>
        <source>Rules: stale after %1 months; company needs %2; individual needs %3</source>
        <translation>规则：%1 个月后视为过期；企业客户必填 %2；个人客户必填 %3</translation>
    </message>
    <message>
        <source>Problems (customers affected):</source>
        <translation>问题（受影响的客户数）：</translation>
    </message>
    <message>
        <source>Score distribution:</source>
        <translation>得分分布：</translation>
    </message>
    <message>
        <source>Average score per owner:</source>
        <translation>各负责人的平均得分：</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>Lowest scores:</source>
        <translation>得分最低：</translation>
    </message>
    <message>
        <source>Scored in %1 s</source>
        <translation>评分用时 %1 秒</translation>
    </message>
</context>
<context>
    <name>QualityDashboard</name>
    <message>
        <source>Data Quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>规则(&amp;U)…</translation>
    </message>
    <message>
        <source>Which fields each kind of customer needs, and when a record is stale</source>
        <translation>每类客户必填哪些字段，以及记录何时视为过期</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均得分</translation>
    </message>
    <message>
        <source>Most frequent problems</source>
        <translation>最常见的问题</translation>
    </message>
    <message>
        <source>Average score per owner</source>
        <translation>各负责人的平均得分</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Lowest scores first. Double-click a customer to open it in the main window.</source>
        <translation>得分最低的排在前面。双击客户可在主窗口中打开。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Scoring every customer…</source>
        <translation>正在为所有客户评分…</translation>
    </message>
    <message numerus="yes">
        <source>%1 customers, average score %2 / 100 (stale after %n month(s))</source>
        <translation>
            <numerusform>%1 个客户，平均得分 %2 / 100（%n 个月后视为过期）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the figures shown are from the previous computation.</source>
        <translation>已取消；显示的是上一次计算的结果。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Cannot compute the quality scores: %1</source>
        <translation>无法计算质量得分：%1</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>Lowest scores (all problems)</source>
        <translation>得分最低（全部问题）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Customers by quality score</source>
        <translation>按质量得分的客户分布</translation>
    </message>
</context>
<context>
    <name>QualityRules</name>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
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
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
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
        <source>Unknown field for completeness: %1 (known: %2).</source>
        <translation>完整度规则中有未知字段：%1（可用：%2）。</translation>
    </message>
    <message>
        <source>The stale period must be 1 to 120 months, not %1.</source>
        <translation>过期期限必须为 1 到 120 个月，而不是 %1。</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>缺少%1</translation>
    </message>
    <message>
        <source>Phone number does not parse</source>
        <translation>电话号码无法识别</translation>
    </message>
    <message>
        <source>Email address is invalid</source>
        <translation>邮箱地址无效</translation>
    </message>
    <message>
        <source>Impossible date</source>
        <translation>不可能的日期</translation>
    </message>
    <message>
        <source>Not updated for too long</source>
        <translation>长期未更新</translation>
    </message>
    <message>
        <source>No follow-up for too long</source>
        <translation>长期未跟进</translation>
    </message>
</context>
<context>
    <name>QualityRulesDialog</name>
    <message>
        <source>Data Quality Rules</source>
        <translation>数据质量规则</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>A company needs:</source>
        <translation>企业客户必填：</translation>
    </message>
    <message>
        <source>An individual needs:</source>
        <translation>个人客户必填：</translation>
    </message>
    <message>
        <source>&amp;Stale after:</source>
        <translation>过期期限(&amp;S)：</translation>
    </message>
    <message>
        <source>Completeness counts for 50 points, valid phones, emails and dates for 30, an update and a follow-up within the stale period for 20.</source>
        <translation>完整度占 50 分，有效的电话、邮箱和日期占 30 分，在过期期限内有更新和跟进占 20 分。</translation>
    </message>
</context>
<context>
    <name>QualityRulesRepository</name>
    <message>
        <source>The archive&apos;s quality rules are damaged: %1</source>
        <translation>档案中的质量规则已损坏：%1</translation>
    </message>
    <message>
        <source>The archive is busy or read-only; nothing was saved.</source>
        <translation>档案正忙或为只读，未保存任何内容。</translation>
    </message>
    <message>
        <source>The archive refused to save the quality rules.</source>
        <translation>档案拒绝保存质量规则。</translation>
    </message>
</context>
<context>
    <name>QualityScanner</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>RecycleBin</name>
    <message>
        <source>The archive is busy or read-only; nothing was deleted.</source>
        <translation>档案正忙或为只读，未删除任何内容。</translation>
    </message>
    <message>
        <source>Cannot move customer %1 to the recycle bin: %2</source>
        <translation>无法将客户 %1 移入回收站：%2</translation>
    </message>
    <message>
        <source>Cannot delete customer %1: %2</source>
        <translation>无法删除客户 %1：%2</translation>
    </message>
    <message>
        <source>The archive refused the deletion; nothing was deleted.</source>
        <translation>档案拒绝了删除操作，未删除任何内容。</translation>
    </message>
    <message>
        <source>There is no customer %1 in the recycle bin.</source>
        <translation>回收站中没有客户 %1。</translation>
    </message>
    <message>
        <source>The recycle bin has no entry %1.</source>
        <translation>回收站中没有条目 %1。</translation>
    </message>
    <message>
        <source>The archive is busy or read-only; nothing was restored.</source>
        <translation>档案正忙或为只读，未恢复任何内容。</translation>
    </message>
    <message>
        <source>The recycle bin entry of %1 is damaged; nothing was restored.</source>
        <translation>%1 在回收站中的记录已损坏，未恢复任何内容。</translation>
    </message>
    <message>
        <source>The archive refused the restore; nothing was restored.</source>
        <translation>档案拒绝了恢复操作，未恢复任何内容。</translation>
    </message>
    <message>
        <source>Only an administrator may empty the recycle bin.</source>
        <translation>只有管理员可以彻底删除回收站中的内容。</translation>
    </message>
    <message>
        <source>The archive is busy or read-only; nothing was purged.</source>
        <translation>档案正忙或为只读，未彻底删除任何内容。</translation>
    </message>
    <message>
        <source>The archive refused the purge; nothing was purged.</source>
        <translation>档案拒绝了彻底删除，未删除任何内容。</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <source>Recycle Bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Deleted by</source>
        <translation>删除人</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Delete for Good…</source>
        <translation>彻底删除…</translation>
    </message>
    <message>
        <source>Deleted customers wait here with their contacts, follow-ups, orders and tasks until they are restored or deleted for good.</source>
        <translation>已删除的客户连同其联系人、跟进记录、订单和任务保存在这里，直到被恢复或彻底删除。</translation>
    </message>
    <message>
        <source>%1 (%2) is back in the customer list.</source>
        <translation>%1（%2）已回到客户列表。</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>彻底删除</translation>
    </message>
    <message>
        <source>Delete %1 (%2) for good? It cannot be restored afterwards; the audit log keeps the record of it.</source>
        <translation>彻底删除 %1（%2）？删除后无法恢复；审计日志仍保留相关记录。</translation>
    </message>
    <message>
        <source>%1 (%2) was deleted for good.</source>
        <translation>%1（%2）已被彻底删除。</translation>
    </message>
</context>
<context>
    <name>ReminderPanel</name>
    <message>
        <source>Overdue (%1)</source>
        <translation>已逾期 (%1)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>今天 (%1)</translation>
    </message>
    <message>
        <source>This Week (%1)</source>
        <translation>本周 (%1)</translation>
    </message>
    <message>
        <source>Whose reminders to show</source>
        <translation>显示谁的提醒</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Mark the selected task done and log it as a follow-up</source>
        <translation>将所选任务标记为完成并记为一条跟进</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Cannot read the reminders: %1</source>
        <translation>无法读取提醒：%1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Segment as of this date (default today).</source>
        <translation>按此日期分群（默认今天）。</translation>
    </message>
    <message>
        <source>rfm5 (default), rfm8 or abc.</source>
        <translation>rfm5（默认）、rfm8 或 abc。</translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--as-of 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>--model must be rfm5, rfm8 or abc, not &apos;%1&apos;.</source>
        <translation>--model 必须是 rfm5、rfm8 或 abc，而不是“%1”。</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf.</source>
        <translation>report 需要 --out FILE.pdf。</translation>
    </message>
    <message>
        <source>The report is a PDF: --out must end in .pdf, not &apos;%1&apos;.</source>
        <translation>报告是 PDF 文件：--out 必须以 .pdf 结尾，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1: %2 pages, %3 customers in %4 segments as of %5, %6 s</source>
        <translation>%1：%2 页，%3 位客户，%4 个分群，截至 %5，用时 %6 秒</translation>
    </message>
</context>
<context>
    <name>RfmCalculator</name>
    <message>
        <source>The as-of date is missing or invalid.</source>
        <translation>统计截止日期缺失或无效。</translation>
    </message>
    <message>
        <source>The archive is not an SQLite database.</source>
        <translation>档案不是 SQLite 数据库。</translation>
    </message>
</context>
<context>
    <name>RfmSegmenter</name>
    <message>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <source>Potential loyalist</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>有望客户</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>即将流失</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Can&apos;t lose</source>
        <translation>不能失去</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>休眠客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失客户</translation>
    </message>
    <message>
        <source>No orders</source>
        <translation>无订单客户</translation>
    </message>
    <message>
        <source>General retain</source>
        <translation>一般挽留客户</translation>
    </message>
    <message>
        <source>Important retain</source>
        <translation>重要挽留客户</translation>
    </message>
    <message>
        <source>General keep</source>
        <translation>一般保持客户</translation>
    </message>
    <message>
        <source>Important keep</source>
        <translation>重要保持客户</translation>
    </message>
    <message>
        <source>General develop</source>
        <translation>一般发展客户</translation>
    </message>
    <message>
        <source>Important develop</source>
        <translation>重要发展客户</translation>
    </message>
    <message>
        <source>General value</source>
        <translation>一般价值客户</translation>
    </message>
    <message>
        <source>Important value</source>
        <translation>重要价值客户</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Viewer (read-only)</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>SavedFilterRepository</name>
    <message>
        <source>A smart list needs a name.</source>
        <translation>智能列表需要一个名称。</translation>
    </message>
    <message>
        <source>A smart list needs an owner.</source>
        <translation>智能列表需要一个所有者。</translation>
    </message>
    <message>
        <source>A smart list needs at least one condition.</source>
        <translation>智能列表至少需要一个条件。</translation>
    </message>
    <message>
        <source>The archive is busy or read-only; nothing was saved.</source>
        <translation>档案正忙或为只读，未保存任何内容。</translation>
    </message>
    <message>
        <source>Cannot save the smart list %1: %2</source>
        <translation>无法保存智能列表 %1：%2</translation>
    </message>
    <message>
        <source>The archive refused to save the smart list %1.</source>
        <translation>档案拒绝保存智能列表 %1。</translation>
    </message>
    <message>
        <source>The smart list no longer exists.</source>
        <translation>该智能列表已不存在。</translation>
    </message>
    <message>
        <source>Only %1 can delete the smart list %2.</source>
        <translation>只有 %1 可以删除智能列表 %2。</translation>
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
    <message numerus="yes">
        <source>The upgrade was stopped after %n step(s); the archive is at format %1 and continues upgrading the next time it is opened.</source>
        <translation>
            <numerusform>升级在完成 %n 个步骤后停止；档案现为格式 %1，下次打开时会继续升级。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>At most N results (default 20).</source>
        <translation>最多 N 条结果（默认 20）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 1 or more.</source>
        <translation>--limit 需要不小于 1 的整数。</translation>
    </message>
    <message>
        <source>Indexed %1 customers in %2 s; the index takes %3 MB.</source>
        <translation>已在 %2 秒内为 %1 位客户建立索引；索引占用 %3 MB。</translation>
    </message>
</context>
<context>
    <name>SearchDocumentReader</name>
    <message>
        <source>The archive is not an SQLite database.</source>
        <translation>档案不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>The search index cannot be built: %1</source>
        <translation>无法建立搜索索引：%1</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>The search index cannot be changed: %1</source>
        <translation>无法修改搜索索引：%1</translation>
    </message>
    <message>
        <source>The search index cannot be updated: %1</source>
        <translation>无法更新搜索索引：%1</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>The search index cannot be read: %1</source>
        <translation>无法读取搜索索引：%1</translation>
    </message>
    <message>
        <source>The archive is busy; the search index was not updated.</source>
        <translation>档案正忙，搜索索引未更新。</translation>
    </message>
    <message>
        <source>The archive refused the search index update.</source>
        <translation>档案拒绝了搜索索引的更新。</translation>
    </message>
    <message>
        <source>The archive is busy; the search index was not rebuilt.</source>
        <translation>档案正忙，搜索索引未重建。</translation>
    </message>
    <message>
        <source>The search index cannot be rebuilt: %1</source>
        <translation>无法重建搜索索引：%1</translation>
    </message>
    <message>
        <source>Rebuilding the search index was cancelled.</source>
        <translation>已取消重建搜索索引。</translation>
    </message>
    <message>
        <source>The archive refused the rebuilt search index.</source>
        <translation>档案拒绝了重建的搜索索引。</translation>
    </message>
    <message>
        <source>Updating the search index was cancelled.</source>
        <translation>已取消更新搜索索引。</translation>
    </message>
</context>
<context>
    <name>SearchMarkDeferral</name>
    <message>
        <source>Cannot prepare the archive for a large import: %1</source>
        <translation>无法为大批量导入准备档案：%1</translation>
    </message>
    <message>
        <source>Cannot restore the search index after the import: %1</source>
        <translation>导入后无法恢复搜索索引：%1</translation>
    </message>
</context>
<context>
    <name>SegmentCommand</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Segment as of this date (default today).</source>
        <translation>以此日期为截止日期进行分群（默认今天）。</translation>
    </message>
    <message>
        <source>rfm5 (default), rfm8 or abc.</source>
        <translation>rfm5（默认）、rfm8 或 abc。</translation>
    </message>
    <message>
        <source>Write every customer&apos;s segment to this CSV file.</source>
        <translation>把每位客户的分群写入此 CSV 文件。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>--as-of needs a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--as-of 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>--model must be rfm5, rfm8 or abc, not &apos;%1&apos;.</source>
        <translation>--model 必须是 rfm5、rfm8 或 abc，而不是“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) segmented as of %1 in %2 s</source>
        <translation>
            <numerusform>已按截止日期 %1 对 %n 位客户分群，用时 %2 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Also store the segments as a snapshot in the archive.</source>
        <translation>同时将分群结果作为快照保存到档案中。</translation>
    </message>
    <message>
        <source>Stored segment snapshot %1.</source>
        <translation>已保存分群快照 %1。</translation>
    </message>
</context>
<context>
    <name>SegmentDashboard</name>
    <message>
        <source>Segments</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>RFM (5 scores)</source>
        <translation>RFM（五分制）</translation>
    </message>
    <message>
        <source>RFM (8 classes)</source>
        <translation>RFM（八类客户）</translation>
    </message>
    <message>
        <source>ABC tiers</source>
        <translation>ABC 分级</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截止日期(&amp;A)：</translation>
    </message>
    <message>
        <source>F = %1</source>
        <translation>F = %1</translation>
    </message>
    <message>
        <source>R = %1</source>
        <translation>R = %1</translation>
    </message>
    <message>
        <source>Customers by recency (R) and frequency (F) score; darker = higher average revenue per customer</source>
        <translation>按最近购买（R）和购买频次（F）得分统计的客户数；颜色越深，客户平均销售额越高</translation>
    </message>
    <message>
        <source>Computing segments…</source>
        <translation>正在计算客户分群…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) as of %1</source>
        <translation>
            <numerusform>截至 %1 共 %Ln 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot compute the segments: %1</source>
        <translation>无法计算客户分群：%1</translation>
    </message>
    <message>
        <source>Customers per segment</source>
        <translation>各分群客户数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Revenue per segment</source>
        <translation>各分群销售额</translation>
    </message>
    <message>
        <source>Revenue (yuan)</source>
        <translation>销售额（元）</translation>
    </message>
    <message numerus="yes">
        <source>R = %1, F = %2: %Ln customer(s), average revenue %3 yuan</source>
        <translation>
            <numerusform>R = %1，F = %2：%Ln 位客户，平均销售额 %3 元</numerusform>
        </translation>
    </message>
    <message>
        <source>A</source>
        <translation>A 类</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B 类</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C 类</translation>
    </message>
    <message>
        <source>No orders</source>
        <translation>无订单客户</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>历史变化</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Province and industry</source>
        <translation>省份与行业</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Click a bar or a cell to show its customers in the customer list.</source>
        <translation>点击柱形或单元格，即可在客户列表中显示对应客户。</translation>
    </message>
    <message>
        <source>R = %1, F = %2</source>
        <translation>R = %1，F = %2</translation>
    </message>
    <message>
        <source>&amp;Take Snapshot</source>
        <translation>保存快照(&amp;T)</translation>
    </message>
    <message>
        <source>Store every customer&apos;s segment in the chosen model for the as-of date</source>
        <translation>按所选模型保存统计日期时每个客户的分群</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Show in &amp;List</source>
        <translation>在列表中显示(&amp;L)</translation>
    </message>
    <message>
        <source>Moved customers</source>
        <translation>分群变动的客户</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原分群</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新分群</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>从(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Cannot compute the dashboard: %1</source>
        <translation>无法计算仪表盘：%1</translation>
    </message>
    <message>
        <source>(not in snapshot)</source>
        <translation>（不在快照中）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) at risk as of %1: the days since their last order exceed twice their usual gap between orders (365 days for customers who bought only once).</source>
        <translation>
            <numerusform>截至 %1 有 %Ln 个客户存在流失风险：距最近一次下单的天数超过其惯常下单间隔的两倍（只购买过一次的客户为 365 天）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers by province</source>
        <translation>按省份统计客户</translation>
    </message>
    <message>
        <source>Customers by industry</source>
        <translation>按行业统计客户</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Follow-ups per rep per week (last 12 weeks)</source>
        <translation>每位销售每周跟进次数（最近 12 周）</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>%1, week of %2</source>
        <translation>%1，%2 当周</translation>
    </message>
    <message>
        <source>Week starting</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>%1 (taken %2)</source>
        <translation>%1（拍摄于 %2）</translation>
    </message>
    <message>
        <source>No snapshots of this model yet: take one to follow the segments over time</source>
        <translation>该模型尚无快照：保存快照后即可跟踪分群随时间的变化</translation>
    </message>
    <message>
        <source>Segment sizes over the snapshots</source>
        <translation>各快照的分群规模</translation>
    </message>
    <message>
        <source>%1 in the snapshot of %2</source>
        <translation>%2 快照中的%1</translation>
    </message>
    <message>
        <source>Storing a snapshot…</source>
        <translation>正在保存快照…</translation>
    </message>
    <message>
        <source>Snapshot stored for %1.</source>
        <translation>已保存 %1 的快照。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比较…</translation>
    </message>
    <message>
        <source>All moves (%1)</source>
        <translation>全部变动（%1）</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) changed segment between the two snapshots.</source>
        <translation>
            <numerusform>两次快照之间有 %Ln 个客户的分群发生了变化。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentMemberExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Cannot export to %1: the file name must end in .csv or .xlsx.</source>
        <translation>无法导出到 %1：文件名必须以 .csv 或 .xlsx 结尾。</translation>
    </message>
    <message>
        <source>Unknown CSV encoding %1: use utf-8 or gb18030.</source>
        <translation>未知的 CSV 编码 %1：请使用 utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>%1 rows do not fit on one Excel sheet (at most 1,048,575). Export to CSV instead.</source>
        <translation>%1 行超出单个 Excel 工作表的容量（最多 1,048,575 行），请改为导出 CSV。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Segment members</source>
        <translation>分群客户</translation>
    </message>
</context>
<context>
    <name>SegmentReportBuilder</name>
    <message>
        <source>The report was cancelled.</source>
        <translation>报告已取消。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>RFM, 8 classes (rfm8)</source>
        <translation>RFM 八类客户（rfm8）</translation>
    </message>
    <message>
        <source>ABC revenue tiers (abc)</source>
        <translation>ABC 收入分级（abc）</translation>
    </message>
    <message>
        <source>RFM, scores 1-5 (rfm5)</source>
        <translation>RFM 五分制评分（rfm5）</translation>
    </message>
    <message>
        <source>search &quot;%1&quot;</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>province %1</source>
        <translation>省份：%1</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>The model %1 has no segment &apos;%2&apos;. Its segments: %3.</source>
        <translation>模型 %1 没有分群“%2”。可用分群：%3。</translation>
    </message>
    <message>
        <source>; segment %1</source>
        <translation>；分群：%1</translation>
    </message>
</context>
<context>
    <name>SegmentReportDialog</name>
    <message>
        <source>Segment Report</source>
        <translation>分群报告</translation>
    </message>
    <message>
        <source>Name, code, company or phone</source>
        <translation>名称、编号、公司或电话</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>任意阶段</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>任意负责人</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>截至日期(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
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
        <source>Se&amp;gment:</source>
        <translation>分群(&amp;G)：</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>客户范围：</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Export Members…</source>
        <translation>导出分群客户(&amp;E)…</translation>
    </message>
    <message>
        <source>The customers of the chosen segment (or of all segments) as CSV or Excel</source>
        <translation>将所选分群（或全部分群）的客户导出为 CSV 或 Excel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>全部分群</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>已取消，未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pages, %2, saved to %3</source>
        <translation>%1 页，%2，已保存到 %3</translation>
    </message>
    <message>
        <source>%1 pages, %2, sent to the printer</source>
        <translation>%1 页，%2，已发送到打印机</translation>
    </message>
    <message>
        <source>%1 exported to %2</source>
        <translation>%1 已导出到 %2</translation>
    </message>
    <message>
        <source>Segment Report Preview</source>
        <translation>分群报告预览</translation>
    </message>
    <message>
        <source>segment-report-%1.pdf</source>
        <translation>分群报告-%1.pdf</translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation>将报告另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>segment-members-%1.xlsx</source>
        <translation>分群客户-%1.xlsx</translation>
    </message>
    <message>
        <source>Export Segment Members</source>
        <translation>导出分群客户</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>SegmentSnapshotRepository</name>
    <message>
        <source>The as-of date is missing or invalid.</source>
        <translation>统计日期缺失或无效。</translation>
    </message>
    <message>
        <source>The archive is busy or read-only; the snapshot was not stored.</source>
        <translation>档案正忙或为只读；快照未保存。</translation>
    </message>
    <message>
        <source>The archive refused to store the snapshot: %1</source>
        <translation>档案拒绝保存快照：%1</translation>
    </message>
    <message>
        <source>There is no segment snapshot %1.</source>
        <translation>不存在分群快照 %1。</translation>
    </message>
</context>
<context>
    <name>SensitiveViewLog</name>
    <message>
        <source>The archive is busy or read-only; the view was not logged.</source>
        <translation>档案正忙或为只读，本次查看未记入审计日志。</translation>
    </message>
    <message>
        <source>The archive refused the audit entry.</source>
        <translation>档案拒绝写入审计记录。</translation>
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
    <name>SharingMenu</name>
    <message>
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Save a copy of the archive to a file</source>
        <translation>将档案副本保存到文件</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the archive by a backup; the current archive is kept as a backup first</source>
        <translation>用备份替换档案；当前档案会先保存为备份</translation>
    </message>
    <message>
        <source>Chec&amp;k Archive</source>
        <translation>检查档案(&amp;K)</translation>
    </message>
    <message>
        <source>Check the archive file for damage and broken references</source>
        <translation>检查档案文件是否损坏、引用是否完整</translation>
    </message>
    <message>
        <source>&amp;Hand Over Customers…</source>
        <translation>交接客户(&amp;H)…</translation>
    </message>
    <message>
        <source>Move all customers and open tasks of a user to a colleague or the public pool</source>
        <translation>将某用户的全部客户和未完成任务转给同事或公海</translation>
    </message>
    <message>
        <source>Claim from Public &amp;Pool</source>
        <translation>从公海领取(&amp;P)</translation>
    </message>
    <message>
        <source>Take the selected unassigned customer as yours</source>
        <translation>将选中的无负责人客户领取为自己的客户</translation>
    </message>
    <message>
        <source>Daily backup saved: %1</source>
        <translation>每日备份已保存：%1</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>备份已保存：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) returned to the public pool.</source>
        <translation>
            <numerusform>%n 位客户已退回公海。</numerusform>
        </translation>
    </message>
    <message>
        <source>Back Up Archive</source>
        <translation>备份档案</translation>
    </message>
    <message>
        <source>Dossier archives (*.sqlite);;All files (*)</source>
        <translation>Dossier 档案 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace the contents of %1 by the backup %2?

The archive as it is now is kept as a backup first. Others who have the archive open see the restored contents.</source>
        <translation>用备份 %2 替换 %1 的内容吗？

当前档案会先保存为备份。正在使用该档案的其他人将看到恢复后的内容。</translation>
    </message>
    <message>
        <source>The archive was restored from %1.
The previous contents are kept in %2.</source>
        <translation>档案已从 %1 恢复。
原有内容保存在 %2。</translation>
    </message>
    <message>
        <source>Check Archive</source>
        <translation>检查档案</translation>
    </message>
    <message>
        <source>No problems found: the file is intact, every reference points to an existing record, and the format is one this program reads.</source>
        <translation>未发现问题：文件完好，所有引用都指向存在的记录，格式也是本程序可以读取的。</translation>
    </message>
    <message>
        <source>The check found problems:
%1

Restore a backup (File &gt; Restore from Backup) or ask for help before making more changes.</source>
        <translation>检查发现问题：
%1

请先恢复备份（文件 &gt; 从备份恢复）或寻求帮助，再继续修改。</translation>
    </message>
    <message>
        <source>Hand Over Customers</source>
        <translation>交接客户</translation>
    </message>
    <message>
        <source>Moved %1 customers, %2 open tasks and %3 planned follow-ups from %4 to %5.</source>
        <translation>已将 %1 位客户、%2 个未完成任务和 %3 条计划跟进从 %4 转给 %5。</translation>
    </message>
    <message>
        <source>the public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <source>Claim from Public Pool</source>
        <translation>从公海领取</translation>
    </message>
    <message>
        <source>%1 is now yours.</source>
        <translation>%1 现在由您负责。</translation>
    </message>
    <message>
        <source>%1 is disabled and can no longer sign in.</source>
        <translation>已停用 %1，该用户不能再登录。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>The archive %1 is shared by a team. Sign in to open it.</source>
        <translation>档案 %1 由团队共享，请登录后打开。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>SmartConditionRow</name>
    <message>
        <source>Remove this condition</source>
        <translation>删除此条件</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or days</source>
        <translation>YYYY-MM-DD 或天数</translation>
    </message>
</context>
<context>
    <name>SmartFilter</name>
    <message>
        <source>The smart list definition is not a JSON object: %1</source>
        <translation>智能列表定义不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>The smart list was saved by a newer version of Dossier (format %1).</source>
        <translation>该智能列表由更新版本的 Dossier 保存（格式 %1）。</translation>
    </message>
    <message>
        <source>A smart list matches &quot;all&quot; or &quot;any&quot; conditions, not &quot;%1&quot;.</source>
        <translation>智能列表只能匹配“all”（全部）或“any”（任一）条件，而不是“%1”。</translation>
    </message>
    <message>
        <source>The smart list&apos;s conditions are not a list.</source>
        <translation>智能列表的条件不是列表。</translation>
    </message>
    <message>
        <source>A smart list condition is not an object.</source>
        <translation>智能列表的某个条件不是对象。</translation>
    </message>
</context>
<context>
    <name>SmartFilterFields</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
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
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
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
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
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
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日期</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>is</source>
        <translation>等于</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>不等于</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>不包含</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>开头是</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>不为空</translation>
    </message>
    <message>
        <source>before (YYYY-MM-DD)</source>
        <translation>早于（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>after (YYYY-MM-DD)</source>
        <translation>晚于（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>on (YYYY-MM-DD)</source>
        <translation>在当天（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>in the last N days</source>
        <translation>在最近 N 天内</translation>
    </message>
    <message>
        <source>not in the last N days (or never)</source>
        <translation>不在最近 N 天内（或从未）</translation>
    </message>
</context>
<context>
    <name>SmartFilterSql</name>
    <message>
        <source>&quot;%1&quot; is not a valid value here.</source>
        <translation>“%1”在此处不是有效的值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of days.</source>
        <translation>“%1”不是天数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>“%1”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>A phone condition needs digits.</source>
        <translation>电话条件需要数字。</translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation>条件 %1：%2</translation>
    </message>
    <message>
        <source>there is no field &quot;%1&quot;.</source>
        <translation>没有名为“%1”的字段。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used with %2.</source>
        <translation>“%1”不能用于%2。</translation>
    </message>
    <message>
        <source>%1 %2 needs a value.</source>
        <translation>“%1 %2”需要一个值。</translation>
    </message>
</context>
<context>
    <name>SmartListDialog</name>
    <message>
        <source>Smart Lists</source>
        <translation>智能列表</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>载入(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Sa&amp;ved lists:</source>
        <translation>已保存的列表(&amp;V)：</translation>
    </message>
    <message>
        <source>all conditions (AND)</source>
        <translation>全部条件（且）</translation>
    </message>
    <message>
        <source>any condition (OR)</source>
        <translation>任一条件（或）</translation>
    </message>
    <message>
        <source>Customers matching</source>
        <translation>客户符合</translation>
    </message>
    <message>
        <source>&amp;Add Condition</source>
        <translation>添加条件(&amp;A)</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>S&amp;hare with the team</source>
        <translation>与团队共享(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>A&amp;pply to List</source>
        <translation>应用到列表(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Show All Customers</source>
        <translation>显示全部客户(&amp;S)</translation>
    </message>
    <message>
        <source>%1 (shared by %2)</source>
        <translation>%1（%2 共享）</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1（已共享）</translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <source>The archive stayed busy; the copy was not made.</source>
        <translation>档案一直处于忙碌状态，未能复制。</translation>
    </message>
    <message>
        <source>The archive is not an SQLite database.</source>
        <translation>该档案不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>A backup cannot be made in the middle of a change.</source>
        <translation>修改进行中时无法备份。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>The archive is not an SQLite database.</source>
        <translation>档案不是 SQLite 数据库。</translation>
    </message>
</context>
<context>
    <name>StaleRecordsNotice</name>
    <message>
        <source>&amp;Review</source>
        <translation>查看(&amp;R)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
    <message numerus="yes">
        <source>%1 record(s) not updated in %n month(s) — review them to keep the archive fresh.</source>
        <translation>
            <numerusform>%1 条记录已 %n 个月未更新——请查看，保持档案及时更新。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageLocation</name>
    <message>
        <source>unknown file system</source>
        <translation>未知文件系统</translation>
    </message>
    <message>
        <source>%1 (local disk)</source>
        <translation>%1（本地磁盘）</translation>
    </message>
    <message>
        <source>%1 (network share)</source>
        <translation>%1（网络共享）</translation>
    </message>
    <message>
        <source>%1 (treated as a network share)</source>
        <translation>%1（按网络共享处理）</translation>
    </message>
</context>
<context>
    <name>TabularSource</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1”是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is an old Excel 97-2003 (.xls) or encrypted file; save it as .xlsx or CSV.</source>
        <translation>“%1”是旧版 Excel 97-2003（.xls）文件或加密文件；请另存为 .xlsx 或 CSV。</translation>
    </message>
</context>
<context>
    <name>TaskCommand</name>
    <message>
        <source>What is to be done.</source>
        <translation>要做的事情。</translation>
    </message>
    <message>
        <source>Due date.</source>
        <translation>截止日期。</translation>
    </message>
    <message>
        <source>Assign to this user (default: whoever owns the customer).</source>
        <translation>分配给此用户（默认：客户负责人）。</translation>
    </message>
    <message>
        <source>What was done, for the follow-up.</source>
        <translation>做了什么，写入跟进记录。</translation>
    </message>
    <message>
        <source>Follow-up type: call, visit, email, wechat, meeting or other (default).</source>
        <translation>跟进类型：call、visit、email、wechat、meeting 或 other（默认）。</translation>
    </message>
    <message>
        <source>Who did it (default: the system user).</source>
        <translation>完成人（默认：系统用户）。</translation>
    </message>
    <message>
        <source>task add needs --title and --due.</source>
        <translation>task add 需要 --title 和 --due。</translation>
    </message>
    <message>
        <source>--due needs a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--due 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>ID must be the number &apos;task add&apos; printed, not &apos;%1&apos;.</source>
        <translation>ID 必须是 task add 输出的编号，而不是“%1”。</translation>
    </message>
    <message>
        <source>--type must be call, visit, email, wechat, meeting or other.</source>
        <translation>--type 必须是 call、visit、email、wechat、meeting 或 other。</translation>
    </message>
    <message>
        <source>Task %1 done; follow-up logged.</source>
        <translation>任务 %1 已完成；已记录跟进。</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New Task for %1</source>
        <translation>为 %1 新建任务</translation>
    </message>
    <message>
        <source>New Task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>What is to be done, e.g. send the quote</source>
        <translation>要做的事，例如：寄送报价单</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>任务(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>截止(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>负责人(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>A task must belong to a customer.</source>
        <translation>任务必须属于某个客户。</translation>
    </message>
    <message>
        <source>A task needs a title.</source>
        <translation>任务需要填写标题。</translation>
    </message>
    <message>
        <source>A task needs a due date.</source>
        <translation>任务需要截止日期。</translation>
    </message>
    <message>
        <source>The archive is busy or read-only; the task was not saved.</source>
        <translation>档案正忙或为只读；任务未保存。</translation>
    </message>
    <message>
        <source>The customer of this task no longer exists.</source>
        <translation>此任务的客户已不存在。</translation>
    </message>
    <message>
        <source>Cannot save the task: %1</source>
        <translation>无法保存任务：%1</translation>
    </message>
    <message>
        <source>Cannot save the task: the archive refused the change.</source>
        <translation>无法保存任务：档案拒绝了此更改。</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>没有编号为 %1 的任务。</translation>
    </message>
    <message>
        <source>The archive is busy or read-only; the task was not changed.</source>
        <translation>档案正忙或为只读；任务未更改。</translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; was already done on %2.</source>
        <translation>任务“%1”已于 %2 完成。</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>任务完成：%1</translation>
    </message>
    <message>
        <source>Cannot mark the task done: %1</source>
        <translation>无法将任务标记为完成：%1</translation>
    </message>
    <message>
        <source>The task was changed by someone else; nothing was saved.</source>
        <translation>任务已被他人更改；未保存任何内容。</translation>
    </message>
    <message>
        <source>Cannot mark the task done: the archive refused the change.</source>
        <translation>无法将任务标记为完成：档案拒绝了此更改。</translation>
    </message>
</context>
<context>
    <name>TrashCommand</name>
    <message>
        <source>There is no customer %1.</source>
        <translation>不存在客户 %1。</translation>
    </message>
    <message>
        <source>Customer %1 (%2) moved to the recycle bin. Restore it with: dossier-cli trash DB restore %1</source>
        <translation>客户 %1（%2）已移入回收站。恢复方法：dossier-cli trash DB restore %1</translation>
    </message>
    <message>
        <source>Customer %1 (%2) restored.</source>
        <translation>客户 %1（%2）已恢复。</translation>
    </message>
    <message>
        <source>Customer %1 (%2) removed from the recycle bin for good.</source>
        <translation>客户 %1（%2）已从回收站彻底删除。</translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undoing an import removes what it added and puts back what it changed. It is refused when a record of the import has been edited since.</source>
        <translation>撤销导入会删除该次导入新增的记录，并恢复被其修改的记录。如果该次导入的记录此后被编辑过，将无法撤销。</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>撤销导入(&amp;U)</translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <source>Not undone: %1</source>
        <translation>未撤销：%1</translation>
    </message>
    <message>
        <source>The import of %1 was undone: %2 added record(s) removed, %3 updated record(s) restored.</source>
        <translation>已撤销 %1 的导入：删除了 %2 条新增记录，恢复了 %3 条被更新的记录。</translation>
    </message>
    <message>
        <source>Undo the import of %1 from %2? %3 added record(s) will be removed and %4 updated record(s) restored.</source>
        <translation>要撤销 %2 导入的 %1 吗？将删除 %3 条新增记录，并恢复 %4 条被更新的记录。</translation>
    </message>
</context>
<context>
    <name>UserAdmin</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password cannot start or end with a space.</source>
        <translation>密码不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>Sign in as an administrator to manage users.</source>
        <translation>请以管理员身份登录以管理用户。</translation>
    </message>
    <message>
        <source>%1 is the only administrator; make another user an administrator first.</source>
        <translation>%1 是唯一的管理员，请先将其他用户设为管理员。</translation>
    </message>
    <message>
        <source>The user name cannot be empty.</source>
        <translation>用户名不能为空。</translation>
    </message>
    <message>
        <source>The first user of an archive must be an administrator (--role admin).</source>
        <translation>档案的第一个用户必须是管理员（--role admin）。</translation>
    </message>
    <message>
        <source>There is already a user %1.</source>
        <translation>已存在用户 %1。</translation>
    </message>
    <message>
        <source>Cannot save the user %1.</source>
        <translation>无法保存用户 %1。</translation>
    </message>
</context>
<context>
    <name>UserAdminDialog</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
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
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>No password (cannot sign in)</source>
        <translation>无密码（无法登录）</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation>已添加用户 %1，角色：%2。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 现在的角色是%2。</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>已停用用户 %1。</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>已启用用户 %1。</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>已更改 %1 的密码。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致，未做任何更改。</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>确认密码：</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>%1 的角色：</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>--role is needed: admin, manager, sales or viewer.</source>
        <translation>需要 --role：admin、manager、sales 或 viewer。</translation>
    </message>
    <message>
        <source>Unknown role %1; use admin, manager, sales or viewer.</source>
        <translation>未知角色 %1；请使用 admin、manager、sales 或 viewer。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致，未做任何更改。</translation>
    </message>
    <message>
        <source>admin, manager, sales or viewer.</source>
        <translation>admin、manager、sales 或 viewer。</translation>
    </message>
    <message>
        <source>Display name.</source>
        <translation>显示名称。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation>已添加用户 %1，角色：%2。</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>已停用用户 %1。</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>已启用用户 %1。</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <translation>已更改 %1 的密码。</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 现在的角色是%2。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>无密码</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
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
    <name>XlsxReader</name>
    <message>
        <source>“%1” is damaged: it is not a complete .xlsx file.</source>
        <translation>“%1”已损坏：不是完整的 .xlsx 文件。</translation>
    </message>
    <message>
        <source>“%1” is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV.</source>
        <translation>“%1”是 OpenDocument 电子表格（.ods）；请另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <source>“%1” is a zip archive but not an Excel workbook.</source>
        <translation>“%1”是 zip 压缩包，而不是 Excel 工作簿。</translation>
    </message>
    <message>
        <source>“%1” has no visible worksheet.</source>
        <translation>“%1”中没有可见的工作表。</translation>
    </message>
    <message>
        <source>“%1” holds more text than can be imported at once; split it into smaller files.</source>
        <translation>“%1”包含的文本超出了单次导入的上限；请拆分为多个较小的文件。</translation>
    </message>
    <message>
        <source>“%1” has no sheet number %2.</source>
        <translation>“%1”中没有第 %2 个工作表。</translation>
    </message>
    <message>
        <source>The sheet “%1” in “%2” cannot be read: the file is damaged.</source>
        <translation>无法读取“%2”中的工作表“%1”：文件已损坏。</translation>
    </message>
    <message>
        <source>The sheet “%1” in “%2” is damaged after row %3.</source>
        <translation>“%2”中的工作表“%1”在第 %3 行之后已损坏。</translation>
    </message>
    <message>
        <source>The sheet “%1” in “%2” has an invalid row number “%3”.</source>
        <translation>“%2”中的工作表“%1”包含无效的行号“%3”。</translation>
    </message>
    <message>
        <source>The sheet “%1” in “%2” has more than 16,384 columns in row %3.</source>
        <translation>“%2”中的工作表“%1”第 %3 行超过 16,384 列。</translation>
    </message>
    <message>
        <source>The sheet “%1” in “%2” has an invalid cell reference “%3” in row %4.</source>
        <translation>“%2”中的工作表“%1”第 %4 行包含无效的单元格引用“%3”。</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>error %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet %1: %2</source>
        <translation>无法写入电子表格 %1：%2</translation>
    </message>
    <message>
        <source>%1 rows do not fit on one Excel sheet (at most 1,048,575). Export to CSV instead.</source>
        <translation>%1 行超出单个 Excel 工作表的容量（最多 1,048,575 行）。请改为导出 CSV。</translation>
    </message>
    <message>
        <source>Cannot create the spreadsheet %1.</source>
        <translation>无法创建电子表格 %1。</translation>
    </message>
    <message>
        <source>The spreadsheet is not open.</source>
        <translation>电子表格未打开。</translation>
    </message>
    <message>
        <source>More rows than fit on one Excel sheet (at most 1,048,575). Export to CSV instead.</source>
        <translation>行数超出单个 Excel 工作表的容量（最多 1,048,575 行）。请改为导出 CSV。</translation>
    </message>
    <message>
        <source>Row %1 holds a text longer than the 32,767 characters an Excel cell can take. Export to CSV instead.</source>
        <translation>第 %1 行包含超过 32,767 个字符的文本，超出 Excel 单元格的上限。请改为导出 CSV。</translation>
    </message>
    <message>
        <source>Cannot write the spreadsheet %1: error %2</source>
        <translation>无法写入电子表格 %1：错误 %2</translation>
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
