#include "ui/MallPane.h"

#include "client/TiersJob.h"
#include "models/MallItemExporter.h"
#include "models/MallItemModel.h"
#include "models/MallText.h"
#include "ui/ConsoleServices.h"
#include "ui/ExportLine.h"
#include "ui/ItemEditor.h"
#include "ui/ListTable.h"
#include "ui/MallItemView.h"
#include "ui/StockDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <memory>

namespace loyalty {

namespace {
const QString kErrorStyle = QStringLiteral("color: #c0392b;");
constexpr int kSearchDelayMs = 300;
} // namespace

MallPane::MallPane(ConsoleServices &services, QWidget *parent)
    : QWidget(parent), m_services(services),
      m_model(new MallItemModel(&services.client(), &services.connection(), this)),
      m_exporter(new MallItemExporter(&services.client(), this)), m_toolbar(new QToolBar(this)),
      m_new(new QAction(this)), m_edit(new QAction(this)), m_stock(new QAction(this)),
      m_exportAction(new QAction(this)), m_search(new QLineEdit(this)), m_category(new QComboBox(this)),
      m_band(new QComboBox(this)), m_shelf(new QComboBox(this)), m_lowStock(new QCheckBox(this)),
      m_searchDelay(new QTimer(this)), m_list(new QTableView(this)), m_statusLine(new QLabel(this)),
      m_message(new QLabel(this)), m_view(new MallItemView(services, this))
{
    setObjectName(QStringLiteral("mallPane"));
    m_model->setPageSize(services.settings().pageSize());

    m_toolbar->setObjectName(QStringLiteral("mallToolbar"));
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_new->setObjectName(QStringLiteral("mallNewAction"));
    m_edit->setObjectName(QStringLiteral("mallEditAction"));
    m_stock->setObjectName(QStringLiteral("mallStockAction"));
    m_exportAction->setObjectName(QStringLiteral("mallExportAction"));
    m_toolbar->addAction(m_new);
    m_toolbar->addAction(m_edit);
    m_toolbar->addAction(m_stock);
    m_toolbar->addSeparator();
    m_toolbar->addAction(m_exportAction);
    m_exportLine = new ExportLine(
        m_exporter, m_exportAction,
        [](int rows) { return tr("Exporting the catalogue… %Ln rows written", nullptr, rows); }, this);
    m_exportLine->setNamePrefix(QStringLiteral("mall"));

    // The filter bar: every change asks the server again.
    m_search->setObjectName(QStringLiteral("mallSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setMaxLength(MallItem::kMaxNameLength); // the server takes a name part of at most that
    m_category->setObjectName(QStringLiteral("mallCategoryFilter"));
    m_band->setObjectName(QStringLiteral("mallBandFilter"));
    m_shelf->setObjectName(QStringLiteral("mallShelfFilter"));
    m_lowStock->setObjectName(QStringLiteral("mallLowStockFilter"));
    for (QComboBox *combo : {m_category, m_band, m_shelf})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    fillCombos();
    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_search);
    filterBar->addWidget(m_category);
    filterBar->addWidget(m_band);
    filterBar->addWidget(m_shelf);
    filterBar->addWidget(m_lowStock);
    filterBar->addStretch(1);

    m_list->setObjectName(QStringLiteral("mallItemList"));
    m_list->setModel(m_model);
    setUpListTable(m_list);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->horizontalHeader()->setStretchLastSection(false);
    m_statusLine->setObjectName(QStringLiteral("mallStatusLine"));
    m_statusLine->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("mallMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_statusLine);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mallSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 360});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_exportLine);
    layout->addWidget(m_message);
    layout->addLayout(filterBar); // above both sides: the filters are the catalogue's, not the list's
    layout->addWidget(splitter, 1);

    connect(m_new, &QAction::triggered, this, &MallPane::newItem);
    connect(m_edit, &QAction::triggered, this, &MallPane::editSelected);
    connect(m_stock, &QAction::triggered, this, &MallPane::adjustStockOfSelected);
    connect(m_exportAction, &QAction::triggered, this, &MallPane::exportCsv);
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &MallPane::applyFilter);
    connect(m_searchDelay, &QTimer::timeout, this, &MallPane::applyFilter);
    for (QComboBox *combo : {m_category, m_band, m_shelf})
        connect(combo, &QComboBox::activated, this, &MallPane::applyFilter);
    connect(m_lowStock, &QCheckBox::toggled, this, &MallPane::applyFilter);
    connect(m_list, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            editSelected();
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu(this);
        menu.addAction(m_new);
        menu.addAction(m_edit);
        menu.addAction(m_stock);
        menu.exec(m_list->viewport()->mapToGlobal(position));
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_view->showItem(m_model->itemAt(current.row()));
                else
                    m_view->clear();
                updateActions();
            });
    // A click moves the current row before it selects it: the actions follow the selection too.
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MallPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->clear();
        updateActions();
        updateStatusLine();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MallPane::updateStatusLine);
    connect(m_model, &PagedTableModel::loadingChanged, this, &MallPane::updateStatusLine);
    connect(m_model, &PagedTableModel::errorOccurred, this, &MallPane::updateStatusLine);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first != 0 || m_model->rowCount() == 0)
            return;
        // Sized to what the first rows say, the name taking what is left; then the user's widths win.
        m_list->resizeColumnsToContents();
        QHeaderView *header = m_list->horizontalHeader();
        const auto cap = [header](int column, int most) {
            header->resizeSection(column, qMin(header->sectionSize(column), most));
        };
        cap(MallItemModel::NameColumn, 200);
        cap(MallItemModel::CategoryColumn, 130);
        cap(MallItemModel::LimitsColumn, 140);
        cap(MallItemModel::ShelfColumn, 130);
    });
    connect(&services.connection(), &ConnectionMonitor::onlineChanged, this, &MallPane::updateActions);

    retranslate();
    updateActions();
}

