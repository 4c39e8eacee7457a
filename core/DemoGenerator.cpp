#include "DemoGenerator.h"

#include "Archive.h"
#include "BulkCustomerWriter.h"
#include "DemoRandom.h"
#include "LargeCacheScope.h"
#include "PhoneNumber.h"
#include "Transaction.h"

#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <array>

namespace {
using Text = const char*;

struct City {
    Text province;
    Text name;
    Text shortName;
    Text areaCode;  // without the leading 0
    Text postcode;  // first four digits
    Text regionCode; // first six digits of resident ID numbers issued there
    int weight;     // bigger cities hold more customers
};

// clang-format off
constexpr City cities[] = {
    {"北京市", "北京市", "北京", "10", "1000", "110105", 12},   {"上海市", "上海市", "上海", "21", "2000", "310104", 12},
    {"广东省", "广州市", "广州", "20", "5100", "440106", 10},   {"广东省", "深圳市", "深圳", "755", "5180", "440304", 10},
    {"广东省", "东莞市", "东莞", "769", "5230", "441900", 4},   {"广东省", "佛山市", "佛山", "757", "5280", "440604", 4},
    {"浙江省", "杭州市", "杭州", "571", "3100", "330106", 8},   {"浙江省", "宁波市", "宁波", "574", "3150", "330203", 4},
    {"浙江省", "温州市", "温州", "577", "3250", "330302", 3},   {"江苏省", "南京市", "南京", "25", "2100", "320106", 6},
    {"江苏省", "苏州市", "苏州", "512", "2150", "320508", 6},   {"江苏省", "无锡市", "无锡", "510", "2140", "320213", 3},
    {"天津市", "天津市", "天津", "22", "3000", "120103", 5},    {"重庆市", "重庆市", "重庆", "23", "4000", "500103", 5},
    {"四川省", "成都市", "成都", "28", "6100", "510104", 7},    {"湖北省", "武汉市", "武汉", "27", "4300", "420106", 6},
    {"陕西省", "西安市", "西安", "29", "7100", "610113", 4},    {"山东省", "济南市", "济南", "531", "2500", "370102", 3},
    {"山东省", "青岛市", "青岛", "532", "2660", "370202", 4},   {"河南省", "郑州市", "郑州", "371", "4500", "410105", 4},
    {"湖南省", "长沙市", "长沙", "731", "4100", "430104", 4},   {"安徽省", "合肥市", "合肥", "551", "2300", "340104", 3},
    {"福建省", "福州市", "福州", "591", "3500", "350102", 3},   {"福建省", "厦门市", "厦门", "592", "3610", "350203", 3},
    {"辽宁省", "沈阳市", "沈阳", "24", "1100", "210102", 2},    {"辽宁省", "大连市", "大连", "411", "1160", "210202", 2},
    {"黑龙江省", "哈尔滨市", "哈尔滨", "451", "1500", "230102", 2}, {"吉林省", "长春市", "长春", "431", "1300", "220102", 1},
    {"河北省", "石家庄市", "石家庄", "311", "0500", "130102", 2}, {"山西省", "太原市", "太原", "351", "0300", "140105", 1},
    {"云南省", "昆明市", "昆明", "871", "6500", "530102", 2},   {"广西壮族自治区", "南宁市", "南宁", "771", "5300", "450103", 1},
    {"贵州省", "贵阳市", "贵阳", "851", "5500", "520102", 1},   {"江西省", "南昌市", "南昌", "791", "3300", "360102", 1},
    {"海南省", "海口市", "海口", "898", "5700", "460106", 1},   {"甘肃省", "兰州市", "兰州", "931", "7300", "620102", 1},
    {"新疆维吾尔自治区", "乌鲁木齐市", "乌鲁木齐", "991", "8300", "650102", 1},
    {"内蒙古自治区", "呼和浩特市", "呼和浩特", "471", "0100", "150102", 1},
};

struct Syllable { Text han; Text pinyin; };
// Most common family names first: picked with a skew so 王/李/张 dominate as they do in life.
constexpr Syllable familyNames[] = {
    {"王", "wang"}, {"李", "li"}, {"张", "zhang"}, {"刘", "liu"}, {"陈", "chen"}, {"杨", "yang"}, {"黄", "huang"},
    {"赵", "zhao"}, {"吴", "wu"}, {"周", "zhou"}, {"徐", "xu"}, {"孙", "sun"}, {"马", "ma"}, {"朱", "zhu"},
    {"胡", "hu"}, {"郭", "guo"}, {"何", "he"}, {"林", "lin"}, {"高", "gao"}, {"罗", "luo"}, {"郑", "zheng"},
    {"梁", "liang"}, {"谢", "xie"}, {"宋", "song"}, {"唐", "tang"}, {"许", "xu"}, {"邓", "deng"}, {"韩", "han"},
    {"冯", "feng"}, {"曹", "cao"}, {"彭", "peng"}, {"曾", "zeng"}, {"肖", "xiao"}, {"田", "tian"}, {"董", "dong"},
    {"潘", "pan"}, {"袁", "yuan"}, {"蔡", "cai"}, {"蒋", "jiang"}, {"余", "yu"}, {"于", "yu"}, {"杜", "du"},
    {"叶", "ye"}, {"程", "cheng"}, {"魏", "wei"}, {"苏", "su"}, {"吕", "lv"}, {"丁", "ding"}, {"任", "ren"},
    {"卢", "lu"}, {"姚", "yao"}, {"沈", "shen"}, {"钟", "zhong"}, {"姜", "jiang"}, {"崔", "cui"}, {"谭", "tan"},
    {"陆", "lu"}, {"范", "fan"}, {"汪", "wang"}, {"廖", "liao"}, {"石", "shi"}, {"金", "jin"}, {"欧阳", "ouyang"},
};
constexpr Syllable givenNameChars[] = {
    {"伟", "wei"}, {"芳", "fang"}, {"娜", "na"}, {"敏", "min"}, {"静", "jing"}, {"丽", "li"}, {"强", "qiang"},
    {"磊", "lei"}, {"军", "jun"}, {"洋", "yang"}, {"勇", "yong"}, {"艳", "yan"}, {"杰", "jie"}, {"娟", "juan"},
    {"涛", "tao"}, {"明", "ming"}, {"超", "chao"}, {"秀", "xiu"}, {"霞", "xia"}, {"平", "ping"}, {"刚", "gang"},
    {"桂", "gui"}, {"英", "ying"}, {"华", "hua"}, {"建", "jian"}, {"国", "guo"}, {"文", "wen"}, {"辉", "hui"},
    {"玲", "ling"}, {"鹏", "peng"}, {"婷", "ting"}, {"宇", "yu"}, {"浩", "hao"}, {"欣", "xin"}, {"雪", "xue"},
    {"琳", "lin"}, {"晨", "chen"}, {"思", "si"}, {"佳", "jia"}, {"嘉", "jia"}, {"子", "zi"}, {"梓", "zi"},
    {"轩", "xuan"}, {"涵", "han"}, {"博", "bo"}, {"峰", "feng"}, {"晓", "xiao"}, {"红", "hong"}, {"海", "hai"},
    {"志", "zhi"}, {"斌", "bin"}, {"俊", "jun"}, {"慧", "hui"}, {"凯", "kai"}, {"鑫", "xin"}, {"倩", "qian"},
};
constexpr Text brandChars[] = {
    "华", "盛", "鑫", "恒", "达", "瑞", "丰", "泰", "宏", "远", "通", "源", "嘉", "信", "诚", "德", "安", "康",
    "明", "辉", "新", "博", "创", "联", "中", "金", "龙", "海", "天", "星", "佳", "伟", "润", "裕", "兴", "旺",
    "顺", "利", "祥", "和", "永", "荣", "昌", "茂", "卓", "越", "正", "方", "力", "鼎",
};

struct Industry { Text name; Text companyWords[3]; Text products[4]; };
constexpr Industry industries[] = {
    {"制造业", {"机械制造", "精密机械", "五金制品"}, {"数控机床配件", "轴承", "五金模具", "液压阀门"}},
    {"批发零售", {"贸易", "商贸", "百货"}, {"日用百货", "食品饮料", "办公用品", "小家电"}},
    {"信息技术", {"信息技术", "网络科技", "软件"}, {"软件许可", "云服务器租用", "系统集成", "运维服务"}},
    {"建筑工程", {"建设工程", "建筑装饰", "建材"}, {"钢材", "水泥", "装饰材料", "工程施工"}},
    {"餐饮酒店", {"餐饮管理", "酒店管理", "食品"}, {"食材配送", "厨房设备", "餐具", "酒水"}},
    {"教育培训", {"教育咨询", "培训", "文化教育"}, {"培训课程", "教材", "教学设备", "在线课程"}},
    {"医疗健康", {"医疗器械", "医药", "健康管理"}, {"医用耗材", "检测仪器", "防护用品", "保健品"}},
    {"物流运输", {"物流", "供应链管理", "货运代理"}, {"仓储服务", "干线运输", "包装材料", "冷链配送"}},
    {"电子电器", {"电子", "电器", "光电科技"}, {"电子元器件", "LED灯具", "线缆", "电源模块"}},
    {"服装纺织", {"服饰", "纺织", "制衣"}, {"面料", "工作服", "辅料", "成衣"}},
    {"化工", {"化工", "新材料", "涂料"}, {"工业涂料", "塑料粒子", "清洗剂", "胶粘剂"}},
    {"文化传媒", {"文化传媒", "广告", "印刷"}, {"广告投放", "宣传册印刷", "活动策划", "展台搭建"}},
    {"汽车服务", {"汽车销售服务", "汽车配件", "汽车租赁"}, {"汽车配件", "轮胎", "润滑油", "保养服务"}},
    {"农业食品", {"农业科技", "食品", "生态农业"}, {"有机蔬菜", "大米", "茶叶", "干货"}},
};
constexpr Text legalForms[] = {"有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司", "商行", "经营部"};
constexpr Text roads[] = {"人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "胜利路", "长江路", "黄河路",
                          "文化路", "工业大道", "科技园路", "滨江大道", "东风路", "南京路", "友谊路", "迎宾大道"};
constexpr Text titles[] = {"总经理", "采购经理", "财务主管", "销售总监", "行政主管", "技术负责人", "老板", "店长", "采购专员"};
constexpr Text sources[] = {"展会", "转介绍", "官网", "电话营销", "百度推广", "微信", "老客户", "地推", "阿里巴巴", "抖音"};
constexpr Text tagNames[] = {"重点客户", "老客户", "新客户", "经销商", "展会", "转介绍", "价格敏感", "需回访", "政府项目", "大客户"};
constexpr Text noteTexts[] = {"对价格比较敏感，需要提前报价。", "每季度集中采购一次。", "付款及时，信誉良好。",
                              "老板直接拍板，先联系老板。", "需要开具增值税专用发票。", "上午联系比较方便。",
                              "曾投诉过发货延迟，注意跟进。", "有意向签年度框架协议。"};
constexpr Text emailDomains[] = {"163.com", "qq.com", "126.com", "sina.com", "foxmail.com", "139.com"};
constexpr Text mobilePrefixes[] = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                                   "155", "156", "157", "158", "159", "176", "177", "180", "181", "182", "183", "185",
                                   "186", "187", "188", "189", "199"};
