#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace loyalty {

// The red line under a field that says what is wrong with it (errors stand next to their cause, not in
// message boxes). Hidden until there is something to say.
class InlineError
{
public:
    static QLabel *create(QWidget *parent, const QString &objectName);
    static QString styleSheet(); // the colour of an error, for a figure that turns bad (stock below zero)
};

} // namespace loyalty
