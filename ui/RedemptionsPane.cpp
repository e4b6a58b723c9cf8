#include "ui/RedemptionsPane.h"

#include "client/ItemsJob.h"
#include "client/MemberSearchJob.h"
#include "client/RedemptionActionJob.h"
#include "client/RedemptionJob.h"
#include "models/RedemptionExporter.h"
#include "models/RedemptionModel.h"
#include "models/RedemptionTimelineModel.h"
#include "ui/CancelRedemptionDialog.h"
#include "ui/CaseDialog.h"
#include "ui/ConsoleServices.h"
#include "ui/ExportLine.h"
#include "ui/ListTable.h"
#include "ui/ResolveCaseDialog.h"
#include "ui/ShipDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace loyalty {

namespace {
const QString kErrorStyle = QStringLiteral("color: #c0392b;");

// The chooser lists the catalogue once; a larger one is still reachable by typing the item's id.
constexpr int kItemChoices = 500;

QString timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

// "3", "#3": an id typed by hand; 0 when the text is no id.
qint64 typedId(QString text)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1Char('#')))
        text.remove(0, 1);
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

enum CaseColumn
{
    CaseIdColumn,
    CaseKindColumn,
    CaseStatusColumn,
    CaseOpenedColumn,
    CaseDescriptionColumn,
    CaseOutcomeColumn,
    CaseColumnCount
};
} // namespace

