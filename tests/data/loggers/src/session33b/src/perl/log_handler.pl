#!/usr/bin/perl
# Log::Handler 0.90 (Debian liblog-handler-perl): file output with the default
# message_layout "%T [%L] %m" and timeformat "%b %d %H:%M:%S"; maxlevel debug so all eight levels show.
# Run: perl log_handler.pl log_handler.log
use strict; use warnings; use utf8;
use Log::Handler;
binmode STDOUT, ':utf8';
my $file = shift or die "usage: $0 FILE\n";
my $log = Log::Handler->new();
$log->add(file => { filename => $file, mode => 'trunc', maxlevel => 'debug', minlevel => 'emergency',
                    utf8 => 1, newline => 1 });
$log->info("shop-api starting, pid $$, perl $^V");
$log->debug("config loaded from /etc/shop/config.yml");
$log->notice("listening on 127.0.0.1:8080");
for my $o ([1001, "Café Zoë in 東京", 12.5], [1002, q{O'Brien "Bob"}, 3], [1003, "tab\there", 0], [1004, "Łódź ½ ☃", 7], [1005, "back\\slash", 0]) {
    $log->info("GET /orders/$o->[0] 200 customer=$o->[1]");
    $log->debug("SELECT * FROM orders WHERE id = $o->[0]");
    $log->warning("order $o->[0] has total 0, path C:\\shop\\orders") if $o->[2] == 0;
}
eval { die "payment gateway refused: card declined\n" };
$log->error("POST /checkout failed: $@");
$log->error("multi-line report:\nline two\n\tline three");
$log->warning("slow query 1.52 s: note = 'naïve'");
$log->critical("disk /var/lib/shop 97% full");
$log->alert("replica lag 120 s");
$log->info("Übersicht: Grüße aus Köln");
$log->emergency("database connection lost, shutting down");
$log->notice("shop-api stopped");