void MallPane::fillCombos()
{
    // Rebuilt on a language change: the values stay in the item data, the labels follow the language.
    const QVariant category = m_category->currentData();
    const QVariant band = m_band->currentData();
    const QVariant shelf = m_shelf->currentData();
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (ItemCategory value : MallText::categories())
        m_category->addItem(MallText::category(value), itemCategoryToString(value));
    m_band->clear();
    m_band->addItem(tr("All price bands"), QString());
    for (PriceBand value : MallText::bands())
        m_band->addItem(MallText::bandWithRange(value), priceBandToString(value));
    m_shelf->clear();
    for (ItemListFilter::Shelf value : {ItemListFilter::Shelf::Any, ItemListFilter::Shelf::OnShelf,
                                        ItemListFilter::Shelf::On, ItemListFilter::Shelf::Off})
        m_shelf->addItem(MallText::shelfFilter(value), int(value));
    m_category->setCurrentIndex(category.isValid() ? qMax(0, m_category->findData(category)) : 0);
    m_band->setCurrentIndex(band.isValid() ? qMax(0, m_band->findData(band)) : 0);
    m_shelf->setCurrentIndex(shelf.isValid() ? qMax(0, m_shelf->findData(shelf)) : 0);
}

void MallPane::retranslate()
{
    fillCombos();
    m_new->setText(tr("&New item…"));
    m_new->setToolTip(tr("Add an item to the mall's catalogue"));
    m_edit->setText(tr("&Edit…"));
    m_stock->setText(tr("Adjust &stock…"));
    m_exportAction->setText(tr("Export CSV…"));
    m_exportAction->setToolTip(tr("Export every item the filters show to a CSV file (Ctrl+E)"));
    m_exportLine->retranslate();
    m_search->setPlaceholderText(tr("Find by name…"));
    m_category->setToolTip(tr("Only items of this category"));
    m_band->setToolTip(tr("Only items in this points price band"));
    m_shelf->setToolTip(tr("Only items in this shelf status"));
    m_lowStock->setText(tr("&Low stock only"));
    m_lowStock->setToolTip(tr("Only items at or below their low-stock alert"));
    rewordModel(m_model);
    updateActions();
    updateStatusLine();
}

void MallPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MallPane::setUser(const UserInfo &user)
{
    m_user = user;
    updateActions();
}

ItemListFilter MallPane::filter() const
{
    ItemListFilter filter;
    ItemCategory category;
    if (itemCategoryFromString(m_category->currentData().toString(), &category))
        filter.category = category;
    const QString band = m_band->currentData().toString();
    for (PriceBand value : MallText::bands()) {
        if (band == priceBandToString(value))
            filter.band = value;
    }
    filter.shelf = ItemListFilter::Shelf(m_shelf->currentData().toInt());
    filter.lowStockOnly = m_lowStock->isChecked();
    filter.text = m_search->text().trimmed();
    return filter;
}

void MallPane::applyFilter()
{
    m_searchDelay->stop();
    const ItemListFilter wanted = filter();
    if (m_loaded && wanted == m_model->filter())
        return;
    m_loaded = true;
    m_model->setFilter(wanted);
}

void MallPane::refresh()
{
    loadTierNames();
    if (!m_loaded) {
        applyFilter();
        return;
    }
    const qint64 selected = selectedItem().id();
    m_model->reload();
    if (selected != 0) {
        // Back on the same item once its page is in again.
        auto reselect = std::make_shared<QMetaObject::Connection>();
        *reselect = connect(m_model, &PagedTableModel::loadingChanged, this,
                            [this, selected, reselect](bool loading) {
                                if (loading)
                                    return;
                                disconnect(*reselect);
                                selectItem(selected);
                            });
    }
}

