// @nlpjs/lang-nl ships no types; the two classes the theme suggestion uses.
declare module '@nlpjs/lang-nl' {
  export class StemmerNl {
    stemWord(word: string): string;
  }
  export class StopwordsNl {
    isStopword(word: string): boolean;
  }
}
