#include "ui/TiersPane.h"

#include "client/DraftJob.h"
#include "client/JobFollower.h"
#include "client/PublishJob.h"
#include "client/PublishedLadderJob.h"
#include "client/RestoreVersionJob.h"
#include "client/SaveDraftJob.h"
#include "client/WhatIfJob.h"
#include "core/TierLadder.h"
#include "models/TierLadderModel.h"
#include "ui/ConsoleServices.h"
#include "ui/ListTable.h"
#include "ui/Prompt.h"
#include "ui/TierBenefitsEditor.h"
#include "ui/TierRuleEditor.h"
#include "ui/TierVersionsView.h"
#include "ui/WhatIfView.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace loyalty {

namespace {
const QString kErrorStyle = QStringLiteral("color: #c0392b;");
constexpr int kLadderTab = 0;
constexpr int kWhatIfTab = 1;
constexpr int kVersionsTab = 2;
constexpr int kUpgradeTab = 0;
constexpr int kRetentionTab = 1;
constexpr int kBenefitsTab = 2;
constexpr std::chrono::milliseconds kDraftPollInterval{700};

// "tiers[2].upgrade" -> 2 and "upgrade"; -1 for a field about the whole ladder.
int fieldRow(const QString &field, QString *part)
{
    static const QRegularExpression pattern(QStringLiteral("^tiers\\[(\\d+)\\](?:\\.(\\w+))?"));
    const QRegularExpressionMatch match = pattern.match(field);
    if (!match.hasMatch())
        return -1;
    *part = match.captured(2);
    return match.captured(1).toInt();
}
} // namespace

