<?php
$x = null; echo strlen($x);   // Deprecated: passing null
class Order { }
$o = new Order(); $o->dynamic = 1;  // Deprecated: dynamic property
echo 10 % 0;
