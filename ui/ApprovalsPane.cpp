#include "ui/ApprovalsPane.h"

#include "client/DecideApprovalJob.h"
#include "core/LedgerReason.h"
#include "models/ApprovalExporter.h"
#include "models/ApprovalModel.h"
#include "models/LedgerModel.h"
#include "ui/ConsoleServices.h"
#include "ui/ExportLine.h"
#include "ui/ListTable.h"
#include "ui/Prompt.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUuid>
#include <QVBoxLayout>

namespace loyalty {

namespace {
// The member's recent history next to the request: one page is what a manager reads before deciding.
constexpr int kRecentLedgerRows = 20;

const QString kErrorStyle = QStringLiteral("color: #c0392b;");

QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

ApprovalsPane::ApprovalsPane(ConsoleServices &services, QWidget *parent)
    : QWidget(parent), m_services(services),
      m_model(new ApprovalModel(&services.client(), &services.connection(), this)),
      m_ledger(new LedgerModel(&services.client(), services.memberCache(), &services.connection(), this)),
      m_exporter(new ApprovalExporter(&services.client(), this)), m_toolbar(new QToolBar(this)),
      m_statusCombo(new QComboBox(this)), m_statusCaption(new QLabel(this)),
      m_exportAction(new QAction(this)), m_list(new QTableView(this)), m_statusLine(new QLabel(this)),
      m_detailTitle(new QLabel(this)), m_detailMeta(new QLabel(this)), m_decision(new QLabel(this)),
      m_balance(new QLabel(this)), m_historyCaption(new QLabel(this)), m_ledgerView(new QTableView(this)),
      m_commentCaption(new QLabel(this)), m_comment(new QLineEdit(this)), m_approve(new QPushButton(this)),
      m_reject(new QPushButton(this)), m_decisionMessage(new QLabel(this))
{
    setObjectName(QStringLiteral("approvalsPane"));
    m_model->setPageSize(services.settings().pageSize());
    m_ledger->setPageSize(kRecentLedgerRows);

    // Toolbar: which queue, and export.
    m_toolbar->setObjectName(QStringLiteral("approvalsToolbar"));
    m_statusCombo->setObjectName(QStringLiteral("approvalsStatusFilter"));
    m_statusCaption->setBuddy(m_statusCombo);
    m_exportAction->setObjectName(QStringLiteral("approvalsExportAction"));
    m_toolbar->addWidget(m_statusCaption);
    m_toolbar->addWidget(m_statusCombo);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_exportAction);
    fillStatusCombo();
    m_exportLine = new ExportLine(
        m_exporter, m_exportAction,
        [](int rows) { return tr("Exporting approvals… %Ln rows written", nullptr, rows); }, this);
    m_exportLine->setNamePrefix(QStringLiteral("approvals"));

    // The queue.
    m_list->setObjectName(QStringLiteral("approvalsList"));
    m_list->setModel(m_model);
    setUpListTable(m_list);
    m_list->setAlternatingRowColors(true);
    m_statusLine->setObjectName(QStringLiteral("approvalsStatusLine"));
    m_statusLine->setWordWrap(true);

    // The detail: the request, the member's recent ledger, the decision.
    m_detailTitle->setObjectName(QStringLiteral("approvalTitle"));
    setUpDetailTitle(m_detailTitle);
    for (QLabel *label : {m_detailMeta, m_decision, m_balance}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_detailMeta->setObjectName(QStringLiteral("approvalMeta"));
    m_decision->setObjectName(QStringLiteral("approvalDecision"));
    m_balance->setObjectName(QStringLiteral("approvalBalance"));
    m_historyCaption->setBuddy(m_ledgerView);
    m_ledgerView->setObjectName(QStringLiteral("approvalLedgerView"));
    m_ledgerView->setModel(m_ledger);
    setUpListTable(m_ledgerView);
    m_ledgerView->setAlternatingRowColors(true);
    m_comment->setObjectName(QStringLiteral("approvalComment"));
    m_comment->setMaxLength(DecisionRequest::kMaxCommentLength);
    m_comment->setClearButtonEnabled(true);
    m_commentCaption->setBuddy(m_comment);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    for (QPushButton *button : {m_approve, m_reject})
        button->setAutoDefault(false);
    m_decisionMessage->setObjectName(QStringLiteral("approvalDecisionMessage"));
    m_decisionMessage->setWordWrap(true);
    m_decisionMessage->setTextFormat(Qt::PlainText);
    m_decisionMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_decisionMessage->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_statusLine);

