// The JSON door to a person's data behind a private link: GET downloads everything stored, DELETE
// erases it (204, after which the link answers 404).
import { notFoundJson } from '@/lib/forms/json-responses';
import type { DeletionOutcome } from '@/lib/privacy/delete-learning-question';

const PRIVATE = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex' };

export function personalDataDownload(data: unknown, filename: string, what: { nl: string; en: string }): Response {
  if (data === null) return notFoundJson(what.nl, what.en);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { ...PRIVATE, 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': `attachment; filename="${filename}"` },
  });
}

export function deletionResponse(outcome: DeletionOutcome, what: { nl: string; en: string }): Response {
  return outcome === 'deleted' ? new Response(null, { status: 204, headers: PRIVATE }) : notFoundJson(what.nl, what.en);
}