struct Owner { Text login; Text displayName; };
constexpr Owner owners[] = {{"zhangwei", "张伟"}, {"lina", "李娜"},     {"wangfang", "王芳"}, {"liuyang", "刘洋"},
                            {"chenjing", "陈静"}, {"yangli", "杨丽"}, {"zhaolei", "赵磊"},   {"huangmin", "黄敏"}};
struct FollowUpText { InteractionType type; Text content; };
constexpr FollowUpText followUps[] = {
    {InteractionType::Call, "电话沟通下季度采购需求，客户表示下周确认数量。"},
    {InteractionType::Call, "电话回访，了解上批货使用情况，反馈良好。"},
    {InteractionType::Call, "催收上月货款，客户承诺月底前付清。"},
    {InteractionType::Visit, "上门拜访，演示新产品，客户对价格有顾虑。"},
    {InteractionType::Visit, "拜访采购负责人，带去样品，约定试用两周。"},
    {InteractionType::Email, "发送最新报价单和产品目录，等待回复。"},
    {InteractionType::Email, "邮件确认合同条款，客户法务审核中。"},
    {InteractionType::WeChat, "微信跟进样品试用情况，客户比较满意。"},
    {InteractionType::WeChat, "微信发送节日问候和促销活动信息。"},
    {InteractionType::Meeting, "会议讨论年度框架合同，初步确定价格区间。"},
    {InteractionType::Meeting, "参加客户供应商大会，介绍公司新服务。"},
    {InteractionType::Other, "寄送样品和资料，已签收。"},
};
// clang-format on

