#include "server/ShutdownSignal.h"

#include <QCoreApplication>
#include <QTimer>

#include <atomic>
#include <csignal>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace loyalty::server {

namespace {
std::atomic<bool> g_stopRequested{false};
#ifdef Q_OS_UNIX
int g_pipe[2] = {-1, -1};
#endif

extern "C" void onStopSignal(int)
{
    g_stopRequested.store(true);
#ifdef Q_OS_UNIX
    if (g_pipe[1] >= 0) {
        const char byte = 1;
        [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
    }
#endif
}
} // namespace

ShutdownSignal::ShutdownSignal(QObject *parent) : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::pipe(g_pipe) == 0) {
        ::fcntl(g_pipe[0], F_SETFL, O_NONBLOCK);
        ::fcntl(g_pipe[1], F_SETFL, O_NONBLOCK);
        auto *notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, &ShutdownSignal::drain);
    }
#else
    // No pipes: poll the flag the handler sets.
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &ShutdownSignal::drain);
    timer->start(200);
#endif
    std::signal(SIGTERM, onStopSignal);
    std::signal(SIGINT, onStopSignal);
}

ShutdownSignal::~ShutdownSignal()
{
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
#ifdef Q_OS_UNIX
    for (int &fd : g_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
#endif
}

void ShutdownSignal::drain()
{
#ifdef Q_OS_UNIX
    char buffer[16];
    while (::read(g_pipe[0], buffer, sizeof buffer) > 0) {
    }
#endif
    if (g_stopRequested.exchange(false))
        QCoreApplication::quit();
}

} // namespace loyalty::server
