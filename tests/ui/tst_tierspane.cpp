// The Tiers pane through its widgets against a real server, signed in as operations: Gold's spend bar
// is edited in the rule editor (in yuan), saved, the what-if runs and draws members per tier now and
// after with the up/down counts, and Publish (whose confirmation names those numbers) makes version 2,
// which GET /v1/tiers then serves with the new bar. A rule broken on purpose is said next to its field
// and keeps Publish disabled; someone else's save makes ours stale, said inline with Reload; and version
// 1 is restored into the draft from the Versions tab.
#include "core/TierLadderJson.h"
#include "models/TierConditionModel.h"
#include "models/TierLadderModel.h"
#include "models/TierVersionModel.h"
#include "support/TestConsole.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"
#include "ui/ConsoleServices.h"
#include "ui/Prompt.h"
#include "ui/TierRuleEditor.h"
#include "ui/TierVersionsView.h"
#include "ui/TiersPane.h"
#include "ui/WhatIfView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace loyalty;
using loyalty::test::HttpReply;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

class tst_TiersPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void editThresholdWhatIfAndPublish();
    void violationsShownNextToTheirField();
    void staleDraftSaidInline();
    void restoreVersionOne();

private:
    std::unique_ptr<TestHttp> http();
    void waitLoaded(TiersPane &pane);
    static int rowOf(const TierLadderModel &model, const QString &englishName);
    static int conditionRow(const TierRule &rule, TierMetric metric);
    static qint64 goldSpendBar(const QList<TierDefinition> &tiers);

    TestServer m_server;
    QTemporaryDir m_home;
    std::unique_ptr<ConsoleServices> m_services;
};

std::unique_ptr<TestHttp> tst_TiersPane::http()
{
    auto http = std::make_unique<TestHttp>(m_server.baseUrl());
    http->login(QStringLiteral("olga"), QString::fromLatin1(TestServer::kPassword));
    return http;
}

int tst_TiersPane::rowOf(const TierLadderModel &model, const QString &englishName)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.tierAt(row).name.en == englishName)
            return row;
    }
    return -1;
}

int tst_TiersPane::conditionRow(const TierRule &rule, TierMetric metric)
{
    for (int row = 0; row < rule.conditions.size(); ++row) {
        if (rule.conditions.at(row).metric == metric)
            return row;
    }
    return -1;
}

qint64 tst_TiersPane::goldSpendBar(const QList<TierDefinition> &tiers)
{
    for (const TierDefinition &tier : tiers) {
        if (tier.name.en == QLatin1String("Gold")) {
            const int row = conditionRow(tier.upgrade, TierMetric::CumulativeSpend);
            return row < 0 ? -1 : tier.upgrade.conditions.at(row).value;
        }
    }
    return -1;
}

void tst_TiersPane::waitLoaded(TiersPane &pane)
{
    QTRY_VERIFY_WITH_TIMEOUT(
        !pane.isBusy() && pane.ladderModel()->rowCount() >= 3 && pane.publishedVersion() > 0, 10000);
}

