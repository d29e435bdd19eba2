import Link from 'next/link';

// Requests outside any language (rare: the proxy gives every page a language) get a plain Dutch 404.
export default function GlobalNotFound() {
  return (
    <html lang="nl">
      <body>
        <main>
          <h1>Pagina niet gevonden</h1>
          <p>
            <Link href="/">Naar de startpagina van WijkWijzer Leernetwerk</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
