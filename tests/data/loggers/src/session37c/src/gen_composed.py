#!/usr/bin/env python3
"""Compose the set-37c log files that cannot be produced by running the product here.

Standard library only, deterministic. Each writer names the documentation (or the product source or the real
published output) it follows; README.md gives the full list of sources per file. Run with TZ=UTC:
    python3 src/gen_composed.py            # writes out/*.log, out/*.jsonl
"""
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "out"
UTC = timezone.utc
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def ms(dt):
    return int(dt.timestamp() * 1000)


def ampm(dt):
    h = dt.hour % 12 or 12
    return h, ("AM" if dt.hour < 12 else "PM")


def write(name, text, encoding="utf-8"):
    (OUT / name).write_bytes(text.encode(encoding))


# ----------------------------------------------------------------------------------------------------------------
# Oracle WebLogic Server 14.1.1: server log file (servers/AdminServer/logs/AdminServer.log)
# Layout: "Configuring Log Files and Filtering Log Messages for Oracle WebLogic Server", Log Message Format / Message
# Attributes (####<Timestamp> <Severity> <Subsystem> <Machine Name> <Server Name> <Thread ID> <User ID>
# <Transaction ID> <Diagnostic Context ID> <Raw Time Value> <Message ID> <Message Text>), the 12.2.1+/14.1.1
# supplemental-attributes field (<[severity-value: 64] >, <[severity-value: 32] [rid: 0] >) and JDK 11+ date
# rendering as in real 12.2.1.3/14.1.1 logs published in elastic/integrations (packages/oracle_weblogic test logs).
# Message texts after the WebLogic message catalog (BEA-000365, -000360, -000329, -002613, -090905, -101020 ...).
WLS_SEV = {"Trace": 256, "Debug": 128, "Info": 64, "Notice": 32, "Warning": 16, "Error": 8, "Critical": 4,
           "Alert": 2, "Emergency": 1}


def wls_ts_jdk11(dt):
    h, ap = ampm(dt)
    return (f"{MON[dt.month - 1]} {dt.day}, {dt.year}, {h}:{dt.minute:02d}:{dt.second:02d},"
            f"{dt.microsecond // 1000:03d} {ap} Coordinated Universal Time")


def weblogic_server():
    t0 = datetime(2026, 12, 4, 9, 5, 1, 3000, tzinfo=UTC)
    EX = "[STANDBY] ExecuteThread: '1' for queue: 'weblogic.kernel.Default (self-tuning)'"
    AX = "[ACTIVE] ExecuteThread: '{}' for queue: 'weblogic.kernel.Default (self-tuning)'"
    K = "<WLS Kernel>"
    E1 = "5f1c3a7e-2b1d-4c8e-9a0f-6d2e4b8c1a37-00000002"
    E2 = "5f1c3a7e-2b1d-4c8e-9a0f-6d2e4b8c1a37-0000004f"
    # (offset s, severity, subsystem, server, thread, user, ecid, rid, msgid, text)
    recs = [
        (0.000, "Info", "Management", "", "main", "", "", False, "BEA-141107",
         "Version: WebLogic Server 14.1.1.0.0 Thu Mar 26 03:15:09 GMT 2020 2000885"),
        (1.420, "Notice", "WebLogicServer", "", "main", "", "", False, "BEA-000365", "Server state changed to STARTING."),
        (1.457, "Info", "WorkManager", "", "Thread-9", "", "", False, "BEA-002900", "Initializing self-tuning thread pool."),
        (1.489, "Info", "WorkManager", "", EX, "", "", False, "BEA-002942",
         "CMM memory level becomes 0. Setting standby thread pool size to 256."),
        (1.512, "Info", "WebLogicServer", "", "Thread-9", "", "", False, "BEA-000214",
         'WebLogic Server "AdminServer" version:\nWebLogic Server 14.1.1.0.0 Thu Mar 26 03:15:09 GMT 2020 2000885 '
         "Copyright (c) 1995,2020, Oracle and/or its affiliates. All rights reserved."),
        (1.601, "Info", "Server", "", "Thread-11", "", "", False, "BEA-002622", 'The protocol "t3" is now configured.'),
        (1.602, "Info", "Server", "", "Thread-11", "", "", False, "BEA-002622", 'The protocol "https" is now configured.'),
        (2.310, "Info", "Security", "", "main", "", "", False, "BEA-090905",
         "Disabling the CryptoJ JCE Provider self-integrity check for better startup performance. To enable this "
         "check, specify -Dweblogic.security.allowCryptoJDefaultJCEVerification=true."),
        (2.355, "Info", "Security", "", "main", "", "", False, "BEA-090906",
         "Changing the default Random Number Generator in RSA CryptoJ from ECDRBG128 to HMACDRBG. To disable this "
         "change, specify -Dweblogic.security.allowCryptoJDefaultPRNG=true."),
        (3.101, "Notice", "Security", "AdminServer", EX, K, E1, True, "BEA-090946",
         "Security pre-initializing using security realm: myrealm"),
        (3.496, "Notice", "Security", "AdminServer", EX, K, E1, True, "BEA-090947",
         "Security post-initializing using security realm: myrealm"),
        (4.020, "Notice", "Log Management", "AdminServer", "main", K, "", False, "BEA-170019",
         "The server log file /u01/domains/shop_domain/servers/AdminServer/logs/AdminServer.log is opened. All "
         "server side log events will be written to this file."),
        (4.871, "Info", "Diagnostics", "AdminServer", "main", K, "", False, "BEA-320001",
         "The ServerDebug service initialized successfully."),
        (6.930, "Debug", "JDBCConn", "AdminServer", AX.format(3), K, E1, True, "BEA-000000",
         'Reserve connection from pool "ShopDS", 2 of 15 connections in use'),
        (7.245, "Info", "Deployer", "AdminServer", AX.format(4), K, E1, True, "BEA-149060",
         "Module shop.war of application shop successfully transitioned from STATE_PREPARED to STATE_ADMIN on "
         "server AdminServer."),
        (8.011, "Notice", "Server", "AdminServer", "weblogic.socket.ServerListenThread", K, E1, True, "BEA-002613",
         'Channel "Default" is now listening on 192.0.2.21:7001 for protocols iiop, t3, ldap, snmp, http.'),
        (8.015, "Notice", "WebLogicServer", "AdminServer", AX.format(0), K, E1, True, "BEA-000329",
         'Started the WebLogic Server Administration Server "AdminServer" for domain "shop_domain" running in '
         "production mode."),
        (8.102, "Notice", "WebLogicServer", "AdminServer", AX.format(0), K, E1, True, "BEA-000360",
         "The server started in RUNNING mode."),
        (8.119, "Notice", "WebLogicServer", "AdminServer", AX.format(0), K, E1, True, "BEA-000365",
         "Server state changed to RUNNING."),
        (612.404, "Info", "com.example.shop.OrderService", "AdminServer", AX.format(7), "zoë", E2, True,
         "BEA-000000", "Commande 42 confirmée pour Zoë – livraison à 東京"),
        (640.77, "Warning", "Socket", "AdminServer", AX.format(2), K, "", True, "BEA-000449",
         "Closing the socket, as no data read from it on 192.0.2.10:41,972 during the configured idle timeout of "
         "5 seconds."),
        (701.305, "Error", "HTTP", "AdminServer", AX.format(7), "<anonymous>", E2, True, "BEA-101020",
         "[ServletContext@1846249541[app:shop module:/shop path:null spec-version:4.0]] Servlet failed with an "
         "Exception\njava.lang.NullPointerException: Cannot invoke \"com.example.shop.Cart.items()\" because "
         "\"cart\" is null\n"
         "\tat com.example.shop.CheckoutServlet.doPost(CheckoutServlet.java:57)\n"
         "\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:665)\n"
         "\tat weblogic.servlet.internal.StubSecurityHelper$ServletServiceAction.run(StubSecurityHelper.java:295)\n"
         "\tat weblogic.servlet.internal.ServletStubImpl.execute(ServletStubImpl.java:353)\n"
         "\tat weblogic.work.ExecuteThread.run(ExecuteThread.java:398)\n"),
        (702.9, "Error", "JDBC", "AdminServer", AX.format(9), K, "", True, "BEA-001129",
         'Received exception while creating connection for pool "ShopDS": IO Error: The Network Adapter could not '
         "establish the connection (CONNECTION_ID=kT3cJp0qS0mN2wq1u8f8Xw==)"),
        (1312.5, "Error", "WebLogicServer", "AdminServer", "[ACTIVE] ExecuteThread: '21' for queue: "
         "'weblogic.kernel.Default (self-tuning)'", K, "", True, "BEA-000337",
         "[STUCK] ExecuteThread: '14' for queue: 'weblogic.kernel.Default (self-tuning)' has been busy for \"652\" "
         "seconds working on the request \"Http Request Information: weblogic.servlet.internal.ServletRequestImpl"
         "@6a3b1f2c[GET /shop/api/reports/annual?year=2026&format=pdf&lang=fr-FR&include=orders,customers,"
         "invoices,returns,shipments,payments,refunds,discounts,taxes,currencies,regions,warehouses,suppliers]\", "
         "which is more than the configured time (StuckThreadMaxTime) of \"600\" seconds in "
         "\"server-failure-trigger\". Stack trace:\n"
         "\tjava.net.SocketInputStream.socketRead0(Native Method)\n"
         "\tjava.net.SocketInputStream.read(SocketInputStream.java:171)\n"
         "\toracle.net.ns.Packet.receive(Packet.java:308)\n"
         "\tcom.example.shop.ReportService.annual(ReportService.java:211)\n"),
        (1320.0, "Alert", "Diagnostics", "AdminServer", AX.format(5), K, "", True, "BEA-320068",
         'Watch "StuckThreadWatch" with severity "Alert" on server "AdminServer" has triggered at Dec 4, 2026, '
         "9:27:01 AM Coordinated Universal Time. Notification details: WatchRuleType: Log WatchRule: "
         "(MSGID = 'BEA-000337')"),
        (1381.2, "Critical", "Health", "AdminServer", AX.format(5), K, "", True, "BEA-310006",
         "Critical Subsystem core has failed. Setting server state to FAILED.\n"
         "Reason: Server failed as the number of stuck threads has exceeded the max limit of 2"),
        (1381.3, "Notice", "WebLogicServer", "AdminServer", AX.format(5), K, "", True, "BEA-000365",
         "Server state changed to FAILED."),
        (1381.9, "Emergency", "Diagnostics", "AdminServer", AX.format(5), K, "", True, "BEA-320068",
         'Watch "ServerFailedWatch" with severity "Emergency" on server "AdminServer" has triggered at Dec 4, '
         "2026, 9:28:02 AM Coordinated Universal Time. Notification details: WatchRuleType: Log WatchRule: "
         "(MSGID = 'BEA-310006')"),
        (1382.0, "Error", "WebLogicServer", "AdminServer", AX.format(5), K, "", True, "BEA-000383",
         "A critical service failed. The server will shut itself down."),
        (1382.1, "Notice", "WebLogicServer", "AdminServer", AX.format(5), K, "", True, "BEA-000365",
         "Server state changed to FORCE_SHUTTING_DOWN."),
    ]
    lines = []
    for off, sev, sub, server, thread, user, ecid, rid, mid, text in recs:
        dt = t0 + timedelta(seconds=off)
        supp = f"[severity-value: {WLS_SEV[sev]}] " + ("[rid: 0] " if rid else "")
        lines.append(f"####<{wls_ts_jdk11(dt)}> <{sev}> <{sub}> <shopwls01> <{server}> <{thread}> <{user}> <> "
                     f"<{ecid}> <{ms(dt)}> <{supp}> <{mid}> <{text}> \n")
    write("weblogic_server.log", "".join(lines))