void MallPane::loadTierNames()
{
    auto *job = new TiersJob(&m_services.client(), this);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        if (!finished->succeeded())
            return; // ranks read "Rank n" then
        QHash<int, QString> names;
        const QString localeName = QLocale().name();
        for (const TierRef &tier : static_cast<TiersJob *>(finished)->tiers())
            names.insert(tier.rank, tier.name.text(localeName));
        m_tierNames = names;
        m_model->setTierNames(names);
        m_view->setTierNames(names);
    });
    job->start();
}

CatalogueItem MallPane::selectedItem() const
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    return current.isValid() && m_list->selectionModel()->isRowSelected(current.row(), {})
               ? m_model->itemAt(current.row())
               : CatalogueItem{};
}

bool MallPane::selectItem(qint64 itemId)
{
    const int row = m_model->rowOfItem(itemId);
    if (row < 0)
        return false;
    m_list->selectRow(row);
    m_list->setCurrentIndex(m_model->index(row, MallItemModel::NameColumn));
    return true;
}

void MallPane::updateActions()
{
    const bool manage = m_user.can(Permission::MallManage);
    const bool online = m_services.connection().isOnline();
    const bool selected = selectedItem().id() != 0;
    // Who may not change the catalogue does not see the actions at all.
    for (QAction *action : {m_new, m_edit, m_stock})
        action->setVisible(manage);
    m_new->setEnabled(manage && online);
    m_edit->setEnabled(manage && online && selected);
    m_stock->setEnabled(manage && online && selected);
    const QString offline = tr("Offline: the catalogue cannot be changed now.");
    const QString pick = tr("Select an item in the list first.");
    m_edit->setToolTip(!online    ? offline
                       : selected ? tr("Change the selected item (or double-click it)")
                                  : pick);
    m_stock->setToolTip(!online    ? offline
                        : selected ? tr("Record goods coming in or correct the count, with a reason")
                                   : pick);
}

void MallPane::updateStatusLine()
{
    QString text;
    QString style;
    if (m_model->isLoading() && m_model->rowCount() == 0) {
        text = tr("Loading the catalogue…");
    } else if (!m_model->lastError().isEmpty()) {
        text = m_model->lastError();
        style = kErrorStyle;
    } else if (!m_loaded) {
        text.clear();
    } else if (m_model->rowCount() == 0) {
        if (!m_model->filter().isEmpty())
            text = tr("No items match these filters.");
        else if (m_user.can(Permission::MallManage))
            text = tr("The catalogue is empty: add the first item with New item.");
        else
            text = tr("The catalogue is empty.");
    } else if (m_model->canFetchMore({})) {
        text = tr("%Ln items shown, scroll for more", nullptr, m_model->rowCount());
    } else {
        text = tr("%Ln items", nullptr, m_model->rowCount());
    }
    m_statusLine->setStyleSheet(style);
    m_statusLine->setText(text);
}

void MallPane::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void MallPane::itemChanged(const CatalogueItem &item)
{
    m_model->updateItem(item);
    selectItem(item.id());
    m_view->showItem(item); // also when the row was already current: the detail and history again
    updateActions();
}

void MallPane::newItem()
{
    if (!m_new->isEnabled())
        return;
    showMessage({});
    ItemEditor editor(m_services.client(), CatalogueItem{}, m_tierNames, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const CatalogueItem saved = editor.savedItem();
    itemChanged(saved);
    showMessage(tr("“%1” was added to the catalogue (item %2).").arg(saved.item.name).arg(saved.id()));
}

void MallPane::editSelected()
{
    const CatalogueItem item = selectedItem();
    if (!m_edit->isEnabled() || item.id() == 0)
        return;
    showMessage({});
    ItemEditor editor(m_services.client(), item, m_tierNames, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    itemChanged(editor.savedItem());
    showMessage(tr("“%1” was saved.").arg(editor.savedItem().item.name));
}

void MallPane::adjustStockOfSelected()
{
    const CatalogueItem item = selectedItem();
    if (!m_stock->isEnabled() || item.id() == 0)
        return;
    showMessage({});
    StockDialog dialog(m_services.client(), item, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    itemChanged(dialog.updatedItem());
    showMessage(
        tr("The stock of “%1” is now %2.")
            .arg(dialog.updatedItem().item.name, QLocale().toString(dialog.updatedItem().item.stock)));
}

void MallPane::exportCsv()
{
    if (m_exporter->isRunning())
        return;
    const QString path = m_exportLine->askPath(
        tr("Export the catalogue"),
        QStringLiteral("mall-items-%1.csv").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    if (path.isEmpty())
        return; // the user changed their mind
    m_exportLine->clearMessage();
    m_exporter->start(filter(), path);
}

} // namespace loyalty
