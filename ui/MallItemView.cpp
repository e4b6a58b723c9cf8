#include "ui/MallItemView.h"

#include "client/ItemImageBytesJob.h"
#include "models/MallText.h"
#include "models/StockMovementModel.h"
#include "ui/ConsoleServices.h"
#include "ui/ListTable.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace loyalty {

namespace {
constexpr int kImageSize = 120;
const QString kErrorStyle = QStringLiteral("color: #c0392b;");
} // namespace

MallItemView::MallItemView(ConsoleServices &services, QWidget *parent)
    : QWidget(parent), m_services(services),
      m_movements(new StockMovementModel(&services.client(), &services.connection(), this)),
      m_title(new QLabel(this)), m_image(new QLabel(this)), m_meta(new QLabel(this)),
      m_price(new QLabel(this)), m_limits(new QLabel(this)), m_schedule(new QLabel(this)),
      m_stock(new QLabel(this)), m_description(new QLabel(this)), m_historyCaption(new QLabel(this)),
      m_movementView(new QTableView(this)), m_historyStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mallItemView"));
    m_movements->setPageSize(services.settings().pageSize());
    m_title->setObjectName(QStringLiteral("mallItemTitle"));
    setUpDetailTitle(m_title);
    m_image->setObjectName(QStringLiteral("mallItemImage"));
    m_image->setFixedSize(kImageSize, kImageSize);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setFrameShape(QFrame::StyledPanel);
    m_image->setWordWrap(true);
    m_meta->setObjectName(QStringLiteral("mallItemMeta"));
    m_price->setObjectName(QStringLiteral("mallItemPrice"));
    m_limits->setObjectName(QStringLiteral("mallItemLimits"));
    m_schedule->setObjectName(QStringLiteral("mallItemSchedule"));
    m_stock->setObjectName(QStringLiteral("mallItemStock"));
    m_description->setObjectName(QStringLiteral("mallItemDescription"));
    for (QLabel *label : {m_title, m_meta, m_price, m_limits, m_schedule, m_stock, m_description}) {
        label->setTextFormat(Qt::PlainText); // names and descriptions are data, never markup
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_historyCaption->setBuddy(m_movementView);
    m_movementView->setObjectName(QStringLiteral("stockMovementView"));
    m_movementView->setModel(m_movements);
    setUpListTable(m_movementView);
    m_movementView->setAlternatingRowColors(true);
    m_historyStatus->setObjectName(QStringLiteral("stockHistoryStatus"));
    m_historyStatus->setWordWrap(true);

    auto *facts = new QVBoxLayout;
    facts->setContentsMargins(0, 0, 0, 0);
    for (QLabel *label : {m_meta, m_price, m_limits, m_schedule, m_stock})
        facts->addWidget(label);
    facts->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_image, 0, Qt::AlignTop);
    top->addLayout(facts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(top);
    layout->addWidget(m_description);
    layout->addWidget(m_historyCaption);
    layout->addWidget(m_movementView, 1);
    layout->addWidget(m_historyStatus);

    connect(m_movements, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first == 0)
            m_movementView->resizeColumnsToContents();
        updateHistoryStatus();
    });
    connect(m_movements, &QAbstractItemModel::modelReset, this, &MallItemView::updateHistoryStatus);
    connect(m_movements, &PagedTableModel::loadingChanged, this, &MallItemView::updateHistoryStatus);
    connect(m_movements, &PagedTableModel::errorOccurred, this, &MallItemView::updateHistoryStatus);
    retranslate();
    clear();
}

void MallItemView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MallItemView::retranslate()
{
    m_historyCaption->setText(tr("Stock &history:"));
    Q_EMIT m_movements->headerDataChanged(Qt::Horizontal, 0, StockMovementModel::ColumnCount - 1);
    updateTexts();
    updateHistoryStatus();
}

void MallItemView::setTierNames(const QHash<int, QString> &names)
{
    m_tierNames = names;
    updateTexts();
}

QString MallItemView::tierName(int rank) const
{
    return MallText::tier(rank, m_tierNames.value(rank));
}

void MallItemView::showItem(const CatalogueItem &item)
{
    const bool otherImage = item.imageUrl() != m_item.imageUrl() || item.id() != m_item.id();
    m_item = item;
    updateTexts();
    if (otherImage)
        loadImage();
    m_movements->setItemId(item.id());
}

void MallItemView::clear()
{
    m_item = {};
    m_imageShown = false;
    m_movements->setItemId(0);
    updateTexts();
}

