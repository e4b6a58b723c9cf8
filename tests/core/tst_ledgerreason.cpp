#include "core/LedgerReason.h"

#include <QTest>

class tst_LedgerReason : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void label_data();
    void label();
};

void tst_LedgerReason::label_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("label");
    QTest::addRow("system reason") << QStringLiteral("order") << QStringLiteral("Order");
    QTest::addRow("welcome grant") << QStringLiteral("welcome") << QStringLiteral("Welcome gift");
    QTest::addRow("adjustment reason")
        << QStringLiteral("goodwill") << QStringLiteral("Goodwill for a complaint");
    QTest::addRow("unknown code shown as is")
        << QStringLiteral("import-2025") << QStringLiteral("import-2025");
}

void tst_LedgerReason::label()
{
    QFETCH(QString, code);
    QFETCH(QString, label);
    QCOMPARE(loyalty::LedgerReason::label(code), label);
}

QTEST_GUILESS_MAIN(tst_LedgerReason)
#include "tst_ledgerreason.moc"
