#pragma once

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace loyalty {

// How the panes' read-only lists look and behave: whole rows selected one at a time, no editing, no row
// numbers, rows as high as a line of text, the last column taking what is left, no wrapping.
void setUpListTable(QTableView *view);

// Sizes the columns to the first rows the view's model brings, once: after that the user's own widths
// win. The model must be set.
void sizeColumnsToFirstRows(QTableView *view);

// The heading of a pane's detail side (the selected member, item, redemption): larger, bold, wrapped,
// and plain text, since names are data and never markup.
void setUpDetailTitle(QLabel *title);

// After a language switch: the model's column headers and every shown cell are worded again (the models
// translate in headerData()/data(), so views only need telling).
void rewordModel(QAbstractItemModel *model);

} // namespace loyalty
