#include "server/DemoCatalogue.h"

#include "core/MallItem.h"
#include "server/Database.h"
#include "server/ItemService.h"
#include "server/Logging.h"
#include "server/StockService.h"
#include "server/Transaction.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTimeZone>

namespace loyalty::server {

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

// How an item's shelf looks on the demo: plain on or off, or a schedule around today.
enum class Shelf
{
    On,
    Off,
    Upcoming, // switched on, starts in a week or two
    Ended     // switched on, the schedule ended last month
};

struct DemoItem
{
    const char *name;
    const char *description;
    ItemCategory category;
    qint64 points;
    qint64 cashFen = 0;
    QList<MallItem::TierPrice> tierPrices = {};
    int minTierRank = 1;
    int perMemberLimit = 0;
    MallItem::PeriodLimit periodLimit = {};
    Shelf shelf = Shelf::On;
    int lowStockThreshold = 10;
    QList<qint64> stock = {}; // movements in order: positive inbound, negative a stock-take correction
};

using C = ItemCategory;
using P = MallItem::Period;

// Oldest first: the list's newest-first order shows the end of this list on top.
const QList<DemoItem> &items()
{
    static const QList<DemoItem> list{
        // Coupons
        {"星巴克中杯券",
         "全国门店通用，可兑换任意中杯手工调制饮品一杯，有效期30天。",
         C::Coupon,
         800,
         0,
         {{2, 720}, {3, 640}},
         1,
         5,
         {10, P::Month},
         Shelf::On,
         20,
         {200, 100}},
        {"瑞幸咖啡饮品券",
         "瑞幸咖啡任意饮品一杯，外卖与到店自提均可使用。",
         C::Coupon,
         500,
         0,
         {},
         1,
         0,
         {5, P::Week},
         Shelf::On,
         30,
         {300}},
        {"麦当劳早餐套餐券",
         "指定早餐套餐一份，每日10:30前可用。",
         C::Coupon,
         600,
         0,
         {},
         1,
         0,
         {},
         Shelf::On,
         20,
         {150}},
        {"满100减20超市券",
         "合作超市单笔满100元立减20元，不与其他优惠同享。",
         C::Coupon,
         1500,
         0,
         {},
         1,
         2,
         {},
         Shelf::On,
         50,
         {500}},
        {"肯德基全家桶券",
         "肯德基经典全家桶一份，仅限堂食及到店自取。",
         C::Coupon,
         4500,
         0,
         {{3, 4000}, {4, 3600}},
         1,
         0,
         {},
         Shelf::On,
         10,
         {80}},
        {"电影票通兑券",
         "全国合作影院2D/3D场次通兑一张，热门影片需补差价。",
         C::Coupon,
         3500,
         0,
         {},
         1,
         4,
         {},
         Shelf::On,
         20,
         {60, -48}},
        {"喜茶任意饮品券",
         "喜茶门店任意饮品一杯，可在小程序下单使用。",
         C::Coupon,
         700,
         0,
         {},
         1,
         0,
         {},
         Shelf::On,
         10,
         {100, -100}},
        // Virtual rights
        {"视频会员月卡",
         "主流视频平台黄金会员30天，兑换后以兑换码形式发放。",
         C::VirtualRight,
         1800,
         0,
         {{3, 1600}},
         1,
         0,
         {1, P::Month},
         Shelf::On,
         50,
         {999}},
        {"音乐会员季卡",
         "音乐平台豪华会员90天，畅听无损音质。",
         C::VirtualRight,
         3000,
         0,
         {},
         1,
         0,
         {},
         Shelf::On,
         20,
         {300}},
        {"网盘超级会员月卡",
         "网盘超级会员31天，极速下载与大容量空间。",
         C::VirtualRight,
         1500,
         0,
         {},
         1,
         0,
         {},
         Shelf::On,
         20,
         {200}},
        {"话费充值30元",
         "三大运营商通用，兑换后24小时内到账。",
         C::VirtualRight,
         3000,
         0,
         {},
         1,
         0,
         {2, P::Month},
         Shelf::On,
         50,
         {1000}},
        {"视频会员年卡",
         "主流视频平台黄金会员一年，银卡及以上会员专享。",
         C::VirtualRight,
         16800,
         0,
         {{3, 15000}, {4, 13800}},
         2,
         1,
         {},
         Shelf::On,
         10,
         {100}},
        {"外卖会员月卡",
         "外卖平台会员一个月，每月6张无门槛红包。",
         C::VirtualRight,
         900,
         0,
         {},
         1,
         0,
         {},
         Shelf::Off,
         20,
         {150}},
        // Physical gifts
        {"保温杯",
         "304不锈钢真空保温杯480ml，12小时保温，多色随机发货。",
         C::PhysicalGift,
         6800,
         0,
         {{3, 6000}, {4, 5400}},
         1,
         2,
         {},
         Shelf::On,
         10,
         {40}},
        {"品牌帆布袋",
         "加厚帆布环保购物袋，印有品牌标识。",
         C::PhysicalGift,
         1200,
         0,
         {},
         1,
         0,
         {},
         Shelf::On,
         30,
         {300}},
        {"蓝牙耳机",
         "真无线蓝牙耳机，主动降噪，续航24小时。积分+现金兑换。",
         C::PhysicalGift,
         9000,
         19900,
         {},
         1,
         1,
         {},
         Shelf::On,
         5,
         {25}},
        {"电动牙刷",
         "声波电动牙刷，附赠两支替换刷头。积分+现金兑换。",
         C::PhysicalGift,
         5000,
         9900,
         {},
         1,
         0,
         {},
         Shelf::On,
         10,
         {30, -22}},
        {"空气炸锅",
         "4.5升大容量空气炸锅，银卡及以上会员可兑。积分+现金兑换。",
         C::PhysicalGift,
         14000,
         15900,
         {},
         2,
         1,
         {},
         Shelf::On,
         5,
         {15}},
        {"登机行李箱20寸",
         "PC材质静音万向轮登机箱，金卡及以上会员专享。",
         C::PhysicalGift,
         30000,
         19900,
         {},
         3,
         1,
         {},
         Shelf::On,
         5,
         {6}},
        {"全自动咖啡机",
         "意式全自动咖啡机，钻石会员专享。积分+现金兑换。",
         C::PhysicalGift,
         60000,
         39900,
         {},
         4,
         1,
         {},
         Shelf::On,
         2,
         {3}},
        {"定制雨伞",
         "晴雨两用折叠伞，防紫外线涂层。",
         C::PhysicalGift,
         2500,
         0,
         {},
         1,
         0,
         {},
         Shelf::On,
         20,
         {120}},
        {"中秋月饼礼盒",
         "传统广式月饼礼盒，8枚装。中秋活动已结束。",
         C::PhysicalGift,
         8800,
         0,
         {},
         1,
         1,
         {},
         Shelf::Ended,
         5,
         {50, -36}},
        {"扫地机器人",
         "激光导航扫拖一体机器人，钻石会员专享。",
         C::PhysicalGift,
         120000,
         0,
         {},
         4,
         1,
         {},
         Shelf::On,
         2,
         {2}},
        {"儿童绘本套装",
         "精选儿童绘本10册，适合3-6岁。",
         C::PhysicalGift,
         4200,
         0,
         {},
         1,
         0,
         {},
         Shelf::Off,
         5,
         {20}},
        // Services
        {"洗车服务",
         "合作门店标准洗车一次，轿车与SUV通用。",
         C::Service,
         2000,
         0,
         {{2, 1800}, {3, 1600}},
         1,
         0,
         {4, P::Month},
         Shelf::On,
         10,
         {100}},
        {"汽车精洗打蜡",
         "内外精洗加镀膜打蜡一次，需提前一天预约。",
         C::Service,
         6500,
         0,
         {{3, 5800}},
         1,
         0,
         {},
         Shelf::On,
         5,
         {30}},
        {"家电清洗服务",
         "空调或油烟机深度清洗一台，上门服务。",
         C::Service,
         12000,
         0,
         {},
         1,
         0,
         {},
         Shelf::On,
         5,
         {20}},
        {"健身房周卡",
         "连锁健身房7天畅练卡，含一次体测。",
         C::Service,
         3800,
         0,
         {},
         1,
         1,
         {},
         Shelf::On,
         5,
         {40}},
        {"机场贵宾厅单次",
         "国内主要机场贵宾厅单次使用，金卡及以上会员专享。",
         C::Service,
         18000,
         0,
         {{4, 15000}},
         3,
         0,
         {2, P::Month},
         Shelf::On,
         10,
         {50}},
        {"宠物洗护",
         "合作宠物店洗澡美容一次，限10公斤以下犬猫。",
         C::Service,
         2800,
         0,
         {},
         1,
         0,
         {},
         Shelf::On,
         5,
         {20, -20}},
        // Lotteries and blind boxes
        {"盲盒",
         "积分惊喜盲盒，随机开出咖啡券、会员卡或实物好礼。",
         C::Lottery,
         1000,
         0,
         {},
         1,
         0,
         {3, P::Day},
         Shelf::On,
         20,
         {200}},
        {"数码盲盒",
         "随机开出耳机、充电宝、智能手环等数码产品。",
         C::Lottery,
         9900,
         0,
         {},
         1,
         0,
         {1, P::Week},
         Shelf::On,
         5,
         {30}},
        {"幸运抽奖",
         "每日一次幸运抽奖，有机会赢取最新款手机。",
         C::Lottery,
         500,
         0,
         {},
         1,
         0,
         {1, P::Day},
         Shelf::On,
         100,
         {1000}},
        {"潮玩盲盒",
         "人气潮玩系列盲盒一只，隐藏款概率1/72。",
         C::Lottery,
         2999,
         0,
         {},
         1,
         0,
         {},
         Shelf::On,
         10,
         {40, -35}},
        {"年终大抽奖",
         "年终感恩大抽奖，下月开放参与。",
         C::Lottery,
         200,
         0,
         {},
         1,
         0,
         {1, P::Day},
         Shelf::Upcoming,
         100,
         {5000}},
        // Charity
        {"公益捐赠",
         "为乡村儿童捐赠一份营养午餐，由合作基金会执行。",
         C::Charity,
         100,
         0,
         {},
         1,
         0,
         {},
         Shelf::On,
         100,
         {100000}},
        {"为山区学校捐图书",
         "为山区学校图书角捐赠一本课外读物。",
         C::Charity,
         1000,
         0,
         {},
         1,
         0,
         {},
         Shelf::On,
         100,
         {5000}},
        {"植树造林",
         "在西北荒漠化地区种下一棵梭梭树。",
         C::Charity,
         2000,
         0,
         {},
         1,
         0,
         {},
         Shelf::On,
         100,
         {10000}},
        {"流浪动物救助",
         "为流浪动物救助站捐赠一份口粮。",
         C::Charity,
         500,
         0,
         {},
         1,
         0,
         {},
         Shelf::On,
         100,
         {3000}},
        {"助学计划",
         "资助一名困难学生一学期的文具与书本，年度项目筹备中。",
         C::Charity,
         20000,
         0,
         {},
         1,
         0,
         {},
         Shelf::Off,
         10,
         {200}},
    };
    return list;
}

MallItem toItem(const DemoItem &spec, qint64 now)
{
    MallItem item;
    item.name = QString::fromUtf8(spec.name);
    item.description = QString::fromUtf8(spec.description);
    item.category = spec.category;
    item.pointsPrice = spec.points;
    item.cashPrice = spec.cashFen;
    item.tierPrices = spec.tierPrices;
    item.minTierRank = spec.minTierRank;
    item.perMemberLimit = spec.perMemberLimit;
    item.periodLimit = spec.periodLimit;
    item.status = spec.shelf == Shelf::Off ? MallItem::Status::Off : MallItem::Status::On;
    item.lowStockThreshold = spec.lowStockThreshold;
    const auto day = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms - ms % kDayMs, QTimeZone::utc());
    };
    if (spec.shelf == Shelf::Upcoming) {
        item.shelfFrom = day(now + 10 * kDayMs);
        item.shelfUntil = day(now + 40 * kDayMs);
    } else if (spec.shelf == Shelf::Ended) {
        item.shelfFrom = day(now - 60 * kDayMs);
        item.shelfUntil = day(now - 30 * kDayMs);
    }
    return item;
}
} // namespace