    auto *commentRow = new QHBoxLayout;
    commentRow->addWidget(m_commentCaption);
    commentRow->addWidget(m_comment, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_approve);
    buttonRow->addWidget(m_reject);
    buttonRow->addWidget(m_decisionMessage, 1);
    buttonRow->addStretch(); // the buttons keep their size while no message is shown
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detailTitle);
    rightLayout->addWidget(m_detailMeta);
    rightLayout->addWidget(m_decision);
    rightLayout->addWidget(m_balance);
    rightLayout->addWidget(m_historyCaption);
    rightLayout->addWidget(m_ledgerView, 1);
    rightLayout->addLayout(commentRow);
    rightLayout->addLayout(buttonRow);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({620, 500});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_exportLine);
    layout->addWidget(splitter, 1);

    connect(m_statusCombo, &QComboBox::activated, this, [this] {
        m_loaded = true;
        m_model->setStatus(Approval::Status(m_statusCombo->currentData().toInt()));
    });
    connect(m_exportAction, &QAction::triggered, this, &ApprovalsPane::exportCsv);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalsPane::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalsPane::rejectSelected);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showApproval(m_model->approvalAt(current.row()));
                else
                    clearDetail();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApprovalsPane::clearDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApprovalsPane::updateStatusLine);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ApprovalsPane::updateStatusLine);
    connect(m_model, &PagedTableModel::loadingChanged, this, &ApprovalsPane::updateStatusLine);
    connect(m_model, &PagedTableModel::errorOccurred, this, &ApprovalsPane::updateStatusLine);
    sizeColumnsToFirstRows(m_list);
    connect(m_ledger, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first == 0)
            m_ledgerView->resizeColumnsToContents();
        updateBalance();
    });
    connect(m_ledger, &QAbstractItemModel::modelReset, this, &ApprovalsPane::updateBalance);
    connect(m_ledger, &PagedTableModel::loadingChanged, this, &ApprovalsPane::updateBalance);
    connect(m_ledger, &PagedTableModel::errorOccurred, this, &ApprovalsPane::updateBalance);
    connect(&services.connection(), &ConnectionMonitor::onlineChanged, this, &ApprovalsPane::updateButtons);

    retranslate();
    clearDetail();
}

void ApprovalsPane::fillStatusCombo()
{
    // Rebuilt on a language change: the status stays in the item data, the labels follow the language.
    const QVariant shown = m_statusCombo->currentData();
    m_statusCombo->clear();
    for (Approval::Status status : {Approval::Status::Pending, Approval::Status::Approved,
                                    Approval::Status::Rejected, Approval::Status::Cancelled})
        m_statusCombo->addItem(ApprovalModel::statusText(status), int(status));
    m_statusCombo->setCurrentIndex(shown.isValid() ? qMax(0, m_statusCombo->findData(shown)) : 0);
}

void ApprovalsPane::retranslate()
{
    fillStatusCombo();
    m_statusCaption->setText(tr("&Show:"));
    m_statusCombo->setToolTip(tr("Which adjustments the queue lists"));
    m_exportAction->setText(tr("Export CSV…"));
    m_exportAction->setToolTip(tr("Export every approval in this list to a CSV file (Ctrl+E)"));
    m_exportLine->retranslate();
    m_historyCaption->setText(tr("Recent points &history of this member:"));
    m_commentCaption->setText(tr("C&omment:"));
    m_comment->setPlaceholderText(tr("Why you approve or reject (required to reject)"));
    m_approve->setText(tr("&Approve…"));
    m_reject->setText(tr("&Reject"));
    rewordModel(m_model);
    updateDetailTexts();
    updateStatusLine();
}

void ApprovalsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ApprovalsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded || queueIsStale())
        refresh(); // arriving at a queue the badge says has changed: read it again
}

void ApprovalsPane::setPendingCount(int count)
{
    m_pendingOnServer = count;
    updateStatusLine();
}

bool ApprovalsPane::queueIsStale() const
{
    // Only a whole pending list can be compared with the count (more pages may be waiting otherwise).
    return m_loaded && m_pendingOnServer >= 0 && m_model->status() == Approval::Status::Pending &&
           !m_model->isLoading() && m_model->lastError().isEmpty() && !m_model->canFetchMore({}) &&
           m_model->rowCount() != m_pendingOnServer;
}

void ApprovalsPane::setUser(const UserInfo &user)
{
    m_user = user;
    updateButtons();
}

void ApprovalsPane::refresh()
{
    if (!m_loaded) {
        m_loaded = true;
        m_model->setStatus(Approval::Status(m_statusCombo->currentData().toInt()));
        return;
    }
    m_model->reload();
}

