#include "ui/ItemEditor.h"

#include "ui/InlineError.h"

#include "client/ItemImageJob.h"
#include "client/RemoveItemImageJob.h"
#include "client/SaveItemJob.h"
#include "models/MallText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace loyalty {

std::optional<QString> ItemEditor::s_nextImagePath;

namespace {
constexpr int kPreviewSize = 160;
constexpr int kDefaultTopRank = 5; // ranks offered when the ladder is not known

// The field a violation is shown next to: "tierPrices[1].points" goes with the tier price table,
// "periodLimit.count" with the period limit.
QString fieldKey(const QString &field)
{
    return field.section(QLatin1Char('['), 0, 0).section(QLatin1Char('.'), 0, 0);
}
} // namespace

ItemEditor::ItemEditor(ApiClient &client, const CatalogueItem &item, const QHash<int, QString> &tierNames,
                       QWidget *parent)
    : QDialog(parent), m_client(client), m_original(item), m_tierNames(tierNames),
      m_name(new QLineEdit(this)), m_description(new QPlainTextEdit(this)), m_category(new QComboBox(this)),
      m_points(new QSpinBox(this)), m_cash(new QDoubleSpinBox(this)), m_tierPrices(new QTableWidget(this)),
      m_addTierPrice(new QPushButton(this)), m_removeTierPrice(new QPushButton(this)),
      m_minTier(new QComboBox(this)), m_perMember(new QSpinBox(this)), m_periodCount(new QSpinBox(this)),
      m_period(new QComboBox(this)), m_onShelf(new QCheckBox(this)), m_from(new QDateTimeEdit(this)),
      m_noStart(new QCheckBox(this)), m_until(new QDateTimeEdit(this)), m_noEnd(new QCheckBox(this)),
      m_threshold(new QSpinBox(this)), m_initialStock(new QSpinBox(this)),
      m_chooseImage(new QPushButton(this)), m_removeImage(new QPushButton(this)), m_preview(new QLabel(this)),
      m_imageInfo(new QLabel(this)), m_generalError(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("itemEditor"));
    setWindowTitle(isNew() ? tr("New mall item") : tr("Edit item: %1").arg(item.item.name));

    m_name->setObjectName(QStringLiteral("itemName"));
    m_name->setMaxLength(MallItem::kMaxNameLength);
    m_name->setPlaceholderText(tr("What members see in the mall"));
    m_description->setObjectName(QStringLiteral("itemDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 4 + 12);
    m_category->setObjectName(QStringLiteral("itemCategory"));
    for (ItemCategory category : MallText::categories())
        m_category->addItem(MallText::category(category), itemCategoryToString(category));

    m_points->setObjectName(QStringLiteral("itemPoints"));
    m_points->setRange(0, int(MallItem::kMaxPointsPrice));
    m_points->setGroupSeparatorShown(true);
    m_points->setSuffix(tr(" points"));
    m_cash->setObjectName(QStringLiteral("itemCash"));
    m_cash->setDecimals(2);
    m_cash->setRange(0, double(MallItem::kMaxCashPrice) / 100.0);
    m_cash->setGroupSeparatorShown(true);
    //: The currency sign before an amount typed in yuan
    m_cash->setPrefix(tr("¥"));
    m_cash->setToolTip(tr("The cash part a member pays on top of the points, in yuan (0: points only)"));

    m_tierPrices->setObjectName(QStringLiteral("itemTierPrices"));
    m_tierPrices->setColumnCount(2);
    m_tierPrices->setHorizontalHeaderLabels({tr("Tier (and above)"), tr("Points")});
    m_tierPrices->verticalHeader()->hide();
    m_tierPrices->horizontalHeader()->setStretchLastSection(true);
    m_tierPrices->horizontalHeader()->resizeSection(0, 150);
    m_tierPrices->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tierPrices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tierPrices->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tierPrices->setFixedHeight(m_tierPrices->fontMetrics().height() * 6 + 16);
    m_tierPrices->setToolTip(tr("A lower points price for members of a tier and above"));
    m_addTierPrice->setObjectName(QStringLiteral("addTierPrice"));
    m_addTierPrice->setText(tr("&Add tier price"));
    m_addTierPrice->setAutoDefault(false);
    m_removeTierPrice->setObjectName(QStringLiteral("removeTierPrice"));
    m_removeTierPrice->setText(tr("Remove"));
    m_removeTierPrice->setAutoDefault(false);

    m_minTier->setObjectName(QStringLiteral("itemMinTier"));
    int topRank = m_tierNames.isEmpty() ? kDefaultTopRank : 1;
    for (auto it = m_tierNames.constBegin(); it != m_tierNames.constEnd(); ++it)
        topRank = qMax(topRank, it.key());
    for (int rank = 1; rank <= topRank; ++rank)
        m_minTier->addItem(MallText::tier(rank, m_tierNames.value(rank)), rank);
    m_minTier->setToolTip(tr("Members below this tier cannot redeem the item"));

    m_perMember->setObjectName(QStringLiteral("itemPerMember"));
    m_perMember->setRange(0, MallItem::kMaxLimit);
    m_perMember->setSpecialValueText(tr("No limit"));
    m_perMember->setToolTip(tr("How many a member may redeem in all (0: no limit)"));
    m_periodCount->setObjectName(QStringLiteral("itemPeriodCount"));
    m_periodCount->setRange(0, MallItem::kMaxLimit);
    m_periodCount->setSpecialValueText(tr("No limit"));
    m_period->setObjectName(QStringLiteral("itemPeriod"));
    for (MallItem::Period period : {MallItem::Period::Day, MallItem::Period::Week, MallItem::Period::Month})
        m_period->addItem(tr("per %1").arg(MallText::period(period)), int(period));

    m_onShelf->setObjectName(QStringLiteral("itemOnShelf"));
    m_onShelf->setText(tr("Switched &on (members see it inside the schedule)"));
    const QString timeFormat = QStringLiteral("yyyy-MM-dd HH:mm");
    for (QDateTimeEdit *edit : {m_from, m_until}) {
        edit->setDisplayFormat(timeFormat);
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::LocalTime);
    }
    m_from->setObjectName(QStringLiteral("itemShelfFrom"));
    m_until->setObjectName(QStringLiteral("itemShelfUntil"));
    m_noStart->setObjectName(QStringLiteral("itemNoStart"));
    m_noStart->setText(tr("No start"));
    m_noEnd->setObjectName(QStringLiteral("itemNoEnd"));
    m_noEnd->setText(tr("No end"));
    m_threshold->setObjectName(QStringLiteral("itemThreshold"));
    m_threshold->setRange(0, 1'000'000);
    m_threshold->setToolTip(tr("The item shows as low on stock at this many or fewer"));
    m_initialStock->setObjectName(QStringLiteral("itemInitialStock"));
    m_initialStock->setRange(0, 1'000'000);
    m_initialStock->setGroupSeparatorShown(true);
    m_initialStock->setToolTip(tr("Recorded as an inbound movement \"initial stock\"; later changes go "
                                  "through Adjust stock"));

    m_chooseImage->setObjectName(QStringLiteral("chooseImage"));
    m_chooseImage->setText(tr("Choose &image…"));
    m_chooseImage->setAutoDefault(false);
    m_removeImage->setObjectName(QStringLiteral("removeImage"));
    m_removeImage->setText(tr("Remove image"));
    m_removeImage->setAutoDefault(false);
    m_preview->setObjectName(QStringLiteral("itemImagePreview"));
    m_preview->setFixedSize(kPreviewSize, kPreviewSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setWordWrap(true);
    m_imageInfo->setObjectName(QStringLiteral("itemImageInfo"));
    m_imageInfo->setWordWrap(true);
    m_imageInfo->setTextFormat(Qt::PlainText);
    m_generalError->setObjectName(QStringLiteral("itemEditorError"));
    m_generalError->setStyleSheet(InlineError::styleSheet());
    m_generalError->setWordWrap(true);
    m_generalError->setTextFormat(Qt::PlainText);
    m_generalError->hide();
    saveButton()->setObjectName(QStringLiteral("saveItemButton"));
    saveButton()->setText(isNew() ? tr("Create item") : tr("Save changes"));

    // What the item is.
    auto *what = new QGroupBox(tr("Item"), this);
    auto *whatForm = new QFormLayout(what);
    whatForm->addRow(tr("&Name:"), withError(m_name, QStringLiteral("name")));
    whatForm->addRow(tr("&Category:"), withError(m_category, QStringLiteral("category")));
    whatForm->addRow(tr("&Description:"), withError(m_description, QStringLiteral("description")));
    auto *imageColumn = new QVBoxLayout;
    imageColumn->addWidget(m_chooseImage);
    imageColumn->addWidget(m_removeImage);
    imageColumn->addWidget(m_imageInfo);
    imageColumn->addStretch();
    auto *imageRow = new QHBoxLayout;
    imageRow->addWidget(m_preview);
    imageRow->addLayout(imageColumn, 1);
    auto *imageBox = new QWidget(this);
    imageBox->setLayout(imageRow);
    imageRow->setContentsMargins(0, 0, 0, 0);
    whatForm->addRow(tr("Image:"), withError(imageBox, QStringLiteral("image")));

    // What it costs and who may have it.
    auto *price = new QGroupBox(tr("Price and limits"), this);
    auto *priceForm = new QFormLayout(price);
    priceForm->addRow(tr("&Points price:"), withError(m_points, QStringLiteral("pointsPrice")));
    priceForm->addRow(tr("Cas&h price:"), withError(m_cash, QStringLiteral("cashPrice")));
    auto *tierButtons = new QHBoxLayout;
    tierButtons->addWidget(m_addTierPrice);
    tierButtons->addWidget(m_removeTierPrice);
    tierButtons->addStretch();
    auto *tierColumn = new QVBoxLayout;
    tierColumn->setContentsMargins(0, 0, 0, 0);
    tierColumn->addWidget(m_tierPrices);
    tierColumn->addLayout(tierButtons);
    auto *tierBox = new QWidget(this);
    tierBox->setLayout(tierColumn);
    priceForm->addRow(tr("Tier prices:"), withError(tierBox, QStringLiteral("tierPrices")));
    priceForm->addRow(tr("&Minimum tier:"), withError(m_minTier, QStringLiteral("minTierRank")));
    priceForm->addRow(tr("Per &member:"), withError(m_perMember, QStringLiteral("perMemberLimit")));
    auto *periodRow = new QHBoxLayout;
    periodRow->setContentsMargins(0, 0, 0, 0);
    periodRow->addWidget(m_periodCount, 1);
    periodRow->addWidget(m_period);
    auto *periodBox = new QWidget(this);
    periodBox->setLayout(periodRow);
    priceForm->addRow(tr("Per &period:"), withError(periodBox, QStringLiteral("periodLimit")));

    // When it is on the shelf and how much there is.
    auto *shelf = new QGroupBox(tr("Shelf and stock"), this);
    auto *shelfForm = new QFormLayout(shelf);
    shelfForm->addRow(QString(), withError(m_onShelf, QStringLiteral("status")));
    auto *fromRow = new QHBoxLayout;
    fromRow->setContentsMargins(0, 0, 0, 0);
    fromRow->addWidget(m_from, 1);
    fromRow->addWidget(m_noStart);
    auto *fromBox = new QWidget(this);
    fromBox->setLayout(fromRow);
    shelfForm->addRow(tr("On shelf &from:"), withError(fromBox, QStringLiteral("shelfFrom")));
    auto *untilRow = new QHBoxLayout;
    untilRow->setContentsMargins(0, 0, 0, 0);
    untilRow->addWidget(m_until, 1);
    untilRow->addWidget(m_noEnd);
    auto *untilBox = new QWidget(this);
    untilBox->setLayout(untilRow);
    shelfForm->addRow(tr("&Until:"), withError(untilBox, QStringLiteral("shelfUntil")));
    shelfForm->addRow(tr("Low-stock &alert at:"),
                      withError(m_threshold, QStringLiteral("lowStockThreshold")));
    if (isNew()) {
        shelfForm->addRow(tr("&Initial stock:"), withError(m_initialStock, QStringLiteral("initialStock")));
    } else {
        m_initialStock->hide();
        auto *stock =
            new QLabel(tr("%1 (change it with Adjust stock)").arg(QLocale().toString(item.item.stock)), this);
        stock->setObjectName(QStringLiteral("itemStockNow"));
        shelfForm->addRow(tr("Stock:"), stock);
    }

    // Two columns, each as tall as it needs: what it is and when, beside what it costs.
    auto *leftColumn = new QVBoxLayout;
    leftColumn->addWidget(what);
    leftColumn->addWidget(shelf);
    leftColumn->addStretch(1);
    auto *rightColumn = new QVBoxLayout;
    rightColumn->addWidget(price);
    rightColumn->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(leftColumn, 1);
    columns->addLayout(rightColumn, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_generalError);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ItemEditor::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_chooseImage, &QPushButton::clicked, this, &ItemEditor::chooseImage);
    connect(m_removeImage, &QPushButton::clicked, this, &ItemEditor::removeImage);
    connect(m_addTierPrice, &QPushButton::clicked, this, [this] {
        // The next rank up from the last row, a tenth off the points price: a start to edit.
        const int rank = m_tierPrices->rowCount() > 0 ? tierRankAt(m_tierPrices->rowCount() - 1) + 1
                                                      : qMax(2, m_minTier->currentData().toInt());
        addTierPrice(qMin(rank, m_minTier->count()), qMax<qint64>(1, m_points->value() * 9 / 10));
    });
    connect(m_removeTierPrice, &QPushButton::clicked, this, [this] {
        const int row = m_tierPrices->currentRow();
        m_tierPrices->removeRow(row >= 0 ? row : m_tierPrices->rowCount() - 1);
    });
    connect(m_noStart, &QCheckBox::toggled, this, &ItemEditor::updateScheduleEdits);
    connect(m_noEnd, &QCheckBox::toggled, this, &ItemEditor::updateScheduleEdits);

    fill(item.item);
    showImageState();
    m_name->setFocus();
}

