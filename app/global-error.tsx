'use client';

// Last resort when even the layout fails: no translations or styles available, so Dutch with English.
export default function GlobalError() {
  return (
    <html lang="nl">
      <body>
        <main>
          <h1>Er ging iets mis / Something went wrong</h1>
          <p>Probeer het later opnieuw. / Please try again later.</p>
          <p>
            {/* A plain link: the router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">WijkWijzer Leernetwerk</a>
          </p>
        </main>
      </body>
    </html>
  );
}
