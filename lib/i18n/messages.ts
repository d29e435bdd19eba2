// All message files, one per namespace: lib/i18n/messages/{nl,en}/<namespace>.json.
// A new namespace is the two files plus one line in this list.
import type { Locale } from '@/lib/i18n/routing';

export const NAMESPACES = [
  'common',
  'home',
  'pages',
  'vocab',
  'validation',
  'forms',
  'contact',
  'learningQuestion',
  'submission',
  'catalogue',
  'wizard',
  'admin',
  'following',
  'privacy',
  'outage',
  'BeheerLeeragenda',
  'About',
  'InstrumentCheck',
  'Verification',
  'Agenda',
  'Meeting',
  'MeetingProposal',
  'BeheerAgenda',
  'KnowledgeBase',
  'KnowledgeProduct',
  'KnowledgeProposal',
  'BeheerKennisbank',
  'Connections',
] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    NAMESPACES.map(async (namespace) => [namespace, (await import(`./messages/${locale}/${namespace}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}
