#include "server/ServerDatabase.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using loyalty::test::HttpReply;
using loyalty::test::ServerDatabase;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

// Console users as administrators manage them: GET|POST /v1/users, PATCH /v1/users/{id},
// POST /v1/users/{id}/password, and what each change does to the user's tokens.
class TestUsersApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createdUserCanSignIn();
    void takenUserNameIsRefused();
    void createIsValidated_data();
    void createIsValidated();
    void listPagesThroughEveryUser();
    void patchChangesRoleAndDisplayName();
    void staleVersionIsRefused();
    void unknownUserIsNotFound();
    void lastAdminIsProtected();
    void disablingRevokesTokensAtOnce();
    void roleChangeRevokesTokens();
    void adminResetReplacesThePassword();
    void newPasswordFollowsThePolicy_data();
    void newPasswordFollowsThePolicy();
    void selfChangeNeedsTheOldPassword();
    void selfChangeKeepsThisSessionOnly();
    void othersPasswordsAreForAdminsOnly();
    void auditHasNoPasswordMaterial();

private:
    static QString password() { return QString::fromLatin1(TestServer::kPassword); }
    HttpReply create(const QString &username, const QString &role, const QString &secret);
    qint64 createId(const QString &username, const QString &role);
    HttpReply patch(TestHttp &http, qint64 id, const QJsonObject &body);
    HttpReply setPassword(TestHttp &http, qint64 id, const QJsonObject &body);
    qint64 idOf(const QString &username);

    TestServer m_server;
    std::unique_ptr<TestHttp> m_admin;
    QStringList m_secrets; // every password any request sent, to look for in audit_log
};

namespace {
const QString kNewPassword = QStringLiteral("Plum-Orchard-42");
}

void TestUsersApi::initTestCase()
{
    QVERIFY(m_server.createUser(QStringLiteral("ada"), QStringLiteral("admin")));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    // Fast hashes keep the many sign-ins quick; a high failure limit keeps throttling out of the way.
    QVERIFY(m_server.start({QStringLiteral("--pbkdf2-iterations"), QStringLiteral("1000"),
                            QStringLiteral("--login-max-failures"), QStringLiteral("1000")}));
    m_admin = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_admin->login(QStringLiteral("ada"), password()).status, 200);
    m_secrets << password() << kNewPassword;
}

HttpReply TestUsersApi::create(const QString &username, const QString &role, const QString &secret)
{
    m_secrets << secret;
    return m_admin->post(QStringLiteral("/v1/users"), {{QStringLiteral("username"), username},
                                                       {QStringLiteral("displayName"), username.toUpper()},
                                                       {QStringLiteral("role"), role},
                                                       {QStringLiteral("password"), secret}});
}

qint64 TestUsersApi::createId(const QString &username, const QString &role)
{
    const HttpReply reply = create(username, role, password());
    return reply.status == 201 ? reply.json.value(QStringLiteral("id")).toInteger() : 0;
}

