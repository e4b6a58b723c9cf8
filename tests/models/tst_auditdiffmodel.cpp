// One audit row's before and after side by side: the union of their fields, sorted, changed ones marked.
#include "models/AuditDiffModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QJsonArray>
#include <QTest>

using namespace loyalty;

class tst_AuditDiffModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsFields_data();
    void showsFields();
    void highlightsOnlyChangedRows();
    void valueText_data();
    void valueText();
    void clearEmpties();

private:
    static AuditEntry balanceChange();
    static AuditEntry creation();
    static AuditEntry roleChange();
};

AuditEntry tst_AuditDiffModel::balanceChange()
{
    AuditEntry entry;
    entry.id = 7;
    entry.action = QStringLiteral("points.adjust");
    entry.entity = QStringLiteral("member");
    entry.entityId = QStringLiteral("42");
    entry.before = {{QStringLiteral("balance"), 1500}};
    entry.after = {{QStringLiteral("balance"), 1750},
                   {QStringLiteral("entryId"), 901},
                   {QStringLiteral("amount"), 250},
                   {QStringLiteral("reason"), QStringLiteral("goodwill")}};
    return entry;
}

AuditEntry tst_AuditDiffModel::creation()
{
    AuditEntry entry;
    entry.id = 8;
    entry.action = QStringLiteral("user.create");
    entry.entity = QStringLiteral("user");
    entry.entityId = QStringLiteral("5");
    entry.after = {{QStringLiteral("username"), QStringLiteral("sue")},
                   {QStringLiteral("displayName"), QStringLiteral("苏珊")},
                   {QStringLiteral("role"), QStringLiteral("support")},
                   {QStringLiteral("enabled"), true}};
    return entry;
}

AuditEntry tst_AuditDiffModel::roleChange()
{
    AuditEntry entry;
    entry.id = 9;
    entry.action = QStringLiteral("user.update");
    entry.entity = QStringLiteral("user");
    entry.entityId = QStringLiteral("5");
    const QJsonObject common{{QStringLiteral("username"), QStringLiteral("sue")},
                             {QStringLiteral("displayName"), QStringLiteral("苏珊")},
                             {QStringLiteral("enabled"), true}};
    entry.before = common;
    entry.before.insert(QStringLiteral("role"), QStringLiteral("support"));
    entry.after = common;
    entry.after.insert(QStringLiteral("role"), QStringLiteral("manager"));
    return entry;
}

void tst_AuditDiffModel::showsFields_data()
{
    QTest::addColumn<AuditEntry>("entry");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QStringList>("changed");

    QTest::newRow("balance change") << balanceChange()
                                    << QStringList{QStringLiteral("amount"), QStringLiteral("balance"),
                                                   QStringLiteral("entryId"), QStringLiteral("reason")}
                                    << QStringList{QString(), QStringLiteral("1500"), QString(), QString()}
                                    << QStringList{QStringLiteral("250"), QStringLiteral("1750"),
                                                   QStringLiteral("901"), QStringLiteral("goodwill")}
                                    << QStringList{QStringLiteral("amount"), QStringLiteral("balance"),
                                                   QStringLiteral("entryId"), QStringLiteral("reason")};
    QTest::newRow("creation") << creation()
                              << QStringList{QStringLiteral("displayName"), QStringLiteral("enabled"),
                                             QStringLiteral("role"), QStringLiteral("username")}
                              << QStringList{QString(), QString(), QString(), QString()}
                              << QStringList{QStringLiteral("苏珊"), QStringLiteral("true"),
                                             QStringLiteral("support"), QStringLiteral("sue")}
                              << QStringList{QStringLiteral("displayName"), QStringLiteral("enabled"),
                                             QStringLiteral("role"), QStringLiteral("username")};
    QTest::newRow("role only") << roleChange()
                               << QStringList{QStringLiteral("displayName"), QStringLiteral("enabled"),
                                              QStringLiteral("role"), QStringLiteral("username")}
                               << QStringList{QStringLiteral("苏珊"), QStringLiteral("true"),
                                              QStringLiteral("support"), QStringLiteral("sue")}
                               << QStringList{QStringLiteral("苏珊"), QStringLiteral("true"),
                                              QStringLiteral("manager"), QStringLiteral("sue")}
                               << QStringList{QStringLiteral("role")};
}

