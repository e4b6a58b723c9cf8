#pragma once

#include <QList>
#include <QStringList>

namespace loyalty {

// One numbered step of the cache schema. A released step never changes; a new one is appended.
struct CacheMigration
{
    int version = 0;
    QStringList statements;
};

// Every migration, oldest first; versions count up from 1 without gaps.
const QList<CacheMigration> &cacheMigrations();
int latestCacheSchemaVersion();

} // namespace loyalty
