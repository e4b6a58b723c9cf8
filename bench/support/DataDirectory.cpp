#include "support/DataDirectory.h"

#include <QDir>
#include <QFile>

namespace loyalty::bench {

namespace {
const QString kDatabaseFile = QStringLiteral("loyalty.sqlite");
} // namespace

QString databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(kDatabaseFile);
}

bool copyDatabase(const QString &fromDir, const QString &toDir)
{
    QDir(toDir).removeRecursively();
    QDir().mkpath(toDir);
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        const QString source = databasePath(fromDir) + suffix;
        if (QFile::exists(source) && !QFile::copy(source, databasePath(toDir) + suffix))
            return false;
    }
    return true;
}

} // namespace loyalty::bench
