#include "VisibleThumbnails.h"

#include "ThumbnailLoader.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QScrollBar>

namespace sv {

VisibleThumbnails::VisibleThumbnails(QAbstractItemView* view, ThumbnailLoader* loader, int role, QSize box,
                                     QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_loader(loader)
    , m_role(role)
    , m_box(box)
{
    m_pending.setSingleShot(true);
    m_pending.setInterval(0);
    connect(&m_pending, &QTimer::timeout, this, &VisibleThumbnails::update);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &VisibleThumbnails::schedule);
    view->viewport()->installEventFilter(this);
    if (QAbstractItemModel* model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &VisibleThumbnails::schedule);
        connect(model, &QAbstractItemModel::rowsInserted, this, &VisibleThumbnails::schedule);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &VisibleThumbnails::schedule);
        connect(model, &QAbstractItemModel::layoutChanged, this, &VisibleThumbnails::schedule);
        connect(model, &QAbstractItemModel::dataChanged, this, &VisibleThumbnails::schedule);
    }
    connect(loader, &ThumbnailLoader::imageReady, this, [this](const QUrl& url) {
        if (m_view && m_requested.contains(url))
            m_view->viewport()->update();
    });
    schedule();
}

VisibleThumbnails::~VisibleThumbnails()
{
    releaseAll();
}

void VisibleThumbnails::releaseAll()
{
    if (m_loader) {
        for (const QUrl& url : std::as_const(m_requested))
            m_loader->release(url, m_box);
    }
    m_requested.clear();
}

void VisibleThumbnails::update()
{
    if (!m_view || !m_loader || !m_view->model())
        return;
    QSet<QUrl> visible;
    const QWidget* viewport = m_view->viewport();
    if (m_view->isVisible() && viewport->height() > 0) {
        const QModelIndex first = m_view->indexAt(QPoint(1, 1));
        if (first.isValid()) {
            QModelIndex last = m_view->indexAt(QPoint(1, viewport->height() - 2));
            if (!last.isValid())
                last = m_view->model()->index(m_view->model()->rowCount() - 1, 0);
            for (int row = first.row(); row <= last.row(); ++row) {
                const QUrl url = m_view->model()->index(row, 0).data(m_role).toUrl();
                if (!url.isEmpty())
                    visible.insert(url);
            }
        }
    }
    for (const QUrl& url : std::as_const(m_requested)) {
        if (!visible.contains(url))
            m_loader->release(url, m_box);
    }
    for (const QUrl& url : std::as_const(visible)) {
        if (!m_requested.contains(url))
            m_loader->request(url, m_box);
    }
    m_requested = std::move(visible);
}

bool VisibleThumbnails::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_viewport) {
        switch (event->type()) {
        case QEvent::Resize:
        case QEvent::Show:
            schedule();
            break;
        case QEvent::Hide:
            releaseAll();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sv