RedemptionsPane::RedemptionsPane(ConsoleServices &services, QWidget *parent)
    : QWidget(parent), m_services(services),
      m_model(new RedemptionModel(&services.client(), &services.connection(), this)),
      m_timeline(new RedemptionTimelineModel(this)),
      m_exporter(new RedemptionExporter(&services.client(), this)), m_toolbar(new QToolBar(this)),
      m_statusCaption(new QLabel(this)), m_statusFilter(new QComboBox(this)), m_itemCaption(new QLabel(this)),
      m_itemFilter(new QComboBox(this)), m_memberCaption(new QLabel(this)),
      m_memberFilter(new QLineEdit(this)), m_dateFilter(new QCheckBox(this)), m_fromDate(new QDateEdit(this)),
      m_toCaption(new QLabel(this)), m_toDate(new QDateEdit(this)), m_exportAction(new QAction(this)),
      m_filterError(new QLabel(this)), m_list(new QTableView(this)), m_statusLine(new QLabel(this)),
      m_title(new QLabel(this)), m_summary(new QLabel(this)), m_fulfil(new QPushButton(this)),
      m_ship(new QPushButton(this)), m_complete(new QPushButton(this)), m_cancel(new QPushButton(this)),
      m_openMember(new QPushButton(this)), m_actionMessage(new QLabel(this)),
      m_timelineCaption(new QLabel(this)), m_timelineView(new QTableView(this)),
      m_casesCaption(new QLabel(this)), m_casesView(new QTableWidget(this)),
      m_openCase(new QPushButton(this)), m_resolveCase(new QPushButton(this))
{
    setObjectName(QStringLiteral("redemptionsPane"));
    m_model->setPageSize(services.settings().pageSize());

    // The filter bar: status, item, member, dates; export at its end.
    m_toolbar->setObjectName(QStringLiteral("redemptionsToolbar"));
    m_statusFilter->setObjectName(QStringLiteral("redemptionStatusFilter"));
    m_statusCaption->setBuddy(m_statusFilter);
    m_itemFilter->setObjectName(QStringLiteral("redemptionItemFilter"));
    m_itemFilter->setEditable(true);
    m_itemFilter->setInsertPolicy(QComboBox::NoInsert);
    m_itemFilter->setMinimumContentsLength(14);
    m_itemFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_itemCaption->setBuddy(m_itemFilter);
    m_memberFilter->setObjectName(QStringLiteral("redemptionMemberFilter"));
    m_memberFilter->setClearButtonEnabled(true);
    m_memberFilter->setMaximumWidth(170);
    m_memberCaption->setBuddy(m_memberFilter);
    m_dateFilter->setObjectName(QStringLiteral("redemptionDateFilter"));
    for (QDateEdit *edit : {m_fromDate, m_toDate}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    m_fromDate->setObjectName(QStringLiteral("redemptionFromDate"));
    m_toDate->setObjectName(QStringLiteral("redemptionToDate"));
    m_fromDate->setDate(QDate::currentDate().addDays(-30));
    m_toDate->setDate(QDate::currentDate());
    m_exportAction->setObjectName(QStringLiteral("redemptionsExportAction"));
    m_toolbar->addWidget(m_statusCaption);
    m_toolbar->addWidget(m_statusFilter);
    m_toolbar->addSeparator();
    m_toolbar->addWidget(m_itemCaption);
    m_toolbar->addWidget(m_itemFilter);
    m_toolbar->addSeparator();
    m_toolbar->addWidget(m_memberCaption);
    m_toolbar->addWidget(m_memberFilter);
    m_toolbar->addSeparator();
    m_toolbar->addWidget(m_dateFilter);
    m_toolbar->addWidget(m_fromDate);
    m_toolbar->addWidget(m_toCaption);
    m_toolbar->addWidget(m_toDate);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_exportAction);
    fillStatusFilter();
    m_itemFilter->addItem(QString(), 0); // "All items", named in retranslate()
    m_filterError->setObjectName(QStringLiteral("redemptionFilterError"));
    m_filterError->setStyleSheet(kErrorStyle);
    m_filterError->setTextFormat(Qt::PlainText);
    m_filterError->hide();
    m_exportLine = new ExportLine(
        m_exporter, m_exportAction,
        [](int rows) { return tr("Exporting redemptions… %Ln rows written", nullptr, rows); }, this);
    m_exportLine->setNamePrefix(QStringLiteral("redemptions"));

    // The queue.
    m_list->setObjectName(QStringLiteral("redemptionsList"));
    m_list->setModel(m_model);
    setUpListTable(m_list);
    m_list->setAlternatingRowColors(true);
    // The item's name takes what the other columns leave, so the open cases stay in view.
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_list->horizontalHeader()->setSectionResizeMode(RedemptionModel::ItemColumn, QHeaderView::Stretch);
    m_statusLine->setObjectName(QStringLiteral("redemptionsStatusLine"));
    m_statusLine->setWordWrap(true);

    // The detail: summary, actions, timeline, cases.
    m_title->setObjectName(QStringLiteral("redemptionTitle"));
    setUpDetailTitle(m_title);
    m_summary->setObjectName(QStringLiteral("redemptionSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fulfil->setObjectName(QStringLiteral("fulfilButton"));
    m_ship->setObjectName(QStringLiteral("shipButton"));
    m_complete->setObjectName(QStringLiteral("completeButton"));
    m_cancel->setObjectName(QStringLiteral("cancelRedemptionButton"));
    m_openMember->setObjectName(QStringLiteral("openMemberButton"));
    m_openCase->setObjectName(QStringLiteral("openCaseButton"));
    m_resolveCase->setObjectName(QStringLiteral("resolveCaseButton"));
    for (QPushButton *button :
         {m_fulfil, m_ship, m_complete, m_cancel, m_openMember, m_openCase, m_resolveCase})
        button->setAutoDefault(false);
    m_actionMessage->setObjectName(QStringLiteral("redemptionActionMessage"));
    m_actionMessage->setWordWrap(true);
    m_actionMessage->setTextFormat(Qt::PlainText);
    m_actionMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionMessage->hide();
    m_timelineCaption->setBuddy(m_timelineView);
    m_timelineView->setObjectName(QStringLiteral("redemptionTimelineView"));
    m_timelineView->setModel(m_timeline);
    setUpListTable(m_timelineView);
    // The sentence takes the width; time and actor keep theirs.
    m_timelineView->horizontalHeader()->setStretchLastSection(false);
    m_timelineView->horizontalHeader()->setSectionResizeMode(RedemptionTimelineModel::TimeColumn,
                                                             QHeaderView::ResizeToContents);
    m_timelineView->horizontalHeader()->setSectionResizeMode(RedemptionTimelineModel::WhatColumn,
                                                             QHeaderView::Stretch);
    m_timelineView->horizontalHeader()->setSectionResizeMode(RedemptionTimelineModel::WhoColumn,
                                                             QHeaderView::ResizeToContents);
    // A long sentence wraps onto a second line rather than being cut where the detail is narrow.
    m_timelineView->setWordWrap(true);
    m_timelineView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_casesCaption->setBuddy(m_casesView);
    m_casesView->setObjectName(QStringLiteral("redemptionCasesView"));
    m_casesView->setColumnCount(CaseColumnCount);
    m_casesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_casesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_casesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_casesView->verticalHeader()->hide();
    m_casesView->verticalHeader()->setDefaultSectionSize(m_casesView->fontMetrics().height() + 8);
    m_casesView->horizontalHeader()->setStretchLastSection(true);
    m_casesView->setWordWrap(false);
    m_casesView->setMaximumHeight(m_casesView->fontMetrics().height() * 8);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_statusLine);

    auto *actionRow = new QHBoxLayout;
    for (QPushButton *button : {m_fulfil, m_ship, m_complete, m_cancel})
        actionRow->addWidget(button);
    actionRow->addStretch();
    actionRow->addWidget(m_openMember);
    auto *caseRow = new QHBoxLayout;
    caseRow->addWidget(m_casesCaption, 1);
    caseRow->addWidget(m_openCase);
    caseRow->addWidget(m_resolveCase);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_summary);
    rightLayout->addLayout(actionRow);
    rightLayout->addWidget(m_actionMessage);
    rightLayout->addWidget(m_timelineCaption);
    rightLayout->addWidget(m_timelineView, 1);
    rightLayout->addLayout(caseRow);
    rightLayout->addWidget(m_casesView);
    // Takes the height only while nothing is shown, so the hint sits at the top instead of the middle.
    rightLayout->addStretch(0);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 380}); // the queue's nine columns first; the detail's lines wrap

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_filterError);
    layout->addWidget(m_exportLine);
    layout->addWidget(splitter, 1);

    // The filter applies as soon as a field is chosen or left.
    connect(m_statusFilter, &QComboBox::activated, this, &RedemptionsPane::applyFilter);
    connect(m_itemFilter, &QComboBox::activated, this, &RedemptionsPane::applyFilter);
    connect(m_itemFilter->lineEdit(), &QLineEdit::returnPressed, this, &RedemptionsPane::applyFilter);
    connect(m_memberFilter, &QLineEdit::returnPressed, this, &RedemptionsPane::applyFilter);
    connect(m_memberFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button: every member again
            applyFilter();
    });
    connect(m_dateFilter, &QCheckBox::toggled, this, [this](bool on) {
        m_fromDate->setEnabled(on);
        m_toDate->setEnabled(on);
        applyFilter();
    });
    connect(m_fromDate, &QDateEdit::dateChanged, this, &RedemptionsPane::applyFilter);
    connect(m_toDate, &QDateEdit::dateChanged, this, &RedemptionsPane::applyFilter);
    connect(m_exportAction, &QAction::triggered, this, &RedemptionsPane::exportCsv);

    connect(m_fulfil, &QPushButton::clicked, this, &RedemptionsPane::fulfilSelected);
    connect(m_ship, &QPushButton::clicked, this, &RedemptionsPane::shipSelected);
    connect(m_complete, &QPushButton::clicked, this, &RedemptionsPane::completeSelected);
    connect(m_cancel, &QPushButton::clicked, this, &RedemptionsPane::cancelSelected);
    connect(m_openCase, &QPushButton::clicked, this, &RedemptionsPane::openCaseOnSelected);
    connect(m_resolveCase, &QPushButton::clicked, this, &RedemptionsPane::resolveSelectedCase);
    connect(m_openMember, &QPushButton::clicked, this, &RedemptionsPane::openSelectedMember);
    connect(m_list, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == RedemptionModel::MemberColumn)
            openSelectedMember();
    });
    connect(m_casesView, &QTableWidget::itemSelectionChanged, this, &RedemptionsPane::updateButtons);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showRedemption(m_model->redemptionAt(current.row()));
                else
                    clearDetail();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RedemptionsPane::clearDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RedemptionsPane::updateStatusLine);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RedemptionsPane::updateStatusLine);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        const int row = m_reselect != 0 ? m_model->rowOfRedemption(m_reselect) : -1;
        if (row < 0)
            return;
        m_reselect = 0;
        m_list->setCurrentIndex(m_model->index(row, RedemptionModel::IdColumn));
    });
    connect(m_model, &PagedTableModel::loadingChanged, this, &RedemptionsPane::updateStatusLine);
    connect(m_model, &PagedTableModel::errorOccurred, this, &RedemptionsPane::updateStatusLine);
    sizeColumnsToFirstRows(m_list);
    connect(&services.connection(), &ConnectionMonitor::onlineChanged, this, &RedemptionsPane::updateButtons);

    retranslate();
    clearDetail();
}

