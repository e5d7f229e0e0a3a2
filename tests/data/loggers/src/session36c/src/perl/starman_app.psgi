# The shop API as a bare PSGI app for Starman; it reports through psgi.errors (Starman's stderr).
use strict;
use warnings;
use JSON::PP;
use Plack::Request;
use Time::HiRes qw(sleep);

my $json = JSON::PP->new->utf8->canonical;
sub reply { my ($status, $obj) = @_; [$status, ['Content-Type' => 'application/json'], [$json->encode($obj)]] }

my $app = sub {
    my $env = shift;
    my $req = Plack::Request->new($env);
    my $route = $req->method . ' ' . $req->path_info;
    return reply(200, { ok => JSON::PP::true }) if $route eq 'GET /';
    die "boom: Caf\x{e9} Zo\x{eb} in \x{6771}\x{4eac} failed\n" if $route eq 'GET /boom';
    if ($route eq 'POST /orders') {
        my $body = $json->decode($req->content);
        my $line = "order from $body->{customer}: note=$body->{note}\n";
        utf8::encode($line);
        $env->{'psgi.errors'}->print($line);
        return reply(200, { customer => $body->{customer} });
    }
    if ($route eq 'GET /slow') { sleep 1.2; warn "slow request took 1.2 s\n"; return reply(200, { slow => JSON::PP::true }) }
    return reply(200, { q => $req->query_parameters->get('q'), tag => $req->query_parameters->get('tag') }) if $route eq 'GET /search';
    return reply(404, { error => 'not found' });
};
$app;