QString text(Text t) { return QString::fromUtf8(t); }

template <typename T, size_t N> const T& pickFrom(DemoRandom& rng, const T (&items)[N])
{
    return items[size_t(rng.below(qint64(N)))];
}

const City& pickCity(DemoRandom& rng)
{
    static const int total = [] {
        int sum = 0;
        for (const City& c : cities)
            sum += c.weight;
        return sum;
    }();
    qint64 roll = rng.below(total);
    for (const City& c : cities) {
        if (roll < c.weight)
            return c;
        roll -= c.weight;
    }
    return cities[0];
}

// Squaring the uniform number favours the front of the list, where the common family names are.
const Syllable& pickFamilyName(DemoRandom& rng)
{
    const double u = rng.unit();
    return familyNames[size_t(u * u * double(std::size(familyNames)))];
}

struct PersonName {
    QString family, given, pinyin;
    QString full() const { return family + given; }
};

PersonName makePerson(DemoRandom& rng)
{
    const Syllable& family = pickFamilyName(rng);
    PersonName person{text(family.han), QString(), text(family.pinyin)};
    const int length = rng.chance(0.7) ? 2 : 1;
    for (int i = 0; i < length; ++i) {
        const Syllable& s = pickFrom(rng, givenNameChars);
        person.given += text(s.han);
        person.pinyin += text(s.pinyin);
    }
    return person;
}

