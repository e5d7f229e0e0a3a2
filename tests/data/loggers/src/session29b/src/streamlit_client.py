"""Drive a Streamlit session as the browser would: open the websocket and ask for a script run."""
import asyncio, sys
import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg


async def run(query):
    async with websockets.connect("ws://127.0.0.1:18501/_stcore/stream", subprotocols=["streamlit"]) as ws:
        m = BackMsg()
        m.rerun_script.query_string = query
        await ws.send(m.SerializeToString())
        try:
            while True:
                await asyncio.wait_for(ws.recv(), timeout=3)
        except (asyncio.TimeoutError, websockets.ConnectionClosed):
            pass

for q in sys.argv[1:]:
    asyncio.run(run("" if q == "-" else q))