void RedemptionsPane::fillStatusFilter()
{
    // Rebuilt on a language change: the status stays in the item data, the labels follow the language.
    const int shown = m_statusFilter->currentIndex();
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("All"), -1);
    for (RedemptionStatus status :
         {RedemptionStatus::Placed, RedemptionStatus::Fulfilled, RedemptionStatus::Shipped,
          RedemptionStatus::Completed, RedemptionStatus::Cancelled})
        m_statusFilter->addItem(RedemptionModel::statusText(status), int(status));
    m_statusFilter->setCurrentIndex(qMax(0, shown));
}

void RedemptionsPane::retranslate()
{
    fillStatusFilter();
    m_statusCaption->setText(tr("&Status:"));
    m_statusFilter->setToolTip(tr("Which redemptions the queue lists"));
    m_itemCaption->setText(tr("&Item:"));
    m_itemFilter->setItemText(0, tr("All items"));
    m_itemFilter->setToolTip(tr("Choose an item, or type its id and press Enter"));
    m_memberCaption->setText(tr("&Member:"));
    m_memberFilter->setPlaceholderText(tr("Member no. or id, Enter"));
    m_memberFilter->setToolTip(tr("A member number or a member id; press Enter to apply"));
    m_dateFilter->setText(tr("&Placed from"));
    m_dateFilter->setToolTip(tr("Only redemptions placed between these two days (both included)"));
    m_toCaption->setText(tr("to"));
    m_exportAction->setText(tr("Export CSV…"));
    m_exportAction->setToolTip(tr("Export every redemption this filter lets through to a CSV file (Ctrl+E)"));
    m_exportLine->retranslate();
    m_timelineCaption->setText(tr("&Timeline:"));
    m_casesView->setHorizontalHeaderLabels(
        {tr("No."), tr("Problem"), tr("Status"), tr("Opened"), tr("Description"), tr("Outcome")});
    m_ship->setText(tr("S&hip…"));
    m_complete->setText(tr("Com&plete"));
    m_cancel->setText(tr("Ca&ncel…"));
    m_openMember->setText(tr("Open &member"));
    m_openCase->setText(tr("&Open case…"));
    m_resolveCase->setText(tr("&Resolve case…"));
    rewordModel(m_model);
    rewordModel(m_timeline);
    updateDetailTexts();
    updateStatusLine();
}

void RedemptionsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RedemptionsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void RedemptionsPane::setUser(const UserInfo &user)
{
    m_user = user;
    updateButtons();
}

void RedemptionsPane::refresh()
{
    if (!m_itemsLoaded)
        loadItems();
    // The redemption shown stays selected once the queue read again brings it.
    m_reselect = m_shown.id();
    applyFilter();
}

void RedemptionsPane::loadItems()
{
    m_itemsLoaded = true;
    auto *job = new ItemsJob(&m_services.client(), ItemListFilter{}, QString(), kItemChoices, this);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        if (!finished->succeeded()) {
            m_itemsLoaded = false; // tried again at the next refresh; typing an id works meanwhile
            return;
        }
        const qint64 chosen = m_itemFilter->currentData().toLongLong();
        const QString typed = m_itemFilter->currentText();
        while (m_itemFilter->count() > 1)
            m_itemFilter->removeItem(1);
        for (const CatalogueItem &item : static_cast<ItemsJob *>(finished)->items())
            //: An item in the chooser: its name and id, e.g. "保温杯 (#3)"
            m_itemFilter->addItem(tr("%1 (#%2)").arg(item.item.name).arg(item.id()), item.id());
        const int index = chosen > 0 ? m_itemFilter->findData(chosen) : 0;
        if (index >= 0)
            m_itemFilter->setCurrentIndex(index);
        else
            m_itemFilter->setEditText(typed);
    });
    job->start();
}

void RedemptionsPane::showFilterError(const QString &text)
{
    m_filterError->setText(text);
    m_filterError->setVisible(!text.isEmpty());
}

