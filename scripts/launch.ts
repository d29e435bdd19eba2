// What `npm start` and `npm run dev` share: validate the environment, open the database (embedded
// unless DATABASE_URL is set), migrate, seed an empty database, then run the app's server
// (scripts/serve.ts: Next.js behind our own http.Server) with DATABASE_URL pointing at it. On
// SIGINT/SIGTERM the server is stopped first, then the embedded PostgreSQL.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { checkAuthSecret } from '@/lib/auth/check-auth-secret';
import { parseEnv } from '@/lib/env';
import { createPrismaClient } from '@/lib/db/client';
import { migrate } from '@/lib/db/migrate';
import { openDatabase, type OpenDatabase } from '@/lib/db/open-database';
import { seedIfEmpty } from '@/lib/seed/seed-database';
import { UserFacingError } from '@/lib/errors';
import { fail } from './run-script';
import { packageBin } from './package-bin';

const nextBin = packageBin('next');
const tsxBin = packageBin('tsx');

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port }, () => server.close(() => resolve(true)));
  });
}

function runNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], { stdio: 'inherit', env });
}

/** The app's own server around Next.js (scripts/serve.ts), which sets the client address. */
function runAppServer(mode: 'start' | 'dev', env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [tsxBin, path.resolve('scripts/serve.ts'), mode], { stdio: 'inherit', env });
}

function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

export async function launch(mode: 'start' | 'dev') {
  let database: OpenDatabase | undefined;
  try {
    const env = parseEnv();
    if (!(await portIsFree(env.PORT))) {
      throw new UserFacingError(
        `Port ${env.PORT} is already in use; stop the program that uses it, or choose another port, e.g. PORT=${env.PORT + 1} npm ${mode === 'start' ? 'start' : 'run dev'}.`,
      );
    }
    database = await openDatabase(env);
    console.log(`Database: ${database.description}.`);
    const migrated = await migrate(database.url);
    if (migrated.applied.length > 0) console.log(`Applied ${migrated.applied.length} migration(s).`);
    const prisma = createPrismaClient(database.url);
    try {
      // Before anything else uses the database: refuse to run beside instances with another secret.
      if ((await checkAuthSecret(prisma, env)) === 'changed') console.log('The database now uses the new AUTH_SECRET; sign in again.');
      if (await seedIfEmpty(prisma)) console.log('Empty database: loaded the reference data and the seed catalogue.');
    } finally {
      await prisma.$disconnect();
    }

    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(env.PORT),
      NEXT_TELEMETRY_DISABLED: '1',
    };

    if (mode === 'start' && !fs.existsSync(path.resolve('.next/BUILD_ID'))) {
      console.log('No production build yet: building it first (this takes a minute or two).');
      const code = await waitForExit(runNext(['build'], childEnv));
      if (code !== 0) throw new UserFacingError('The production build failed; see the output above.');
    }

    const child = runAppServer(mode, childEnv);
    const open = database;
    let stopping = false;
    const stop = async (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      child.kill(signal);
      await waitForExit(child);
      await open.close();
      process.exit(0);
    };
    process.on('SIGINT', () => void stop('SIGINT'));
    process.on('SIGTERM', () => void stop('SIGTERM'));
    const code = await waitForExit(child);
    if (!stopping) {
      await open.close();
      process.exit(code);
    }
  } catch (error) {
    await database?.close().catch(() => undefined);
    fail(error);
  }
}
