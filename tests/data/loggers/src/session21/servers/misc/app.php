<?php
$a = $_GET['a'] ?? 'ok';
if ($a === 'warn') { trigger_error('stock low for "café" ünïcode', E_USER_WARNING); }
if ($a === 'notice') { echo $undefined_var; }
if ($a === 'stderr') { file_put_contents('php://stderr', "worker says: héllo\n"); error_log("custom error_log line \"quoted\""); }
if ($a === 'fatal') { throw new RuntimeException("payment failed: «declined»"); }
if ($a === 'slow') { sleep(3); }
echo "done";
