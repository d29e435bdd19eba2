import { afterEach, describe, expect, inject, it } from 'vitest';
import { GET } from '@/app/api/health/route';

const original = process.env.DATABASE_URL;

afterEach(() => {
  process.env.DATABASE_URL = original;
});

describe('GET /api/health', () => {
  it('answers 200 with db ok while the database is up', async () => {
    process.env.DATABASE_URL = inject('databaseUrl');
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', db: 'ok' });
  });

  it('answers 503 with db unreachable while the database is down', async () => {
    process.env.DATABASE_URL = 'postgresql://postgres:postgres@127.0.0.1:1/nothing';
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ db: 'unreachable' });
  });
});
