// next-auth: sign-in (credentials), sign-out, session and CSRF endpoints. Its posts pass the same
// gate as every state-changing route (lib/http/guard-request.ts).
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/auth-options';
import { guardedRoute } from '@/lib/http/guard-request';

type Context = { params: Promise<{ nextauth: string[] }> };

function handler(request: Request, context: Context) {
  return NextAuth(authOptions())(request, context);
}

export const POST = guardedRoute<Context>(handler);
export { handler as GET };
