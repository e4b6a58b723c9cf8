#include "models/CsvWriter.h"

#include <QIODevice>

namespace loyalty {

CsvWriter::CsvWriter(QIODevice *device) : m_device(device) {}

QString CsvWriter::quoteField(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::guardFormula(const QString &field)
{
    if (field.isEmpty())
        return field;
    switch (field.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + field;
    default:
        return field;
    }
}

QString CsvWriter::formatRow(const QStringList &fields, bool formulaGuard)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += quoteField(formulaGuard ? guardFormula(fields.at(i)) : fields.at(i));
    }
    return line;
}

bool CsvWriter::writeRow(const QStringList &fields)
{
    if (!m_device || !m_device->isWritable())
        return false;
    QByteArray bytes;
    if (!m_started)
        bytes += kByteOrderMark;
    bytes += formatRow(fields, m_formulaGuard).toUtf8();
    bytes += kLineEnd;
    if (m_device->write(bytes) != bytes.size())
        return false;
    m_started = true;
    ++m_rows;
    return true;
}

QString CsvWriter::errorString() const
{
    return m_device ? m_device->errorString() : QString();
}

} // namespace loyalty
