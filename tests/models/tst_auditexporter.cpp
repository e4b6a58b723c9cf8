// Exporting the audit log: every row of a filter across many pages, written as it arrives; a cancelled or
// refused export leaves no file; Chinese survives as UTF-8 with a byte order mark.
#include "client/ApiClient.h"
#include "models/AuditExporter.h"
#include "support/SignedInClient.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace loyalty;
using loyalty::test::HttpReply;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

class tst_AuditExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportsEveryPage();
    void exportsAFilter();
    void chineseSurvives();
    void cancelledExportLeavesNoFile();
    void refusedExportLeavesNoFile();
    void unwritablePathSaysSo();

private:
    int serverRowCount(const AuditFilter &filter);
    // Reads back a CSV the exporter wrote: records of fields (RFC 4180), the byte order mark removed.
    static QList<QStringList> readCsv(const QString &path);
    QStringList filesIn(const QString &directory) const;

    TestServer m_server;
    std::unique_ptr<TestHttp> m_admin;
    ApiClient m_client; // signed in as the admin
    QTemporaryDir m_out;
};

void tst_AuditExporter::initTestCase()
{
    QVERIFY(m_server.seedDemo(5));
    QVERIFY(m_server.createUser(QStringLiteral("root"), QStringLiteral("admin")));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.start());

    TestHttp sue(m_server.baseUrl());
    QCOMPARE(sue.login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    for (int i = 1; i <= 7; ++i) {
        const HttpReply reply =
            sue.post(QStringLiteral("/v1/members/%1/adjustments").arg(1 + i % 5),
                     {{QStringLiteral("amount"), i},
                      {QStringLiteral("reason"), QStringLiteral("goodwill")},
                      {QStringLiteral("note"), QStringLiteral("双11补发, \"第%1次\"").arg(i)}},
                     QByteArray("audit-export-") + QByteArray::number(i));
        QCOMPARE(reply.status, 201);
    }
    m_admin = std::make_unique<TestHttp>(m_server.baseUrl());
    QCOMPARE(m_admin->login(QStringLiteral("root"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    // A user with a Chinese display name: the user.create row carries it.
    const HttpReply created =
        m_admin->post(QStringLiteral("/v1/users"),
                      {{QStringLiteral("username"), QStringLiteral("zhangwei")},
                       {QStringLiteral("displayName"), QStringLiteral("张伟")},
                       {QStringLiteral("role"), QStringLiteral("support")},
                       {QStringLiteral("password"), QString::fromLatin1(TestServer::kPassword)}});
    QVERIFY2(created.status == 201, created.body.constData());
    QVERIFY(test::signInClient(m_client, m_server.baseUrl(), QStringLiteral("root")));
    QVERIFY(m_out.isValid());
}

int tst_AuditExporter::serverRowCount(const AuditFilter &filter)
{
    int count = 0;
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
        if (reply.status != 200)
            return -1;
        count += int(reply.json.value(QStringLiteral("items")).toArray().size());
        cursor = reply.json.value(QStringLiteral("nextCursor")).toString();
    } while (!cursor.isEmpty());
    return count;
}

QList<QStringList> tst_AuditExporter::readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {};
    const QString text = QString::fromUtf8(bytes.mid(3));
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

QStringList tst_AuditExporter::filesIn(const QString &directory) const
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden);
}

void tst_AuditExporter::exportsEveryPage()
{
    const int expected = serverRowCount({});
    QVERIFY(expected > 10);
    const QString path = m_out.filePath(QStringLiteral("all.csv"));
    AuditExporter exporter(&m_client);
    exporter.setPageSize(3);
    QSignalSpy progress(&exporter, &AuditExporter::progress);
    QSignalSpy finished(&exporter, &AuditExporter::finished);
    QVERIFY(exporter.start({}, path));
    QVERIFY(exporter.isRunning());
    QVERIFY(!exporter.start({}, path)); // one at a time
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(finished.first().at(1).toString().contains(QDir::toNativeSeparators(path)));
    QVERIFY(!exporter.isRunning());

    const QList<QStringList> records = readCsv(path);
    QCOMPARE(records.value(0), AuditExporter::header());
    // The exporter's own sign-in happened before the export: the rows it saw are at least the server's count.
    QVERIFY(records.size() - 1 >= expected);
    QCOMPARE(records.size() - 1, exporter.rowsWritten());
    QCOMPARE(records.size() - 1, serverRowCount({}));
    QVERIFY(progress.size() >= expected / 3); // page after page
    QCOMPARE(progress.last().first().toInt(), exporter.rowsWritten());
    for (int i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).first().toInt() > progress.at(i - 1).first().toInt());
    for (const QStringList &record : records)
        QCOMPARE(record.size(), AuditExporter::header().size());
    // Newest first, times in ISO 8601 UTC.
    for (int row = 2; row < records.size(); ++row)
        QVERIFY(records.at(row - 1).at(0) >= records.at(row).at(0));
    QVERIFY(records.at(1).at(0).endsWith(QLatin1Char('Z')));
    QCOMPARE(filesIn(m_out.path()), QStringList{QStringLiteral("all.csv")}); // no temporary left over
}