void tst_TiersPane::initTestCase()
{
    QVERIFY(m_server.seedDemo(60));
    QVERIFY(m_server.createUser(QStringLiteral("olga"), QStringLiteral("operator")));
    QVERIFY(m_server.start());
    m_services = test::makeConsoleServices(m_home.path(), QStringLiteral("olga"));
    QVERIFY(test::signInConsole(*m_services, m_server.baseUrl(), QStringLiteral("olga")));
    QVERIFY(m_services->session().user().can(Permission::TiersManage));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_TiersPane::cleanupTestCase()
{
    QThreadPool::globalInstance()->waitForDone();
    m_services.reset();
}

void tst_TiersPane::editThresholdWhatIfAndPublish()
{
    const HttpReply before = http()->get(QStringLiteral("/v1/tiers"));
    QCOMPARE(before.status, 200);
    const int versionBefore = before.json.value(QStringLiteral("version")).toInt();

    TiersPane pane(*m_services);
    pane.setUser(m_services->session().user());
    pane.resize(1200, 800);
    pane.show();
    waitLoaded(pane);
    QVERIFY(!pane.hasUnsavedEdits());
    QVERIFY(!pane.saveButton()->isEnabled());
    QVERIFY(!pane.publishButton()->isEnabled()); // nothing changed, no what-if

    // Gold, To reach: the cumulative spend row, typed in yuan.
    TierLadderModel *ladder = pane.ladderModel();
    const int gold = rowOf(*ladder, QStringLiteral("Gold"));
    QVERIFY(gold >= 0);
    pane.ladderView()->setCurrentIndex(ladder->index(gold, TierLadderModel::NameEnColumn));
    pane.tierTabs()->setCurrentIndex(0);
    TierRuleEditor *upgrade = pane.upgradeEditor();
    const int spendRow = conditionRow(upgrade->rule(), TierMetric::CumulativeSpend);
    QVERIFY(spendRow >= 0);
    QCOMPARE(upgrade->rule().conditions.at(spendRow).value, 200000); // 2,000 yuan
    QTableView *rows = upgrade->rowsView();
    const QModelIndex value = upgrade->conditionModel()->index(spendRow, TierConditionModel::ValueColumn);
    rows->setCurrentIndex(value);
    rows->edit(value);
    auto *spin = rows->findChild<QDoubleSpinBox *>();
    QVERIFY(spin);
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("2500"));
    QTest::keyClick(spin, Qt::Key_Return);
    QTRY_COMPARE(upgrade->rule().conditions.at(spendRow).value, 250000);
    QCOMPARE(ladder->tierAt(gold).upgrade.conditions.at(spendRow).value, 250000);
    QVERIFY(pane.hasUnsavedEdits());
    QVERIFY(pane.problems().isEmpty());
    QVERIFY(pane.saveButton()->isEnabled());
    QVERIFY(!pane.publishButton()->isEnabled());
    QVERIFY(!pane.publishButton()->toolTip().isEmpty()); // says why

    QTest::mouseClick(pane.saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isBusy() && !pane.hasUnsavedEdits(), 10000);
    const int revision = pane.draft().version;
    QVERIFY(revision >= 1);
    QVERIFY(pane.draft().changed);
    QCOMPARE(goldSpendBar(pane.draft().tiers), 250000);
    QVERIFY2(pane.messageLabel()->text().contains(QString::number(revision)),
             qPrintable(pane.messageLabel()->text()));

    // What-if: progress, then the chart and the counts.
    QVERIFY(pane.whatIfButton()->isEnabled());
    QTest::mouseClick(pane.whatIfButton(), Qt::LeftButton);
    QCOMPARE(pane.tabs()->currentWidget(), pane.whatIfView());
    QTRY_VERIFY_WITH_TIMEOUT(pane.whatIf().has_value(), 60000);
    const WhatIfResult result = *pane.whatIf();
    QCOMPARE(result.draftVersion, revision);
    QCOMPARE(result.members, 60);
    QCOMPARE(result.up + result.down + result.same, result.members);
    QVERIFY(!result.ranks.isEmpty());
    const QList<QAbstractSeries *> series = pane.whatIfView()->chart()->series();
    QCOMPARE(series.size(), 1);
    auto *bars = qobject_cast<QBarSeries *>(series.first());
    QVERIFY(bars);
    QCOMPARE(bars->count(), 2);
    QCOMPARE(bars->barSets().at(0)->count(), int(result.ranks.size()));
    qreal membersNow = 0;
    qreal membersAfter = 0;
    for (int i = 0; i < bars->barSets().at(0)->count(); ++i) {
        membersNow += bars->barSets().at(0)->at(i);
        membersAfter += bars->barSets().at(1)->at(i);
    }
    QCOMPARE(qint64(membersNow), result.members);
    QCOMPARE(qint64(membersAfter), result.members);
    auto *categories =
        qobject_cast<QBarCategoryAxis *>(pane.whatIfView()->chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(categories);
    QVERIFY(categories->categories().contains(QStringLiteral("Gold")));
    const QString counts = pane.whatIfView()->countsLabel()->text();
    QVERIFY2(counts.contains(QLocale().toString(result.up)) &&
                 counts.contains(QLocale().toString(result.down)),
             qPrintable(counts));
    QVERIFY(pane.whatIfView()->countsLabel()->isVisible());

    // Publish: the confirmation names the numbers and the version.
    QTRY_VERIFY(pane.publishButton()->isEnabled());
    pane.noteEdit()->setText(QStringLiteral("金卡门槛调至 2500 元"));
    Prompt::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(pane.publishButton(), Qt::LeftButton);
    const QString question = Prompt::lastText();
    QVERIFY2(question.contains(
                 QStringLiteral("%1 members end up in a higher tier and %2 in a lower one")
                     .arg(QLocale().toString(result.byDraftUp), QLocale().toString(result.byDraftDown))),
             qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("%1 members move up, %2 down")
                                   .arg(QLocale().toString(result.up), QLocale().toString(result.down))),
             qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("version %1").arg(versionBefore + 1)), qPrintable(question));
    QTRY_VERIFY_WITH_TIMEOUT(pane.publishedVersion() == versionBefore + 1 && !pane.isBusy(), 10000);
    QVERIFY(pane.messageLabel()->text().contains(QString::number(versionBefore + 1)));

    const HttpReply after = http()->get(QStringLiteral("/v1/tiers"));
    QCOMPARE(after.status, 200);
    QCOMPARE(after.json.value(QStringLiteral("version")).toInt(), versionBefore + 1);
    QList<TierDefinition> published;
    QVERIFY(TierLadderJson::fromJson(after.json.value(QStringLiteral("items")).toArray(), &published));
    QCOMPARE(goldSpendBar(published), 250000);
    // The draft is the published ladder again: nothing to publish, and the versions list has it.
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isBusy() && !pane.draft().changed, 10000);
    QVERIFY(!pane.publishButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(pane.versionsView()->versionModel()->rowOfVersion(versionBefore + 1) >= 0,
                             10000);
    const int row = pane.versionsView()->versionModel()->rowOfVersion(versionBefore + 1);
    QCOMPARE(pane.versionsView()->versionModel()->versionAt(row).note,
             QStringLiteral("金卡门槛调至 2500 元"));
}