QPushButton *ItemEditor::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QWidget *ItemEditor::withError(QWidget *field, const QString &key)
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    QLabel *error = InlineError::create(box, key + QStringLiteral("Error"));
    column->addWidget(error);
    m_errors.insert(key, error);
    return box;
}

void ItemEditor::fill(const MallItem &item)
{
    m_name->setText(item.name);
    m_description->setPlainText(item.description);
    m_category->setCurrentIndex(qMax(0, m_category->findData(itemCategoryToString(item.category))));
    m_points->setValue(int(item.pointsPrice));
    m_cash->setValue(double(item.cashPrice) / 100.0);
    m_tierPrices->setRowCount(0);
    for (const MallItem::TierPrice &price : item.tierPrices)
        addTierPrice(price.rank, price.points);
    m_minTier->setCurrentIndex(qMax(0, m_minTier->findData(item.minTierRank)));
    m_perMember->setValue(item.perMemberLimit);
    m_periodCount->setValue(item.periodLimit.count);
    m_period->setCurrentIndex(qMax(0, m_period->findData(int(item.periodLimit.period))));
    m_onShelf->setChecked(item.status == MallItem::Status::On);
    const QDateTime now = QDateTime::currentDateTime();
    const QTime midnight(0, 0);
    m_noStart->setChecked(!item.shelfFrom.isValid());
    m_from->setDateTime(item.shelfFrom.isValid() ? item.shelfFrom.toLocalTime()
                                                 : QDateTime(now.date().addDays(1), midnight));
    m_noEnd->setChecked(!item.shelfUntil.isValid());
    m_until->setDateTime(item.shelfUntil.isValid() ? item.shelfUntil.toLocalTime()
                                                   : QDateTime(now.date().addMonths(1), midnight));
    m_threshold->setValue(item.lowStockThreshold);
    updateScheduleEdits();
}

