// The Users pane's model over a real server: every console user paged in, updates shown in place,
// and no offline copy (who may sign in is only ever read from the server).
#include "client/ApiClient.h"
#include "client/ConnectionMonitor.h"
#include "models/UserListModel.h"
#include "support/SignedInClient.h"
#include "support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace loyalty;
using loyalty::test::TestServer;

class tst_UserListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pagesThroughEveryUser();
    void updateShowsInPlace();
    void supportIsRefusedWithSentence();
    void offlineSaysWhy();

private:
    TestServer m_server;
};

void tst_UserListModel::initTestCase()
{
    QVERIFY(m_server.createUser(QStringLiteral("root"), QStringLiteral("admin")));
    for (int i = 0; i < 12; ++i)
        QVERIFY(m_server.createUser(QStringLiteral("agent%1").arg(i, 2, 10, QLatin1Char('0')),
                                    QStringLiteral("support")));
    QVERIFY(m_server.start());
}

void tst_UserListModel::pagesThroughEveryUser()
{
    ApiClient client;
    ConnectionMonitor connection(&client);
    QVERIFY(test::signInClient(client, m_server.baseUrl(), QStringLiteral("root")));
    UserListModel model(&client, &connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(5);
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    while (model.canFetchMore({})) {
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    }
    QCOMPARE(model.rowCount(), 13);
    QCOMPARE(model.accountAt(0).username, QStringLiteral("root"));
    QCOMPARE(model.data(model.index(0, UserListModel::RoleColumn)).toString(),
             QStringLiteral("Administrator"));
    QCOMPARE(model.data(model.index(1, UserListModel::StatusColumn)).toString(), QStringLiteral("Enabled"));
    QCOMPARE(model.data(model.index(1, UserListModel::LastLoginColumn)).toString(), QStringLiteral("never"));
    QVERIFY(model.data(model.index(0, UserListModel::LastLoginColumn)).toString() != QStringLiteral("never"));
}

void tst_UserListModel::updateShowsInPlace()
{
    ApiClient client;
    ConnectionMonitor connection(&client);
    QVERIFY(test::signInClient(client, m_server.baseUrl(), QStringLiteral("root")));
    UserListModel model(&client, &connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() == 13, 10000);
    UserAccount changed = model.accountAt(3);
    changed.enabled = false;
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    model.updateAccount(changed);
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(model.data(model.index(3, UserListModel::StatusColumn)).toString(), QStringLiteral("Disabled"));
    QCOMPARE(model.data(model.index(3, 0), UserListModel::EnabledRole).toBool(), false);
    UserAccount added;
    added.id = 999;
    added.username = QStringLiteral("new.one");
    model.appendAccount(added);
    QCOMPARE(model.rowCount(), 14);
    QCOMPARE(model.rowOfUser(999), 13);
}

void tst_UserListModel::supportIsRefusedWithSentence()
{
    ApiClient client;
    client.setLanguage(QStringLiteral("en"));
    ConnectionMonitor connection(&client);
    QVERIFY(test::signInClient(client, m_server.baseUrl(), QStringLiteral("agent00")));
    UserListModel model(&client, &connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
    model.reload();
    QVERIFY(errors.wait(10000));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.lastError().isEmpty());
}

void tst_UserListModel::offlineSaysWhy()
{
    ApiClient client;
    ConnectionMonitor connection(&client);
    QVERIFY(test::signInClient(client, m_server.baseUrl(), QStringLiteral("root")));
    m_server.stop();
    UserListModel model(&client, &connection);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy errors(&model, &PagedTableModel::errorOccurred);
    model.reload();
    QVERIFY(errors.wait(30000));
    QCOMPARE(errors.first().first().toString(),
             QStringLiteral("Console users can only be managed while the server can be reached."));
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_UserListModel)
#include "tst_userlistmodel.moc"