HttpReply TestUsersApi::patch(TestHttp &http, qint64 id, const QJsonObject &body)
{
    return http.send("PATCH", QStringLiteral("/v1/users/%1").arg(id),
                     QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpReply TestUsersApi::setPassword(TestHttp &http, qint64 id, const QJsonObject &body)
{
    for (const QString &field : {QStringLiteral("oldPassword"), QStringLiteral("newPassword")}) {
        if (body.contains(field))
            m_secrets << body.value(field).toString();
    }
    return http.post(QStringLiteral("/v1/users/%1/password").arg(id), body);
}

qint64 TestUsersApi::idOf(const QString &username)
{
    const ServerDatabase db(m_server.databasePath());
    return db.value(QStringLiteral("SELECT id FROM users WHERE username = ?"), {username}).toLongLong();
}

void TestUsersApi::createdUserCanSignIn()
{
    const HttpReply reply = create(QStringLiteral("carla"), QStringLiteral("operator"), kNewPassword);
    QCOMPARE(reply.status, 201);
    QVERIFY(reply.json.value(QStringLiteral("id")).toInteger() > 0);
    QCOMPARE(reply.json.value(QStringLiteral("username")).toString(), QStringLiteral("carla"));
    QCOMPARE(reply.json.value(QStringLiteral("displayName")).toString(), QStringLiteral("CARLA"));
    QCOMPARE(reply.json.value(QStringLiteral("role")).toString(), QStringLiteral("operator"));
    QCOMPARE(reply.json.value(QStringLiteral("enabled")).toBool(), true);
    QCOMPARE(reply.json.value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(reply.json.value(QStringLiteral("lastLoginAt")).isNull());
    QVERIFY(!reply.json.contains(QStringLiteral("password")));

    TestHttp carla(m_server.baseUrl());
    const HttpReply login = carla.login(QStringLiteral("carla"), kNewPassword);
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("operator"));

    // Hashed with the server's PBKDF2 setting; the sign-in time is remembered.
    const ServerDatabase db(m_server.databasePath());
    QVERIFY(db.value(QStringLiteral("SELECT password_hash FROM users WHERE username = 'carla'"))
                .toString()
                .startsWith(QLatin1String("pbkdf2-sha256$1000$")));
    const HttpReply list = m_admin->get(QStringLiteral("/v1/users?limit=500"));
    QCOMPARE(list.status, 200);
    bool seen = false;
    for (const QJsonValue &item : list.json.value(QStringLiteral("items")).toArray()) {
        if (item.toObject().value(QStringLiteral("username")).toString() == QLatin1String("carla")) {
            seen = true;
            QVERIFY(
                item.toObject().value(QStringLiteral("lastLoginAt")).toString().endsWith(QLatin1Char('Z')));
        }
    }
    QVERIFY(seen);
}

void TestUsersApi::takenUserNameIsRefused()
{
    const HttpReply reply = create(QStringLiteral("sue"), QStringLiteral("manager"), kNewPassword);
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("username_taken"));
    QCOMPARE(reply.errorField(), QStringLiteral("username"));
}

void TestUsersApi::createIsValidated_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addRow("too short") << QStringLiteral("tina") << QStringLiteral("support")
                               << QStringLiteral("Short-9") << QStringLiteral("password_too_short")
                               << QStringLiteral("password");
    QTest::addRow("is the user name")
        << QStringLiteral("theodora.k") << QStringLiteral("support") << QStringLiteral("Theodora.K")
        << QStringLiteral("password_is_username") << QStringLiteral("password");
    QTest::addRow("too common") << QStringLiteral("tina") << QStringLiteral("support")
                                << QStringLiteral("Password123") << QStringLiteral("password_too_common")
                                << QStringLiteral("password");
    QTest::addRow("bad user name") << QStringLiteral("9lives") << QStringLiteral("support") << kNewPassword
                                   << QStringLiteral("username_invalid") << QStringLiteral("username");
    QTest::addRow("unknown role") << QStringLiteral("tina") << QStringLiteral("boss") << kNewPassword
                                  << QStringLiteral("role_unknown") << QStringLiteral("role");
}

void TestUsersApi::createIsValidated()
{
    QFETCH(QString, username);
    QFETCH(QString, role);
    QFETCH(QString, secret);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const HttpReply reply = create(username, role, secret);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.errorField(), field);
    QVERIFY(!reply.json.value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
    QCOMPARE(idOf(username), 0);
}

void TestUsersApi::listPagesThroughEveryUser()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(createId(QStringLiteral("pager%1").arg(i), QStringLiteral("operator")) > 0);
    QList<qint64> ids;
    QString cursor;
    for (int page = 0; page < 100; ++page) {
        QString path = QStringLiteral("/v1/users?limit=2");
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const HttpReply reply = m_admin->get(path);
        QCOMPARE(reply.status, 200);
        const QJsonArray items = reply.json.value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() <= 2);
        for (const QJsonValue &item : items)
            ids.append(item.toObject().value(QStringLiteral("id")).toInteger());
        if (reply.json.value(QStringLiteral("nextCursor")).isNull())
            break;
        cursor = reply.json.value(QStringLiteral("nextCursor")).toString();
    }
    const ServerDatabase db(m_server.databasePath());
    QCOMPARE(ids.size(), db.value(QStringLiteral("SELECT COUNT(*) FROM users")).toInt());
    for (qsizetype i = 1; i < ids.size(); ++i)
        QVERIFY(ids.at(i - 1) < ids.at(i));
}