void ItemEditor::updateScheduleEdits()
{
    m_from->setEnabled(!m_noStart->isChecked() && !m_busy);
    m_until->setEnabled(!m_noEnd->isChecked() && !m_busy);
}

void ItemEditor::addTierPrice(int rank, qint64 points)
{
    const int row = m_tierPrices->rowCount();
    m_tierPrices->insertRow(row);
    auto *tier = new QComboBox(m_tierPrices);
    for (int index = 0; index < m_minTier->count(); ++index) {
        const int candidate = m_minTier->itemData(index).toInt();
        if (candidate >= 2)
            tier->addItem(m_minTier->itemText(index), candidate);
    }
    if (tier->findData(rank) < 0)
        tier->addItem(MallText::tier(rank, m_tierNames.value(rank)), rank);
    tier->setCurrentIndex(tier->findData(rank));
    auto *price = new QSpinBox(m_tierPrices);
    price->setRange(0, int(MallItem::kMaxPointsPrice));
    price->setGroupSeparatorShown(true);
    price->setValue(int(points));
    m_tierPrices->setCellWidget(row, 0, tier);
    m_tierPrices->setCellWidget(row, 1, price);
}

int ItemEditor::tierRankAt(int row) const
{
    auto *tier = qobject_cast<QComboBox *>(m_tierPrices->cellWidget(row, 0));
    return tier ? tier->currentData().toInt() : 0;
}

