-- Tarantool server for a made-up shop: default 'plain' log to stderr, log_level 6 (verbose);
-- 7 (debug) only around one log.debug call, since at 7 the server logs every mutex and tuple
local log = require('log')
local fiber = require('fiber')
box.cfg{listen = '127.0.0.1:3301', work_dir = os.getenv('TT_WORK'), log_level = 6}
box.schema.user.grant('guest', 'super', nil, nil, {if_not_exists = true})
local orders = box.schema.space.create('orders', {if_not_exists = true})
orders:create_index('primary', {if_not_exists = true})

function get_order(id)
    log.info('GET /orders/%d customer=%s', id, 'Café Zoë in 東京')
    return orders:get(id)
end

function put_order(id, customer)
    log.verbose('put_order %d', id)
    return orders:insert{id, customer}
end

function checkout(id)
    log.warn('slow checkout for order %d, spool at C:\\shop\\orders', id)
    local ok, err = pcall(function() return orders:insert{id, 'duplicate'} end)
    if not ok then
        log.error('checkout failed for order %d: %s', id, tostring(err))
    end
    error('payment declined for O\'Brien "Bob"\tcard=****1234')
end

box.cfg{log_level = 7}
log.debug('spaces ready, %d tuples', orders:len())
box.cfg{log_level = 6}
log.info('multi-line report:\nline two\n\tline three')
fiber.create(function()
    fiber.name('reaper')
    fiber.sleep(0.5)
    error('reaper fiber crashed')
end)
box.snapshot()
