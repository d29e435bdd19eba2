// The PDF's standard Helvetica font only has the WinAnsi (roughly Latin-1) characters. Text outside
// it is written with the nearest characters it does have: accents stay where Latin-1 has them
// (é, ë, ï), other letters lose their accent (ő → o), punctuation gets a plain stand-in, and what
// remains becomes "?". Pure.

const STAND_INS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': ',',
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  '\u2022': '-',
  '\u00A0': ' ',
  '\u2009': ' ',
  '\u200B': '',
  '\u20AC': 'EUR',
  '\u2192': '->',
  '\u0141': 'L',
  '\u0142': 'l',
  '\u0152': 'OE',
  '\u0153': 'oe',
};

function isLatin1Printable(code: number): boolean {
  return code === 0x0a || code === 0x09 || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff);
}

export function toPdfText(text: string): string {
  let result = '';
  for (const character of text.normalize('NFC')) {
    const code = character.codePointAt(0)!;
    if (isLatin1Printable(code)) result += character;
    else if (character in STAND_INS) result += STAND_INS[character];
    else {
      const stripped = character.normalize('NFD').replace(/\p{M}/gu, '');
      result += stripped.length > 0 && [...stripped].every((part) => isLatin1Printable(part.codePointAt(0)!)) ? stripped : '?';
    }
  }
  return result;
}
