// vitest global setup for the integration project: one server, one migrated and seeded database.
import type { TestProject } from 'vitest/node';
import { createMigratedDatabase, dropDatabase, startTestServer } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    adminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestServer();
  const databaseUrl = await createMigratedDatabase(server.adminUrl);
  project.provide('databaseUrl', databaseUrl);
  project.provide('adminUrl', server.adminUrl);
  return async () => {
    await dropDatabase(server.adminUrl, databaseUrl);
    await server.stop();
  };
}
