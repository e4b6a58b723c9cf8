#include "ui/WhatIfView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace loyalty {

namespace {
QString rankName(const WhatIfResult::Rank &rank)
{
    const QString name = rank.name.text(QLocale().name());
    return name.isEmpty() ? QString::number(rank.rank) : name;
}
} // namespace

WhatIfView::WhatIfView(QWidget *parent)
    : QWidget(parent), m_state(new QLabel(this)), m_progress(new QProgressBar(this)), m_chart(new QChart),
      m_chartView(new QChartView(m_chart, this)), m_counts(new QLabel(this)),
      m_matrixCaption(new QLabel(this)), m_matrix(new QTableWidget(this))
{
    m_state->setObjectName(QStringLiteral("whatIfState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("whatIfProgress"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_chartView->setObjectName(QStringLiteral("whatIfChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_counts->setObjectName(QStringLiteral("whatIfCounts"));
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont countsFont = m_counts->font();
    countsFont.setBold(true);
    m_counts->setFont(countsFont);
    m_matrix->setObjectName(QStringLiteral("whatIfMatrix"));
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setMaximumHeight(170);
    m_matrixCaption->setBuddy(m_matrix);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_matrixCaption);
    layout->addWidget(m_matrix);
    clearResult();
    retranslate();
}

void WhatIfView::retranslate()
{
    m_matrixCaption->setText(tr("Members by tier &now (rows) and after (columns):"));
    if (m_result) {
        fillChart();
        fillMatrix();
        m_counts->setText(countsText(*m_result));
    }
}

void WhatIfView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString WhatIfView::countsText(const WhatIfResult &result)
{
    const QLocale locale;
    //: what-if counts: first what the draft itself changes, then every move at the period end
    return tr("Because of this draft, %1 members end up in a higher tier and %2 in a lower one than under "
              "the published rules.\nAt their period end under the draft: %3 members move up, %4 down, %5 "
              "stay (of %6).")
        .arg(locale.toString(result.byDraftUp), locale.toString(result.byDraftDown),
             locale.toString(result.up), locale.toString(result.down), locale.toString(result.same),
             locale.toString(result.members));
}

void WhatIfView::showIdle(const QString &text)
{
    m_progress->hide();
    m_state->setStyleSheet(QString());
    m_state->setText(text);
}

void WhatIfView::showProgress(const JobInfo &job)
{
    m_progress->show();
    m_progress->setValue(int(qBound(0.0, job.progress, 1.0) * 100));
    m_state->setStyleSheet(QString());
    m_state->setText(job.state == JobInfo::State::Queued
                         ? tr("What-if queued on the server…")
                         : tr("Evaluating every member against the draft… %1%").arg(m_progress->value()));
}

void WhatIfView::showFailure(const QString &text)
{
    m_progress->hide();
    m_state->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_state->setText(text);
}

void WhatIfView::showResult(const WhatIfResult &result)
{
    m_result = result;
    m_outdated = false;
    m_progress->hide();
    m_state->setStyleSheet(QString());
    m_state->setText(
        tr("What-if of draft revision %1, %2 members evaluated in %3 s.")
            .arg(result.draftVersion)
            .arg(QLocale().toString(result.members), QLocale().toString(result.seconds, 'f', 1)));
    m_counts->setText(countsText(result));
    m_counts->setStyleSheet(QString());
    m_chartView->show();
    m_matrix->show();
    m_matrixCaption->show();
    fillChart();
    fillMatrix();
}

void WhatIfView::markOutdated(bool outdated)
{
    if (!m_result || outdated == m_outdated)
        return;
    m_outdated = outdated;
    m_counts->setStyleSheet(outdated ? QStringLiteral("color: palette(mid);") : QString());
    if (outdated)
        showIdle(tr("The draft changed since this what-if (revision %1): run it again before publishing.")
                     .arg(m_result->draftVersion));
}

void WhatIfView::clearResult()
{
    m_result.reset();
    m_outdated = false;
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    m_counts->clear();
    m_matrix->clear();
    m_matrix->setRowCount(0);
    m_matrix->setColumnCount(0);
    m_chartView->hide();
    m_matrix->hide();
    m_matrixCaption->hide();
}

void WhatIfView::fillChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    auto *now = new QBarSet(tr("Now"));
    auto *after = new QBarSet(tr("After"));
    now->setObjectName(QStringLiteral("whatIfNow"));
    after->setObjectName(QStringLiteral("whatIfAfter"));
    now->setColor(QColor(0x95, 0xa5, 0xa6));
    after->setColor(QColor(0x29, 0x80, 0xb9));
    QStringList categories;
    qint64 highest = 0;
    for (const WhatIfResult::Rank &rank : m_result->ranks) {
        categories.append(rankName(rank));
        now->append(double(rank.before));
        after->append(double(rank.after));
        highest = std::max({highest, rank.before, rank.after});
    }
    auto *series = new QBarSeries;
    series->append(now);
    series->append(after);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    m_chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, double(std::max<qint64>(4, highest)) * 1.1);
    axisY->applyNiceNumbers(); // 0, 500, 1,000… rather than fractions of the highest bar
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setTitleText(tr("Members"));
    m_chart->addAxis(axisX, Qt::AlignBottom);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    m_chart->setTitle(tr("Members per tier: now and after publishing"));
}

void WhatIfView::fillMatrix()
{
    const QList<WhatIfResult::Rank> &ranks = m_result->ranks;
    const int size = int(ranks.size());
    m_matrix->clear();
    m_matrix->setRowCount(size);
    m_matrix->setColumnCount(size);
    QStringList names;
    for (const WhatIfResult::Rank &rank : ranks)
        names.append(rankName(rank));
    m_matrix->setVerticalHeaderLabels(names);
    m_matrix->setHorizontalHeaderLabels(names);
    const QLocale locale;
    for (int from = 0; from < size; ++from) {
        for (int to = 0; to < size; ++to) {
            const qint64 count = m_result->cell(from + 1, to + 1);
            auto *item = new QTableWidgetItem(count ? locale.toString(count) : QString());
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (count && to > from)
                item->setForeground(QColor(0x1e, 0x84, 0x49)); // up
            else if (count && to < from)
                item->setForeground(QColor(0xc0, 0x39, 0x2b)); // down
            //: a matrix cell's tooltip: how many members go from one tier to another
            item->setToolTip(tr("%1 → %2: %3").arg(names.at(from), names.at(to), locale.toString(count)));
            m_matrix->setItem(from, to, item);
        }
    }
    m_matrix->resizeColumnsToContents();
}

} // namespace loyalty