void TestUsersApi::patchChangesRoleAndDisplayName()
{
    const qint64 id = createId(QStringLiteral("pat"), QStringLiteral("operator"));
    QVERIFY(id > 0);
    const HttpReply reply = patch(*m_admin, id,
                                  {{QStringLiteral("role"), QStringLiteral("support")},
                                   {QStringLiteral("displayName"), QStringLiteral("Pat Lee")},
                                   {QStringLiteral("version"), 1}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("role")).toString(), QStringLiteral("support"));
    QCOMPARE(reply.json.value(QStringLiteral("displayName")).toString(), QStringLiteral("Pat Lee"));
    QCOMPARE(reply.json.value(QStringLiteral("version")).toInt(), 2);

    const ServerDatabase db(m_server.databasePath());
    const QList<QVariantList> rows =
        db.rows(QStringLiteral("SELECT before_json, after_json, actor_name FROM audit_log "
                               "WHERE action = 'user.update' AND entity_id = ?"),
                {QString::number(id)});
    QCOMPARE(rows.size(), 1);
    const QJsonObject before = QJsonDocument::fromJson(rows.at(0).at(0).toString().toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(rows.at(0).at(1).toString().toUtf8()).object();
    QCOMPARE(before.value(QStringLiteral("role")).toString(), QStringLiteral("operator"));
    QCOMPARE(after.value(QStringLiteral("role")).toString(), QStringLiteral("support"));
    QCOMPARE(after.value(QStringLiteral("displayName")).toString(), QStringLiteral("Pat Lee"));
    QCOMPARE(after.value(QStringLiteral("version")).toInt(), 2);
    QCOMPARE(rows.at(0).at(2).toString(), QStringLiteral("ada"));
}

void TestUsersApi::staleVersionIsRefused()
{
    const qint64 id = idOf(QStringLiteral("pat"));
    QVERIFY(id > 0);
    const HttpReply stale =
        patch(*m_admin, id,
              {{QStringLiteral("displayName"), QStringLiteral("Patricia")}, {QStringLiteral("version"), 1}});
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.errorCode(), QStringLiteral("stale_version"));
    const HttpReply fresh =
        patch(*m_admin, id,
              {{QStringLiteral("displayName"), QStringLiteral("Patricia")}, {QStringLiteral("version"), 2}});
    QCOMPARE(fresh.status, 200);
    QCOMPARE(fresh.json.value(QStringLiteral("version")).toInt(), 3);
}

void TestUsersApi::unknownUserIsNotFound()
{
    QCOMPARE(patch(*m_admin, 999999, {{QStringLiteral("enabled"), false}}).status, 404);
    QCOMPARE(setPassword(*m_admin, 999999, {{QStringLiteral("newPassword"), kNewPassword}}).status, 404);
    const HttpReply empty = patch(*m_admin, idOf(QStringLiteral("pat")), {});
    QCOMPARE(empty.status, 400);
    QCOMPARE(empty.errorCode(), QStringLiteral("nothing_to_change"));
}

