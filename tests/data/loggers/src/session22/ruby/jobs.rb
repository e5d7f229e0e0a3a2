# Sidekiq 6.4 (Debian ruby-sidekiq) worker file: a job that succeeds, one that logs, one that raises (retried), one with non-ASCII args.
require "sidekiq"
Sidekiq.configure_server { |c| c.redis = { url: ENV["REDIS_URL"] } }
Sidekiq.configure_client { |c| c.redis = { url: ENV["REDIS_URL"] } }
class ReceiptJob
  include Sidekiq::Worker
  def perform(order_id, name)
    logger.info "sending receipt for order #{order_id} to #{name}"
  end
end
class ChargeJob
  include Sidekiq::Worker
  sidekiq_options retry: 1
  def perform(order_id)
    logger.warn "gateway slow for order #{order_id}"
    raise ArgumentError, "card declined: \"insufficient funds\""
  end
end
class ReindexJob
  include Sidekiq::Worker
  def perform
    logger.debug "reindex debug details"
    logger.error "reindex failed for 3 products\nsecond line"
  end
end