QString makeCompanyName(DemoRandom& rng, const City& city, const Industry& industry)
{
    QString brand = text(pickFrom(rng, brandChars));
    QString second;
    do
        second = text(pickFrom(rng, brandChars));
    while (second == brand);
    return text(city.shortName) + brand + second + text(industry.companyWords[rng.below(3)]) +
           text(pickFrom(rng, legalForms));
}

QString digits(DemoRandom& rng, int count)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out += QChar(u'0' + int(rng.below(10)));
    return out;
}

QString makeMobile(DemoRandom& rng) { return QStringLiteral("+86") + text(pickFrom(rng, mobilePrefixes)) + digits(rng, 8); }

QString makeLandline(DemoRandom& rng, const City& city)
{
    // Subscriber numbers never start with 0 or 1 and have eight digits in big cities, seven in some
    // others; libphonenumber's metadata decides which length this area code takes.
    const QString eight = QStringLiteral("+86") + text(city.areaCode) + QString::number(rng.between(2, 8)) + digits(rng, 7);
    for (const QString& candidate : {eight, eight.chopped(1)})
        if (PhoneNumber::parse(candidate).isValid())
            return candidate;
    return QString();
}

QString makeIdNumber(DemoRandom& rng, const City& city, const QDate& birthday)
{
    const QString body = text(city.regionCode) + birthday.toString(QStringLiteral("yyyyMMdd")) + digits(rng, 3);
    // GB 11643 check character (ISO 7064 MOD 11-2).
    static constexpr int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body.at(i).digitValue() * weights[i];
    return body + QChar(u"10X98765432"[sum % 11]);
}

