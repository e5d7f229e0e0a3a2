#!/usr/bin/perl
# Log::Report (Debian liblog-report-perl): one made-up shop's activity through the default
# dispatcher (type PERL, to STDERR), switched to mode DEBUG so trace and info are shown.
use strict;
use warnings;
use utf8;
use Log::Report 'shop';

binmode STDERR, ':encoding(UTF-8)';
dispatcher mode => 'DEBUG', 'ALL';

info __x"shop-api starting on {addr} (pid {pid})", addr => '127.0.0.1:8080', pid => $$;
notice "config loaded: workers=4 db=postgres://shop\@localhost/shop";
trace "cache warm: 128 entries";
my @orders = ([1001, 200, 'Café Zoë in 東京'], [1002, 200, q{O'Brien "Bob"}], [1003, 200, "tab\there"],
              [1004, 404, 'Łódź ½ ☃'], [1005, 200, 'back\\slash']);
for my $o (@orders) {
    my ($id, $status, $c) = @$o;
    if ($status == 404) { warning "GET /orders/$id $status customer=$c" }
    else                { info "GET /orders/$id $status customer=$c" }
}
warning 'disk almost full on C:\shop\orders (91% used)';
mistake "POST /orders rejected: quantity must be positive";
# error and fault are fatal (they die): inside try they are caught, then reported without dying
try { error "POST /checkout failed: payment gateway timeout after 30s" };
$@->reportAll(is_fatal => 0) if $@;
info "multi-line report:\nline two\n\tline three";
try { $! = 111; fault "cannot reach payment gateway" };    # errno ECONNREFUSED, as a failed connect() leaves it
$@->reportAll(is_fatal => 0) if $@;
alert "database connection lost";
notice "shop-api stopped";
panic "internal state corrupted";