void RedemptionsPane::applyFilter()
{
    RedemptionsJob::Filter filter;
    const int status = m_statusFilter->currentData().toInt();
    if (status >= 0)
        filter.status = RedemptionStatus(status);

    // The item: one chosen from the list, or an id typed by hand.
    const QString itemText = m_itemFilter->currentText().trimmed();
    const int itemIndex = m_itemFilter->findText(m_itemFilter->currentText());
    if (itemIndex >= 0) {
        filter.itemId = m_itemFilter->itemData(itemIndex).toLongLong();
    } else if (!itemText.isEmpty()) {
        filter.itemId = typedId(itemText);
        if (filter.itemId == 0) {
            showFilterError(tr("“%1” is no item: choose one from the list or type its id.").arg(itemText));
            return;
        }
    }

    if (m_dateFilter->isChecked()) {
        if (m_fromDate->date() > m_toDate->date()) {
            showFilterError(tr("The first day comes after the last one."));
            return;
        }
        filter.from = QDateTime(m_fromDate->date(), QTime(0, 0)).toUTC();
        filter.to = QDateTime(m_toDate->date().addDays(1), QTime(0, 0)).toUTC();
    }

    // The member: a member number is looked up (the route filters by id); a plain id is taken as it is.
    const QString memberText = m_memberFilter->text().trimmed();
    const int generation = ++m_filterGeneration;
    if (memberText.isEmpty()) {
        setFilter(filter);
        return;
    }
    auto *search = new MemberSearchJob(&m_services.client(), memberText, QString(), 5, this);
    connect(search, &ApiJob::finished, this,
            [this, filter, memberText, generation](ApiJob *finished) mutable {
                if (generation != m_filterGeneration)
                    return; // the filter changed again meanwhile
                if (finished->succeeded()) {
                    for (const Member &member : static_cast<MemberSearchJob *>(finished)->members()) {
                        if (member.memberNo == memberText) {
                            filter.memberId = member.id;
                            break;
                        }
                    }
                }
                if (filter.memberId == 0)
                    filter.memberId = typedId(memberText);
                if (filter.memberId == 0) {
                    showFilterError(finished->succeeded() || finished->httpStatus() == 400
                                        ? tr("No member has the number “%1”.").arg(memberText)
                                        : finished->errorText());
                    return;
                }
                setFilter(filter);
            });
    search->start();
}

void RedemptionsPane::setFilter(const RedemptionsJob::Filter &filter)
{
    showFilterError(QString());
    m_loaded = true;
    m_model->setFilter(filter);
}

