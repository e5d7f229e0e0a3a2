export default function Home() {
  console.log('Startseite gerendert für Köln — 日本');
  return <h1>Grüße aus Köln</h1>;
}
