// Exporting members over a real server: every member matching the search across pages, Chinese names
// intact in UTF-8, masked phones only, and a cancelled export leaves no file.
#include "client/ApiClient.h"
#include "models/MemberExporter.h"
#include "support/SignedInClient.h"
#include "support/TestServer.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace loyalty;
using loyalty::test::TestServer;

class tst_MemberExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportsEveryMatchingMember_data();
    void exportsEveryMatchingMember();
    void cancelLeavesNoFile();

private:
    static QStringList lines(const QString &path);
    TestServer m_server;
    ApiClient m_client;
    QTemporaryDir m_dir;
};

void tst_MemberExporter::initTestCase()
{
    QVERIFY(m_server.seedDemo(120));
    QVERIFY(m_server.createUser(QStringLiteral("agent"), QStringLiteral("support")));
    QVERIFY(m_server.start());
    QVERIFY(test::signInClient(m_client, m_server.baseUrl(), QStringLiteral("agent")));
}

QStringList tst_MemberExporter::lines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {QStringLiteral("no BOM")};
    QStringList result = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    return result;
}

void tst_MemberExporter::exportsEveryMatchingMember_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("pageSize");
    QTest::addRow("everyone, small pages") << QString() << 25;
    QTest::addRow("one member number") << QStringLiteral("8800000007") << 500;
}

void tst_MemberExporter::exportsEveryMatchingMember()
{
    QFETCH(QString, query);
    QFETCH(int, pageSize);
    const QString path =
        m_dir.filePath(QStringLiteral("members-%1.csv").arg(QString::fromUtf8(QTest::currentDataTag())));
    MemberExporter exporter(&m_client);
    exporter.setPageSize(pageSize);
    QSignalSpy finished(&exporter, &ListExporter::finished);
    QVERIFY(exporter.start(query, path));
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const QStringList rows = lines(path);
    const int expected = query.isEmpty() ? 120 : 1;
    QCOMPARE(rows.size(), expected + 1);
    QCOMPARE(rows.first(), MemberExporter::header().join(QLatin1Char(',')));
    QCOMPARE(exporter.rowsWritten(), expected);
    for (const QString &row : rows.mid(1)) {
        const QStringList fields = row.split(QLatin1Char(','));
        QVERIFY(fields.at(2).contains(QStringLiteral("****"))); // masked, never the whole phone
        QVERIFY(!fields.at(1).isEmpty());
        QVERIFY(fields.at(1).at(0).unicode() >= 0x4E00); // a Chinese name survived the round trip
    }
    if (!query.isEmpty())
        QVERIFY(rows.at(1).startsWith(query));
}

void tst_MemberExporter::cancelLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
    MemberExporter exporter(&m_client);
    exporter.setPageSize(10);
    QSignalSpy finished(&exporter, &ListExporter::finished);
    QSignalSpy progress(&exporter, &ListExporter::progress);
    QVERIFY(exporter.start(QString(), path));
    QVERIFY(progress.wait(10000)); // started
    exporter.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!exporter.isRunning());
}

QTEST_GUILESS_MAIN(tst_MemberExporter)
#include "tst_memberexporter.moc"
