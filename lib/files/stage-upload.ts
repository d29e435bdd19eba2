// An uploaded file streamed into the store's staging area with a running size count that stops at
// 20 MB, keeping its first and last bytes for the content check. Nothing is left behind when the
// file is refused.
import 'server-only';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { checkPdf, MAX_FILE_BYTES, PDF_PROBE_BYTES, safeFileName, type FileProblem } from './check-pdf';
import type { FileStore } from './file-store';

export interface StagedFile {
  path: string;
  name: string;
  size: number;
}

export type StagingOutcome = { kind: 'staged'; file: StagedFile } | { kind: 'refused'; problem: FileProblem };

export async function stagePdf(store: FileStore, upload: Blob & { name?: string }): Promise<StagingOutcome> {
  if (upload.size > MAX_FILE_BYTES) return { kind: 'refused', problem: 'too-large' };
  const target = await store.stagingPath();
  const out = createWriteStream(target, { flags: 'wx' });
  let size = 0;
  let head: Uint8Array = new Uint8Array(0);
  let tail: Uint8Array = new Uint8Array(0);
  let problem: FileProblem | null = null;
  try {
    const reader = upload.stream().getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_FILE_BYTES) {
        problem = 'too-large';
        await reader.cancel().catch(() => undefined);
        break;
      }
      if (head.length < PDF_PROBE_BYTES) head = concat(head, value.subarray(0, PDF_PROBE_BYTES - head.length));
      tail = concat(tail, value).slice(-PDF_PROBE_BYTES);
      if (!out.write(value)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'close');
    problem ??= checkPdf(head, tail, size);
  } catch (error) {
    out.destroy();
    await store.discard(target);
    throw error;
  }
  if (problem) {
    await store.discard(target);
    return { kind: 'refused', problem };
  }
  return { kind: 'staged', file: { path: target, name: safeFileName(upload.name ?? 'document.pdf'), size } };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