# ----------------------------------------------------------------------------------------------------------------
# WebLogic standard out (the Node Manager / startWebLogic.sh .out file), JDK 8: "<Timestamp> <Severity> <Subsystem>
# <Message ID> <Message Text>" ("Format of Output to Standard Out and Standard Error" in the same guide; the
# WebLogic 7 guide's "<Jun 2, 2000 10:23:02 AM PDT>" shape; Microsoft's WebLogic-on-Azure VM guide shows a real one).
# The .out file also holds what startWebLogic.sh echoes and what applications print with System.out.
def weblogic_stdout():
    est = timezone(timedelta(hours=-5))
    t0 = datetime(2026, 12, 4, 5, 0, 0, 211000, tzinfo=est)

    def rec(off, sev, sub, mid, text):
        dt = t0 + timedelta(seconds=off)
        h, ap = ampm(dt)
        ts = (f"{MON[dt.month - 1]} {dt.day}, {dt.year} {h}:{dt.minute:02d}:{dt.second:02d},"
              f"{dt.microsecond // 1000:03d} {ap} EST")
        return f"<{ts}> <{sev}> <{sub}> <{mid}> <{text}> \n"

    out = [
        ".\n", ".\n",
        "JAVA Memory arguments: -Xms256m -Xmx512m -XX:CompileThreshold=8000\n", ".\n",
        "CLASSPATH=/u01/oracle/wlserver/server/lib/weblogic.jar:/u01/oracle/wlserver/../oracle_common/modules/"
        "thirdparty/ant-contrib-1.0b3.jar:/u01/oracle/wlserver/modules/features/oracle.wls.common.nodemanager.jar\n",
        ".\n",
        "***************************************************\n",
        "*  To start WebLogic Server, use a username and   *\n",
        "*  password assigned to an admin-level user.  For *\n",
        "*  server administration, use the WebLogic Server *\n",
        "*  console at http://hostname:port/console        *\n",
        "***************************************************\n",
        "Starting WLS with line:\n",
        "/usr/java/jdk1.8.0_401/bin/java -server   -Xms256m -Xmx512m -XX:CompileThreshold=8000 -cp "
        "/u01/oracle/wlserver/server/lib/weblogic-launcher.jar -Dlaunch.use.env.classpath=true "
        "-Dweblogic.Name=ms1 -Djava.security.policy=/u01/oracle/wlserver/server/lib/weblogic.policy "
        "-Dweblogic.management.server=http://shopwls01:7001 weblogic.Server\n",
        rec(0.0, "Info", "Security", "BEA-090905",
            "Disabling the CryptoJ JCE Provider self-integrity check for better startup performance. To enable "
            "this check, specify -Dweblogic.security.allowCryptoJDefaultJCEVerification=true."),
        rec(0.052, "Info", "Security", "BEA-090906",
            "Changing the default Random Number Generator in RSA CryptoJ from ECDRBG128 to HMACDRBG. To disable "
            "this change, specify -Dweblogic.security.allowCryptoJDefaultPRNG=true."),
        rec(0.71, "Info", "WebLogicServer", "BEA-000377",
            "Starting WebLogic Server with Java HotSpot(TM) 64-Bit Server VM Version 25.401-b10 from Oracle "
            "Corporation."),
        rec(1.33, "Info", "Management", "BEA-141107",
            "Version: WebLogic Server 12.2.1.4.0 Thu Sep 12 04:04:29 GMT 2019 1974621"),
        rec(2.9, "Notice", "WebLogicServer", "BEA-000365", "Server state changed to STARTING."),
        rec(3.0, "Info", "WorkManager", "BEA-002900", "Initializing self-tuning thread pool."),
        rec(3.4, "Notice", "Log Management", "BEA-170019",
            "The server log file /u01/domains/shop_domain/servers/ms1/logs/ms1.log is opened. All server side log "
            "events will be written to this file."),
        rec(5.8, "Warning", "Management", "BEA-141274",
            "Production mode has been specified at the command line using the weblogic.ProductionModeEnabled "
            "system property. This system property overrides the development mode setting contained in the "
            "config.xml file. However, the Administration Console and WLST show the attribute values and "
            "defaults that correspond to the development mode setting in the config.xml file."),
        rec(9.1, "Notice", "Security", "BEA-090946", "Security pre-initializing using security realm: myrealm"),
        rec(9.6, "Notice", "Security", "BEA-090947", "Security post-initializing using security realm: myrealm"),
        rec(12.0, "Notice", "Server", "BEA-002613",
            'Channel "Default" is now listening on 192.0.2.22:8001 for protocols iiop, t3, CLUSTER-BROADCAST, '
            "ldap, snmp, http."),
        rec(12.01, "Notice", "WebLogicServer", "BEA-000332",
            'Started the WebLogic Server Managed Server "ms1" for domain "shop_domain" running in production mode.'),
        rec(12.3, "Notice", "WebLogicServer", "BEA-000360", "The server started in RUNNING mode."),
        rec(12.31, "Notice", "WebLogicServer", "BEA-000365", "Server state changed to RUNNING."),
        "ShopServlet init: catalogue chargé (1 204 articles), devise=€\n",
        rec(845.5, "Error", "HTTP", "BEA-101020",
            "[ServletContext@44159983[app:shop module:/shop path:null spec-version:3.1]] Servlet failed with an "
            "Exception\njava.lang.IllegalStateException: Panier vide pour le client « Zoë »\n"
            "\tat com.example.shop.CheckoutServlet.doPost(CheckoutServlet.java:61)\n"
            "\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:707)\n"
            "\tat weblogic.servlet.internal.StubSecurityHelper$ServletServiceAction.run(StubSecurityHelper.java:286)\n"
            "\tat weblogic.work.ExecuteThread.run(ExecuteThread.java:420)\n"),
        "Exception in thread \"Timer-2\" java.lang.OutOfMemoryError: Java heap space\n",
        rec(902.2, "Critical", "WebLogicServer", "BEA-000386",
            "Server subsystem failed. Reason: java.lang.OutOfMemoryError: Java heap space\n"
            "java.lang.OutOfMemoryError: Java heap space\n"),
        rec(902.4, "Notice", "WebLogicServer", "BEA-000365", "Server state changed to FORCE_SHUTTING_DOWN."),
    ]
    write("weblogic_stdout.log", "".join(out))


# ----------------------------------------------------------------------------------------------------------------
# IBM WebSphere Application Server traditional 9.0.5: SystemOut.log and trace.log, basic (compatible) format
# "<timestamp> <threadId> <shortName> <eventType> [className] [methodName] <message>" (IBM Docs "Log and trace
# formats" / "Interpreting the output of the diagnostic trace"); event types F E W A I C D O R Z (messages) and
# > < 1 2 3 Z (trace). Header block "Start Display Current Environment" as printed at the top of each file.
# IBM J9 8 (JDK 8) date rendering "M/d/yy H:mm:ss:SSS z"; server in Europe/Paris (CET in December).
WAS_HEADER = """************ Start Display Current Environment ************
WebSphere Platform 9.0.5.17 [BASE 9.0.5.17 f5001923.01] [JAVA8 8.0.8.15 pxa6480sr8fp15-20231026_01] running with process name shopCell01\\shopNode01\\server1 and process id 4182
Full server name is shopCell01\\shopNode01\\server1-4182
Host Operating System is Linux, version 5.14.0-362.8.1.el9_3.x86_64
Java version = 1.8.0_391, Java Runtime Version = 8.0.8.15 - pxa6480sr8fp15-20231026_01(SR8 FP15), Java Compiler = j9jit29, Java VM name = IBM J9 VM
was.install.root = /opt/IBM/WebSphere/AppServer
user.install.root = /opt/IBM/WebSphere/AppServer/profiles/AppSrv01
Java Home = /opt/IBM/WebSphere/AppServer/java/8.0/jre
ws.ext.dirs = /opt/IBM/WebSphere/AppServer/java/8.0/lib:/opt/IBM/WebSphere/AppServer/profiles/AppSrv01/classes:/opt/IBM/WebSphere/AppServer/classes:/opt/IBM/WebSphere/AppServer/lib:/opt/IBM/WebSphere/AppServer/installedChannels:/opt/IBM/WebSphere/AppServer/lib/ext:/opt/IBM/WebSphere/AppServer/web/help:/opt/IBM/WebSphere/AppServer/deploytool/itp/plugins/com.ibm.etools.ejbdeploy/runtime
Classpath = /opt/IBM/WebSphere/AppServer/profiles/AppSrv01/properties:/opt/IBM/WebSphere/AppServer/properties:/opt/IBM/WebSphere/AppServer/lib/startup.jar:/opt/IBM/WebSphere/AppServer/lib/bootstrap.jar
Java Library path = /opt/IBM/WebSphere/AppServer/lib/native/linux/x86_64/:/opt/IBM/WebSphere/AppServer/java/8.0/jre/lib/amd64/compressedrefs:/opt/IBM/WebSphere/AppServer/java/8.0/jre/lib/amd64:/usr/lib64:/usr/lib
Orb Version = IBM Java ORB build orb80-20231020.00
Current trace specification = {trace}
************* End Display Current Environment *************
"""


def was_ts(dt):
    return (f"[{dt.month}/{dt.day}/{dt.year % 100:02d} {dt.hour}:{dt.minute:02d}:{dt.second:02d}:"
            f"{dt.microsecond // 1000:03d} CET]")


def was_line(dt, tid, short, typ, rest):
    return f"{was_ts(dt)} {tid} {short[:13]:<13} {typ} {rest}\n"


