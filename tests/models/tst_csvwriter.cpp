// CSV as RFC 4180 says and Excel reads it: quoting, a UTF-8 byte order mark, CRLF line ends.
#include "models/CsvWriter.h"

#include <QBuffer>
#include <QTest>

using namespace loyalty;

class tst_CsvWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quotesWhatItMust_data();
    void quotesWhatItMust();
    void bomOnceAndCrlf();
    void chineseIsUtf8();
    void formulaGuard_data();
    void formulaGuard();
    void refusesAClosedDevice();
};

void tst_CsvWriter::quotesWhatItMust_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << QStringLiteral("points.adjust") << QStringLiteral("points.adjust");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("line 1\nline 2") << QStringLiteral("\"line 1\nline 2\"");
    QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("json") << QStringLiteral("{\"balance\":1500,\"reason\":\"goodwill\"}")
                          << QStringLiteral("\"{\"\"balance\"\":1500,\"\"reason\"\":\"\"goodwill\"\"}\"");
    QTest::newRow("chinese") << QStringLiteral("客户投诉补偿") << QStringLiteral("客户投诉补偿");
    QTest::newRow("chinese comma") << QStringLiteral("张三,李四") << QStringLiteral("\"张三,李四\"");
    QTest::newRow("spaces kept") << QStringLiteral("  padded  ") << QStringLiteral("  padded  ");
}

void tst_CsvWriter::quotesWhatItMust()
{
    QFETCH(QString, field);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::quoteField(field), written);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRow({QStringLiteral("x"), field}));
    QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF") + "x," + written.toUtf8() + "\r\n");
}

void tst_CsvWriter::bomOnceAndCrlf()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeHeader({QStringLiteral("time"), QStringLiteral("user")}));
    QVERIFY(writer.writeRow({QStringLiteral("2026-01-01T00:00:00.000Z"), QStringLiteral("sue")}));
    QVERIFY(writer.writeRow({QStringLiteral("2026-01-02T00:00:00.000Z"), QString()}));
    QCOMPARE(writer.recordsWritten(), 3);
    const QByteArray data = buffer.data();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(data.count("\xEF\xBB\xBF"), 1);
    QCOMPARE(data, QByteArray("\xEF\xBB\xBFtime,user\r\n"
                              "2026-01-01T00:00:00.000Z,sue\r\n"
                              "2026-01-02T00:00:00.000Z,\r\n"));
    // Every line end is CRLF: no bare LF.
    QCOMPARE(data.count('\n'), data.count("\r\n"));
}

void tst_CsvWriter::chineseIsUtf8()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRow({QStringLiteral("张伟"), QStringLiteral("双11补发")}));
    const QByteArray data = buffer.data();
    QCOMPARE(QString::fromUtf8(data.mid(3)), QStringLiteral("张伟,双11补发\r\n"));
    QVERIFY(data.contains("\xE5\xBC\xA0")); // 张 in UTF-8
}

void tst_CsvWriter::formulaGuard_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("guarded");
    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"x\")")
                            << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("minus") << QStringLiteral("-1") << QStringLiteral("'-1");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("plain") << QStringLiteral("sue") << QStringLiteral("sue");
    QTest::newRow("json") << QStringLiteral("{\"a\":1}") << QStringLiteral("\"{\"\"a\"\":1}\"");
}

void tst_CsvWriter::formulaGuard()
{
    QFETCH(QString, field);
    QFETCH(QString, guarded);
    QCOMPARE(CsvWriter::formatRow({field}, true), guarded);
    QCOMPARE(CsvWriter::formatRow({field}, false), CsvWriter::quoteField(field)); // off: untouched
}

void tst_CsvWriter::refusesAClosedDevice()
{
    QBuffer buffer;
    CsvWriter writer(&buffer);
    QVERIFY(!writer.writeRow({QStringLiteral("x")}));
    QCOMPARE(writer.recordsWritten(), 0);
}

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
