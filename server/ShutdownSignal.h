#pragma once

#include <QObject>

namespace loyalty::server {

// Turns SIGTERM/SIGINT into QCoreApplication::quit(). The signal handler only writes a byte to a
// pipe (async-signal-safe); a QSocketNotifier reads it on the event loop.
class ShutdownSignal : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignal(QObject *parent = nullptr);
    ~ShutdownSignal() override;

private:
    void drain();
};

} // namespace loyalty::server
