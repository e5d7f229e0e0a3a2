// Google glog 0.6: log files in FLAGS_log_dir (argv[1]); INFO file holds I, W, E and F records.
// Ends with LOG(FATAL), which writes the record, a stack trace (stderr) and aborts.
#include <glog/logging.h>
#include "common.h"

int main(int argc, char **argv)
{
    FLAGS_log_dir = argc > 1 ? argv[1] : ".";
    FLAGS_logbufsecs = 0;
    FLAGS_v = 2;
    google::InitGoogleLogging("glog_demo");
    LOG(INFO) << "level check: INFO";
    LOG(WARNING) << "level check: WARNING";
    LOG(ERROR) << "level check: ERROR";
    VLOG(1) << "level check: VLOG(1) (verbose, written as I)";
    VLOG(2) << "level check: VLOG(2)";
    for (int i = 0; i < N_APP_MSGS; i++) {
        switch (i % 3) {
        case 0: LOG(INFO) << APP_MSGS[i]; break;
        case 1: LOG(WARNING) << APP_MSGS[i]; break;
        default: LOG(ERROR) << APP_MSGS[i]; break;
        }
    }
    LOG(INFO) << long_msg();
    LOG_IF(WARNING, N_APP_MSGS > 10) << "queue length " << N_APP_MSGS << " above soft limit 10";
    for (int i = 1; i <= 3; i++)
        LOG(INFO) << "heartbeat " << i << "\tqueue=" << i * 7;
    if (fopen("/etc/shop-api/missing.conf", "r") == nullptr)
        PLOG(ERROR) << "open(/etc/shop-api/missing.conf) failed";
    LOG(INFO) << "shutting down: flushing 3 pending orders";
    LOG(FATAL) << "invariant violated: negative stock for sku=\"KÖLN-42\"";
    return 0;
}
