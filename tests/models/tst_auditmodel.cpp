// The audit log as the Audit pane lists it: against a real server, newest first, paged to the end, filtered
// by actor, action, entity and date on the server; a support agent gets the server's refusal; offline it
// says the audit log needs the server.
#include "client/ApiClient.h"
#include "client/ConnectionMonitor.h"
#include "models/AuditModel.h"
#include "support/SignedInClient.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace loyalty;
using loyalty::test::HttpReply;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

class tst_AuditModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void labels_data();
    void labels();
    void allRowsNewestFirstAndPaged();
    void filters_data();
    void filters();
    void dateRange();
    void supportAgentIsRefused();
    void offlineNeedsTheServer(); // last: stops the server

private:
    void waitLoaded(AuditModel &model) { QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 30000); }
    void loadAll(AuditModel &model);
    // The server's own answer for a filter, every page: what the model must show.
    QList<AuditEntry> serverRows(const AuditFilter &filter);

    TestServer m_server;
    std::unique_ptr<TestHttp> m_admin;
    ApiClient m_client; // signed in as the admin
    std::unique_ptr<ConnectionMonitor> m_connection;
};

void tst_AuditModel::initTestCase()
{
    QVERIFY(m_server.seedDemo(5));
    QVERIFY(m_server.createUser(QStringLiteral("root"), QStringLiteral("admin")));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.start());

    // Audit rows to read: sue signs in and adjusts three members; root mistypes the password once.
    TestHttp sue(m_server.baseUrl());
    QCOMPARE(sue.login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    for (int member = 1; member <= 3; ++member) {
        const HttpReply reply = sue.post(
            QStringLiteral("/v1/members/%1/adjustments").arg(member),
            {{QStringLiteral("amount"), 10 * member}, {QStringLiteral("reason"), QStringLiteral("goodwill")}},
            QByteArray("audit-model-") + QByteArray::number(member));
        QCOMPARE(reply.status, 201);
    }
    m_admin = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_admin->login(QStringLiteral("root"), QStringLiteral("not-the-password")).status, 401);
    QCOMPARE(m_admin->login(QStringLiteral("root"), QString::fromLatin1(TestServer::kPassword)).status, 200);

    m_connection = std::make_unique<ConnectionMonitor>(&m_client);
    QVERIFY(test::signInClient(m_client, m_server.baseUrl(), QStringLiteral("root")));
}

void tst_AuditModel::loadAll(AuditModel &model)
{
    waitLoaded(model);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        waitLoaded(model);
    }
}

QList<AuditEntry> tst_AuditModel::serverRows(const AuditFilter &filter)
{
    QList<AuditEntry> rows;
    QString cursor;
    do {
        QUrlQuery query;
        filter.addTo(&query);
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"),
                               QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
        const HttpReply reply =
            m_admin->get(QStringLiteral("/v1/audit?") + query.toString(QUrl::FullyEncoded));
        if (reply.status != 200) {
            qWarning() << "GET /v1/audit:" << reply.status << reply.body;
            return {};
        }
        for (const QJsonValue &item : reply.json.value(QStringLiteral("items")).toArray())
            rows.append(AuditEntry::fromJson(item.toObject()));
        cursor = reply.json.value(QStringLiteral("nextCursor")).toString();
    } while (!cursor.isEmpty());
    return rows;
}

void tst_AuditModel::labels_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("label");
    QTest::newRow("adjust") << QStringLiteral("points.adjust") << QStringLiteral("Points adjusted");
    QTest::newRow("reverse") << QStringLiteral("points.reverse") << QStringLiteral("Ledger entry reversed");
    QTest::newRow("login") << QStringLiteral("auth.login") << QStringLiteral("Signed in");
    QTest::newRow("failed") << QStringLiteral("auth.login_failed") << QStringLiteral("Sign-in failed");
    QTest::newRow("blacklist") << QStringLiteral("member.blacklist") << QStringLiteral("Member blacklisted");
    QTest::newRow("lift") << QStringLiteral("member.blacklist_lift") << QStringLiteral("Blacklist lifted");
    QTest::newRow("unknown") << QStringLiteral("tier.publish") << QStringLiteral("tier.publish");
}

