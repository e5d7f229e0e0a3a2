<?php
// Horde_Log (Debian php-horde-log 2.3): one made-up shop's activity through Horde_Log_Logger with a
// Horde_Log_Handler_Stream on php://stderr and its default formatter (Horde_Log_Formatter_Simple:
// "%timestamp% %levelName%: %message%").
set_include_path('/usr/share/php');
spl_autoload_register(function ($class) {
    require_once str_replace('_', '/', $class) . '.php';
});

$logger = new Horde_Log_Logger(new Horde_Log_Handler_Stream('php://stderr'));
$logger->notice(sprintf('shop-api starting on 127.0.0.1:8080 (pid %d)', getmypid()));
$logger->info('config loaded: workers=4 db=postgres://shop@localhost/shop');
$logger->debug('cache warm: 128 entries');
$orders = [[1001, 200, 'Café Zoë in 東京'], [1002, 200, 'O\'Brien "Bob"'], [1003, 200, "tab\there"],
           [1004, 404, 'Łódź ½ ☃'], [1005, 200, 'back\\slash']];
foreach ($orders as [$id, $status, $c]) {
    $msg = "GET /orders/$id $status customer=$c";
    $status === 404 ? $logger->warn($msg) : $logger->info($msg);
}
$logger->warn('disk almost full on C:\\shop\\orders (91% used)');
try {
    throw new RuntimeException('payment gateway timeout after 30s');
} catch (RuntimeException $e) {
    $logger->err('POST /checkout failed');
    $logger->err($e);
}
$logger->info("multi-line report:\nline two\n\tline three");
$logger->crit('database connection lost');
$logger->alert('replica lag 120s');
$logger->emerg('disk /var/lib/shop is read-only');
$logger->notice('shop-api stopped');