void MallItemView::updateTexts()
{
    const bool shown = m_item.id() != 0;
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_image, m_meta, m_price, m_limits, m_schedule, m_stock,
                                          m_historyCaption, m_movementView, m_historyStatus})
        widget->setVisible(shown);
    m_description->setVisible(shown && !m_item.item.description.isEmpty());
    if (!shown) {
        m_title->setText(tr("Select an item to see its prices, stock and history"));
        return;
    }
    const MallItem &item = m_item.item;
    const QLocale locale;
    m_title->setText(item.name);
    m_meta->setText(tr("%1 · %2 band · item %3")
                        .arg(MallText::category(item.category), MallText::band(m_item.priceBand))
                        .arg(item.id));
    QString price = item.cashPrice > 0
                        ? tr("Price: %1 points + %2")
                              .arg(MallText::points(item.pointsPrice), MallText::cash(item.cashPrice))
                        : tr("Price: %1 points").arg(MallText::points(item.pointsPrice));
    for (const MallItem::TierPrice &tierPrice : item.tierPrices)
        price +=
            QLatin1Char('\n') +
            tr("  %1 and above: %2 points").arg(tierName(tierPrice.rank), MallText::points(tierPrice.points));
    m_price->setText(price);
    m_limits->setText(tr("Limits: %1").arg(MallText::limits(item)) + QLatin1Char('\n') +
                      tr("Minimum tier: %1").arg(tierName(item.minTierRank)));
    QString schedule;
    if (item.shelfFrom.isValid() && item.shelfUntil.isValid())
        schedule =
            tr("from %1 until %2").arg(MallText::time(item.shelfFrom), MallText::time(item.shelfUntil));
    else if (item.shelfFrom.isValid())
        schedule = tr("from %1, no end").arg(MallText::time(item.shelfFrom));
    else if (item.shelfUntil.isValid())
        schedule = tr("until %1").arg(MallText::time(item.shelfUntil));
    else
        schedule = tr("no schedule");
    m_schedule->setText(
        tr("Shelf: %1 (%2)").arg(MallText::shelfState(m_item, QDateTime::currentDateTimeUtc()), schedule));
    QString stock;
    if (item.stock <= 0)
        stock =
            tr("Stock: sold out (the alert is at %1 or fewer)").arg(locale.toString(item.lowStockThreshold));
    else if (m_item.lowStock)
        stock = tr("Stock: %1, low (the alert is at %2 or fewer)")
                    .arg(locale.toString(item.stock), locale.toString(item.lowStockThreshold));
    else
        stock = tr("Stock: %1 (the alert is at %2 or fewer)")
                    .arg(locale.toString(item.stock), locale.toString(item.lowStockThreshold));
    m_stock->setText(stock);
    m_stock->setStyleSheet(m_item.lowStock ? kErrorStyle : QString());
    m_description->setText(item.description);
    if (!m_item.hasImage()) {
        m_image->setPixmap({});
        m_image->setText(tr("No image"));
    }
}

void MallItemView::updateHistoryStatus()
{
    QString text;
    QString style;
    if (m_item.id() == 0)
        text.clear();
    else if (m_movements->isLoading())
        text = tr("Loading…");
    else if (!m_movements->lastError().isEmpty()) {
        text = m_movements->lastError();
        style = kErrorStyle;
    } else if (m_movements->rowCount() == 0)
        text = tr("No stock movements yet.");
    else if (m_movements->canFetchMore({}))
        text = tr("%Ln movements shown, scroll for more", nullptr, m_movements->rowCount());
    else
        text = tr("%Ln movements", nullptr, m_movements->rowCount());
    m_historyStatus->setStyleSheet(style);
    m_historyStatus->setText(text);
}

void MallItemView::loadImage()
{
    m_imageShown = false;
    m_image->setPixmap({});
    if (!m_item.hasImage()) {
        m_image->setText(tr("No image"));
        return;
    }
    const QString url = m_item.imageUrl();
    if (const auto cached = m_imageCache.constFind(url); cached != m_imageCache.constEnd()) {
        m_image->setPixmap(*cached);
        m_imageShown = true;
        return;
    }
    m_image->setText(tr("Loading image…"));
    auto *job = new ItemImageBytesJob(&m_services.client(), url, this);
    connect(job, &ApiJob::finished, this, [this, url](ApiJob *finished) {
        if (m_item.imageUrl() != url)
            return; // another item is shown by now
        auto *bytes = static_cast<ItemImageBytesJob *>(finished);
        const QImage image = bytes->succeeded() ? QImage::fromData(bytes->bytes()) : QImage();
        if (image.isNull()) {
            m_image->setText(bytes->succeeded() ? tr("The image cannot be shown here") : bytes->errorText());
            return;
        }
        const QPixmap pixmap = QPixmap::fromImage(
            image.scaled(kImageSize - 4, kImageSize - 4, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_imageCache.insert(url, pixmap);
        m_image->setPixmap(pixmap);
        m_imageShown = true;
    });
    job->start();
}

} // namespace loyalty
