-- net.box client: a few calls, one that fails on the server
local netbox = require('net.box')
local c = netbox.connect('127.0.0.1:3301')
for i = 1001, 1003 do c:call('put_order', {i, 'customer ' .. i}) end
c:call('get_order', {1001})
print(pcall(c.call, c, 'checkout', {1001}))
print(pcall(c.call, c, 'no_such_function', {}))
c:close()
os.exit(0)
