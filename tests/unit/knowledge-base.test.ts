import { describe, expect, it } from 'vitest';
import { checkPdf, MAX_FILE_BYTES, safeFileName } from '@/lib/files/check-pdf';
import { bodyLimitFor, MAX_UPLOAD_BODY_BYTES } from '@/lib/http/body-limits';
import { MAX_BODY_BYTES } from '@/lib/http/read-json-body';
import { knowledgeQuerySchema, knowledgeQueryToParams, readKnowledgeQueryLeniently, readKnowledgeQueryParams } from '@/lib/knowledge/knowledge-query';
import { knowledgeProposalSchema } from '@/lib/knowledge/knowledge-proposal-schema';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

describe('the PDF check (by content, not by name)', () => {
  const head = bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj');
  const tail = bytes('startxref\n1234\n%%EOF\n');

  it('accepts a PDF header with an end-of-file marker near the end', () => {
    expect(checkPdf(head, tail, 5000)).toBeNull();
    expect(checkPdf(bytes('%PDF-2.0\n'), bytes('%%EOF'), 20)).toBeNull();
  });

  it('refuses HTML renamed to .pdf, other types, a missing trailer, empty and too large files', () => {
    expect(checkPdf(bytes('<!DOCTYPE html><html>'), bytes('</html>'), 100)).toBe('not-pdf');
    expect(checkPdf(bytes('  %PDF-1.4'), tail, 100)).toBe('not-pdf');
    expect(checkPdf(new Uint8Array(Buffer.from('89504e470d0a1a0a', 'hex')), tail, 100)).toBe('not-pdf');
    expect(checkPdf(bytes('%PDF-1.4\n<script>'), bytes('</script></html>'), 100)).toBe('not-pdf');
    expect(checkPdf(bytes('%PDF-9.9'), tail, 100)).toBe('not-pdf');
    expect(checkPdf(new Uint8Array(0), new Uint8Array(0), 0)).toBe('empty');
    expect(checkPdf(head, tail, MAX_FILE_BYTES + 1)).toBe('too-large');
    expect(checkPdf(head, tail, MAX_FILE_BYTES)).toBeNull();
  });

  it('keeps a file name safe for headers and always ending in .pdf', () => {
    expect(safeFileName('Verslag buurtkamer.pdf')).toBe('Verslag-buurtkamer.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('etcpasswd.pdf');
    expect(safeFileName('"; filename=evil.html')).toBe('filenameevil.html.pdf');
    expect(safeFileName('')).toBe('document.pdf');
  });
});

describe('the body limits', () => {
  it('allow 20 MB (with the form) only on the upload page, 1 MB everywhere else', () => {
    expect(bodyLimitFor('/kennisbank/voorstellen')).toBe(MAX_UPLOAD_BODY_BYTES);
    expect(bodyLimitFor('/en/kennisbank/voorstellen/')).toBe(MAX_UPLOAD_BODY_BYTES);
    expect(MAX_UPLOAD_BODY_BYTES).toBeGreaterThan(MAX_FILE_BYTES);
    for (const path of ['/', '/contact', '/kennisbank', '/kennisbank/voorstellen/x', '/api/contact']) expect(bodyLimitFor(path)).toBe(MAX_BODY_BYTES);
  });
});

describe('the knowledge-base query', () => {
  it('reads repeated facets as OR lists and the rest as single values (strict for the API)', () => {
    const params = new URLSearchParams('q=lerend+netwerk&kind=tool&kind=guide&theme=poverty&page=2&pageSize=5&unknown=x');
    const parsed = knowledgeQuerySchema.parse(readKnowledgeQueryParams(params));
    expect(parsed).toMatchObject({ q: 'lerend netwerk', kind: ['tool', 'guide'], theme: ['poverty'], targetGroup: [], form: [], page: 2, pageSize: 5 });
    expect(knowledgeQuerySchema.safeParse(readKnowledgeQueryParams(new URLSearchParams('kind=poem'))).success).toBe(false);
    expect(knowledgeQuerySchema.safeParse(readKnowledgeQueryParams(new URLSearchParams('page=0'))).success).toBe(false);
    expect(knowledgeQuerySchema.safeParse(readKnowledgeQueryParams(new URLSearchParams('pageSize=101'))).success).toBe(false);
  });

  it('leaves out only the bad value for people, and writes the URL back without defaults', () => {
    const query = readKnowledgeQueryLeniently({ kind: ['tool', 'poem'], theme: 'poverty', page: 'x' });
    expect(query).toMatchObject({ kind: ['tool'], theme: ['poverty'], page: 1 });
    expect(knowledgeQueryToParams(query).toString()).toBe('kind=tool&theme=poverty');
    expect(knowledgeQueryToParams({ ...query, q: 'waarden', page: 3 }).toString()).toBe('q=waarden&kind=tool&theme=poverty&page=3');
  });
});

describe('the proposal schema', () => {
  const valid = {
    title: 'Buurtkamer Zwolle',
    kind: 'practice-example',
    summary: 'Hoe een buurtkamer bewoners en professionals samenbracht.',
    themes: ['poverty'],
    submitterName: 'Noor Jansen',
    submitterEmail: 'noor@example.nl',
  };
  const issues = (input: object) => {
    const parsed = knowledgeProposalSchema.safeParse(input);
    return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
  };

  it('asks for a link or a file', () => {
    expect(issues(valid)).toEqual(['url:linkOrFile']);
    expect(issues({ ...valid, url: 'https://www.nji.nl' })).toEqual([]);
    expect(issues({ ...valid, file: 'pdf' })).toEqual([]);
  });

  it('names a refused file on the file field only', () => {
    expect(issues({ ...valid, file: 'not-pdf' })).toEqual(['file:fileNotPdf']);
    expect(issues({ ...valid, file: 'too-large' })).toEqual(['file:fileTooLarge']);
    expect(issues({ ...valid, url: 'javascript:alert(1)', file: 'pdf' }).map((issue) => issue.split(':')[0])).toEqual(['url']);
    expect(issues({ ...valid, file: 'pdf', publishedOn: '2027-02-30' }).map((issue) => issue.split(':')[0])).toEqual(['publishedOn']);
  });
});

describe('the download policy', () => {
  it('sandboxes the file route only, on top of the API policy', async () => {
    const { API_CONTENT_SECURITY_POLICY, DOWNLOAD_CONTENT_SECURITY_POLICY, isFileDownloadPath } = await import('@/lib/security-headers');
    expect(DOWNLOAD_CONTENT_SECURITY_POLICY).toBe(`${API_CONTENT_SECURITY_POLICY}; sandbox`);
    expect(isFileDownloadPath('/api/knowledge-products/een-lerend-netwerk-starten/file')).toBe(true);
    expect(isFileDownloadPath('/api/knowledge-products/een-lerend-netwerk-starten')).toBe(false);
    expect(isFileDownloadPath('/api/offerings/x/file/y')).toBe(false);
  });
});