def websphere_systemout():
    cet = timezone(timedelta(hours=1))
    t0 = datetime(2026, 12, 4, 11, 2, 14, 88000, tzinfo=cet)

    def L(off, tid, short, typ, msg, cls="", meth=""):
        dt = t0 + timedelta(seconds=off)
        rest = msg if typ in "OR" else f"{cls} {meth} {msg}"
        return was_line(dt, tid, short, typ, rest)

    out = [WAS_HEADER.replace("{trace}", "*=info"),
           L(0.0, "00000001", "ManagerAdmin", "I", "TRAS0017I: The startup trace state is *=info."),
           L(0.512, "00000001", "ManagerAdmin", "I",
             "TRAS0111I: The message IDs that are in use are deprecated"),
           L(1.208, "00000001", "AdminInitializer", "A", "ADMN0015I: The administration service is initialized."),
           L(2.730, "00000001", "PluginConfigService", "I",
             "PLGC0057I: The plug-in configuration service started successfully."),
           L(3.115, "00000001", "DMAdapter", "I",
             "FFDC1009I: Analysis Engine using data base: /opt/IBM/WebSphere/AppServer/properties/logbr/ffdc/adv/"
             "ffdcdb.xml", "com.ibm.ws.ffdc.impl.DMAdapter", "getAnalysisEngine"),
           L(4.002, "00000001", "WSKeyStore", "W",
             "CWPKI0041W: One or more key stores are using the default password."),
           L(6.871, "0000000e", "TCPChannel", "I",
             "TCPC0001I: TCP Channel TCP_2 is listening on host *  (IPv4) port 9080."),
           L(6.874, "0000000e", "WSChannelFramework", "A",
             "CHFW0019I: The Transport Channel Service has started chain WCInboundDefault."),
           L(9.940, "00000001", "ApplicationMgrImpl", "A", "WSVR0200I: Starting application: shop"),
           L(11.213, "00000001", "WebGroup", "A",
             "SRVE0169I: Loading Web Module: Shop Web.", ),
           L(11.402, "00000001", "WASSessionCore", "I",
             "SESN0176I: A new session context will be created for application key default_host/shop"),
           L(12.018, "00000001", "ApplicationMgrImpl", "A", "WSVR0221I: Application started: shop"),
           L(12.700, "00000001", "WsServerImpl", "A", "WSVR0001I: Server server1 open for e-business"),
           L(201.33, "00000091", "SystemOut", "O", "Bestellung 4711 für Zoë angelegt (東京)"),
           L(201.35, "00000091", "SystemOut", "O", "cart=[sku=A-1\tqty=2, sku=\"B-2\" qty=1]"),
           L(202.004, "00000091", "SystemErr", "R", "java.lang.IllegalStateException: Warenkorb leer"),
           L(202.005, "00000091", "SystemErr", "R", "\tat com.example.shop.CartService.checkout(CartService.java:88)"),
           L(202.005, "00000091", "SystemErr", "R", "\tat com.example.shop.ShopServlet.doPost(ShopServlet.java:51)"),
           L(202.006, "00000091", "SystemErr", "R",
             "\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:706)"),
           L(344.81, "00000092", "webapp", "E",
             "SRVE0293E: [Servlet Error]-[ShopServlet]: java.lang.NullPointerException\n"
             "\tat com.example.shop.ShopServlet.doGet(ShopServlet.java:42)\n"
             "\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:686)\n"
             "\tat com.ibm.ws.webcontainer.servlet.ServletWrapper.service(ServletWrapper.java:1255)\n"
             "\tat com.ibm.ws.util.ThreadPool$Worker.run(ThreadPool.java:1909)",
             "com.ibm.ws.webcontainer.webapp.WebApp", "logServletError"),
           L(344.83, "0000004f", "FfdcProvider", "I",
             "FFDC1003I: FFDC Incident emitted on /opt/IBM/WebSphere/AppServer/profiles/AppSrv01/logs/ffdc/"
             "server1_5a1f2b3c_26.12.04_11.07.58.9180234815128512763.txt "
             "com.ibm.ws.webcontainer.servlet.ServletWrapper.service 1214",
             "com.ibm.ws.ffdc.impl.FfdcProvider", "logIncident"),
           L(410.2, "00000045", "ConnectionManager", "E",
             "J2CA0045E: Connection not available while invoking method createOrWaitForConnection for resource "
             "jdbc/ShopDS."),
           L(655.0, "00000031", "ThreadMonitor", "W",
             'WSVR0605W: Thread "WebContainer : 3" (0000009a) has been active for 612345 milliseconds and may be '
             "hung.  There is/are 1 thread(s) in total in the server that may be hung.\n"
             "\tat java.net.SocketInputStream.socketRead0(Native Method)\n"
             "\tat java.net.SocketInputStream.read(SocketInputStream.java:183)\n"
             "\tat com.example.shop.ReportService.annual(ReportService.java:211)"),
           L(701.4, "0000009b", "ShopServlet", "I", "Commande 43 payée — 12,50 €",
             "com.example.shop.ShopServlet", "doPost"),
           L(702.0, "0000009b", "LTPAServerObj", "E",
             "SECJ0369E: Authentication failed when using LTPA. The exception is "
             "com.ibm.websphere.security.auth.WSLoginFailedException: Validation of the LTPA token failed because "
             "the token expired with the following info: Token expiration Date: 12/4/26 10:59 AM CET, current "
             "Date: 12/4/26 11:13 AM CET.."),
           L(3600.0, "00000001", "ServerCollaborator", "A", "WSVR0023I: Server server1 is stopping"),
           L(3600.9, "00000001", "ApplicationMgrImpl", "A", "WSVR0217I: Stopping application: shop"),
           L(3601.3, "00000001", "ApplicationMgrImpl", "A", "WSVR0220I: Application stopped: shop"),
           L(3602.0, "00000001", "ServerCollaborator", "A", "WSVR0024I: Server server1 stopped"),
           ]
    write("websphere_systemout.log", "".join(out))


def websphere_trace():
    cet = timezone(timedelta(hours=1))
    t0 = datetime(2026, 12, 4, 11, 40, 0, 5000, tzinfo=cet)
    ind = " " * 33

    def L(off, tid, short, typ, cls, meth, msg):
        rest = msg if typ in "OR" else f"{cls} {meth} {msg}"
        return was_line(t0 + timedelta(seconds=off), tid, short, typ, rest)

    out = [WAS_HEADER.replace("{trace}", "*=info:com.ibm.ws.webcontainer.*=all:com.ibm.ejs.j2c.*=all"),
           L(0.0, "00000001", "ManagerAdmin", "I", "", "",
             "TRAS0018I: The trace state has changed. The new trace state is "
             "*=info:com.ibm.ws.webcontainer.*=all:com.ibm.ejs.j2c.*=all."),
           L(1.204, "0000009a", "WebContainer", ">", "", "handleRequest", "Entry"),
           L(1.205, "0000009a", "WebContainer", "3", "", "", "Webcontainer handleRequest state --> true"),
           L(1.206, "0000009a", "WebApp", "2", "", "",
             "[com.ibm.ws.webcontainer.webapp.WebApp@4d1e7c1c] handleRequest: request --> /shop/api/cart"),
           L(1.210, "0000009a", "ConnectionManager", ">", "", "allocateConnection", "Entry\n"
             + ind + "com.ibm.ws.rsadapter.spi.WSManagedConnectionFactoryImpl@5a3a1a60\n"
             + ind + "null"),
           L(1.214, "0000009a", "FreePool", "1", "", "",
             "createOrWaitForConnection: waiting for a free connection, queue depth 3"),
           L(1.930, "0000009a", "ConnectionManager", "<", "", "allocateConnection", "Exit\n"
             + ind + "com.ibm.ws.rsadapter.jdbc.WSJdbcConnection@7f3b2a10"),
           L(1.944, "0000009a", "ServletWrappe", "1", "", "",
             "service Servlet: CartServlet, Zoë's cart → 2 items"),
           L(1.951, "0000009a", "WebContainer", "<", "", "handleRequest", "Exit"),
           L(2.5, "0000009c", "SystemOut", "O", "", "", "debug: panier=[A-1, B-2]"),
           L(3.1, "0000009d", "PoolManager", "W", "", "",
             "J2CA0075W: An active transaction should be present while processing method allocateMCWrapper."),
           L(3.3, "0000009d", "MCWrapper", "E", "", "",
             "J2CA0081E: Method cleanup failed while trying to execute method cleanup on ManagedConnection "
             "WSRdbManagedConnectionImpl@3a5e1f07 from resource jdbc/ShopDS. Caught exception: "
             "com.ibm.ws.exception.WsException: DSRA0080E: An exception was received by the Data Store Adapter."),
           L(4.0, "0000009e", "WebApp", "C", "", "",
             "SRVE0250I: Web Module Shop Web has been bound to default_host[*:9080,*:80,*:9443]."),
           L(4.2, "0000009e", "WebApp", "D", "", "", "initializeTargetMappings: /shop/* → ShopServlet"),
           L(4.9, "0000009f", "ThreadPool", "Z", "", "", "unrecognised event from com.example.legacy.Tracer"),
           ]
    write("websphere_trace.log", "".join(out))


# ----------------------------------------------------------------------------------------------------------------
# Open Liberty: messages.log (basic format) and its JSON format (messageFormat=json). Layouts after openliberty.io
# "Log and trace configuration" and "JSON log events reference list", and real published messages.log files
# (header block of asterisks; "[M/d/yy, H:mm:ss:SSS z]" on Java 11+; logger name padded to 60 columns and cut from
# the left when longer; event type letter).
LIBERTY_HEADER = """********************************************************************************
product = Open Liberty 24.0.0.12 (wlp-1.0.96.cl241220241119-0657)
wlp.install.dir = /opt/ol/wlp/
server.output.dir = /opt/ol/wlp/output/defaultServer/
java.home = /opt/java/openjdk
java.version = 17.0.13
java.runtime = IBM Semeru Runtime Open Edition (17.0.13+11)
os = Linux (6.1.0-28-amd64; amd64) (en_US)
process = 1@shop-7d9c5b6f4-x2k8p
Classpath = /opt/ol/wlp/bin/tools/ws-server.jar
Java Library path = /opt/java/openjdk/lib/default:/opt/java/openjdk/lib:/usr/lib64:/usr/lib
********************************************************************************
"""


