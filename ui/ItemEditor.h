#pragma once

#include "client/CatalogueItem.h"
#include "core/ReportedViolation.h"

#include <QDialog>
#include <QHash>
#include <QMap>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace loyalty {

class ApiClient;

// Creates or edits a mall item: every field of the catalogue, money typed in yuan (kept in fen), tier
// prices as a table, the schedule with "no start" / "no end", and a picture chosen from a file (PNG,
// JPEG or WebP, previewed here, uploaded once the item is saved). What is wrong is said next to its
// field: first MallItem::validate() before anything is sent, then the server's violations. A save
// someone else's save overtook is said in words (nothing is overwritten). Accepted once the item (and
// its picture, when one was chosen) is on the server; savedItem() is the server's answer.
class ItemEditor : public QDialog
{
    Q_OBJECT
public:
    // `item` id 0 makes a new item. `tierNames` names the ranks of the published ladder.
    ItemEditor(ApiClient &client, const CatalogueItem &item, const QHash<int, QString> &tierNames,
               QWidget *parent = nullptr);

    bool isNew() const { return m_original.id() == 0; }
    // The item as the fields say now (what submit() checks and sends).
    MallItem item() const;
    CatalogueItem savedItem() const { return m_saved; }

    // Asks for a picture file (or takes the test hook's), then loadImageFile().
    void chooseImage();
    // Reads and previews a picture; false (said next to the image) when it is not one the server takes.
    bool loadImageFile(const QString &path);
    // Test hook, like Prompt::setNextAnswer: the next chooseImage() takes this path instead of asking.
    static void setNextImagePath(const QString &path);
    // Drops the picture chosen, or else the item's own (removed from the server once the item is saved).
    void removeImage();

    void addTierPrice(int rank, qint64 points);
    void submit();

    // The error shown next to a field ("name", "pointsPrice", "tierPrices", "shelfUntil", "image", ...);
    // empty when none.
    QString fieldError(const QString &field) const;
    QLabel *fieldErrorLabel(const QString &field) const { return m_errors.value(field); }
    QLabel *generalErrorLabel() const { return m_generalError; }

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QComboBox *categoryBox() const { return m_category; }
    QSpinBox *pointsBox() const { return m_points; }
    QDoubleSpinBox *cashBox() const { return m_cash; }
    QTableWidget *tierPriceTable() const { return m_tierPrices; }
    QComboBox *minTierBox() const { return m_minTier; }
    QSpinBox *perMemberBox() const { return m_perMember; }
    QSpinBox *periodCountBox() const { return m_periodCount; }
    QComboBox *periodBox() const { return m_period; }
    QCheckBox *onShelfCheck() const { return m_onShelf; }
    QDateTimeEdit *fromEdit() const { return m_from; }
    QCheckBox *noStartCheck() const { return m_noStart; }
    QDateTimeEdit *untilEdit() const { return m_until; }
    QCheckBox *noEndCheck() const { return m_noEnd; }
    QSpinBox *thresholdBox() const { return m_threshold; }
    QSpinBox *initialStockBox() const { return m_initialStock; }
    QPushButton *chooseImageButton() const { return m_chooseImage; }
    QPushButton *removeImageButton() const { return m_removeImage; }
    QLabel *imagePreview() const { return m_preview; }
    QPushButton *saveButton() const;

private:
    QWidget *withError(QWidget *field, const QString &key);
    void fill(const MallItem &item);
    void clearErrors();
    void showProblems(const QList<ReportedViolation> &problems);
    void showFieldError(const QString &field, const QString &message);
    void setBusy(bool busy);
    // After the save: uploads the chosen picture or removes the old one, then accepts.
    void finishImage();
    void uploadImage();
    void showImageState();
    void updateScheduleEdits();
    int tierRankAt(int row) const;
    qint64 tierPointsAt(int row) const;

    ApiClient &m_client;
    CatalogueItem m_original;
    CatalogueItem m_saved;
    QHash<int, QString> m_tierNames;
    QByteArray m_imageBytes;
    QByteArray m_imageType;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QComboBox *m_category;
    QSpinBox *m_points;
    QDoubleSpinBox *m_cash;
    QTableWidget *m_tierPrices;
    QPushButton *m_addTierPrice;
    QPushButton *m_removeTierPrice;
    QComboBox *m_minTier;
    QSpinBox *m_perMember;
    QSpinBox *m_periodCount;
    QComboBox *m_period;
    QCheckBox *m_onShelf;
    QDateTimeEdit *m_from;
    QCheckBox *m_noStart;
    QDateTimeEdit *m_until;
    QCheckBox *m_noEnd;
    QSpinBox *m_threshold;
    QSpinBox *m_initialStock;
    QPushButton *m_chooseImage;
    QPushButton *m_removeImage;
    QLabel *m_preview;
    QLabel *m_imageInfo;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
    QMap<QString, QLabel *> m_errors;
    bool m_busy = false;
    bool m_dropImage = false; // the item's own picture goes when the item is saved
    static std::optional<QString> s_nextImagePath;
};

} // namespace loyalty