TiersPane::TiersPane(ConsoleServices &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_model(new TierLadderModel(this)),
      m_follower(new JobFollower(&services.client(), this)), m_reload(new QPushButton(this)),
      m_save(new QPushButton(this)), m_discard(new QPushButton(this)), m_whatIfButton(new QPushButton(this)),
      m_noteCaption(new QLabel(this)), m_note(new QLineEdit(this)), m_publish(new QPushButton(this)),
      m_status(new QLabel(this)), m_message(new QLabel(this)), m_messageReload(new QPushButton(this)),
      m_tabs(new QTabWidget(this)), m_ladderView(new QTableView(this)), m_addTier(new QPushButton(this)),
      m_removeTier(new QPushButton(this)), m_moveUp(new QPushButton(this)), m_moveDown(new QPushButton(this)),
      m_problemCaption(new QLabel(this)), m_problemList(new QListWidget(this)), m_tierTitle(new QLabel(this)),
      m_tierTabs(new QTabWidget(this)), m_upgrade(new TierRuleEditor(this)),
      m_retention(new TierRuleEditor(this)), m_benefits(new TierBenefitsEditor(this)),
      m_whatIfView(new WhatIfView(this)), m_versionsView(new TierVersionsView(services.client(), this))
{
    setObjectName(QStringLiteral("tiersPane"));
    m_draftPoll.setSingleShot(true);
    m_draftPoll.setInterval(kDraftPollInterval);
    connect(&m_draftPoll, &QTimer::timeout, this, &TiersPane::pollDraftForWhatIf);

    // The command row: the draft's life, left to right.
    m_reload->setObjectName(QStringLiteral("tiersReload"));
    m_save->setObjectName(QStringLiteral("tiersSave"));
    m_discard->setObjectName(QStringLiteral("tiersDiscard"));
    m_whatIfButton->setObjectName(QStringLiteral("tiersWhatIf"));
    m_publish->setObjectName(QStringLiteral("tiersPublish"));
    m_messageReload->setObjectName(QStringLiteral("tiersMessageReload"));
    for (QPushButton *button : {m_reload, m_save, m_discard, m_whatIfButton, m_publish, m_messageReload})
        button->setAutoDefault(false);
    m_note->setObjectName(QStringLiteral("tiersPublishNote"));
    m_note->setMaxLength(200);
    m_note->setClearButtonEnabled(true);
    m_noteCaption->setBuddy(m_note);
    m_status->setObjectName(QStringLiteral("tiersStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("tiersMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_messageReload->hide();
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &TiersPane::saveDraft);

    // Ladder tab: the table, its buttons and problems on the left; the selected tier on the right.
    m_tabs->setObjectName(QStringLiteral("tiersTabs"));
    m_ladderView->setObjectName(QStringLiteral("tiersLadder"));
    m_ladderView->setModel(m_model);
    m_ladderView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ladderView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ladderView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_ladderView->verticalHeader()->hide();
    m_ladderView->horizontalHeader()->setStretchLastSection(true);
    m_ladderView->setWordWrap(false);
    m_addTier->setObjectName(QStringLiteral("tiersAddTier"));
    m_removeTier->setObjectName(QStringLiteral("tiersRemoveTier"));
    m_moveUp->setObjectName(QStringLiteral("tiersMoveUp"));
    m_moveDown->setObjectName(QStringLiteral("tiersMoveDown"));
    for (QPushButton *button : {m_addTier, m_removeTier, m_moveUp, m_moveDown})
        button->setAutoDefault(false);
    m_problemList->setObjectName(QStringLiteral("tiersProblems"));
    m_problemList->setMaximumHeight(110);
    m_problemCaption->setBuddy(m_problemList);
    m_tierTitle->setObjectName(QStringLiteral("tiersTierTitle"));
    m_tierTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_tierTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_tierTitle->setFont(titleFont);
    m_upgrade->setObjectName(QStringLiteral("tiersUpgradeEditor"));
    m_retention->setObjectName(QStringLiteral("tiersRetentionEditor"));
    m_benefits->setObjectName(QStringLiteral("tiersBenefitsEditor"));
    m_tierTabs->setObjectName(QStringLiteral("tiersTierTabs"));
    m_tierTabs->addTab(m_upgrade, QString());
    m_tierTabs->addTab(m_retention, QString());
    m_tierTabs->addTab(m_benefits, QString());

    auto *tierButtons = new QHBoxLayout;
    tierButtons->addWidget(m_addTier);
    tierButtons->addWidget(m_removeTier);
    tierButtons->addWidget(m_moveUp);
    tierButtons->addWidget(m_moveDown);
    tierButtons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_ladderView, 1);
    leftLayout->addLayout(tierButtons);
    leftLayout->addWidget(m_problemCaption);
    leftLayout->addWidget(m_problemList);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_tierTitle);
    rightLayout->addWidget(m_tierTabs, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 420});
    m_tabs->addTab(splitter, QString());
    m_tabs->addTab(m_whatIfView, QString());
    m_tabs->addTab(m_versionsView, QString());

    auto *commands = new QHBoxLayout;
    commands->addWidget(m_reload);
    commands->addWidget(m_save);
    commands->addWidget(m_discard);
    commands->addSpacing(12);
    commands->addWidget(m_whatIfButton);
    commands->addSpacing(12);
    commands->addWidget(m_noteCaption);
    commands->addWidget(m_note, 1);
    commands->addWidget(m_publish);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_messageReload);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(commands);
    layout->addWidget(m_status);
    layout->addLayout(messageRow);
    layout->addWidget(m_tabs, 1);

    connect(m_reload, &QPushButton::clicked, this, &TiersPane::refresh);
    connect(m_messageReload, &QPushButton::clicked, this, [this] {
        // Offered after someone else's save: their draft replaces the edits, as the message said.
        showMessage({}, false);
        load();
    });
    connect(m_save, &QPushButton::clicked, this, &TiersPane::saveDraft);
    connect(m_discard, &QPushButton::clicked, this, &TiersPane::discardChanges);
    connect(m_whatIfButton, &QPushButton::clicked, this, &TiersPane::runWhatIf);
    connect(m_publish, &QPushButton::clicked, this, &TiersPane::publish);
    connect(m_addTier, &QPushButton::clicked, this, [this] {
        const int row = currentRow() < 0 ? m_model->rowCount() : currentRow() + 1;
        if (m_model->insertTier(row)) {
            m_ladderView->setCurrentIndex(m_model->index(row, TierLadderModel::NameZhCNColumn));
            m_ladderView->setFocus();
        }
    });
    connect(m_removeTier, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row < 0)
            return;
        const auto answer = Prompt::question(
            this, tr("Remove tier?"),
            tr("Remove %1 from the draft? Its rules and benefits go with it (until you discard changes).")
                .arg(tierLabel(row)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            m_model->removeTier(row);
    });
    connect(m_moveUp, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (m_model->moveTier(row, true))
            m_ladderView->setCurrentIndex(m_model->index(row + 1, m_ladderView->currentIndex().column()));
    });
    connect(m_moveDown, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (m_model->moveTier(row, false))
            m_ladderView->setCurrentIndex(m_model->index(row - 1, m_ladderView->currentIndex().column()));
    });
    connect(m_ladderView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TiersPane::showSelectedTier);
    connect(m_model, &TierLadderModel::edited, this, &TiersPane::ladderEdited);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        // The multiplier edited in the table is the benefits editor's too.
        if (!m_syncing && topLeft.row() == currentRow())
            m_benefits->setBenefits(m_model->tierAt(currentRow()).benefits);
    });
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &TiersPane::showSelectedTier);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TiersPane::showSelectedTier);
    for (TierRuleEditor *editor : {m_upgrade, m_retention})
        connect(editor, &TierRuleEditor::edited, this, &TiersPane::editorEdited);
    connect(m_benefits, &TierBenefitsEditor::edited, this, &TiersPane::editorEdited);
    connect(m_problemList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { goToProblem(m_problemList->row(item)); });
    connect(m_problemList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { goToProblem(m_problemList->row(item)); });
    connect(m_versionsView, &TierVersionsView::restoreRequested, this, &TiersPane::restore);

    connect(m_follower, &JobFollower::progressChanged, this, [this](const JobInfo &job) {
        m_whatIfView->showProgress(job);
        updateButtons();
    });
    connect(m_follower, &JobFollower::finished, this, &TiersPane::takeWhatIfJob);
    connect(m_follower, &JobFollower::failed, this, [this](const QString &message, const JobInfo &job) {
        if (job.id != 0 && job.state != JobInfo::State::Failed) {
            // The job could not be read (jobs are a manager's list): the draft carries it as well.
            m_draftPoll.start();
            return;
        }
        m_whatIfJobId = 0;
        m_whatIfView->showFailure(tr("The what-if failed: %1").arg(message));
        updateButtons();
    });
    connect(m_follower, &JobFollower::connectionProblem, this, [this](const QString &message) {
        m_whatIfView->showIdle(tr("The server does not answer (%1); still trying…").arg(message));
    });
    connect(&services.connection(), &ConnectionMonitor::onlineChanged, this, &TiersPane::updateButtons);

    retranslate();
    showSelectedTier();
    updateProblems();
}

