#pragma once

#include <QFile>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace sv::test {

/// A TCP relay on 127.0.0.1 in front of a local server (the sandbox): while it is up, every connection is
/// passed on byte for byte; stop() closes the listening socket and every relayed connection, so the
/// client meets a refused connection as from a machine whose network is gone, and start() listens again on
/// the same port: the network is back, the server behind it never stopped (its users and tokens stay).
class TcpRelay
{
public:
    explicit TcpRelay(quint16 targetPort)
        : m_target(targetPort)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
    }
    ~TcpRelay() { stop(); }
    TcpRelay(const TcpRelay&) = delete;
    TcpRelay& operator=(const TcpRelay&) = delete;

    /// Listens on port() (a free port the first time).
    bool start()
    {
        if (!m_server.listen(QHostAddress::LocalHost, m_port))
            return false;
        m_port = m_server.serverPort();
        return true;
    }
    void stop()
    {
        m_server.close();
        for (const QPointer<QTcpSocket>& socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
        m_sockets.clear();
    }
    quint16 port() const { return m_port; }
    /// Writes `to`: the configuration file `from` with every URL of the server behind it through this relay
    /// (listening already, so that port() is known). False when a file could not be read or written.
    bool writeRelayedConfiguration(const QString& from, const QString& to) const
    {
        QFile in(from);
        if (!in.open(QIODevice::ReadOnly))
            return false;
        QByteArray text = in.readAll();
        const QByteArray target = ':' + QByteArray::number(m_target);
        const QByteArray relayed = ':' + QByteArray::number(m_port);
        text.replace(target, relayed);
        QFile out(to);
        return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(text) == text.size();
    }
    bool isListening() const { return m_server.isListening(); }

private:
    void accept()
    {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            auto* upstream = new QTcpSocket(client);
            m_sockets << client << upstream;
            const auto pass = [](QTcpSocket* from, QTcpSocket* to) {
                if (to->state() == QAbstractSocket::ConnectedState)
                    to->write(from->readAll());
            };
            QObject::connect(client, &QTcpSocket::readyRead, client, [=] { pass(client, upstream); });
            QObject::connect(upstream, &QTcpSocket::connected, client, [=] { pass(client, upstream); });
            QObject::connect(upstream, &QTcpSocket::readyRead, client, [=] { pass(upstream, client); });
            QObject::connect(upstream, &QTcpSocket::disconnected, client, [=] {
                pass(upstream, client);
                client->disconnectFromHost();
            });
            QObject::connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
                upstream->abort();
                client->deleteLater();
            });
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    QTcpServer m_server;
    quint16 m_target;
    quint16 m_port = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace sv::test
