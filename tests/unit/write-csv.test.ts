// The one CSV writer: quoting, the BOM and neutralised formula cells.
import { describe, expect, it } from 'vitest';
import { writeCsv } from '@/lib/csv/write-csv';

describe('writeCsv', () => {
  it('starts with a BOM and a header row, and quotes commas, quotes and line breaks', () => {
    const csv = writeCsv(['title', 'count'], [['Wijk, buurt "en" stad\nregel twee', 3]]);
    expect(csv).toBe('\uFEFFtitle,count\n"Wijk, buurt ""en"" stad\nregel twee",3\n');
  });

  it('puts a quote before every text cell that a spreadsheet would run as a formula', () => {
    const dangerous = ['=HYPERLINK("https://evil.example","klik")', '+31 6 1234', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1'];
    const csv = writeCsv(['value'], dangerous.map((value) => [value]));
    const cells = csv.replace(/^\uFEFF/, '').split('\n').slice(1, -1).join('\n');
    for (const value of dangerous) expect(cells).toContain(`'${value.replace(/"/g, '""')}`);
    expect(writeCsv(['value'], [['gewoon = tekst'], [-4]])).toBe('\uFEFFvalue\ngewoon = tekst\n-4\n');
  });

  it('takes records keyed by column as well as arrays', () => {
    expect(writeCsv(['a', 'b'], [{ a: '=1', b: 'x' }])).toBe("\uFEFFa,b\n'=1,x\n");
  });
});
