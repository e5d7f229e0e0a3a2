#!/usr/bin/perl
# Mojolicious 9.31 (Debian) Lite app, its Mojo::Log default format to a file, level trace (request tracing), a route that dies, 404s.
use utf8;
use Mojolicious::Lite -signatures;
app->log->path($ENV{MOJO_LOG_FILE});
app->log->level('trace');
app->secrets(['corpus22']);
get '/' => sub ($c) { $c->app->log->info('index for ' . ($c->req->headers->user_agent // '-')); $c->render(text => 'ok') };
get '/boom' => sub ($c) { die "Warenkorb «leer»: cannot render\n" };
post '/cart' => sub ($c) { $c->app->log->warn('cart update rejected: sku=' . ($c->param('sku') // '')); $c->render(json => {error => 'sold out'}, status => 409) };
get '/fatal' => sub ($c) { $c->app->log->fatal("ledger mismatch\nsecond line"); $c->app->log->error('x' x 2000); $c->app->log->debug('debug with "quotes"'); $c->render(text => 'f') };
app->start;
