#include "ui/TierVersionsView.h"

#include "client/TierVersionsJob.h"
#include "models/TierLadderModel.h"
#include "models/TierVersionModel.h"
#include "ui/ListTable.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace loyalty {

namespace {
constexpr int kPageSize = 50;
}

TierVersionsView::TierVersionsView(ApiClient &client, QWidget *parent)
    : QWidget(parent), m_client(client), m_versions(new TierVersionModel(this)),
      m_ladder(new TierLadderModel(this)), m_list(new QTableView(this)), m_ladderCaption(new QLabel(this)),
      m_ladderView(new QTableView(this)), m_status(new QLabel(this)), m_more(new QPushButton(this)),
      m_restore(new QPushButton(this))
{
    m_ladder->setReadOnly(true);
    m_list->setObjectName(QStringLiteral("tierVersionsList"));
    m_list->setModel(m_versions);
    setUpListTable(m_list);
    m_ladderView->setObjectName(QStringLiteral("tierVersionLadder"));
    m_ladderView->setModel(m_ladder);
    setUpListTable(m_ladderView);
    m_ladderCaption->setBuddy(m_ladderView);
    m_status->setObjectName(QStringLiteral("tierVersionsStatus"));
    m_status->setWordWrap(true);
    m_more->setObjectName(QStringLiteral("tierVersionsMore"));
    m_restore->setObjectName(QStringLiteral("tierRestoreButton"));
    for (QPushButton *button : {m_more, m_restore})
        button->setAutoDefault(false);
    m_more->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_more);
    buttons->addWidget(m_restore);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_ladderCaption);
    layout->addWidget(m_ladderView, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TierVersionsView::showSelected);
    connect(m_more, &QPushButton::clicked, this, [this] { fetch(true); });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const TierVersion version = selectedVersion();
        if (m_restore->isEnabled() && version.version > 0)
            Q_EMIT restoreRequested(version);
    });
    retranslate();
}

void TierVersionsView::retranslate()
{
    m_ladderCaption->setText(tr("Ladder of the selected &version (read-only):"));
    m_more->setText(tr("Load older vers&ions"));
    m_restore->setText(tr("&Restore into draft…"));
    updateRestore();
}

void TierVersionsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TierVersionsView::reload()
{
    fetch(false);
}

void TierVersionsView::fetch(bool more)
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->cancel();
    }
    auto *job = new TierVersionsJob(&m_client, more ? m_nextCursor : QString(), kPageSize, this);
    m_request = job;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Loading versions…"));
    connect(job, &ApiJob::finished, this, [this, more](ApiJob *finished) {
        m_request = nullptr;
        auto *page = static_cast<TierVersionsJob *>(finished);
        if (!page->succeeded()) {
            m_status->setStyleSheet(QStringLiteral("color: #c0392b;"));
            m_status->setText(page->errorText());
            return;
        }
        const int selected = selectedVersion().version;
        if (more)
            m_versions->appendVersions(page->versions());
        else
            m_versions->setVersions(page->versions());
        m_nextCursor = page->nextCursor();
        m_more->setVisible(!m_nextCursor.isEmpty());
        m_status->setText(tr("%Ln published versions", nullptr, m_versions->rowCount()));
        if (m_list->currentIndex().isValid() || m_versions->rowCount() == 0)
            showSelected();
        else
            selectVersion(selected > 0 && m_versions->rowOfVersion(selected) >= 0
                              ? selected
                              : m_versions->versionAt(0).version);
        m_list->resizeColumnsToContents();
        Q_EMIT loaded();
    });
    job->start();
}

void TierVersionsView::selectVersion(int version)
{
    const int row = m_versions->rowOfVersion(version);
    if (row >= 0)
        m_list->setCurrentIndex(m_versions->index(row, 0));
}

TierVersion TierVersionsView::selectedVersion() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_versions->versionAt(current.row()) : TierVersion();
}

void TierVersionsView::showSelected()
{
    m_ladder->setTiers(selectedVersion().tiers);
    m_ladderView->resizeColumnsToContents();
    updateRestore();
}

void TierVersionsView::setRestoreEnabled(bool enabled, const QString &why)
{
    m_restoreAllowed = enabled;
    m_restoreBlocker = why;
    updateRestore();
}

void TierVersionsView::updateRestore()
{
    const TierVersion version = selectedVersion();
    QString why = m_restoreBlocker;
    if (why.isEmpty() && version.version == 0)
        why = tr("Select a version first.");
    m_restore->setEnabled(m_restoreAllowed && version.version > 0);
    m_restore->setToolTip(why.isEmpty()
                              ? tr("Load version %1's ladder into the draft; publishing it still needs a "
                                   "what-if")
                                    .arg(version.version)
                              : why);
}

} // namespace loyalty
