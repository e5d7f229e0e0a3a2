export default function Kaputt() {
  const kunde = null;
  return <p>{kunde.name}</p>;
}
