import type { MetadataRoute } from 'next';

// Search engines may read every public page; the coordination team's pages are not for them.
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/', disallow: ['/beheer', '/en/beheer'] } };
}
