import sys
from redis import Redis
from rq import Queue, Retry

q = Queue("default", connection=Redis(host="127.0.0.1", port=6399))
q.enqueue("rq_jobs.gruessen", "Jürgen")
q.enqueue("rq_jobs.abbuchen", "Jürgen", 12.5, retry=Retry(max=1))
q.enqueue("rq_jobs.gibt_es_nicht", "café")  # function that does not exist
Queue("hoch-prio-ü", connection=q.connection).enqueue("rq_jobs.gruessen", "日本")
