from tasks import charge, notify, fail
charge.delay(100234, 59.90)
notify.delay("Zoë Łukasz-Søren <zoe@example.de>")
fail.delay(100236)
charge.apply_async((100237, 12.5), task_id="6f1c2b7e-0d5a-4c1e-9d2f-3b8a7e4c9f10")
