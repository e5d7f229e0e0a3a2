// TypeORM 1.x with sql.js (SQLite in memory), the default logger ("advanced-console"), logging: "all"
const { DataSource, EntitySchema } = require("typeorm");

const Bestellung = new EntitySchema({
  name: "Bestellung",
  tableName: "bestellung",
  columns: {
    id: { type: Number, primary: true, generated: true },
    kunde: { type: String, unique: true },
    stadt: { type: String },
    betrag: { type: "float", nullable: false },
    notiz: { type: "text", nullable: true },
  },
});

const fs = require("fs");
const notes = []; // the app's own messages: kept out of the log

async function main() {
  const ds = new DataSource({
    type: "sqljs",
    entities: [Bestellung],
    synchronize: true,
    logging: "all",
    maxQueryExecutionTime: 5,
  });
  await ds.initialize();
  const repo = ds.getRepository("Bestellung");
  await repo.save({ kunde: "Jürgen Müller", stadt: "Köln", betrag: 12.5, notiz: "Zeile 1\nZeile 2" });
  await repo.save({ kunde: "山田太郎", stadt: "東京", betrag: 99.0 });
  await repo.find({ where: { stadt: "Köln" } });
  try {
    await repo.save({ kunde: "Jürgen Müller", stadt: "Bonn", betrag: 1 });
  } catch (e) {
    notes.push(["Speichern fehlgeschlagen:", e.message]);
  }
  try {
    await ds.query("SELECT * FROM gibt_es_nicht WHERE x = ?", ["köln"]);
  } catch (e) {
    notes.push(["Abfrage fehlgeschlagen:", e.message]);
  }
  try {
    await repo.save({ kunde: "Ohne Betrag", stadt: "Köln", betrag: null });
  } catch (e) {
    notes.push(["Speichern fehlgeschlagen:", e.message]);
  }
  // a slow query (over maxQueryExecutionTime): a recursive CTE
  await ds.query(
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000) SELECT count(*) AS c FROM n"
  );
  await ds.transaction(async (m) => {
    await m.getRepository("Bestellung").update({ stadt: "Köln" }, { betrag: 13.75 });
    await m.query("SELECT '" + "x".repeat(1500) + "' AS lang");
  });
  try {
    await ds.transaction(async (m) => {
      await m.getRepository("Bestellung").delete({ stadt: "東京" });
      throw new Error("Rückgängig: Lieferung nach 日本 storniert");
    });
  } catch (e) {
    notes.push(["Transaktion zurückgerollt:", e.message]);
  }
  await ds.query(`SELECT kunde,
       betrag
  FROM bestellung
 WHERE betrag > ?`, [5]);
  ds.logger.logMigration("Migration 1700000000000-Lager ausgeführt");
  ds.logger.log("warn", "Verbindungspool fast voll (9/10)");
  ds.logger.log("info", "Lager für Köln bereit");
  ds.logger.log("log", "Einfache Meldung");
  await ds.destroy();
}

main().then(() => fs.writeFileSync(__filename + ".notes.json", JSON.stringify(notes.map(String), null, 1))).catch((e) => {
  console.error(e);
  process.exit(1);
});
