#pragma once

#include "core/UserInfo.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;

namespace loyalty {

class ConsoleServices;
class ExportLine;
class MemberExporter;
class MemberDetailView;
class MemberListModel;
class OfflineBanner;

// Support agents' home: one search box (phone, last 4 digits, member number, name), matching as they
// type, the results paged in lazily, the selected member's detail beside them.
class MembersPane : public QWidget
{
    Q_OBJECT
public:
    explicit MembersPane(ConsoleServices &services, QWidget *parent = nullptr);

    void focusSearch();
    // Exports every member matching the current search to CSV (Ctrl+E), with progress and Cancel.
    void exportCsv();
    void refresh();
    void setUser(const UserInfo &user);
    void setOnline(bool online);
    // Shows this member's 360 view in the detail (e.g. asked for from a redemption), whatever the search.
    void showMember(qint64 memberId);
    void retranslate();

    QLineEdit *searchEdit() const { return m_search; }
    QTableView *listView() const { return m_list; }
    MemberListModel *listModel() const { return m_model; }
    MemberDetailView *detailView() const { return m_detail; }
    OfflineBanner *offlineBanner() const { return m_banner; }
    MemberExporter *exporter() const { return m_exporter; }
    ExportLine *exportLine() const { return m_exportLine; }
    QAction *exportAction() const { return m_exportAction; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void runSearch();
    void updateStatusLine();

    ConsoleServices &m_services;
    QLineEdit *m_search;
    OfflineBanner *m_banner;
    QTableView *m_list;
    QLabel *m_statusLine;
    MemberListModel *m_model;
    MemberDetailView *m_detail;
    MemberExporter *m_exporter;
    QAction *m_exportAction;
    ExportLine *m_exportLine;
    QTimer m_debounce;
};

} // namespace loyalty
