require_relative "jobs"
ReceiptJob.perform_async(1001, "Jürgen Müller")
ChargeJob.perform_async(1002)
ReindexJob.perform_async
ReceiptJob.perform_async(1003, "Zoë")
