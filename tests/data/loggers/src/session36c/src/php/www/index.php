<?php
// The shop API as one PHP front controller behind php-fpm; Monolog 2.9 (Debian php-monolog) with its JsonFormatter.
require '/usr/share/php/Monolog/autoload.php';

use Monolog\Formatter\JsonFormatter;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;

$handler = new StreamHandler(getenv('SHOP_MONOLOG_FILE') ?: 'php://stderr', Logger::DEBUG);
$handler->setFormatter(new JsonFormatter());
$log = new Logger('shop');
$log->pushHandler($handler);

header('Content-Type: application/json');
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$route = $_SERVER['REQUEST_METHOD'] . ' ' . $path;

switch ($route) {
    case 'GET /':
        $log->debug('index hit', ['ip' => $_SERVER['REMOTE_ADDR']]);
        echo json_encode(['ok' => true]);
        break;
    case 'GET /boom':
        $log->info('about to fail');
        throw new RuntimeException('boom: Café Zoë in 東京 failed');
    case 'POST /orders':
        $body = json_decode(file_get_contents('php://input'), true);
        $log->notice('order from {customer}', $body);
        error_log('order from ' . $body['customer'] . ': note=' . $body['note']);
        echo json_encode(['customer' => $body['customer']]);
        break;
    case 'GET /slow':
        $seconds = (float) ($_GET['s'] ?? 1.2);
        usleep((int) ($seconds * 1000000));
        $log->warning(sprintf('slow request took %.1f s', $seconds));
        echo json_encode(['slow' => true]);
        break;
    case 'GET /search':
        echo json_encode(['q' => $_GET['q'] ?? null, 'tag' => $_GET['tag'] ?? null]);
        break;
    default:
        http_response_code(404);
        $log->error('no route', ['route' => $route, 'exception' => new DomainException("no route for $route")]);
        echo json_encode(['error' => 'not found']);
}