def liberty_messages():
    t0 = datetime(2026, 12, 4, 7, 48, 43, 400000, tzinfo=UTC)

    def L(off, tid, logger, typ, msg):
        dt = t0 + timedelta(seconds=off)
        ts = (f"[{dt.month}/{dt.day}/{dt.year % 100:02d}, {dt.hour}:{dt.minute:02d}:{dt.second:02d}:"
              f"{dt.microsecond // 1000:03d} UTC]")
        lg = logger[-60:]
        return f"{ts} {tid} {lg:<60} {typ} {msg}\n"

    out = [LIBERTY_HEADER,
           L(0.0, "00000001", "com.ibm.ws.kernel.launch.internal.FrameworkManager", "A",
             "CWWKE0001I: The server defaultServer has been launched."),
           L(0.011, "00000001", "com.ibm.ws.kernel.launch.internal.FrameworkManager", "A",
             "CWWKE0100I: This product is licensed for development, and limited production use. The full license "
             "terms can be viewed here: https://public.dhe.ibm.com/ibmdl/export/pub/software/websphere/wasdev/"
             "license/base_ilan/ilan/24.0.0.12/lafiles/en.html"),
           L(2.038, "00000031", "com.ibm.ws.config.xml.internal.ServerXMLConfiguration", "A",
             "CWWKG0093A: Processing configuration drop-ins resource: /opt/ol/wlp/usr/servers/defaultServer/"
             "configDropins/defaults/keystore.xml"),
           L(2.154, "00000001", "com.ibm.ws.kernel.launch.internal.FrameworkManager", "I",
             "CWWKE0002I: The kernel started after 2.388 seconds"),
           L(2.187, "0000003a", "com.ibm.ws.kernel.feature.internal.FeatureManager", "I",
             "CWWKF0007I: Feature update started."),
           L(3.502, "00000034", "com.ibm.ws.app.manager.internal.monitor.DropinMonitor", "A",
             "CWWKZ0058I: Monitoring dropins for applications."),
           L(3.811, "00000037", "com.ibm.ws.app.manager.AppMessageHelper", "I",
             "CWWKZ0018I: Starting application shop."),
           L(3.812, "00000037", "com.ibm.ws.app.manager.war.internal.WARDeployedAppInfoFactoryImpl", "I",
             "CWWKZ0133I: The shop application at the /opt/ol/wlp/usr/servers/defaultServer/apps/shop.war "
             "location is being expanded to the /opt/ol/wlp/usr/servers/defaultServer/apps/expanded/shop.war "
             "directory."),
           L(4.226, "00000029", "com.ibm.ws.security.ready.internal.SecurityReadyServiceImpl", "I",
             "CWWKS0008I: The security service is ready."),
           L(4.630, "0000002b", "com.ibm.ws.ssl.config.WSKeyStore", "W",
             "CWPKI0063W: The keystore password for defaultKeyStore is the default and should be changed."),
           L(5.409, "00000037", "com.ibm.ws.webcontainer.osgi.webapp.WebGroup", "A",
             "SRVE0169I: Loading Web Module: shop."),
           L(5.891, "00000037", "com.ibm.ws.http.internal.VirtualHostImpl", "A",
             "CWWKT0016I: Web application available (default_host): http://shop-7d9c5b6f4-x2k8p:9080/shop/"),
           L(5.902, "00000037", "com.ibm.ws.app.manager.AppMessageHelper", "A",
             "CWWKZ0001I: Application shop started in 2.091 seconds."),
           L(6.035, "0000003a", "com.ibm.ws.kernel.feature.internal.FeatureManager", "A",
             "CWWKF0012I: The server installed the following features: [cdi-4.0, jdbc-4.2, jndi-1.0, "
             "jsonb-3.0, jsonp-2.1, mpConfig-3.1, mpHealth-4.0, restfulWS-3.1, restfulWSClient-3.1, servlet-6.0, "
             "ssl-1.0, transportSecurity-1.0]."),
           L(6.036, "0000003a", "com.ibm.ws.kernel.feature.internal.FeatureManager", "A",
             "CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server "
             "started in 8.102 seconds."),
           L(95.2, "0000004d", "com.example.shop.CheckoutResource", "I", "Commande 42 confirmée pour Zoë – 東京"),
           L(95.3, "0000004d", "SystemOut", "O", "debug cart=[A-1\tqty=2]"),
           L(96.8, "0000004e", "com.ibm.ws.webcontainer.servlet", "E",
             "SRVE0777E: Exception thrown by application class 'com.example.shop.CheckoutResource.checkout:57'\n"
             "java.lang.NullPointerException: Cannot invoke \"com.example.shop.Cart.items()\" because \"cart\" is "
             "null\n"
             "\tat com.example.shop.CheckoutResource.checkout(CheckoutResource.java:57)\n"
             "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)\n"
             "\tat com.ibm.ws.threading.internal.ExecutorServiceImpl$RunnableWrapper.run(ExecutorServiceImpl.java:247)\n"
             "\tat java.base/java.lang.Thread.run(Thread.java:840)"),
           L(96.81, "0000004e", "SystemErr", "R", "java.sql.SQLTransientConnectionException: pool exhausted"),
           L(96.812, "0000004e", "SystemErr", "R", "\tat com.example.shop.OrderDao.insert(OrderDao.java:33)"),
           L(97.0, "0000004e", "com.ibm.ws.logging.internal.impl.IncidentImpl", "I",
             "FFDC1015I: An FFDC Incident has been created: \"java.lang.NullPointerException: Cannot invoke "
             "\"com.example.shop.Cart.items()\" because \"cart\" is null com.ibm.ws.webcontainer.servlet.ServletWrapper"
             " 1218\" at ffdc_26.12.04_07.50.20.0.log"),
           L(120.0, "00000055", "com.ibm.ws.jdbc.internal.JDBCDriverService", "E",
             "DSRA4000E: No implementations of [javax.sql.ConnectionPoolDataSource, javax.sql.DataSource, "
             "java.sql.Driver] are found for dataSource[ShopDS] with library OracleLib. The JDBC driver or "
             "driver library might not be valid."),
           L(7000.0, "00000060", "com.ibm.ws.kernel.launch.internal.ServerCommandListener", "A",
             "CWWKE0055I: Server shutdown requested on Friday, December 4, 2026 at 9:45 AM. The server "
             "defaultServer is shutting down."),
           L(7000.4, "00000060", "com.ibm.ws.app.manager.AppMessageHelper", "A",
             "CWWKZ0009I: The application shop has stopped successfully."),
           L(7001.1, "00000060", "com.ibm.ws.kernel.feature.internal.FeatureManager", "A",
             "CWWKE0036I: The server defaultServer stopped after 1 hour, 56 minutes, 58.112 seconds."),
           ]
    write("liberty_messages.log", "".join(out))


def liberty_json():
    base = {"type": "liberty_message", "host": "shop-7d9c5b6f4-x2k8p", "ibm_userDir": "/opt/ol/wlp/usr/",
            "ibm_serverName": "defaultServer"}
    t0 = datetime(2026, 12, 4, 7, 48, 43, 400000, tzinfo=UTC)
    seq = [0]

    def dt_s(dt):
        return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}+0000"

    def M(off, tid, module, level, message, mid=None, extra=None, typ="liberty_message"):
        dt = t0 + timedelta(seconds=off)
        seq[0] += 1
        o = dict(base)
        o["type"] = typ
        if message is not None:
            o["message"] = message
        o["ibm_threadId"] = tid
        o["ibm_datetime"] = dt_s(dt)
        if mid:
            o["ibm_messageId"] = mid
        if module:
            o["module"] = module
        if level:
            o["loglevel"] = level
        if extra:
            o.update(extra)
        o["ibm_sequence"] = f"{ms(dt)}_{seq[0]:013d}"
        # Liberty's JSON writer escapes "/" as "\/" (see the documented examples)
        return json.dumps(o, ensure_ascii=False, separators=(",", ":")).replace("/", "\\/") + "\n"

    FM = "com.ibm.ws.kernel.launch.internal.FrameworkManager"
    out = [
        M(0.0, "00000001", FM, "AUDIT", "CWWKE0001I: The server defaultServer has been launched.", "CWWKE0001I"),
        M(2.154, "00000001", FM, "INFO", "CWWKE0002I: The kernel started after 2.388 seconds", "CWWKE0002I"),
        M(4.630, "0000002b", "com.ibm.ws.ssl.config.WSKeyStore", "WARNING",
          "CWPKI0063W: The keystore password for defaultKeyStore is the default and should be changed.",
          "CWPKI0063W"),
        M(5.902, "00000037", "com.ibm.ws.app.manager.AppMessageHelper", "AUDIT",
          "CWWKZ0001I: Application shop started in 2.091 seconds.", "CWWKZ0001I"),
        M(6.036, "0000003a", "com.ibm.ws.kernel.feature.internal.FeatureManager", "AUDIT",
          "CWWKF0011I: The defaultServer server is ready to run a smarter planet. The defaultServer server "
          "started in 8.102 seconds.", "CWWKF0011I"),
        M(95.2, "0000004d", "com.example.shop.CheckoutResource", "INFO", "Commande 42 confirmée pour Zoë – 東京",
          extra={"ibm_methodName": "checkout", "ibm_className": "com.example.shop.CheckoutResource",
                 "ext_thread": "Default Executor-thread-4"}),
        M(95.3, "0000004d", "SystemOut", "SystemOut", "debug cart=[A-1\tqty=2, sku=\"B-2\"]",
          extra={"ext_thread": "Default Executor-thread-4"}),
        M(96.8, "0000004e", "com.ibm.ws.webcontainer.servlet", "ERROR",
          "SRVE0777E: Exception thrown by application class 'com.example.shop.CheckoutResource.checkout:57'\n"
          "java.lang.NullPointerException: Cannot invoke \"com.example.shop.Cart.items()\" because \"cart\" is null\n"
          "\tat com.example.shop.CheckoutResource.checkout(CheckoutResource.java:57)\n"
          "\tat java.base/java.lang.Thread.run(Thread.java:840)", "SRVE0777E",
          extra={"ext_thread": "Default Executor-thread-5"}),
        M(96.81, "0000004e", "SystemErr", "SystemErr", "java.sql.SQLTransientConnectionException: pool exhausted",
          extra={"ext_thread": "Default Executor-thread-5"}),
        M(96.9, "0000004e", None, None, None, typ="liberty_ffdc",
          extra={"ibm_className": "com.ibm.ws.webcontainer.servlet.ServletWrapper",
                 "ibm_exceptionName": "java.lang.NullPointerException", "ibm_probeID": "1218",
                 "ibm_objectDetails": "Object type = com.ibm.ws.webcontainer.servlet.ServletWrapper",
                 "ibm_stackTrace": "java.lang.NullPointerException: Cannot invoke \"com.example.shop.Cart.items()\" "
                 "because \"cart\" is null\n\tat com.example.shop.CheckoutResource.checkout(CheckoutResource.java:57)\n",
                 "ibm_exceptionMessage": "Cannot invoke \"com.example.shop.Cart.items()\" because \"cart\" is null"}),
        M(97.0, "0000004e", "com.ibm.ws.logging.internal.impl.IncidentImpl", "INFO",
          "FFDC1015I: An FFDC Incident has been created: \"java.lang.NullPointerException com.ibm.ws.webcontainer."
          "servlet.ServletWrapper 1218\" at ffdc_26.12.04_07.50.20.0.log", "FFDC1015I"),
        M(97.2, "0000004f", "com.example.shop.CartService", "FINE", "cart 42 loaded in 3 ms", typ="liberty_trace",
          extra={"ibm_methodName": "load", "ibm_className": "com.example.shop.CartService",
                 "ext_thread": "Default Executor-thread-6"}),
        M(97.21, "0000004f", "com.example.shop.CartService", "FINEST", "SQL: select * from cart where id=?",
          typ="liberty_trace", extra={"ibm_methodName": "load", "ibm_className": "com.example.shop.CartService",
                                     "ext_thread": "Default Executor-thread-6"}),
        M(120.0, "00000055", "com.ibm.ws.jdbc.internal.JDBCDriverService", "ERROR",
          "DSRA4000E: No implementations of [javax.sql.ConnectionPoolDataSource, javax.sql.DataSource, "
          "java.sql.Driver] are found for dataSource[ShopDS] with library OracleLib. The JDBC driver or driver "
          "library might not be valid.", "DSRA4000E"),
        M(121.0, "00000056", "com.ibm.ws.kernel.boot.internal.KernelBootstrap", "FATAL",
          "CWWKE0701E: Circular reference detected trying to get service {org.osgi.service.cm.ManagedServiceFactory}"
          "={service.vendor=IBM, service.pid=com.ibm.ws.jdbc.dataSource}", "CWWKE0701E"),
        M(7000.0, "00000060", "com.ibm.ws.kernel.launch.internal.ServerCommandListener", "AUDIT",
          "CWWKE0055I: Server shutdown requested on Friday, December 4, 2026 at 9:45 AM. The server defaultServer "
          "is shutting down.", "CWWKE0055I"),
        M(7001.1, "00000060", "com.ibm.ws.kernel.feature.internal.FeatureManager", "AUDIT",
          "CWWKE0036I: The server defaultServer stopped after 1 hour, 56 minutes, 58.112 seconds.", "CWWKE0036I"),
    ]
    write("liberty_json.jsonl", "".join(out))


