#include "core/AfterSalesCase.h"
#include "core/CaseRequest.h"
#include "core/CaseResolution.h"

#include <QJsonDocument>
#include <QTest>

using namespace loyalty;

Q_DECLARE_METATYPE(loyalty::AfterSalesCase)
Q_DECLARE_METATYPE(loyalty::CaseKind)
Q_DECLARE_METATYPE(loyalty::CaseOutcome)
Q_DECLARE_METATYPE(loyalty::ItemFulfilment)

namespace {
using K = CaseKind;
using O = CaseOutcome;
using F = ItemFulfilment;
} // namespace

// The after-sales case with the request that opens it and the resolution that closes it.
class tst_AfterSalesCase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void words();
    void caseRequest_data();
    void caseRequest();
    void caseRequestFromJson_data();
    void caseRequestFromJson();
    void resolution_data();
    void resolution();
    void resolutionFromJson_data();
    void resolutionFromJson();
    void caseRoundTrip_data();
    void caseRoundTrip();
};

void tst_AfterSalesCase::words()
{
    for (K kind : {K::NotReceived, K::Damaged, K::Lost, K::WrongItem}) {
        K read{};
        QVERIFY(caseKindFromString(caseKindToString(kind), &read));
        QCOMPARE(read, kind);
    }
    for (O outcome : {O::Refund, O::Reship, O::Reissue, O::Reject}) {
        O read{};
        QVERIFY(caseOutcomeFromString(caseOutcomeToString(outcome), &read));
        QCOMPARE(read, outcome);
    }
    QCOMPARE(caseKindToString(K::NotReceived), QStringLiteral("notReceived"));
    QCOMPARE(caseKindToString(K::WrongItem), QStringLiteral("wrongItem"));
}

void tst_AfterSalesCase::caseRequest_data()
{
    QTest::addColumn<K>("kind");
    QTest::addColumn<F>("fulfilment");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("field");
    const QString text = QStringLiteral("Box arrived crushed.");
    // Every kind against every delivery: a parcel can have any problem, a code only not arrive or be
    // the wrong one, a donation only not arrive.
    QTest::addRow("parcel not received") << K::NotReceived << F::Ship << text << QString();
    QTest::addRow("parcel damaged") << K::Damaged << F::Ship << text << QString();
    QTest::addRow("parcel lost") << K::Lost << F::Ship << text << QString();
    QTest::addRow("parcel wrong item") << K::WrongItem << F::Ship << text << QString();
    QTest::addRow("code not received") << K::NotReceived << F::Code << text << QString();
    QTest::addRow("code damaged") << K::Damaged << F::Code << text << QStringLiteral("kind");
    QTest::addRow("code lost") << K::Lost << F::Code << text << QStringLiteral("kind");
    QTest::addRow("wrong code") << K::WrongItem << F::Code << text << QString();
    QTest::addRow("donation not received") << K::NotReceived << F::Direct << text << QString();
    QTest::addRow("donation damaged") << K::Damaged << F::Direct << text << QStringLiteral("kind");
    QTest::addRow("donation lost") << K::Lost << F::Direct << text << QStringLiteral("kind");
    QTest::addRow("donation wrong item") << K::WrongItem << F::Direct << text << QStringLiteral("kind");
    QTest::addRow("description blank")
        << K::Damaged << F::Ship << QStringLiteral(" ") << QStringLiteral("description");
    QTest::addRow("description 500") << K::Damaged << F::Ship << QString(500, QLatin1Char('d')) << QString();
    QTest::addRow("description 501") << K::Damaged << F::Ship << QString(501, QLatin1Char('d'))
                                     << QStringLiteral("description");
}

void tst_AfterSalesCase::caseRequest()
{
    QFETCH(K, kind);
    QFETCH(F, fulfilment);
    QFETCH(QString, description);
    QFETCH(QString, field);
    const auto broken = CaseRequest{kind, description}.validate(fulfilment);
    if (field.isEmpty()) {
        QVERIFY2(!broken, qPrintable(broken ? broken->code : QString()));
        return;
    }
    QVERIFY(broken);
    QCOMPARE(broken->field, field);
    QVERIFY(!broken->text().isEmpty());
}

void tst_AfterSalesCase::caseRequestFromJson_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("field");
    const QString kind = QStringLiteral("kind");
    const QString description = QStringLiteral("description");
    QTest::addRow("valid") << QJsonObject{{kind, QStringLiteral("lost")},
                                          {description, QStringLiteral("Gone")}}
                           << QString();
    QTest::addRow("unknown kind") << QJsonObject{{kind, QStringLiteral("late")},
                                                 {description, QStringLiteral("x")}}
                                  << kind;
    QTest::addRow("kind missing") << QJsonObject{{description, QStringLiteral("x")}} << kind;
    QTest::addRow("description as number")
        << QJsonObject{{kind, QStringLiteral("lost")}, {description, 3}} << description;
}

void tst_AfterSalesCase::caseRequestFromJson()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, field);
    CaseRequest request;
    const auto broken = CaseRequest::fromJson(json, &request);
    if (field.isEmpty()) {
        QVERIFY(!broken);
        QCOMPARE(request.toJson(), json);
        return;
    }
    QVERIFY(broken);
    QCOMPARE(broken->field, field);
}

