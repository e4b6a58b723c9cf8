#include "core/PermissionTable.h"
#include "server/HttpApi.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QSet>
#include <QTest>

using loyalty::Permission;
using loyalty::PermissionTable;
using loyalty::Role;
using loyalty::server::HttpApi;
using loyalty::test::HttpReply;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

Q_DECLARE_METATYPE(HttpApi::RouteInfo)

// Every route the server serves, called with every role: 403 exactly where PermissionTable says the role
// lacks the route's permission. And no route escapes the table: each one names a permission, or is on
// the short list of public and self-service routes below.
class TestPermissionMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyRouteIsGuarded();
    void everyRoleGetsWhatTheTableSays_data();
    void everyRoleGetsWhatTheTableSays();

private:
    static QString key(const HttpApi::RouteInfo &route)
    {
        return QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pathTemplate;
    }

    TestServer m_server;
};

namespace {
// Routes open to anyone, and routes any signed-in user calls for their own things. Adding a route here
// needs a reason; every other route must name a permission.
const QSet<QString> kPublic{QStringLiteral("GET /v1/health"), QStringLiteral("POST /v1/auth/login")};
const QSet<QString> kSelfService{QStringLiteral("POST /v1/auth/logout"), QStringLiteral("GET /v1/me"),
                                 QStringLiteral("POST /v1/users/{id}/password"),
                                 QStringLiteral("GET /v1/jobs/{id}")};

const QList<QPair<Role, QString>> kUsers{{Role::Operator, QStringLiteral("olga")},
                                         {Role::Support, QStringLiteral("sue")},
                                         {Role::Manager, QStringLiteral("mona")},
                                         {Role::Admin, QStringLiteral("ada")}};
} // namespace

void TestPermissionMatrix::initTestCase()
{
    QVERIFY(m_server.seedDemo(3));
    for (const auto &[role, name] : kUsers)
        QVERIFY(m_server.createUser(name, loyalty::roleToString(role)));
    // No scheduled expiry run: started in its hour, it would be job 1, which only jobs.run may read.
    QVERIFY(m_server.start({QStringLiteral("--pbkdf2-iterations"), QStringLiteral("1000"),
                            QStringLiteral("--expiry-hour"), QStringLiteral("-1")}));
}

void TestPermissionMatrix::everyRouteIsGuarded()
{
    QSet<QString> served;
    for (const HttpApi::RouteInfo &route : HttpApi::routes()) {
        served.insert(key(route));
        switch (route.guard.access) {
        case HttpApi::Guard::Access::Permitted:
            QVERIFY2(route.guard.permission.has_value(), qPrintable(key(route)));
            break;
        case HttpApi::Guard::Access::Public:
            QVERIFY2(kPublic.contains(key(route)),
                     qPrintable(key(route) + QStringLiteral(" is open to anyone")));
            QVERIFY(!route.guard.permission);
            break;
        case HttpApi::Guard::Access::SelfService:
            QVERIFY2(kSelfService.contains(key(route)),
                     qPrintable(key(route) + QStringLiteral(" names no permission")));
            QVERIFY(!route.guard.permission);
            break;
        }
    }
    // The lists name served routes only, so they cannot quietly grow stale.
    QVERIFY(served.contains(kPublic));
    QVERIFY(served.contains(kSelfService));
}

void TestPermissionMatrix::everyRoleGetsWhatTheTableSays_data()
{
    QTest::addColumn<HttpApi::RouteInfo>("route");
    QTest::addColumn<int>("roleIndex");
    for (const HttpApi::RouteInfo &route : HttpApi::routes()) {
        for (int i = 0; i < kUsers.size(); ++i)
            QTest::addRow("%s as %s", qPrintable(key(route)), qPrintable(kUsers.at(i).second)) << route << i;
    }
}

void TestPermissionMatrix::everyRoleGetsWhatTheTableSays()
{
    QFETCH(HttpApi::RouteInfo, route);
    QFETCH(int, roleIndex);
    const auto &[role, username] = kUsers.at(roleIndex);

    // A fresh session per call: logout revokes its token, and nothing else should leak between rows.
    TestHttp http(m_server.baseUrl());
    const HttpReply login = http.login(username, QString::fromLatin1(TestServer::kPassword));
    QCOMPARE(login.status, 200);
    const qint64 ownId =
        login.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger();

    // {id}: member 1, ledger entry 1, user 1; self-service routes act on the caller's own user.
    QString path = route.pathTemplate;
    const bool selfService = route.guard.access == HttpApi::Guard::Access::SelfService;
    path.replace(QStringLiteral("{id}"), QString::number(selfService ? ownId : 1));
    // An empty body fails validation on every write, so no row changes anything for the next one.
    const QByteArray body = route.method == "GET" ? QByteArray() : QByteArrayLiteral("{}");
    const HttpReply reply = http.send(route.method, path, body);

    const bool allowed = !route.guard.permission || PermissionTable::allows(role, *route.guard.permission);
    const QByteArray what = reply.body.left(300);
    if (allowed) {
        QVERIFY2(reply.status != 401 && reply.status != 403, what.constData());
        QVERIFY2(reply.status >= 200 && reply.status < 500, what.constData());
    } else {
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorCode(), QStringLiteral("forbidden"));
    }
}

QTEST_GUILESS_MAIN(TestPermissionMatrix)
#include "tst_permissionmatrix.moc"
