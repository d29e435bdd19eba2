// The public-form kernel: every public submission (contact, offering proposal, learning question,
// support request, starting a plan, following a search) goes through `submitPublicForm`, in this
// order: honeypot → an earlier answer to the same idempotency key → per-IP rate limit → the form's
// zod schema, after hostile text is refused (parseInput) → storing, in one transaction with the idempotency key. The doors around it (the JSON
// route handler and the no-JavaScript server action) are in lib/forms/public-doors.ts.
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import { claimSlot, earlierAnswer, idempotencySlot, recordAnswer } from '@/lib/forms/idempotency';
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD, isHoneypotFilled, type SubmissionOutcome } from '@/lib/forms/outcome';
import type { Locale } from '@/lib/i18n/routing';
import { hitRateLimit } from '@/lib/security/rate-limit';
import type { RateLimitName } from '@/lib/security/rate-limits';
import { parseInput } from '@/lib/validation/parse-input';

export interface SubmissionContext {
  /** The visitor's address (lib/security/client-ip.ts). */
  ip: string;
  locale: Locale;
  /** Idempotency-Key header (JSON) or the form's one-time token (no JavaScript). */
  idempotencyKey?: string | null;
}

export interface PublicForm<S extends z.ZodType, Value, Context extends SubmissionContext = SubmissionContext> {
  /** Names the form in idempotency keys. */
  name: string;
  schema: S;
  rateLimit: RateLimitName;
  /**
   * Writes the valid submission. `tx` is the transaction that also holds the idempotency key:
   * write everything through it. `prisma` is for reads that need no transaction.
   */
  store: (tx: Prisma.TransactionClient, input: z.output<S>, context: Context & { prisma: Db }) => Promise<Value>;
  /**
   * Checks the valid input against data the schema cannot know (e.g. that each theme is one the
   * learning agenda offers now); its issues are answered like the schema's.
   */
  check?: (prisma: Db, input: z.output<S>) => Promise<z.core.$ZodIssue[]>;
}

/** The input without the kernel's own fields (honeypot, form token). */
function formFields(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  return Object.fromEntries(Object.entries(input).filter(([key]) => key !== HONEYPOT_FIELD && key !== FORM_TOKEN_FIELD));
}

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === 'P2002';

export async function submitPublicForm<S extends z.ZodType, Value, Context extends SubmissionContext>(
  prisma: Db,
  form: PublicForm<S, Value, Context>,
  input: unknown,
  context: Context,
): Promise<SubmissionOutcome<Value>> {
  if (isHoneypotFilled(input)) return { kind: 'spam' };
  const fields = formFields(input);
  const slot = idempotencySlot(form.name, context.idempotencyKey, fields);
  if (slot) {
    const earlier = await earlierAnswer<Value>(prisma, slot);
    if (earlier) return { kind: 'ok', value: earlier.value };
  }
  const limit = await hitRateLimit(prisma, form.rateLimit, context.ip);
  if (!limit.allowed) return { kind: 'rate-limited', retryAfterSeconds: limit.retryAfterSeconds };
  const parsed = parseInput(form.schema, fields);
  if (!parsed.success) return { kind: 'invalid', error: parsed.error };
  const problems = form.check ? await form.check(prisma, parsed.data) : [];
  if (problems.length > 0) return { kind: 'invalid', error: new z.ZodError(problems) };

  for (let attempt = 0; ; attempt++) {
    try {
      const stored = await prisma.$transaction(
        async (tx) => {
          if (slot && !(await claimSlot(tx, slot))) return { replayed: (await earlierAnswer<Value>(tx, slot))?.value };
          const value = await form.store(tx, parsed.data, { ...context, prisma });
          if (slot) await recordAnswer(tx, slot, value);
          return { value };
        },
        { timeout: 20_000, maxWait: 10_000 },
      );
      return { kind: 'ok', value: ('replayed' in stored ? stored.replayed : stored.value) as Value };
    } catch (error) {
      // A unique value (e.g. an offering's slug) was taken a moment ago: the store chooses again.
      if (isUniqueViolation(error) && attempt < 3) continue;
      throw error;
    }
  }
}