TiersPane::~TiersPane() = default;

void TiersPane::retranslate()
{
    m_reload->setText(tr("Re&load"));
    m_reload->setToolTip(tr("Read the draft, the published ladder and the versions again (F5)"));
    m_save->setText(tr("&Save draft"));
    m_discard->setText(tr("&Discard changes"));
    m_discard->setToolTip(tr("Go back to the draft as saved on the server"));
    m_whatIfButton->setText(tr("&What-if"));
    m_noteCaption->setText(tr("N&ote:"));
    m_note->setPlaceholderText(tr("Why this ladder (kept with the version)"));
    m_publish->setText(tr("&Publish…"));
    m_messageReload->setText(tr("Reload the draft"));
    m_tabs->setTabText(kLadderTab, tr("Ladder"));
    m_tabs->setTabText(kWhatIfTab, tr("What-if"));
    m_tabs->setTabText(kVersionsTab, tr("Versions"));
    m_tierTabs->setTabText(kUpgradeTab, tr("To &reach"));
    m_tierTabs->setTabText(kRetentionTab, tr("To &keep"));
    m_tierTabs->setTabText(kBenefitsTab, tr("&Benefits"));
    m_addTier->setText(tr("Add t&ier"));
    m_removeTier->setText(tr("Remove tier…"));
    // Rank 1 is the top row, so "up" on screen would be a lower rank: the buttons say what changes.
    m_moveUp->setText(tr("R&aise rank"));
    m_moveUp->setToolTip(tr("Swap this tier with the one above it in rank"));
    m_moveDown->setText(tr("Lower ra&nk"));
    m_moveDown->setToolTip(tr("Swap this tier with the one below it in rank"));
    m_problemCaption->setText(tr("Problems to fix before publishing:"));
    rewordModel(m_model);
    showSelectedTier();
    updateProblems();
    updateStatus();
    updateWhatIfState();
}

void TiersPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TiersPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        load();
}

void TiersPane::setUser(const UserInfo &user)
{
    m_user = user;
    updateButtons();
}

bool TiersPane::hasUnsavedEdits() const
{
    return m_loaded && m_model->tiers() != m_baseline;
}

