export async function GET() {
  throw new Error('Datenbank nicht erreichbar: Köln → 東京');
}
