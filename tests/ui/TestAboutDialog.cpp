#include "AboutDialog.h"
#include "LicenseNotices.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace sv;

/// Help > About: the build's version, StreamVibe's licence and every library's licence, from the same
/// copyright file the package installs (resources/copyright).
class TestAboutDialog : public QObject
{
    Q_OBJECT

private:
    QWidget m_window;
    QLabel* m_windowLabel = new QLabel(QStringLiteral("Main window"), &m_window);

    /// resources/copyright in the source tree: the file the package installs.
    static QString sourceCopyright()
    {
        QFile source(qEnvironmentVariable("STREAMVIBE_SOURCE_DIR") + QStringLiteral("/resources/copyright"));
        return source.open(QIODevice::ReadOnly) ? QString::fromUtf8(source.readAll()) : QString();
    }

    /// The dialog's licences as plain text.
    static QString shown(const AboutDialog* dialog) { return dialog->licenses()->toPlainText(); }

private slots:
    void initTestCase()
    {
        QVERIFY(Translations::install(*QCoreApplication::instance(), QLocale(QLocale::English)));
        m_window.resize(900, 700);
        m_window.show();
    }

    /// The app shows exactly the file the package installs as /usr/share/doc/streamvibe/copyright.
    void theAppCarriesThePackagesCopyrightFile()
    {
        const QString text = sourceCopyright();
        QVERIFY(text.startsWith(QStringLiteral("Format: https://www.debian.org/doc/packaging-manuals/")));
        QCOMPARE(LicenseNotices::shippedFile(), text);
    }

