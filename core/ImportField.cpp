#include "ImportField.h"

#include "ValueCleaner.h"

namespace {
using T = ImportField::ValueType;

QStringList words(const char* list) { return QString::fromUtf8(list).split(QLatin1Char('|')); }

const QList<ImportField>& customerFields()
{
    static const QList<ImportField> fields = {
        {QStringLiteral("code"), T::Code, QT_TRANSLATE_NOOP("ImportField", "Customer Code"),
         words("客户编号|客户编码|客户代码|编号|编码|code|customer code|customer id|customer no|id|rec id|client id")},
        {QStringLiteral("name"), T::Text, QT_TRANSLATE_NOOP("ImportField", "Customer Name"),
         words("客户名称|客户名|客户|名称|公司名称|单位名称|企业名称|姓名|客户姓名|name|customer|customer name|company name|full name")},
        {QStringLiteral("kind"), T::CustomerKind, QT_TRANSLATE_NOOP("ImportField", "Customer Type"),
         words("客户类型|类型|客户性质|kind|type|customer type")},
        {QStringLiteral("family_name"), T::Text, QT_TRANSLATE_NOOP("ImportField", "Family Name"),
         words("姓|姓氏|family name|surname|last name|lastname")},
        {QStringLiteral("given_name"), T::Text, QT_TRANSLATE_NOOP("ImportField", "Given Name"),
         words("名|名字|given name|first name|firstname|forename")},
        {QStringLiteral("company"), T::Text, QT_TRANSLATE_NOOP("ImportField", "Company"),
         words("所在公司|工作单位|单位|公司|company|employer|organization|organisation")},
        {QStringLiteral("title"), T::Text, QT_TRANSLATE_NOOP("ImportField", "Contact Title"),
         words("职务|职位|头衔|title|job title|position")},
        {QStringLiteral("contact_name"), T::Text, QT_TRANSLATE_NOOP("ImportField", "Contact Person"),
         words("联系人|联系人姓名|contact|contact name|contact person")},
        {QStringLiteral("mobile"), T::Phone, QT_TRANSLATE_NOOP("ImportField", "Mobile"),
         words("手机|手机号|手机号码|移动电话|mobile|mobile phone|cell|cell phone|cellphone")},
        {QStringLiteral("phone"), T::Phone, QT_TRANSLATE_NOOP("ImportField", "Phone"),
         words("电话|联系电话|座机|固定电话|办公电话|电话号码|tel|telephone|phone|phone number|landline")},
        {QStringLiteral("email"), T::Email, QT_TRANSLATE_NOOP("ImportField", "Email"),
         words("邮箱|电子邮箱|电子邮件|邮件|email|e-mail|mail|email address")},
        {QStringLiteral("wechat"), T::Text, QT_TRANSLATE_NOOP("ImportField", "WeChat"),
         words("微信|微信号|wechat|wechat id|weixin")},
        {QStringLiteral("province"), T::Text, QT_TRANSLATE_NOOP("ImportField", "Province"),
         words("省份|省|所在省份|地区|province|state|region")},
        {QStringLiteral("city"), T::Text, QT_TRANSLATE_NOOP("ImportField", "City"),
         words("城市|市|所在城市|city|town|suburb")},
        {QStringLiteral("address"), T::Text, QT_TRANSLATE_NOOP("ImportField", "Address"),
         words("地址|详细地址|联系地址|通讯地址|公司地址|address|street|street address")},
        {QStringLiteral("postcode"), T::Code, QT_TRANSLATE_NOOP("ImportField", "Postcode"),
         words("邮编|邮政编码|postcode|post code|zip|zip code|postal code")},
        {QStringLiteral("industry"), T::Text, QT_TRANSLATE_NOOP("ImportField", "Industry"),
         words("行业|所属行业|industry|sector")},
        {QStringLiteral("source"), T::Text, QT_TRANSLATE_NOOP("ImportField", "Source"),
         words("来源|客户来源|渠道|获客渠道|source|channel|lead source")},
        {QStringLiteral("level"), T::Text, QT_TRANSLATE_NOOP("ImportField", "Level"),
         words("级别|客户级别|等级|客户等级|level|grade|rating")},
        {QStringLiteral("stage"), T::Stage, QT_TRANSLATE_NOOP("ImportField", "Stage"),
         words("阶段|客户阶段|状态|客户状态|生命周期|stage|status|lifecycle")},
        {QStringLiteral("owner"), T::Text, QT_TRANSLATE_NOOP("ImportField", "Owner"),
         words("负责人|业务员|销售|所属销售|跟进人|客户经理|owner|sales rep|salesperson|account manager")},
        {QStringLiteral("tags"), T::Tags, QT_TRANSLATE_NOOP("ImportField", "Tags"), words("标签|客户标签|tags|tag|labels")},
        {QStringLiteral("notes"), T::Text, QT_TRANSLATE_NOOP("ImportField", "Notes"),
         words("备注|说明|附注|notes|note|remarks|comment|comments")},
        {QStringLiteral("birthday"), T::Date, QT_TRANSLATE_NOOP("ImportField", "Birthday"),
         words("生日|出生日期|出生年月|birthday|date of birth|dob|birth date")},
        {QStringLiteral("id_number"), T::Code, QT_TRANSLATE_NOOP("ImportField", "ID Number"),
         words("身份证号|身份证|身份证号码|证件号码|证件号|id number|id no|soc sec id|national id|ssn")},
        {QStringLiteral("renewal_date"), T::Date, QT_TRANSLATE_NOOP("ImportField", "Renewal Date"),
         words("续约日期|续费日期|续签日期|合同到期日|到期日期|renewal date|renewal|renewal due|contract end|expiry date")},
    };
    return fields;
}

const QList<ImportField>& orderFields()
{
    static const QList<ImportField> fields = {
        {QStringLiteral("order_no"), T::Code, QT_TRANSLATE_NOOP("ImportField", "Order No."),
         words("订单号|订单编号|单号|订单|order no|order number|order id|order|invoice no|invoice")},
        {QStringLiteral("customer_code"), T::Code, QT_TRANSLATE_NOOP("ImportField", "Customer Code"),
         words("客户编号|客户编码|客户代码|客户|customer code|customer id|customer|customer no|client id")},
        {QStringLiteral("date"), T::Date, QT_TRANSLATE_NOOP("ImportField", "Order Date"),
         words("下单日期|订单日期|日期|成交日期|购买日期|date|order date|purchase date")},
        {QStringLiteral("amount"), T::Amount, QT_TRANSLATE_NOOP("ImportField", "Amount"),
         words("金额|订单金额|成交金额|总金额|合计|实付金额|amount|total|order amount|value|price")},
        {QStringLiteral("currency"), T::Code, QT_TRANSLATE_NOOP("ImportField", "Currency"), words("币种|货币|currency")},
        {QStringLiteral("product"), T::Text, QT_TRANSLATE_NOOP("ImportField", "Products"),
         words("产品|商品|产品名称|商品名称|品名|摘要|product|products|item|items|description")},
    };
    return fields;
}

const QList<ImportField>& interactionFields()
{
    static const QList<ImportField> fields = {
        {QStringLiteral("customer_code"), T::Code, QT_TRANSLATE_NOOP("ImportField", "Customer Code"),
         words("客户编号|客户编码|客户代码|客户|customer code|customer id|customer|customer no|client id")},
        {QStringLiteral("date"), T::DateTime, QT_TRANSLATE_NOOP("ImportField", "Time"),
         words("跟进时间|跟进日期|时间|日期|联系时间|date|time|datetime|happened at")},
        {QStringLiteral("type"), T::InteractionType, QT_TRANSLATE_NOOP("ImportField", "Follow-up Type"),
         words("跟进方式|方式|类型|跟进类型|type|channel|method")},
        {QStringLiteral("content"), T::Text, QT_TRANSLATE_NOOP("ImportField", "Content"),
         words("跟进内容|内容|记录|沟通内容|备注|content|notes|summary|text")},
        {QStringLiteral("author"), T::Text, QT_TRANSLATE_NOOP("ImportField", "Author"),
         words("跟进人|记录人|业务员|负责人|author|by|user|sales rep")},
        {QStringLiteral("next_date"), T::Date, QT_TRANSLATE_NOOP("ImportField", "Next Follow-up"),
         words("下次跟进|下次跟进日期|下次联系|下次联系时间|next date|next follow-up|next contact")},
    };
    return fields;
}
} // namespace

const QList<ImportField>& ImportFields::forTarget(ImportTarget target)
{
    switch (target) {
    case ImportTarget::Customers: return customerFields();
    case ImportTarget::Orders: return orderFields();
    case ImportTarget::Interactions: return interactionFields();
    }
    return customerFields();
}

const ImportField* ImportFields::find(ImportTarget target, const QString& key)
{
    for (const ImportField& field : forTarget(target))
        if (field.key == key)
            return &field;
    return nullptr;
}

QString ImportFields::fold(const QString& header)
{
    const QString text = ValueCleaner::text(header).toCaseFolded();
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            folded.append(c);
    return folded;
}