QDateTime businessHour(DemoRandom& rng, const QDate& date)
{
    // 09:00-17:59 Beijing time, stored in UTC.
    const QTime local(int(rng.between(9, 17)), int(rng.below(60)));
    return QDateTime(date, local, Qt::UTC).addSecs(-8 * 3600);
}

constexpr int historyDays = 3 * 365;

// Everything about one customer except the storage ids.
struct DemoCustomer {
    Customer customer;
    QList<Contact> contacts;
    QList<Interaction> interactions;
    QList<Order> orders;
    QString creditLimit;
    QString invoiceType;
};

class CustomerMaker {
public:
    CustomerMaker(DemoRandom& rng, const QDate& today) : m_rng(rng), m_today(today) {}

    DemoCustomer make(const QString& code)
    {
        DemoCustomer d;
        Customer& c = d.customer;
        c.code = code;
        const City& city = pickCity(m_rng);
        const Industry& industry = pickFrom(m_rng, industries);
        c.kind = m_rng.chance(0.6) ? CustomerKind::Company : CustomerKind::Individual;
        c.industry = text(industry.name);
        c.province = text(city.province);
        c.city = text(city.name);
        c.address = c.city + text(pickFrom(m_rng, roads)) + QString::number(m_rng.between(1, 999)) + QStringLiteral("号");
        if (m_rng.chance(0.5))
            c.address += QChar(u'A' + int(m_rng.below(4))) + QStringLiteral("座") +
                         QString::number(m_rng.between(1, 28)) + QStringLiteral("%1室").arg(m_rng.between(1, 20), 2, 10, QChar(u'0'));
        c.postcode = text(city.postcode) + digits(m_rng, 2);
        c.source = text(pickFrom(m_rng, sources));
        c.owner = m_rng.chance(0.95) ? text(pickFrom(m_rng, owners).login) : QString();

        if (c.kind == CustomerKind::Company) {
            c.name = makeCompanyName(m_rng, city, industry);
            const int contactCount = int(m_rng.between(1, 3));
            for (int i = 0; i < contactCount; ++i)
                d.contacts.append(makeContact(makePerson(m_rng), city, i == 0, true));
        } else {
            const PersonName person = makePerson(m_rng);
            c.name = person.full();
            c.familyName = person.family;
            c.givenName = person.given;
            if (m_rng.chance(0.3))
                c.company = makeCompanyName(m_rng, city, industry);
            if (m_rng.chance(0.5))
                c.birthday = QDate(int(m_rng.between(1960, 2002)), int(m_rng.between(1, 12)), int(m_rng.between(1, 28)));
            if (c.birthday.isValid() && m_rng.chance(0.5))
                c.idNumber = makeIdNumber(m_rng, city, c.birthday);
            Contact self = makeContact(person, city, true, false);
            self.birthday = c.birthday;
            d.contacts.append(self);
            if (m_rng.chance(0.2))
                d.contacts.append(makeContact(makePerson(m_rng), city, false, false));
        }
        if (m_rng.chance(0.2))
            c.notes = text(pickFrom(m_rng, noteTexts));
        addHistory(d);
        addTags(c);
        if (c.kind == CustomerKind::Company && m_rng.chance(0.4)) {
            d.creditLimit = QString::number(m_rng.between(1, 50) * 10000);
            d.invoiceType = m_rng.chance(0.7) ? QStringLiteral("增值税专用发票") : QStringLiteral("增值税普通发票");
        }
        return d;
    }

private:
    Contact makeContact(const PersonName& person, const City& city, bool primary, bool atCompany)
    {
        Contact contact;
        contact.name = person.full();
        if (atCompany)
            contact.title = text(pickFrom(m_rng, titles));
        contact.mobile = makeMobile(m_rng);
        if (atCompany && m_rng.chance(0.4))
            contact.phone = makeLandline(m_rng, city);
        if (m_rng.chance(0.55))
            contact.email = unusedEmail(person.pinyin + (m_rng.chance(0.5) ? QString::number(m_rng.between(1, 999)) : QString()),
                                        text(pickFrom(m_rng, emailDomains)));
        if (m_rng.chance(0.45))
            contact.wechat = m_rng.chance(0.5) ? person.pinyin + digits(m_rng, 4) : QStringLiteral("wxid_") + digits(m_rng, 10);
        contact.isPrimary = primary;
        return contact;
    }