void tst_AuditModel::labels()
{
    QFETCH(QString, action);
    QFETCH(QString, label);
    QCOMPARE(AuditModel::actionLabel(action), label);
    QCOMPARE(AuditModel::entityText(QStringLiteral("member"), QStringLiteral("42")),
             QStringLiteral("Member 42"));
    QCOMPARE(AuditModel::entityText(QStringLiteral("ledger_entry"), QStringLiteral("7")),
             QStringLiteral("Ledger entry 7"));
    QCOMPARE(AuditModel::entityText(QStringLiteral("tier"), QStringLiteral("3")), QStringLiteral("tier 3"));
    QCOMPARE(AuditModel::knownActions().size(), 18);
    QCOMPARE(AuditModel::knownEntities(),
             (QStringList{QStringLiteral("member"), QStringLiteral("user"), QStringLiteral("ledger_entry")}));
}

void tst_AuditModel::allRowsNewestFirstAndPaged()
{
    const QList<AuditEntry> expected = serverRows({});
    QVERIFY(expected.size() >= 8); // 2 users created, 2 sign-ins, 3 adjustments, 1 failed sign-in, ...

    AuditModel model(&m_client, m_connection.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(3);
    QVERIFY(!model.canFetchMore({})); // nothing asked yet
    model.setFilter({});
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.canFetchMore({}));
    loadAll(model);
    QVERIFY(model.lastError().isEmpty());
    QVERIFY(!model.isShowingCache());
    // The console's own sign-in (after serverRows) may have added rows on top: compare the common tail.
    QVERIFY(model.rowCount() >= expected.size());
    const int offset = model.rowCount() - int(expected.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        if (row > 0)
            QVERIFY(model.entryAt(row - 1).id > model.entryAt(row).id);
        if (row >= offset)
            QCOMPARE(model.entryAt(row), expected.at(row - offset));
    }

    // What the columns say for sue's last adjustment (member 3).
    int adjust = -1;
    for (int row = 0; row < model.rowCount() && adjust < 0; ++row) {
        if (model.entryAt(row).action == QStringLiteral("points.adjust"))
            adjust = row;
    }
    QVERIFY(adjust >= 0);
    auto text = [&](int column) { return model.data(model.index(adjust, column)).toString(); };
    QCOMPARE(text(AuditModel::UserColumn), QStringLiteral("sue"));
    QCOMPARE(text(AuditModel::ActionColumn), QStringLiteral("Points adjusted"));
    QCOMPARE(text(AuditModel::EntityColumn), QStringLiteral("Member 3"));
    QCOMPARE(text(AuditModel::ClientAddressColumn), QStringLiteral("127.0.0.1"));
    QVERIFY(!text(AuditModel::TimeColumn).isEmpty());
    QCOMPARE(model.data(model.index(adjust, 0), AuditModel::ActionCodeRole).toString(),
             QStringLiteral("points.adjust"));
    QCOMPARE(model.headerData(AuditModel::ClientAddressColumn, Qt::Horizontal).toString(),
             QStringLiteral("Client address"));
    const AuditEntry entry = model.entryAt(adjust);
    QCOMPARE(entry.changedFields(), (QStringList{QStringLiteral("amount"), QStringLiteral("balance"),
                                                 QStringLiteral("entryId"), QStringLiteral("reason")}));
    QCOMPARE(entry.after.value(QStringLiteral("balance")).toInteger() -
                 entry.before.value(QStringLiteral("balance")).toInteger(),
             30);
}

