// A redemption's timeline under QAbstractItemModelTester, over a real loyalty-server: a support agent
// redeems a gift for a demo member, ships it, opens a damaged case and resolves it with a refund and a
// restock; and redeems a coupon, fulfils it with a code, opens a wrong-code case and has the code
// reissued. The detail the console reads (GET /v1/redemptions/{id} through RedemptionJob) carries that
// timeline and its cases, and every event the server recorded becomes a sentence built from the details
// the server wrote. Each kind's sentence (and a kind this console does not know, which shows its word) is
// also checked row by row; times are local, the actor is named.
#include "client/ApiClient.h"
#include "client/RedemptionJob.h"
#include "client/RedemptionRecord.h"
#include "models/RedemptionTimelineModel.h"
#include "support/SignedInClient.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace loyalty;
using loyalty::test::HttpReply;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

class tst_RedemptionTimelineModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void detailReads();
    void showsTheEvents();
    void serverEventsRead_data();
    void serverEventsRead();
    void sentences_data();
    void sentences();
    void caseWords_data();
    void caseWords();
    void resetKeepsTesterHappy();

private:
    RedemptionRecord fetch(qint64 id);

    TestServer m_server;
    ApiClient m_client;
    qint64 m_giftRedemption = 0;
    qint64 m_couponRedemption = 0;
    qint64 m_giftCase = 0;
    qint64 m_couponCase = 0;
    RedemptionRecord m_detail; // the gift's
};

RedemptionRecord tst_RedemptionTimelineModel::fetch(qint64 id)
{
    auto *job = new RedemptionJob(&m_client, id);
    QSignalSpy finished(job, &ApiJob::finished);
    job->start();
    if (!finished.wait(30000) || !job->succeeded())
        qWarning("GET /v1/redemptions/%lld failed: %s", id, qPrintable(job->errorText()));
    return job->redemption(); // the job is deleted later, by the event loop
}

