#pragma once

#include <QStringList>

class QIODevice;

namespace loyalty {

// Writes CSV as RFC 4180 says and Excel reads it: UTF-8 with a byte order mark (so Chinese opens
// correctly), CRLF line ends, fields quoted when they hold a comma, a quote or a line break (quotes
// doubled). The device must be open for writing; the writer does not own it.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);

    // Fields starting with = + - @ (or a tab or CR) would run as a formula in a spreadsheet; with the
    // guard on they get a leading apostrophe. Off by default (the text stays exactly as given).
    void setFormulaGuard(bool on) { m_formulaGuard = on; }

    // The first line; writes the byte order mark before it.
    bool writeHeader(const QStringList &fields) { return writeRow(fields); }
    // One record; the first record written also writes the byte order mark. False when the device refused.
    bool writeRow(const QStringList &fields);
    // Records written so far, the header included.
    int recordsWritten() const { return m_rows; }
    QString errorString() const;

    // One field as it appears in the file (quoted when it has to be).
    static QString quoteField(const QString &field);
    // One record without its line end.
    static QString formatRow(const QStringList &fields, bool formulaGuard = false);
    static QString guardFormula(const QString &field);

    static constexpr char kLineEnd[] = "\r\n";
    static constexpr char kByteOrderMark[] = "\xEF\xBB\xBF";

private:
    QIODevice *m_device;
    bool m_formulaGuard = false;
    bool m_started = false;
    int m_rows = 0;
};

} // namespace loyalty
