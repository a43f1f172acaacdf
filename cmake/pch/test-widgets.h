// Precompiled for the test executables that link the widgets library.
#pragma once

#include "test.h"
#include "widgets.h"
