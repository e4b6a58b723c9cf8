#include "ui/JobProgressDialog.h"

#include "client/JobFollower.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace loyalty {

namespace {
constexpr int kProgressSteps = 1000;
const QString kErrorStyle = QStringLiteral("color: #c0392b;");
} // namespace

JobProgressDialog::JobProgressDialog(ApiClient &client, const QString &title, QWidget *parent)
    : QDialog(parent), m_follower(new JobFollower(&client, this)), m_state(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_elapsed(new QLabel(this)), m_result(new QLabel(this)),
      m_note(new QLabel(this)), m_closeHint(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("jobProgressDialog"));
    setWindowTitle(title);
    setModal(false);
    m_state->setObjectName(QStringLiteral("jobState"));
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_progress->setRange(0, kProgressSteps);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_elapsed->setObjectName(QStringLiteral("jobElapsed"));
    for (QLabel *label : {m_result, m_note}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->hide();
    }
    m_result->setObjectName(QStringLiteral("jobResult"));
    m_note->setObjectName(QStringLiteral("jobNote"));
    m_closeHint->setWordWrap(true);
    m_closeHint->setText(tr("You can close this window: the job keeps running on the server."));

    auto *form = new QFormLayout;
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Elapsed:"), m_elapsed);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_closeHint);
    layout->addWidget(m_buttons);
    resize(qMax(sizeHint().width(), 460), sizeHint().height());

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &JobProgressDialog::updateElapsed);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_follower, &JobFollower::following, this,
            [this](const JobInfo &job, bool alreadyRunning, const QString &message) {
                if (!alreadyRunning)
                    return;
                const QString who = job.createdBy.isEmpty() ? tr("someone") : job.createdBy;
                setNote(tr("%1 Showing the run already in progress (job %2, started by %3 at %4).")
                            .arg(message)
                            .arg(job.id)
                            .arg(who, QLocale().toString(job.createdAt.toLocalTime(), QLocale::ShortFormat)),
                        false);
            });
    connect(m_follower, &JobFollower::progressChanged, this, [this](const JobInfo &job) {
        if (m_connectionTrouble) {
            m_connectionTrouble = false;
            setNote({}, false); // the server answers again
        }
        display(job);
    });
    connect(m_follower, &JobFollower::connectionProblem, this, [this](const QString &message) {
        m_connectionTrouble = true;
        setNote(tr("%1 Still trying…").arg(message), true);
    });
    connect(m_follower, &JobFollower::finished, this, [this](const JobInfo &job) {
        display(job);
        m_result->setStyleSheet(QString());
        m_result->setText(resultText(job));
        m_result->show();
        m_closeHint->hide();
    });
    connect(m_follower, &JobFollower::failed, this, [this](const QString &message, const JobInfo &job) {
        if (job.id != 0)
            display(job);
        else
            m_state->setText(tr("Not started"));
        m_tick.stop();
        updateElapsed();
        m_result->setStyleSheet(kErrorStyle);
        m_result->setText(message);
        m_result->show();
        m_closeHint->hide();
    });
    m_state->setText(tr("Starting…"));
    updateElapsed();
}

JobProgressDialog::~JobProgressDialog() = default;

void JobProgressDialog::begin()
{
    m_finalDurationMs = -1;
    m_result->hide();
    setNote({}, false);
    m_closeHint->show();
    m_clock.start();
    m_tick.start();
    updateElapsed();
}

void JobProgressDialog::start(const QString &kind)
{
    begin();
    m_state->setText(tr("Starting…"));
    m_follower->start(kind);
}

void JobProgressDialog::follow(qint64 jobId)
{
    begin();
    m_state->setText(tr("Asking the server…"));
    m_follower->follow(jobId);
}

bool JobProgressDialog::isFollowing() const
{
    return m_follower->isActive();
}

void JobProgressDialog::display(const JobInfo &job)
{
    m_state->setText(stateText(job));
    m_progress->setValue(job.state == JobInfo::State::Done
                             ? kProgressSteps
                             : qBound(0, int(job.progress * kProgressSteps), kProgressSteps));
    if (job.isFinished()) {
        m_tick.stop();
        // The server's own clock measures the whole run, also one this window joined late.
        if (job.startedAt.isValid() && job.finishedAt.isValid())
            m_finalDurationMs = job.startedAt.msecsTo(job.finishedAt);
    }
    updateElapsed();
}

void JobProgressDialog::updateElapsed()
{
    const qint64 ms =
        m_finalDurationMs >= 0 ? m_finalDurationMs : (m_clock.isValid() ? m_clock.elapsed() : 0);
    m_elapsed->setText(durationText(ms));
}

void JobProgressDialog::setNote(const QString &text, bool error)
{
    m_note->setText(text);
    m_note->setStyleSheet(error ? kErrorStyle : QString());
    m_note->setVisible(!text.isEmpty());
}

QString JobProgressDialog::stateText(const JobInfo &job)
{
    switch (job.state) {
    case JobInfo::State::Queued:
        return tr("Waiting to start");
    case JobInfo::State::Running:
        return tr("Running: %1% done").arg(qBound(0, qRound(job.progress * 100), 100));
    case JobInfo::State::Done:
        return tr("Done");
    case JobInfo::State::Failed:
        return tr("Failed");
    }
    return {};
}

QString JobProgressDialog::resultText(const JobInfo &job)
{
    if (job.state != JobInfo::State::Done)
        return {};
    const QLocale locale;
    const QJsonObject &result = job.result;
    auto number = [&result](const char *key) { return result.value(QLatin1String(key)).toInteger(); };
    if (job.kind == QLatin1String("expire-lots")) {
        const qint64 lots = number("lots");
        if (lots == 0)
            return tr("Nothing had expired: no points were taken.");
        return tr("Expired %1 points from %Ln lots.", nullptr, int(lots))
            .arg(locale.toString(number("points")));
    }
    if (job.kind == QLatin1String("settle-pending")) {
        return tr("Pending points: %1 posted, %2 cancelled at their deadline.")
            .arg(locale.toString(number("posted")), locale.toString(number("cancelled")));
    }
    // A kind this console does not know yet: what the server said, as it said it.
    return tr("Done: %1").arg(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)));
}

QString JobProgressDialog::durationText(qint64 milliseconds)
{
    const qint64 seconds = qMax<qint64>(0, milliseconds / 1000);
    const QString minutesAndSeconds =
        QStringLiteral("%1:%2")
            .arg((seconds / 60) % 60, seconds >= 3600 ? 2 : 1, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (seconds < 3600)
        return minutesAndSeconds;
    return QStringLiteral("%1:%2").arg(seconds / 3600).arg(minutesAndSeconds);
}

} // namespace loyalty