void RedemptionsPane::exportCsv()
{
    if (m_exporter->isRunning())
        return;
    const QString path = m_exportLine->askPath(
        tr("Export redemptions"), QStringLiteral("redemptions-%1.csv")
                                      .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    if (path.isEmpty())
        return; // the user changed their mind
    m_exportLine->clearMessage();
    m_exporter->start(m_model->filter(), path);
}

void RedemptionsPane::showRedemption(const RedemptionRecord &record)
{
    const bool other = record.id() != m_shown.id();
    if (other) {
        m_shown = record;
        m_timeline->clear();
        m_casesView->setRowCount(0);
        showActionMessage(QString(), false);
    } else {
        // The same redemption from the list: keep the timeline and cases already read.
        const QList<TimelineEvent> timeline = m_shown.timeline;
        const QList<AfterSalesCase> cases = m_shown.cases;
        const bool detailed = m_shown.detailed;
        m_shown = record;
        m_shown.timeline = timeline;
        m_shown.cases = cases;
        m_shown.detailed = detailed;
    }
    updateDetailTexts();
    updateButtons();
    loadDetail(record.id());
}

void RedemptionsPane::loadDetail(qint64 redemptionId)
{
    m_detailRequest = redemptionId;
    auto *job = new RedemptionJob(&m_services.client(), redemptionId, this);
    connect(job, &ApiJob::finished, this, [this, redemptionId](ApiJob *finished) {
        if (redemptionId != m_detailRequest || redemptionId != m_shown.id())
            return; // another redemption was selected meanwhile
        if (!finished->succeeded()) {
            showActionMessage(finished->errorText(), true);
            return;
        }
        m_shown = static_cast<RedemptionJob *>(finished)->redemption();
        m_model->updateRedemption(m_shown);
        m_timeline->setEvents(m_shown.timeline);
        updateDetailTexts();
        updateButtons();
    });
    job->start();
}

void RedemptionsPane::clearDetail()
{
    m_shown = {};
    m_detailRequest = 0;
    m_timeline->clear();
    m_casesView->setRowCount(0);
    showActionMessage(QString(), false);
    updateDetailTexts();
    updateButtons();
}

void RedemptionsPane::updateDetailTexts()
{
    const bool shown = m_shown.id() != 0;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_summary, m_timelineCaption, m_timelineView,
                                                            m_casesCaption, m_casesView, m_openMember})
        widget->setVisible(shown);
    // Fulfilling means issuing a code for code items; for a donation there is nothing to issue.
    m_fulfil->setText(m_shown.fulfilment == ItemFulfilment::Code ? tr("Issue &code") : tr("Mark &fulfilled"));
    if (!shown) {
        m_title->setText(tr("Select a redemption in the queue"));
        return;
    }
    const Redemption &redemption = m_shown.redemption;
    const QString item = m_shown.itemName.isEmpty() ? tr("Item %1").arg(redemption.itemId) : m_shown.itemName;
    m_title->setText(tr("Redemption %1: %2 × %3")
                         .arg(QString::number(redemption.id), item, QLocale().toString(redemption.quantity)));
    QStringList lines;
    lines.append(tr("Member: %1").arg(RedemptionModel::memberText(m_shown)));
    const QString cash = RedemptionModel::cashText(redemption.cash);
    lines.append(cash.isEmpty()
                     ? tr("Paid: %1 points").arg(QLocale().toString(redemption.points))
                     : tr("Paid: %1 points and %2").arg(QLocale().toString(redemption.points), cash));
    lines.append(tr("Status: %1 (placed %2)")
                     .arg(RedemptionModel::statusText(redemption.status), timeText(redemption.placedAt)));
    if (!redemption.code.isEmpty())
        lines.append(tr("Code: %1").arg(redemption.code));
    if (!redemption.carrier.isEmpty() || !redemption.trackingNumber.isEmpty())
        lines.append(
            tr("Shipped by %1, tracking number %2").arg(redemption.carrier, redemption.trackingNumber));
    if (redemption.status == RedemptionStatus::Cancelled && !redemption.cancelReason.isEmpty())
        lines.append(tr("Cancelled: %1").arg(redemption.cancelReason));
    if (m_shown.openCases > 0)
        lines.append(tr("%Ln after-sales case(s) open", nullptr, m_shown.openCases));
    m_summary->setText(lines.join(QLatin1Char('\n')));
    fillCases();
}

void RedemptionsPane::fillCases()
{
    const qint64 selected = caseToResolve().id;
    // An empty table would take the room the timeline needs: the caption says there is none instead.
    m_casesCaption->setText(m_shown.cases.isEmpty() ? tr("No after-sales cases.")
                                                    : tr("After-sales &cases:"));
    m_casesView->setVisible(m_shown.id() != 0 && !m_shown.cases.isEmpty());
    m_casesView->setRowCount(int(m_shown.cases.size()));
    for (int row = 0; row < m_shown.cases.size(); ++row) {
        const AfterSalesCase &entry = m_shown.cases.at(row);
        QString outcome;
        if (entry.outcome) {
            outcome = RedemptionTimelineModel::caseOutcomeText(*entry.outcome);
            if (entry.restock)
                outcome = tr("%1, restocked").arg(outcome);
            if (!entry.reason.isEmpty())
                outcome = tr("%1: %2").arg(outcome, entry.reason);
        }
        const QStringList cells = {QString::number(entry.id),
                                   RedemptionTimelineModel::caseKindText(entry.kind),
                                   RedemptionTimelineModel::caseStatusText(entry.status),
                                   timeText(entry.openedAt),
                                   entry.description,
                                   outcome};
        for (int column = 0; column < CaseColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setData(Qt::UserRole, entry.id);
            cell->setToolTip(column == CaseDescriptionColumn || column == CaseOutcomeColumn ? cells.at(column)
                                                                                            : QString());
            m_casesView->setItem(row, column, cell);
        }
        if (entry.id == selected && entry.status == CaseStatus::Open)
            m_casesView->selectRow(row);
    }
    if (m_casesView->rowCount() > 0)
        m_casesView->resizeColumnsToContents();
}

