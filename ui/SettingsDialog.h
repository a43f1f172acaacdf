#pragma once

#include "FolderOpener.h"
#include "config/Profile.h"

#include <QDialog>

#include <QCoro/QCoroTask>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace sv {

class ThumbnailStore;

/// Settings (File → Settings, Ctrl+,): a list of pages on the left, the page on the right. Every change
/// applies at once and is kept in QSettings; there is nothing to confirm.
///
/// - General: the language (the shipped ones or the system's; menus and dialogs follow at once, every page
///   after a restart, which the page offers) and the theme (light, dark, high contrast, the system's; live).
/// - Storage: the profile and cache folders (read-only, each with "Open Folder") and the size of the
///   thumbnail disk cache (ThumbnailStore, default 500 MB) with its current use and "Clear".
///
/// Other parts of the app add their own page with addPage() (e.g. sync and notifications).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `thumbnails` null: no pictures are downloaded (no backend); the size can still be chosen.
    SettingsDialog(const Profile& profile, ThumbnailStore* thumbnails, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    /// Appends a page titled `title` (the list shows it; the dialog owns the page). Returns its index.
    int addPage(QWidget* page, const QString& title);
    /// Shows the page at `index`.
    void setCurrentPage(int index);
    int currentPage() const;
    int pageCount() const;
    enum BuiltInPage { GeneralPage, StoragePage };

    /// How a folder is opened (default: the desktop's file manager through QDesktopServices).
    void setFolderOpener(FolderOpener opener);

    QListWidget* pageList() const { return m_pageList; }
    QComboBox* languageBox() const { return m_language; }
    QComboBox* themeBox() const { return m_theme; }
    QLabel* restartNote() const { return m_restartNote; }
    QPushButton* restartButton() const { return m_restart; }
    QLabel* profileFolderLabel() const { return m_profileFolder; }
    QLabel* cacheFolderLabel() const { return m_cacheFolder; }
    QPushButton* openProfileFolderButton() const { return m_openProfile; }
    QPushButton* openCacheFolderButton() const { return m_openCache; }
    QSpinBox* cacheSizeBox() const { return m_cacheSize; }
    QLabel* cacheUsageLabel() const { return m_cacheUsage; }
    QPushButton* clearCacheButton() const { return m_clearCache; }

    /// Measures the cache's use again (on the cache's thread); cacheUsageUpdated() follows.
    QCoro::Task<> refreshCacheUsage();

Q_SIGNALS:
    /// The user chose another language (after it was applied and stored).
    void languageChanged(const QString& code);
    /// "Restart Now" after a change of language.
    void restartRequested();
    void cacheUsageUpdated(qint64 bytes);
    void cacheCleared();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildGeneralPage();
    QWidget* buildStoragePage();
    void retranslate();
    void onLanguageChosen(int index);
    void onThemeChosen(int index);
    void onCacheSizeChosen();
    QCoro::Task<> clearCache();
    void openFolder(const QString& directory);

    Profile m_profile;
    ThumbnailStore* m_thumbnails;
    QString m_cacheDirectory;
    FolderOpener m_folderOpener;
    QListWidget* m_pageList = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_languageCaption = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_restartNote = nullptr;
    QPushButton* m_restart = nullptr;
    QLabel* m_themeCaption = nullptr;
    QComboBox* m_theme = nullptr;
    QLabel* m_profileCaption = nullptr;
    QLabel* m_profileFolder = nullptr;
    QPushButton* m_openProfile = nullptr;
    QLabel* m_cacheCaption = nullptr;
    QLabel* m_cacheFolder = nullptr;
    QPushButton* m_openCache = nullptr;
    QLabel* m_cacheSizeCaption = nullptr;
    QSpinBox* m_cacheSize = nullptr;
    QLabel* m_cacheUsageCaption = nullptr;
    QLabel* m_cacheUsage = nullptr;
    QPushButton* m_clearCache = nullptr;
    QLabel* m_noCacheNote = nullptr;
    QPushButton* m_close = nullptr;
    qint64 m_usageBytes = -1;
    bool m_updating = false; ///< filling the boxes: their signals are not the user's
};

} // namespace sv