    // Orders with a Pareto skew (a few customers buy a lot), some customers lapsed, leads without orders;
    // follow-ups around them, the last one sometimes with a next date (due, overdue or upcoming).
    void addHistory(DemoCustomer& d)
    {
        Customer& c = d.customer;
        const double size = std::min(m_rng.pareto(1.16), 400.0);
        const bool isLead = m_rng.chance(0.22);
        int createdAgo = 0;
        int lastActivityAgo = 0;
        if (isLead) {
            createdAgo = int(m_rng.between(0, historyDays));
            lastActivityAgo = createdAgo;
            c.stage = CustomerStage::Lead;
            c.level = QStringLiteral("C");
        } else {
            const int firstAgo = int(m_rng.between(0, historyDays));
            const bool lapsed = firstAgo > 200 && m_rng.chance(0.3);
            const int lastAgo = lapsed ? int(m_rng.between(181, firstAgo)) : int(m_rng.between(0, std::min(firstAgo, 120)));
            const int span = firstAgo - lastAgo;
            int count = 1 + int((size - 1.0) * 2.5) + int(m_rng.below(3));
            count = span == 0 ? 1 : std::min({count, span + 1, 150});
            QList<int> agos{firstAgo};
            for (int i = 1; i < count - 1; ++i)
                agos.append(int(m_rng.between(lastAgo, firstAgo)));
            if (count > 1)
                agos.append(lastAgo);
            std::sort(agos.begin(), agos.end(), std::greater<>());
            const qint64 baseYuan = m_rng.between(300, 5000);
            const Industry& industry = *std::find_if(std::begin(industries), std::end(industries),
                                                     [&](const Industry& i) { return text(i.name) == c.industry; });
            for (int i = 0; i < agos.size(); ++i) {
                Order o;
                o.date = m_today.addDays(-agos[i]);
                o.orderNo = QStringLiteral("SO%1-%2-%3")
                                .arg(o.date.toString(QStringLiteral("yyyyMMdd")), c.code)
                                .arg(i + 1, 3, 10, QChar(u'0'));
                const double factor = std::pow(size, 0.7) * (0.4 + 1.2 * m_rng.unit());
                o.amountCents = qint64(double(baseYuan) * factor) * 100 + m_rng.below(100) * (m_rng.chance(0.3) ? 1 : 0);
                o.product = text(industry.products[m_rng.below(4)]);
                if (m_rng.chance(0.3))
                    o.product += QStringLiteral("、") + text(industry.products[m_rng.below(4)]);
                d.orders.append(o);
            }
            createdAgo = std::min(historyDays + 60, firstAgo + int(m_rng.between(3, 60)));
            lastActivityAgo = lastAgo;
            if (lapsed && lastAgo > 365 && m_rng.chance(0.8))
                c.stage = CustomerStage::Lost;
            else if (count >= 2 && lastAgo <= 180)
                c.stage = CustomerStage::Active;
            else
                c.stage = CustomerStage::Customer;
            c.level = size >= 8 ? QStringLiteral("A") : size >= 2 ? QStringLiteral("B") : QStringLiteral("C");
        }

        const int followUpCount = isLead ? int(m_rng.between(0, 3)) : int(m_rng.between(1, 2 + std::min<int>(d.orders.size(), 6)));
        const int newestAgo = std::max(0, lastActivityAgo - 10);
        QList<int> agos;
        for (int i = 0; i < followUpCount; ++i)
            agos.append(int(m_rng.between(newestAgo, createdAgo)));
        std::sort(agos.begin(), agos.end()); // newest first
        for (int i = 0; i < agos.size(); ++i) {
            const FollowUpText& f = pickFrom(m_rng, followUps);
            Interaction in;
            in.type = f.type;
            in.content = text(f.content);
            in.happenedAt = businessHour(m_rng, m_today.addDays(-agos[i]));
            in.author = c.owner.isEmpty() || m_rng.chance(0.15) ? text(pickFrom(m_rng, owners).login) : c.owner;
            if (i == 0 && c.stage != CustomerStage::Lost && m_rng.chance(0.45))
                in.nextDate = m_today.addDays(-agos[i] + m_rng.between(3, 30));
            d.interactions.append(in);
        }

        c.createdAt = QDateTime(m_today.addDays(-createdAgo), QTime(2, 0), Qt::UTC);
        const int updatedAgo = agos.isEmpty() ? std::min(createdAgo, lastActivityAgo) : agos.first();
        c.updatedAt = QDateTime(m_today.addDays(-std::min(createdAgo, updatedAgo)), QTime(9, 0), Qt::UTC);
        c.version = 1;
    }