qint64 ItemEditor::tierPointsAt(int row) const
{
    auto *price = qobject_cast<QSpinBox *>(m_tierPrices->cellWidget(row, 1));
    return price ? price->value() : 0;
}

MallItem ItemEditor::item() const
{
    MallItem item = m_saved.id() != 0 ? m_saved.item : m_original.item;
    item.name = m_name->text().trimmed();
    item.description = m_description->toPlainText().trimmed();
    itemCategoryFromString(m_category->currentData().toString(), &item.category);
    item.pointsPrice = m_points->value();
    item.cashPrice = qRound64(m_cash->value() * 100.0);
    item.tierPrices.clear();
    for (int row = 0; row < m_tierPrices->rowCount(); ++row)
        item.tierPrices.append({tierRankAt(row), tierPointsAt(row)});
    item.minTierRank = m_minTier->currentData().toInt();
    item.perMemberLimit = m_perMember->value();
    item.periodLimit.count = m_periodCount->value();
    item.periodLimit.period = MallItem::Period(m_period->currentData().toInt());
    item.status = m_onShelf->isChecked() ? MallItem::Status::On : MallItem::Status::Off;
    item.shelfFrom = m_noStart->isChecked() ? QDateTime() : m_from->dateTime().toUTC();
    item.shelfUntil = m_noEnd->isChecked() ? QDateTime() : m_until->dateTime().toUTC();
    item.lowStockThreshold = m_threshold->value();
    return item;
}

