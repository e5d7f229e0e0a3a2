<?php
// A WordPress-like script: every PHP diagnostic kind, error_log() calls, an uncaught exception.
error_reporting(E_ALL);
error_log("shop: request started for /checkout?id=42");
echo $undefined_var;                       // Warning: Undefined variable
$arr = [1, 2];
echo $arr[5];                              // Warning: Undefined array key
$s = "abc"; $s[10];                        // Warning: Uninitialized string offset
trigger_error("Cart total recomputed from session (legacy path)", E_USER_NOTICE);
trigger_error("Coupon 'WINTER-26' is deprecated, use \"WINTER26\"", E_USER_DEPRECATED);
trigger_error("Payment gateway slow: 2.4s – Grüße an die Buchhaltung", E_USER_WARNING);
function legacy(&$x) { return $x; }
error_log("multi-line message:\nsecond line of it");
error_log(str_repeat("long-payload-", 300));
$r = @file_get_contents("/nonexistent/file.txt"); // suppressed: not logged
file_get_contents("/nonexistent/café.txt");        // Warning with non-ASCII path
try { intdiv(1, 0); } catch (DivisionByZeroError $e) { error_log("caught: " . $e->getMessage()); }
trigger_error("Inventory service down, orders queued", E_USER_ERROR);
