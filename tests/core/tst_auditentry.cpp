#include "core/AuditEntry.h"
#include "core/AuditFilter.h"

#include <QTest>

using namespace loyalty;
using namespace Qt::StringLiterals;

class tst_AuditEntry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void changedFields_data();
    void changedFields();
    void roundTrip();
    void filterThroughQuery();
    void filterRefusesBadTime();
};

void tst_AuditEntry::changedFields_data()
{
    QTest::addColumn<QJsonObject>("before");
    QTest::addColumn<QJsonObject>("after");
    QTest::addColumn<QStringList>("changed");
    QTest::addRow("balance moved") << QJsonObject{{u"balance"_s, 100}}
                                   << QJsonObject{{u"balance"_s, 200}, {u"entryId"_s, 7}}
                                   << QStringList{u"balance"_s, u"entryId"_s};
    QTest::addRow("role changed only")
        << QJsonObject{{u"role"_s, u"support"_s}, {u"enabled"_s, true}}
        << QJsonObject{{u"role"_s, u"manager"_s}, {u"enabled"_s, true}} << QStringList{u"role"_s};
    QTest::addRow("creation") << QJsonObject{}
                              << QJsonObject{{u"username"_s, u"wf"_s}, {u"role"_s, u"support"_s}}
                              << QStringList{u"role"_s, u"username"_s};
    QTest::addRow("nothing changed") << QJsonObject{{u"a"_s, 1}} << QJsonObject{{u"a"_s, 1}} << QStringList{};
}

void tst_AuditEntry::changedFields()
{
    QFETCH(QJsonObject, before);
    QFETCH(QJsonObject, after);
    QFETCH(QStringList, changed);
    AuditEntry entry;
    entry.before = before;
    entry.after = after;
    QCOMPARE(entry.changedFields(), changed);
}

void tst_AuditEntry::roundTrip()
{
    AuditEntry entry;
    entry.id = 12;
    entry.at = QDateTime(QDate(2026, 11, 23), QTime(10, 0, 0, 5), Qt::UTC);
    entry.actorId = 2;
    entry.actor = QStringLiteral("sue");
    entry.clientAddress = QStringLiteral("127.0.0.1");
    entry.action = QStringLiteral("points.adjust");
    entry.entity = QStringLiteral("member");
    entry.entityId = QStringLiteral("42");
    entry.before = {{QStringLiteral("balance"), 10}};
    entry.after = {{QStringLiteral("balance"), 110}};
    QCOMPARE(AuditEntry::fromJson(entry.toJson()), entry);
    AuditEntry system;
    system.id = 1;
    system.action = QStringLiteral("auth.login_failed");
    QCOMPARE(AuditEntry::fromJson(system.toJson()), system);
}

void tst_AuditEntry::filterThroughQuery()
{
    AuditFilter filter;
    filter.actor = QStringLiteral("sue");
    filter.entity = QStringLiteral("member");
    filter.action = QStringLiteral("points.adjust");
    filter.from = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    QUrlQuery query;
    filter.addTo(&query);
    AuditFilter back;
    QString bad;
    QVERIFY(AuditFilter::fromQuery(QUrlQuery(query.toString(QUrl::FullyEncoded)), &back, &bad));
    QCOMPARE(back, filter);
    QVERIFY(!back.isEmpty());
    QVERIFY(AuditFilter().isEmpty());
}

void tst_AuditEntry::filterRefusesBadTime()
{
    AuditFilter filter;
    QString bad;
    QVERIFY(!AuditFilter::fromQuery(QUrlQuery(QStringLiteral("to=yesterday")), &filter, &bad));
    QCOMPARE(bad, QStringLiteral("to"));
}

QTEST_GUILESS_MAIN(tst_AuditEntry)
#include "tst_auditentry.moc"
