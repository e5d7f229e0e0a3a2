/* GLib 2.74: g_debug/g_info/g_message/g_warning/g_critical with G_LOG_DOMAIN "ShopApp", g_log() with domain
 * "ShopDB" and with no domain, through the default (structured) writer; the program ends with g_error(),
 * which logs and traps (SIGTRAP). Run with G_MESSAGES_DEBUG=all, stdout and stderr to one file. */
#define G_LOG_DOMAIN "ShopApp"
#include <glib.h>
#include <locale.h>
#include "common.h"

static const GLogLevelFlags LEVELS[] = {G_LOG_LEVEL_DEBUG, G_LOG_LEVEL_INFO, G_LOG_LEVEL_MESSAGE,
                                        G_LOG_LEVEL_WARNING, G_LOG_LEVEL_CRITICAL};

static int check_order(const char *order)
{
    g_return_val_if_fail(order != NULL, -1);
    return 0;
}

int main(void)
{
    int i;
    setlocale(LC_ALL, "");
    g_debug("level check: %s", "debug");
    g_info("level check: %s", "info");
    g_message("level check: %s", "message");
    g_warning("level check: %s", "warning");
    g_critical("level check: %s", "critical");
    g_log(NULL, G_LOG_LEVEL_MESSAGE, "no log domain: %s", "message");
    g_log(NULL, G_LOG_LEVEL_WARNING, "no log domain: %s", "warning");
    g_log(NULL, G_LOG_LEVEL_DEBUG, "no log domain: %s", "debug");
    for (i = 0; i < N_APP_MSGS; i++)
        g_log(i % 3 == 2 ? "ShopDB" : G_LOG_DOMAIN, LEVELS[(i + 1) % 5], "%s", APP_MSGS[i]);
    g_message("%s", long_msg());
    check_order(NULL);
    g_warning("order %d total %.2f %s for user %s", 1234, 59.9, "EUR", "jürgen");
    g_message("shutting down: flushing %d pending orders", 3);
    g_error("invariant violated: negative stock for sku=\"KÖLN-42\"");
    return 0;
}