int TiersPane::currentRow() const
{
    const QModelIndex current = m_ladderView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

QString TiersPane::tierLabel(int row) const
{
    const TierDefinition tier = m_model->tierAt(row);
    const QString name = tier.name.text(QLocale().name());
    //: a tier named by rank and name, e.g. "3 金卡"
    return name.isEmpty() ? tr("tier %1").arg(row + 1) : tr("%1 %2").arg(row + 1).arg(name);
}

bool TiersPane::confirmDiscard(const QString &title, const QString &text)
{
    if (!hasUnsavedEdits())
        return true;
    return Prompt::question(this, title, text, QMessageBox::Discard | QMessageBox::Cancel,
                            QMessageBox::Cancel) == QMessageBox::Discard;
}

void TiersPane::refresh()
{
    if (isBusy())
        return;
    if (!confirmDiscard(tr("Discard unsaved edits?"),
                        tr("Your edits to the ladder are not saved. Read the draft again and lose them?")))
        return;
    showMessage({}, false);
    load();
}

void TiersPane::setBusy(Busy busy)
{
    m_busy = busy;
    updateButtons();
    updateStatus();
}

void TiersPane::load()
{
    m_loaded = true;
    if (m_request) {
        m_request->disconnect(this);
        m_request->cancel();
    }
    setBusy(Busy::Loading);
    auto *published = new PublishedLadderJob(&m_services.client(), this);
    connect(published, &ApiJob::finished, this, [this](ApiJob *finished) {
        auto *ladder = static_cast<PublishedLadderJob *>(finished);
        if (ladder->succeeded()) {
            m_published = ladder->ladder();
            updateStatus();
            updateButtons();
        }
    });
    published->start();
    auto *job = new DraftJob(&m_services.client(), this);
    m_request = job;
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        m_request = nullptr;
        auto *draft = static_cast<DraftJob *>(finished);
        setBusy(Busy::Idle);
        if (!draft->succeeded()) {
            showRefusal(draft);
            return;
        }
        takeDraft(draft->draft(), true);
    });
    job->start();
    m_versionsView->reload();
}

void TiersPane::takeDraft(const TierDraft &draft, bool resetLadder)
{
    const int row = currentRow();
    m_draft = draft;
    m_refused.clear();
    if (resetLadder) {
        m_syncing = true;
        m_model->setTiers(draft.tiers);
        m_syncing = false;
        m_ladderView->resizeColumnsToContents();
        if (m_model->rowCount() > 0)
            m_ladderView->setCurrentIndex(
                m_model->index(qBound(0, row, m_model->rowCount() - 1), TierLadderModel::NameZhCNColumn));
    }
    TierLadderModel baseline;
    baseline.setTiers(draft.tiers);
    m_baseline = baseline.tiers();
    // The what-if of this revision, as the server has it: done, or still running.
    if (m_whatIf && m_whatIf->draftVersion != draft.version)
        m_whatIf.reset();
    if (draft.whatIf) {
        if (draft.whatIf->state == JobInfo::State::Done)
            takeWhatIfJob(*draft.whatIf);
        else if (draft.whatIf->state != JobInfo::State::Failed && draft.whatIf->id != m_whatIfJobId)
            followWhatIf(*draft.whatIf);
    }
    showSelectedTier();
    updateProblems();
    updateWhatIfState();
    updateStatus();
    updateButtons();
}

void TiersPane::showSelectedTier()
{
    const int row = currentRow();
    const bool shown = row >= 0 && row < m_model->rowCount();
    m_tierTabs->setEnabled(shown);
    m_syncing = true;
    if (shown) {
        const TierDefinition tier = m_model->tierAt(row);
        m_tierTitle->setText(tr("Tier %1").arg(tierLabel(row)));
        m_upgrade->setRule(tier.upgrade);
        m_retention->setRule(tier.retention);
        m_benefits->setBenefits(tier.benefits);
    } else {
        m_tierTitle->setText(tr("Select a tier in the ladder"));
        m_upgrade->setRule({});
        m_retention->setRule({});
        m_benefits->setBenefits({});
    }
    m_syncing = false;
    updateProblems();
    updateButtons();
}

void TiersPane::editorEdited()
{
    const int row = currentRow();
    if (m_syncing || row < 0)
        return;
    TierDefinition tier = m_model->tierAt(row);
    tier.upgrade = m_upgrade->rule();
    tier.retention = m_retention->rule();
    tier.benefits = m_benefits->benefits();
    m_syncing = true;
    m_model->setTier(row, tier);
    m_syncing = false;
}

void TiersPane::ladderEdited()
{
    m_refused.clear();
    if (!m_syncing)
        m_tierTitle->setText(currentRow() >= 0 ? tr("Tier %1").arg(tierLabel(currentRow()))
                                               : tr("Select a tier in the ladder"));
    updateProblems();
    updateWhatIfState();
    updateStatus();
    updateButtons();
}