int DemoCatalogue::seed()
{
    Transaction transaction;
    if (!transaction.isActive())
        return -1;
    QSqlQuery count(Database::connection());
    count.setForwardOnly(true);
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM items")) || !count.next())
        return -1;
    if (count.value(0).toLongLong() > 0)
        return 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString actor = QStringLiteral("demo");
    int created = 0;
    for (const DemoItem &spec : items()) {
        const MallItem item = toItem(spec, now);
        if (const QList<Violation> problems = item.validate(); !problems.isEmpty()) {
            qCWarning(lcServerSeed) << "demo item" << item.name << "breaks" << problems.constFirst().code;
            return -1;
        }
        // Added over the last few months, one every two days, in the list's order.
        const Outcome<qint64> id = ItemService::insert(item, now - (items().size() - created) * 2 * kDayMs);
        if (!id.ok())
            return -1;
        bool first = true;
        for (const qint64 delta : spec.stock) {
            const StockMovementKind kind =
                delta > 0 ? StockMovementKind::Inbound : StockMovementKind::Correction;
            const QString reason = delta < 0 ? QStringLiteral("盘点：线下活动已兑出")
                                   : first   ? QStringLiteral("首批入库")
                                             : QStringLiteral("补货入库");
            if (!StockService::move(id.value(), kind, delta, reason, 0, actor).ok())
                return -1;
            first = false;
        }
        ++created;
    }
    if (!transaction.commit())
        return -1;
    return created;
}

} // namespace loyalty::server
