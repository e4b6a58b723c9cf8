#include "core/PhoneMask.h"

#include <QTest>

class tst_PhoneMask : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mask_data();
    void mask();
};

void tst_PhoneMask::mask_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("masked");
    QTest::addRow("mobile") << QStringLiteral("13812345678") << QStringLiteral("138****5678");
    QTest::addRow("short") << QStringLiteral("12345") << QStringLiteral("*****");
    QTest::addRow("empty") << QString() << QString();
}

void tst_PhoneMask::mask()
{
    QFETCH(QString, phone);
    QFETCH(QString, masked);
    QCOMPARE(loyalty::maskPhone(phone), masked);
}

QTEST_GUILESS_MAIN(tst_PhoneMask)
#include "tst_phonemask.moc"
