# The shop API on Dancer2 0.400001 (Debian libdancer2-perl), default settings: development environment,
# the `console` logger, run by `plackup` (development: Plack's AccessLog middleware too).
package ShopApp;
use strict;
use warnings;
use utf8;
use Dancer2;
use Time::HiRes qw(sleep);

set serializer => 'JSON';
set log => 'debug';  # what `dancer2 gen`'s environments/development.yml sets ("log: debug")

get '/' => sub { debug 'index hit from ' . request->address; return { ok => 1 } };
get '/boom' => sub { die "boom: Café Zoë in 東京 failed\n" };
post '/orders' => sub {
    my $body = request->data;
    info "order from $body->{customer}: note=$body->{note}";
    return { customer => $body->{customer} };
};
get '/slow' => sub { sleep 1.2; warning 'slow request took 1.2 s'; return { slow => 1 } };
get '/search' => sub { return { q => query_parameters->get('q'), tag => query_parameters->get('tag') } };

to_app;
