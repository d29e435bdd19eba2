// Time-based one-time codes (TOTP, RFC 6238) for the optional second factor (otplib).
import { generateSecret, generateURI, verify } from 'otplib';

export function createTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: 'WijkWijzer Leernetwerk', label: email, secret });
}

/** Accepts the code of the current 30-second step and of the one before or after (clock drift). */
export async function verifyTotp(secret: string, code: string): Promise<boolean> {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return false;
  try {
    return (await verify({ secret, token, epochTolerance: 30 })).valid;
  } catch {
    return false;
  }
}
