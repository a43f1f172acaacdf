#include "SettingsDialog.h"

#include "Theme.h"
#include "Translations.h"
#include "media/ThumbnailStore.h"
#include "services/ProfileServices.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <QCoro/QCoroFuture>

namespace sv {

namespace {

constexpr qint64 MiB = 1024 * 1024;

QLabel* folderLabel(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(const Profile& profile, ThumbnailStore* thumbnails, QWidget* parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_thumbnails(thumbnails)
    , m_cacheDirectory(thumbnails ? thumbnails->directory() : ProfileServices::thumbnailDirectory(profile))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_folderOpener = openFolderOnDesktop;

    m_pageList = new QListWidget(this);
    m_pageList->setObjectName(QStringLiteral("settingsPages"));
    m_pageList->setFixedWidth(180);
    m_pageList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pages = new QStackedWidget(this);
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_pages, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    addPage(buildGeneralPage(), QString());
    addPage(buildStoragePage(), QString());
    setCurrentPage(GeneralPage);
    retranslate();
    resize(720, 440);
}

SettingsDialog::~SettingsDialog() = default;

QWidget* SettingsDialog::buildGeneralPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("settingsGeneralPage"));
    auto* form = new QFormLayout(page);
    m_languageCaption = new QLabel(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_languageCaption->setBuddy(m_language);
    form->addRow(m_languageCaption, m_language);
    m_restartNote = new QLabel(page);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->hide();
    m_restart = new QPushButton(page);
    m_restart->setObjectName(QStringLiteral("restartButton"));
    m_restart->hide();
    connect(m_restart, &QPushButton::clicked, this, &SettingsDialog::restartRequested);
    auto* restartRow = new QHBoxLayout;
    restartRow->addWidget(m_restartNote, 1);
    restartRow->addWidget(m_restart, 0, Qt::AlignTop);
    form->addRow(restartRow);
    m_themeCaption = new QLabel(page);
    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_themeCaption->setBuddy(m_theme);
    for (int i = 0; i <= int(Theme::Mode::HighContrast); ++i)
        m_theme->addItem(QString());
    form->addRow(m_themeCaption, m_theme);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::onLanguageChosen);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &SettingsDialog::onThemeChosen);
    return page;
}

QWidget* SettingsDialog::buildStoragePage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("settingsStoragePage"));
    auto* form = new QFormLayout(page);

    m_profileCaption = new QLabel(page);
    m_profileFolder = folderLabel(page, QStringLiteral("profileFolder"));
    m_profileFolder->setText(QDir::toNativeSeparators(m_profile.directory()));
    m_openProfile = new QPushButton(page);
    m_openProfile->setObjectName(QStringLiteral("openProfileFolderButton"));
    m_openProfile->setEnabled(m_profile.isValid());
    connect(m_openProfile, &QPushButton::clicked, this, [this] { openFolder(m_profile.directory()); });
    auto* profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileFolder, 1);
    profileRow->addWidget(m_openProfile, 0, Qt::AlignTop);
    form->addRow(m_profileCaption, profileRow);

    m_cacheCaption = new QLabel(page);
    m_cacheFolder = folderLabel(page, QStringLiteral("cacheFolder"));
    m_cacheFolder->setText(QDir::toNativeSeparators(m_cacheDirectory));
    m_openCache = new QPushButton(page);
    m_openCache->setObjectName(QStringLiteral("openCacheFolderButton"));
    connect(m_openCache, &QPushButton::clicked, this, [this] {
        QDir().mkpath(m_cacheDirectory);
        openFolder(m_cacheDirectory);
    });
    auto* cacheRow = new QHBoxLayout;
    cacheRow->addWidget(m_cacheFolder, 1);
    cacheRow->addWidget(m_openCache, 0, Qt::AlignTop);
    form->addRow(m_cacheCaption, cacheRow);

    m_cacheSizeCaption = new QLabel(page);
    m_cacheSize = new QSpinBox(page);
    m_cacheSize->setObjectName(QStringLiteral("cacheSizeBox"));
    m_cacheSize->setRange(50, 20000);
    m_cacheSize->setSingleStep(50);
    m_cacheSize->setValue(int(ThumbnailStore::configuredMaximumBytes() / MiB));
    m_cacheSizeCaption->setBuddy(m_cacheSize);
    connect(m_cacheSize, &QSpinBox::valueChanged, this, &SettingsDialog::onCacheSizeChosen);
    form->addRow(m_cacheSizeCaption, m_cacheSize);

    m_cacheUsageCaption = new QLabel(page);
    m_cacheUsage = new QLabel(page);
    m_cacheUsage->setObjectName(QStringLiteral("cacheUsage"));
    m_clearCache = new QPushButton(page);
    m_clearCache->setObjectName(QStringLiteral("clearCacheButton"));
    m_clearCache->setEnabled(m_thumbnails != nullptr);
    connect(m_clearCache, &QPushButton::clicked, this, [this] { clearCache(); });
    auto* usageRow = new QHBoxLayout;
    usageRow->addWidget(m_cacheUsage, 1);
    usageRow->addWidget(m_clearCache);
    form->addRow(m_cacheUsageCaption, usageRow);
    m_cacheUsageCaption->setBuddy(m_clearCache);

    m_noCacheNote = new QLabel(page);
    m_noCacheNote->setObjectName(QStringLiteral("noCacheNote"));
    m_noCacheNote->setWordWrap(true);
    m_noCacheNote->setForegroundRole(QPalette::PlaceholderText);
    m_noCacheNote->setVisible(m_thumbnails == nullptr);
    form->addRow(m_noCacheNote);
    return page;
}

