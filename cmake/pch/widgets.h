// Precompiled for the widgets library and the desktop executable: core's headers plus Qt Widgets.
#pragma once

#include "core.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWidget>