void TiersPane::updateProblems()
{
    QList<ReportedViolation> problems;
    auto add = [&problems](const ReportedViolation &problem) {
        for (const ReportedViolation &known : std::as_const(problems)) {
            if (known.field == problem.field && known.code == problem.code)
                return;
        }
        problems.append(problem);
    };
    if (m_loaded) {
        for (const Violation &violation : TierLadder(m_model->tiers()).validate())
            add(ReportedViolation::fromViolation(violation));
        // The server's word is about the saved draft: it holds while nothing was edited since.
        if (!hasUnsavedEdits()) {
            for (const ReportedViolation &problem : std::as_const(m_draft.violations))
                add(problem);
        }
        for (const ReportedViolation &problem : std::as_const(m_refused))
            add(problem);
    }
    m_problems = problems;
    m_model->setProblems(problems);

    m_problemList->clear();
    for (const ReportedViolation &problem : std::as_const(problems)) {
        QString part;
        const int row = fieldRow(problem.field, &part);
        //: a problem in the list: where (tier), what
        auto *item = new QListWidgetItem(
            row >= 0 ? tr("%1: %2").arg(tierLabel(row), problem.message) : problem.message, m_problemList);
        item->setForeground(QColor(0xc0, 0x39, 0x2b));
        item->setToolTip(problem.field);
    }
    m_problemList->setVisible(!problems.isEmpty());
    m_problemCaption->setVisible(!problems.isEmpty());

    const int row = currentRow();
    m_upgrade->setProblems(row >= 0 ? m_model->problemsOf(row, QStringLiteral("upgrade")) : QStringList());
    m_retention->setProblems(row >= 0 ? m_model->problemsOf(row, QStringLiteral("retention"))
                                      : QStringList());
    m_benefits->setProblems(row >= 0 ? m_model->problemsOf(row, QStringLiteral("benefits")) : QStringList());
    // A tab with a problem says so in its title too.
    const QList<std::pair<int, QString>> parts{{kUpgradeTab, QStringLiteral("upgrade")},
                                               {kRetentionTab, QStringLiteral("retention")},
                                               {kBenefitsTab, QStringLiteral("benefits")}};
    for (const auto &[tab, part] : parts) {
        const bool broken = row >= 0 && !m_model->problemsOf(row, part).isEmpty();
        m_tierTabs->tabBar()->setTabTextColor(tab, broken ? QColor(0xc0, 0x39, 0x2b)
                                                          : palette().color(QPalette::WindowText));
    }
}

void TiersPane::goToProblem(int index)
{
    if (index < 0 || index >= m_problems.size())
        return;
    QString part;
    const int row = fieldRow(m_problems.at(index).field, &part);
    if (row < 0 || row >= m_model->rowCount())
        return;
    int column = TierLadderModel::NameZhCNColumn;
    if (part == QLatin1String("upgrade"))
        m_tierTabs->setCurrentIndex(kUpgradeTab);
    else if (part == QLatin1String("retention"))
        m_tierTabs->setCurrentIndex(kRetentionTab);
    else if (part == QLatin1String("benefits"))
        m_tierTabs->setCurrentIndex(kBenefitsTab);
    else if (part == QLatin1String("rank"))
        column = TierLadderModel::RankColumn;
    m_tabs->setCurrentIndex(kLadderTab);
    m_ladderView->setCurrentIndex(m_model->index(row, column));
    if (part == QLatin1String("upgrade"))
        m_upgrade->rowsView()->setFocus();
    else if (part == QLatin1String("retention"))
        m_retention->rowsView()->setFocus();
    else if (part == QLatin1String("benefits"))
        m_benefits->multiplierCombo()->setFocus();
    else
        m_ladderView->setFocus();
}

QString TiersPane::publishBlocker() const
{
    if (!m_loaded || m_busy == Busy::Loading)
        return tr("The draft is being read…");
    if (isBusy())
        return tr("Wait until the server has answered.");
    if (!m_services.connection().isOnline())
        return tr("Offline: the server cannot be reached.");
    if (hasUnsavedEdits())
        return tr("Save the draft and run a what-if on it first.");
    if (!m_problems.isEmpty())
        return tr("Fix the problems listed under the ladder first.");
    if (!m_draft.changed)
        return tr("The draft is the published ladder: there is nothing to publish.");
    if (m_follower->isActive() || m_draftPoll.isActive())
        return tr("The what-if is still running.");
    if (!m_whatIf || m_whatIf->draftVersion != m_draft.version)
        return tr("Run a what-if on this draft first: it shows what publishing would do to members.");
    return {};
}

