#include "ui/AuditPane.h"

#include "models/AuditDiffModel.h"
#include "models/AuditExporter.h"
#include "models/AuditModel.h"
#include "ui/ConsoleServices.h"
#include "ui/ExportLine.h"
#include "ui/ListTable.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace loyalty {

namespace {
// A date edit at this date means "any date": it shows the special value text instead.
const QDate kAnyDate(2000, 1, 1);

void setUpDateEdit(QDateEdit *edit)
{
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setDate(kAnyDate);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
}
} // namespace

AuditPane::AuditPane(ConsoleServices &services, QWidget *parent)
    : QWidget(parent), m_services(services),
      m_model(new AuditModel(&services.client(), &services.connection(), this)),
      m_diff(new AuditDiffModel(this)), m_exporter(new AuditExporter(&services.client(), this)),
      m_filterBar(new QWidget(this)), m_userEdit(new QLineEdit(m_filterBar)),
      m_entityCombo(new QComboBox(m_filterBar)), m_entityIdEdit(new QLineEdit(m_filterBar)),
      m_actionCombo(new QComboBox(m_filterBar)), m_fromEdit(new QDateEdit(m_filterBar)),
      m_toEdit(new QDateEdit(m_filterBar)), m_apply(new QPushButton(m_filterBar)),
      m_filterMessage(new QLabel(this)), m_toolbar(new QToolBar(this)), m_exportAction(new QAction(this)),
      m_list(new QTableView(this)), m_statusLine(new QLabel(this)), m_detailTitle(new QLabel(this)),
      m_detailMeta(new QLabel(this)), m_diffView(new QTableView(this)), m_detailNote(new QLabel(this))
{
    setObjectName(QStringLiteral("auditPane"));
    m_model->setPageSize(services.settings().pageSize());

    // The filter bar.
    m_filterBar->setObjectName(QStringLiteral("auditFilterBar"));
    m_userEdit->setObjectName(QStringLiteral("auditUserFilter"));
    m_userEdit->setClearButtonEnabled(true);
    m_entityCombo->setObjectName(QStringLiteral("auditEntityFilter"));
    m_entityIdEdit->setObjectName(QStringLiteral("auditEntityIdFilter"));
    m_entityIdEdit->setClearButtonEnabled(true);
    m_actionCombo->setObjectName(QStringLiteral("auditActionFilter"));
    m_fromEdit->setObjectName(QStringLiteral("auditFromFilter"));
    m_toEdit->setObjectName(QStringLiteral("auditToFilter"));
    setUpDateEdit(m_fromEdit);
    setUpDateEdit(m_toEdit);
    m_apply->setObjectName(QStringLiteral("auditApplyButton"));
    m_apply->setDefault(false);
    m_apply->setAutoDefault(false);
    fillCombos();
    auto caption = [this](const char *text, QWidget *buddy) {
        auto *label = new QLabel(m_filterBar);
        label->setBuddy(buddy);
        m_captions.append({label, text});
        return label;
    };
    auto *bar = new QGridLayout(m_filterBar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(caption(QT_TR_NOOP("&User:"), m_userEdit), 0, 0);
    bar->addWidget(m_userEdit, 0, 1);
    bar->addWidget(caption(QT_TR_NOOP("&Entity:"), m_entityCombo), 0, 2);
    bar->addWidget(m_entityCombo, 0, 3);
    bar->addWidget(m_entityIdEdit, 0, 4);
    bar->addWidget(caption(QT_TR_NOOP("A&ction:"), m_actionCombo), 0, 5);
    bar->addWidget(m_actionCombo, 0, 6);
    bar->addWidget(caption(QT_TR_NOOP("&From:"), m_fromEdit), 1, 0);
    bar->addWidget(m_fromEdit, 1, 1);
    bar->addWidget(caption(QT_TR_NOOP("&To:"), m_toEdit), 1, 2);
    bar->addWidget(m_toEdit, 1, 3);
    bar->addWidget(m_apply, 1, 6, Qt::AlignRight);
    bar->setColumnStretch(1, 1);
    bar->setColumnStretch(6, 1);
    m_filterMessage->setObjectName(QStringLiteral("auditFilterMessage"));
    m_filterMessage->setWordWrap(true);
    m_filterMessage->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_filterMessage->hide();

    // Export: an action in the pane's toolbar; progress, Cancel and the outcome on a line of the pane.
    m_exportAction->setObjectName(QStringLiteral("auditExportAction"));
    m_toolbar->setObjectName(QStringLiteral("auditToolbar"));
    m_toolbar->addAction(m_exportAction);
    m_exportLine = new ExportLine(
        m_exporter, m_exportAction,
        [](int rows) { return tr("Exporting the audit log… %Ln rows written", nullptr, rows); }, this);
    m_exportLine->setNamePrefix(QStringLiteral("audit"));

    // The list.
    m_list->setObjectName(QStringLiteral("auditList"));
    m_list->setModel(m_model);
    setUpListTable(m_list);
    m_list->setAlternatingRowColors(true);
    m_statusLine->setObjectName(QStringLiteral("auditStatusLine"));
    m_statusLine->setWordWrap(true);

    // The detail: who, when, where, what; then before and after side by side.
    m_detailTitle->setObjectName(QStringLiteral("auditDetailTitle"));
    setUpDetailTitle(m_detailTitle);
    m_detailMeta->setObjectName(QStringLiteral("auditDetailMeta"));
    m_detailMeta->setTextFormat(Qt::PlainText);
    m_detailMeta->setWordWrap(true);
    m_detailMeta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diffView->setObjectName(QStringLiteral("auditDiffView"));
    m_diffView->setModel(m_diff);
    setUpListTable(m_diffView);
    m_diffView->setWordWrap(true);
    m_diffView->setSelectionMode(QAbstractItemView::NoSelection); // keeps the highlight readable
    m_detailNote->setObjectName(QStringLiteral("auditDetailNote"));
    m_detailNote->setWordWrap(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_statusLine);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detailTitle);
    rightLayout->addWidget(m_detailMeta);
    rightLayout->addWidget(m_diffView, 1);
    rightLayout->addWidget(m_detailNote);
    rightLayout->addStretch(0); // keeps the labels at the top when there is no before/after table
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 480});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_filterMessage);
    layout->addWidget(m_exportLine);
    layout->addWidget(splitter, 1);

    connect(m_apply, &QPushButton::clicked, this, &AuditPane::applyFilter);
    connect(m_exportAction, &QAction::triggered, this, &AuditPane::exportCsv);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showEntry(m_model->entryAt(current.row()));
                else
                    clearDetail();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPane::clearDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPane::updateStatusLine);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditPane::updateStatusLine);
    connect(m_model, &PagedTableModel::loadingChanged, this, &AuditPane::updateStatusLine);
    connect(m_model, &PagedTableModel::errorOccurred, this, &AuditPane::updateStatusLine);
    sizeColumnsToFirstRows(m_list);
    connect(m_diff, &QAbstractItemModel::modelReset, this, [this] {
        m_diffView->resizeColumnToContents(AuditDiffModel::FieldColumn);
        const int rest = qMax(
            120,
            (m_diffView->viewport()->width() - m_diffView->columnWidth(AuditDiffModel::FieldColumn)) / 2);
        m_diffView->setColumnWidth(AuditDiffModel::BeforeColumn, rest);
        m_diffView->resizeRowsToContents();
    });

    retranslate();
    clearDetail();
}