    void addTags(Customer& c)
    {
        const int count = int(m_rng.below(3));
        for (int i = 0; i < count; ++i) {
            const QString tag = text(pickFrom(m_rng, tagNames));
            if (!c.tags.contains(tag))
                c.tags.append(tag);
        }
        if (c.level == QStringLiteral("A") && !c.tags.contains(QStringLiteral("重点客户")))
            c.tags.append(QStringLiteral("重点客户"));
    }

    // An address belongs to one person: two demo people called 王明 must not share wangming@qq.com, or
    // duplicate detection would rightly take them for one. Taken addresses get a number, without drawing
    // from the random stream, so every other demo value stays as it was.
    QString unusedEmail(const QString& localPart, const QString& domain)
    {
        QString email = localPart + QChar(u'@') + domain;
        for (int n = 2; m_usedEmails.contains(email); ++n)
            email = localPart + QString::number(n) + QChar(u'@') + domain;
        m_usedEmails.insert(email);
        return email;
    }

    DemoRandom& m_rng;
    QDate m_today;
    QSet<QString> m_usedEmails;
};

// Reminders for the demo: renewal dates of some paying companies and a few open tasks around today. They
// draw from a random stream of their own, so every other demo record stays exactly as it was.
constexpr const char* demoTaskTitles[] = {"寄送报价单", "确认合同条款", "回访使用情况", "催收货款", "预约上门拜访", "发送新品资料"};

class ReminderMaker {
public:
    ReminderMaker(quint64 seed, const QDate& today) : m_rng(seed ^ 0x7461736B73ULL /* "tasks" */), m_today(today) {}

    QDate renewalFor(const Customer& c)
    {
        const bool paying = c.stage == CustomerStage::Customer || c.stage == CustomerStage::Active;
        if (c.kind != CustomerKind::Company || !paying || !m_rng.chance(0.3))
            return {};
        return m_today.addDays(m_rng.between(-20, 180));
    }

    std::optional<Task> taskFor(const Customer& c, qint64 customerId)
    {
        if (c.stage == CustomerStage::Lost || !m_rng.chance(0.06))
            return std::nullopt;
        Task task;
        task.customerId = customerId;
        task.title = text(pickFrom(m_rng, demoTaskTitles));
        task.dueDate = m_today.addDays(m_rng.between(-5, 10));
        task.createdBy = c.owner;
        task.createdAt = QDateTime(m_today.addDays(-7), QTime(1, 0), Qt::UTC);
        return task;
    }

private:
    DemoRandom m_rng;
    QDate m_today;
};

Result<qint64> customFieldId(Archive& archive, const CustomFieldDefinition& wanted)
{
    const auto existing = archive.customFields().definitions();
    if (!existing)
        return Result<qint64>::failure(existing.error());
    for (const CustomFieldDefinition& d : *existing)
        if (d.name == wanted.name)
            return d.id;
    auto defined = archive.customFields().define(wanted);
    if (!defined)
        return Result<qint64>::failure(defined.error());
    return defined->id;
}

} // namespace

