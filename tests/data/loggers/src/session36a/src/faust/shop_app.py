"""A faust-streaming app whose Kafka broker (127.0.0.1:47600) is not there."""
import faust

app = faust.App("shop-orders", broker="kafka://127.0.0.1:47600", store="memory://", web_port=47650,
                web_host="127.0.0.1", datadir="/work/helper36a/run/faust/data")
orders = app.topic("orders-café")


@app.agent(orders)
async def process(stream):
    async for order in stream:
        print(order)


@app.timer(interval=1.0)
async def heartbeat():
    app.logger.info("heartbeat for Café Zoë in 東京 \"ok\"")
