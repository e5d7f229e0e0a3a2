"""A made-up shop flow for Metaflow's local runner: fan out over orders, one order fails."""
import sys

from metaflow import FlowSpec, step


class ShopFlow(FlowSpec):
    @step
    def start(self):
        print("config: spool at C:\\shop\\orders")
        self.orders = [1001, 1002, 1003]
        self.next(self.process, foreach="orders")

    @step
    def process(self):
        self.order = self.input
        print(f"GET /orders/{self.order} customer=Café Zoë in 東京")
        if self.order == 1003:
            print("slow order: O'Brien \"Bob\"\ttab", file=sys.stderr)
            raise ValueError(f"payment declined for order {self.order}")
        self.next(self.join)

    @step
    def join(self, inputs):
        print("multi-line report:\nline two\n\tline three")
        self.next(self.end)

    @step
    def end(self):
        print("stop")


if __name__ == "__main__":
    ShopFlow()