int SettingsDialog::addPage(QWidget* page, const QString& title)
{
    const int index = m_pages->addWidget(page);
    auto* item = new QListWidgetItem(title, m_pageList);
    item->setSizeHint(QSize(0, 32));
    // Keyboard order: the list, each page's controls in the order they were made, then Close (Tab skips
    // the pages not shown).
    QWidget* previous = m_pageList;
    for (int i = 0; i < m_pages->count(); ++i) {
        const auto children = m_pages->widget(i)->findChildren<QWidget*>();
        for (QWidget* child : children) {
            // Not the windows of a page's controls (a combo box's popup).
            if (child->focusPolicy() & Qt::TabFocus && !child->focusProxy() && child->window() == this) {
                QWidget::setTabOrder(previous, child);
                previous = child;
            }
        }
    }
    QWidget::setTabOrder(previous, m_close);
    return index;
}

void SettingsDialog::setCurrentPage(int index)
{
    m_pageList->setCurrentRow(index);
}

int SettingsDialog::currentPage() const
{
    return m_pages->currentIndex();
}

int SettingsDialog::pageCount() const
{
    return m_pages->count();
}

void SettingsDialog::setFolderOpener(FolderOpener opener)
{
    m_folderOpener = std::move(opener);
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::showEvent(QShowEvent* event)
{
    // The theme may have been changed from the View menu meanwhile.
    m_updating = true;
    m_theme->setCurrentIndex(int(Theme::currentMode()));
    m_updating = false;
    refreshCacheUsage();
    QDialog::showEvent(event);
}

void SettingsDialog::retranslate()
{
    m_updating = true;
    setWindowTitle(tr("Settings"));
    m_pageList->setAccessibleName(tr("Settings pages"));
    m_pageList->item(GeneralPage)->setText(tr("General"));
    m_pageList->item(StoragePage)->setText(tr("Storage"));

    m_languageCaption->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Language"));
    m_language->clear();
    m_language->addItem(tr("System default"), QString());
    for (const QString& code : Translations::availableLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (code.contains(QLatin1Char('_')))
            name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(Translations::savedLanguage())));
    m_restartNote->setText(tr("Menus and dialogs use the new language now; every page does once StreamVibe "
                              "restarts."));
    m_restart->setText(tr("&Restart Now"));
    m_restart->setAccessibleName(tr("Restart StreamVibe"));

    m_themeCaption->setText(tr("&Theme:"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setItemText(int(Theme::Mode::System), tr("Follow the system"));
    m_theme->setItemText(int(Theme::Mode::Light), tr("Light"));
    m_theme->setItemText(int(Theme::Mode::Dark), tr("Dark"));
    m_theme->setItemText(int(Theme::Mode::HighContrast), tr("High contrast"));
    m_theme->setCurrentIndex(int(Theme::currentMode()));

    m_profileCaption->setText(tr("Profile folder:"));
    m_profileFolder->setAccessibleName(tr("Profile folder"));
    m_openProfile->setText(tr("Open &Folder"));
    m_openProfile->setAccessibleName(tr("Open the profile folder"));
    m_cacheCaption->setText(tr("Cache folder:"));
    m_cacheFolder->setAccessibleName(tr("Cache folder"));
    m_openCache->setText(tr("Open F&older"));
    m_openCache->setAccessibleName(tr("Open the cache folder"));
    m_cacheSizeCaption->setText(tr("Thumbnail cache &size:"));
    m_cacheSize->setSuffix(tr(" MB"));
    m_cacheSize->setAccessibleName(tr("Thumbnail cache size in megabytes"));
    m_cacheSize->setToolTip(tr("Pictures beyond this size are removed, the least recently shown first."));
    m_cacheUsageCaption->setText(tr("In use:"));
    m_cacheUsage->setAccessibleName(tr("Thumbnail cache in use"));
    m_cacheUsage->setText(m_usageBytes < 0 ? tr("Measuring…") : locale().formattedDataSize(m_usageBytes));
    m_clearCache->setText(tr("&Clear"));
    m_clearCache->setAccessibleName(tr("Clear the thumbnail cache"));
    m_noCacheNote->setText(tr("No pictures are downloaded while no StreamVibe service is configured."));
    m_close->setAccessibleName(tr("Close the settings"));
    m_updating = false;
}

void SettingsDialog::onLanguageChosen(int index)
{
    if (m_updating || index < 0)
        return;
    const QString code = m_language->itemData(index).toString();
    if (code == Translations::savedLanguage())
        return;
    Translations::saveLanguage(code);
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // Sends LanguageChange: this dialog, the menus and the pages that can follow say it again at once.
    Translations::switchTo(*QCoreApplication::instance(), locale);
    setLocale(locale);
    m_restartNote->show();
    m_restart->show();
    emit languageChanged(code);
}

void SettingsDialog::onThemeChosen(int index)
{
    if (m_updating || index < 0)
        return;
    const auto mode = static_cast<Theme::Mode>(index);
    Theme::saveMode(mode);
    Theme::apply(*qApp, mode);
}

void SettingsDialog::onCacheSizeChosen()
{
    const qint64 bytes = qint64(m_cacheSize->value()) * MiB;
    ThumbnailStore::setConfiguredMaximumBytes(bytes);
    if (m_thumbnails) {
        m_thumbnails->setMaximumBytes(bytes);
        refreshCacheUsage();
    }
}

QCoro::Task<> SettingsDialog::refreshCacheUsage()
{
    QPointer<SettingsDialog> self(this);
    qint64 bytes = 0;
    if (m_thumbnails) {
        QFuture<qint64> measuring = m_thumbnails->diskSize();
        bytes = co_await measuring;
    }
    if (!self)
        co_return;
    m_usageBytes = bytes;
    m_cacheUsage->setText(locale().formattedDataSize(bytes));
    emit cacheUsageUpdated(bytes);
}

QCoro::Task<> SettingsDialog::clearCache()
{
    if (!m_thumbnails)
        co_return;
    QPointer<SettingsDialog> self(this);
    m_clearCache->setEnabled(false);
    QFuture<void> clearing = m_thumbnails->clear();
    co_await clearing;
    if (!self)
        co_return;
    m_clearCache->setEnabled(true);
    co_await refreshCacheUsage();
    if (self)
        emit cacheCleared();
}

void SettingsDialog::openFolder(const QString& directory)
{
    if (m_folderOpener)
        m_folderOpener(directory);
}

} // namespace sv
