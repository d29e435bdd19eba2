// Pure rules of the coordination dashboard: sessions, roles, the workflow, working days, filters.
import { describe, expect, it } from 'vitest';
import { reorderMatches } from '@/lib/inbox/curate-matches';
import { hasFilterParams, inboxQueryString, parseInboxFilters } from '@/lib/inbox/inbox-filters';
import { bulkUpdateSchema } from '@/lib/inbox/selected-items';
import { canMoveTo, needsReason, nextStatuses } from '@/lib/inbox/triage-workflow';
import { isOverdue, workingDaysBefore } from '@/lib/inbox/working-days';
import { roleAllows, SESSION_MAX_SECONDS, sessionIsValid } from '@/lib/auth/session-policy';

describe('session policy', () => {
  const claims = { userId: 'u', sessionVersion: 2, signedInAt: 1_000_000 };
  it('accepts a fresh session of an active account with the same version', () => {
    expect(sessionIsValid(claims, { active: true, sessionVersion: 2 }, 1_000_100)).toBe(true);
  });
  it('refuses a deactivated account, a raised version (signed out everywhere) and an old session', () => {
    expect(sessionIsValid(claims, { active: false, sessionVersion: 2 }, 1_000_100)).toBe(false);
    expect(sessionIsValid(claims, { active: true, sessionVersion: 3 }, 1_000_100)).toBe(false);
    expect(sessionIsValid(claims, { active: true, sessionVersion: 2 }, 1_000_000 + SESSION_MAX_SECONDS + 1)).toBe(false);
    expect(sessionIsValid(claims, null, 1_000_100)).toBe(false);
  });
  it('lets an admin do what a coordinator may, not the other way round', () => {
    expect(roleAllows('admin', 'coordinator')).toBe(true);
    expect(roleAllows('admin', 'admin')).toBe(true);
    expect(roleAllows('coordinator', 'coordinator')).toBe(true);
    expect(roleAllows('coordinator', 'admin')).toBe(false);
  });
});

describe('triage workflow', () => {
  it('goes nieuw → in behandeling → gematcht → afgerond, and not straight from nieuw to gematcht', () => {
    expect(canMoveTo('new', 'in_progress')).toBe(true);
    expect(canMoveTo('in_progress', 'matched')).toBe(true);
    expect(canMoveTo('matched', 'done')).toBe(true);
    expect(canMoveTo('new', 'matched')).toBe(false);
    expect(canMoveTo('done', 'rejected')).toBe(false);
  });
  it('can reject from nieuw and in behandeling, with a reason', () => {
    expect(nextStatuses('new')).toContain('rejected');
    expect(nextStatuses('in_progress')).toContain('rejected');
    expect(needsReason('rejected')).toBe(true);
    expect(needsReason('done')).toBe(false);
  });
});

describe('five working days', () => {
  it('skips the weekend', () => {
    // Monday 7 December 2026, 10:00 → five working days before is Monday 30 November.
    expect(workingDaysBefore(new Date('2026-12-07T10:00:00Z'), 5).toISOString()).toBe('2026-11-30T10:00:00.000Z');
    // Friday 4 December → Friday 27 November.
    expect(workingDaysBefore(new Date('2026-12-04T10:00:00Z'), 5).toISOString()).toBe('2026-11-27T10:00:00.000Z');
  });
  it('marks an item without a first response only after five working days', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    expect(isOverdue(new Date('2026-11-30T09:00:00Z'), null, now)).toBe(true);
    expect(isOverdue(new Date('2026-12-01T09:00:00Z'), null, now)).toBe(false);
    expect(isOverdue(new Date('2026-11-20T09:00:00Z'), new Date('2026-11-21T09:00:00Z'), now)).toBe(false);
  });
});

describe('inbox filters', () => {
  it('reads known filters and ignores malformed ones', () => {
    const filters = parseInboxFilters({ type: 'question', status: 'bogus', province: 'utrecht', page: '-3', sort: 'oldest', q: '  wijk ' });
    expect(filters).toEqual({ type: 'question', status: undefined, assignee: undefined, theme: undefined, province: 'utrecht', age: undefined, q: 'wijk', sort: 'oldest', page: 1 });
  });
  it('round-trips through the query string without defaults', () => {
    const filters = parseInboxFilters({ type: 'contact', assignee: 'me', page: '3' });
    expect(inboxQueryString(filters)).toBe('type=contact&assignee=me&page=3');
    expect(parseInboxFilters(new URLSearchParams(inboxQueryString(filters)))).toEqual(filters);
    expect(inboxQueryString(parseInboxFilters({}))).toBe('');
  });
  it('knows whether the address names filters', () => {
    expect(hasFilterParams({})).toBe(false);
    expect(hasFilterParams({ status: 'new' })).toBe(true);
  });
});

describe('bulk selection', () => {
  it('reads type:id:version and refuses anything else', () => {
    const id = '0b6f6a3e-7d1c-4c1e-9d0a-2f4b5c6d7e8f';
    const parsed = bulkUpdateSchema.parse({ items: [`question:${id}:3`], status: 'in_progress' });
    expect(parsed.items).toEqual([{ ref: { type: 'question', id }, version: 3 }]);
    expect(bulkUpdateSchema.safeParse({ items: [`offerings:${id}:3`] }).success).toBe(false);
    expect(bulkUpdateSchema.safeParse({ items: [] }).success).toBe(false);
  });
});

describe('reordering matches', () => {
  it('moves, removes and adds', () => {
    expect(reorderMatches(['a', 'b', 'c'], { op: 'up', offeringId: 'c' })).toEqual(['a', 'c', 'b']);
    expect(reorderMatches(['a', 'b', 'c'], { op: 'down', offeringId: 'a' })).toEqual(['b', 'a', 'c']);
    expect(reorderMatches(['a', 'b', 'c'], { op: 'remove', offeringId: 'b' })).toEqual(['a', 'c']);
    expect(reorderMatches(['a'], { op: 'add', offeringId: 'd' })).toEqual(['a', 'd']);
  });
  it('refuses what makes no sense', () => {
    expect(reorderMatches(['a', 'b'], { op: 'up', offeringId: 'a' })).toBeNull();
    expect(reorderMatches(['a', 'b'], { op: 'down', offeringId: 'b' })).toBeNull();
    expect(reorderMatches(['a'], { op: 'add', offeringId: 'a' })).toBeNull();
    expect(reorderMatches(['a'], { op: 'remove', offeringId: 'x' })).toBeNull();
  });
});

describe('the session secret', () => {
  it('uses AUTH_SECRET when set, otherwise generates one once and keeps it in the data folder', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { resolveAuthSecret } = await import('@/lib/auth/auth-secret');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ww-secret-'));
    try {
      expect(resolveAuthSecret({ AUTH_SECRET: 'x'.repeat(40), dataDir })).toBe('x'.repeat(40));
      const generated = resolveAuthSecret({ AUTH_SECRET: undefined, dataDir });
      expect(generated.length).toBeGreaterThanOrEqual(40);
      expect(resolveAuthSecret({ AUTH_SECRET: undefined, dataDir })).toBe(generated);
      expect(fs.statSync(path.join(dataDir, 'auth-secret')).mode & 0o777).toBe(0o600);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
