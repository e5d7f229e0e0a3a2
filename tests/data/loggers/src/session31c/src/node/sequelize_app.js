// Sequelize 6 with PostgreSQL 15 (pg), the default logging (console.log); BENCHMARK=1 sets benchmark: true
const { Sequelize, DataTypes, Op } = require("sequelize");

const sequelize = new Sequelize("lager", "postgres", "", {
  host: "127.0.0.1", port: 5499, dialect: "postgres", benchmark: process.env.BENCHMARK === "1",
});

const Bestellung = sequelize.define("Bestellung", {
  kunde: { type: DataTypes.STRING, unique: true, allowNull: false },
  stadt: DataTypes.STRING,
  betrag: { type: DataTypes.DECIMAL(10, 2), allowNull: false },
  notiz: DataTypes.TEXT,
}, { tableName: "bestellung" });

const fs = require("fs");
const notes = []; // the app's own messages: kept out of the log

async function main() {
  await sequelize.authenticate();
  await Bestellung.sync({ force: true });
  await Bestellung.create({ kunde: "Jürgen Müller", stadt: "Köln", betrag: 12.5, notiz: "Zeile 1\nZeile 2" });
  await Bestellung.create({ kunde: "山田太郎", stadt: "東京", betrag: 99 });
  await Bestellung.findAll({ where: { stadt: { [Op.in]: ["Köln", "東京"] } }, order: [["betrag", "DESC"]] });
  try {
    await Bestellung.create({ kunde: "Jürgen Müller", stadt: "Bonn", betrag: 1 });
  } catch (e) {
    notes.push(["Speichern fehlgeschlagen:", e.name, e.parent && e.parent.detail]);
  }
  try {
    await sequelize.query("SELECT * FROM gibt_es_nicht");
  } catch (e) {
    notes.push(["Abfrage fehlgeschlagen:", e.message]);
  }
  try {
    await Bestellung.create({ kunde: "Ohne Betrag", stadt: "Köln" });
  } catch (e) {
    notes.push([e.name + ": " + e.message]);
  }
  await sequelize.query("SELECT pg_sleep(0.3), '" + "x".repeat(1200) + "' AS lang");
  await sequelize.transaction(async (t) => {
    await Bestellung.update({ betrag: 13.75 }, { where: { stadt: "Köln" }, transaction: t });
  });
  try {
    await sequelize.transaction(async (t) => {
      await Bestellung.destroy({ where: { stadt: "東京" }, transaction: t });
      throw new Error("Rückgängig: Lieferung nach 日本 storniert");
    });
  } catch (e) {
    notes.push(["Transaktion zurückgerollt:", e.message]);
  }
  await sequelize.query(`SELECT kunde,
       betrag
  FROM bestellung
 WHERE betrag > :min`, { replacements: { min: 5 } });
  await sequelize.close();
}

main().then(() => fs.writeFileSync(__filename + ".notes.json", JSON.stringify(notes.map(String), null, 1))).catch((e) => {
  console.error(e);
  process.exit(1);
});
