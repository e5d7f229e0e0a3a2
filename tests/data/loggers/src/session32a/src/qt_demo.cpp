// Qt 5.15: qDebug/qInfo/qWarning/qCritical (default category) and qCDebug/qCInfo/qCWarning/qCCritical with
// the category "shop.api", through Qt's default message handler (stderr); ends with qFatal() (aborts).
// The layout is chosen by the environment (QT_MESSAGE_PATTERN) only.
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QDebug>
#include "common.h"

Q_LOGGING_CATEGORY(lcShop, "shop.api")
Q_LOGGING_CATEGORY(lcDb, "shop.db")

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qDebug("level check: %s", "debug");
    qInfo("level check: %s", "info");
    qWarning("level check: %s", "warning");
    qCritical("level check: %s", "critical");
    qCDebug(lcShop, "level check: %s", "debug");
    qCInfo(lcShop, "level check: %s", "info");
    qCWarning(lcShop, "level check: %s", "warning");
    qCCritical(lcShop, "level check: %s", "critical");
    for (int i = 0; i < N_APP_MSGS; i++) {
        const QLoggingCategory &cat = i % 3 == 0 ? lcShop() : lcDb();
        switch (i % 4) {
        case 0: qCDebug(cat, "%s", APP_MSGS[i]); break;
        case 1: qCInfo(cat, "%s", APP_MSGS[i]); break;
        case 2: qCWarning(cat, "%s", APP_MSGS[i]); break;
        default: qCCritical(cat, "%s", APP_MSGS[i]); break;
        }
    }
    for (int i = 0; i < N_APP_MSGS; i += 5)
        qInfo("%s", APP_MSGS[i]);
    qInfo("%s", long_msg());
    qDebug() << "stream operator:" << QString::fromUtf8("Grüße aus 東京") << 42 << QStringList{"a", "b"};
    qWarning() << "QObject-style warning, user" << QStringLiteral("jürgen") << "session" << 7;
    qCInfo(lcShop).noquote() << "HTTP GET /api/orders/42 -> 200 OK in" << 12.4 << "ms";
    qInfo("shutting down: flushing %d pending orders", 3);
    qFatal("invariant violated: negative stock for sku=\"%s\"", "KÖLN-42");
    return 0;
}
