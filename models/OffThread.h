#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

namespace loyalty {

// Runs `work` on the thread pool and hands its result to `done` on `context`'s thread: cache reads and
// writes of more than a handful of rows never block the UI thread.
template <typename Work, typename Done> void runOffThread(QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace loyalty
