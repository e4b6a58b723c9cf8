// The Redemptions pane's queue under QAbstractItemModelTester, over a real loyalty-server with demo
// members and the demo mall and its redemptions: a support agent places five more redemptions through
// POST /v1/redemptions on items an operator created, and ships, completes, fulfils, cancels and opens a
// case on them, so the newest rows are known exactly. Rows arrive newest first across pages, each column
// reads as staff read it (local time, number + masked name, quantity, points and cash right-aligned, the
// status in words, open cases), the filter bar's fields go into the query string and the server narrows
// the list by them, a row is updated in place after an action, a refusal is the error line, and there is
// no offline copy.
#include "client/ApiClient.h"
#include "client/ConnectionMonitor.h"
#include "models/RedemptionExporter.h"
#include "models/RedemptionModel.h"
#include "support/RequestLog.h"
#include "support/SignedInClient.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace loyalty;
using loyalty::test::HttpReply;
using loyalty::test::RequestLog;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

Q_DECLARE_METATYPE(loyalty::RedemptionsJob::Filter)

class tst_RedemptionModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void nothingBeforeAFilter();
    void pagesNewestFirst();
    void rowShowsTheRedemption_data();
    void rowShowsTheRedemption();
    void filterGoesIntoTheQuery_data();
    void filterGoesIntoTheQuery();
    void updateRedemptionInPlace();
    void refusalBecomesTheErrorLine();
    void offlineSaysWhy();
    void exporterRecords();

private:
    void loadAll(RedemptionModel &model);

    TestServer m_server;
    ApiClient m_client;
    QDateTime m_before; // just before the first of ours was placed
    // Ours, newest first: placed gift, fulfilled coupon with a case, shipped gift, cancelled donation,
    // completed speaker (points and cash).
    QList<qint64> m_ids;
    qint64 m_giftId = 0;
    qint64 m_speakerId = 0;
    qint64 m_member = 0;      // placed four of them
    qint64 m_otherMember = 0; // the donation
    QString m_memberText;
    QString m_otherMemberText;
    int m_demoCount = 0; // the demo redemptions
};

namespace {
QString memberText(const QJsonObject &member)
{
    return QStringLiteral("%1 (%2)").arg(member.value(QStringLiteral("memberNo")).toString(),
                                         member.value(QStringLiteral("name")).toString());
}
} // namespace

