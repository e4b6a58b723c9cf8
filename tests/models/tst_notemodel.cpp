// Notes on a member over a real server: newest first, paged, author and time from the server, the whole
// text in the tooltip and on one line in the cell; a note added through the console's own job appears on
// top after reload; and a sentence instead of rows when the server cannot be reached (not cached).
#include "client/AddNoteJob.h"
#include "client/ApiClient.h"
#include "client/ConnectionMonitor.h"
#include "models/NoteModel.h"
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

class tst_NoteModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void newestFirstAndPaged_data();
    void newestFirstAndPaged();
    void addedNoteOnTop();
    void refusedNoteSaysWhy_data();
    void refusedNoteSaysWhy();
    void offlineSaysWhy();

private:
    void loadAll(NoteModel &model);

    TestServer m_server;
    ApiClient m_client;
    std::unique_ptr<ConnectionMonitor> m_connection;
    const qint64 m_memberId = 2;
    QStringList m_texts; // oldest first
};

void tst_NoteModel::initTestCase()
{
    QVERIFY(m_server.seedDemo(4));
    QVERIFY(m_server.createUser(QStringLiteral("agent"), QStringLiteral("support")));
    QVERIFY(m_server.createUser(QStringLiteral("viewer"), QStringLiteral("operator")));
    QVERIFY(m_server.start());
    QVERIFY(test::signInClient(m_client, m_server.baseUrl(), QStringLiteral("agent")));
    m_connection = std::make_unique<ConnectionMonitor>(&m_client);
    TestHttp agent(m_server.baseUrl());
    QCOMPARE(agent.login(QStringLiteral("agent"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    for (int i = 0; i < 5; ++i) {
        const QString text = i == 2 ? QStringLiteral("第一行\n第二行") : QStringLiteral("备注 %1").arg(i);
        const HttpReply reply = agent.post(QStringLiteral("/v1/members/%1/notes").arg(m_memberId),
                                           {{QStringLiteral("text"), text}});
        QCOMPARE(reply.status, 201);
        m_texts.append(text);
    }
}

void tst_NoteModel::loadAll(NoteModel &model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
    }
}

void tst_NoteModel::newestFirstAndPaged_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addRow("one page") << 50;
    QTest::addRow("pages of 2") << 2;
}

void tst_NoteModel::newestFirstAndPaged()
{
    QFETCH(int, pageSize);
    NoteModel model(&m_client, m_connection.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(pageSize);
    model.setMemberId(m_memberId);
    loadAll(model);
    QVERIFY(model.lastError().isEmpty());
    QCOMPARE(model.rowCount(), int(m_texts.size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const MemberNote note = model.noteAt(row);
        QCOMPARE(note.text, m_texts.at(m_texts.size() - 1 - row));
        QCOMPARE(note.author, QStringLiteral("agent"));
        QVERIFY(note.createdAt.isValid());
        QCOMPARE(model.data(model.index(row, NoteModel::AuthorColumn)).toString(), QStringLiteral("agent"));
        if (row > 0)
            QVERIFY(model.noteAt(row - 1).id > note.id);
    }
    // A note with line breaks reads on one line in the table and whole in the tooltip.
    const int multiLine = int(m_texts.size()) - 1 - 2;
    QCOMPARE(model.data(model.index(multiLine, NoteModel::TextColumn)).toString(),
             QStringLiteral("第一行 第二行"));
    QCOMPARE(model.data(model.index(multiLine, NoteModel::TextColumn), Qt::ToolTipRole).toString(),
             QStringLiteral("第一行\n第二行"));
}

void tst_NoteModel::addedNoteOnTop()
{
    NoteModel model(&m_client, m_connection.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMemberId(m_memberId);
    loadAll(model);
    const int before = model.rowCount();

    auto *job = new AddNoteJob(&m_client, m_memberId, NoteRequest{QStringLiteral("客户来电要求核对积分")});
    QSignalSpy done(job, &ApiJob::finished);
    job->start();
    QVERIFY(done.wait(10000));
    QVERIFY2(job->succeeded(), qPrintable(job->errorText()));
    const MemberNote added = job->note();
    QCOMPARE(added.text, QStringLiteral("客户来电要求核对积分"));
    QCOMPARE(added.author, QStringLiteral("agent"));

    model.reload();
    loadAll(model);
    QCOMPARE(model.rowCount(), before + 1);
    QCOMPARE(model.noteAt(0).id, added.id);
    QCOMPARE(model.data(model.index(0, NoteModel::TimeColumn), NoteModel::NoteIdRole).toLongLong(), added.id);
    m_texts.append(added.text);
}

void tst_NoteModel::refusedNoteSaysWhy_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("status");
    QTest::addRow("empty") << QStringLiteral("agent") << QStringLiteral("   ") << 400;
    QTest::addRow("too long") << QStringLiteral("agent")
                              << QString(NoteRequest::kMaxLength + 1, QLatin1Char('x')) << 400;
    QTest::addRow("operator may not") << QStringLiteral("viewer") << QStringLiteral("note") << 403;
}

void tst_NoteModel::refusedNoteSaysWhy()
{
    QFETCH(QString, user);
    QFETCH(QString, text);
    QFETCH(int, status);
    ApiClient client;
    QVERIFY(test::signInClient(client, m_server.baseUrl(), user));
    auto *job = new AddNoteJob(&client, m_memberId, NoteRequest{text});
    QSignalSpy done(job, &ApiJob::finished);
    job->start();
    QVERIFY(done.wait(10000));
    QVERIFY(!job->succeeded());
    QCOMPARE(job->httpStatus(), status);
    QVERIFY(!job->errorText().isEmpty());
}

void tst_NoteModel::offlineSaysWhy()
{
    ApiClient client;
    ConnectionMonitor connection(&client);
    QVERIFY(test::signInClient(client, m_server.baseUrl(), QStringLiteral("agent")));
    m_server.stop();
    NoteModel model(&client, &connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
    model.setMemberId(m_memberId);
    QVERIFY(errors.wait(30000));
    QCOMPARE(errors.first().first().toString(),
             QStringLiteral("Notes are shown only while the server can be reached."));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_NoteModel)
#include "tst_notemodel.moc"