void TestUsersApi::lastAdminIsProtected()
{
    const qint64 ada = idOf(QStringLiteral("ada"));
    // Ada is the only administrator: she can neither disable nor demote herself.
    for (const QJsonObject &body : {QJsonObject{{QStringLiteral("enabled"), false}},
                                    QJsonObject{{QStringLiteral("role"), QStringLiteral("manager")}}}) {
        const HttpReply reply = patch(*m_admin, ada, body);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.errorCode(), QStringLiteral("last_admin"));
    }
    QCOMPARE(m_admin->get(QStringLiteral("/v1/me")).status, 200);

    // With a second administrator, Bea may demote Ada, but then not herself.
    const qint64 bea = createId(QStringLiteral("bea"), QStringLiteral("admin"));
    QVERIFY(bea > 0);
    TestHttp beaHttp(m_server.baseUrl());
    QCOMPARE(beaHttp.login(QStringLiteral("bea"), password()).status, 200);
    QCOMPARE(patch(beaHttp, ada, {{QStringLiteral("role"), QStringLiteral("manager")}}).status, 200);
    QCOMPARE(patch(beaHttp, bea, {{QStringLiteral("enabled"), false}}).errorCode(),
             QStringLiteral("last_admin"));
    // Bea promotes Ada back; once Bea is disabled, Ada is the last enabled administrator again.
    QCOMPARE(patch(beaHttp, ada, {{QStringLiteral("role"), QStringLiteral("admin")}}).status, 200);
    QCOMPARE(m_admin->login(QStringLiteral("ada"), password()).status, 200);
    QCOMPARE(patch(*m_admin, bea, {{QStringLiteral("enabled"), false}}).status, 200);
    QCOMPARE(patch(*m_admin, ada, {{QStringLiteral("enabled"), false}}).errorCode(),
             QStringLiteral("last_admin"));
}

void TestUsersApi::disablingRevokesTokensAtOnce()
{
    const qint64 id = createId(QStringLiteral("dina"), QStringLiteral("support"));
    QVERIFY(id > 0);
    TestHttp dina(m_server.baseUrl());
    QCOMPARE(dina.login(QStringLiteral("dina"), password()).status, 200);
    QCOMPARE(dina.get(QStringLiteral("/v1/me")).status, 200);
    const QByteArray oldToken = dina.token();

    QCOMPARE(patch(*m_admin, id, {{QStringLiteral("enabled"), false}}).status, 200);
    const HttpReply revoked = dina.get(QStringLiteral("/v1/members"));
    QCOMPARE(revoked.status, 401);
    QCOMPARE(revoked.errorCode(), QStringLiteral("session_revoked"));
    QVERIFY(revoked.json.value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("administrator")));

    const HttpReply login = dina.login(QStringLiteral("dina"), password());
    QCOMPARE(login.status, 403);
    QCOMPARE(login.errorCode(), QStringLiteral("user_disabled"));

    // Enabling again does not bring the old token back.
    QCOMPARE(patch(*m_admin, id, {{QStringLiteral("enabled"), true}}).status, 200);
    dina.setToken(oldToken);
    QCOMPARE(dina.get(QStringLiteral("/v1/me")).status, 401);
    QCOMPARE(dina.login(QStringLiteral("dina"), password()).status, 200);
}

void TestUsersApi::roleChangeRevokesTokens()
{
    const qint64 id = createId(QStringLiteral("rob"), QStringLiteral("operator"));
    QVERIFY(id > 0);
    TestHttp rob(m_server.baseUrl());
    QCOMPARE(rob.login(QStringLiteral("rob"), password()).status, 200);
    // A display name alone leaves the session alone.
    QCOMPARE(patch(*m_admin, id, {{QStringLiteral("displayName"), QStringLiteral("Robert")}}).status, 200);
    QCOMPARE(rob.get(QStringLiteral("/v1/me")).status, 200);

    QCOMPARE(patch(*m_admin, id, {{QStringLiteral("role"), QStringLiteral("support")}}).status, 200);
    const HttpReply revoked = rob.get(QStringLiteral("/v1/me"));
    QCOMPARE(revoked.status, 401);
    QCOMPARE(revoked.errorCode(), QStringLiteral("session_revoked"));
    const HttpReply login = rob.login(QStringLiteral("rob"), password());
    QCOMPARE(login.status, 200);
    QVERIFY(login.json.value(QStringLiteral("user"))
                .toObject()
                .value(QStringLiteral("permissions"))
                .toArray()
                .contains(QStringLiteral("points.adjust")));
}

