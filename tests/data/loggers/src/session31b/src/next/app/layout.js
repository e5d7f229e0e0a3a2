export default function RootLayout({ children }) {
  return (<html lang="de"><body>{children}</body></html>);
}
