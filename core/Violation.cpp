#include "core/Violation.h"

#include <QCoreApplication>

namespace loyalty {

QString Violation::text() const
{
    return QCoreApplication::translate("Validation", sourceText);
}

} // namespace loyalty