void tst_RedemptionTimelineModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_server.seedDemo(6));
    QVERIFY(m_server.createUser(QStringLiteral("olga"), QStringLiteral("operator")));
    QVERIFY(m_server.createUser(QStringLiteral("sue"), QStringLiteral("support")));
    QVERIFY(m_server.start({QStringLiteral("--approval-threshold"), QStringLiteral("1000000")}));
    TestHttp olga(m_server.baseUrl());
    QCOMPARE(olga.login(QStringLiteral("olga"), QString::fromLatin1(TestServer::kPassword)).status, 200);
    TestHttp sue(m_server.baseUrl());
    QCOMPARE(sue.login(QStringLiteral("sue"), QString::fromLatin1(TestServer::kPassword)).status, 200);

    const auto createItem = [&](const QString &name, const char *category, qint64 points) {
        const HttpReply created = olga.post(QStringLiteral("/v1/items"),
                                            {{QStringLiteral("name"), name},
                                             {QStringLiteral("category"), QString::fromLatin1(category)},
                                             {QStringLiteral("pointsPrice"), points},
                                             {QStringLiteral("status"), QStringLiteral("on")},
                                             {QStringLiteral("initialStock"), 10}});
        return created.status == 201 ? created.json.value(QStringLiteral("id")).toInteger() : qint64(0);
    };
    const qint64 gift = createItem(QStringLiteral("保温杯"), "physicalGift", 2000);
    const qint64 coupon = createItem(QStringLiteral("咖啡券"), "coupon", 600);
    QVERIFY(gift && coupon);

    const HttpReply members = sue.get(QStringLiteral("/v1/members?limit=50"));
    qint64 member = 0;
    for (const QJsonValue &value : members.json.value(QStringLiteral("items")).toArray()) {
        if (value.toObject().value(QStringLiteral("status")).toString() == QLatin1String("active")) {
            member = value.toObject().value(QStringLiteral("id")).toInteger();
            break;
        }
    }
    QVERIFY(member > 0);
    QCOMPARE(
        sue.post(QStringLiteral("/v1/members/%1/adjustments").arg(member),
                 {{QStringLiteral("amount"), 10000}, {QStringLiteral("reason"), QStringLiteral("goodwill")}},
                 "points-for-the-timeline")
            .status,
        201);
    const auto post = [&](const QString &path, const QJsonObject &body, const QByteArray &key = {}) {
        const HttpReply reply = sue.post(path, body, key);
        if (reply.status / 100 != 2)
            qWarning("%s: %s", qPrintable(path), reply.body.constData());
        return reply;
    };
    const auto place = [&](qint64 item, const QByteArray &key) {
        return post(QStringLiteral("/v1/redemptions"),
                    {{QStringLiteral("memberId"), member},
                     {QStringLiteral("itemId"), item},
                     {QStringLiteral("quantity"), 1}},
                    key)
            .json.value(QStringLiteral("id"))
            .toInteger();
    };
    m_giftRedemption = place(gift, "timeline-gift");
    QVERIFY(m_giftRedemption > 0);
    QCOMPARE(post(QStringLiteral("/v1/redemptions/%1/ship").arg(m_giftRedemption),
                  {{QStringLiteral("carrier"), QStringLiteral("顺丰速运")},
                   {QStringLiteral("trackingNumber"), QStringLiteral("SF1234567890")}})
                 .status,
             200);
    m_giftCase = post(QStringLiteral("/v1/redemptions/%1/cases").arg(m_giftRedemption),
                      {{QStringLiteral("kind"), QStringLiteral("damaged")},
                       {QStringLiteral("description"), QStringLiteral("lid broken")}},
                      "timeline-gift-case")
                     .json.value(QStringLiteral("id"))
                     .toInteger();
    QVERIFY(m_giftCase > 0);
    QCOMPARE(post(QStringLiteral("/v1/cases/%1/resolve").arg(m_giftCase),
                  {{QStringLiteral("outcome"), QStringLiteral("refund")},
                   {QStringLiteral("restock"), true},
                   {QStringLiteral("reason"), QStringLiteral("photo shows the dent")}},
                  "timeline-gift-resolve")
                 .status,
             200);

    m_couponRedemption = place(coupon, "timeline-coupon");
    QVERIFY(m_couponRedemption > 0);
    QCOMPARE(post(QStringLiteral("/v1/redemptions/%1/fulfil").arg(m_couponRedemption),
                  {{QStringLiteral("code"), QStringLiteral("ABC-123")}})
                 .status,
             200);
    m_couponCase = post(QStringLiteral("/v1/redemptions/%1/cases").arg(m_couponRedemption),
                        {{QStringLiteral("kind"), QStringLiteral("wrongItem")},
                         {QStringLiteral("description"), QStringLiteral("the code is refused")}},
                        "timeline-coupon-case")
                       .json.value(QStringLiteral("id"))
                       .toInteger();
    QVERIFY(m_couponCase > 0);
    QCOMPARE(post(QStringLiteral("/v1/cases/%1/resolve").arg(m_couponCase),
                  {{QStringLiteral("outcome"), QStringLiteral("reissue")},
                   {QStringLiteral("restock"), false},
                   {QStringLiteral("reason"), QStringLiteral("new code sent")}},
                  "timeline-coupon-resolve")
                 .status,
             200);

    QVERIFY(test::signInClient(m_client, m_server.baseUrl(), QStringLiteral("sue")));
    m_detail = fetch(m_giftRedemption);
}

void tst_RedemptionTimelineModel::detailReads()
{
    QVERIFY(m_detail.hasDetail());
    QCOMPARE(m_detail.id(), m_giftRedemption);
    QCOMPARE(m_detail.redemption.trackingNumber, QStringLiteral("SF1234567890"));
    QCOMPARE(m_detail.redemption.carrier, QStringLiteral("顺丰速运"));
    QCOMPARE(m_detail.itemCategory, ItemCategory::PhysicalGift);
    QCOMPARE(m_detail.fulfilment, ItemFulfilment::Ship);
    QCOMPARE(m_detail.itemName, QStringLiteral("保温杯"));
    QVERIFY(!m_detail.offers(RedemptionAction::Cancel)); // shipped: too late to cancel
    QCOMPARE(m_detail.timeline.size(), 6);
    QCOMPARE(m_detail.timeline.at(1).kind, QStringLiteral("shipped"));
    QCOMPARE(m_detail.timeline.at(1).actor, QStringLiteral("sue"));
    QCOMPARE(m_detail.timeline.at(1).at.timeSpec(), Qt::UTC);
    QVERIFY(m_detail.timeline.at(1).at >= m_detail.timeline.at(0).at);
    QVERIFY(m_detail.timeline.at(1).at <= QDateTime::currentDateTimeUtc());
    QCOMPARE(m_detail.cases.size(), 1);
    const AfterSalesCase resolved = m_detail.cases.constFirst();
    QCOMPARE(resolved.id, m_giftCase);
    QCOMPARE(resolved.kind, CaseKind::Damaged);
    QCOMPARE(resolved.status, CaseStatus::Resolved);
    QCOMPARE(resolved.outcome, std::optional<CaseOutcome>(CaseOutcome::Refund));
    QVERIFY(resolved.restock);
    QCOMPARE(resolved.description, QStringLiteral("lid broken"));
    QCOMPARE(resolved.reason, QStringLiteral("photo shows the dent"));
}

