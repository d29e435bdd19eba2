// POST /api/volgen {"email", "filters": {q and every catalogue filter (theme[], form[], …, sector[], sectorScope[], open) — the catalogue's query parameters}}
// → 201 (a confirmation e-mail is on its way), 400 with field errors, 429 when rate limited.
import { db } from '@/lib/db/client';
import { followCatalogueSearch } from '@/lib/following/follow-catalogue-search';
import { submissionRoute } from '@/lib/forms/public-doors';

export const POST = submissionRoute((input, context) => followCatalogueSearch(db(), input, context), () => ({ status: 'confirmation-sent' }));
