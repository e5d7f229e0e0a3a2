"""A Streamlit app that logs through Python logging and raises on one request (?kaputt=1)."""
import logging
import streamlit as st

log = logging.getLogger("streamlit.bestellungen")  # a child of "streamlit": Streamlit's own handler
plain = logging.getLogger("app.extern")            # a logger of its own: no handler

st.title("Bestellungen — café 日本")
params = st.query_params
log.debug("Seite aufgerufen mit %s", dict(params))
log.info("Sitzung für Jürgen gestartet")
log.warning("Lager fast leer: café 日本")
plain.warning("Warnung außerhalb von Streamlits Logger")
if params.get("kaputt"):
    log.error("Gleich kracht es für Jürgen")
    raise RuntimeError("Bestellung 42 kaputt: Jürgen, café, 日本")
st.write("Alles gut")
