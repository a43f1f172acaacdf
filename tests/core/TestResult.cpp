#include "Result.h"

#include <QString>
#include <QTest>

using sv::Result;

namespace {
struct Failure
{
    explicit Failure(QString why)
        : reason(std::move(why))
    {
    }
    QString reason; // no default constructor: Result<void, E> must not need one
};

Result<void, Failure> check(int value)
{
    if (value < 0)
        return Failure(QStringLiteral("negative"));
    return {};
}
} // namespace

class TestResult : public QObject
{
    Q_OBJECT

private slots:
    void valueOrError()
    {
        Result<int, Failure> ok(4);
        QVERIFY(ok);
        QCOMPARE(*ok, 4);
        Result<int, Failure> failed(Failure(QStringLiteral("bad")));
        QVERIFY(!failed);
        QCOMPARE(failed.error().reason, QStringLiteral("bad"));
    }

    void voidResultIsSuccessUnlessGivenAnError()
    {
        QVERIFY(check(1).hasValue());
        const auto failed = check(-1);
        QVERIFY(!failed);
        QCOMPARE(failed.error().reason, QStringLiteral("negative"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "TestResult.moc"