void tst_AfterSalesCase::resolution_data()
{
    QTest::addColumn<O>("outcome");
    QTest::addColumn<bool>("restock");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<F>("fulfilment");
    QTest::addColumn<K>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    const QString none;
    const QString why = QStringLiteral("Photo shows no damage");
    QTest::addRow("refund") << O::Refund << false << none << F::Code << K::NotReceived << none << none;
    QTest::addRow("refund + restock, damaged parcel returned")
        << O::Refund << true << none << F::Ship << K::Damaged << none << none;
    QTest::addRow("refund + restock, lost parcel")
        << O::Refund << true << none << F::Ship << K::Lost << QStringLiteral("restock")
        << QStringLiteral("restock_lost");
    QTest::addRow("reship parcel") << O::Reship << false << none << F::Ship << K::Lost << none << none;
    QTest::addRow("reship code") << O::Reship << false << none << F::Code << K::NotReceived
                                 << QStringLiteral("outcome") << QStringLiteral("reship_needs_shipping");
    QTest::addRow("reship donation") << O::Reship << false << none << F::Direct << K::NotReceived
                                     << QStringLiteral("outcome") << QStringLiteral("reship_needs_shipping");
    QTest::addRow("reissue code") << O::Reissue << false << none << F::Code << K::WrongItem << none << none;
    QTest::addRow("reissue parcel") << O::Reissue << false << none << F::Ship << K::Damaged
                                    << QStringLiteral("outcome") << QStringLiteral("reissue_needs_code");
    QTest::addRow("reissue donation") << O::Reissue << false << none << F::Direct << K::NotReceived
                                      << QStringLiteral("outcome") << QStringLiteral("reissue_needs_code");
    QTest::addRow("reship + restock") << O::Reship << true << none << F::Ship << K::Damaged
                                      << QStringLiteral("restock") << QStringLiteral("restock_needs_refund");
    QTest::addRow("reject + restock") << O::Reject << true << why << F::Ship << K::Damaged
                                      << QStringLiteral("restock") << QStringLiteral("restock_needs_refund");
    QTest::addRow("reject with reason") << O::Reject << false << why << F::Ship << K::Damaged << none << none;
    QTest::addRow("reject without reason")
        << O::Reject << false << QStringLiteral("  ") << F::Ship << K::Damaged << QStringLiteral("reason")
        << QStringLiteral("reason_required");
    QTest::addRow("reason 201") << O::Refund << false << QString(201, QLatin1Char('r')) << F::Ship
                                << K::Damaged << QStringLiteral("reason")
                                << QStringLiteral("reason_too_long");
}

void tst_AfterSalesCase::resolution()
{
    QFETCH(O, outcome);
    QFETCH(bool, restock);
    QFETCH(QString, reason);
    QFETCH(F, fulfilment);
    QFETCH(K, kind);
    QFETCH(QString, field);
    QFETCH(QString, code);
    const auto broken = CaseResolution{outcome, restock, reason}.validate(fulfilment, kind);
    if (code.isEmpty()) {
        QVERIFY2(!broken, qPrintable(broken ? broken->code : QString()));
        return;
    }
    QVERIFY(broken);
    QCOMPARE(broken->field, field);
    QCOMPARE(broken->code, code);
    QVERIFY(!broken->text().isEmpty());
}

void tst_AfterSalesCase::resolutionFromJson_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("field");
    const QString outcome = QStringLiteral("outcome");
    const QString restock = QStringLiteral("restock");
    const QString reason = QStringLiteral("reason");
    QTest::addRow("refund + restock")
        << QJsonObject{{outcome, QStringLiteral("refund")}, {restock, true}, {reason, QStringLiteral("Back")}}
        << QString();
    QTest::addRow("unknown outcome") << QJsonObject{{outcome, QStringLiteral("compensate")}} << outcome;
    QTest::addRow("restock as text") << QJsonObject{{outcome, QStringLiteral("refund")},
                                                    {restock, QStringLiteral("yes")}}
                                     << restock;
    QTest::addRow("reason as number")
        << QJsonObject{{outcome, QStringLiteral("reject")}, {reason, 1}} << reason;
}

void tst_AfterSalesCase::resolutionFromJson()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, field);
    CaseResolution resolution;
    const auto broken = CaseResolution::fromJson(json, &resolution);
    if (field.isEmpty()) {
        QVERIFY(!broken);
        QCOMPARE(resolution.toJson(), json);
        return;
    }
    QVERIFY(broken);
    QCOMPARE(broken->field, field);
}

void tst_AfterSalesCase::caseRoundTrip_data()
{
    QTest::addColumn<AfterSalesCase>("theCase");
    const QDateTime at = QDateTime::fromString(QStringLiteral("2026-11-23T18:48:00.000Z"), Qt::ISODateWithMs);
    AfterSalesCase open;
    open.id = 5;
    open.redemptionId = 9;
    open.kind = K::Damaged;
    open.description = QStringLiteral("Box crushed");
    open.openedBy = QStringLiteral("agent1");
    open.openedAt = at;
    QTest::addRow("open") << open;
    AfterSalesCase resolved = open;
    resolved.status = CaseStatus::Resolved;
    resolved.outcome = O::Refund;
    resolved.restock = true;
    resolved.reason = QStringLiteral("Returned unopened");
    resolved.resolvedBy = QStringLiteral("agent2");
    resolved.resolvedAt = at.addDays(2);
    QTest::addRow("resolved with refund + restock") << resolved;
}

void tst_AfterSalesCase::caseRoundTrip()
{
    QFETCH(AfterSalesCase, theCase);
    const QJsonObject json = theCase.toJson();
    QCOMPARE(json.contains(QStringLiteral("outcome")), theCase.outcome.has_value());
    QCOMPARE(AfterSalesCase::fromJson(QJsonDocument(json).object()), theCase);
}

QTEST_GUILESS_MAIN(tst_AfterSalesCase)
#include "tst_aftersalescase.moc"
