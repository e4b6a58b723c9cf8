#pragma once

#include "core/TierDefinition.h"

#include <QJsonObject>

#include <functional>

namespace loyalty::server {

// The what-if job: a draft ladder run over every member's metrics as they are now. Reads only.
class TierWhatIf
{
public:
    // `params` as TierDraftService::whatIfParams() made them. `progress` gets 0..1 now and then and
    // returns false to stop. The result: {draftVersion, members, up, down, same, byDraft {up, down}, seconds,
    // ranks: [{rank, name, before, after}], matrix: [[count per rank after] per rank now]}.
    static bool run(const QJsonObject &params, const std::function<bool(double)> &progress,
                    QJsonObject *result);
};

} // namespace loyalty::server
