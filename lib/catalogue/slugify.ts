/** A readable, URL-safe slug from a title: "Leernetwerk Zuid-Holland Zuid" → "leernetwerk-zuid-holland-zuid". */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
  return slug.length >= 3 ? slug : `aanbod-${slug || 'zonder-titel'}`;
}
