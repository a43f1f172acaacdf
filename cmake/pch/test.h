// Precompiled for every test executable (and, with widgets.h, the UI tests): QtTest and what tests share.
#pragma once

#include "core.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
