// A redemption's timeline under QAbstractItemModelTester: every kind of event the server records becomes
// a sentence built from its details (and a kind this console does not know shows its word), times are
// local, the actor is named; the detail fixture (GET /v1/redemptions/{id}) reads into timeline and cases.
#include "client/RedemptionRecord.h"
#include "models/RedemptionTimelineModel.h"
#include "support/FixtureServer.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace loyalty;
using loyalty::test::FixtureServer;

class tst_RedemptionTimelineModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void detailFixtureReads();
    void showsTheEvents();
    void sentences_data();
    void sentences();
    void caseWords_data();
    void caseWords();
    void resetKeepsTesterHappy();

private:
    RedemptionRecord m_detail;
};

void tst_RedemptionTimelineModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_detail = RedemptionRecord::fromJson(
        QJsonDocument::fromJson(FixtureServer::readFile(QFINDTESTDATA("fixtures/redemption-detail.json")))
            .object());
}

void tst_RedemptionTimelineModel::detailFixtureReads()
{
    QVERIFY(m_detail.hasDetail());
    QCOMPARE(m_detail.id(), qint64(103));
    QCOMPARE(m_detail.redemption.status, RedemptionStatus::Shipped);
    QCOMPARE(m_detail.redemption.trackingNumber, QStringLiteral("SF1234567890"));
    QCOMPARE(m_detail.itemCategory, ItemCategory::PhysicalGift);
    QCOMPARE(m_detail.fulfilment, ItemFulfilment::Ship);
    QVERIFY(m_detail.offers(RedemptionAction::OpenCase));
    QVERIFY(!m_detail.offers(RedemptionAction::Cancel));
    QCOMPARE(m_detail.timeline.size(), 7);
    QCOMPARE(m_detail.timeline.at(1).kind, QStringLiteral("shipped"));
    QCOMPARE(m_detail.timeline.at(1).actor, QStringLiteral("sue"));
    QCOMPARE(m_detail.timeline.at(1).at, QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc()));
    QCOMPARE(m_detail.cases.size(), 1);
    const AfterSalesCase resolved = m_detail.cases.constFirst();
    QCOMPARE(resolved.kind, CaseKind::Damaged);
    QCOMPARE(resolved.status, CaseStatus::Resolved);
    QCOMPARE(resolved.outcome, std::optional<CaseOutcome>(CaseOutcome::Refund));
    QVERIFY(resolved.restock);
}