void tst_AuditModel::filters_data()
{
    QTest::addColumn<AuditFilter>("filter");
    QTest::addColumn<int>("rows");
    QTest::newRow("actor sue") << AuditFilter{QStringLiteral("sue"), {}, {}, {}, {}, {}}
                               << 4; // sign-in, 3 adjusts
    QTest::newRow("action adjust") << AuditFilter{{}, {}, {}, QStringLiteral("points.adjust"), {}, {}} << 3;
    QTest::newRow("failed sign-in") << AuditFilter{{}, {}, {}, QStringLiteral("auth.login_failed"), {}, {}}
                                    << 1;
    QTest::newRow("member 2") << AuditFilter{{}, QStringLiteral("member"), QStringLiteral("2"), {}, {}, {}}
                              << 1;
    QTest::newRow("sue adjusts member 1") << AuditFilter{QStringLiteral("sue"),
                                                         QStringLiteral("member"),
                                                         QStringLiteral("1"),
                                                         QStringLiteral("points.adjust"),
                                                         {},
                                                         {}}
                                          << 1;
    QTest::newRow("nobody") << AuditFilter{QStringLiteral("nobody"), {}, {}, {}, {}, {}} << 0;
}

void tst_AuditModel::filters()
{
    QFETCH(AuditFilter, filter);
    QFETCH(int, rows);
    AuditModel model(&m_client, m_connection.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(2);
    model.setFilter(filter);
    QCOMPARE(model.filter(), filter);
    loadAll(model);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.rowCount(), rows);
    for (int row = 0; row < model.rowCount(); ++row) {
        const AuditEntry entry = model.entryAt(row);
        if (!filter.actor.isEmpty())
            QCOMPARE(entry.actor, filter.actor);
        if (!filter.action.isEmpty())
            QCOMPARE(entry.action, filter.action);
        if (!filter.entity.isEmpty())
            QCOMPARE(entry.entity, filter.entity);
        if (!filter.entityId.isEmpty())
            QCOMPARE(entry.entityId, filter.entityId);
    }
}

void tst_AuditModel::dateRange()
{
    AuditModel model(&m_client, m_connection.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    AuditFilter today;
    today.action = QStringLiteral("points.adjust");
    today.from = now.addDays(-1);
    today.to = now.addDays(1);
    model.setFilter(today);
    loadAll(model);
    QCOMPARE(model.rowCount(), 3);
    AuditFilter future = today;
    future.from = now.addDays(1);
    future.to = now.addDays(2);
    model.setFilter(future);
    loadAll(model);
    QVERIFY(model.lastError().isEmpty());
    QCOMPARE(model.rowCount(), 0);
}

void tst_AuditModel::supportAgentIsRefused()
{
    ApiClient client;
    QVERIFY(test::signInClient(client, m_server.baseUrl(), QStringLiteral("sue")));
    // The server's own sentence for a support agent.
    TestHttp sue(m_server.baseUrl());
    QCOMPARE(sue.login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    // In the console client's language (Accept-Language zh-CN by default).
    const HttpReply refused =
        sue.send("GET", QStringLiteral("/v1/audit"), {},
                 {{"Accept-Language", client.language().replace(u'_', u'-').toLatin1()}});
    QCOMPARE(refused.status, 403);
    const QString sentence =
        refused.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    QVERIFY(!sentence.isEmpty());

    ConnectionMonitor connection(&client);
    AuditModel model(&client, &connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
    model.setFilter({});
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.lastError(), sentence);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().toString(), sentence);
    QVERIFY(!model.canFetchMore({}));
}

void tst_AuditModel::offlineNeedsTheServer()
{
    AuditModel model(&m_client, m_connection.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    waitLoaded(model);
    QVERIFY(model.rowCount() > 0);

    m_server.stop();
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 30000);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 0); // nothing from a cache: there is none for the audit log
    QVERIFY2(model.lastError().contains(QStringLiteral("needs a connection to the server")),
             qPrintable(model.lastError()));
    QVERIFY(!model.canFetchMore({}));
}

QTEST_GUILESS_MAIN(tst_AuditModel)
#include "tst_auditmodel.moc"
