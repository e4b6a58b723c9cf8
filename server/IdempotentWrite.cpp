#include "server/IdempotentWrite.h"

#include "server/IdempotencyStore.h"
#include "server/Transaction.h"

#include <QCoreApplication>

namespace loyalty::server {

Outcome<WriteResult> IdempotentWrite::run(const IdempotencyGuard &guard,
                                          const std::function<Outcome<WriteResult>()> &write)
{
    Transaction transaction;
    if (!transaction.isActive())
        return ServiceError::internal();

    const bool idempotent = !guard.key.isEmpty();
    if (idempotent) {
        bool failed = false;
        const std::optional<StoredResponse> stored = IdempotencyStore::find(guard.userId, guard.key, &failed);
        if (failed)
            return ServiceError::internal();
        if (stored) {
            if (stored->requestHash != guard.requestHash)
                return ServiceError{409,
                                    QStringLiteral("idempotency_conflict"),
                                    "Server",
                                    QT_TRANSLATE_NOOP("Server", "This Idempotency-Key was already used for a "
                                                                "different request."),
                                    {},
                                    {}};
            return WriteResult{stored->status, stored->body, true};
        }
    }

    Outcome<WriteResult> result = write();
    if (!result.ok())
        return result; // the transaction rolls back: a refused write leaves nothing, not even its key
    if (idempotent &&
        !IdempotencyStore::store(guard.userId, guard.key,
                                 {guard.requestHash, result.value().status, result.value().body}))
        return ServiceError::internal();
    if (!transaction.commit())
        return ServiceError::internal();
    return result;
}

} // namespace loyalty::server