Result<ArchiveStats> DemoGenerator::generate(Archive& archive, const Options& options, const Progress& progress)
{
    if (options.customers < 0)
        return Result<ArchiveStats>::failure(QCoreApplication::translate("DemoGenerator", "The number of customers cannot be negative."),
                                             ErrorKind::Usage);
    QSqlDatabase& db = archive.database().connection();
    LargeCacheScope cache(db);
    Transaction transaction(db);
    if (!transaction.isActive())
        return Result<ArchiveStats>::failure(QCoreApplication::translate("DemoGenerator", "The archive is busy; try again."));

    for (const Owner& owner : owners)
        if (auto id = archive.users().ensure(text(owner.login), text(owner.displayName)); !id)
            return Result<ArchiveStats>::failure(id.error());
    const auto creditField = customFieldId(archive, {0, QStringLiteral("信用额度"), CustomFieldType::Number, {}});
    const auto invoiceField = customFieldId(
        archive, {0, QStringLiteral("开票类型"), CustomFieldType::Choice,
                  {QStringLiteral("增值税专用发票"), QStringLiteral("增值税普通发票"), QStringLiteral("不开票")}});
    if (!creditField || !invoiceField)
        return Result<ArchiveStats>::failure(!creditField ? creditField.error() : invoiceField.error());

    const auto firstCode = archive.customers().nextCode();
    if (!firstCode)
        return Result<ArchiveStats>::failure(firstCode.error());
    const qint64 firstNumber = firstCode->mid(1).toLongLong();

    BulkCustomerWriter writer(db);
    if (Status s = writer.prepare(); !s)
        return Result<ArchiveStats>::failure(s.error());
    DemoRandom rng(options.seed);
    CustomerMaker maker(rng, options.today);
    ReminderMaker reminders(options.seed, options.today);
    for (qint64 i = 0; i < options.customers; ++i) {
        if (progress && i % 1000 == 0 && !progress(i, options.customers))
            return Result<ArchiveStats>::failure(QCoreApplication::translate("DemoGenerator", "Cancelled; nothing was added."),
                                                 ErrorKind::Cancelled);
        DemoCustomer d = maker.make(QStringLiteral("C%1").arg(firstNumber + i, 6, 10, QChar(u'0')));
        d.customer.renewalDate = reminders.renewalFor(d.customer);
        const auto id = writer.addCustomer(d.customer);
        if (!id)
            return Result<ArchiveStats>::failure(id.error());
        if (const auto task = reminders.taskFor(d.customer, *id))
            if (const auto added = archive.tasks().add(*task); !added)
                return Result<ArchiveStats>::failure(added.error());
        Status s;
        for (const Contact& contact : d.contacts)
            if (s = writer.addContact(*id, contact); !s)
                return Result<ArchiveStats>::failure(s.error());
        for (const Interaction& interaction : d.interactions)
            if (const auto added = writer.addInteraction(*id, interaction); !added)
                return Result<ArchiveStats>::failure(added.error());
        for (const Order& order : d.orders)
            if (const auto added = writer.addOrder(*id, order); !added)
                return Result<ArchiveStats>::failure(added.error());
        if (!d.creditLimit.isEmpty() && !(s = writer.addCustomFieldValue(*id, *creditField, d.creditLimit)))
            return Result<ArchiveStats>::failure(s.error());
        if (!d.invoiceType.isEmpty() && !(s = writer.addCustomFieldValue(*id, *invoiceField, d.invoiceType)))
            return Result<ArchiveStats>::failure(s.error());
    }
    if (Status s = writer.finish(firstNumber + options.customers); !s)
        return Result<ArchiveStats>::failure(s.error());
    if (!transaction.commit())
        return Result<ArchiveStats>::failure(QCoreApplication::translate("DemoGenerator", "The archive refused the demo data."));
    if (progress)
        progress(options.customers, options.customers);
    return archive.stats();
}
