"""CPython 3.11 logging with two projects' own format strings (run here; the projects themselves are not installed):
Home Assistant's home-assistant.log: fmt "%(asctime)s.%(msecs)03d %(levelname)s (%(threadName)s) [%(name)s] %(message)s",
datefmt "%Y-%m-%d %H:%M:%S" (homeassistant/bootstrap.py async_enable_logging);
Odoo's odoo.log: "%(asctime)s %(pid)s %(levelname)s %(dbname)s %(name)s: %(message)s" with its DBFormatter
filling pid and dbname ('?' outside a request) (odoo/netsvc.py init_logger)."""
import logging, os, sys, threading, time
out = os.path.join(os.environ["CORPUS"], "raw")

def ha():
    h = logging.FileHandler(os.path.join(out, "homeassistant.log"), mode="w", encoding="utf-8")
    h.setFormatter(logging.Formatter("%(asctime)s.%(msecs)03d %(levelname)s (%(threadName)s) [%(name)s] %(message)s", "%Y-%m-%d %H:%M:%S"))
    root = logging.getLogger(); root.handlers[:] = [h]; root.setLevel(logging.DEBUG)
    L = logging.getLogger
    L("homeassistant.bootstrap").info("Config directory: /config")
    L("homeassistant.setup").info("Setting up http")
    L("homeassistant.setup").info("Setup of domain http took 0.4 seconds")
    L("homeassistant.components.zeroconf").debug("Starting Zeroconf broadcast")
    L("homeassistant.loader").warning("We found a custom integration hacs which has not been tested by Home Assistant. This component might cause stability problems, be sure to disable it if you experience issues with Home Assistant")
    L("homeassistant.components.sensor").error("Error adding entities for domain sensor with platform rest")
    try:
        {}["state"]
    except KeyError:
        L("homeassistant.components.automation.wohnzimmer_licht").exception("Error while executing automation automation.wohnzimmer_licht: 'state'")
    def worker():
        L("homeassistant.components.recorder.core").info("Database migration to version 43 in progress – do not restart")
        L("homeassistant.components.recorder.core").warning("The system could not validate that the sqlite3 database at //config/home-assistant_v2.db was shutdown cleanly")
    t = threading.Thread(target=worker, name="Recorder"); t.start(); t.join()
    L("homeassistant.helpers.template").warning('Template variable warning: \'dict object\' has no attribute "temperature" when rendering \'{{ states.sensor.küche.attributes.temperature }}\'')
    L("homeassistant.components.mqtt.client").debug("Received message on tele/tasmota_1/SENSOR (qos=0): b'{\"Time\":\"2026-12-02T14:32:16\",\"ENERGY\":{\"Power\":42}}'")
    L("homeassistant.core").critical("Unable to start: the configuration is invalid\nInvalid config for 'light' at configuration.yaml, line 12")
    def sync():
        L("homeassistant.util.async_").warning("Detected blocking call to open inside the event loop by custom integration 'foo' at custom_components/foo/sensor.py, line 30: with open(path) as f:")
    t = threading.Thread(target=sync, name="SyncWorker_3"); t.start(); t.join()
    L("homeassistant.components.http.ban").warning("Login attempt or request with invalid authentication from 192.168.1.50 (192.168.1.50). Requested URL: '/api/'. (Mozilla/5.0 (X11; Linux x86_64))")
    L("homeassistant.components.websocket_api.http.connection").debug("[140243] Sending {\"id\":3,\"type\":\"result\",\"success\":true,\"result\":null}")
    L("homeassistant.core").info("Starting Home Assistant 2026.12.0")
    L("homeassistant.components.hassio").fatal("Not connected with the supervisor / system too busy!")
    h.close()

class DBFormatter(logging.Formatter):
    def format(self, record):
        record.pid = os.getpid()
        record.dbname = getattr(threading.current_thread(), "dbname", "?")
        return logging.Formatter.format(self, record)

def odoo():
    h = logging.FileHandler(os.path.join(out, "odoo.log"), mode="w", encoding="utf-8")
    h.setFormatter(DBFormatter("%(asctime)s %(pid)s %(levelname)s %(dbname)s %(name)s: %(message)s"))
    root = logging.getLogger(); root.handlers[:] = [h]; root.setLevel(logging.DEBUG)
    L = logging.getLogger
    L("odoo").info("Odoo version 17.0-20261201")
    L("odoo").info("Using configuration file at /etc/odoo/odoo.conf ")
    L("odoo").info("addons paths: ['/usr/lib/python3/dist-packages/odoo/addons', '/var/lib/odoo/addons/17.0']")
    L("odoo").info("database: odoo@db:5432")
    L("odoo.service.server").info("HTTP service (werkzeug) running on 0.0.0.0:8069")
    threading.current_thread().dbname = "shop_prod"
    L("odoo.modules.loading").info("loading 1 modules...")
    L("odoo.modules.loading").info("1 modules loaded in 0.02s, 0 queries (+0 extra)")
    L("odoo.modules.registry").debug("Multiprocess load registry signaling: [Registry: 1] [Cache default: 1]")
    L("odoo.addons.base.models.ir_cron").info("Starting job `Mail: Email Queue Manager`.")
    L("odoo.sql_db").debug("query: SELECT id FROM res_partner WHERE name ILIKE '%%Müller%%'")
    L("odoo.addons.mail.models.mail_mail").warning("Mail delivery failed via SMTP server 'smtp.shop.test'.\nSMTPServerDisconnected: Connection unexpectedly closed")
    try:
        raise ValueError("Expected singleton: sale.order(12, 13)")
    except ValueError:
        L("odoo.http").exception("Exception during request handling.")
    L("werkzeug").info('127.0.0.1 - - [02/Dec/2026 14:32:16] "POST /web/dataset/call_kw/sale.order/read HTTP/1.1" 200 - 12 0.004 0.031')
    L("odoo.addons.stock.models.stock_move").error("Cannot reserve 5.0 units of [FURN_0001] Schreibtisch «Eiche»")
    L("odoo.modules.module").critical("Couldn't load module web_enterprise")
    threading.current_thread().dbname = "?"
    L("odoo.service.server").info("Initiating shutdown")
    L("odoo.service.server").info("Hit CTRL-C again or send a second signal to force the shutdown.")
    h.close()

ha(); odoo()
