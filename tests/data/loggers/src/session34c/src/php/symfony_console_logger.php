<?php
// Symfony Console's ConsoleLogger (Debian php-symfony-console 5.4): one made-up shop's activity from a
// console command run with -vvv (every level shown); warnings and below go to stdout, errors and above
// to stderr (the logger's default), both captured into one file.
require_once '/usr/share/php/Psr/Log/autoload.php';
require_once '/usr/share/php/Symfony/Component/Console/autoload.php';

use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Logger\ConsoleLogger;
use Symfony\Component\Console\Output\OutputInterface;
use Symfony\Component\Console\SingleCommandApplication;

(new SingleCommandApplication())
    ->setName('shop:serve')
    ->setCode(function (InputInterface $input, OutputInterface $output): int {
        $log = new ConsoleLogger($output);
        $log->notice('shop-api starting on {addr} (pid {pid})', ['addr' => '127.0.0.1:8080', 'pid' => getmypid()]);
        $log->info('config loaded: workers=4 db=postgres://shop@localhost/shop');
        $log->debug('cache warm: {n} entries', ['n' => 128]);
        $orders = [[1001, 200, 'Café Zoë in 東京'], [1002, 200, 'O\'Brien "Bob"'], [1003, 200, "tab\there"],
                   [1004, 404, 'Łódź ½ ☃'], [1005, 200, 'back\\slash']];
        foreach ($orders as [$id, $status, $c]) {
            $level = $status === 404 ? 'warning' : 'info';
            $log->log($level, 'GET /orders/{id} {status} customer={customer}', ['id' => $id, 'status' => $status, 'customer' => $c]);
        }
        $log->warning('disk almost full on C:\\shop\\orders (91% used)');
        try {
            throw new RuntimeException('payment gateway timeout after 30s');
        } catch (RuntimeException $e) {
            $log->error('POST /checkout failed: {exception}', ['exception' => $e]);
        }
        $log->info("multi-line report:\nline two\n\tline three");
        $log->critical('database connection lost');
        $log->alert('replica lag {lag}s', ['lag' => 120]);
        $log->emergency('disk /var/lib/shop is read-only');
        $log->notice('shop-api stopped');
        return 0;
    })
    ->run();
