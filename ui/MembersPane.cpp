#include "ui/MembersPane.h"

#include "models/MemberExporter.h"
#include "models/MemberListModel.h"
#include "ui/ConsoleServices.h"
#include "ui/ExportLine.h"
#include "ui/ListTable.h"
#include "ui/MemberDetailView.h"
#include "ui/OfflineBanner.h"

#include <QAction>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace loyalty {

MembersPane::MembersPane(ConsoleServices &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_search(new QLineEdit(this)), m_banner(new OfflineBanner(this)),
      m_list(new QTableView(this)), m_statusLine(new QLabel(this)),
      m_model(new MemberListModel(&services.client(), services.memberCache(), &services.connection(), this)),
      m_detail(new MemberDetailView(services, this)),
      m_exporter(new MemberExporter(&services.client(), this)), m_exportAction(new QAction(this)),
      m_exportLine(new ExportLine(
          m_exporter, m_exportAction,
          [](int rows) { return tr("Exporting members… %Ln rows written", nullptr, rows); }, this))
{
    setObjectName(QStringLiteral("membersPane"));
    m_model->setPageSize(services.settings().pageSize());
    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("memberList"));
    m_list->setModel(m_model);
    setUpListTable(m_list);
    m_list->setAlternatingRowColors(true);
    m_statusLine->setObjectName(QStringLiteral("memberStatusLine"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    auto *exportButton = new QToolButton(this);
    exportButton->setDefaultAction(m_exportAction);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(exportButton);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_banner);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_statusLine);
    leftLayout->addWidget(m_exportLine);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 600});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Debounced: a search per pause in typing, not per key.
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(services.settings().searchDebounceMs());
    connect(&m_debounce, &QTimer::timeout, this, &MembersPane::runSearch);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        runSearch();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_detail->showMember(current.isValid() ? m_model->memberAt(current.row()).id : 0);
            });
    connect(m_model, &PagedTableModel::sourceChanged, this, [this](bool fromCache, const QDateTime &asOf) {
        if (fromCache)
            m_banner->showSince(asOf);
        else
            m_banner->hide();
    });
    connect(m_model, &PagedTableModel::loadingChanged, this, &MembersPane::updateStatusLine);
    sizeColumnsToFirstRows(m_list);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MembersPane::updateStatusLine);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MembersPane::updateStatusLine);
    connect(m_model, &PagedTableModel::errorOccurred, this, &MembersPane::updateStatusLine);
    connect(m_detail, &MemberDetailView::memberChanged, m_model, &MemberListModel::updateMember);
    connect(m_exportAction, &QAction::triggered, this, &MembersPane::exportCsv);
    retranslate();
}

void MembersPane::retranslate()
{
    m_search->setPlaceholderText(tr("Search: phone, last 4 digits, member number or name (Ctrl+F)"));
    m_banner->retranslate();
    m_exportAction->setText(tr("Export…"));
    m_exportAction->setToolTip(tr("Export every member matching the search to a CSV file (Ctrl+E)"));
    m_exportLine->retranslate();
    m_detail->retranslate();
    rewordModel(m_model);
    updateStatusLine();
}

void MembersPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MembersPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MembersPane::exportCsv()
{
    if (m_exporter->isRunning())
        return;
    if (!m_services.connection().isOnline()) {
        m_exportLine->clearMessage();
        m_statusLine->setText(tr("Offline: exports need the server, which cannot be reached now."));
        return;
    }
    const QString path = m_exportLine->askPath(
        tr("Export members"),
        QStringLiteral("members-%1.csv").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    if (path.isEmpty())
        return;
    m_exportLine->clearMessage();
    m_exporter->start(m_model->query(), path);
}

void MembersPane::runSearch()
{
    m_detail->clear();
    m_model->setQuery(m_search->text());
}

void MembersPane::refresh()
{
    const qint64 selected = m_detail->member().id;
    m_model->reload();
    if (selected != 0)
        m_detail->showMember(selected);
}

void MembersPane::setUser(const UserInfo &user)
{
    m_detail->setUser(user);
}

void MembersPane::showMember(qint64 memberId)
{
    // The list's current row belongs to the search; it no longer names the member shown (clearing it
    // clears the detail first, which then shows the member asked for).
    m_list->selectionModel()->clear();
    m_detail->showMember(memberId);
}

void MembersPane::setOnline(bool online)
{
    m_detail->setOnline(online);
}

void MembersPane::updateStatusLine()
{
    QString text;
    if (m_model->isLoading())
        text = tr("Searching…");
    else if (!m_model->lastError().isEmpty())
        text = m_model->lastError();
    else if (m_model->rowCount() == 0)
        text = m_search->text().trimmed().isEmpty() ? QString() : tr("No member matches.");
    else if (m_model->canFetchMore({}))
        text = tr("%Ln members shown, scroll for more", nullptr, m_model->rowCount());
    else
        text = tr("%Ln members", nullptr, m_model->rowCount());
    m_statusLine->setText(text);
}

} // namespace loyalty
