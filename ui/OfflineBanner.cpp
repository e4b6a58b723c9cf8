#include "ui/OfflineBanner.h"

#include <QLocale>

namespace loyalty {

OfflineBanner::OfflineBanner(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("offlineBanner"));
    setWordWrap(true);
    setStyleSheet(
        QStringLiteral("background: #fff4d6; color: #7a5200; border: 1px solid #f0c36d; padding: 6px;"));
    hide();
}

void OfflineBanner::showSince(const QDateTime &dataAsOf)
{
    m_asOf = dataAsOf;
    retranslate();
    show();
}

void OfflineBanner::retranslate()
{
    const QString asOf = m_asOf.isValid() ? QLocale().toString(m_asOf.toLocalTime(), QLocale::ShortFormat)
                                          : tr("unknown time");
    setText(tr("Offline, data as of %1. The server cannot be reached: you are looking at the local copy, "
               "and changes are disabled until it answers again.")
                .arg(asOf));
}

} // namespace loyalty
