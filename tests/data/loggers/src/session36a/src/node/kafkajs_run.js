// kafkajs 2.2.4 with its default logger (LogLevel.INFO, JSON lines through console.*) against "brokers" on
// 127.0.0.1: 47600 (nothing listens) and 47601 (not_kafka.py answers with an HTTP error)
const fs = require('fs')
const { Kafka, logLevel } = require('kafkajs')

// the script's own notes go to a side file, so that stdout+stderr hold only kafkajs's lines
const note = (t) => fs.appendFileSync(process.argv[2], t + '\n')

const retry = { initialRetryTime: 100, retries: 2 }

async function main () {
  const kafka = new Kafka({ clientId: 'shop-api Café Zoë 東京', brokers: ['127.0.0.1:47600'], retry, connectionTimeout: 500 })
  const producer = kafka.producer()
  try {
    await producer.connect()
  } catch (e) {
    note(`connect failed: ${e.name}: ${e.message}`)
  }

  const bad = new Kafka({ clientId: 'shop-worker', brokers: ['127.0.0.1:47601'], retry, connectionTimeout: 500, requestTimeout: 800 })
  const admin = bad.admin()
  try {
    await admin.connect()
    await admin.listTopics()
  } catch (e) {
    note(`admin failed: ${e.name}: ${e.message}`)
  }

  // DEBUG level for one client, as set with logLevel (documented option)
  const dbg = new Kafka({ clientId: 'shop-debug', brokers: ['127.0.0.1:47600'], logLevel: logLevel.DEBUG, retry: { initialRetryTime: 100, retries: 1 } })
  const consumer = dbg.consumer({ groupId: 'orders "eu"' })
  try {
    await consumer.connect()
  } catch (e) {
    note(`consumer failed: ${e.name}: ${e.message}`)
  }
  await consumer.disconnect()
}

main()
