#include "core/AuditFilter.h"

#include "core/IsoTime.h"

namespace loyalty {

bool AuditFilter::isEmpty() const
{
    return actor.isEmpty() && entity.isEmpty() && entityId.isEmpty() && action.isEmpty() && !from.isValid() &&
           !to.isValid();
}

void AuditFilter::addTo(QUrlQuery *query) const
{
    auto add = [query](const char *name, const QString &value) {
        if (!value.isEmpty())
            query->addQueryItem(QLatin1String(name), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add("actor", actor);
    add("entity", entity);
    add("entityId", entityId);
    add("action", action);
    add("from", toIsoTime(from));
    add("to", toIsoTime(to));
}

bool AuditFilter::fromQuery(const QUrlQuery &query, AuditFilter *filter, QString *badField)
{
    auto text = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).trimmed();
    };
    filter->actor = text("actor");
    filter->entity = text("entity");
    filter->entityId = text("entityId");
    filter->action = text("action");
    for (const auto &[name, time] : {std::pair{"from", &filter->from}, std::pair{"to", &filter->to}}) {
        const QString value = text(name);
        if (value.isEmpty())
            continue;
        *time = fromIsoTime(value);
        if (!time->isValid()) {
            *badField = QLatin1String(name);
            return false;
        }
    }
    return true;
}

} // namespace loyalty