void tst_RedemptionTimelineModel::showsTheEvents()
{
    RedemptionTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(RedemptionTimelineModel::ColumnCount));
    model.setEvents(m_detail.timeline);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.eventAt(0).kind, QStringLiteral("placed")); // oldest first, as the server sends them
    const QModelIndex time = model.index(1, RedemptionTimelineModel::TimeColumn);
    QCOMPARE(time.data().toString(),
             QLocale().toString(m_detail.timeline.at(1).at.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(time.data(RedemptionTimelineModel::AtRole).toDateTime(), m_detail.timeline.at(1).at);
    QVERIFY(!time.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.index(1, RedemptionTimelineModel::WhatColumn).data().toString(),
             QStringLiteral("Shipped by 顺丰速运, tracking number SF1234567890"));
    QCOMPARE(model.index(1, RedemptionTimelineModel::WhoColumn).data().toString(), QStringLiteral("sue"));
    QCOMPARE(model.index(1, RedemptionTimelineModel::WhatColumn)
                 .data(RedemptionTimelineModel::KindRole)
                 .toString(),
             QStringLiteral("shipped"));
    QCOMPARE(model.index(6, RedemptionTimelineModel::WhatColumn).data().toString(),
             QStringLiteral("somethingNew"));
    QCOMPARE(model.headerData(RedemptionTimelineModel::WhatColumn, Qt::Horizontal).toString(),
             QStringLiteral("What happened"));
    QCOMPARE(model.headerData(RedemptionTimelineModel::WhoColumn, Qt::Horizontal).toString(),
             QStringLiteral("By"));
}

void tst_RedemptionTimelineModel::sentences_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("detail");
    QTest::addColumn<QString>("sentence");
    auto row = [](const char *name, const char *kind, const QJsonObject &detail, const QString &sentence) {
        QTest::addRow("%s", name) << QString::fromLatin1(kind) << detail << sentence;
    };
    row("placed", "placed", {{QStringLiteral("quantity"), 2}, {QStringLiteral("points"), 3000}},
        QStringLiteral("Placed: 2 unit(s) for 3,000 points"));
    row("placed with cash", "placed",
        {{QStringLiteral("quantity"), 1}, {QStringLiteral("points"), 800}, {QStringLiteral("cash"), 1990}},
        QStringLiteral("Placed: 1 unit(s) for 800 points and ¥19.90"));
    row("placed bare", "placed", {}, QStringLiteral("Placed"));
    row("fulfilled with code", "fulfilled", {{QStringLiteral("code"), QStringLiteral("ABC-123")}},
        QStringLiteral("Fulfilled with code ABC-123"));
    row("fulfilled directly", "fulfilled", {}, QStringLiteral("Fulfilled"));
    row("shipped", "shipped",
        {{QStringLiteral("carrier"), QStringLiteral("EMS")},
         {QStringLiteral("trackingNumber"), QStringLiteral("EMS-0001")}},
        QStringLiteral("Shipped by EMS, tracking number EMS-0001"));
    row("completed", "completed", {}, QStringLiteral("Completed"));
    row("cancelled with refund", "cancelled",
        {{QStringLiteral("reason"), QStringLiteral("member asked")}, {QStringLiteral("points"), 2000}},
        QStringLiteral("Cancelled, 2,000 points refunded: member asked"));
    row("cancelled", "cancelled", {{QStringLiteral("reason"), QStringLiteral("duplicate")}},
        QStringLiteral("Cancelled: duplicate"));
    row("case opened", "caseOpened",
        {{QStringLiteral("caseId"), 4},
         {QStringLiteral("kind"), QStringLiteral("damaged")},
         {QStringLiteral("description"), QStringLiteral("lid broken")}},
        QStringLiteral("Opened case 4: Damaged (“lid broken”)"));
    row("case opened bare", "caseOpened", {{QStringLiteral("kind"), QStringLiteral("lost")}},
        QStringLiteral("Opened a case: Lost in transit"));
    row("case resolved", "caseResolved",
        {{QStringLiteral("caseId"), 4},
         {QStringLiteral("outcome"), QStringLiteral("reject")},
         {QStringLiteral("reason"), QStringLiteral("no photo")}},
        QStringLiteral("Resolved case 4: Reject the claim: no photo"));
    row("code reissued", "codeReissued", {{QStringLiteral("code"), QStringLiteral("NEW-1")}},
        QStringLiteral("A new code was issued: NEW-1"));
    row("reshipped", "reshipped", {{QStringLiteral("quantity"), 1}},
        QStringLiteral("Shipped again: 1 unit(s) taken from stock"));
    row("refunded", "refunded", {{QStringLiteral("points"), 1500}},
        QStringLiteral("1,500 points refunded to the member"));
    row("restocked", "restocked", {{QStringLiteral("quantity"), 2}},
        QStringLiteral("2 unit(s) put back into stock"));
    row("unknown", "giftWrapped", {}, QStringLiteral("giftWrapped"));
}

void tst_RedemptionTimelineModel::sentences()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, detail);
    QFETCH(QString, sentence);
    RedemptionTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents({TimelineEvent{1, kind, QStringLiteral("sue"), QDateTime::currentDateTimeUtc(), detail}});
    QCOMPARE(model.index(0, RedemptionTimelineModel::WhatColumn).data().toString(), sentence);
    QCOMPARE(model.index(0, RedemptionTimelineModel::WhatColumn).data(Qt::ToolTipRole).toString(), sentence);
}

void tst_RedemptionTimelineModel::caseWords_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::addRow("not received") << int(CaseKind::NotReceived) << QStringLiteral("Not received");
    QTest::addRow("damaged") << int(CaseKind::Damaged) << QStringLiteral("Damaged");
    QTest::addRow("lost") << int(CaseKind::Lost) << QStringLiteral("Lost in transit");
    QTest::addRow("wrong item") << int(CaseKind::WrongItem) << QStringLiteral("Wrong item or code");
}

void tst_RedemptionTimelineModel::caseWords()
{
    QFETCH(int, kind);
    QFETCH(QString, text);
    QCOMPARE(RedemptionTimelineModel::caseKindText(CaseKind(kind)), text);
    QCOMPARE(RedemptionTimelineModel::caseOutcomeText(CaseOutcome::Refund),
             QStringLiteral("Refund the points"));
    QCOMPARE(RedemptionTimelineModel::caseStatusText(CaseStatus::Open), QStringLiteral("Open"));
}

void tst_RedemptionTimelineModel::resetKeepsTesterHappy()
{
    RedemptionTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setEvents(m_detail.timeline);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.size(), 2);
    QVERIFY(!model.index(0, 0).isValid());
}

QTEST_GUILESS_MAIN(tst_RedemptionTimelineModel)
#include "tst_redemptiontimelinemodel.moc"
