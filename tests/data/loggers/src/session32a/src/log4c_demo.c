/* log4c 1.2.4: categories "shop.api" and "shop.db" logged at every log4c priority; the appender and layout
 * come from the log4crc file found through LOG4C_RCPATH (see log4c/basic/ and log4c/dated/). */
#include <log4c.h>
#include "common.h"

static const int LEVELS[] = {LOG4C_PRIORITY_TRACE, LOG4C_PRIORITY_DEBUG, LOG4C_PRIORITY_INFO,
                             LOG4C_PRIORITY_NOTICE, LOG4C_PRIORITY_WARN, LOG4C_PRIORITY_ERROR,
                             LOG4C_PRIORITY_CRIT, LOG4C_PRIORITY_ALERT, LOG4C_PRIORITY_FATAL};
#define N_LEVELS ((int)(sizeof(LEVELS) / sizeof(LEVELS[0])))

int main(void)
{
    int i;
    log4c_category_t *api, *db;
    if (log4c_init())
        return 1;
    api = log4c_category_get("shop.api");
    db = log4c_category_get("shop.db");
    for (i = 0; i < N_LEVELS; i++)
        log4c_category_log(api, LEVELS[i], "level check: %s", log4c_priority_to_string(LEVELS[i]));
    for (i = 0; i < N_APP_MSGS; i++)
        log4c_category_log(i % 2 ? db : api, LEVELS[(i + 2) % N_LEVELS], "%s", APP_MSGS[i]);
    log4c_category_info(api, "%s", long_msg());
    log4c_category_error(db, "exception caught: %s", "DB timeout (host=db-1.internal:5432)");
    log4c_category_notice(api, "shutting down: flushing %d pending orders", 3);
    return log4c_fini();
}
