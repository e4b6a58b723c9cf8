#pragma once

#include "core/Member.h"

#include <QWidget>

class QLabel;

namespace loyalty {

// A member's four balances side by side, each a caption over a large figure with the locale's thousands
// separators: available, pending (待入账), expiring in 30 days, lifetime earned.
class BalanceStrip : public QWidget
{
    Q_OBJECT
public:
    explicit BalanceStrip(QWidget *parent = nullptr);

    void setMember(const Member &member);
    void clear();
    void retranslate();

    QLabel *availableLabel() const { return m_available; }
    QLabel *pendingLabel() const { return m_pending; }
    QLabel *expiringLabel() const { return m_expiring; }
    QLabel *lifetimeLabel() const { return m_lifetime; }

private:
    QLabel *addTile(const char *caption, const QString &objectName, bool emphasised);

    Member m_member;
    bool m_hasMember = false;
    QList<QPair<QLabel *, const char *>> m_captions;
    QLabel *m_available;
    QLabel *m_pending;
    QLabel *m_expiring;
    QLabel *m_lifetime;
};

} // namespace loyalty
