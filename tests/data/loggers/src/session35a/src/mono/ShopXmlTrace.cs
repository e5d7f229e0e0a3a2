// Shop activity through System.Diagnostics TraceSource + XmlWriterTraceListener (E2ETraceEvent XML, the format
// of WCF's Service Trace Viewer), under Mono. args: the log file.
using System;
using System.Diagnostics;

public static class ShopXmlTrace {
    public static void Main(string[] args) {
        var listener = new XmlWriterTraceListener(args[0]);
        // Timestamp and LogicalOperationStack: written in a <System.Diagnostics> footer inside <ApplicationData>
        listener.TraceOutputOptions = TraceOptions.Timestamp | TraceOptions.LogicalOperationStack;
        var http = new TraceSource("Shop.Http", SourceLevels.All);
        var db = new TraceSource("Shop.Db", SourceLevels.All);
        foreach (var ts in new[] { http, db }) { ts.Listeners.Clear(); ts.Listeners.Add(listener); }
        http.TraceEvent(TraceEventType.Start, 1, "shop starting, version 1.4.2");
        http.TraceEvent(TraceEventType.Verbose, 2, "config loaded: port=8080 workers=4");
        string[] customers = { "Café Zoë in 東京", "O'Brien \"Bob\" <vip> & co", "tab\there", "Łódź ½ ☃", "back\\slash C:\\shop" };
        for (int i = 0; i < customers.Length; i++) {
            http.TraceEvent(TraceEventType.Information, 10, "GET /orders/{0} 200 customer={1}", 1001 + i, customers[i]);
            db.TraceEvent(TraceEventType.Verbose, 20, "SELECT * FROM orders WHERE id={0}", 1001 + i);
        }
        http.TraceEvent(TraceEventType.Warning, 30, "orders folder C:\\shop\\orders is almost full (91%)");
        try {
            try {
                int.Parse("12x");
            } catch (FormatException e) {
                throw new InvalidOperationException("checkout of order 1006 failed", e);
            }
        } catch (InvalidOperationException e) {
            Trace.CorrelationManager.StartLogicalOperation("checkout 1006");
            http.TraceEvent(TraceEventType.Error, 40, "POST /checkout failed for order 1006");
            http.TraceData(TraceEventType.Error, 41, e);
            Trace.CorrelationManager.StopLogicalOperation();
        }
        http.TraceEvent(TraceEventType.Information, 50, "multi-line report:\nline two\n\tline three");
        http.TraceEvent(TraceEventType.Information, 51, "CDATA end ]]> inside, and <![CDATA[ too");
        http.TraceEvent(TraceEventType.Information, 52, "terminal colour \u001b[31mred\u001b[0m reset");
        http.TraceEvent(TraceEventType.Critical, 60, "database connection lost, shutting down");
        http.TraceEvent(TraceEventType.Stop, 1, "shop stopped");
        listener.Flush();
        listener.Close();
    }
}
