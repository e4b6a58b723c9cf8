#pragma once

#include "core/JobInfo.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QTimer>

class QDialogButtonBox;
class QLabel;
class QProgressBar;

namespace loyalty {

class ApiClient;
class JobFollower;

// A server job followed in a window of its own, not modal: its state in words, a progress bar, the time
// it has taken, and at the end what it did ("Expired 12,345 points from 800 lots") or why it failed.
// Closing the window only stops following: the job carries on on the server.
class JobProgressDialog : public QDialog
{
    Q_OBJECT
public:
    JobProgressDialog(ApiClient &client, const QString &title, QWidget *parent = nullptr);
    ~JobProgressDialog() override;

    // Starts a job of this kind and follows it; when one is already running, follows that one and says so.
    void start(const QString &kind);
    void follow(qint64 jobId);

    // True while the job is followed (not yet done or failed).
    bool isFollowing() const;
    JobFollower *follower() const { return m_follower; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *elapsedLabel() const { return m_elapsed; }
    QLabel *resultLabel() const { return m_result; }
    QLabel *noteLabel() const { return m_note; }

    // "Running: 42%" and the like.
    static QString stateText(const JobInfo &job);
    // What a finished job did, in words; empty for a job not done.
    static QString resultText(const JobInfo &job);
    // "1:05" (minutes and seconds), "1:02:05" past an hour.
    static QString durationText(qint64 milliseconds);

private:
    void display(const JobInfo &job);
    void updateElapsed();
    void setNote(const QString &text, bool error);
    void begin();

    JobFollower *m_follower;
    QLabel *m_state;
    QProgressBar *m_progress;
    QLabel *m_elapsed;
    QLabel *m_result;
    QLabel *m_note;
    QLabel *m_closeHint;
    QDialogButtonBox *m_buttons;
    QElapsedTimer m_clock;
    QTimer m_tick;
    qint64 m_finalDurationMs = -1;
    bool m_connectionTrouble = false;
};

} // namespace loyalty
