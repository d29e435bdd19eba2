// next-auth configuration: e-mail + password (+ TOTP) credentials, JWT sessions with an inactivity
// timeout (sliding maxAge) and a maximum lifetime (checked in current-team-member.ts).
import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { db } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { resolveAuthSecret } from './auth-secret';
import { sessionCookies } from './session-cookies';
import { SESSION_IDLE_SECONDS, type TeamRole } from './session-policy';
import { verifySignIn } from './verify-sign-in';

declare module 'next-auth' {
  interface Session {
    user: { id: string; email: string; name: string; role: TeamRole; sessionVersion: number; signedInAt: number };
  }
  interface User {
    role: TeamRole;
    sessionVersion: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    role?: TeamRole;
    sv?: number;
    /** Sign-in time, epoch seconds. */
    sat?: number;
  }
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const env = getEnv();
  // next-auth 4 builds its callback URLs from NEXTAUTH_URL; the app's public URL is APP_URL.
  process.env.NEXTAUTH_URL ??= env.appUrl;
  cached = {
    secret: resolveAuthSecret(env),
    useSecureCookies: env.appUrl.startsWith('https://'),
    cookies: sessionCookies(env.appUrl),
    session: { strategy: 'jwt', maxAge: SESSION_IDLE_SECONDS, updateAge: 5 * 60 },
    pages: { signIn: '/beheer/inloggen' },
    providers: [
      CredentialsProvider({
        name: 'credentials',
        credentials: { email: { type: 'email' }, password: { type: 'password' }, totp: { type: 'text' } },
        async authorize(credentials, request) {
          const { clientIp } = await import('@/lib/security/client-ip');
          const headers = new Headers(request?.headers as Record<string, string> | undefined);
          const result = await verifySignIn(db(), credentials, clientIp(headers));
          // next-auth passes the message on as ?error=…, which the sign-in page turns into a sentence.
          if (!result.ok) throw new Error(result.reason);
          return { ...result.user, id: result.user.id };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = user.role;
          token.sv = user.sessionVersion;
          token.sat = Math.floor(Date.now() / 1000);
        }
        return token;
      },
      session({ session, token }) {
        session.user = {
          id: token.uid ?? '',
          email: token.email ?? '',
          name: token.name ?? '',
          role: token.role ?? 'coordinator',
          sessionVersion: token.sv ?? -1,
          signedInAt: token.sat ?? 0,
        };
        return session;
      },
    },
  };
  return cached;
}
