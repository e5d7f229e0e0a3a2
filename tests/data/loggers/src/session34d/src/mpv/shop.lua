-- a tiny mpv user script that logs through mpv's own message system at every level
local msg = require 'mp.msg'
msg.info("shop player script loaded for Café Zoë in 東京")
mp.register_event("file-loaded", function()
    msg.verbose("file loaded: " .. mp.get_property("filename"))
    msg.debug("order queue path C:\\shop\\orders\\queue.txt")
    msg.trace("tick\twith a tab")
end)
mp.register_event("end-file", function(ev)
    if ev.reason == "error" then
        msg.error("playback failed for O'Brien \"Bob\": " .. tostring(ev.error))
    else
        msg.warn("multi-line report:\nline two\n\tline three")
    end
end)
mp.register_event("shutdown", function()
    msg.fatal("shop player stopping: the most severe level")
end)
