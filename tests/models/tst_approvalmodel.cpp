// The Approvals pane's model over a real server: adjustments above the threshold wait as pending rows
// (oldest first, amounts signed and right-aligned), decided ones move to their own lists (newest first),
// a role that may not decide is refused with a sentence, and the queue is never read from a cache.
#include "client/ApiClient.h"
#include "client/ConnectionMonitor.h"
#include "models/ApprovalModel.h"
#include "support/SignedInClient.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace loyalty;
using loyalty::test::HttpReply;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

class tst_ApprovalModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pendingQueueOldestFirst();
    void rowShowsTheRequest_data();
    void rowShowsTheRequest();
    void decidedListsByStatus_data();
    void decidedListsByStatus();
    void supportIsRefusedWithSentence();
    void offlineSaysWhy();

private:
    void loadAll(ApprovalModel &model);

    TestServer m_server;
    QList<qint64> m_approvalIds; // in the order they were asked for
    struct Asked
    {
        qint64 memberId;
        qint64 amount;
        QString note;
    };
    QList<Asked> m_asked;
};

void tst_ApprovalModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_server.seedDemo(6));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.createUser(QStringLiteral("mia"), QStringLiteral("manager")));
    QVERIFY(m_server.start());
    TestHttp sue(m_server.baseUrl());
    QCOMPARE(sue.login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    // Four above the threshold (they wait) and one below it (posted at once, never in the queue).
    m_asked = {{1, 6000, QStringLiteral("工单 1001")},
               {2, 7500, QStringLiteral("工单 1002")},
               {3, 5001, QString()},
               {4, 12000, QStringLiteral("VIP 补偿")}};
    for (int i = 0; i < m_asked.size(); ++i) {
        const Asked &asked = m_asked.at(i);
        const HttpReply reply = sue.post(QStringLiteral("/v1/members/%1/adjustments").arg(asked.memberId),
                                         {{QStringLiteral("amount"), asked.amount},
                                          {QStringLiteral("reason"), QStringLiteral("goodwill")},
                                          {QStringLiteral("note"), asked.note}},
                                         QByteArray("approval-model-") + QByteArray::number(i));
        QCOMPARE(reply.status, 202);
        const QJsonObject approval = reply.json.value(QStringLiteral("approval")).toObject();
        QCOMPARE(approval.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        m_approvalIds.append(approval.value(QStringLiteral("id")).toInteger());
    }
    const HttpReply small =
        sue.post(QStringLiteral("/v1/members/5/adjustments"),
                 {{QStringLiteral("amount"), 5000}, {QStringLiteral("reason"), QStringLiteral("goodwill")}},
                 "approval-model-small");
    QCOMPARE(small.status, 201);
}

void tst_ApprovalModel::loadAll(ApprovalModel &model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
    }
}

void tst_ApprovalModel::pendingQueueOldestFirst()
{
    ApiClient client;
    ConnectionMonitor connection(&client);
    QVERIFY(test::signInClient(client, m_server.baseUrl(), QStringLiteral("mia")));
    ApprovalModel model(&client, &connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0); // nothing is asked before a status is set
    QVERIFY(!model.canFetchMore({}));
    model.setPageSize(3); // two pages
    model.setStatus(Approval::Status::Pending);
    loadAll(model);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.rowCount(), int(m_approvalIds.size()));
    QCOMPARE(model.columnCount(), int(ApprovalModel::ColumnCount));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.approvalAt(row).id, m_approvalIds.at(row)); // first asked, first decided
        QCOMPARE(model.approvalAt(row).status, Approval::Status::Pending);
        QCOMPARE(model.rowOfApproval(m_approvalIds.at(row)), row);
    }
    QCOMPARE(model.rowOfApproval(-1), -1);
    QCOMPARE(model.headerData(ApprovalModel::AmountColumn, Qt::Horizontal).toString(),
             QStringLiteral("Points"));
    QCOMPARE(model.headerData(ApprovalModel::RequestedByColumn, Qt::Horizontal).toString(),
             QStringLiteral("Requested by"));
}

void tst_ApprovalModel::rowShowsTheRequest_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("note");
    QTest::addRow("first") << 0 << QStringLiteral("+6,000") << QStringLiteral("工单 1001");
    QTest::addRow("second") << 1 << QStringLiteral("+7,500") << QStringLiteral("工单 1002");
    QTest::addRow("just above") << 2 << QStringLiteral("+5,001") << QString();
    QTest::addRow("large") << 3 << QStringLiteral("+12,000") << QStringLiteral("VIP 补偿");
}

