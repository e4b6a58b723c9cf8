#include "core/LedgerEntry.h"
#include "core/Lot.h"
#include "core/Member.h"

#include <QTest>

using namespace loyalty;

class tst_Member : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void memberRoundTrip();
    void ledgerRoundTrip();
    void tierNameFallsBack();
    void lotRoundTrip();
};

void tst_Member::lotRoundTrip()
{
    Lot lot;
    lot.id = 3;
    lot.entryId = 9;
    lot.amount = 500;
    lot.remaining = 120;
    lot.earnedAt = QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC);
    lot.expiresAt = QDateTime(QDate(2027, 1, 5), QTime(10, 0), Qt::UTC);
    for (Lot::Status status : {Lot::Status::Open, Lot::Status::Used, Lot::Status::Expired}) {
        lot.status = status;
        QCOMPARE(Lot::fromJson(lot.toJson()), lot);
    }
}

void tst_Member::memberRoundTrip()
{
    Member member;
    member.id = 42;
    member.memberNo = QStringLiteral("8800000042");
    member.name = QStringLiteral("李娜");
    member.phone = QStringLiteral("139****0042");
    member.status = MemberStatus::Frozen;
    member.tier = TierRef{
        2, 2, LocalizedText{QStringLiteral("银卡"), QStringLiteral("銀卡"), QStringLiteral("Silver")}};
    member.balance = 1234;
    member.lifetimePoints = 5000;
    member.registeredAt = QDateTime(QDate(2025, 3, 1), QTime(8, 30), Qt::UTC);
    QCOMPARE(Member::fromJson(member.toJson()), member);
    member.tierAtRisk = true;
    QCOMPARE(Member::fromJson(member.toJson()), member);
}

void tst_Member::ledgerRoundTrip()
{
    LedgerEntry entry;
    entry.id = 7;
    entry.memberId = 42;
    entry.kind = LedgerKind::Adjust;
    entry.amount = -300;
    entry.balanceAfter = 934;
    entry.reason = QStringLiteral("correction");
    entry.actor = QStringLiteral("agent1");
    entry.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
    QCOMPARE(LedgerEntry::fromJson(entry.toJson()), entry);
    entry.kind = LedgerKind::Reverse;
    entry.reversesEntryId = 5;
    QCOMPARE(LedgerEntry::fromJson(entry.toJson()), entry);
    LedgerKind kind;
    QVERIFY(!ledgerKindFromString(QStringLiteral("gift"), &kind));
}

void tst_Member::tierNameFallsBack()
{
    const LocalizedText name{QStringLiteral("金卡"), QString(), QStringLiteral("Gold")};
    QCOMPARE(name.text(QStringLiteral("zh_TW")), QStringLiteral("金卡"));
    QCOMPARE(name.text(QStringLiteral("en_US")), QStringLiteral("Gold"));
    QCOMPARE(name.text(QStringLiteral("zh_CN")), QStringLiteral("金卡"));
}

QTEST_GUILESS_MAIN(tst_Member)
#include "tst_member.moc"
