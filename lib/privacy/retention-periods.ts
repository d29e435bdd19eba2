// How long personal data is kept: the one source that both the retention job (purge-personal-data.ts)
// and the privacy statement (/privacy) read, so the statement names exactly what the code does.
import { getEnv, type Env } from '@/lib/env';

export interface RetentionPeriods {
  /** Learning questions, support requests, contact messages and offering submissions: months after they were handled; plans: after their last change. Also how long a sent e-mail's address and subject stay. */
  handledItemMonths: number;
  /** A followed search whose address was never confirmed (double opt-in). */
  unconfirmedFollowDays: number;
  /** The text of an e-mail after it was sent. */
  sentMailBodyDays: number;
  /** Rate-limit counters, whose keys hold the client's IP address. */
  clientAddressHours: number;
}

export const UNCONFIRMED_FOLLOW_DAYS = 7;
export const SENT_MAIL_BODY_DAYS = 90;
export const CLIENT_ADDRESS_HOURS = 24;

/** Inbox statuses that mean the team has handled the item (the retention period starts at its last change). */
export const HANDLED_STATUSES = ['matched', 'referred', 'new_network', 'done', 'rejected'] as const;

export function retentionPeriods(env: Pick<Env, 'RETENTION_MONTHS'> = getEnv()): RetentionPeriods {
  return {
    handledItemMonths: env.RETENTION_MONTHS,
    unconfirmedFollowDays: UNCONFIRMED_FOLLOW_DAYS,
    sentMailBodyDays: SENT_MAIL_BODY_DAYS,
    clientAddressHours: CLIENT_ADDRESS_HOURS,
  };
}

export interface RetentionCutoffs {
  handledItems: Date;
  unconfirmedFollows: Date;
  sentMailBodies: Date;
  clientAddresses: Date;
}

/** The moments before which data is removed, for a run at `now`. */
export function retentionCutoffs(periods: RetentionPeriods, now: Date): RetentionCutoffs {
  const handledItems = new Date(now);
  handledItems.setUTCMonth(handledItems.getUTCMonth() - periods.handledItemMonths);
  const day = 24 * 3600_000;
  return {
    handledItems,
    unconfirmedFollows: new Date(now.getTime() - periods.unconfirmedFollowDays * day),
    sentMailBodies: new Date(now.getTime() - periods.sentMailBodyDays * day),
    clientAddresses: new Date(now.getTime() - periods.clientAddressHours * 3600_000),
  };
}

/** The numbers each sentence of the privacy statement's retention list names (pages.privacy.retention.items.*), in its order. */
export function retentionStatement(periods: RetentionPeriods): [key: string, values: Record<string, number>][] {
  const months = periods.handledItemMonths;
  return [
    ['requests', { months }],
    ['plans', { months }],
    ['submissions', { months }],
    ['followers', { days: periods.unconfirmedFollowDays }],
    ['emails', { days: periods.sentMailBodyDays, months }],
    ['auditTrail', {}],
    ['team', {}],
    ['technical', { hours: periods.clientAddressHours }],
  ];
}