void TestUsersApi::adminResetReplacesThePassword()
{
    const qint64 id = createId(QStringLiteral("rita"), QStringLiteral("support"));
    QVERIFY(id > 0);
    TestHttp first(m_server.baseUrl());
    TestHttp second(m_server.baseUrl());
    QCOMPARE(first.login(QStringLiteral("rita"), password()).status, 200);
    QCOMPARE(second.login(QStringLiteral("rita"), password()).status, 200);

    QCOMPARE(setPassword(*m_admin, id, {{QStringLiteral("newPassword"), kNewPassword}}).status, 204);
    for (TestHttp *http : {&first, &second}) {
        const HttpReply reply = http->get(QStringLiteral("/v1/me"));
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.errorCode(), QStringLiteral("session_revoked"));
    }
    TestHttp rita(m_server.baseUrl());
    QCOMPARE(rita.login(QStringLiteral("rita"), password()).errorCode(),
             QStringLiteral("invalid_credentials"));
    QCOMPARE(rita.login(QStringLiteral("rita"), kNewPassword).status, 200);
    // The administrator's own session is untouched.
    QCOMPARE(m_admin->get(QStringLiteral("/v1/me")).status, 200);
}

void TestUsersApi::newPasswordFollowsThePolicy_data()
{
    QTest::addColumn<bool>("self");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("code");
    for (const bool self : {false, true}) {
        const char *who = self ? "change" : "reset";
        QTest::addRow("%s: too short", who)
            << self << QStringLiteral("abc") << QStringLiteral("password_too_short");
        QTest::addRow("%s: user name", who)
            << self << QStringLiteral("Samantha.Q") << QStringLiteral("password_is_username");
        QTest::addRow("%s: common", who)
            << self << QStringLiteral("qwertyuiop") << QStringLiteral("password_too_common");
        QTest::addRow("%s: missing", who) << self << QString() << QStringLiteral("password_required");
    }
}

void TestUsersApi::newPasswordFollowsThePolicy()
{
    QFETCH(bool, self);
    QFETCH(QString, secret);
    QFETCH(QString, code);
    qint64 id = idOf(QStringLiteral("samantha.q"));
    if (id == 0)
        id = createId(QStringLiteral("samantha.q"), QStringLiteral("support"));
    QVERIFY(id > 0);
    TestHttp samantha(m_server.baseUrl());
    QCOMPARE(samantha.login(QStringLiteral("samantha.q"), password()).status, 200);
    QJsonObject body{{QStringLiteral("newPassword"), secret}};
    if (self)
        body.insert(QStringLiteral("oldPassword"), password());
    const HttpReply reply = setPassword(self ? samantha : *m_admin, id, body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.errorField(), QStringLiteral("newPassword"));
    QCOMPARE(samantha.get(QStringLiteral("/v1/me")).status, 200);
}

void TestUsersApi::selfChangeNeedsTheOldPassword()
{
    const qint64 id = idOf(QStringLiteral("sue"));
    TestHttp sue(m_server.baseUrl());
    QCOMPARE(sue.login(QStringLiteral("sue"), password()).status, 200);
    const HttpReply wrong = setPassword(sue, id,
                                        {{QStringLiteral("oldPassword"), QStringLiteral("Not-My-Password-1")},
                                         {QStringLiteral("newPassword"), kNewPassword}});
    QCOMPARE(wrong.status, 422);
    QCOMPARE(wrong.errorCode(), QStringLiteral("wrong_password"));
    QCOMPARE(wrong.errorField(), QStringLiteral("oldPassword"));
    const HttpReply missing = setPassword(sue, id, {{QStringLiteral("newPassword"), kNewPassword}});
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorField(), QStringLiteral("oldPassword"));
    // Nothing changed: the old password still works.
    TestHttp again(m_server.baseUrl());
    QCOMPARE(again.login(QStringLiteral("sue"), password()).status, 200);
}

