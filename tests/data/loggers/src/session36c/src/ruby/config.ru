# The shop API as a bare Rack app (config.ru), served by Thin and by Unicorn as `thin start` / `unicorn` load it.
require 'json'

class Shop
  def call(env)
    req = Rack::Request.new(env)
    case [req.request_method, req.path_info]
    when ['GET', '/'] then json(200, ok: true)
    when ['GET', '/boom'] then raise 'boom: Café Zoë in 東京 failed'
    when ['POST', '/orders']
      body = JSON.parse(req.body.read)
      env['rack.errors'].puts "order from #{body['customer']}: note=#{body['note'].inspect}"
      json(200, customer: body['customer'])
    when ['GET', '/slow'] then sleep 1.2; json(200, slow: true)
    when ['GET', '/search'] then json(200, q: req.params['q'], tag: req.params['tag'])
    else json(404, error: 'not found')
    end
  end

  def json(status, obj)
    [status, { 'content-type' => 'application/json' }, [JSON.generate(obj)]]
  end
end

run Shop.new