void tst_RedemptionTimelineModel::showsTheEvents()
{
    RedemptionTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(RedemptionTimelineModel::ColumnCount));
    model.setEvents(m_detail.timeline);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.eventAt(0).kind, QStringLiteral("placed")); // oldest first, as the server sends them
    const QModelIndex time = model.index(1, RedemptionTimelineModel::TimeColumn);
    QCOMPARE(time.data().toString(),
             QLocale().toString(m_detail.timeline.at(1).at.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(time.data(RedemptionTimelineModel::AtRole).toDateTime(), m_detail.timeline.at(1).at);
    QVERIFY(!time.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.index(1, RedemptionTimelineModel::WhoColumn).data().toString(), QStringLiteral("sue"));
    QCOMPARE(model.index(1, RedemptionTimelineModel::WhatColumn)
                 .data(RedemptionTimelineModel::KindRole)
                 .toString(),
             QStringLiteral("shipped"));
    QCOMPARE(model.headerData(RedemptionTimelineModel::WhatColumn, Qt::Horizontal).toString(),
             QStringLiteral("What happened"));
    QCOMPARE(model.headerData(RedemptionTimelineModel::WhoColumn, Qt::Horizontal).toString(),
             QStringLiteral("By"));
}

// Every event the server wrote reads as a sentence made of the details the server put in it.
void tst_RedemptionTimelineModel::serverEventsRead_data()
{
    QTest::addColumn<bool>("coupon");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("sentence"); // {case}: the redemption's case id
    QTest::addRow("placed") << false << 0 << QStringLiteral("placed")
                            << QStringLiteral("Placed: 1 unit(s) for 2,000 points");
    QTest::addRow("shipped") << false << 1 << QStringLiteral("shipped")
                             << QStringLiteral("Shipped by 顺丰速运, tracking number SF1234567890");
    QTest::addRow("case opened") << false << 2 << QStringLiteral("caseOpened")
                                 << QStringLiteral("Opened case {case}: Damaged (“lid broken”)");
    QTest::addRow("case resolved") << false << 3 << QStringLiteral("caseResolved")
                                   << QStringLiteral(
                                          "Resolved case {case}: Refund the points: photo shows the dent");
    QTest::addRow("refunded") << false << 4 << QStringLiteral("refunded")
                              << QStringLiteral("2,000 points refunded to the member");
    QTest::addRow("restocked") << false << 5 << QStringLiteral("restocked")
                               << QStringLiteral("1 unit(s) put back into stock");
    QTest::addRow("coupon placed") << true << 0 << QStringLiteral("placed")
                                   << QStringLiteral("Placed: 1 unit(s) for 600 points");
    QTest::addRow("fulfilled with code")
        << true << 1 << QStringLiteral("fulfilled") << QStringLiteral("Fulfilled with code ABC-123");
    QTest::addRow("wrong code") << true << 2 << QStringLiteral("caseOpened")
                                << QStringLiteral(
                                       "Opened case {case}: Wrong item or code (“the code is refused”)");
    QTest::addRow("reissue decided") << true << 3 << QStringLiteral("caseResolved")
                                     << QStringLiteral(
                                            "Resolved case {case}: Issue a new code: new code sent");
    QTest::addRow("code reissued") << true << 4 << QStringLiteral("codeReissued")
                                   << QStringLiteral("A new code was issued: {code}");
}

void tst_RedemptionTimelineModel::serverEventsRead()
{
    QFETCH(bool, coupon);
    QFETCH(int, row);
    QFETCH(QString, kind);
    QFETCH(QString, sentence);
    const RedemptionRecord record = coupon ? fetch(m_couponRedemption) : m_detail;
    QCOMPARE(record.timeline.size(), coupon ? 5 : 6);
    sentence.replace(QStringLiteral("{case}"), QString::number(coupon ? m_couponCase : m_giftCase));
    sentence.replace(QStringLiteral("{code}"), record.redemption.code);
    if (coupon)
        QVERIFY(record.redemption.code != QLatin1String("ABC-123")); // the new code replaced it
    RedemptionTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEvents(record.timeline);
    const QModelIndex what = model.index(row, RedemptionTimelineModel::WhatColumn);
    QCOMPARE(what.data(RedemptionTimelineModel::KindRole).toString(), kind);
    QCOMPARE(what.data().toString(), sentence);
    QCOMPARE(what.data(Qt::ToolTipRole).toString(), sentence);
    QCOMPARE(model.index(row, RedemptionTimelineModel::WhoColumn).data().toString(), QStringLiteral("sue"));
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