void TiersPane::updateButtons()
{
    const bool online = m_services.connection().isOnline();
    const bool idle = !isBusy();
    const bool dirty = hasUnsavedEdits();
    const bool whatIfRunning = m_follower->isActive() || m_draftPoll.isActive();
    m_reload->setEnabled(idle);
    m_save->setEnabled(idle && online && dirty);
    m_save->setToolTip(dirty ? tr("Save your edits as the next draft revision (Ctrl+S)")
                             : tr("Nothing to save: the draft is as saved on the server."));
    m_discard->setEnabled(idle && dirty);
    // The published ladder itself moves nobody: a what-if needs edits (saved or not).
    const bool somethingToTry = dirty || m_draft.changed;
    const bool mayRun = idle && online && m_loaded && !whatIfRunning && somethingToTry;
    m_whatIfButton->setEnabled(mayRun);
    m_whatIfButton->setToolTip(
        whatIfRunning     ? tr("The what-if is running…")
        : !somethingToTry ? tr("The draft is the published ladder: edit it first, nobody would move.")
        : dirty           ? tr("Save the draft, then evaluate every member against it")
                          : tr("Evaluate every member against the draft: who would move up or down"));
    const QString why = publishBlocker();
    m_publish->setEnabled(why.isEmpty());
    m_publish->setToolTip(why.isEmpty() ? tr("Make this draft the ladder members are evaluated against")
                                        : why);
    m_note->setEnabled(idle);
    const bool editable = idle && m_loaded;
    m_model->setReadOnly(!editable);
    m_upgrade->setReadOnly(!editable);
    m_retention->setReadOnly(!editable);
    m_benefits->setReadOnly(!editable);
    const int row = currentRow();
    m_addTier->setEnabled(editable && m_model->canInsertTier());
    m_addTier->setToolTip(m_model->rowCount() >= TierLadder::kMaxTiers
                              ? tr("A ladder has at most 5 tiers.")
                              : tr("Add a tier above the selected one"));
    m_removeTier->setEnabled(editable && row >= 0 && m_model->canRemoveTier());
    m_removeTier->setToolTip(m_model->rowCount() <= TierLadder::kMinTiers
                                 ? tr("A ladder has at least 3 tiers.")
                                 : tr("Remove the selected tier"));
    m_moveUp->setEnabled(editable && row >= 0 && row + 1 < m_model->rowCount());
    m_moveDown->setEnabled(editable && row > 0);
    m_versionsView->setRestoreEnabled(idle && online && m_loaded,
                                      idle ? QString() : tr("Wait until the server has answered."));
}

void TiersPane::updateStatus()
{
    if (!m_loaded) {
        m_status->clear();
        return;
    }
    if (m_busy == Busy::Loading && m_draft.version == 0 && m_model->rowCount() == 0) {
        m_status->setText(tr("Reading the draft…"));
        return;
    }
    QStringList parts;
    if (m_published.version > 0)
        parts.append(tr("Published: version %1 (%2, by %3)")
                         .arg(m_published.version)
                         .arg(QLocale().toString(m_published.publishedAt.toLocalTime(), QLocale::ShortFormat),
                              m_published.publishedBy));
    if (m_draft.version == 0)
        parts.append(tr("Draft: nothing saved yet (it starts from the published ladder)"));
    else
        parts.append(tr("Draft: revision %1, from version %2, saved %3 by %4")
                         .arg(m_draft.version)
                         .arg(m_draft.baseVersion)
                         .arg(QLocale().toString(m_draft.updatedAt.toLocalTime(), QLocale::ShortFormat),
                              m_draft.updatedBy));
    if (hasUnsavedEdits())
        parts.append(tr("unsaved edits"));
    else if (!m_draft.changed)
        parts.append(tr("same as published"));
    //: the separator between the parts of the status line
    m_status->setText(parts.join(tr(" · ")));
}

void TiersPane::updateWhatIfState()
{
    if (m_follower->isActive() || m_draftPoll.isActive())
        return; // the progress says it
    if (m_whatIf && m_whatIf->draftVersion == m_draft.version && !hasUnsavedEdits()) {
        m_whatIfView->markOutdated(false);
        return;
    }
    if (m_whatIfView->result())
        m_whatIfView->markOutdated(true);
    else
        m_whatIfView->showIdle(tr("No what-if on this draft yet. What-if evaluates every member against the "
                                  "draft and shows who would move up or down."));
}

void TiersPane::showMessage(const QString &text, bool error, bool offerReload)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? kErrorStyle : QString());
    m_message->setVisible(!text.isEmpty());
    m_messageReload->setVisible(offerReload);
}

