#pragma once

#include "client/ApiJob.h"
#include "client/CatalogueItem.h"
#include "core/ReportedViolation.h"

namespace loyalty {

// Saves an item: POST /v1/items for a new one (id 0, optionally with its initial stock, recorded as an
// inbound movement), PATCH /v1/items/{id} with the version the editor read for an existing one. Answers
// the item as saved. Refusals: 400 with every rule the item breaks (violations(), one per field, for
// the editor to show next to each), 409 stale_version when someone saved the item meanwhile. Not retried
// on its own: a repeated POST would make a second item, a repeated PATCH fails as stale.
class SaveItemJob : public ApiJob
{
    Q_OBJECT
public:
    SaveItemJob(ApiClient *client, const MallItem &item, qint64 initialStock = 0, QObject *parent = nullptr);

    bool isNew() const { return m_new; }
    CatalogueItem saved() const { return m_saved; }
    // The rules the server says the item breaks; at least the refusal's own field when it names one.
    QList<ReportedViolation> violations() const { return m_violations; }
    bool isStale() const { return httpStatus() == 409 && error().code == QLatin1String("stale_version"); }

    // The request body: the item's editable fields (what the server keeps itself is left out).
    static QJsonObject bodyFor(const MallItem &item);

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;
    void parseRefusal(const QJsonDocument &document) override;

private:
    bool m_new = true;
    CatalogueItem m_saved;
    QList<ReportedViolation> m_violations;
};

} // namespace loyalty