void ItemEditor::setNextImagePath(const QString &path)
{
    s_nextImagePath = path;
}

void ItemEditor::chooseImage()
{
    QString path;
    if (s_nextImagePath) {
        path = *s_nextImagePath;
        s_nextImagePath.reset();
    } else {
        path = QFileDialog::getOpenFileName(this, tr("Choose the item's image"), QString(),
                                            tr("Images (*.png *.jpg *.jpeg *.webp)"));
    }
    if (!path.isEmpty())
        loadImageFile(path);
}

bool ItemEditor::loadImageFile(const QString &path)
{
    showFieldError(QStringLiteral("image"), QString());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showFieldError(QStringLiteral("image"), tr("The file cannot be read: %1").arg(file.errorString()));
        return false;
    }
    if (file.size() > ItemImageJob::kMaxBytes) {
        showFieldError(QStringLiteral("image"),
                       tr("The image is %1 KB; the mall takes at most 512 KB.")
                           .arg(QLocale().toString(double(file.size()) / 1024.0, 'f', 0)));
        return false;
    }
    const QByteArray bytes = file.readAll();
    const QByteArray type = ItemImageJob::contentTypeOf(bytes);
    if (type.isEmpty()) {
        showFieldError(QStringLiteral("image"), tr("This file is not a PNG, JPEG or WebP image."));
        return false;
    }
    m_imageBytes = bytes;
    m_imageType = type;
    m_dropImage = false;
    m_removeImage->setEnabled(!m_busy);
    const QImage image = QImage::fromData(bytes);
    if (image.isNull()) {
        m_preview->setPixmap({});
        m_preview->setText(tr("(no preview)"));
    } else {
        m_preview->setPixmap(QPixmap::fromImage(
            image.scaled(kPreviewSize - 4, kPreviewSize - 4, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_imageInfo->setText(
        tr("%1 (%2 KB) is uploaded when the item is saved.")
            .arg(QFileInfo(path).fileName(), QLocale().toString(double(bytes.size()) / 1024.0, 'f', 1)));
    return true;
}

void ItemEditor::showImageState()
{
    // Nothing chosen: what the item has now (or will not have once saved).
    const bool has = m_original.hasImage() && !m_dropImage;
    m_preview->setPixmap({});
    m_preview->setText(has ? tr("(current image)") : tr("No image"));
    if (has)
        m_imageInfo->setText(
            tr("The item has an image (%1 KB). Choose another to replace it.")
                .arg(QLocale().toString(double(m_original.item.image->size) / 1024.0, 'f', 1)));
    else if (m_dropImage)
        m_imageInfo->setText(tr("The image is removed when the item is saved."));
    else
        m_imageInfo->setText(tr("PNG, JPEG or WebP, at most 512 KB."));
    m_removeImage->setEnabled(has && !m_busy);
}

void ItemEditor::removeImage()
{
    showFieldError(QStringLiteral("image"), QString());
    if (!m_imageBytes.isEmpty())
        m_imageBytes.clear(); // back to what the item has
    else if (m_original.hasImage())
        m_dropImage = true;
    showImageState();
}

QString ItemEditor::fieldError(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void ItemEditor::showFieldError(const QString &field, const QString &message)
{
    QLabel *label = m_errors.value(field);
    if (!label) {
        label = m_generalError;
    }
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void ItemEditor::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    m_generalError->clear();
    m_generalError->hide();
}

void ItemEditor::showProblems(const QList<ReportedViolation> &problems)
{
    QMap<QString, QStringList> byField;
    for (const ReportedViolation &problem : problems) {
        QString key = fieldKey(problem.field);
        QString text = problem.message;
        if (key == QLatin1String("tierPrices")) {
            const int row =
                problem.field.section(QLatin1Char('['), 1).section(QLatin1Char(']'), 0, 0).toInt();
            text = tr("Row %1: %2").arg(row + 1).arg(problem.message);
        }
        if (!m_errors.contains(key))
            key.clear(); // said under the form
        if (!byField[key].contains(text))
            byField[key].append(text);
    }
    for (auto it = byField.constBegin(); it != byField.constEnd(); ++it)
        showFieldError(it.key(), it.value().join(QLatin1Char('\n')));
    // The first field at fault gets the focus, in the form's order.
    const QList<QPair<QString, QWidget *>> order{{QStringLiteral("name"), m_name},
                                                 {QStringLiteral("category"), m_category},
                                                 {QStringLiteral("description"), m_description},
                                                 {QStringLiteral("pointsPrice"), m_points},
                                                 {QStringLiteral("cashPrice"), m_cash},
                                                 {QStringLiteral("tierPrices"), m_tierPrices},
                                                 {QStringLiteral("minTierRank"), m_minTier},
                                                 {QStringLiteral("perMemberLimit"), m_perMember},
                                                 {QStringLiteral("periodLimit"), m_periodCount},
                                                 {QStringLiteral("shelfFrom"), m_from},
                                                 {QStringLiteral("shelfUntil"), m_until},
                                                 {QStringLiteral("lowStockThreshold"), m_threshold}};
    for (const auto &[key, widget] : order) {
        if (byField.contains(key)) {
            widget->setFocus();
            break;
        }
    }
}

void ItemEditor::setBusy(bool busy)
{
    m_busy = busy;
    saveButton()->setEnabled(!busy);
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_name, m_description, m_category, m_points, m_cash, m_tierPrices, m_addTierPrice,
             m_removeTierPrice, m_minTier, m_perMember, m_periodCount, m_period, m_onShelf, m_noStart,
             m_noEnd, m_threshold, m_initialStock, m_chooseImage})
        field->setEnabled(!busy);
    m_removeImage->setEnabled(!busy && (!m_imageBytes.isEmpty() || (m_original.hasImage() && !m_dropImage)));
    updateScheduleEdits();
}

void ItemEditor::submit()
{
    if (m_busy)
        return; // a second click while the first is under way sends nothing
    clearErrors();
    const MallItem edited = item();
    QList<ReportedViolation> problems;
    for (const Violation &violation : edited.validate())
        problems.append(ReportedViolation::fromViolation(violation));
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    // Once saved (the picture failed after), the next try saves over the saved version.
    const bool created = m_saved.id() != 0;
    setBusy(true);
    auto *job = new SaveItemJob(&m_client, edited, created || !isNew() ? 0 : m_initialStock->value(), this);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        auto *save = static_cast<SaveItemJob *>(finished);
        setBusy(false);
        if (!save->succeeded()) {
            if (save->isStale())
                showFieldError(QString(), tr("Someone else changed this item while you edited it; nothing "
                                             "was saved. Close the editor and open the item again."));
            else if (!save->violations().isEmpty())
                showProblems(save->violations());
            else
                showFieldError(QString(), save->errorText());
            return;
        }
        m_saved = save->saved();
        finishImage();
    });
    job->start();
}