# ----------------------------------------------------------------------------------------------------------------
# GlassFish / Payara: UniformLogFormatter (ULF) and ODLLogFormatter, written after their source
# (payara/Payara nucleus/core/logging/.../UniformLogFormatter.java and ODLLogFormatter.java):
#   ULF: "[#|" yyyy-MM-dd'T'HH:mm:ss.SSSZ "|" LEVEL "|" product "|" logger "|" _ThreadID=n;_ThreadName=x;
#        _TimeMillis=n;_LevelValue=n;[_MessageID=id;][ClassName=..;MethodName=..;] "|" message "|#]" "\n\n"
#   ODL: "[ts] [product] [LEVEL] [msgId] [logger] [tid: _ThreadID=n _ThreadName=x] [timeMillis: n]
#        [levelValue: n] [[CLASSNAME: ..] [METHODNAME: ..]] " message "\n\n"; multiLineMode: "[[\n  " msg "]]".
JUL = {"SEVERE": 1000, "WARNING": 900, "INFO": 800, "CONFIG": 700, "FINE": 500, "FINER": 400, "FINEST": 300}


def gf_ts(dt, off_h):
    z = timezone(timedelta(hours=off_h))
    d = dt.astimezone(z)
    sign = "+" if off_h >= 0 else "-"
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}{sign}{abs(off_h):02d}00"


GF_RECORDS = [
    # (offset s, level, logger, thread id, thread name, message id, class, method, message)
    (0.0, "INFO", "javax.enterprise.logging", 1, "main", "NCLS-LOGGING-00009",
     None, None, "Running {prod} Version: {full}"),
    (0.021, "INFO", "javax.enterprise.logging", 1, "main", "NCLS-LOGGING-00010",
     None, None, "Server log file is using Formatter class: {fmt}"),
    (0.733, "INFO", "jakarta.enterprise.system.core", 1, "main", "NCLS-CORE-00087",
     None, None, "Grizzly 4.0.2 started in: 62ms - bound to [/0.0.0.0:8080]"),
    (0.741, "INFO", "jakarta.enterprise.system.core", 1, "main", "NCLS-CORE-00087",
     None, None, "Grizzly 4.0.2 started in: 7ms - bound to [/0.0.0.0:4848]"),
    (1.902, "CONFIG", "jakarta.enterprise.resource.jdbc", 37, "RunLevelControllerThread-1764842400123",
     "", None, None, "Registered JDBC resource jdbc/ShopDS (pool ShopPool)"),
    (2.604, "WARNING", "jakarta.enterprise.system.core.security", 37, "RunLevelControllerThread-1764842400123",
     "NCLS-SECURITY-01007", None, None,
     "The SSL certificate has expired: [\n[\n  Version: V3\n  Subject: CN=s1as, OU=GlassFish, O=Eclipse.org "
     "Foundation Inc, L=Ottawa, ST=Ontario, C=CA\n  Validity: [From: Fri Dec 03 10:00:00 UTC 2021,\n"
     "               To: Mon Dec 01 10:00:00 UTC 2025]\n]"),
    (4.116, "INFO", "jakarta.enterprise.web", 93, "http-listener-1(2)", "AS-WEB-GLUE-00172",
     None, None, "Loading application [shop] at [/shop]"),
    (4.200, "INFO", "jakarta.enterprise.system.core", 1, "main", "NCLS-CORE-00021",
     None, None, "Application shop deployed in 1,913 ms."),
    (5.0, "INFO", "jakarta.enterprise.system.core", 1, "main", "NCLS-CORE-00017",
     None, None, "{prod} startup time : Felix (1,104ms), startup services(2,517ms), total(3,621ms)"),
    (88.5, "INFO", "javax.enterprise.logging.stdout", 95, "http-listener-1(4)", "",
     None, None, "Bestellung 4711 für Zoë angelegt – 東京"),
    (88.6, "FINE", "com.example.shop.CartService", 95, "http-listener-1(4)", "",
     "com.example.shop.CartService", "load", "cart=[sku=A-1\tqty=2, sku=\"B-2\" qty=1]"),
    (88.61, "FINEST", "com.example.shop.CartService", 95, "http-listener-1(4)", "",
     "com.example.shop.CartService", "load", "SQL: select * from cart where id=? | binds=[42]"),
    (89.0, "SEVERE", "jakarta.enterprise.web", 96, "http-listener-1(5)", "AS-WEB-CORE-00353",
     None, None,
     "Servlet.service() for servlet CheckoutServlet threw exception\njava.lang.NullPointerException: Cannot invoke "
     "\"com.example.shop.Cart.items()\" because \"cart\" is null\n"
     "\tat com.example.shop.CheckoutServlet.doPost(CheckoutServlet.java:57)\n"
     "\tat jakarta.servlet.http.HttpServlet.service(HttpServlet.java:520)\n"
     "\tat org.apache.catalina.core.StandardWrapper.service(StandardWrapper.java:1554)\n"
     "\tat java.base/java.lang.Thread.run(Thread.java:840)\n"),
    (90.2, "WARNING", "javax.enterprise.logging.stderr", 96, "http-listener-1(5)", "",
     None, None, "java.sql.SQLTransientConnectionException: pool ShopPool exhausted"),
    (91.4, "FINER", "jakarta.enterprise.resource.resourceadapter.com.sun.enterprise.resource.pool", 96,
     "http-listener-1(5)", "", "com.sun.enterprise.resource.pool.ConnectionPool", "getResource",
     "ENTRY"),
    (3600.0, "INFO", "jakarta.enterprise.system.core", 101, "Thread-14", "NCLS-CORE-00033",
     None, None, "Server shutdown initiated"),
]


def gf_messages(prod, full, fmt):
    return [(o, lv, lg, tid, tn, mid, c, m, msg.replace("{prod}", prod).replace("{full}", full)
             .replace("{fmt}", fmt)) for (o, lv, lg, tid, tn, mid, c, m, msg) in GF_RECORDS]


def glassfish_ulf():
    prod, full = "GlassFish 7.0.20", "Eclipse GlassFish  7.0.20  (build 2024-11-25T15:30:00+0000)"
    t0 = datetime(2026, 12, 4, 10, 0, 0, 123000, tzinfo=UTC)
    out = []
    for off, lv, lg, tid, tn, mid, cls, meth, msg in gf_messages(
            prod, full, "com.sun.enterprise.server.logging.UniformLogFormatter"):
        dt = t0 + timedelta(seconds=off)
        kv = f"_ThreadID={tid};_ThreadName={tn};_TimeMillis={ms(dt)};_LevelValue={JUL[lv]};"
        if mid:
            kv += f"_MessageID={mid};"
        if cls:
            kv += f"ClassName={cls};MethodName={meth};"
        out.append(f"[#|{gf_ts(dt, 1)}|{lv}|{prod}|{lg}|{kv}|{msg}|#]\n\n")
    write("glassfish_ulf.log", "".join(out))


def payara_odl():
    prod, full = "Payara 6.2024.12", "Payara Server  6.2024.12 #badassfish (build 1029)"
    t0 = datetime(2026, 12, 4, 12, 30, 0, 5000, tzinfo=UTC)
    out = []
    for off, lv, lg, tid, tn, mid, cls, meth, msg in gf_messages(
            prod, full, "com.sun.enterprise.server.logging.ODLLogFormatter"):
        dt = t0 + timedelta(seconds=off)
        head = (f"[{gf_ts(dt, 0)}] [{prod}] [{lv}] [{mid}] [{lg}] [tid: _ThreadID={tid} _ThreadName={tn}] "
                f"[timeMillis: {ms(dt)}] [levelValue: {JUL[lv]}] ")
        if cls:
            head += f"[CLASSNAME: {cls}] [METHODNAME: {meth}] "
        # multiLineMode=true (Payara's default domain logging.properties)
        out.append(f"{head}[[\n  {msg}]]\n\n")
    write("payara_odl.log", "".join(out))


# ----------------------------------------------------------------------------------------------------------------
# Oracle Database 19c alert log, text (diag/rdbms/orcl/ORCL/trace/alert_ORCL.log): since 12.2 each entry is an
# ISO 8601 timestamp line with microseconds and offset, then its text lines (Oracle Database Administrator's Guide,
# "Viewing the Alert Log"; "Monitoring Errors with Trace Files and the Alert Log").
def oracle_alert_text():
    t0 = datetime(2026, 12, 4, 10, 0, 0, 925963, tzinfo=UTC)

    def ts(off):
        dt = t0 + timedelta(seconds=off)
        return dt.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+00:00\n"

    entries = [
        (0.0, "Starting ORACLE instance (normal) (OS id: 2297)\n"),
        (0.017, "****************************************************\n Sys-V shared memory will be used for "
                "creating SGA \n ****************************************************\n"),
        (0.019, "**********************************************************************\n"),
        (0.02, "Dump of system resources acquired for SHARED GLOBAL AREA (SGA) \n"),
        (0.05, " Per process system memlock (soft) RLIMIT 128G\n"),
        (1.2, "LICENSE_MAX_SESSION = 0\nLICENSE_SESSIONS_WARNING = 0\n"),
        (1.25, "Initial number of CPU is 4\nNumber of processor cores in the system is 2\n"
               "Number of processor sockets in the system is 1\n"),
        (2.4, "Starting background process PMON\n"),
        (2.41, "PMON started with pid=2, OS id=2301 \n"),
        (7.8, "Completed: ALTER DATABASE   MOUNT\n"),
        (9.0, "ALTER DATABASE OPEN\n"),
        (11.3, "Completed: ALTER DATABASE OPEN\n"),
        (1800.0, "Thread 1 advanced to log sequence 42 (LGWR switch),  current SCN: 2358113\n"
                 "  Current log# 3 seq# 42 mem# 0: /u01/oradata/ORCL/redo03.log\n"),
        (1811.4, "WARNING: inbound connection timed out (ORA-3136)\n"),
        (2400.7, "Errors in file /u01/app/oracle/diag/rdbms/orcl/ORCL/trace/ORCL_ora_23456.trc  "
                 "(incident=12345):\n"
                 "ORA-00600: internal error code, arguments: [kdsgrp1], [], [], [], [], [], [], [], [], [], [], []\n"
                 "Incident details in: /u01/app/oracle/diag/rdbms/orcl/ORCL/incident/incdir_12345/"
                 "ORCL_ora_23456_i12345.trc\n"),
        (2401.0, "Use ADRCI or Support Workbench to package the incident.\n"
                 "See Note 411.1 at My Oracle Support for error and packaging details.\n"),
        (3000.2, "ORA-01555 caused by SQL statement below (SQL ID: 7hq2s8r4mkfz1, Query Duration=1811 sec, "
                 "SCN: 0x0000000000235a61):\nSELECT /*+ FULL(o) */ * FROM ORDERS o WHERE o.CITY = '東京' "
                 "AND o.NOTE LIKE '%Zoë%'\n"),
        (3600.0, "Shutting down ORACLE instance (immediate) (OS id: 30112)\n"),
        (3609.5, "Instance shutdown complete (OS id: 30112)\n"),
    ]
    write("oracle_alert.log", "".join(ts(o) + text for o, text in entries))