AfterSalesCase RedemptionsPane::caseToResolve() const
{
    const QList<QTableWidgetItem *> selected = m_casesView->selectedItems();
    if (!selected.isEmpty()) {
        const qint64 id = selected.first()->data(Qt::UserRole).toLongLong();
        for (const AfterSalesCase &entry : m_shown.cases) {
            if (entry.id == id)
                return entry;
        }
    }
    for (const AfterSalesCase &entry : m_shown.cases) {
        if (entry.status == CaseStatus::Open)
            return entry;
    }
    return {};
}

QString RedemptionsPane::actionBlocker() const
{
    if (m_busy)
        return tr("The last action is being sent…");
    if (m_shown.id() == 0)
        return tr("Select a redemption in the queue first.");
    if (!m_user.can(Permission::RedemptionsHandle))
        return tr("Your role (%1) may look at redemptions but not handle them.").arg(roleLabel(m_user.role));
    if (!m_services.connection().isOnline())
        return tr("Offline: the server cannot be reached, so nothing can be changed now.");
    return {};
}

void RedemptionsPane::updateButtons()
{
    const QString why = actionBlocker();
    const bool can = why.isEmpty();
    // What the server offers for this redemption now; the rest is not shown at all.
    const struct
    {
        QPushButton *button;
        RedemptionAction action;
        QString tip;
    } actions[] = {
        {m_fulfil, RedemptionAction::Fulfil,
         m_shown.fulfilment == ItemFulfilment::Code ? tr("Issue a code to the member (the server makes one)")
                                                    : tr("Mark the redemption fulfilled")},
        {m_ship, RedemptionAction::Ship, tr("Record the carrier and tracking number of the parcel")},
        {m_complete, RedemptionAction::Complete,
         tr("The member has what they redeemed: close the redemption")},
        {m_cancel, RedemptionAction::Cancel,
         tr("Cancel: the points go back to the member, the stock is released")},
        {m_openCase, RedemptionAction::OpenCase, tr("Record a problem the member reported")},
    };
    for (const auto &entry : actions) {
        entry.button->setVisible(m_shown.offers(entry.action));
        entry.button->setEnabled(can);
        entry.button->setToolTip(can ? entry.tip : why);
    }
    const bool hasOpenCase = caseToResolve().status == CaseStatus::Open && caseToResolve().id != 0;
    m_resolveCase->setVisible(hasOpenCase);
    m_resolveCase->setEnabled(can);
    m_resolveCase->setToolTip(can ? tr("Refund, reship, issue a new code or reject the selected case") : why);
    m_openMember->setEnabled(m_shown.redemption.memberId != 0);
    m_openMember->setToolTip(tr("Show this member's 360 view in the Members pane"));
}

void RedemptionsPane::updateStatusLine()
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
    } else if (m_model->rowCount() == 0) {
        text = tr("No redemption matches this filter.");
    } else if (m_model->canFetchMore({})) {
        text = tr("%Ln redemptions shown, scroll for more", nullptr, m_model->rowCount());
    } else {
        text = tr("%Ln redemptions", nullptr, m_model->rowCount());
    }
    m_statusLine->setStyleSheet(style);
    m_statusLine->setText(text);
}

void RedemptionsPane::showActionMessage(const QString &text, bool error)
{
    m_actionMessage->setText(text);
    m_actionMessage->setStyleSheet(error ? kErrorStyle : QString());
    m_actionMessage->setVisible(!text.isEmpty());
}

void RedemptionsPane::applyResult(const RedemptionRecord &record, const QString &message)
{
    if (record.id() != 0 && record.id() == m_shown.id()) {
        m_model->updateRedemption(record);
        RedemptionRecord kept = record;
        kept.timeline = m_shown.timeline;
        kept.cases = m_shown.cases;
        m_shown = kept;
        Q_EMIT redemptionChanged(record);
    }
    updateDetailTexts();
    updateButtons();
    showActionMessage(message, false);
    if (m_shown.id() != 0)
        loadDetail(m_shown.id()); // the timeline and cases as the server has them now
}

