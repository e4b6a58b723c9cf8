#pragma once

#include "core/JobInfo.h"
#include "core/WhatIfResult.h"

#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QLabel;
class QProgressBar;
class QTableWidget;

namespace loyalty {

// What a draft would do to the members: while the what-if runs, its progress; then a bar chart of
// members per tier now and after (two bar sets over the tiers' names), how many move up, down or stay,
// and the whole from→to matrix. A result for an older revision than the draft's is marked out of date.
class WhatIfView : public QWidget
{
    Q_OBJECT
public:
    explicit WhatIfView(QWidget *parent = nullptr);

    void showIdle(const QString &text);
    void showProgress(const JobInfo &job);
    void showFailure(const QString &text);
    void showResult(const WhatIfResult &result);
    // The draft changed since the result shown: it stays, marked as out of date.
    void markOutdated(bool outdated);
    void clearResult();
    void retranslate();

    std::optional<WhatIfResult> result() const { return m_result; }
    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_chartView; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *countsLabel() const { return m_counts; }
    QTableWidget *matrixTable() const { return m_matrix; }

    // "12,345 members move up, 678 down, 9,000 stay"
    static QString countsText(const WhatIfResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChart();
    void fillMatrix();

    QLabel *m_state;
    QProgressBar *m_progress;
    QChart *m_chart;
    QChartView *m_chartView;
    QLabel *m_counts;
    QLabel *m_matrixCaption;
    QTableWidget *m_matrix;
    std::optional<WhatIfResult> m_result;
    bool m_outdated = false;
};

} // namespace loyalty