void tst_TiersPane::violationsShownNextToTheirField()
{
    TiersPane pane(*m_services);
    pane.setUser(m_services->session().user());
    pane.show();
    waitLoaded(pane);
    TierLadderModel *ladder = pane.ladderModel();
    const int gold = rowOf(*ladder, QStringLiteral("Gold"));
    pane.ladderView()->setCurrentIndex(ladder->index(gold, TierLadderModel::NameEnColumn));
    // Keeping Gold asks more spend than reaching it.
    pane.tierTabs()->setCurrentIndex(1);
    TierRuleEditor *retention = pane.retentionEditor();
    retention->kindCombo()->setCurrentIndex(retention->kindCombo()->findData(int(TierRule::Kind::AnyOf)));
    const int row = retention->conditionModel()->addRow();
    QVERIFY(row >= 0);
    QVERIFY(retention->conditionModel()->setData(retention->conditionModel()->index(row, 0),
                                                 int(TierMetric::CumulativeSpend)));
    QVERIFY(retention->conditionModel()->setData(
        retention->conditionModel()->index(row, TierConditionModel::ValueColumn), 999999.0));
    QTRY_VERIFY(retention->problemLabel()->isVisible());
    QVERIFY2(retention->problemLabel()->text().contains(QStringLiteral("Keeping a tier cannot ask more")),
             qPrintable(retention->problemLabel()->text()));
    QVERIFY(!pane.upgradeEditor()->problemLabel()->isVisible());
    QVERIFY(pane.problemList()->count() >= 1);
    QVERIFY(pane.problemList()->item(0)->text().contains(QStringLiteral("Gold")));
    QVERIFY(!pane.publishButton()->isEnabled());
    // Discard asks, and puts the saved draft back.
    Prompt::setNextAnswer(QMessageBox::Discard);
    QTest::mouseClick(pane.discardButton(), Qt::LeftButton);
    QVERIFY(!pane.hasUnsavedEdits());
    QVERIFY(pane.problems().isEmpty());
    QCOMPARE(pane.problemList()->count(), 0);
}

