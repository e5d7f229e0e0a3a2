export const dynamic = 'force-dynamic';
export default async function Koeln() {
  console.warn('Warnung: Wetterdienst langsam (Zürich, 東京)');
  console.error('Fehler: Lagerbestand für „Kölsch“ unbekannt');
  return <p>Köln</p>;
}