# Oracle ADR XML alert log (diag/rdbms/orcl/ORCL/alert/log.xml): <msg time='...' org_id='oracle' comp_id='rdbms'
# [msg_id=..] type='..' [group=..] level='..' host_id='..' host_addr='..' [module='..'] pid='..' [version='1']>
# <txt>...\n </txt></msg>; attributes wrapped onto indented lines (Oracle Database Utilities / ADRCI docs; real
# published entries). Level: 1 critical, 2 severe, 8 important, 16 normal (V$DIAG_ALERT_EXT.MESSAGE_LEVEL).
def oracle_alert_xml():
    cet = timezone(timedelta(hours=1))
    t0 = datetime(2026, 12, 4, 11, 0, 0, 107000, tzinfo=cet)

    def xesc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")

    def msg(off, attrs, txt):
        dt = t0 + timedelta(seconds=off)
        t = dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}+01:00"
        return (f"<msg time='{t}' org_id='oracle' comp_id='rdbms'\n {attrs}>\n"
                f" <txt>{xesc(txt)}\n </txt>\n</msg>\n")

    H = "host_id='dbhost01.example.com' host_addr='192.0.2.50'"
    out = [
        msg(0.0, f"msg_id='opistr_real:1184:2538814769' type='NOTIFICATION' group='startup'\n level='16' {H}\n "
                 "pid='7720' version='1'", "Starting ORACLE instance (normal) (OS id: 7720)"),
        msg(2.4, f"type='UNKNOWN' level='16' {H}\n module='' pid='7731'", "Starting background process PMON"),
        msg(11.3, f"msg_id='ksvrdp:4587:3283765264' type='NOTIFICATION' group='admin_ddl'\n level='16' {H}\n "
                  "module='sqlplus@dbhost01 (TNS V1-V3)' pid='7790' version='1'",
            "Completed: ALTER DATABASE OPEN"),
        msg(1800.0, f"msg_id='kcrrdmx:4928:2680059047' type='NOTIFICATION' group='LGWR'\n level='16' {H}\n "
                    "pid='7745' version='1'",
            "Thread 1 advanced to log sequence 42 (LGWR switch),  current SCN: 2358113"),
        msg(1811.4, f"type='UNKNOWN' level='16' {H}\n module='' pid='8102'",
            "WARNING: inbound connection timed out (ORA-3136)"),
        msg(2400.7, f"msg_id='1890040813' type='INCIDENT_ERROR' group='Generic Internal Error'\n level='1' {H}\n "
                    "module='JDBC Thin Client' pid='23456'\n prob_key='ORA 600 [kdsgrp1]' upstream_comp='' "
                    "downstream_comp='' ecid='' errid='12345'\n "
                    "detail_path='/u01/app/oracle/diag/rdbms/orcl/ORCL/trace/ORCL_ora_23456.trc' version='1'",
            "Errors in file /u01/app/oracle/diag/rdbms/orcl/ORCL/trace/ORCL_ora_23456.trc  (incident=12345):\n"
            "ORA-00600: internal error code, arguments: [kdsgrp1], [], [], [], [], [], [], [], [], [], [], []\n"
            "Incident details in: /u01/app/oracle/diag/rdbms/orcl/ORCL/incident/incdir_12345/"
            "ORCL_ora_23456_i12345.trc"),
        msg(2401.5, f"msg_id='dbgexProcessError:1215:1740121520' type='ERROR' group='Generic Internal Error'\n "
                    f"level='2' {H}\n module='JDBC Thin Client' pid='23456' version='1'",
            "ORA-07445: exception encountered: core dump [kdsgrp()+412] [SIGSEGV] [ADDR:0x0] [PC:0x10ff2b4] "
            "[Address not mapped to object] []"),
        msg(2600.0, f"msg_id='krsv_proc_kill:1094:3049818744' type='WARNING' group='ARCH'\n level='8' {H}\n "
                    "pid='7760' version='1'",
            "WARNING: db_recovery_file_dest_size of 10737418240 bytes is 92.41% used, and has 814612480 remaining "
            "bytes available."),
        msg(3000.2, f"type='UNKNOWN' level='16' {H}\n module='shop-batch' pid='9911'",
            "ORA-01555 caused by SQL statement below (SQL ID: 7hq2s8r4mkfz1, Query Duration=1811 sec, SCN: "
            "0x0000000000235a61):\nSELECT * FROM ORDERS o WHERE o.CITY = '東京' AND o.NOTE <> 'Zoë & co'"),
        msg(3100.0, f"msg_id='kspset_trace:2041:1521245931' type='TRACE' level='16' {H}\n pid='7790' "
                    "version='1'", "ALTER SYSTEM SET event='10046 trace name context forever, level 12' "
                                   "SCOPE=MEMORY;"),
        msg(3600.0, f"msg_id='opistp_real:2142:3478186397' type='NOTIFICATION' group='shutdown'\n level='16' {H}\n "
                    "pid='30112' version='1'", "Shutting down ORACLE instance (immediate) (OS id: 30112)"),
    ]
    write("oracle_alert_xml.log", "".join(out))


# ----------------------------------------------------------------------------------------------------------------
# Microsoft SQL Server 2022 ERRORLOG (C:\Program Files\Microsoft SQL Server\MSSQL16.MSSQLSERVER\MSSQL\Log\ERRORLOG):
# "yyyy-MM-dd HH:mm:ss.cc <Source padded to 12> <text>", continuation lines starting with a TAB, the two-line error
# convention "Error: n, Severity: s, State: t." + text (Microsoft Learn: "View the SQL Server error log", "Database
# engine error severities", "MSSQLSERVER_18456"); written in UTF-16LE with a BOM and CRLF line ends (see README).
def mssql_errorlog():
    t0 = datetime(2026, 12, 4, 6, 0, 1, 470000, tzinfo=UTC)
    rows = []

    def L(off, src, text):
        dt = t0 + timedelta(seconds=off)
        cs = dt.microsecond // 10000
        rows.append(f"{dt:%Y-%m-%d %H:%M:%S}.{cs:02d} {src:<11} {text}")

    L(0.0, "Server", "Microsoft SQL Server 2022 (RTM-CU16) (KB5048033) - 16.0.4165.4 (X64) \n\tNov  6 2024 19:24:49 "
                     "\n\tCopyright (C) 2022 Microsoft Corporation\n\tEnterprise Edition (64-bit) on Windows Server "
                     "2022 Datacenter 10.0 <X64> (Build 20348: ) (Hypervisor)")
    L(0.0, "Server", "UTC adjustment: 0:00")
    L(0.0, "Server", "(c) Microsoft Corporation.")
    L(0.0, "Server", "All rights reserved.")
    L(0.0, "Server", "Server process ID is 5128.")
    L(0.0, "Server", "System Manufacturer: 'Microsoft Corporation', System Model: 'Virtual Machine'.")
    L(0.0, "Server", "Authentication mode is MIXED.")
    L(0.0, "Server", "Logging SQL Server messages in file 'C:\\Program Files\\Microsoft SQL Server\\"
                     "MSSQL16.MSSQLSERVER\\MSSQL\\Log\\ERRORLOG'.")
    L(0.0, "Server", "The service account is 'NT Service\\MSSQLSERVER'. This is an informational message; no user "
                     "action is required.")
    L(0.01, "Server", "Registry startup parameters: \n\t -d C:\\Program Files\\Microsoft SQL Server\\"
                      "MSSQL16.MSSQLSERVER\\MSSQL\\DATA\\master.mdf\n\t -e C:\\Program Files\\Microsoft SQL Server\\"
                      "MSSQL16.MSSQLSERVER\\MSSQL\\Log\\ERRORLOG\n\t -l C:\\Program Files\\Microsoft SQL Server\\"
                      "MSSQL16.MSSQLSERVER\\MSSQL\\DATA\\mastlog.ldf")
    L(0.01, "Server", "Command Line Startup Parameters:\n\t -s \"MSSQLSERVER\"")
    L(0.33, "Server", "SQL Server detected 1 sockets with 4 cores per socket and 8 logical processors per socket, 8 "
                      "total logical processors; using 8 logical processors based on SQL Server licensing. This is "
                      "an informational message; no user action is required.")
    L(0.35, "Server", "Detected 32767 MB of RAM. This is an informational message; no user action is required.")
    L(0.81, "spid8s", "Starting up database 'master'.")
    L(1.02, "Server", "CLR version v4.0.30319 loaded.")
    L(1.40, "spid10s", "Starting up database 'msdb'.")
    L(1.41, "spid11s", "Starting up database 'ShopDB'.")
    L(1.77, "spid22s", "A self-generated certificate was successfully loaded for encryption.")
    L(1.78, "spid22s", "Server is listening on [ 'any' <ipv6> 1433] accept sockets 1.")
    L(1.78, "spid22s", "Server is listening on [ 'any' <ipv4> 1433] accept sockets 1.")
    L(1.80, "Server", "Server is listening on [ ::1 <ipv6> 1434] accept sockets 1.")
    L(1.80, "Server", "Dedicated admin connection support was established for listening locally on port 1434.")
    L(1.82, "spid22s", "SQL Server is now ready for client connections. This is an informational message; no user "
                       "action is required.")
    L(2.30, "spid11s", "Recovery completed for database ShopDB (database ID 5) in 1 second(s) (analysis 11 ms, redo "
                       "240 ms, undo 0 ms [system undo 0 ms, regular undo 0 ms].) This is an informational message "
                       "only. No user action is required.")
    L(3.05, "spid8s", "Recovery is complete. This is an informational message only. No user action is required.")
    L(1800.41, "Logon", "Error: 18456, Severity: 14, State: 8.")
    L(1800.41, "Logon", "Login failed for user 'sa'. Reason: Password did not match that for the login provided. "
                        "[CLIENT: 192.0.2.77]")
    L(1801.02, "Logon", "Error: 18456, Severity: 14, State: 5.")
    L(1801.02, "Logon", "Login failed for user 'zoë'. Reason: Could not find a login matching the name provided. "
                        "[CLIENT: 192.0.2.77]")
    L(3600.11, "Backup", "Database backed up. Database: ShopDB, creation date(time): 2026/01/12(09:14:55), pages "
                         "dumped: 51225, first LSN: 4512:11208:1, last LSN: 4512:11240:1, number of dump devices: "
                         "1, device information: (FILE=1, TYPE=DISK: {'D:\\Backup\\ShopDB_20261204.bak'}). This is "
                         "an informational message only. No user action is required.")
    L(3600.12, "Backup", "BACKUP DATABASE successfully processed 51217 pages in 2.871 seconds (139.372 MB/sec).")
    L(4200.5, "spid63", "Error: 1205, Severity: 13, State: 51.")
    L(4200.5, "spid63", "Transaction (Process ID 63) was deadlocked on lock resources with another process and has "
                        "been chosen as the deadlock victim. Rerun the transaction.")
    L(5400.0, "spid57", "Using 'dbghelp.dll' version '4.0.5'")
    L(5400.2, "spid57", "Error: 17066, Severity: 16, State: 1.")
    L(5400.2, "spid57", "SQL Server Assertion: File: <pageref.cpp>, line=951 Failed Assertion = "
                        "'IS_OFF (BUF_MINLOGGED, m_buf->bstat) || pageModifyType != PageModifyType_Contents || "
                        "GetPagePtr ()->IsTextPage ()'. This error may be timing-related. If the error persists "
                        "after rerunning the statement, use DBCC CHECKDB to check the database for structural "
                        "integrity, or restart the server to ensure in-memory data structures are not corrupted.")
    L(5460.9, "spid14s", "Error: 823, Severity: 24, State: 2.")
    L(5460.9, "spid14s", "The operating system returned error 21(The device is not ready.) to SQL Server during a "
                         "read at offset 0x0000000a2c0000 in file 'E:\\Data\\ShopDB.mdf'. Additional messages in "
                         "the SQL Server error log and system event log may provide more detail. This is a severe "
                         "system-level error condition that threatens database integrity and must be corrected "
                         "immediately. Complete a full database consistency check (DBCC CHECKDB). This error can be "
                         "caused by many factors; for more information, see SQL Server Books Online.")
    L(5500.0, "spid70", "Error: 50000, Severity: 10, State: 1.")
    L(5500.0, "spid70", "Nightly job finished: 1 204 Bestellungen übertragen.")
    L(7200.0, "spid9s", "SQL Server is terminating in response to a 'stop' request from Service Control Manager. "
                        "This is an informational message only. No user action is required.")
    text = "".join(r.replace("\n", "\r\n") + "\r\n" for r in rows)
    write("mssql_errorlog.log", "\ufeff" + text, encoding="utf-16-le")


