#include "core/CreateUserRequest.h"
#include "core/PasswordChangeRequest.h"
#include "core/UserAccount.h"
#include "core/UserUpdateRequest.h"

#include <QJsonDocument>
#include <QTest>

using namespace loyalty;

class tst_UserRequests : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void create_data();
    void create();
    void update_data();
    void update();
    void passwordChange();
    void accountRoundTrip();
};

void tst_UserRequests::create_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    QTest::addRow("good")
        << QByteArray(
               R"({"username":"wang.fang","displayName":"王芳","role":"support","password":"Harbour-Lights-42"})")
        << ""
        << "";
    QTest::addRow("short name") << QByteArray(
                                       R"({"username":"wf","role":"support","password":"Harbour-Lights-42"})")
                                << "username"
                                << "username_invalid";
    QTest::addRow("upper case")
        << QByteArray(R"({"username":"WangFang","role":"support","password":"Harbour-Lights-42"})")
        << "username"
        << "username_invalid";
    QTest::addRow("unknown role")
        << QByteArray(R"({"username":"wangfang","role":"root","password":"Harbour-Lights-42"})") << "role"
        << "role_unknown";
    QTest::addRow("weak password") << QByteArray(
                                          R"({"username":"wangfang","role":"support","password":"short"})")
                                   << "password"
                                   << "password_too_short";
    QTest::addRow("password is name")
        << QByteArray(R"({"username":"wangfang01","role":"support","password":"wangfang01"})") << "password"
        << "password_is_username";
    QTest::addRow("number as name")
        << QByteArray(R"({"username":42,"role":"support","password":"Harbour-Lights-42"})") << "username"
        << "not_text";
}

void tst_UserRequests::create()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, code);
    CreateUserRequest request;
    const auto violation = CreateUserRequest::fromJson(QJsonDocument::fromJson(body).object(), &request);
    if (code.isEmpty()) {
        QVERIFY2(!violation, violation ? qPrintable(violation->code) : "");
        QCOMPARE(request.role, Role::Support);
        QCOMPARE(request.displayName, QStringLiteral("王芳"));
    } else {
        QVERIFY(violation);
        QCOMPARE(violation->field, field);
        QCOMPARE(violation->code, code);
    }
}

void tst_UserRequests::update_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addRow("disable") << QByteArray(R"({"enabled":false,"version":3})") << "";
    QTest::addRow("demote") << QByteArray(R"({"role":"operator"})") << "";
    QTest::addRow("nothing") << QByteArray(R"({"version":3})") << "nothing_to_change";
    QTest::addRow("enabled as text") << QByteArray(R"({"enabled":"no"})") << "not_boolean";
    QTest::addRow("bad role") << QByteArray(R"({"role":"boss"})") << "role_unknown";
    QTest::addRow("bad version") << QByteArray(R"({"enabled":true,"version":0})") << "version_invalid";
}

void tst_UserRequests::update()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    UserUpdateRequest request;
    const auto violation = UserUpdateRequest::fromJson(QJsonDocument::fromJson(body).object(), &request);
    QCOMPARE(violation ? violation->code : QString(), code);
    if (code.isEmpty()) {
        UserUpdateRequest again;
        QVERIFY(!UserUpdateRequest::fromJson(request.toJson(), &again));
        QCOMPARE(again.toJson(), request.toJson());
    }
}

void tst_UserRequests::passwordChange()
{
    PasswordChangeRequest request;
    QVERIFY(!PasswordChangeRequest::fromJson(
        QJsonDocument::fromJson(R"({"oldPassword":"a","newPassword":"Harbour-Lights-42"})").object(),
        &request));
    QVERIFY(!request.validate(QStringLiteral("alice")));
    QCOMPARE(request.validate(QStringLiteral("harbour-lights-42")).value_or(Violation{}).code,
             QStringLiteral("password_is_username"));
    const auto missing = PasswordChangeRequest::fromJson(QJsonObject{}, &request);
    QVERIFY(missing);
    QCOMPARE(missing->field, QStringLiteral("newPassword"));
}

void tst_UserRequests::accountRoundTrip()
{
    UserAccount account;
    account.id = 3;
    account.username = QStringLiteral("li.lei");
    account.displayName = QStringLiteral("李雷");
    account.role = Role::Manager;
    account.enabled = false;
    account.createdAt = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
    account.version = 4;
    QCOMPARE(UserAccount::fromJson(account.toJson()), account);
    QVERIFY(!account.toJson().contains(QStringLiteral("password")));
}

QTEST_GUILESS_MAIN(tst_UserRequests)
#include "tst_userrequests.moc"
