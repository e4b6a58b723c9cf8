// One member's audit trail over a real server: a support agent (members.audit, no audit.read) sees what was
// done to the member, newest first and paged, with who, when, the action in words and a summary of what
// changed; nothing about other members; an operator is refused.
#include "client/ApiClient.h"
#include "client/ConnectionMonitor.h"
#include "models/MemberAuditModel.h"
#include "support/SignedInClient.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace loyalty;
using loyalty::test::HttpReply;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

class tst_MemberAuditModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void trailOfOneMember_data();
    void trailOfOneMember();
    void summaryNamesTheChange();
    void operatorIsRefused();

private:
    void loadAll(MemberAuditModel &model);

    TestServer m_server;
    ApiClient m_client;
    std::unique_ptr<ConnectionMonitor> m_connection;
    const qint64 m_memberId = 2;
};

void tst_MemberAuditModel::initTestCase()
{
    QVERIFY(m_server.seedDemo(4));
    QVERIFY(m_server.createUser(QStringLiteral("agent"), QStringLiteral("support")));
    QVERIFY(m_server.createUser(QStringLiteral("ops"), QStringLiteral("operator")));
    QVERIFY(m_server.start());
    QVERIFY(test::signInClient(m_client, m_server.baseUrl(), QStringLiteral("agent")));
    m_connection = std::make_unique<ConnectionMonitor>(&m_client);
    TestHttp agent(m_server.baseUrl());
    QCOMPARE(agent.login(QStringLiteral("agent"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    // Something about member 2 (adjust, freeze, unfreeze) and something about member 3 (adjust).
    for (const qint64 member : {m_memberId, qint64(3)}) {
        const HttpReply reply = agent.post(
            QStringLiteral("/v1/members/%1/adjustments").arg(member),
            {{QStringLiteral("amount"), 20}, {QStringLiteral("reason"), QStringLiteral("goodwill")}},
            QByteArray("member-audit-") + QByteArray::number(member));
        QCOMPARE(reply.status, 201);
    }
    for (const auto &status : {QStringLiteral("frozen"), QStringLiteral("active")}) {
        const HttpReply reply =
            agent.send("PATCH", QStringLiteral("/v1/members/%1").arg(m_memberId),
                       QJsonDocument(QJsonObject{{QStringLiteral("status"), status},
                                                 {QStringLiteral("reason"), QStringLiteral("核实身份")}})
                           .toJson(QJsonDocument::Compact),
                       {{"Content-Type", "application/json"}});
        QCOMPARE(reply.status, 200);
    }
}

void tst_MemberAuditModel::loadAll(MemberAuditModel &model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
    }
}

void tst_MemberAuditModel::trailOfOneMember_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addRow("one page") << 100;
    QTest::addRow("pages of 1") << 1;
}

void tst_MemberAuditModel::trailOfOneMember()
{
    QFETCH(int, pageSize);
    MemberAuditModel model(&m_client, m_connection.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(pageSize);
    model.setMemberId(m_memberId);
    loadAll(model);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QVERIFY(model.rowCount() >= 3);
    QCOMPARE(model.columnCount(), int(MemberAuditModel::MemberAuditColumnCount));
    for (int row = 0; row < model.rowCount(); ++row) {
        const AuditEntry entry = model.entryAt(row);
        if (row > 0)
            QVERIFY(model.entryAt(row - 1).at >= entry.at);
        QCOMPARE(model.data(model.index(row, MemberAuditModel::UserColumn)).toString(), entry.actor);
        QVERIFY(!model.data(model.index(row, MemberAuditModel::ActionColumn)).toString().isEmpty());
        // Nothing about member 3: its adjustment is not in member 2's trail.
        QVERIFY(!entry.after.value(QStringLiteral("memberId")).isDouble() ||
                entry.after.value(QStringLiteral("memberId")).toInteger() == m_memberId);
    }
    // Newest first: unfreezing is on top, freezing below it.
    QCOMPARE(model.entryAt(0).actor, QStringLiteral("agent"));
    QCOMPARE(model.headerData(MemberAuditModel::SummaryColumn, Qt::Horizontal).toString(),
             QStringLiteral("What changed"));
}

void tst_MemberAuditModel::summaryNamesTheChange()
{
    MemberAuditModel model(&m_client, m_connection.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMemberId(m_memberId);
    loadAll(model);
    const QString summary = model.data(model.index(0, MemberAuditModel::SummaryColumn)).toString();
    QVERIFY2(summary.contains(QStringLiteral("status: Frozen → Active")), qPrintable(summary));
    QCOMPARE(model.data(model.index(0, MemberAuditModel::SummaryColumn), Qt::ToolTipRole).toString(),
             summary);

    AuditEntry entry;
    entry.entity = QStringLiteral("member");
    entry.entityId = QStringLiteral("2");
    QCOMPARE(MemberAuditModel::summaryText(entry), QStringLiteral("Member 2"));
    entry.before = {{QStringLiteral("status"), QStringLiteral("active")}, {QStringLiteral("balance"), 10}};
    entry.after = {{QStringLiteral("status"), QStringLiteral("blacklisted")}, {QStringLiteral("balance"), 0}};
    QCOMPARE(MemberAuditModel::summaryText(entry),
             QStringLiteral("balance: 10 → 0; status: Active → Blacklisted"));
    entry.before = {{QStringLiteral("manual"), false}};
    entry.after = {{QStringLiteral("manual"), true}, {QStringLiteral("reason"), QStringLiteral("试用")}};
    QCOMPARE(MemberAuditModel::summaryText(entry), QStringLiteral("set by hand: no → yes; reason: — → 试用"));
}

void tst_MemberAuditModel::operatorIsRefused()
{
    // The trail names staff: members.audit, which the operations role does not have.
    ApiClient client;
    ConnectionMonitor connection(&client);
    QVERIFY(test::signInClient(client, m_server.baseUrl(), QStringLiteral("ops")));
    MemberAuditModel model(&client, &connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
    model.setMemberId(m_memberId);
    QVERIFY(errors.wait(10000));
    QVERIFY(!errors.first().first().toString().isEmpty());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_MemberAuditModel)
#include "tst_memberauditmodel.moc"
