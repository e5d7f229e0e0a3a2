-- lsyncd 2.2.3 configuration for the run: mirror a shop folder with rsync, log to a file
settings {
    logfile = "/tmp/w34a/out/lsyncd.log",
    statusFile = "/tmp/w34a/run/lsyncd/status",
    nodaemon = true,
    insist = true,
}
sync {
    default.rsync,
    source = "/tmp/w34a/run/lsyncd/src/",
    target = "/tmp/w34a/run/lsyncd/dst/",
    delay = 1,
}
sync {
    default.rsync,
    source = "/tmp/w34a/run/lsyncd/src/",
    target = "/tmp/w34a/run/lsyncd/nonexistent/deeper/",
    delay = 1,
}
