#pragma once

class QApplication;

namespace sv {

/// StreamVibe's look: the Fusion style with a light palette in the brand colour and a small
/// style sheet for the sidebar, the search field and the primary buttons.
class Theme
{
public:
    static void apply(QApplication& app);
};

} // namespace sv
