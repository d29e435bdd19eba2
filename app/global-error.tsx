'use client';

// Last resort when even the layout fails: no translations or styles available, so Dutch with English.
import { DATABASE_UNAVAILABLE_DIGEST } from '@/lib/db/database-unavailable';

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const outage = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <html lang="nl">
      <body>
        <main>
          <h1>{outage ? 'De website is even niet beschikbaar / The website is briefly unavailable' : 'Er ging iets mis / Something went wrong'}</h1>
          <p>{outage ? 'Probeer het over een minuut opnieuw. / Please try again in a minute.' : 'Probeer het later opnieuw. / Please try again later.'}</p>
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
