#pragma once

#include <QObject>
#include <QTimer>

namespace loyalty::server {

class JobRunner;

// Starts the daily expiry run and, right after it, the tier period-end run at a configured local hour
// (once a day, also after a restart within that hour) and, every few minutes, settles pending points when
// some are due or past their deadline.
class JobScheduler : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int expiryHour = 3;             // local hour 0..23; -1: no scheduled expiry
        int settleIntervalMinutes = 15; // 0: no scheduled settling
    };

    JobScheduler(JobRunner &runner, const Settings &settings, QObject *parent = nullptr);

private:
    void tick();

    JobRunner &m_runner;
    Settings m_settings;
    QTimer m_timer;
    qint64 m_lastSettle = 0;
};

} // namespace loyalty::server
