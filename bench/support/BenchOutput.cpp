#include "support/BenchOutput.h"

#include <cstdio>

namespace loyalty::bench {

void say(const QString &text)
{
    std::fprintf(stdout, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stdout);
}

} // namespace loyalty::bench