void tst_RedemptionModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_server.seedDemo(30));
    QVERIFY(m_server.createUser(QStringLiteral("olga"), QStringLiteral("operator")));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.start({QStringLiteral("--approval-threshold"), QStringLiteral("1000000")}));
    TestHttp olga(m_server.baseUrl());
    QCOMPARE(olga.login(QStringLiteral("olga"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    TestHttp sue(m_server.baseUrl());
    QCOMPARE(sue.login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);

    const HttpReply demo = sue.get(QStringLiteral("/v1/redemptions?limit=500"));
    QCOMPARE(demo.status, 200);
    QVERIFY(demo.json.value(QStringLiteral("nextCursor")).isNull());
    m_demoCount = int(demo.json.value(QStringLiteral("items")).toArray().size());
    QVERIFY(m_demoCount > 0);

    const auto createItem = [&](const QString &name, const char *category, qint64 points, qint64 cash) {
        const HttpReply created = olga.post(QStringLiteral("/v1/items"),
                                            {{QStringLiteral("name"), name},
                                             {QStringLiteral("category"), QString::fromLatin1(category)},
                                             {QStringLiteral("pointsPrice"), points},
                                             {QStringLiteral("cashPrice"), cash},
                                             {QStringLiteral("status"), QStringLiteral("on")},
                                             {QStringLiteral("initialStock"), 50}});
        return created.status == 201 ? created.json.value(QStringLiteral("id")).toInteger() : qint64(0);
    };
    m_giftId = createItem(QStringLiteral("保温杯"), "physicalGift", 2000, 0);
    const qint64 coupon = createItem(QStringLiteral("咖啡券"), "coupon", 600, 0);
    const qint64 donation = createItem(QStringLiteral("希望小学捐赠"), "charity", 500, 0);
    m_speakerId = createItem(QStringLiteral("蓝牙音箱"), "physicalGift", 6000, 9000);
    QVERIFY(m_giftId && coupon && donation && m_speakerId);

    // Two active demo members, given points enough for what follows.
    const HttpReply members = sue.get(QStringLiteral("/v1/members?limit=50"));
    QCOMPARE(members.status, 200);
    for (const QJsonValue &value : members.json.value(QStringLiteral("items")).toArray()) {
        const QJsonObject member = value.toObject();
        if (member.value(QStringLiteral("status")).toString() != QLatin1String("active"))
            continue;
        (m_member ? m_otherMember : m_member) = member.value(QStringLiteral("id")).toInteger();
        (m_memberText.isEmpty() ? m_memberText : m_otherMemberText) = memberText(member);
        if (m_otherMember)
            break;
    }
    QVERIFY(m_member && m_otherMember);
    for (qint64 member : {m_member, m_otherMember})
        QCOMPARE(sue.post(QStringLiteral("/v1/members/%1/adjustments").arg(member),
                          {{QStringLiteral("amount"), 20000},
                           {QStringLiteral("reason"), QStringLiteral("goodwill")}},
                          "points-" + QByteArray::number(member))
                     .status,
                 201);

    const auto place = [&](qint64 member, qint64 item, int quantity) {
        const HttpReply placed = sue.post(QStringLiteral("/v1/redemptions"),
                                          {{QStringLiteral("memberId"), member},
                                           {QStringLiteral("itemId"), item},
                                           {QStringLiteral("quantity"), quantity}},
                                          "place-" + QByteArray::number(m_ids.size()));
        if (placed.status != 201)
            qWarning("%s", placed.body.constData());
        const qint64 id = placed.json.value(QStringLiteral("id")).toInteger();
        m_ids.prepend(id); // newest first
        return id;
    };
    const auto act = [&](qint64 id, const char *action, const QJsonObject &body) {
        const HttpReply reply =
            sue.post(QStringLiteral("/v1/redemptions/%1/%2").arg(id).arg(QLatin1String(action)), body);
        if (reply.status != 200 && reply.status != 201)
            qWarning("%s %s", action, reply.body.constData());
        return reply.status;
    };
    m_before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QTest::qWait(5); // the demo's redemptions were placed before m_before

    const qint64 speaker = place(m_member, m_speakerId, 1);
    QCOMPARE(act(speaker, "ship",
                 {{QStringLiteral("carrier"), QStringLiteral("EMS")},
                  {QStringLiteral("trackingNumber"), QStringLiteral("EMS-0001")}}),
             200);
    QCOMPARE(act(speaker, "complete", {}), 200);
    const qint64 donated = place(m_otherMember, donation, 1);
    QCOMPARE(act(donated, "cancel", {{QStringLiteral("reason"), QStringLiteral("member asked")}}), 200);
    const qint64 shipped = place(m_member, m_giftId, 1);
    QCOMPARE(act(shipped, "ship",
                 {{QStringLiteral("carrier"), QStringLiteral("顺丰速运")},
                  {QStringLiteral("trackingNumber"), QStringLiteral("SF1234567890")}}),
             200);
    const qint64 coupons = place(m_member, coupon, 2);
    QCOMPARE(act(coupons, "fulfil", {{QStringLiteral("code"), QStringLiteral("CPN-7K2Q")}}), 200);
    QCOMPARE(act(coupons, "cases",
                 {{QStringLiteral("kind"), QStringLiteral("wrongItem")},
                  {QStringLiteral("description"), QStringLiteral("the code does not work")}}),
             201);
    place(m_member, m_giftId, 1);
    QVERIFY(!m_ids.contains(0));

    QVERIFY(test::signInClient(m_client, m_server.baseUrl(), QStringLiteral("sue")));
}

void tst_RedemptionModel::loadAll(RedemptionModel &model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    }
}

void tst_RedemptionModel::nothingBeforeAFilter()
{
    RequestLog sent(m_client);
    RedemptionModel model(&m_client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(RedemptionModel::ColumnCount));
    QVERIFY(!model.canFetchMore({}));
    QTest::qWait(50);
    QVERIFY(sent.sent().isEmpty());
}

void tst_RedemptionModel::pagesNewestFirst()
{
    RequestLog sent(m_client);
    RedemptionModel model(&m_client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(3);
    model.setFilter({});
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QCOMPARE(model.rowCount(), 6);
    QList<qint64> ids;
    for (int row = 0; row < 5; ++row)
        ids.append(model.redemptionAt(row).id());
    QCOMPARE(ids, m_ids); // ours are the newest
    QCOMPARE(model.rowOfRedemption(m_ids.at(2)), 2);
    QCOMPARE(model.rowOfRedemption(m_ids.constFirst() + 1000), -1);
    // The first request asks for a page of the size set, the second goes on from the cursor the server
    // gave; every one carries the session's token.
    const QList<RequestLog::Sent> requests = sent.sent();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).path(), QStringLiteral("/v1/redemptions"));
    QCOMPARE(requests.at(0).query().queryItemValue(QStringLiteral("limit")), QStringLiteral("3"));
    QVERIFY(!requests.at(0).query().hasQueryItem(QStringLiteral("cursor")));
    QVERIFY(!requests.at(1).query().queryItemValue(QStringLiteral("cursor")).isEmpty());
    QCOMPARE(requests.at(0).header("Authorization"), "Bearer " + m_client.token());
    // Then every page to the end: ours and the demo's, each once.
    loadAll(model);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.rowCount(), m_demoCount + 5);
    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row)
        seen.insert(model.redemptionAt(row).id());
    QCOMPARE(seen.size(), model.rowCount());
    // What the server allows comes with each row.
    QCOMPARE(model.redemptionAt(0).actions,
             QList<RedemptionAction>({RedemptionAction::Ship, RedemptionAction::Cancel}));
    QCOMPARE(model.redemptionAt(0).fulfilment, ItemFulfilment::Ship);
    QCOMPARE(model.redemptionAt(3).fulfilment, ItemFulfilment::Direct);
    QVERIFY(model.redemptionAt(3).actions.isEmpty()); // cancelled
    QCOMPARE(model.redemptionAt(1).fulfilment, ItemFulfilment::Code);
    QVERIFY(!model.redemptionAt(0).hasDetail());
    QCOMPARE(model.headerData(RedemptionModel::PointsColumn, Qt::Horizontal).toString(),
             QStringLiteral("Points"));
    QCOMPARE(model.headerData(RedemptionModel::OpenCasesColumn, Qt::Horizontal).toString(),
             QStringLiteral("Cases"));
    QCOMPARE(model.headerData(RedemptionModel::OpenCasesColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("Open after-sales cases"));
}

