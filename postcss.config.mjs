// @charset is valid only at the very start of a stylesheet. The Utrecht CSS bundle repeats it between
// the component files it concatenates; once Tailwind has inlined the imports the CSS parser would warn
// about each one. The file is UTF-8 anyway, so the rules go, before anything optimises the CSS:
// Tailwind's own optimisation is off (optimize: false) and Next.js minifies the result as usual.
const removeCharset = { postcssPlugin: 'remove-charset', AtRule: { charset: (rule) => rule.remove() } };

const config = { plugins: [['@tailwindcss/postcss', { optimize: false }], removeCharset] };

export default config;
