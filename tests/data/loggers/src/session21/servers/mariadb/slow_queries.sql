SELECT SLEEP(0.22), 'Zoë';
SELECT /* «report» */ SLEEP(0.21) AS `tab	col`;
SELECT
  SLEEP(0.23),
  'multi-line statement';
UPDATE orders SET customer = CONCAT(customer, '') WHERE SLEEP(0.11) = 0;
SELECT SLEEP(0.2) FROM DUAL WHERE 'a\\b' <> '';
DO SLEEP(0.24);
SELECT SLEEP(0.21) + id FROM orders LIMIT 1;
SELECT COUNT(*) FROM orders WHERE SLEEP(0.105) = 0;
SELECT SLEEP(0.25) /* "quoted" */;