void tst_TiersPane::staleDraftSaidInline()
{
    TiersPane pane(*m_services);
    pane.setUser(m_services->session().user());
    pane.show();
    waitLoaded(pane);
    const int revision = pane.draft().version;

    // Someone else saves over the same revision first.
    const HttpReply draft = http()->get(QStringLiteral("/v1/tiers/draft"));
    QCOMPARE(draft.status, 200);
    QJsonArray tiers = draft.json.value(QStringLiteral("tiers")).toArray();
    QJsonObject lowest = tiers.at(0).toObject();
    QJsonObject name = lowest.value(QStringLiteral("name")).toObject();
    name.insert(QStringLiteral("en"), QStringLiteral("Member"));
    lowest.insert(QStringLiteral("name"), name);
    tiers.replace(0, lowest);
    const HttpReply theirs = http()->send(
        "PUT", QStringLiteral("/v1/tiers/draft"),
        QJsonDocument(QJsonObject{{QStringLiteral("version"), revision}, {QStringLiteral("tiers"), tiers}})
            .toJson(QJsonDocument::Compact),
        {{"Content-Type", "application/json"}});
    QCOMPARE(theirs.status, 200);

    TierLadderModel *ladder = pane.ladderModel();
    QVERIFY(ladder->setData(ladder->index(1, TierLadderModel::NameEnColumn), QStringLiteral("Silver+")));
    QTest::mouseClick(pane.saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isBusy() && pane.messageReloadButton()->isVisible(), 10000);
    QVERIFY2(pane.messageLabel()->text().contains(QStringLiteral("Someone else saved the draft")),
             qPrintable(pane.messageLabel()->text()));
    QVERIFY(pane.hasUnsavedEdits()); // nothing lost until the user chooses
    QCOMPARE(ladder->tierAt(1).name.en, QStringLiteral("Silver+"));

    QTest::mouseClick(pane.messageReloadButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isBusy() && pane.draft().version == revision + 1, 10000);
    QVERIFY(!pane.hasUnsavedEdits());
    QCOMPARE(ladder->tierAt(0).name.en, QStringLiteral("Member"));
    QCOMPARE(ladder->tierAt(1).name.en, QStringLiteral("Silver"));
    QVERIFY(!pane.messageReloadButton()->isVisible());
}

void tst_TiersPane::restoreVersionOne()
{
    TiersPane pane(*m_services);
    pane.setUser(m_services->session().user());
    pane.show();
    waitLoaded(pane);
    const int revision = pane.draft().version;
    QCOMPARE(goldSpendBar(pane.ladderModel()->tiers()), 250000); // what was published above
    TierVersionsView *versions = pane.versionsView();
    pane.tabs()->setCurrentWidget(versions);
    QTRY_VERIFY_WITH_TIMEOUT(versions->versionModel()->rowOfVersion(1) >= 0, 10000);
    versions->selectVersion(1);
    QCOMPARE(versions->selectedVersion().version, 1);
    QCOMPARE(goldSpendBar(versions->ladderModel()->tiers()), 200000); // read-only view of version 1
    QVERIFY(versions->ladderModel()->isReadOnly());
    QVERIFY(versions->restoreButton()->isEnabled());

    // Cancelled: nothing happens.
    Prompt::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(versions->restoreButton(), Qt::LeftButton);
    QVERIFY(Prompt::lastText().contains(QStringLiteral("version 1")));
    QVERIFY(!pane.isBusy());
    QCOMPARE(pane.draft().version, revision);

    Prompt::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(versions->restoreButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!pane.isBusy() && pane.draft().version == revision + 1, 10000);
    QCOMPARE(goldSpendBar(pane.ladderModel()->tiers()), 200000);
    QCOMPARE(goldSpendBar(pane.draft().tiers), 200000);
    QVERIFY(!pane.hasUnsavedEdits());
    QCOMPARE(pane.tabs()->currentIndex(), 0);
    // Restored, not published: it needs a what-if first.
    QVERIFY(pane.draft().changed);
    QVERIFY(!pane.publishButton()->isEnabled());
    QVERIFY(pane.publishButton()->toolTip().contains(QStringLiteral("what-if")));
    const HttpReply published = http()->get(QStringLiteral("/v1/tiers"));
    QList<TierDefinition> live;
    QVERIFY(TierLadderJson::fromJson(published.json.value(QStringLiteral("items")).toArray(), &live));
    QCOMPARE(goldSpendBar(live), 250000);
}

QTEST_MAIN(tst_TiersPane)
#include "tst_tierspane.moc"
