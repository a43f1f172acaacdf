#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTextBrowser;

namespace sv {

/// Help > About: the application's name and version (the build's), StreamVibe's licence and the notices
/// of every library it uses, read from the copyright file the package ships (LicenseNotices).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// Shows the About dialog of `parent`'s window, making it once and raising it when already open.
    static AboutDialog* showFor(QWidget* parent);

    QLabel* versionLabel() const { return m_version; }
    /// The licences: StreamVibe's, then each library's.
    QTextBrowser* licenses() const { return m_licenses; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_name = nullptr;
    QLabel* m_version = nullptr;
    QLabel* m_summary = nullptr;
    QTextBrowser* m_licenses = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace sv
