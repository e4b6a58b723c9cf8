#include "ui/ListTable.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

#include <memory>

namespace loyalty {

void setUpListTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
}

void sizeColumnsToFirstRows(QTableView *view)
{
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = QObject::connect(view->model(), &QAbstractItemModel::rowsInserted, view, [view, once] {
        QObject::disconnect(*once);
        view->resizeColumnsToContents();
    });
}

void setUpDetailTitle(QLabel *title)
{
    title->setTextFormat(Qt::PlainText);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    title->setWordWrap(true);
}

void rewordModel(QAbstractItemModel *model)
{
    const int columns = model->columnCount();
    Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (model->rowCount() > 0)
        Q_EMIT model->dataChanged(model->index(0, 0), model->index(model->rowCount() - 1, columns - 1));
}

} // namespace loyalty
