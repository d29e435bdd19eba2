// The synthetic items of `npm run bench:inbox`, per inbox item type (one entry per type of the
// registry): each inserts `count` items, spread over the past weeks, some assigned to `userId`.
import type { Db } from '@/lib/db/client';
import type { InboxItemType } from '@/lib/inbox/inbox-item-types';

type InsertItems = (prisma: Db, count: number, userId: string) => Promise<unknown>;

export const BENCH_ITEMS: { [K in InboxItemType]: InsertItems } = {
  question: (prisma, count, userId) => prisma.$executeRaw`
    INSERT INTO learning_questions (token, question, themes, target_groups, scale, province, contact_name, contact_email, consent_contact, status, assignee_id, created_at)
    SELECT 'bench-' || g, 'Hoe pakken we eenzaamheid in wijk ' || g || ' samen aan?', ARRAY[(ARRAY['poverty','social-base','healthy-neighbourhood','area-based-liveability-safety'])[1 + g % 4]],
           ARRAY['professionals'], 'local', (ARRAY['utrecht','gelderland','groningen','limburg'])[1 + g % 4], 'Vrager ' || g, 'vrager' || g || '@example.nl', true,
           (ARRAY['new','in_progress','matched','done'])[1 + g % 4]::triage_status, CASE WHEN g % 3 = 0 THEN ${userId}::uuid END, now() - (g || ' hours')::interval
      FROM generate_series(1, ${count}) g`,
  support: async (prisma, count) => {
    await prisma.$executeRaw`
      INSERT INTO network_plans (id, token, route, title) SELECT gen_random_uuid(), 'bench-plan-' || g, 'light', 'Plan ' || g FROM generate_series(1, ${count}) g`;
    await prisma.$executeRaw`
      INSERT INTO support_requests (network_plan_id, support_level_id, contact_name, contact_email, created_at)
      SELECT id, 'help-organise', 'Initiatiefnemer', 'init@example.nl', now() - (random() * 1000 || ' hours')::interval FROM network_plans WHERE token LIKE 'bench-plan-%'`;
  },
  submission: async (prisma, count) => {
    await prisma.$executeRaw`
      INSERT INTO offerings (slug, title, summary, learning_form_id, themes, scales, provinces, target_groups, open_to_join, status)
      SELECT 'bench-voorstel-' || g, 'Voorgesteld leernetwerk ' || g, 'Samenvatting van het voorstel ' || g, 'community-of-practice', ARRAY['poverty'], ARRAY['regional'], ARRAY['utrecht'], ARRAY['professionals'], true, 'submitted'
        FROM generate_series(1, ${count}) g`;
    await prisma.$executeRaw`
      INSERT INTO offering_submissions (offering_id, submitter_name, submitter_email, created_at)
      SELECT id, 'Aanbieder', 'aanbieder@example.nl', now() - (random() * 1000 || ' hours')::interval FROM offerings WHERE slug LIKE 'bench-voorstel-%'`;
  },
  meeting: async (prisma, count) => {
    await prisma.$executeRaw`
      INSERT INTO meetings (slug, title, summary, starts_at, ends_at, place, province, themes)
      SELECT 'bench-bijeenkomst-' || g, 'Voorgestelde bijeenkomst ' || g, 'Samenvatting van de bijeenkomst ' || g, now() + (g || ' days')::interval, now() + (g || ' days')::interval + interval '2 hours', 'Utrecht', 'utrecht', ARRAY['poverty']
        FROM generate_series(1, ${count}) g`;
    await prisma.$executeRaw`
      INSERT INTO meeting_proposals (meeting_id, submitter_name, submitter_email, created_at)
      SELECT id, 'Organisator', 'organisator@example.nl', now() - (random() * 1000 || ' hours')::interval FROM meetings WHERE slug LIKE 'bench-bijeenkomst-%'`;
  },
  contact: (prisma, count) => prisma.$executeRaw`
    INSERT INTO contact_messages (name, email, subject, message, created_at)
    SELECT 'Bezoeker ' || g, 'bezoeker' || g || '@example.nl', 'Vraag ' || g, 'Bericht', now() - (g || ' minutes')::interval FROM generate_series(1, ${count}) g`,
  knowledge: async (prisma, count) => {
    await prisma.$executeRaw`
      INSERT INTO knowledge_products (slug, kind, title, summary, themes, status)
      SELECT 'bench-kennisproduct-' || g, 'practice-example', 'Voorgesteld praktijkvoorbeeld ' || g, 'Samenvatting van het voorbeeld ' || g, ARRAY['poverty'], 'submitted'
        FROM generate_series(1, ${count}) g`;
    await prisma.$executeRaw`
      INSERT INTO knowledge_product_proposals (knowledge_product_id, submitter_name, submitter_email, created_at)
      SELECT id, 'Inzender', 'inzender@example.nl', now() - (random() * 1000 || ' hours')::interval FROM knowledge_products WHERE slug LIKE 'bench-kennisproduct-%'`;
  },
};