void ItemEditor::finishImage()
{
    if (!m_imageBytes.isEmpty()) {
        uploadImage();
        return;
    }
    if (!m_dropImage || !m_saved.hasImage()) {
        accept();
        return;
    }
    setBusy(true);
    auto *job = new RemoveItemImageJob(&m_client, m_saved.id(), this);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        auto *remove = static_cast<RemoveItemImageJob *>(finished);
        setBusy(false);
        if (!remove->succeeded()) {
            showFieldError(QStringLiteral("image"), remove->errorText());
            showFieldError(QString(), tr("The item was saved, but its image is still there. Press Save to "
                                         "try again."));
            return;
        }
        m_saved = remove->item();
        accept();
    });
    job->start();
}

void ItemEditor::uploadImage()
{
    setBusy(true);
    m_imageInfo->setText(tr("Uploading the image…"));
    auto *job = new ItemImageJob(&m_client, m_saved.id(), m_imageBytes, m_imageType, this);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        auto *upload = static_cast<ItemImageJob *>(finished);
        setBusy(false);
        if (!upload->succeeded()) {
            m_imageInfo->clear();
            showFieldError(QStringLiteral("image"), upload->errorText());
            showFieldError(QString(), tr("The item was saved, but not its image. Choose another image or "
                                         "press Save to try again."));
            return;
        }
        m_saved = upload->item();
        m_imageBytes.clear();
        accept();
    });
    job->start();
}

} // namespace loyalty
