// The submissions of the load test: JSON bodies with a unique marker (to count the rows they made),
// an Idempotency-Key, and a visitor address of their own (the app stands behind one trusted hop);
// and what the database holds for a set of markers.
import { randomBytes } from 'node:crypto';
import type { Db } from '@/lib/db/client';

export type SubmissionKind = 'contact' | 'learning-question' | 'offering-submission';

export const SUBMISSION_PATHS: Record<SubmissionKind, string> = {
  contact: '/api/contact',
  'learning-question': '/api/learning-questions',
  'offering-submission': '/api/offering-submissions',
};

let sequence = 0;

/** A marker no other submission of any run has: `ld<run><n>x`, letters and digits only. */
export function newMarker(run: string): string {
  sequence += 1;
  return `ld${run}n${sequence}x`;
}

export function newRunId(): string {
  return randomBytes(4).toString('hex');
}

/** A visitor address from the documentation range, different for every call (rate limits are per address). */
export function visitorAddress(): string {
  const n = Math.floor(Math.random() * 2 ** 24);
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

export function submissionBody(kind: SubmissionKind, marker: string): Record<string, unknown> {
  const email = `${marker}@example.nl`;
  switch (kind) {
    case 'contact':
      return { name: 'Mila de Boer', email, subject: 'Vraag over leerkringen', message: `Is er een leerkring over schuldhulp in Drenthe? Kenmerk ${marker}.` };
    case 'learning-question':
      return {
        question: `Hoe leren wijkteams van elkaar over armoede en schulden? Kenmerk ${marker}.`,
        themes: ['poverty'],
        targetGroups: ['professionals'],
        scale: 'national',
        contactName: 'Mila de Boer',
        contactEmail: email,
        consentContact: true,
      };
    case 'offering-submission':
      return {
        title: `Leerkring schuldhulp ${marker}`,
        summary: 'Schuldhulpverleners uit verschillende gemeenten leren samen van lastige casussen.',
        themes: ['poverty'],
        learningForm: 'intervision-supervision-groups',
        scales: ['local'],
        targetGroups: ['professionals'],
        openToJoin: true,
        submitterName: 'Mila de Boer',
        submitterEmail: email,
      };
  }
}

export function submissionHeaders(idempotencyKey: string, address = visitorAddress()): Record<string, string> {
  return { 'content-type': 'application/json', 'idempotency-key': idempotencyKey, 'x-forwarded-for': address };
}

/** How many rows each marker made, per kind (the marker is in the message, the question, the title). */
export async function countStored(prisma: Db, run: string): Promise<Record<SubmissionKind, Map<string, number>>> {
  const tally = (texts: string[]) => {
    const counts = new Map<string, number>();
    for (const text of texts) {
      for (const match of text.matchAll(new RegExp(`ld${run}n\\d+x`, 'g'))) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
    }
    return counts;
  };
  const contains = `ld${run}n`;
  const [contacts, questions, offerings] = await Promise.all([
    prisma.contactMessage.findMany({ where: { message: { contains } }, select: { message: true } }),
    prisma.learningQuestion.findMany({ where: { question: { contains } }, select: { question: true } }),
    prisma.offering.findMany({ where: { title: { contains } }, select: { title: true } }),
  ]);
  return {
    contact: tally(contacts.map((row) => row.message)),
    'learning-question': tally(questions.map((row) => row.question)),
    'offering-submission': tally(offerings.map((row) => row.title)),
  };
}

/** Sends one submission with fetch; its status, or 0 when there was no answer. */
export async function submitOnce(baseUrl: string, kind: SubmissionKind, marker: string, options: { key?: string; address?: string } = {}): Promise<number> {
  try {
    const response = await fetch(`${baseUrl}${SUBMISSION_PATHS[kind]}`, {
      method: 'POST',
      headers: submissionHeaders(options.key ?? `key-${marker}`, options.address),
      body: JSON.stringify(submissionBody(kind, marker)),
      signal: AbortSignal.timeout(30_000),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}
