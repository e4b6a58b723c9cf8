#pragma once

#include "client/ApiJob.h"
#include "core/TierVersion.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace loyalty {

class ApiClient;
class TierLadderModel;
class TierVersionModel;

// The published versions of the ladder, newest first (version, when, by whom, note), the ladder of the
// selected one read-only beneath, and Restore, which asks the pane to load it into the draft.
class TierVersionsView : public QWidget
{
    Q_OBJECT
public:
    explicit TierVersionsView(ApiClient &client, QWidget *parent = nullptr);

    // Reads the first page again.
    void reload();
    void setRestoreEnabled(bool enabled, const QString &why = {});
    void selectVersion(int version);
    void retranslate();

    TierVersion selectedVersion() const;
    TierVersionModel *versionModel() const { return m_versions; }
    TierLadderModel *ladderModel() const { return m_ladder; }
    QTableView *versionsView() const { return m_list; }
    QTableView *ladderView() const { return m_ladderView; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *moreButton() const { return m_more; }
    QLabel *statusLabel() const { return m_status; }
    bool isLoading() const { return m_request != nullptr; }

Q_SIGNALS:
    void restoreRequested(const loyalty::TierVersion &version);
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fetch(bool more);
    void showSelected();
    void updateRestore();

    ApiClient &m_client;
    TierVersionModel *m_versions;
    TierLadderModel *m_ladder;
    QTableView *m_list;
    QLabel *m_ladderCaption;
    QTableView *m_ladderView;
    QLabel *m_status;
    QPushButton *m_more;
    QPushButton *m_restore;
    QPointer<ApiJob> m_request;
    QString m_nextCursor;
    bool m_restoreAllowed = false;
    QString m_restoreBlocker;
};

} // namespace loyalty
