// The portal's typeface, self-hosted from @fontsource-variable/noto-sans (Latin, the variable weight
// axis) through next/font: the file is preloaded, and the fallback font is scaled to Noto Sans's
// metrics so the text does not move when it arrives (decision 0086).
import localFont from 'next/font/local';

export const notoSans = localFont({
  src: '../../node_modules/@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  variable: '--ww-font-noto-sans',
  adjustFontFallback: 'Arial',
  fallback: ['Arial', 'sans-serif'],
});
