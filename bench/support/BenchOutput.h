#pragma once

#include <QString>

namespace loyalty::bench {

// Prints a line on stdout and flushes it at once, so progress shows while a long step runs and
// interleaves in order with what the server child prints on the same terminal.
void say(const QString &text);

} // namespace loyalty::bench
