"""Locust user for run_locust.sh: hits a local http.server (index, a missing page), and one task that raises."""
from locust import HttpUser, task, constant
import logging

class Shopper(HttpUser):
    wait_time = constant(0.5)

    @task(3)
    def index(self):
        self.client.get("/")

    @task(1)
    def missing(self):
        self.client.get("/warenkorb/größe")

    @task(1)
    def broken(self):
        logging.getLogger("shop.locust").warning("about to fail on purpose – Grüße")
        raise ValueError("basket total is negative")