# ----------------------------------------------------------------------------------------------------------------
# IBM Db2 11.5 db2diag.log: records separated by a blank line; first line
# "yyyy-mm-dd-hh.mm.ss.nnnnnn+zzz <recordId>  LEVEL: <level>" where zzz is the UTC offset in minutes; then
# "NAME    : value" fields two to a line, FUNCTION, MESSAGE / DATA #n (IBM Docs "Interpreting diagnostic log file
# entries", "db2diag logs"; its documented example record, and published real Linux records).
def db2diag():
    est = timezone(timedelta(hours=-5))
    t0 = datetime(2026, 12, 4, 4, 58, 11, 402512, tzinfo=est)
    off = [1000]

    def rec(sec, kind, level, fields):
        dt = t0 + timedelta(seconds=sec)
        body = "\n".join(fields)
        rid = f"{kind}{off[0]}E{len(body) + 60}"
        off[0] += len(body) + 61
        head = f"{dt:%Y-%m-%d-%H.%M.%S}.{dt.microsecond:06d}-300 {rid:<19} LEVEL: {level}"
        return head + "\n" + body + "\n\n"

    P = "PID     : 25807                TID : 140142354728704 PROC : db2sysc 0"
    I = "INSTANCE: db2inst1             NODE : 000          DB   : SHOPDB"
    H = "HOSTNAME: db2host01"
    out = [
        rec(0.0, "I", "Info", [
            "PID     : 25807                TID : 140142371506048 PROC : db2sysc 0",
            "INSTANCE: db2inst1             NODE : 000",
            H,
            "EDUID   : 1                    EDUNAME: db2sysc 0",
            "FUNCTION: DB2 UDB, RAS/PD component, pdLogInternal, probe:120",
            "START   : New Diagnostic Log file",
            "DATA #1 : Build Level, 128 bytes",
            "Instance \"db2inst1\" uses \"64\" bits and DB2 code release \"SQL11058\"",
            "with level identifier \"0609010F\".",
            "Informational tokens are \"DB2 v11.5.8.0\", \"s2209201700\", \"DYN2209201700AMD64\", Fix Pack \"0\"."]),
        rec(1.9, "E", "Event", [
            "PID     : 25807                TID : 140142371506048 PROC : db2sysc 0",
            "INSTANCE: db2inst1             NODE : 000",
            H,
            "EDUID   : 1                    EDUNAME: db2sysc 0",
            "FUNCTION: DB2 UDB, base sys utilities, DB2StartMain, probe:911",
            "MESSAGE : ADM7513W  Database manager has started.",
            "START   : DB2 DBM"]),
        rec(2.3, "E", "Error", [
            "PID     : 25807                TID : 140142371506048 PROC : db2sysc 0",
            "INSTANCE: db2inst1             NODE : 000",
            H,
            "EDUID   : 1                    EDUNAME: db2sysc 0",
            "FUNCTION: DB2 UDB, common communication, sqlcctcpconnmgr, probe:50",
            "MESSAGE : ADM7006E  The SVCENAME DBM configuration parameter was not configured.  Update the SVCENAME "
            "configuration parameter using the service name defined in the TCP/IP services file."]),
        rec(14.61, "I", "Info", [
            P, I,
            "APPHDL  : 0-51                 APPID: 192.0.2.62.45837.261204095825",
            "AUTHID  : SHOPAPP              " + H,
            "EDUID   : 22                   EDUNAME: db2agntp (SHOPDB) 0",
            "FUNCTION: DB2 UDB, data management, sqldInitDBCB, probe:4820",
            "DATA #1 : String, 26 bytes",
            "Setting ADC Threshold to:",
            "DATA #2 : unsigned integer, 8 bytes",
            "1048576"]),
        rec(15.02, "I", "Warning", [
            P, I,
            "APPHDL  : 0-51                 APPID: 192.0.2.62.45837.261204095825",
            "AUTHID  : SHOPAPP              " + H,
            "EDUID   : 22                   EDUNAME: db2agent (SHOPDB) 0",
            "FUNCTION: DB2 UDB, buffer pool services, sqlbStartPools, probe:2",
            "MESSAGE : ADM6073W  The table space \"TSORDERS\" (ID \"4\") is configured to use buffer pool ID "
            "\"3\", but this buffer pool is not active at this time. In the interim the table space will use "
            "buffer pool ID \"4096\". The inactive buffer pool should become available at next database startup "
            "or when the system resources are available."]),
        rec(1811.3, "I", "Error", [
            P, I,
            "APPHDL  : 0-118                APPID: 192.0.2.77.51022.261204102843",
            "AUTHID  : ZOË                  " + H,
            "EDUID   : 57                   EDUNAME: db2agent (SHOPDB) 0",
            "FUNCTION: DB2 UDB, lock manager, sqlplnfd, probe:999",
            "MESSAGE : ZRC=0x80100002=-2146435070=SQLP_LTIMEOUT \"Lock Timeout\"",
            "          DIA8552C A lock timeout has occurred.",
            "DATA #1 : String, 52 bytes",
            "UPDATE ORDERS SET STATUS='payée' WHERE CITY='東京'"]),
        rec(2390.2, "I", "Severe", [
            P, I,
            "APPHDL  : 0-130                APPID: *LOCAL.db2inst1.261204103842",
            "AUTHID  : DB2INST1             " + H,
            "EDUID   : 31                   EDUNAME: db2loggr (SHOPDB) 0",
            "FUNCTION: DB2 UDB, oper system services, sqloopenp, probe:80",
            "MESSAGE : ZRC=0x870F0007=-2029060089=SQLO_ACCD \"Access Denied\"",
            "          DIA8701C Access denied for resource \"\", operating system return code was \"\".",
            "CALLED  : OS, -, open                             OS-ERR: EACCES (13) \"Permission denied\"",
            "DATA #1 : File name, 36 bytes",
            "/db2/archive/SHOPDB/S0000042.LOG"]),
        rec(2402.0, "I", "Warning", [
            P, I,
            "APPHDL  : 0-130                APPID: *LOCAL.db2inst1.261204103842",
            "AUTHID  : DB2INST1             " + H,
            "EDUID   : 31                   EDUNAME: db2loggr (SHOPDB) 0",
            "FUNCTION: DB2 UDB, data protection services, sqlpgArchiveLogFile, probe:3180",
            "MESSAGE : ADM1848W  Failed to archive log file \"S0000042.LOG\" to \"DISK:/db2/archive/SHOPDB/\" "
            "from \"/db2/logs/SHOPDB/NODE0000/LOGSTREAM0000/\" for log stream 0.",
            "RETCODE : ZRC=0x850F000C=-2062614516=SQLO_DISK \"Disk full.\"",
            "          DIA8312C Disk was full."]),
        rec(2403.5, "I", "Error", [
            P, I,
            H,
            "EDUID   : 31                   EDUNAME: db2loggr (SHOPDB) 0",
            "FUNCTION: DB2 UDB, data protection services, sqlpgResSpaceForLR, probe:1",
            "MESSAGE : ADM1823E  The active log is full and is held by application handle \"0-118\".  Terminate "
            "this application by COMMIT, ROLLBACK or FORCE APPLICATION."]),
        rec(2460.9, "E", "Critical", [
            "PID     : 25807                TID : 140142354728704 PROC : db2sysc 0",
            "INSTANCE: db2inst1             NODE : 000",
            H,
            "EDUID   : 57                   EDUNAME: db2agent (SHOPDB) 0",
            "FUNCTION: DB2 UDB, RAS/PD component, pdLogInternal, probe:120",
            "MESSAGE : ADM14001C  An unexpected and critical error has occurred: \"Panic\".",
            "          The instance may have been shutdown as a result. \"Automatic\" FODC",
            "          (First Occurrence Data Capture) has been invoked and diagnostic",
            "          information has been recorded in directory",
            "          \"/home/db2inst1/sqllib/db2dump/DIAG0000/FODC_Panic_2026-12-04-05.39.00.901234_0000/\".",
            "          Please look in this directory for detailed evidence about what",
            "          happened and contact IBM support if necessary to diagnose the problem."]),
        rec(3600.0, "E", "Event", [
            "PID     : 25807                TID : 140142371506048 PROC : db2sysc 0",
            "INSTANCE: db2inst1             NODE : 000",
            H,
            "EDUID   : 1                    EDUNAME: db2sysc 0",
            "FUNCTION: DB2 UDB, base sys utilities, DB2StopMain, probe:1911",
            "MESSAGE : ADM7514W  Database manager has stopped.",
            "STOP    : DB2 DBM"]),
    ]
    write("db2diag.log", "".join(out))


# ----------------------------------------------------------------------------------------------------------------
# IBM MQ 9.3 queue manager error log AMQERR01.LOG (text) and AMQERR01.json (JSON diagnostic messages).
# Text layout: IBM Docs "Error logs on AIX, Linux, and Windows" / "An example of an IBM MQ error log" and published
# real entries: header "<local date> <time> - Process(pid.tid) User(..) Program(..)" continued by lines indented 20
# spaces (Host, Installation, VRMF, QMgr, Time(UTC ISO), RemoteHost, ArithInsertN, CommentInsertN), a 19-space line,
# the message "AMQnnnnX: text" (wrapped at 80 columns), EXPLANATION:, ACTION:, and a closing
# "----- file.c : line ---...---" rule of 79 characters. Severity letter: I W E S T ("Using error logs").
# JSON: IBM Docs "JSON format diagnostic messages" (q130430) field table and its documented example line.
def mq_wrap(text, width=79):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return lines