void AuditPane::setNextExportPath(const QString &path)
{
    ExportLine::setNextPath(path);
}

QPushButton *AuditPane::exportCancelButton() const
{
    return m_exportLine->cancelButton();
}

QLabel *AuditPane::exportProgressLabel() const
{
    return m_exportLine->progressLabel();
}

QLabel *AuditPane::exportMessageLabel() const
{
    return m_exportLine->messageLabel();
}

void AuditPane::fillCombos()
{
    // Rebuilt on a language change: the codes stay in the item data, the labels follow the language.
    const QString entity = m_entityCombo->currentData().toString();
    const QString action = m_actionCombo->currentData().toString();
    m_entityCombo->clear();
    m_entityCombo->addItem(tr("Any entity"), QString());
    for (const QString &code : AuditModel::knownEntities())
        m_entityCombo->addItem(AuditModel::entityLabel(code), code);
    m_actionCombo->clear();
    m_actionCombo->addItem(tr("Any action"), QString());
    for (const QString &code : AuditModel::knownActions())
        m_actionCombo->addItem(AuditModel::actionLabel(code), code);
    m_entityCombo->setCurrentIndex(qMax(0, m_entityCombo->findData(entity)));
    m_actionCombo->setCurrentIndex(qMax(0, m_actionCombo->findData(action)));
}

void AuditPane::retranslate()
{
    for (const auto &[label, text] : std::as_const(m_captions))
        label->setText(tr(text));
    fillCombos();
    m_userEdit->setPlaceholderText(tr("Any user"));
    m_entityIdEdit->setPlaceholderText(tr("Any id"));
    for (QDateEdit *edit : {m_fromEdit, m_toEdit})
        edit->setSpecialValueText(tr("Any date"));
    m_apply->setText(tr("Apply"));
    m_apply->setToolTip(tr("Show the rows that match (Enter)"));
    m_exportAction->setText(tr("Export CSV…"));
    m_exportAction->setToolTip(tr("Export every row that matches the filter to a CSV file (Ctrl+E)"));
    m_exportLine->retranslate();
    rewordModel(m_model);
    Q_EMIT m_diff->headerDataChanged(Qt::Horizontal, 0, AuditDiffModel::ColumnCount - 1);
    if (m_shown.id != 0)
        showEntry(m_shown);
    else
        clearDetail();
    updateStatusLine();
}

void AuditPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditPane::keyPressEvent(QKeyEvent *event)
{
    // Enter in any field of the filter bar applies it (the fields pass Enter on to the pane).
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && m_filterBar->isAncestorOf(focusWidget())) {
        applyFilter();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void AuditPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        applyFilter(); // the first time the pane is shown: the newest rows, unfiltered
}

AuditFilter AuditPane::filterFromBar() const
{
    AuditFilter filter;
    filter.actor = m_userEdit->text().trimmed();
    filter.entity = m_entityCombo->currentData().toString();
    filter.entityId = m_entityIdEdit->text().trimmed();
    filter.action = m_actionCombo->currentData().toString();
    // Days as the user reads them (local), sent as UTC; "to" includes its day (the server's is exclusive).
    if (m_fromEdit->date() != kAnyDate)
        filter.from = m_fromEdit->date().startOfDay().toUTC();
    if (m_toEdit->date() != kAnyDate)
        filter.to = m_toEdit->date().addDays(1).startOfDay().toUTC();
    return filter;
}

void AuditPane::applyFilter()
{
    const AuditFilter filter = filterFromBar();
    if (filter.from.isValid() && filter.to.isValid() && filter.to <= filter.from) {
        m_filterMessage->setText(tr("The end date is before the start date."));
        m_filterMessage->show();
        m_toEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_filterMessage->hide();
    m_loaded = true;
    m_model->setFilter(filter);
}

void AuditPane::refresh()
{
    if (!m_loaded) {
        applyFilter();
        return;
    }
    m_model->reload();
}

void AuditPane::exportCsv()
{
    if (m_exporter->isRunning())
        return;
    const QString path = m_exportLine->askPath(
        tr("Export audit log"),
        QStringLiteral("audit-%1.csv").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    if (path.isEmpty())
        return; // the user changed their mind
    // What the list shows: the filter last applied (the bar's, if nothing was applied yet).
    const AuditFilter filter = m_loaded ? m_model->filter() : filterFromBar();
    m_exportLine->clearMessage();
    m_exporter->start(filter, path);
}

void AuditPane::cancelExport()
{
    m_exporter->cancel();
}

void AuditPane::showEntry(const AuditEntry &entry)
{
    m_shown = entry;
    m_detailTitle->setText(tr("%1: %2").arg(AuditModel::actionLabel(entry.action),
                                            AuditModel::entityText(entry.entity, entry.entityId)));
    const QString who = entry.actor.isEmpty() ? tr("an unknown user") : entry.actor;
    const QString where = entry.clientAddress.isEmpty() ? tr("an unknown address") : entry.clientAddress;
    m_detailMeta->setText(
        tr("By %1 on %2 from %3")
            .arg(who, QLocale().toString(entry.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                 where));
    m_diff->setEntry(entry);
    m_diffView->setVisible(m_diff->rowCount() > 0);
    if (m_diff->rowCount() == 0)
        m_detailNote->setText(tr("This action records no before and after."));
    else if (entry.before.isEmpty())
        m_detailNote->setText(tr("Created: there was nothing before."));
    else if (entry.after.isEmpty())
        m_detailNote->setText(tr("Deleted: nothing is left after."));
    else
        m_detailNote->setText(
            tr("%Ln fields changed (highlighted).", nullptr, int(entry.changedFields().size())));
}

void AuditPane::clearDetail()
{
    m_shown = {};
    m_diff->clear();
    m_detailTitle->setText(tr("Select a row"));
    m_detailMeta->clear();
    m_detailNote->clear();
    m_diffView->setVisible(true);
}

void AuditPane::updateStatusLine()
{
    QString text;
    QString style;
    if (m_model->isLoading()) {
        text = tr("Loading…");
    } else if (!m_model->lastError().isEmpty()) {
        text = m_model->lastError();
        style = QStringLiteral("color: #c0392b;");
    } else if (!m_loaded) {
        text.clear();
    } else if (m_model->rowCount() == 0) {
        text = tr("No audit rows match.");
    } else if (m_model->canFetchMore({})) {
        text = tr("%Ln rows shown, scroll for more", nullptr, m_model->rowCount());
    } else {
        text = tr("%Ln rows", nullptr, m_model->rowCount());
    }
    m_statusLine->setStyleSheet(style);
    m_statusLine->setText(text);
}

} // namespace loyalty
