// The Redemptions pane's queue under QAbstractItemModelTester, against JSON fixtures served over HTTP:
// rows newest first across two pages, each column as staff read it (local time, number + masked name,
// quantity, points and cash right-aligned, the status in words, open cases), the filter bar's fields in
// the query string, a row updated in place after an action, refusals as the error line, and no offline
// copy.
#include "client/ApiClient.h"
#include "client/ConnectionMonitor.h"
#include "models/RedemptionExporter.h"
#include "models/RedemptionModel.h"
#include "support/FixtureServer.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace loyalty;
using loyalty::test::FixtureServer;

Q_DECLARE_METATYPE(loyalty::RedemptionsJob::Filter)

class tst_RedemptionModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
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
    std::unique_ptr<FixtureServer> m_server;
    ApiClient m_client;
    QByteArray m_page1;
    QByteArray m_page2;
    FixtureServer::Response m_override; // status 0: answer from the fixtures
};

namespace {
// The server's refusal shape: {"error": {code, message, field}}.
FixtureServer::Response refusal(int status, const char *code, const QString &message)
{
    const QJsonObject error{{QStringLiteral("code"), QString::fromLatin1(code)},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("field"), QString()}};
    return {status,
            QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact)};
}
} // namespace

void tst_RedemptionModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_page1 = FixtureServer::readFile(QFINDTESTDATA("fixtures/redemptions-page1.json"));
    m_page2 = FixtureServer::readFile(QFINDTESTDATA("fixtures/redemptions-page2.json"));
    m_server = std::make_unique<FixtureServer>();
    m_server->route("GET", QStringLiteral("/v1/redemptions"), [this](const FixtureServer::Request &request) {
        if (m_override.status != 0)
            return m_override;
        const bool second = request.query.queryItemValue(QStringLiteral("cursor")) == QLatin1String("page-2");
        return FixtureServer::Response{200, second ? m_page2 : m_page1};
    });
    QVERIFY(m_server->listen());
    m_client.setBaseUrl(m_server->baseUrl());
    m_client.setToken("fixture-token");
}

void tst_RedemptionModel::init()
{
    m_override = {0, {}};
    m_server->clearRequests();
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
    RedemptionModel model(&m_client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(RedemptionModel::ColumnCount));
    QVERIFY(!model.canFetchMore({}));
    QTest::qWait(50);
    QVERIFY(m_server->requests().isEmpty());
}

void tst_RedemptionModel::pagesNewestFirst()
{
    RedemptionModel model(&m_client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(3);
    model.setFilter({});
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.canFetchMore({}));
    loadAll(model);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.rowCount(), 5);
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.redemptionAt(row).id());
    QCOMPARE(ids, QList<qint64>({105, 104, 103, 102, 101}));
    QCOMPARE(model.rowOfRedemption(103), 2);
    QCOMPARE(model.rowOfRedemption(999), -1);
    // The first request asks for a page of the size set, the second goes on from the cursor.
    const QList<FixtureServer::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).query.queryItemValue(QStringLiteral("limit")), QStringLiteral("3"));
    QVERIFY(!requests.at(0).query.hasQueryItem(QStringLiteral("cursor")));
    QCOMPARE(requests.at(1).query.queryItemValue(QStringLiteral("cursor")), QStringLiteral("page-2"));
    QCOMPARE(requests.at(0).headers.value("authorization"), QByteArray("Bearer fixture-token"));
    // What the server allows comes with each row.
    QCOMPARE(model.redemptionAt(0).actions,
             QList<RedemptionAction>({RedemptionAction::Ship, RedemptionAction::Cancel}));
    QCOMPARE(model.redemptionAt(0).fulfilment, ItemFulfilment::Ship);
    QCOMPARE(model.redemptionAt(3).fulfilment, ItemFulfilment::Direct);
    QVERIFY(model.redemptionAt(3).actions.isEmpty());
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
    QTest::addColumn<QString>("member");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<QString>("points");
    QTest::addColumn<QString>("cash");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("openCases");
    QTest::addColumn<QDateTime>("placedAt");
    QTest::addRow("placed gift") << 0 << QStringLiteral("8800000007 (王*)") << QStringLiteral("保温杯")
                                 << QStringLiteral("1") << QStringLiteral("2,000") << QString()
                                 << QStringLiteral("Placed") << QString()
                                 << QDateTime(QDate(2026, 3, 4), QTime(9, 30), QTimeZone::utc());
    QTest::addRow("coupon with cash and a case")
        << 1 << QStringLiteral("8800000002 (李*)") << QStringLiteral("咖啡券") << QStringLiteral("2")
        << QStringLiteral("1,200") << QStringLiteral("¥12.50") << QStringLiteral("Fulfilled")
        << QStringLiteral("1") << QDateTime(QDate(2026, 3, 3), QTime(14, 5), QTimeZone::utc());
    QTest::addRow("shipped") << 2 << QStringLiteral("8800000007 (王*)") << QStringLiteral("保温杯")
                             << QStringLiteral("1") << QStringLiteral("2,000") << QString()
                             << QStringLiteral("Shipped") << QString()
                             << QDateTime(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc());
    QTest::addRow("cancelled donation")
        << 3 << QStringLiteral("8800000004 (陈*)") << QStringLiteral("希望小学捐赠") << QStringLiteral("1")
        << QStringLiteral("500") << QString() << QStringLiteral("Cancelled") << QString()
        << QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());
    QTest::addRow("no names") << 4 << QStringLiteral("8800000005") << QStringLiteral("Item 6")
                              << QStringLiteral("3") << QStringLiteral("15,000") << QString()
                              << QStringLiteral("Completed") << QString()
                              << QDateTime(QDate(2026, 2, 28), QTime(23, 59), QTimeZone::utc());
}

