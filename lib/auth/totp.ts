// Time-based one-time codes (TOTP, RFC 6238) for the optional second factor (otplib).
import { generateSecret, generateURI, verify } from 'otplib';

export function createTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: 'WijkWijzer Leernetwerk', label: email, secret });
}

/**
 * Accepts the code of the current 30-second step and of the one before or after (clock drift), and
 * only of a step after `afterTimeStep` (the last one used). Answers the RFC 6238 time step of the
 * code, or null.
 */
export async function verifyTotp(secret: string, code: string, afterTimeStep?: number): Promise<number | null> {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  try {
    const result = await verify({ secret, token, epochTolerance: 30, ...(afterTimeStep === undefined ? {} : { afterTimeStep }) });
    // The default strategy is TOTP, whose result carries the RFC 6238 time step.
    return result.valid && 'timeStep' in result ? result.timeStep : null;
  } catch {
    return null;
  }
}
