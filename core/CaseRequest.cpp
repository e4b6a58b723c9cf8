#include "core/CaseRequest.h"

#include <QCoreApplication>

namespace loyalty {

namespace {
Violation violation(const char *field, const char *code, const char *text)
{
    return {QString::fromLatin1(field), QString::fromLatin1(code), text};
}
} // namespace

bool CaseRequest::kindFits(CaseKind kind, ItemFulfilment fulfilment)
{
    switch (fulfilment) {
    case ItemFulfilment::Ship:
        return true;
    case ItemFulfilment::Code:
        return kind == CaseKind::NotReceived || kind == CaseKind::WrongItem;
    case ItemFulfilment::Direct:
        break;
    }
    return kind == CaseKind::NotReceived;
}

std::optional<Violation> CaseRequest::validate(ItemFulfilment fulfilment) const
{
    if (!kindFits(kind, fulfilment))
        return violation("kind", "kind_not_for_item",
                         QT_TRANSLATE_NOOP("Validation", "This kind of problem cannot happen to this item."));
    const QString trimmed = description.trimmed();
    if (trimmed.isEmpty())
        return violation("description", "description_required",
                         QT_TRANSLATE_NOOP("Validation", "Describe what went wrong."));
    if (trimmed.size() > kMaxDescriptionLength)
        return violation("description", "description_too_long",
                         QT_TRANSLATE_NOOP("Validation", "The description may be at most 500 characters."));
    return std::nullopt;
}

QJsonObject CaseRequest::toJson() const
{
    return {{QStringLiteral("kind"), caseKindToString(kind)}, {QStringLiteral("description"), description}};
}

std::optional<Violation> CaseRequest::fromJson(const QJsonObject &object, CaseRequest *request)
{
    if (!caseKindFromString(object.value(QStringLiteral("kind")).toString(), &request->kind))
        return violation(
            "kind", "kind_unknown",
            QT_TRANSLATE_NOOP("Validation", "A case is notReceived, damaged, lost or wrongItem."));
    const QJsonValue description = object.value(QStringLiteral("description"));
    if (!description.isString() && !description.isUndefined())
        return violation("description", "description_not_text",
                         QT_TRANSLATE_NOOP("Validation", "The description must be text."));
    request->description = description.toString();
    return std::nullopt;
}

} // namespace loyalty
