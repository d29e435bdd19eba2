// Is an uploaded file a PDF? Decided by its content, never by its name or the browser's type:
// it must start with the PDF header (`%PDF-1.x` or `%PDF-2.x`) and end with an end-of-file marker
// (`%%EOF`) near its last bytes. An HTML page renamed to .pdf fails the first check. Pure.

/** The largest file the knowledge base takes (20 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** How many bytes of the start and of the end the check reads. */
export const PDF_PROBE_BYTES = 1024;

export type FileProblem = 'not-pdf' | 'too-large' | 'empty';

const HEADER = /^%PDF-[12]\.\d/;

/** `head`: the first bytes of the file; `tail`: its last bytes (up to PDF_PROBE_BYTES each). */
export function checkPdf(head: Uint8Array, tail: Uint8Array, size: number): FileProblem | null {
  if (size === 0) return 'empty';
  if (size > MAX_FILE_BYTES) return 'too-large';
  const start = Buffer.from(head.subarray(0, 16)).toString('latin1');
  if (!HEADER.test(start)) return 'not-pdf';
  const end = Buffer.from(tail).toString('latin1');
  if (!end.includes('%%EOF')) return 'not-pdf';
  return null;
}

/** A file name that is safe in a Content-Disposition header and on disk listings: ends in .pdf. */
export function safeFileName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[^\w.\- ]+/g, '')
    .replace(/\s+/g, '-')
    .replace(/\.pdf$/i, '')
    .replace(/^[.-]+/, '')
    .slice(0, 80);
  return `${base || 'document'}.pdf`;
}