void RedemptionsPane::runAction(RedemptionAction action)
{
    const RedemptionRecord asked = m_shown;
    RedemptionActionJob *job =
        action == RedemptionAction::Fulfil
            ? RedemptionActionJob::fulfil(&m_services.client(), asked.id(), {}, {}, this)
            : RedemptionActionJob::complete(&m_services.client(), asked.id(), {}, this);
    m_busy = true;
    updateButtons();
    showActionMessage(tr("Sending…"), false);
    connect(job, &ApiJob::finished, this, [this, action](ApiJob *finished) {
        auto *done = static_cast<RedemptionActionJob *>(finished);
        m_busy = false;
        if (!done->succeeded()) {
            updateButtons();
            showActionMessage(done->errorText(), true);
            if (done->httpStatus() == 409 && m_shown.id() != 0)
                loadDetail(m_shown.id()); // someone else moved it: show where it stands
            return;
        }
        const RedemptionRecord result = done->redemption();
        QString message;
        if (action == RedemptionAction::Complete)
            message = tr("Redemption %1 completed.").arg(result.id());
        else if (!result.redemption.code.isEmpty())
            message = tr("Redemption %1 fulfilled with code %2.")
                          .arg(QString::number(result.id()), result.redemption.code);
        else
            message = tr("Redemption %1 fulfilled.").arg(result.id());
        applyResult(result, message);
    });
    job->start();
}

void RedemptionsPane::fulfilSelected()
{
    if (!m_fulfil->isEnabled() || !m_shown.offers(RedemptionAction::Fulfil))
        return;
    runAction(RedemptionAction::Fulfil);
}

void RedemptionsPane::completeSelected()
{
    if (!m_complete->isEnabled() || !m_shown.offers(RedemptionAction::Complete))
        return;
    runAction(RedemptionAction::Complete);
}

void RedemptionsPane::shipSelected()
{
    if (!m_ship->isEnabled() || !m_shown.offers(RedemptionAction::Ship))
        return;
    ShipDialog dialog(m_services.client(), m_shown, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RedemptionRecord result = dialog.result();
    applyResult(result, tr("Redemption %1 shipped by %2, tracking number %3.")
                            .arg(QString::number(result.id()), result.redemption.carrier,
                                 result.redemption.trackingNumber));
}

void RedemptionsPane::cancelSelected()
{
    if (!m_cancel->isEnabled() || !m_shown.offers(RedemptionAction::Cancel))
        return;
    CancelRedemptionDialog dialog(m_services.client(), m_shown, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const RedemptionRecord result = dialog.result();
    applyResult(result, tr("Redemption %1 cancelled; %2 points went back to the member.")
                            .arg(QString::number(result.id()), QLocale().toString(result.redemption.points)));
}

void RedemptionsPane::openCaseOnSelected()
{
    if (!m_openCase->isEnabled() || !m_shown.offers(RedemptionAction::OpenCase))
        return;
    CaseDialog dialog(m_services.client(), m_shown, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AfterSalesCase opened = dialog.openedCase();
    RedemptionRecord result = m_shown;
    result.openCases += 1;
    result.cases.append(opened);
    applyResult(result,
                tr("Case %1 opened: %2.")
                    .arg(QString::number(opened.id), RedemptionTimelineModel::caseKindText(opened.kind)));
}

void RedemptionsPane::resolveSelectedCase()
{
    const AfterSalesCase toResolve = caseToResolve();
    if (!m_resolveCase->isEnabled() || toResolve.id == 0 || toResolve.status != CaseStatus::Open)
        return;
    ResolveCaseDialog dialog(m_services.client(), m_shown, toResolve, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AfterSalesCase resolved = dialog.resolvedCase();
    RedemptionRecord result = dialog.redemption().id() != 0 ? dialog.redemption() : m_shown;
    QString message;
    if (resolved.outcome == CaseOutcome::Refund)
        message = tr("Case %1 resolved: %2 points went back to the member.")
                      .arg(QString::number(resolved.id), QLocale().toString(m_shown.redemption.points));
    else
        message = tr("Case %1 resolved: %2.")
                      .arg(QString::number(resolved.id), RedemptionTimelineModel::caseOutcomeText(
                                                             resolved.outcome.value_or(CaseOutcome::Reject)));
    applyResult(result, message);
}

void RedemptionsPane::openSelectedMember()
{
    if (m_shown.redemption.memberId != 0)
        Q_EMIT memberRequested(m_shown.redemption.memberId);
}

} // namespace loyalty