void TiersPane::showRefusal(ApiJob *job, const QList<ReportedViolation> &violations)
{
    const bool stale = job->httpStatus() == 409 && job->error().code == QLatin1String("stale_version");
    if (stale) {
        showMessage(
            tr("Someone else saved the draft in the meantime, so yours was not saved. Reload the draft "
               "to see theirs (your edits here will be lost), or copy what you need first."),
            true, true);
        return;
    }
    m_refused = violations;
    if (!job->error().field.isEmpty() && violations.isEmpty())
        m_refused.append({job->error().field, job->error().code, job->errorText()});
    updateProblems();
    showMessage(job->errorText(), true);
}

void TiersPane::saveDraft()
{
    if (isBusy() || !hasUnsavedEdits())
        return;
    const QList<TierDefinition> sent = m_model->tiers();
    setBusy(Busy::Saving);
    showMessage(tr("Saving the draft…"), false);
    auto *job = new SaveDraftJob(&m_services.client(), m_draft.version, sent, this);
    m_request = job;
    connect(job, &ApiJob::finished, this, [this, sent](ApiJob *finished) {
        m_request = nullptr;
        auto *save = static_cast<SaveDraftJob *>(finished);
        setBusy(Busy::Idle);
        const bool thenWhatIf = std::exchange(m_whatIfAfterSave, false);
        if (!save->succeeded()) {
            showRefusal(save);
            return;
        }
        // The ladder as the server keeps it (new tiers get their ids), unless it was edited meanwhile.
        takeDraft(save->draft(), m_model->tiers() == sent);
        showMessage(m_draft.violations.isEmpty()
                        ? tr("Draft saved as revision %1.").arg(m_draft.version)
                        : tr("Draft saved as revision %1; fix the problems listed before publishing.")
                              .arg(m_draft.version),
                    false);
        if (thenWhatIf)
            startWhatIf();
    });
    job->start();
}

void TiersPane::discardChanges()
{
    if (isBusy() || !hasUnsavedEdits())
        return;
    if (!confirmDiscard(tr("Discard changes?"),
                        tr("Throw away your edits and go back to the draft as saved (revision %1)?")
                            .arg(m_draft.version)))
        return;
    m_syncing = true;
    m_model->setTiers(m_baseline);
    m_syncing = false;
    if (m_model->rowCount() > 0)
        m_ladderView->setCurrentIndex(m_model->index(0, TierLadderModel::NameZhCNColumn));
    m_refused.clear();
    showMessage(tr("Edits discarded."), false);
    showSelectedTier();
    updateWhatIfState();
    updateStatus();
    updateButtons();
}

void TiersPane::runWhatIf()
{
    if (!m_whatIfButton->isEnabled())
        return;
    if (!m_problems.isEmpty() && !TierLadder(m_model->tiers()).validate().isEmpty()) {
        m_tabs->setCurrentIndex(kLadderTab);
        showMessage(tr("The ladder breaks the rules listed under it: fix them, then run the what-if."), true);
        return;
    }
    if (hasUnsavedEdits()) {
        m_whatIfAfterSave = true;
        saveDraft();
        return;
    }
    startWhatIf();
}

void TiersPane::startWhatIf()
{
    setBusy(Busy::StartingWhatIf);
    m_tabs->setCurrentIndex(kWhatIfTab);
    m_whatIfView->showIdle(tr("Starting the what-if…"));
    showMessage({}, false);
    auto *job = new WhatIfJob(&m_services.client(), m_draft.version, this);
    m_request = job;
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        m_request = nullptr;
        auto *start = static_cast<WhatIfJob *>(finished);
        setBusy(Busy::Idle);
        if (start->succeeded()) {
            followWhatIf(start->job());
        } else if (start->httpStatus() == 409 && start->error().code == QLatin1String("job_running")) {
            showMessage(start->errorText(), false);
            if (start->runningJob().id != 0) {
                followWhatIf(start->runningJob());
            } else {
                // The draft names the what-if running on its revision, if that is the one.
                m_whatIfView->showIdle(start->errorText());
                m_draftPoll.start();
            }
        } else {
            m_whatIfView->showFailure(start->errorText());
            showRefusal(start, start->violations());
        }
    });
    job->start();
}

void TiersPane::followWhatIf(const JobInfo &job)
{
    m_whatIfJobId = job.id;
    m_whatIfView->showProgress(job);
    if (job.isFinished()) {
        takeWhatIfJob(job);
        return;
    }
    m_follower->follow(job.id);
    updateButtons();
}

