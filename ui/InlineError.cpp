#include "ui/InlineError.h"

#include <QLabel>

namespace loyalty {

QLabel *InlineError::create(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(styleSheet());
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

QString InlineError::styleSheet()
{
    return QStringLiteral("color: #c0392b;");
}

} // namespace loyalty
