#!/usr/bin/perl
# Log::Log4perl 1.57 (Debian) easy mode: easy_init({level => $TRACE, file => ">FILE"}) with its default layout "%d %m%n"
# (date 'yyyy/MM/dd HH:mm:ss', no level printed); LOGDIE/LOGWARN, a multi-line message.
use strict; use warnings; use utf8;
use Log::Log4perl qw(:easy);
binmode STDERR, ':utf8';
Log::Log4perl->easy_init({ level => $TRACE, file => ">:utf8>$ARGV[0]" });
TRACE "entering checkout()";
DEBUG "cart 42 has 3 items";
INFO "order 1001 placed by Jürgen – €99.50";
WARN "payment retry \"2/3\"";
ERROR "inventory service unreachable: Connection refused at 127.0.0.1:5399";
INFO "multi-line message\nsecond line";
INFO "x" x 1500;
for my $i (1..6) { INFO "processed batch $i of 6" }
LOGWARN "deprecated option 'cache_ttl' used";
FATAL "ledger mismatch, refusing new orders";
eval { LOGDIE "cannot open /var/lib/shop/ledger.db: No such file or directory" };
INFO "done";