void ApprovalsPane::exportCsv()
{
    if (m_exporter->isRunning())
        return;
    const Approval::Status status = Approval::Status(m_statusCombo->currentData().toInt());
    const QString path = m_exportLine->askPath(
        tr("Export approvals"), QStringLiteral("approvals-%1-%2.csv")
                                    .arg(Approval::statusToString(status),
                                         QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    if (path.isEmpty())
        return; // the user changed their mind
    m_exportLine->clearMessage();
    m_exporter->start(status, path);
}

void ApprovalsPane::showApproval(const Approval &approval)
{
    const bool other = approval.id != m_shown.id;
    m_shown = approval;
    if (other) {
        m_comment->clear();
        m_decisionMessage->hide();
    }
    updateDetailTexts();
    m_ledger->setMemberId(approval.memberId); // reads the history again, also for the same member
    updateButtons();
}

void ApprovalsPane::clearDetail()
{
    m_shown = {};
    m_comment->clear();
    m_ledger->setMemberId(0);
    updateDetailTexts();
    updateButtons();
}

void ApprovalsPane::updateDetailTexts()
{
    const bool shown = m_shown.id != 0;
    m_detailMeta->setVisible(shown);
    m_decision->setVisible(shown);
    m_balance->setVisible(shown);
    m_historyCaption->setVisible(shown);
    m_ledgerView->setVisible(shown);
    if (!shown) {
        m_detailTitle->setText(tr("Select an adjustment in the queue"));
        return;
    }
    m_detailTitle->setText(
        tr("%1 points for %2")
            .arg(ApprovalModel::amountText(m_shown.amount), ApprovalModel::memberText(m_shown)));
    QStringList meta;
    meta.append(tr("Reason: %1").arg(LedgerReason::label(m_shown.reason)));
    if (!m_shown.note.isEmpty())
        meta.append(tr("Note: %1").arg(m_shown.note));
    meta.append(tr("Requested by %1 on %2 (request %3)")
                    .arg(m_shown.requestedBy, timeText(m_shown.requestedAt))
                    .arg(m_shown.id));
    m_detailMeta->setText(meta.join(QLatin1Char('\n')));
    QString decision;
    switch (m_shown.status) {
    case Approval::Status::Pending:
        decision = tr("Waiting for a decision: nothing has been posted yet.");
        break;
    case Approval::Status::Approved:
        decision = tr("Approved by %1 on %2; the points were posted.")
                       .arg(m_shown.decidedBy, timeText(m_shown.decidedAt));
        break;
    case Approval::Status::Rejected:
        decision = tr("Rejected by %1 on %2; nothing was posted.")
                       .arg(m_shown.decidedBy, timeText(m_shown.decidedAt));
        break;
    case Approval::Status::Cancelled:
        decision = tr("Cancelled on %1 (the member was blacklisted); nothing was posted.")
                       .arg(timeText(m_shown.decidedAt));
        break;
    }
    if (!m_shown.comment.isEmpty())
        decision += QLatin1Char('\n') + tr("Comment: %1").arg(m_shown.comment);
    m_decision->setText(decision);
    updateBalance();
}

void ApprovalsPane::updateBalance()
{
    if (m_shown.id == 0)
        return;
    QString text;
    QString style;
    if (m_ledger->isLoading() && m_ledger->rowCount() == 0) {
        text = tr("Loading the member's points history…");
    } else if (!m_ledger->lastError().isEmpty()) {
        text = m_ledger->lastError();
        style = kErrorStyle;
    } else {
        // The newest entry's balance is the member's balance now.
        const qint64 now = m_ledger->rowCount() > 0 ? m_ledger->entryAt(0).balanceAfter : 0;
        if (m_shown.status == Approval::Status::Pending) {
            const qint64 after = now + m_shown.amount;
            text = tr("Balance now: %1; after this adjustment: %2")
                       .arg(QLocale().toString(now), QLocale().toString(after));
            if (after < 0)
                style = kErrorStyle;
        } else {
            text = tr("Balance now: %1").arg(QLocale().toString(now));
        }
    }
    m_balance->setStyleSheet(style);
    m_balance->setText(text);
}

QString ApprovalsPane::decisionBlocker() const
{
    if (m_busy)
        return tr("The decision is being sent…");
    if (m_shown.id == 0)
        return tr("Select an adjustment in the queue first.");
    if (m_shown.status != Approval::Status::Pending)
        return tr("This adjustment is no longer pending (%1).")
            .arg(ApprovalModel::statusText(m_shown.status));
    if (!m_user.can(Permission::ApprovalsDecide))
        return tr("Your role (%1) may not decide approvals.").arg(roleLabel(m_user.role));
    if (m_user.id != 0 && m_shown.requestedById == m_user.id)
        return tr("You asked for this adjustment yourself: another manager has to decide it.");
    if (!m_services.connection().isOnline())
        return tr("Offline: the server cannot be reached, so nothing can be decided now.");
    return {};
}

void ApprovalsPane::updateButtons()
{
    const QString why = decisionBlocker();
    m_approve->setEnabled(why.isEmpty());
    m_reject->setEnabled(why.isEmpty());
    m_comment->setEnabled(m_shown.id != 0 && m_shown.status == Approval::Status::Pending && !m_busy);
    m_approve->setToolTip(why.isEmpty() ? tr("Post the adjustment to the member's points") : why);
    m_reject->setToolTip(why.isEmpty() ? tr("Refuse the adjustment; the comment says why") : why);
}

void ApprovalsPane::updateStatusLine()
{
    QString text;
    QString style;
    if (m_model->isLoading()) {
        text = tr("Loading…");
    } else if (!m_model->lastError().isEmpty()) {
        text = m_model->lastError();
        style = kErrorStyle;
    } else if (!m_loaded) {
        text.clear();
    } else if (queueIsStale()) {
        // Not reloaded under the manager's eyes (the request they read would vanish): they choose when.
        text = tr("%Ln adjustments wait on the server now; press F5 to read the queue again.", nullptr,
                  m_pendingOnServer);
        style = QStringLiteral("color: #9a6700;");
    } else if (m_model->rowCount() == 0) {
        text = m_model->status() == Approval::Status::Pending ? tr("Nothing waits for a decision.")
                                                              : tr("No adjustments in this list.");
    } else if (m_model->canFetchMore({})) {
        text = tr("%Ln adjustments shown, scroll for more", nullptr, m_model->rowCount());
    } else {
        text = tr("%Ln adjustments", nullptr, m_model->rowCount());
    }
    m_statusLine->setStyleSheet(style);
    m_statusLine->setText(text);
}

void ApprovalsPane::showDecisionMessage(const QString &text, bool error)
{
    m_decisionMessage->setText(text);
    m_decisionMessage->setStyleSheet(error ? kErrorStyle : QString());
    m_decisionMessage->setVisible(!text.isEmpty());
}

void ApprovalsPane::approveSelected()
{
    if (!m_approve->isEnabled())
        return;
    DecisionRequest request;
    request.kind = DecisionRequest::Kind::Approve;
    request.comment = m_comment->text().trimmed();
    const auto answer = Prompt::question(
        this, tr("Approve adjustment?"),
        tr("Post %1 points to %2 now? The member's balance changes at once.")
            .arg(ApprovalModel::amountText(m_shown.amount), ApprovalModel::memberText(m_shown)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    send(request);
}

void ApprovalsPane::rejectSelected()
{
    if (!m_reject->isEnabled())
        return;
    DecisionRequest request;
    request.kind = DecisionRequest::Kind::Reject;
    request.comment = m_comment->text().trimmed();
    send(request);
}

QByteArray ApprovalsPane::keyFor(const DecisionRequest &request)
{
    const bool same = m_keyApproval == m_shown.id && m_keyRequest.kind == request.kind &&
                      m_keyRequest.comment == request.comment;
    if (!same || m_key.isEmpty()) {
        m_keyApproval = m_shown.id;
        m_keyRequest = request;
        m_key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    }
    return m_key;
}

void ApprovalsPane::send(const DecisionRequest &request)
{
    if (const auto violation = request.validate()) {
        showDecisionMessage(violation->text(), true);
        m_comment->setFocus();
        return;
    }
    const Approval asked = m_shown;
    const QByteArray key = keyFor(request);
    m_busy = true;
    updateButtons();
    showDecisionMessage(tr("Sending the decision…"), false);
    auto *job = new DecideApprovalJob(&m_services.client(), asked.id, request, key, this);
    connect(job, &ApiJob::finished, this, [this, asked](ApiJob *finished) {
        auto *decision = static_cast<DecideApprovalJob *>(finished);
        m_busy = false;
        if (!decision->succeeded()) {
            // The same decision sent again reuses its key. A request someone else decided meanwhile is
            // read again, so the queue shows what the server has.
            if (decision->httpStatus() == 409 || decision->httpStatus() == 404)
                m_model->reload();
            updateButtons();
            showDecisionMessage(decision->errorText(), true);
            if (decision->error().field == QLatin1String("comment"))
                m_comment->setFocus();
            return;
        }
        m_key.clear();
        Approval result = asked;
        const Approval answer = decision->approval();
        result.status = answer.status;
        result.decidedBy = answer.decidedBy;
        result.decidedAt = answer.decidedAt;
        result.comment = answer.comment;
        result.entryId = answer.entryId;
        // The queue as the server has it now; the detail keeps the decided request with the member's
        // history read again (an approval's entry is on top).
        m_model->reload();
        showApproval(result);
        showDecisionMessage(
            decision->kind() == DecisionRequest::Kind::Approve
                ? tr("Approved: %1 points were posted to %2.")
                      .arg(ApprovalModel::amountText(result.amount), ApprovalModel::memberText(result))
                : tr("Rejected: nothing was posted to %1.").arg(ApprovalModel::memberText(result)),
            false);
        Q_EMIT decided(result);
    });
    job->start();
}

} // namespace loyalty
