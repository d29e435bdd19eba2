// How large a request body may be, per path: 1 MB everywhere (read-json-body.ts), with one documented
// exception, the knowledge-product proposal form, whose server action takes a PDF of up to 20 MB
// (decision 0111). The app server applies this to every request's Content-Length; next.config.ts's
// serverActions.bodySizeLimit is the upload limit, since Next.js has one limit for every action.
import { MAX_BODY_BYTES } from './read-json-body';

/** A 20 MB file plus the form's other fields and the multipart framing. */
export const MAX_UPLOAD_BODY_BYTES = 21 * 1024 * 1024;

/** The pages whose form uploads a file (in every language). */
export const UPLOAD_PAGE_PATHS = ['/kennisbank/voorstellen', '/en/kennisbank/voorstellen'] as const;

export function bodyLimitFor(pathname: string): number {
  const path = pathname.replace(/\/+$/, '');
  return (UPLOAD_PAGE_PATHS as readonly string[]).includes(path) ? MAX_UPLOAD_BODY_BYTES : MAX_BODY_BYTES;
}
