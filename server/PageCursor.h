#pragma once

#include <QString>

#include <optional>

namespace loyalty::server {

// The opaque paging cursor: base64url of the last row's sort key ({name? | at?, id}); members and ledger
// pages share it.
struct PageCursor
{
    qint64 id = 0;
    QString name;             // only for name-ordered pages
    std::optional<qint64> at; // only for time-ordered pages (ms since the epoch)

    QString encode() const;
    // nullopt for anything that is not a cursor this server made.
    static std::optional<PageCursor> decode(const QString &text);
};

} // namespace loyalty::server
