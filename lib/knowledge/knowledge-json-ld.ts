// schema.org description of a knowledge product for search engines: a Report for research, a HowTo
// for a guide or tool, a CreativeWork otherwise. Written with jsonLdText (lib/catalogue/offering-json-ld.ts),
// so stored text cannot close the script element.
import type { PublishedKnowledgeProduct } from './find-knowledge-product';

const TYPES: Record<string, string> = { report: 'Report', guide: 'HowTo', tool: 'HowTo', 'video-podcast': 'CreativeWork', 'practice-example': 'CreativeWork', 'meeting-results': 'CreativeWork' };

export function knowledgeJsonLd(product: PublishedKnowledgeProduct, pageUrl: string, names: { themes: string[]; fileUrl?: string }) {
  const type = TYPES[product.kind] ?? 'CreativeWork';
  return {
    '@context': 'https://schema.org',
    '@type': type,
    name: product.title,
    description: product.summary,
    url: pageUrl,
    inLanguage: product.language,
    datePublished: product.publishedOn ? product.publishedOn.toISOString().slice(0, 10) : undefined,
    author: product.authors ? { '@type': 'Person', name: product.authors } : undefined,
    publisher: product.organisation ? { '@type': 'Organization', name: product.organisation } : undefined,
    about: names.themes.map((name) => ({ '@type': 'Thing', name })),
    isBasedOn: product.url ?? undefined,
    encoding: names.fileUrl ? { '@type': 'MediaObject', contentUrl: names.fileUrl, encodingFormat: 'application/pdf' } : undefined,
    // A HowTo needs steps; the body's paragraphs are them.
    step: type === 'HowTo' && product.body ? product.body.split(/\n\s*\n/).map((text, index) => ({ '@type': 'HowToStep', position: index + 1, text: text.trim() })) : undefined,
  };
}