void tst_RedemptionModel::rowShowsTheRedemption_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("points");
    QTest::addColumn<QString>("cash");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("openCases");
    QTest::addRow("placed gift") << 0 << QStringLiteral("保温杯") << QStringLiteral("1")
                                 << QStringLiteral("2,000") << QString() << QStringLiteral("Placed")
                                 << QString();
    QTest::addRow("coupons with a case")
        << 1 << QStringLiteral("咖啡券") << QStringLiteral("2") << QStringLiteral("1,200") << QString()
        << QStringLiteral("Fulfilled") << QStringLiteral("1");
    QTest::addRow("shipped") << 2 << QStringLiteral("保温杯") << QStringLiteral("1")
                             << QStringLiteral("2,000") << QString() << QStringLiteral("Shipped")
                             << QString();
    QTest::addRow("cancelled donation")
        << 3 << QStringLiteral("希望小学捐赠") << QStringLiteral("1") << QStringLiteral("500") << QString()
        << QStringLiteral("Cancelled") << QString();
    QTest::addRow("points and cash") << 4 << QStringLiteral("蓝牙音箱") << QStringLiteral("1")
                                     << QStringLiteral("6,000") << QStringLiteral("¥90.00")
                                     << QStringLiteral("Completed") << QString();
}

void tst_RedemptionModel::rowShowsTheRedemption()
{
    QFETCH(int, row);
    QFETCH(QString, item);
    QFETCH(QString, quantity);
    QFETCH(QString, points);
    QFETCH(QString, cash);
    QFETCH(QString, status);
    QFETCH(QString, openCases);
    RedemptionModel model(&m_client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RedemptionsJob::Filter ours;
    ours.from = m_before;
    model.setFilter(ours);
    loadAll(model);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.redemptionAt(row).id(), m_ids.at(row));
    const QString member = row == 3 ? m_otherMemberText : m_memberText;
    // Placed just now, by the server's clock.
    const QDateTime placedAt = model.redemptionAt(row).redemption.placedAt;
    QVERIFY(placedAt >= m_before && placedAt <= QDateTime::currentDateTimeUtc());
    QCOMPARE(placedAt.timeSpec(), Qt::UTC);
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role);
    };
    QCOMPARE(cell(RedemptionModel::IdColumn).toString(), QString::number(model.redemptionAt(row).id()));
    QCOMPARE(cell(RedemptionModel::MemberColumn).toString(), member);
    QCOMPARE(cell(RedemptionModel::ItemColumn).toString(), item);
    QCOMPARE(cell(RedemptionModel::QuantityColumn).toString(), quantity);
    QCOMPARE(cell(RedemptionModel::PointsColumn).toString(), points);
    QCOMPARE(cell(RedemptionModel::CashColumn).toString(), cash);
    QCOMPARE(cell(RedemptionModel::StatusColumn).toString(), status);
    QCOMPARE(cell(RedemptionModel::OpenCasesColumn).toString(), openCases);
    // Placed at: the local time, short; the whole time in the tooltip; the UTC time in its role.
    QCOMPARE(cell(RedemptionModel::PlacedAtColumn).toString(),
             QLocale().toString(placedAt.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(cell(RedemptionModel::PlacedAtColumn, RedemptionModel::PlacedAtRole).toDateTime(), placedAt);
    QVERIFY(!cell(RedemptionModel::PlacedAtColumn, Qt::ToolTipRole).toString().isEmpty());
    for (int column : {int(RedemptionModel::QuantityColumn), int(RedemptionModel::PointsColumn),
                       int(RedemptionModel::CashColumn), int(RedemptionModel::OpenCasesColumn)})
        QCOMPARE(cell(column, Qt::TextAlignmentRole).value<Qt::Alignment>(),
                 Qt::AlignRight | Qt::AlignVCenter);
    const RedemptionRecord record = model.redemptionAt(row);
    QCOMPARE(cell(RedemptionModel::MemberColumn, RedemptionModel::MemberIdRole).toLongLong(),
             record.redemption.memberId);
    QCOMPARE(cell(RedemptionModel::ItemColumn, RedemptionModel::ItemIdRole).toLongLong(),
             record.redemption.itemId);
    QCOMPARE(cell(RedemptionModel::IdColumn, RedemptionModel::RedemptionIdRole).toLongLong(), record.id());
    QCOMPARE(cell(RedemptionModel::StatusColumn, RedemptionModel::StatusRole).toInt(),
             int(record.redemption.status));
    QCOMPARE(cell(RedemptionModel::PointsColumn, RedemptionModel::SortRole).toLongLong(),
             record.redemption.points);
}

void tst_RedemptionModel::filterGoesIntoTheQuery_data()
{
    QTest::addColumn<RedemptionsJob::Filter>("filter");
    QTest::addColumn<QStringList>("expected"); // name=value pairs, decoded; {from} is m_before
    QTest::addColumn<QStringList>("absent");
    QTest::addColumn<QList<int>>("rows"); // of ours (indexes into m_ids), or -1: only the demo's
    // The filters are completed with this run's ids and times in the test itself.
    RedemptionsJob::Filter placed;
    placed.status = RedemptionStatus::Placed;
    QTest::addRow("status of ours") << placed << QStringList{QStringLiteral("status=placed")}
                                    << QStringList{QStringLiteral("item"), QStringLiteral("member"),
                                                   QStringLiteral("to")}
                                    << QList<int>{0};
    QTest::addRow("item") << RedemptionsJob::Filter{} << QStringList{QStringLiteral("item={gift}")}
                          << QStringList{QStringLiteral("status"), QStringLiteral("member")}
                          << QList<int>{0, 2};
    RedemptionsJob::Filter shipped;
    shipped.status = RedemptionStatus::Shipped;
    QTest::addRow("everything") << shipped
                                << QStringList{QStringLiteral("status=shipped"),
                                               QStringLiteral("item={gift}"),
                                               QStringLiteral("member={member}"),
                                               QStringLiteral("from={from}"), QStringLiteral("to={to}")}
                                << QStringList{} << QList<int>{2};
    QTest::addRow("other member") << RedemptionsJob::Filter{} << QStringList{QStringLiteral("member={other}")}
                                  << QStringList{QStringLiteral("status"), QStringLiteral("item")}
                                  << QList<int>{3};
    QTest::addRow("before ours") << RedemptionsJob::Filter{} << QStringList{QStringLiteral("to={from}")}
                                 << QStringList{QStringLiteral("status"), QStringLiteral("item"),
                                                QStringLiteral("member"), QStringLiteral("from")}
                                 << QList<int>{-1};
    QTest::addRow("none") << RedemptionsJob::Filter{} << QStringList{}
                          << QStringList{QStringLiteral("status"), QStringLiteral("item"),
                                         QStringLiteral("member"), QStringLiteral("from"),
                                         QStringLiteral("to")}
                          << QList<int>{0, 1, 2, 3, 4};
}

void tst_RedemptionModel::filterGoesIntoTheQuery()
{
    QFETCH(RedemptionsJob::Filter, filter);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    QFETCH(QList<int>, rows);
    const QDateTime to = QDateTime::currentDateTimeUtc().addSecs(60);
    const auto iso = [](const QDateTime &time) { return time.toString(Qt::ISODateWithMs); };
    for (QString &pair : expected) {
        pair.replace(QStringLiteral("{gift}"), QString::number(m_giftId));
        pair.replace(QStringLiteral("{member}"), QString::number(m_member));
        pair.replace(QStringLiteral("{other}"), QString::number(m_otherMember));
        pair.replace(QStringLiteral("{from}"), iso(m_before));
        pair.replace(QStringLiteral("{to}"), iso(to));
        const QString name = pair.section(QLatin1Char('='), 0, 0);
        const QString value = pair.section(QLatin1Char('='), 1);
        if (name == QLatin1String("item"))
            filter.itemId = value.toLongLong();
        else if (name == QLatin1String("member"))
            filter.memberId = value.toLongLong();
        else if (name == QLatin1String("from"))
            filter.from = m_before;
        else if (name == QLatin1String("to"))
            filter.to = value == iso(m_before) ? m_before : to;
    }
    // Ours only (from the moment before they were placed), unless the row is about the bounds.
    const bool ownBounds = expected.join(QLatin1Char(' ')).contains(QStringLiteral("from=")) ||
                           expected.join(QLatin1Char(' ')).contains(QStringLiteral("to="));
    if (!ownBounds) {
        filter.from = m_before;
        expected.append(QStringLiteral("from=") + iso(m_before));
        absent.removeAll(QStringLiteral("from"));
    }
    RequestLog sent(m_client);
    RedemptionModel model(&m_client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(500);
    model.setFilter(filter);
    QCOMPARE(model.filter(), filter);
    loadAll(model);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(sent.sent().size(), 1);
    QCOMPARE(sent.sent().constFirst().status, 200);
    const QUrlQuery query = sent.sent().constFirst().query();
    for (const QString &pair : std::as_const(expected)) {
        const QString name = pair.section(QLatin1Char('='), 0, 0);
        QCOMPARE(query.queryItemValue(name, QUrl::FullyDecoded), pair.section(QLatin1Char('='), 1));
    }
    for (const QString &name : std::as_const(absent))
        QVERIFY2(!query.hasQueryItem(name), qPrintable(name));
    // What the server let through.
    QList<qint64> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.redemptionAt(row).id());
    if (rows == QList<int>{-1}) {
        QCOMPARE(shown.size(), m_demoCount);
        for (qint64 ours : std::as_const(m_ids))
            QVERIFY(!shown.contains(ours));
        return;
    }
    QList<qint64> wanted;
    for (int index : std::as_const(rows))
        wanted.append(m_ids.at(index));
    QCOMPARE(shown, wanted);
}

void tst_RedemptionModel::updateRedemptionInPlace()
{
    RedemptionModel model(&m_client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RedemptionsJob::Filter ours;
    ours.from = m_before;
    model.setFilter(ours);
    loadAll(model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    RedemptionRecord shipped = model.redemptionAt(0);
    shipped.redemption.status = RedemptionStatus::Shipped;
    shipped.redemption.carrier = QStringLiteral("顺丰速运");
    shipped.actions = {RedemptionAction::Complete, RedemptionAction::OpenCase};
    shipped.detailed = true;
    shipped.timeline.append(TimelineEvent{1, QStringLiteral("placed"), {}, {}, {}});
    model.updateRedemption(shipped);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(model.data(model.index(0, RedemptionModel::StatusColumn)).toString(), QStringLiteral("Shipped"));
    QCOMPARE(model.redemptionAt(0).actions, shipped.actions);
    QVERIFY(model.redemptionAt(0).timeline.isEmpty()); // the row keeps no detail
    QCOMPARE(model.rowCount(), 5);
    // A redemption not in the list is left alone.
    RedemptionRecord other = shipped;
    other.redemption.id = m_ids.constFirst() + 1000;
    model.updateRedemption(other);
    QCOMPARE(changed.size(), 1);
}

void tst_RedemptionModel::refusalBecomesTheErrorLine()
{
    // A session the server has ended (signed out): its refusal, in the client's language, is the line.
    ApiClient client;
    QVERIFY(test::signInClient(client, m_server.baseUrl(), QStringLiteral("sue")));
    client.setLanguage(QStringLiteral("en"));
    TestHttp http(m_server.baseUrl());
    http.setToken(client.token());
    QCOMPARE(http.post(QStringLiteral("/v1/auth/logout"), {}).status / 100, 2);
    const HttpReply refused =
        http.send("GET", QStringLiteral("/v1/redemptions"), {}, {{"Accept-Language", "en"}});
    QCOMPARE(refused.status, 401);
    const QString sentence =
        refused.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    QVERIFY(!sentence.isEmpty());
    RedemptionModel model(&client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
    model.setFilter({});
    QVERIFY(errors.wait(10000));
    QCOMPARE(errors.first().first().toString(), sentence);
    QCOMPARE(model.lastError(), sentence);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void tst_RedemptionModel::offlineSaysWhy()
{
    ApiClient client;
    client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1"))); // nobody listens there
    ConnectionMonitor connection(&client);
    RedemptionModel model(&client, &connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
    model.setFilter({});
    QVERIFY(errors.wait(30000));
    QCOMPARE(
        errors.first().first().toString(),
        QStringLiteral("The redemption queue needs a connection to the server; it is not kept for offline "
                       "work."));
    QCOMPARE(model.rowCount(), 0);
}

void tst_RedemptionModel::exporterRecords()
{
    RedemptionModel model(&m_client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RedemptionsJob::Filter ours;
    ours.from = m_before;
    model.setFilter(ours);
    loadAll(model);
    QCOMPARE(model.rowCount(), 5);
    const auto field = [](const QStringList &record, const char *name) {
        return record.at(RedemptionExporter::header().indexOf(QString::fromLatin1(name)));
    };
    const RedemptionRecord coupons = model.redemptionAt(1);
    const QStringList record = RedemptionExporter::record(coupons);
    QCOMPARE(record.size(), RedemptionExporter::header().size());
    QCOMPARE(field(record, "status"), QStringLiteral("fulfilled"));
    QCOMPARE(field(record, "code"), QStringLiteral("CPN-7K2Q"));
    QCOMPARE(field(record, "placed_at"), coupons.redemption.placedAt.toString(Qt::ISODateWithMs));
    QVERIFY(field(record, "placed_at").endsWith(QLatin1Char('Z')));
    QCOMPARE(field(RedemptionExporter::record(model.redemptionAt(4)), "cash_fen"), QStringLiteral("9000"));
}

QTEST_GUILESS_MAIN(tst_RedemptionModel)
#include "tst_redemptionmodel.moc"
