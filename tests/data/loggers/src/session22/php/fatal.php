<?php
function charge($amount) { throw new RuntimeException("Card declined: \"insufficient funds\" (amount=$amount)"); }
function checkout() { charge(99.5); }
checkout();
