<?php
// router for `php -S`: a few routes; everything else falls through to the built-in static handling
$p = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if ($p === '/' || $p === '/hallo' || $p === '/post') { echo "Hallo Köln\n"; return true; }
if ($p === '/fehler') { throw new RuntimeException("Kaputt: Grüße aus 東京"); }
if ($p === '/redirect') { header('Location: /hallo', true, 302); return true; }
if ($p === '/langsam') { usleep(250000); error_log("langsam: 250 ms gewartet"); echo "ok\n"; return true; }
if ($p === '/warnung') { trigger_error("Warnung ausgelöst", E_USER_WARNING); return true; }
return false;
