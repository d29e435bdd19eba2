// An impossible date in a learning question is a field error (400 naming the field), never a 500
// from a failed database write; nothing is stored.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { POST } from '@/app/api/learning-questions/route';
import { createPrismaClient, type Db } from '@/lib/db/client';

const original = process.env.DATABASE_URL;
let prisma: Db;
let ipCounter = 0;

beforeAll(() => {
  process.env.DATABASE_URL = inject('databaseUrl');
  prisma = createPrismaClient(inject('databaseUrl'));
});

afterAll(async () => {
  process.env.DATABASE_URL = original;
  await prisma.$disconnect();
});

async function send(body: Record<string, unknown>) {
  return POST(
    new Request('http://localhost/api/learning-questions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin', 'X-Forwarded-For': `198.51.100.${++ipCounter}`, 'Accept-Language': 'nl' },
      body: JSON.stringify(body),
    }),
  );
}

describe('a learning question with an impossible date', () => {
  it.each(['2026-13-01', '2027-02-30'])('answers 400 naming the field for startFrom=%s, and stores nothing', async (startFrom) => {
    const before = await prisma.learningQuestion.count();
    const response = await send({
      question: 'Hoe leren wijkteams en woningcorporaties samen over vroegsignalering?',
      themes: ['early-signalling-prevention'],
      targetGroups: ['professionals'],
      scale: 'national',
      contactName: 'Sanne de Vries',
      contactEmail: 'sanne@example.nl',
      consentContact: true,
      startFrom,
      website: '',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { issues: { path: string; message: string }[] };
    expect(body.issues).toEqual([{ path: 'startFrom', message: expect.stringMatching(/^Vanaf wanneer: .*datum/) }]);
    expect(await prisma.learningQuestion.count()).toBe(before);
  });
});
