// The session-secret check for a server started directly (`next start`), from instrumentation.ts:
// a different secret stops the process with the sentence; an unreachable database is only reported
// (the site answers 503 until it is back, and `npm start` has checked it already).
import { createPrismaClient } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { UserFacingError } from '@/lib/errors';
import { checkAuthSecret } from './check-auth-secret';

export async function refuseForeignAuthSecret(databaseUrl: string): Promise<void> {
  const prisma = createPrismaClient(databaseUrl);
  try {
    await checkAuthSecret(prisma, getEnv());
  } catch (error) {
    if (error instanceof UserFacingError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    console.error(`The session secret could not be checked against the database: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await prisma.$disconnect();
  }
}
