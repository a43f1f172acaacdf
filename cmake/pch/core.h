// Precompiled for every core library, the CLI and the sandbox: the Qt and standard headers most of their
// translation units include. Nothing of Qt Gui here (core is GUI-free).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <QCoro/QCoroNetworkReply>
#include <QCoro/QCoroTask>

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <variant>
