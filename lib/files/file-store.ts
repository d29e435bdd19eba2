// Where uploaded files live: outside the database, behind one small interface (decision 0111). The
// local store keeps them under DATA_DIR/files; an upload is first streamed into DATA_DIR/files/.staging
// (same disk, so committing is an atomic rename). An S3-compatible store can implement the same
// interface; it is not built yet.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { getEnv } from '@/lib/env';

export interface StoredFile {
  size: number;
  stream: ReadableStream<Uint8Array>;
}

export interface FileStore {
  /** A fresh path in the staging area to stream an upload into. */
  stagingPath(): Promise<string>;
  /** Moves a staged file to its key; the last step of the transaction that writes the row. */
  commit(stagedPath: string, key: string): Promise<void>;
  /** Removes a stored file (no error when it is not there). */
  remove(key: string): Promise<void>;
  /** Removes a staged file (no error when it is not there). */
  discard(stagedPath: string): Promise<void>;
  read(key: string): Promise<StoredFile | null>;
}

const KEY = /^[a-z0-9-]+\/[a-z0-9-]+\.pdf$/;

export function localFileStore(root: string): FileStore {
  const staging = path.join(root, '.staging');
  const fileOf = (key: string) => {
    if (!KEY.test(key)) throw new Error(`Bad file key ${key}`);
    return path.join(root, key);
  };
  return {
    async stagingPath() {
      await fs.mkdir(staging, { recursive: true });
      return path.join(staging, `${randomUUID()}.part`);
    },
    async commit(stagedPath, key) {
      const target = fileOf(key);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.rename(stagedPath, target);
    },
    async remove(key) {
      await fs.rm(fileOf(key), { force: true });
    },
    async discard(stagedPath) {
      if (path.dirname(stagedPath) !== staging) throw new Error('Not a staged file');
      await fs.rm(stagedPath, { force: true });
    },
    async read(key) {
      const file = fileOf(key);
      const stat = await fs.stat(file).catch(() => null);
      if (!stat?.isFile()) return null;
      return { size: stat.size, stream: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array> };
    },
  };
}

/** The configured store: the data folder's `files`. */
export function fileStore(): FileStore {
  return localFileStore(path.join(getEnv().dataDir, 'files'));
}
