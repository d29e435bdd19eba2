// schema.org description of an offering for search engines: a Course with its provider, themes and
// (when known) the next course instance.
import type { PublishedOffering } from '@/lib/catalogue/find-published-offering';

export function offeringJsonLd(found: PublishedOffering, pageUrl: string, names: { form: string; themes: string[] }) {
  const { offering } = found;
  const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : undefined);
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: offering.title,
    description: offering.summary,
    url: pageUrl,
    inLanguage: 'nl',
    learningResourceType: names.form,
    about: names.themes.map((name) => ({ '@type': 'Thing', name })),
    provider: offering.provider ? { '@type': 'Organization', name: offering.provider, url: offering.url ?? undefined } : undefined,
    hasCourseInstance: {
      '@type': 'CourseInstance',
      courseMode: 'onsite',
      startDate: day(offering.startDate),
      endDate: day(offering.endDate),
      courseSchedule: offering.cadence ? { '@type': 'Schedule', repeatFrequency: offering.cadence } : undefined,
      maximumAttendeeCapacity: offering.capacity ?? undefined,
      location: offering.municipalities.length > 0 ? offering.municipalities.map((name) => ({ '@type': 'Place', name })) : undefined,
    },
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so the text cannot close the element. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
