import Link from 'next/link';

// 403 for a team member whose role does not allow the page (forbidden() in lib/auth). Shown outside
// the language layout, so it speaks both languages.
export default function Forbidden() {
  return (
    <html lang="nl">
      <body>
        <main>
          <h1>Geen toegang</h1>
          <p>Je account heeft geen toegang tot deze pagina. Vraag een beheerder als je die wel nodig hebt.</p>
          <p lang="en">Your account has no access to this page.</p>
          <p>
            <Link href="/beheer">Naar het overzicht</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