    void showsTheBuildsVersionAndStreamVibesLicence()
    {
        AboutDialog* dialog = AboutDialog::showFor(&m_window);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("About StreamVibe"));
        QCOMPARE(dialog->versionLabel()->text(), QStringLiteral("Version " STREAMVIBE_VERSION));
        const QString text = shown(dialog);
        QVERIFY(text.startsWith(
            QStringLiteral("StreamVibe\nCopyright 2026 StreamVibe\nLicence: LicenseRef-proprietary")));
        QVERIFY(text.contains(QStringLiteral("StreamVibe is proprietary software.")));
        // Opened again: the same dialog is raised, not a second one.
        QCOMPARE(AboutDialog::showFor(m_windowLabel), dialog);
        QCOMPARE(m_window.findChildren<AboutDialog*>().size(), 1);
    }

    /// Each library under its licence, with the licence's text or notice in its own section.
    void showsEveryLibrarysLicence_data()
    {
        QTest::addColumn<QString>("library");
        QTest::addColumn<QString>("license");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("Qt") << "Qt 6"
                            << "LGPL-3"
                            << "GNU Lesser General Public License version 3";
        QTest::newRow("QtKeychain") << "QtKeychain"
                                    << "BSD-2-Clause"
                                    << "Redistribution and use in source";
        QTest::newRow("QCoro") << "QCoro"
                               << "MIT"
                               << "Permission is hereby granted, free of charge";
        QTest::newRow("SQLite") << "SQLite"
                                << "public-domain"
                                << "The author disclaims copyright";
        QTest::newRow("libsecret") << "libsecret"
                                   << "LGPL-2.1+"
                                   << "version 2.1 of the License";
        QTest::newRow("glibc") << "GNU C Library"
                               << "LGPL-2.1+"
                               << "version 2.1 of the License";
        QTest::newRow("GCC") << "GCC runtime libraries (libstdc++, libgcc)"
                             << "GPL-3+ with GCC-exception-3.1"
                             << "GCC Runtime Library Exception, version 3.1";
    }
    void showsEveryLibrarysLicence()
    {
        QFETCH(QString, library);
        QFETCH(QString, license);
        QFETCH(QString, phrase);
        const QString text = shown(AboutDialog::showFor(&m_window));
        const qsizetype start = text.indexOf(QStringLiteral("\n%1\nCopyright ").arg(library));
        QVERIFY2(start > 0, qPrintable(library));
        // The section ends where the next one starts (a heading, then its copyright line).
        static const QRegularExpression nextSection(QStringLiteral("\n[^\n]+\nCopyright "));
        const qsizetype end = text.indexOf(nextSection, start + 1);
        const QString section = text.mid(start, end < 0 ? -1 : end - start);
        QVERIFY2(section.contains(QStringLiteral("\nLicence: %1\n").arg(license)), qPrintable(section));
        QVERIFY2(section.contains(phrase), qPrintable(section));
    }

    /// No library of the copyright file is left out (a notice added to the file appears here too).
    void showsEveryNoticeOfTheCopyrightFile()
    {
        const QString file = sourceCopyright();
        const QString text = shown(AboutDialog::showFor(&m_window));
        static const QRegularExpression libraryField(QStringLiteral("^Library: (.+)$"),
                                                     QRegularExpression::MultilineOption);
        int libraries = 0;
        for (auto it = libraryField.globalMatch(file); it.hasNext(); ++libraries) {
            const QString name = it.next().captured(1);
            QVERIFY2(text.contains(QLatin1Char('\n') + name + QLatin1Char('\n')), qPrintable(name));
        }
        QCOMPARE(libraries, 7);
    }

    /// Switching the language translates the open dialog; the notices themselves stay as the file says.
    void followsTheLanguage()
    {
        AboutDialog* dialog = AboutDialog::showFor(&m_window);
        QCoreApplication* app = QCoreApplication::instance();
        const QList<QTranslator*> english = app->findChildren<QTranslator*>();
        QVERIFY(Translations::install(*app, QLocale(QLocale::German)));
        QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("Über StreamVibe")); // the change is posted
        QCOMPARE(dialog->licenses()->accessibleName(), QStringLiteral("Lizenzen"));
        QVERIFY(shown(dialog).contains(
            QStringLiteral("\nQCoro\nCopyright 2021-2022 Daniel Vrátil <dvratil@kde.org>\n"
                           "Lizenz: MIT\n")));
        // Back to English: the German translators go (a deleted translator is removed from the app).
        for (QTranslator* translator : app->findChildren<QTranslator*>())
            if (!english.contains(translator))
                delete translator;
        QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("About StreamVibe"));
    }

    /// Readable with the keyboard and a screen reader: the licences scroll, Tab goes from them to Close,
    /// both have accessible names; Close closes.
    void readableByKeyboardAndScreenReader()
    {
        AboutDialog* dialog = AboutDialog::showFor(&m_window);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTextBrowser* licenses = dialog->licenses();
        QCOMPARE(licenses->accessibleName(), QStringLiteral("Licences"));
        QVERIFY(licenses->verticalScrollBar()->maximum() > 0);
        QPushButton* close = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close);
        QCOMPARE(close->accessibleName(), QStringLiteral("Close"));
        licenses->setFocus();
        QTRY_VERIFY(licenses->hasFocus());
        QTest::keyClick(licenses, Qt::Key_PageDown);
        QVERIFY(licenses->verticalScrollBar()->value() > 0);
        // Tab visits the links in the licences (their web addresses), then goes on to Close.
        const qsizetype links = licenses->toHtml().count(QStringLiteral("<a href="));
        QVERIFY(links > 0);
        for (qsizetype i = 0; i <= links && !close->hasFocus(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(close->hasFocus());
        QTest::keyClick(close, Qt::Key_Backtab);
        QVERIFY(licenses->hasFocus());

        const QString configured = qEnvironmentVariable("STREAMVIBE_SCREENSHOT_DIR");
        const QString dir =
            configured.isEmpty() ? test::buildPath(QStringLiteral("screenshots")) : configured;
        QDir().mkpath(dir);
        licenses->verticalScrollBar()->setValue(0);
        const QString path = dir + QStringLiteral("/about-dialog.png");
        QVERIFY2(dialog->grab().save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));

        QPointer<AboutDialog> guard(dialog);
        QTest::keyClick(close, Qt::Key_Space);
        QTRY_VERIFY(guard.isNull()); // closed and deleted
    }
};

QTEST_MAIN(TestAboutDialog)
#include "TestAboutDialog.moc"