void TiersPane::pollDraftForWhatIf()
{
    auto *job = new DraftJob(&m_services.client(), this);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        auto *read = static_cast<DraftJob *>(finished);
        if (!read->succeeded()) {
            if (read->unreachable()) {
                m_draftPoll.start();
                return;
            }
            m_whatIfView->showFailure(read->errorText());
            updateButtons();
            return;
        }
        const TierDraft draft = read->draft();
        if (draft.version != m_draft.version) {
            m_whatIfView->showIdle(tr("The draft changed on the server; reload it to see its what-if."));
            updateButtons();
            return;
        }
        if (!draft.whatIf) {
            m_whatIfView->showIdle(
                tr("Another what-if is running on the server; run this one when it is done."));
            updateButtons();
            return;
        }
        if (draft.whatIf->isFinished()) {
            takeWhatIfJob(*draft.whatIf);
            return;
        }
        m_whatIfView->showProgress(*draft.whatIf);
        m_draftPoll.start();
    });
    job->start();
}

void TiersPane::takeWhatIfJob(const JobInfo &job)
{
    m_draftPoll.stop();
    m_whatIfJobId = job.id;
    if (job.state == JobInfo::State::Failed) {
        m_whatIfView->showFailure(tr("The what-if failed: %1").arg(job.errorMessage));
        updateButtons();
        return;
    }
    WhatIfResult result;
    if (!WhatIfResult::fromJson(job.result, &result)) {
        m_whatIfView->showFailure(tr("The what-if finished, but its result cannot be read."));
        updateButtons();
        return;
    }
    m_whatIfView->showResult(result);
    if (result.draftVersion == m_draft.version)
        m_whatIf = result;
    updateWhatIfState();
    updateButtons();
}

void TiersPane::publish()
{
    if (!publishBlocker().isEmpty())
        return;
    const WhatIfResult &result = *m_whatIf;
    const QLocale locale;
    const int next = std::max(m_published.version, m_draft.baseVersion) + 1;
    const auto answer = Prompt::question(
        this, tr("Publish the ladder?"),
        tr("Compared with the published rules, %1 members end up in a higher tier and %2 in a lower one. At "
           "their period end under the new rules %3 members move up, %4 down and %5 stay.\n\nPublish version "
           "%6 of the ladder now? Members who qualify move up at once; nobody moves down before their "
           "period ends.")
            .arg(locale.toString(result.byDraftUp), locale.toString(result.byDraftDown),
                 locale.toString(result.up), locale.toString(result.down), locale.toString(result.same))
            .arg(next),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    setBusy(Busy::Publishing);
    showMessage(tr("Publishing…"), false);
    auto *job = new PublishJob(&m_services.client(), m_draft.version, m_note->text(), this);
    m_request = job;
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        m_request = nullptr;
        auto *publishing = static_cast<PublishJob *>(finished);
        setBusy(Busy::Idle);
        if (!publishing->succeeded()) {
            showRefusal(publishing, publishing->violations());
            return;
        }
        m_published = publishing->published();
        m_note->clear();
        const TierVersion version = m_published;
        load();
        showMessage(
            publishing->evaluation()
                ? tr("Published version %1. Members are being evaluated against it now.").arg(version.version)
                : tr("Published version %1.").arg(version.version),
            false);
        Q_EMIT published(version);
    });
    job->start();
}

void TiersPane::restore(const TierVersion &version)
{
    if (isBusy())
        return;
    const QString text = hasUnsavedEdits() ? tr("Load version %1's ladder into the draft? It replaces the "
                                                "draft, and your unsaved edits are lost. "
                                                "Publishing it still needs a what-if.")
                                                 .arg(version.version)
                                           : tr("Load version %1's ladder into the draft? It replaces the "
                                                "draft (revision %2). Publishing it "
                                                "still needs a what-if.")
                                                 .arg(version.version)
                                                 .arg(m_draft.version);
    if (Prompt::question(this, tr("Restore version %1?").arg(version.version), text,
                         QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    setBusy(Busy::Restoring);
    showMessage(tr("Restoring version %1…").arg(version.version), false);
    auto *job = new RestoreVersionJob(&m_services.client(), version.version, m_draft.version, this);
    m_request = job;
    connect(job, &ApiJob::finished, this, [this, version](ApiJob *finished) {
        m_request = nullptr;
        auto *restoring = static_cast<RestoreVersionJob *>(finished);
        setBusy(Busy::Idle);
        if (!restoring->succeeded()) {
            showRefusal(restoring);
            return;
        }
        takeDraft(restoring->draft(), true);
        m_tabs->setCurrentIndex(kLadderTab);
        showMessage(tr("Version %1's ladder is in the draft now (revision %2): run a what-if, then publish.")
                        .arg(version.version)
                        .arg(m_draft.version),
                    false);
    });
    job->start();
}

} // namespace loyalty
