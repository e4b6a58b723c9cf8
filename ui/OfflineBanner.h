#pragma once

#include <QDateTime>
#include <QLabel>

namespace loyalty {

// "Offline, data as of ...": shown above lists whose rows come from the local cache.
class OfflineBanner : public QLabel
{
    Q_OBJECT
public:
    explicit OfflineBanner(QWidget *parent = nullptr);

    void showSince(const QDateTime &dataAsOf);
    void retranslate();

private:
    QDateTime m_asOf;
};

} // namespace loyalty
