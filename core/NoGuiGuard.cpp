// Compile-time half of the layering rule (the CMake half checks the link line):
// if anything drags Qt Gui or Widgets into streamvibe_core, this translation unit fails to build.
#if defined(QT_GUI_LIB) || defined(QT_WIDGETS_LIB)
#error "streamvibe_core must not depend on Qt Gui or Qt Widgets"
#endif

namespace sv::detail {
// Referenced nowhere; keeps the translation unit non-empty for -Wpedantic.
[[maybe_unused]] constexpr int noGuiGuard = 0;
} // namespace sv::detail
