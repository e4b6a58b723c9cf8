#pragma once

#include "client/CatalogueItem.h"
#include "client/ItemListFilter.h"
#include "core/UserInfo.h"

#include <QHash>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolBar;

namespace loyalty {

class ConsoleServices;
class ExportLine;
class MallItemExporter;
class MallItemModel;
class MallItemView;

// Operations' Mall pane: the catalogue on the left with its filter bar (name, category, price band,
// shelf status, low stock only; filtered on the server, so over the whole catalogue) and the selected
// item on the right (MallItemView). Everyone with mall.read sees it; mall.manage adds New item, Edit
// (also a double click) and Adjust stock, in the toolbar and the list's context menu. F5 reads it again,
// Ctrl+E exports the filtered catalogue.
class MallPane : public QWidget
{
    Q_OBJECT
public:
    explicit MallPane(ConsoleServices &services, QWidget *parent = nullptr);

    void setUser(const UserInfo &user);
    // Reads the catalogue (and the tier names) again; the first call loads it at all.
    void refresh();
    void exportCsv();
    void retranslate();

    // The actions; each does nothing while disabled (no item selected, or no mall.manage).
    void newItem();
    void editSelected();
    void adjustStockOfSelected();

    ItemListFilter filter() const;
    CatalogueItem selectedItem() const;
    bool selectItem(qint64 itemId);

    MallItemModel *listModel() const { return m_model; }
    MallItemView *itemView() const { return m_view; }
    MallItemExporter *exporter() const { return m_exporter; }
    QTableView *listView() const { return m_list; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *categoryCombo() const { return m_category; }
    QComboBox *bandCombo() const { return m_band; }
    QComboBox *shelfCombo() const { return m_shelf; }
    QCheckBox *lowStockCheck() const { return m_lowStock; }
    QLabel *statusLine() const { return m_statusLine; }
    QLabel *messageLabel() const { return m_message; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *stockAction() const { return m_stock; }
    QAction *exportAction() const { return m_exportAction; }
    ExportLine *exportLine() const { return m_exportLine; }
    QHash<int, QString> tierNames() const { return m_tierNames; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillCombos();
    void applyFilter();
    void loadTierNames();
    void updateActions();
    void updateStatusLine();
    void showMessage(const QString &text);
    void itemChanged(const CatalogueItem &item);

    ConsoleServices &m_services;
    UserInfo m_user;
    MallItemModel *m_model;
    MallItemExporter *m_exporter;
    QToolBar *m_toolbar;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_stock;
    QAction *m_exportAction;
    ExportLine *m_exportLine = nullptr;
    QLineEdit *m_search;
    QComboBox *m_category;
    QComboBox *m_band;
    QComboBox *m_shelf;
    QCheckBox *m_lowStock;
    QTimer *m_searchDelay;
    QTableView *m_list;
    QLabel *m_statusLine;
    QLabel *m_message;
    MallItemView *m_view;
    QHash<int, QString> m_tierNames;
    bool m_loaded = false;
};

} // namespace loyalty
