#pragma once

#include "client/CatalogueItem.h"

#include <QHash>
#include <QPixmap>
#include <QWidget>

class QLabel;
class QTableView;

namespace loyalty {

class ConsoleServices;
class StockMovementModel;

// The Mall pane's right side: one item as a person reads it (picture, prices with the tier prices,
// limits, minimum tier, schedule and shelf state, stock with its alert), and its stock movements,
// newest first. The picture is fetched from the server when the item has one.
class MallItemView : public QWidget
{
    Q_OBJECT
public:
    explicit MallItemView(ConsoleServices &services, QWidget *parent = nullptr);

    void setTierNames(const QHash<int, QString> &names);
    // Shows the item and reads its movements again (also for the same item: after a stock change).
    void showItem(const CatalogueItem &item);
    void clear();
    void retranslate();

    CatalogueItem shownItem() const { return m_item; }
    StockMovementModel *movementModel() const { return m_movements; }
    QTableView *movementView() const { return m_movementView; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *imageLabel() const { return m_image; }
    QLabel *priceLabel() const { return m_price; }
    QLabel *stockLabel() const { return m_stock; }
    QLabel *scheduleLabel() const { return m_schedule; }
    QLabel *limitsLabel() const { return m_limits; }
    QLabel *historyStatusLabel() const { return m_historyStatus; }
    // True once the picture of the item shown has arrived (false when it has none).
    bool hasImageShown() const { return m_imageShown; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();
    void updateHistoryStatus();
    void loadImage();
    QString tierName(int rank) const;

    ConsoleServices &m_services;
    CatalogueItem m_item;
    QHash<int, QString> m_tierNames;
    QHash<QString, QPixmap> m_imageCache; // by the image's URL, which changes with the picture
    StockMovementModel *m_movements;
    QLabel *m_title;
    QLabel *m_image;
    QLabel *m_meta;
    QLabel *m_price;
    QLabel *m_limits;
    QLabel *m_schedule;
    QLabel *m_stock;
    QLabel *m_description;
    QLabel *m_historyCaption;
    QTableView *m_movementView;
    QLabel *m_historyStatus;
    bool m_imageShown = false;
};

} // namespace loyalty