void tst_ApprovalModel::rowShowsTheRequest()
{
    QFETCH(int, row);
    QFETCH(QString, amount);
    QFETCH(QString, note);
    ApiClient client;
    ConnectionMonitor connection(&client);
    QVERIFY(test::signInClient(client, m_server.baseUrl(), QStringLiteral("mia")));
    ApprovalModel model(&client, &connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStatus(Approval::Status::Pending);
    loadAll(model);
    QVERIFY(row < model.rowCount());
    const Approval approval = model.approvalAt(row);
    QCOMPARE(approval.memberId, m_asked.at(row).memberId);
    QCOMPARE(approval.amount, m_asked.at(row).amount);
    QCOMPARE(approval.requestedBy, QStringLiteral("sue"));
    QVERIFY(approval.requestedById != 0);
    QVERIFY(!approval.memberNo.isEmpty());
    QVERIFY(approval.requestedAt.isValid());

    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.data(model.index(row, column), role);
    };
    QCOMPARE(cell(ApprovalModel::AmountColumn).toString(), amount);
    QCOMPARE(cell(ApprovalModel::AmountColumn, Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(cell(ApprovalModel::AmountColumn, ApprovalModel::AmountRole).toLongLong(),
             m_asked.at(row).amount);
    QCOMPARE(cell(ApprovalModel::NoteColumn).toString(), note);
    QCOMPARE(cell(ApprovalModel::ReasonColumn).toString(), QStringLiteral("Goodwill for a complaint"));
    QCOMPARE(cell(ApprovalModel::RequestedByColumn).toString(), QStringLiteral("sue"));
    const QString member = cell(ApprovalModel::MemberColumn).toString();
    QVERIFY2(member.contains(approval.memberNo), qPrintable(member));
    QVERIFY2(member.contains(approval.memberName), qPrintable(member));
    QCOMPARE(cell(ApprovalModel::MemberColumn, ApprovalModel::MemberIdRole).toLongLong(), approval.memberId);
    QCOMPARE(cell(ApprovalModel::RequestedAtColumn, ApprovalModel::ApprovalIdRole).toLongLong(), approval.id);
    QVERIFY(!cell(ApprovalModel::RequestedAtColumn).toString().isEmpty());
}

void tst_ApprovalModel::decidedListsByStatus_data()
{
    QTest::addColumn<Approval::Status>("status");
    QTest::addColumn<QList<int>>("askedIndexes"); // which of initTestCase's requests, in list order
    QTest::addRow("pending") << Approval::Status::Pending << QList<int>{1, 2};
    QTest::addRow("approved") << Approval::Status::Approved << QList<int>{0};
    QTest::addRow("rejected") << Approval::Status::Rejected << QList<int>{3};
    QTest::addRow("cancelled") << Approval::Status::Cancelled << QList<int>{};
}

void tst_ApprovalModel::decidedListsByStatus()
{
    QFETCH(Approval::Status, status);
    QFETCH(QList<int>, askedIndexes);
    static bool decided = false;
    if (!decided) {
        decided = true;
        TestHttp mia(m_server.baseUrl());
        QCOMPARE(mia.login(QStringLiteral("mia"), QString::fromLatin1(TestServer::kPassword)).status, 200);
        QCOMPARE(mia.post(QStringLiteral("/v1/approvals/%1/approve").arg(m_approvalIds.at(0)), {},
                          "approval-model-approve")
                     .status,
                 200);
        QCOMPARE(mia.post(QStringLiteral("/v1/approvals/%1/reject").arg(m_approvalIds.at(3)),
                          {{QStringLiteral("comment"), QStringLiteral("没有工单")}}, "approval-model-reject")
                     .status,
                 200);
    }
    ApiClient client;
    ConnectionMonitor connection(&client);
    QVERIFY(test::signInClient(client, m_server.baseUrl(), QStringLiteral("mia")));
    ApprovalModel model(&client, &connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(1);
    model.setStatus(status);
    loadAll(model);
    QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
    QCOMPARE(model.status(), status);
    QCOMPARE(model.rowCount(), int(askedIndexes.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const Approval approval = model.approvalAt(row);
        QCOMPARE(approval.id, m_approvalIds.at(askedIndexes.at(row)));
        QCOMPARE(approval.status, status);
        if (status == Approval::Status::Approved) {
            QCOMPARE(approval.decidedBy, QStringLiteral("mia"));
            QVERIFY(approval.entryId != 0);
        }
        if (status == Approval::Status::Rejected) {
            QCOMPARE(approval.comment, QStringLiteral("没有工单"));
            QCOMPARE(approval.entryId, qint64(0));
        }
    }
}

void tst_ApprovalModel::supportIsRefusedWithSentence()
{
    ApiClient client;
    client.setLanguage(QStringLiteral("en"));
    ConnectionMonitor connection(&client);
    QVERIFY(test::signInClient(client, m_server.baseUrl(), QStringLiteral("sue")));
    ApprovalModel model(&client, &connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
    model.setStatus(Approval::Status::Pending);
    QVERIFY(errors.wait(10000));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.lastError().isEmpty());
    QVERIFY(!model.canFetchMore({}));
}

void tst_ApprovalModel::offlineSaysWhy()
{
    ApiClient client;
    ConnectionMonitor connection(&client);
    QVERIFY(test::signInClient(client, m_server.baseUrl(), QStringLiteral("mia")));
    m_server.stop();
    ApprovalModel model(&client, &connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
    model.setStatus(Approval::Status::Pending);
    QVERIFY(errors.wait(30000));
    QCOMPARE(errors.first().first().toString(),
             QStringLiteral("The approval queue needs a connection to the server; it is not kept for offline "
                            "review."));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_ApprovalModel)
#include "tst_approvalmodel.moc"