void tst_AuditDiffModel::showsFields()
{
    QFETCH(AuditEntry, entry);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QStringList, changed);

    AuditDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntry(entry);
    QCOMPARE(model.rowCount(), fields.size());
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(AuditDiffModel::FieldColumn, Qt::Horizontal).toString(),
             QStringLiteral("Field"));
    QCOMPARE(model.headerData(AuditDiffModel::BeforeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Before"));
    QCOMPARE(model.headerData(AuditDiffModel::AfterColumn, Qt::Horizontal).toString(),
             QStringLiteral("After"));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.data(model.index(row, AuditDiffModel::FieldColumn)).toString(), fields.at(row));
        QCOMPARE(model.data(model.index(row, AuditDiffModel::BeforeColumn)).toString(), before.at(row));
        QCOMPARE(model.data(model.index(row, AuditDiffModel::AfterColumn)).toString(), after.at(row));
        const bool isChanged = changed.contains(fields.at(row));
        for (int column = 0; column < AuditDiffModel::ColumnCount; ++column) {
            const QModelIndex index = model.index(row, column);
            QCOMPARE(model.data(index, AuditDiffModel::ChangedRole).toBool(), isChanged);
            QCOMPARE(model.data(index, Qt::BackgroundRole).isValid(), isChanged);
            QCOMPARE(model.data(index, Qt::FontRole).value<QFont>().bold(), isChanged);
        }
    }
}

void tst_AuditDiffModel::highlightsOnlyChangedRows()
{
    AuditDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntry(roleChange());
    const int role = model.rowOfField(QStringLiteral("role"));
    const int name = model.rowOfField(QStringLiteral("username"));
    QVERIFY(role >= 0 && name >= 0);
    QVERIFY(model.data(model.index(role, 1), AuditDiffModel::ChangedRole).toBool());
    QVERIFY(!model.data(model.index(name, 1), AuditDiffModel::ChangedRole).toBool());
    QVERIFY(model.data(model.index(role, 2), Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
    QVERIFY(!model.data(model.index(name, 2), Qt::BackgroundRole).isValid());

    // Another entry replaces the rows.
    model.setEntry(balanceChange());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.entry().id, 7);
}

void tst_AuditDiffModel::valueText_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << QString();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QStringLiteral("null");
    QTest::newRow("string") << QJsonValue(QStringLiteral("客户投诉补偿")) << QStringLiteral("客户投诉补偿");
    QTest::newRow("integer") << QJsonValue(1750) << QStringLiteral("1750");
    QTest::newRow("negative") << QJsonValue(-250) << QStringLiteral("-250");
    QTest::newRow("fraction") << QJsonValue(1.5) << QStringLiteral("1.5");
    QTest::newRow("bool") << QJsonValue(false) << QStringLiteral("false");
    QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("a"), 1},
                                                      {QStringLiteral("b"), QStringLiteral("x")}})
                            << QStringLiteral("{\"a\":1,\"b\":\"x\"}");
    QTest::newRow("array") << QJsonValue(QJsonArray{1, QStringLiteral("two")})
                           << QStringLiteral("[1,\"two\"]");
}

void tst_AuditDiffModel::valueText()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, text);
    QCOMPARE(AuditDiffModel::valueText(value), text);
}

void tst_AuditDiffModel::clearEmpties()
{
    AuditDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntry(creation());
    QCOMPARE(model.rowCount(), 4);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.setEntry(AuditEntry{}); // a sign-in has neither before nor after
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_AuditDiffModel)
#include "tst_auditdiffmodel.moc"
