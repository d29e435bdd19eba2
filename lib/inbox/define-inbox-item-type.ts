// What an inbox item type is made of (one descriptor per type, registered in
// inbox-item-registry.ts): where its rows live, how it reads as a row of the inbox, its detail
// loader, who is behind it, and which e-mails it sends. The inbox list, CSV, next/previous, item
// page, workflow, notes, timeline and e-mail all go through the descriptor.
import { Prisma } from '@/lib/generated/prisma/client';
import type { TriageStatus } from './triage-workflow';

/** Mails to the person behind an item; each type names the ones it sends. */
export const ITEM_EMAIL_TEMPLATES = ['item-rejected', 'item-status-changed', 'question-response', 'submission-published', 'meeting-published', 'knowledge-published'] as const;
export type ItemEmailTemplate = (typeof ITEM_EMAIL_TEMPLATES)[number];

/** The triage columns every item table has (status workflow, assignment, locking). */
export interface TriageRow {
  id: string;
  status: TriageStatus;
  assigneeId: string | null;
  rejectionReason: string | null;
  createdAt: Date;
  firstResponseAt: Date | null;
  version: number;
}

/** Who is behind an item and what it is called: for the item page, the inbox and the e-mails. */
export interface ItemContact {
  title: string;
  person: string;
  email: string;
  /** The language to write to them in. */
  locale: string;
}

/** SQL expressions (over the table's alias) for the inbox columns that differ per type. */
export interface InboxColumns {
  title: Prisma.Sql;
  person: Prisma.Sql;
  email: Prisma.Sql;
  /** text[] of theme ids */
  themes: Prisma.Sql;
  /** text[] of province slugs */
  provinces: Prisma.Sql;
}

export interface InboxItemTypeDescriptor<Id extends string, Row extends TriageRow> {
  id: Id;
  /** Path segment of the item page: /beheer/<slug>/<id>. */
  slug: string;
  /** The table, with the triage columns (status, assignee_id, rejection_reason, first_response_at, version). */
  table: string;
  /** The name the audit trail, the notes and the outbox use (the table's singular). */
  auditType: string;
  /** The type's part of the inbox relation (see inboxRowSql). */
  inboxRow: Prisma.Sql;
  loadDetail(prisma: Prisma.TransactionClient, id: string): Promise<Row | null>;
  contact(row: Row): ItemContact;
  mails: readonly ItemEmailTemplate[];
}

/**
 * One SELECT of the inbox relation for a type: the item type, the common triage columns of `alias`
 * and the type's own `columns`, always in the same order, so the UNION over the types lines up.
 */
export function inboxRowSql(id: string, alias: string, columns: InboxColumns, from: Prisma.Sql): Prisma.Sql {
  if (!/^[a-z]+$/.test(id) || !/^[a-z]+$/.test(alias)) throw new Error(`Bad inbox item type ${id}/${alias}`);
  const a = Prisma.raw(alias);
  return Prisma.sql`SELECT ${Prisma.raw(`'${id}'::text`)} AS item_type, ${a}.id, ${columns.title} AS title, ${columns.person} AS person, ${columns.email} AS email,
         ${a}.status::text AS status, ${a}.assignee_id, ${columns.themes} AS themes, ${columns.provinces} AS provinces,
         ${a}.created_at, ${a}.first_response_at, ${a}.version
    FROM ${from}`;
}

/** Keeps the descriptor's row type tied to its loader and contact (identity). */
export function defineInboxItemType<Id extends string, Row extends TriageRow>(descriptor: InboxItemTypeDescriptor<Id, Row>): InboxItemTypeDescriptor<Id, Row> {
  return descriptor;
}