void TestUsersApi::selfChangeKeepsThisSessionOnly()
{
    const qint64 id = createId(QStringLiteral("sam"), QStringLiteral("manager"));
    QVERIFY(id > 0);
    TestHttp here(m_server.baseUrl());
    TestHttp elsewhere(m_server.baseUrl());
    QCOMPARE(here.login(QStringLiteral("sam"), password()).status, 200);
    QCOMPARE(elsewhere.login(QStringLiteral("sam"), password()).status, 200);

    const HttpReply reply = setPassword(
        here, id,
        {{QStringLiteral("oldPassword"), password()}, {QStringLiteral("newPassword"), kNewPassword}});
    QCOMPARE(reply.status, 204);
    QCOMPARE(here.get(QStringLiteral("/v1/me")).status, 200);
    const HttpReply other = elsewhere.get(QStringLiteral("/v1/me"));
    QCOMPARE(other.status, 401);
    QCOMPARE(other.errorCode(), QStringLiteral("session_revoked"));
    TestHttp fresh(m_server.baseUrl());
    QCOMPARE(fresh.login(QStringLiteral("sam"), kNewPassword).status, 200);

    const ServerDatabase db(m_server.databasePath());
    QCOMPARE(db.value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'user.password_change' "
                                     "AND entity_id = ? AND actor_name = 'sam'"),
                      {QString::number(id)})
                 .toInt(),
             1);
}

void TestUsersApi::othersPasswordsAreForAdminsOnly()
{
    TestHttp sue(m_server.baseUrl());
    QCOMPARE(sue.login(QStringLiteral("sue"), password()).status, 200);
    const qint64 ada = idOf(QStringLiteral("ada"));
    for (const QJsonObject &body : {QJsonObject{{QStringLiteral("newPassword"), kNewPassword}},
                                    QJsonObject{{QStringLiteral("oldPassword"), password()},
                                                {QStringLiteral("newPassword"), kNewPassword}},
                                    QJsonObject{}}) {
        const HttpReply reply = setPassword(sue, ada, body);
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorCode(), QStringLiteral("forbidden"));
    }
    QCOMPARE(sue.get(QStringLiteral("/v1/users")).status, 403);
    QCOMPARE(
        patch(sue, idOf(QStringLiteral("sue")), {{QStringLiteral("role"), QStringLiteral("admin")}}).status,
        403);
    TestHttp stillAda(m_server.baseUrl());
    QCOMPARE(stillAda.login(QStringLiteral("ada"), password()).status, 200);
}

void TestUsersApi::auditHasNoPasswordMaterial()
{
    const ServerDatabase db(m_server.databasePath());
    for (const char *action : {"user.create", "user.update", "user.password_reset", "user.password_change"})
        QVERIFY2(db.value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                          {QLatin1String(action)})
                         .toInt() > 0,
                 action);
    const QJsonObject created =
        QJsonDocument::fromJson(db.value(QStringLiteral("SELECT after_json FROM audit_log WHERE action = "
                                                        "'user.create' AND actor_name = 'ada' LIMIT 1"))
                                    .toString()
                                    .toUtf8())
            .object();
    QVERIFY(created.contains(QStringLiteral("username")));
    QVERIFY(created.contains(QStringLiteral("role")));

    QStringList material;
    QStringList usernames;
    for (const QVariantList &row : db.rows(QStringLiteral("SELECT username, password_hash FROM users"))) {
        usernames << row.at(0).toString();
        material << row.at(1).toString().split(QLatin1Char('$')).mid(2); // salt and key
    }
    // Every password sent (refused ones too), except those refused for being a user name.
    for (const QString &secret : std::as_const(m_secrets)) {
        if (secret.size() >= 10 && !usernames.contains(secret.toLower()))
            material << secret;
    }
    material << QStringLiteral("pbkdf2") << QStringLiteral("password");
    material.removeDuplicates();
    const QList<QVariantList> rows =
        db.rows(QStringLiteral("SELECT id, COALESCE(before_json, '') || ' ' || COALESCE(after_json, '') || ' "
                               "' || actor_name || ' ' || "
                               "entity_id FROM audit_log"));
    QVERIFY(rows.size() > 10);
    for (const QVariantList &row : rows) {
        const QString text = row.at(1).toString();
        for (const QString &secret : std::as_const(material))
            QVERIFY2(!text.contains(secret, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("audit row %1 holds %2").arg(row.at(0).toString(), secret)));
    }
}

QTEST_GUILESS_MAIN(TestUsersApi)
#include "tst_usersapi.moc"
