// Prisma CLI configuration. The app itself does not read this file: at run time the connection
// comes from lib/db/connection.ts (DATABASE_URL, or the embedded PostgreSQL).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/wijkwijzer' },
});
