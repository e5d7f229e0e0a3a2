# classic Sinatra, default settings (development): WEBrick, Rack::CommonLogger, ShowExceptions
require 'sinatra'
set :bind, '127.0.0.1'
set :port, 8003

get('/') { "Hallo Köln\n" }
get('/hallo') { "Hallo #{params['name'] || 'Köln'}\n" }
head('/') { '' }
post('/post') { status 201; "angelegt\n" }
get('/fehler') { raise 'Kaputt: Grüße aus 東京' }
get('/redirect') { redirect '/hallo' }
get('/langsam') { sleep 0.25; logger.info('langsam: 250 ms gewartet'); "ok\n" }
