<?php
require_once '/usr/share/php/Monolog/autoload.php';
use Monolog\Logger;
use Monolog\Handler\StreamHandler;

$log = new Logger('app');
$log->pushHandler(new StreamHandler('php://stdout', Logger::DEBUG));
$sec = new Logger('security');
$sec->pushHandler(new StreamHandler('php://stdout', Logger::DEBUG));

$log->debug('Loaded 14 config keys from /etc/shop/config.php');
$log->info('Starting checkout for order 100234', ['order_id' => 100234, 'items' => 3]);
$log->notice('Cache warmed: 1284 products in 312ms');
$sec->info('User Zoë Łukasz-Søren logged in from München', ['user_id' => 42]);
$log->info('日本語のメッセージ: 注文を受け付けました');
$log->warning('Payment gateway slow', ['latency_ms' => 1840, 'gateway' => 'stripe']);
$log->info('Request "GET /api/orders/100234" completed', ['status' => 200]);
$log->error('Charge failed for order 100236: card_declined', ['code' => 402]);
try {
    throw new RuntimeException("Connection refused by db-1:5432");
} catch (Exception $e) {
    $log->error('Uncaught exception while saving order 100237', ['exception' => $e]);
}
$log->critical('Disk usage at 97% on /var/lib/shop');
$sec->alert('Brute force detected: 52 failed logins for admin in 60s', ['ip' => '203.0.113.9']);
$log->emergency('Database cluster unreachable, entering maintenance mode');
$log->info("Multi-line message:\nsecond line of the message");
$log->debug('Shutdown complete', []);
