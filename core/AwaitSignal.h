#pragma once

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QTimer>

#include <QCoro/QCoroFuture>
#include <QCoro/QCoroTask>

#include <chrono>
#include <memory>

namespace sv {

/// Completes when `sender` next emits `signal` (true), when `timeout` elapses first (false; a negative
/// timeout never elapses) or when `sender` is destroyed (false). The connection is made when this is
/// called, so a signal emitted between the call and the co_await counts.
///
/// Use it instead of `co_await qCoro(sender, &Signal)`: QCoro 0.8 delivers the signal through a queued
/// call that points into the awaiting coroutine's frame, so a second emission queued before the first
/// one was delivered (two sync jobs ending in the same event-loop iteration, a signal racing the
/// timeout) resumes a frame that is already freed. Here the signal, the timeout and the destruction only
/// fulfil a shared one-shot future, once; nothing points into the frame but QCoro's awaiter of that
/// future, which resumes it exactly once.
template <typename Sender, typename Signal>
QCoro::Task<bool> awaitSignal(Sender* sender, Signal signal,
                              std::chrono::milliseconds timeout = std::chrono::milliseconds(-1))
{
    if (!sender)
        co_return false;
    struct Shot
    {
        QPromise<void> promise;
        bool emitted = false;

        void complete(bool byTheSignal)
        {
            if (promise.future().isFinished())
                return;
            emitted = byTheSignal;
            promise.finish();
        }
    };
    const auto shot = std::make_shared<Shot>();
    shot->promise.start();
    const QMetaObject::Connection onSignal = QObject::connect(
        sender, signal, sender, [shot]() { shot->complete(true); }, Qt::DirectConnection);
    const QMetaObject::Connection onDestroyed =
        QObject::connect(sender, &QObject::destroyed, [shot]() { shot->complete(false); });
    QTimer timer;
    if (timeout.count() >= 0) {
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, [shot]() { shot->complete(false); });
        timer.start(timeout);
    }
    const QFuture<void> done = shot->promise.future();
    co_await done;
    QObject::disconnect(onSignal);
    QObject::disconnect(onDestroyed);
    co_return shot->emitted;
}

} // namespace sv
