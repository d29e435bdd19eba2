// A TOTP code is accepted once only (ASVS 6.5.1): the time step of the last accepted code is kept per
// account and moved forward in one conditional update, so a replayed code, or the same code sent
// twice at once, is refused.
import type { Db } from '@/lib/db/client';
import { verifyTotp } from './totp';
import { openTotpSecret } from './totp-secret-box';

export interface TotpAccount {
  id: string;
  totpSecret: string | null;
  totpLastStep: bigint | null;
}

export async function acceptTotpCode(prisma: Db, account: TotpAccount, code: string): Promise<boolean> {
  const secret = openTotpSecret(account.totpSecret, account.id);
  if (!secret) return false;
  const last = account.totpLastStep === null ? undefined : Number(account.totpLastStep);
  const step = await verifyTotp(secret, code, last);
  if (step === null) return false;
  const moved = await prisma.$executeRaw`
    UPDATE users SET totp_last_step = ${step}::bigint
    WHERE id = ${account.id}::uuid AND (totp_last_step IS NULL OR totp_last_step < ${step}::bigint)`;
  return moved === 1;
}
