// OpenTelemetry JS (@opentelemetry/sdk-logs 0.223.1): ConsoleLogRecordExporter (console.dir of each record,
// depth 3) through a SimpleLogRecordProcessor; the Logs API called as a logging bridge would call it.
const { LoggerProvider, SimpleLogRecordProcessor, ConsoleLogRecordExporter } = require('@opentelemetry/sdk-logs');
const { resourceFromAttributes } = require('@opentelemetry/resources');
const { SeverityNumber } = require('@opentelemetry/api-logs');

const provider = new LoggerProvider({
  resource: resourceFromAttributes({ 'service.name': 'shop-api', 'host.name': 'web-1' }),
  processors: [new SimpleLogRecordProcessor({ exporter: new ConsoleLogRecordExporter() })],
});
const log = provider.getLogger('shop.api', '2.3.1');
const S = SeverityNumber;
const emit = (n, t, body, attributes) => log.emit({ severityNumber: n, severityText: t, body, attributes });

emit(S.INFO, 'INFO', 'shop-api 2.3.1 starting on 127.0.0.1:8080 (workers=4)');
emit(S.DEBUG, 'DEBUG', 'config loaded from /etc/shop/api.toml');
emit(S.INFO, 'INFO', 'GET /orders/1 200 512 bytes 12 ms', { 'http.status_code': 200, 'order.id': 1 });
emit(S.INFO, 'INFO', 'customer Café Zoë in 東京 placed order 43');
emit(S.WARN, 'WARN', 'slow query: 1532 ms for SELECT * FROM orders WHERE id = 7');
emit(S.ERROR, 'ERROR', 'payment gateway refused order 42: HTTP 502 "Bad Gateway"');
emit(S.ERROR, 'ERROR', 'bad input: qty="-1"\tpath=C:\\temp\\orders.csv');
emit(S.WARN, 'WARN', "login failed for user 'zoë' from 127.0.0.1");
try { JSON.parse('{bad json'); } catch (e) {
  emit(S.ERROR, 'ERROR', 'unhandled exception in worker 3', {
    'exception.type': e.name, 'exception.message': e.message, 'exception.stacktrace': e.stack });
}
emit(S.WARN, 'WARN', 'config reloaded:\n  workers=4 -> 8\n  timeout=5s');
emit(S.FATAL, 'FATAL', 'database connection pool exhausted (max=20)');
emit(S.INFO, 'INFO', 'shop-api stopping (signal TERM)');
provider.shutdown();