void tst_AuditExporter::exportsAFilter()
{
    AuditFilter filter;
    filter.action = QStringLiteral("points.adjust");
    filter.actor = QStringLiteral("sue");
    QCOMPARE(serverRowCount(filter), 7);
    const QString path = m_out.filePath(QStringLiteral("adjustments.csv"));
    AuditExporter exporter(&m_client);
    exporter.setPageSize(2);
    QSignalSpy finished(&exporter, &AuditExporter::finished);
    exporter.start(filter, path);
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().at(0).toBool());
    const QList<QStringList> records = readCsv(path);
    QCOMPARE(records.size(), 1 + 7);
    for (int row = 1; row < records.size(); ++row) {
        const QStringList &record = records.at(row);
        QCOMPARE(record.at(1), QStringLiteral("sue"));
        QCOMPARE(record.at(2), QStringLiteral("127.0.0.1"));
        QCOMPARE(record.at(3), QStringLiteral("points.adjust"));
        QCOMPARE(record.at(4), QStringLiteral("member"));
        QCOMPARE(record.at(6), QStringLiteral("amount;balance;entryId;reason"));
        const QJsonObject before = QJsonDocument::fromJson(record.at(7).toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(record.at(8).toUtf8()).object();
        QVERIFY(before.contains(QStringLiteral("balance")));
        QCOMPARE(after.value(QStringLiteral("balance")).toInteger() -
                     before.value(QStringLiteral("balance")).toInteger(),
                 after.value(QStringLiteral("amount")).toInteger());
    }
    // Newest first: the last adjustment (amount 7) on top.
    QCOMPARE(QJsonDocument::fromJson(records.at(1).at(8).toUtf8())
                 .object()
                 .value(QStringLiteral("amount"))
                 .toInt(),
             7);
}

void tst_AuditExporter::chineseSurvives()
{
    AuditFilter filter;
    filter.action = QStringLiteral("user.create");
    filter.actor = QStringLiteral("root");
    const QString path = m_out.filePath(QStringLiteral("users.csv"));
    AuditExporter exporter(&m_client);
    QSignalSpy finished(&exporter, &AuditExporter::finished);
    exporter.start(filter, path);
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().at(0).toBool());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains(QStringLiteral("张伟").toUtf8()));
    QVERIFY(bytes.contains("\r\n"));
    const QList<QStringList> records = readCsv(path);
    QCOMPARE(records.size(), 2);
    const QJsonObject after = QJsonDocument::fromJson(records.at(1).at(8).toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("displayName")).toString(), QStringLiteral("张伟"));
    QCOMPARE(records.at(1).at(7), QString()); // a creation has no before
}

void tst_AuditExporter::cancelledExportLeavesNoFile()
{
    QTemporaryDir directory;
    // A fresh file is never created...
    const QString path = directory.filePath(QStringLiteral("cancelled.csv"));
    AuditExporter exporter(&m_client);
    exporter.setPageSize(1);
    QSignalSpy finished(&exporter, &AuditExporter::finished);
    connect(&exporter, &AuditExporter::progress, &exporter, [&exporter](int rows) {
        if (rows == 2)
            exporter.cancel();
    });
    exporter.start({}, path);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("cancelled")));
    QVERIFY(!exporter.isRunning());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(filesIn(directory.path()), QStringList());
    QTest::qWait(200); // the cancelled page does not come back to write anything
    QCOMPARE(finished.size(), 1);
    QCOMPARE(filesIn(directory.path()), QStringList());

    // ...and an existing file keeps what it had.
    const QString existing = directory.filePath(QStringLiteral("existing.csv"));
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("yesterday's export\r\n");
    }
    AuditExporter second(&m_client);
    QSignalSpy secondFinished(&second, &AuditExporter::finished);
    second.start({}, existing);
    second.cancel(); // at once, before the first page arrived
    QCOMPARE(secondFinished.size(), 1);
    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("yesterday's export\r\n"));
    QCOMPARE(filesIn(directory.path()), QStringList{QStringLiteral("existing.csv")});
}

void tst_AuditExporter::refusedExportLeavesNoFile()
{
    ApiClient client;
    QVERIFY(test::signInClient(client, m_server.baseUrl(), QStringLiteral("sue")));
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("refused.csv"));
    AuditExporter exporter(&client);
    QSignalSpy finished(&exporter, &AuditExporter::finished);
    exporter.start({}, path);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toBool(), false);

    TestHttp sue(m_server.baseUrl());
    QCOMPARE(sue.login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    // In the console client's language (Accept-Language zh-CN by default).
    const HttpReply refused =
        sue.send("GET", QStringLiteral("/v1/audit"), {},
                 {{"Accept-Language", client.language().replace(u'_', u'-').toLatin1()}});
    QCOMPARE(refused.status, 403);
    const QString sentence =
        refused.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    QVERIFY2(finished.first().at(1).toString().contains(sentence),
             qPrintable(finished.first().at(1).toString()));
    QCOMPARE(filesIn(directory.path()), QStringList());
}

void tst_AuditExporter::unwritablePathSaysSo()
{
    const QString path = m_out.filePath(QStringLiteral("no-such-directory/audit.csv"));
    AuditExporter exporter(&m_client);
    QSignalSpy finished(&exporter, &AuditExporter::finished);
    QVERIFY(exporter.start({}, path));
    QCOMPARE(finished.size(), 0); // reported after start() returned
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(finished.first().at(1).toString().startsWith(QStringLiteral("Cannot write")));
    QVERIFY(!exporter.isRunning());
}

QTEST_GUILESS_MAIN(tst_AuditExporter)
#include "tst_auditexporter.moc"
