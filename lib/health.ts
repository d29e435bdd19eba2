import 'server-only';
import type { Db } from '@/lib/db/client';

const TIMEOUT_MS = 2000;

/** True when the database answers a trivial query within two seconds. */
export async function isDatabaseReachable(prisma: Db): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), TIMEOUT_MS);
  });
  const query = prisma.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
