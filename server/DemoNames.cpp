#include "server/DemoNames.h"

#include <QList>

namespace loyalty::server {

namespace {
struct WeightedSurname
{
    const char *surname;
    int weight; // roughly per mille of the population
};

// The most common surnames with their approximate share (per mille).
constexpr WeightedSurname kSurnames[] = {
    {"王", 72}, {"李", 70}, {"张", 68}, {"刘", 54},  {"陈", 46},  {"杨", 32},  {"黄", 24}, {"赵", 22},
    {"吴", 20}, {"周", 19}, {"徐", 15}, {"孙", 15},  {"马", 14},  {"朱", 13},  {"胡", 12}, {"郭", 12},
    {"何", 11}, {"高", 11}, {"林", 11}, {"罗", 10},  {"郑", 10},  {"梁", 9},   {"谢", 8},  {"宋", 8},
    {"唐", 8},  {"许", 7},  {"韩", 7},  {"冯", 7},   {"邓", 7},   {"曹", 7},   {"彭", 6},  {"曾", 6},
    {"肖", 6},  {"田", 6},  {"董", 5},  {"袁", 5},   {"潘", 5},   {"于", 5},   {"蒋", 5},  {"蔡", 5},
    {"余", 5},  {"杜", 5},  {"叶", 4},  {"程", 4},   {"苏", 4},   {"魏", 4},   {"吕", 4},  {"丁", 4},
    {"任", 4},  {"沈", 4},  {"姚", 3},  {"卢", 3},   {"姜", 3},   {"崔", 3},   {"钟", 3},  {"谭", 3},
    {"陆", 3},  {"汪", 3},  {"范", 3},  {"金", 3},   {"石", 3},   {"廖", 3},   {"贾", 3},  {"夏", 3},
    {"韦", 3},  {"付", 2},  {"方", 2},  {"白", 2},   {"邹", 2},   {"孟", 2},   {"熊", 2},  {"秦", 2},
    {"邱", 2},  {"江", 2},  {"尹", 2},  {"薛", 2},   {"闫", 2},   {"段", 2},   {"雷", 2},  {"侯", 2},
    {"龙", 2},  {"史", 2},  {"陶", 2},  {"黎", 2},   {"贺", 2},   {"顾", 2},   {"毛", 2},  {"郝", 2},
    {"龚", 2},  {"邵", 2},  {"万", 2},  {"钱", 2},   {"严", 2},   {"武", 2},   {"戴", 2},  {"莫", 1},
    {"孔", 1},  {"向", 1},  {"汤", 1},  {"欧阳", 1}, {"司马", 1}, {"诸葛", 1},
};

// Characters common in given names.
const char16_t kGivenCharacters[] = u"伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红"
                                    u"建国文辉力鹏宇浩然子轩梓涵欣怡思雨晨阳佳琪嘉豪俊杰博文"
                                    u"雪梅海燕志强丹婷晓东小红慧颖凯旭宁彤琳瑶鑫淑兰春林亮波"
                                    u"斌飞宏成康乐安心悦诗语一诺若曦天昊泽宸雅静婉清逸凡";

const QList<QString> &surnames()
{
    static const QList<QString> list = [] {
        QList<QString> names;
        for (const WeightedSurname &entry : kSurnames) {
            for (int i = 0; i < entry.weight; ++i)
                names.append(QString::fromUtf8(entry.surname));
        }
        return names;
    }();
    return list;
}

constexpr int kPrefixes[] = {130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152, 153,
                             155, 156, 157, 158, 159, 170, 173, 175, 176, 177, 178, 180, 181, 182,
                             183, 184, 185, 186, 187, 188, 189, 191, 193, 195, 196, 197, 198, 199};
constexpr qint64 kPrefixCount = sizeof kPrefixes / sizeof kPrefixes[0];
constexpr qint64 kSuffixSpace = 100'000'000;
} // namespace

QString DemoNames::name(QRandomGenerator &random)
{
    const QList<QString> &family = surnames();
    QString name = family.at(random.bounded(static_cast<int>(family.size())));
    constexpr int characters = static_cast<int>(sizeof kGivenCharacters / sizeof kGivenCharacters[0]) - 1;
    const int length = random.bounded(100) < 30 ? 1 : 2;
    for (int i = 0; i < length; ++i)
        name.append(QChar(kGivenCharacters[random.bounded(characters)]));
    return name;
}

QString DemoNames::phone(qint64 index)
{
    const qint64 prefixIndex = index % kPrefixCount;
    // Per prefix, n -> (n * A + B) mod 10^8 is a bijection for A coprime with 10: unique numbers with
    // scattered digits. B differs per prefix so neighbours do not share their last four digits.
    const qint64 n = (index / kPrefixCount) % kSuffixSpace;
    const qint64 suffix = (n * 48271 + 13579 + prefixIndex * 7777777) % kSuffixSpace;
    const int prefix = kPrefixes[prefixIndex];
    return QStringLiteral("%1%2").arg(prefix).arg(suffix, 8, 10, QLatin1Char('0'));
}

} // namespace loyalty::server