void tst_RedemptionModel::rowShowsTheRedemption()
{
    QFETCH(int, row);
    QFETCH(QString, member);
    QFETCH(QString, item);
    QFETCH(QString, quantity);
    QFETCH(QString, points);
    QFETCH(QString, cash);
    QFETCH(QString, status);
    QFETCH(QString, openCases);
    QFETCH(QDateTime, placedAt);
    RedemptionModel model(&m_client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    loadAll(model);
    QVERIFY(row < model.rowCount());
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
    QTest::addColumn<QStringList>("expected"); // name=value pairs, decoded
    QTest::addColumn<QStringList>("absent");
    RedemptionsJob::Filter placed;
    placed.status = RedemptionStatus::Placed;
    QTest::addRow("status") << placed << QStringList{QStringLiteral("status=placed")}
                            << QStringList{QStringLiteral("item"), QStringLiteral("member"),
                                           QStringLiteral("from"), QStringLiteral("to")};
    RedemptionsJob::Filter everything;
    everything.status = RedemptionStatus::Shipped;
    everything.itemId = 3;
    everything.memberId = 7;
    everything.from = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
    everything.to = QDateTime(QDate(2026, 3, 8), QTime(0, 0), QTimeZone::utc());
    QTest::addRow("everything") << everything
                                << QStringList{QStringLiteral("status=shipped"), QStringLiteral("item=3"),
                                               QStringLiteral("member=7"),
                                               QStringLiteral("from=2026-03-01T00:00:00.000Z"),
                                               QStringLiteral("to=2026-03-08T00:00:00.000Z")}
                                << QStringList{};
    QTest::addRow("none") << RedemptionsJob::Filter{} << QStringList{}
                          << QStringList{QStringLiteral("status"), QStringLiteral("item"),
                                         QStringLiteral("member"), QStringLiteral("from"),
                                         QStringLiteral("to")};
}

void tst_RedemptionModel::filterGoesIntoTheQuery()
{
    QFETCH(RedemptionsJob::Filter, filter);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    RedemptionModel model(&m_client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(filter);
    QCOMPARE(model.filter(), filter);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QCOMPARE(m_server->requests().size(), 1);
    const QUrlQuery query = m_server->requests().constFirst().query;
    for (const QString &pair : expected) {
        const QString name = pair.section(QLatin1Char('='), 0, 0);
        QCOMPARE(query.queryItemValue(name, QUrl::FullyDecoded), pair.section(QLatin1Char('='), 1));
    }
    for (const QString &name : absent)
        QVERIFY2(!query.hasQueryItem(name), qPrintable(name));
}

void tst_RedemptionModel::updateRedemptionInPlace()
{
    RedemptionModel model(&m_client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
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
    other.redemption.id = 999;
    model.updateRedemption(other);
    QCOMPARE(changed.size(), 1);
}

void tst_RedemptionModel::refusalBecomesTheErrorLine()
{
    m_override = refusal(403, "forbidden", QStringLiteral("Your role may not read the mall."));
    RedemptionModel model(&m_client, nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
    model.setFilter({});
    QVERIFY(errors.wait(10000));
    QCOMPARE(errors.first().first().toString(), QStringLiteral("Your role may not read the mall."));
    QCOMPARE(model.lastError(), QStringLiteral("Your role may not read the mall."));
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
    const QJsonArray items =
        QJsonDocument::fromJson(m_page1).object().value(QStringLiteral("items")).toArray();
    const RedemptionRecord coupon = RedemptionRecord::fromJson(items.at(1).toObject());
    const QStringList record = RedemptionExporter::record(coupon);
    QCOMPARE(record.size(), RedemptionExporter::header().size());
    QCOMPARE(record.at(RedemptionExporter::header().indexOf(QStringLiteral("cash_fen"))),
             QStringLiteral("1250"));
    QCOMPARE(record.at(RedemptionExporter::header().indexOf(QStringLiteral("status"))),
             QStringLiteral("fulfilled"));
    QCOMPARE(record.at(RedemptionExporter::header().indexOf(QStringLiteral("placed_at"))),
             QStringLiteral("2026-03-03T14:05:00.000Z"));
    QCOMPARE(record.at(RedemptionExporter::header().indexOf(QStringLiteral("code"))),
             QStringLiteral("CPN-7K2Q"));
}

QTEST_GUILESS_MAIN(tst_RedemptionModel)
#include "tst_redemptionmodel.moc"
