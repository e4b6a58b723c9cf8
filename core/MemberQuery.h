#pragma once

#include <QString>

namespace loyalty {

// What a support agent typed in the one search box, and how both the server and the offline cache
// read it: 11 digits are a whole mobile phone, 4 digits its last four, 10 digits a member number,
// anything else a name prefix. Server and cache must agree, so the rule lives here.
struct MemberQuery
{
    enum class Kind
    {
        All,
        Phone,
        PhoneLast4,
        MemberNo,
        NamePrefix
    };

    Kind kind = Kind::All;
    QString term; // trimmed, spaces and dashes removed from numbers

    static MemberQuery parse(const QString &typed);
    static constexpr int kMemberNoLength = 10;
};

} // namespace loyalty