MQ_RECORDS = [
    # (utc datetime, pid.tid, user, program, qmgr, inserts, msgid, text, explanation, action, file:line)
    ("2026-12-04T10:00:01.123", "1702.1", "mqm", "strmqm", "SHOP.QM1", [("CommentInsert1", "strmqm"),
     ("CommentInsert2", "strmqm SHOP.QM1")], "AMQ6206I", "Command strmqm was issued.",
     "Control command 'strmqm SHOP.QM1' was issued.", "None.", "amqxeida.c : 7261"),
    ("2026-12-04T10:00:01.640", "1711.1", "mqm", "amqzxma0", "SHOP.QM1", [("ArithInsert1", "1"),
     ("CommentInsert1", "LOGGER-IO")], "AMQ5051I", "The queue manager task 'LOGGER-IO' has started.",
     "The critical utility task manager has started the LOGGER-IO task. This task has now started 1 times.",
     "None.", "amqzxmb0.c : 2155"),
    ("2026-12-04T10:00:02.310", "1711.1", "mqm", "amqzxma0", "SHOP.QM1", [],
     "AMQ7075W", "Unknown attribute foo at /var/mqm/qmgrs/SHOP!QM1/qm.ini in the configuration data.",
     "An unknown attribute was found in the configuration data.", "Correct the configuration data.",
     "amqzmgr0.c : 913"),
    ("2026-12-04T10:00:03.002", "1730.3", "mqm", "runmqlsr", "SHOP.QM1", [("ArithInsert1", "1414"),
     ("CommentInsert1", "LISTENER.TCP")], "AMQ5026I", "The listener 'LISTENER.TCP' has started. ProcessId(1730).",
     "The listener process has started.", "None.", "amqzmgr0.c : 1063"),
    ("2026-12-04T10:28:43.812", "1744.19", "mqm", "amqrmppa", "SHOP.QM1", [("RemoteHost", "192.0.2.77"),
     ("CommentInsert1", "SHOP.SVRCONN"), ("CommentInsert2", "192.0.2.77"), ("CommentInsert3", "zoë")],
     "AMQ9777E", "Channel was blocked",
     "The inbound channel 'SHOP.SVRCONN' was blocked from address '192.0.2.77' because the active values of the "
     "channel matched a record configured with USERSRC(NOACCESS). The active values of the channel were "
     "'CLNTUSER(zoë)'.",
     "Contact the systems administrator, who should examine the channel authentication records to ensure that "
     "the correct settings have been configured. The ALTER QMGR CHLAUTH switch is used to control whether "
     "channel authentication records are used. The command DISPLAY CHLAUTH can be used to query the channel "
     "authentication records.", "amqrcsia.c : 1253"),
    ("2026-12-04T10:31:51.943", "1744.22", "mqm", "amqrmppa", "SHOP.QM1", [("ArithInsert1", "8"),
     ("CommentInsert1", "SHOP.TO.PAY"), ("CommentInsert2", "gsk_get_cert_by_label")],
     "AMQ9654E", "Validation checks for the remote personal certificate failed. The channel did not start.",
     "An SSL certificate received from the remote system was not corrupt but failed validation checks on "
     "something other than its ASN.1 fields and date.\n\nThe channel is 'SHOP.TO.PAY'; in some cases its name "
     "cannot be determined and so is shown as '????'.",
     "Ensure that the remote system has a valid personal certificate.", "amqccisa.c : 7126"),
    ("2026-12-04T10:40:07.215", "1744.52", "mqm", "amqrmppa", "SHOP.QM1", [("RemoteHost", "192.0.2.78"),
     ("CommentInsert1", "SHOP.SVRCONN"), ("CommentInsert2", "1744"), ("CommentInsert3", "192.0.2.78")],
     "AMQ9999E", "Channel 'SHOP.SVRCONN' to host '192.0.2.78' ended abnormally.",
     "The channel program running under process ID 1744 for channel 'SHOP.SVRCONN' ended abnormally. The host "
     "name is '192.0.2.78'; in some cases the host name cannot be determined and so is shown as '????'.",
     "Look at previous error messages for the channel program in the error logs to determine the cause of the "
     "failure. Note that this message can be excluded completely or suppressed by tuning the \"ExcludeMessage\" "
     "or \"SuppressMessage\" attributes under the \"QMErrorLog\" stanza in qm.ini.", "amqccisa.c : 10957"),
    ("2026-12-04T11:02:30.004", "1711.4", "mqm", "amqzxma0", "SHOP.QM1", [("ArithInsert1", "2009")],
     "AMQ8506S", "Command server MQGET failed with reason code 2009.",
     "An MQGET request by the command server, for the IBM MQ queue SYSTEM.ADMIN.COMMAND.QUEUE, failed with "
     "reason code 2009.", "Refer to the API Completion and Reason Codes documentation for more information "
     "about the reason code.", "amqpcsea.c : 1014"),
    ("2026-12-04T11:05:00.818", "1711.1", "mqm", "amqzxma0", "SHOP.QM1", [("ArithInsert1", "28")],
     "AMQ6125T", "An internal IBM MQ error has occurred.",
     "An error has been detected, and the MQ error recording routine has been called.",
     "Use the standard facilities supplied with your system to record the problem identifier and save any "
     "generated output files.", "amqxfdcp.c : 885"),
]


def mq_text():
    est = timezone(timedelta(hours=-5))
    out = []
    for t, pt, user, prog, qm, ins, mid, text, expl, action, fl in MQ_RECORDS:
        u = datetime.fromisoformat(t + "+00:00")
        loc = u.astimezone(est)
        h, ap = ampm(loc)
        lines = [f"{loc:%m/%d/%Y} {h:02d}:{loc:%M:%S} {ap} - Process({pt}) User({user}) Program({prog})",
                 f"{' ' * 20}Host(mqhost01) Installation(Installation1)",
                 f"{' ' * 20}VRMF(9.3.0.17) QMgr({qm})",
                 f"{' ' * 20}Time({t}Z)"]
        lines += [f"{' ' * 20}{k}({v})" for k, v in ins]
        lines.append(" " * 19)
        lines += mq_wrap(f"{mid}: {text}")
        lines.append("")
        lines.append("EXPLANATION:")
        for para in expl.split("\n"):
            lines += mq_wrap(para) if para else [""]
        lines.append("ACTION:")
        lines += mq_wrap(action)
        rule = f"----- {fl} "
        lines.append(rule + "-" * (79 - len(rule)))
        out.append("\n".join(lines) + "\n")
    write("mq_amqerr01.log", "".join(out))


def mq_json():
    out = []
    seqn = 0
    LV = {"I": "INFO", "W": "WARNING", "E": "ERROR"}
    for t, pt, user, prog, qm, ins, mid, text, expl, action, fl in MQ_RECORDS:
        if mid[-1] not in LV:
            continue
        u = datetime.fromisoformat(t + "+00:00")
        seqn += 1
        pid, tid = pt.split(".")
        o = {"ibm_messageId": mid}
        for k, v in ins:
            if k.startswith("CommentInsert"):
                o["ibm_c" + k[1:]] = v
            elif k.startswith("ArithInsert"):
                o["ibm_a" + k[1:]] = int(v)
        o["ibm_datetime"] = t + "Z"
        o["ibm_serverName"] = qm
        o["type"] = "mq_log"
        o["host"] = "mqhost01"
        o["loglevel"] = LV[mid[-1]]
        o["module"] = fl.replace(" : ", ":")
        o["ibm_sequence"] = f"{int(u.timestamp())}_{u.microsecond * 1000 + seqn:09d}"
        for k, v in ins:
            if k == "RemoteHost":
                o["ibm_remoteHost"] = v
        o["ibm_qmgrId"] = "SHOP.QM1_2026-11-30_08.12.44"
        o["ibm_processId"] = int(pid)
        o["ibm_threadId"] = int(tid)
        o["ibm_version"] = "9.3.0.17"
        o["ibm_processName"] = prog
        o["ibm_userName"] = user
        o["ibm_installationName"] = "Installation1"
        o["ibm_installationDir"] = "/opt/mqm"
        o["message"] = f"{mid}: {text}"
        out.append(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")
    write("mq_amqerr01_json.jsonl", "".join(out))


# ----------------------------------------------------------------------------------------------------------------
# IBM Informix 14.10 message log (online.log), MSG_DATE 0 (the default): "hh:mm:ss  message" lines; a full ctime
# date line when the log is opened and at each change of day; blank lines after checkpoint statistics; assertion
# failures on several lines (IBM Docs "The message log", "Message-log messages"; published online.log excerpts).
def informix_online():
    lines = [
        "",
        "Fri Dec  4 09:12:07 2026",
        "",
        "09:12:07  IBM Informix Dynamic Server Started.",
        "09:12:07  Requested shared memory segment size rounded from 1572 KB to 1572 KB",
        "09:12:08  Successfully added a bufferpool of page size 2K.",
        "09:12:08  Event alarms enabled.  ALARMPROG = '/opt/informix/etc/alarmprogram.sh'",
        "09:12:08  Booting Language <c> from module <>",
        "09:12:08  Loading Module <CNULL>",
        "09:12:09  Warning: ONCONFIG dump directory (DUMPDIR) '/opt/informix/tmp' has insecure permissions",
        "09:12:09  Dataskip is now OFF for all dbspaces",
        "09:12:10  Checkpoint Completed:  duration was 0 seconds.",
        "09:12:10  Fri Dec  4 - loguniq 41, logpos 0x1075f018, timestamp: 0xd0a64de Interval: 14051",
        "",
        "09:12:10  Maximum server connections 0 ",
        "09:12:10  Checkpoint Statistics - Avg. Txn Block Time 0.000, # Txns blocked 0, Plog used 22, "
        "Llog used 25",
        "",
        "09:12:11  On-Line Mode",
        "09:12:12  SCHAPI: Started 2 dbWorker threads.",
        "14:30:05  partition 'shopdb:informix.commandes_été': no more extents",
        "14:32:29  Logical Log 41 Complete, timestamp: 0xbf5700aa.",
        "14:32:29  Logical Log 41 - Backup Started",
        "14:32:39  Logical Log 41 - Backup Completed",
        "17:05:44  Assert Failed: Memory block header corruption detected in mt_shm_free_pool",
        "17:05:44  IBM Informix Dynamic Server Version 14.10.FC10",
        "17:05:44   Who: Session(42, zoë@appsrv01, 23456, 0x4d8f2a10)",
        "                Thread(88, sqlexec, 4d8e1c28, 1)",
        "                File: mtshpool.c Line: 3421",
        "17:05:44   Action: Please notify IBM Informix Technical Support.",
        "17:05:44   See Also: /opt/informix/tmp/af.3f2a1c",
        "",
        "Sat Dec  5 00:00:01 2026",
        "",
        "00:00:01  Checkpoint Completed:  duration was 1 seconds.",
        "00:00:01  Sat Dec  5 - loguniq 44, logpos 0x2657a018, timestamp: 0x3d674f59 Interval: 14102",
        "",
        "00:00:01  Maximum server connections 11 ",
        "00:00:01  Checkpoint Statistics - Avg. Txn Block Time 0.000, # Txns blocked 0, Plog used 137, "
        "Llog used 0",
        "",
        "02:15:00  Level 0 Archive started on rootdbs, datadbs1",
        "02:19:31  Archive on rootdbs, datadbs1 Completed.",
        "06:00:00  IBM Informix Dynamic Server Stopped.",
    ]
    write("informix_online.log", "\n".join(lines) + "\n")


def main():
    OUT.mkdir(exist_ok=True)
    weblogic_server()
    weblogic_stdout()
    websphere_systemout()
    websphere_trace()
    liberty_messages()
    liberty_json()
    glassfish_ulf()
    payara_odl()
    oracle_alert_text()
    oracle_alert_xml()
    mssql_errorlog()
    db2diag()
    mq_text()
    mq_json()
    informix_online()


if __name__ == "__main__":
    main()
