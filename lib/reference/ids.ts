// Ids of the reference data. The zod schemas use them in the browser too, so they are written out
// here rather than read from the seed files (which would put whole files with every description in
// client bundles); tests/unit/reference-ids.test.ts checks that they equal the ids in prisma/seed/.
// Adding a learning form means adding it to prisma/seed/ and here, and seeding. Themes are the
// learning agenda's data, kept by the team in /beheer/leeragenda (decision 0120): THEME_IDS are only
// the seeded ones (seed checks, benchmarks); schemas check a theme id's form (lib/themes/theme-id.ts)
// and the server checks it against the table per request.
import type { Intensity } from '@/lib/reference/vocabularies';

export const THEME_IDS = [
  'long-term-neighbourhood-approach',
  'trust-and-connection-in-the-neighbourhood',
  'mixed-neighbourhoods-diversity-segregation-inclusion',
  'integrated-preventive-signalling',
  'neighbourhood-social-mobility',
  'area-based-liveability-safety',
  'poverty',
  'social-base',
  'social-district-teams',
  'integrated-working',
  'formal-informal-cooperation',
  'own-direction',
  'social-domain-transformation',
  'healthy-neighbourhood',
  'housing-and-care',
  'gas-free-neighbourhoods-co-benefits',
  'drug-crime-undermining',
  'neighbourhood-budgets',
  'polarisation-radicalisation',
  'integration-status-holders',
  'early-signalling-prevention',
  'resident-collectives-social-enterprise',
  'meaningful-work-inclusion',
  'youth-and-families',
  'professional-development-reflection',
  'care-welfare-cooperation',
  'youth-care',
  'labour-participation-reintegration',
  'youth-participation-in-research',
  'education-practice-connection',
  'work-family-combination',
  'district-nursing',
  'self-reliance-self-management',
  'health-promotion-prevention',
  'dementia-intellectual-disability-care',
  'mapping-support-needs',
  'lifeworld-oriented-working',
  'inclusion-people-with-disabilities',
  'knowledge-accessibility',
] as [string, ...string[]];

export const LEARNING_FORM_IDS = [
  'single-learning-inspiration-events',
  'intervision-supervision-groups',
  'neighbourhood-city-lab',
  'community-of-practice',
  'learning-improvement-trajectory-quality-compass',
  'living-lab',
  'action-research',
  'breakthrough',
  'transition-arena',
] as [string, ...string[]];

/** A learning form's intensity is its group in the menukaart (light / intensive / system). */
export const FORM_INTENSITY: Record<string, Intensity> = {
  'single-learning-inspiration-events': 'light',
  'intervision-supervision-groups': 'light',
  'neighbourhood-city-lab': 'light',
  'community-of-practice': 'intensive',
  'learning-improvement-trajectory-quality-compass': 'intensive',
  'living-lab': 'intensive',
  'action-research': 'intensive',
  breakthrough: 'intensive',
  'transition-arena': 'system',
};
