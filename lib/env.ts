// The one place that reads configuration from the environment. Every variable is validated by
// zod; a missing or malformed one stops the app with a sentence that names it.
import 'server-only';
import path from 'node:path';
import { z } from 'zod';
import { UserFacingError } from '@/lib/errors';

const port = z.coerce.number().int().min(1).max(65_535);
const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must start with postgresql://');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** PostgreSQL server to use. Unset: the embedded PostgreSQL in DATA_DIR/postgres. */
  DATABASE_URL: postgresUrl.optional(),
  /** Port of the web server. */
  PORT: port.default(3000),
  /** Port for the embedded PostgreSQL; unset: 54329, or a free port if that one is taken. */
  EMBEDDED_POSTGRES_PORT: port.optional(),
  /** Folder for local data (embedded database, generated secrets). Git-ignored. */
  DATA_DIR: z.string().min(1).default('.data'),
  /** Public base URL of the site, used in e-mails. Defaults to http://localhost:PORT. */
  APP_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Secret for signing sessions. Unset: generated once and kept in DATA_DIR. */
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** The session secret used before AUTH_SECRET was changed: set for one start to move the database over. */
  AUTH_SECRET_PREVIOUS: z.string().min(32, 'must be at least 32 characters').optional(),
  /** SMTP server for outgoing mail, e.g. smtp://user:pass@host:587. Unset: mail stays in the outbox. */
  SMTP_URL: z.string().refine((value) => /^smtps?:\/\//.test(value), 'must start with smtp:// or smtps://').optional(),
  /** Number of reverse proxies in front of the app that append to X-Forwarded-For (0: none). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * Months after an item is handled (or a plan last changed) before its personal data is removed
   * (lib/privacy/retention-periods.ts; the privacy statement shows the same number).
   */
  RETENTION_MONTHS: z.coerce.number().int().min(1, 'must be at least 1').max(120, 'must be at most 120').default(24),
  /** Where to report a vulnerability (security.txt): a mailto: or https: address. Unset: the address in MAIL_FROM. */
  SECURITY_CONTACT: z.string().refine((value) => /^(mailto:\S+@\S+|https:\/\/\S+)$/.test(value), 'must be a mailto: or https: address').optional(),
  /** Sender address of outgoing mail. */
  MAIL_FROM: z.string().min(3).default('WijkWijzer Leernetwerk <leernetwerk@wijkwijzer.org>'),
});

export type Env = z.infer<typeof envSchema> & { dataDir: string; appUrl: string };

let cached: Env | undefined;

/** Empty strings count as unset, as in most deployment tools. */
function readProcessEnv(source: Record<string, string | undefined>) {
  return Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
}

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(readProcessEnv(source));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0]);
    const given = source[name];
    throw new UserFacingError(
      given === undefined
        ? `The environment variable ${name} is required: ${issue.message}.`
        : `The environment variable ${name} is not valid (${issue.message}); fix or unset it and start again.`,
    );
  }
  const env = result.data;
  return {
    ...env,
    dataDir: path.resolve(env.DATA_DIR),
    appUrl: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
  };
}

export function getEnv(): Env {
  cached ??= parseEnv();
  return cached;
}
