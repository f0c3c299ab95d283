/**
 * The command line's reading and writing, with clean failures: a scenario file is read up
 * to a size cap (so `/dev/zero` is refused, not read until killed), and the output is
 * written all at once or not at all (a full disk leaves a file as it was, not half a report).
 */
import { closeSync, fstatSync, ftruncateSync, openSync, readSync, writeSync } from 'node:fs';

export type ReadOutcome = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** Reads a UTF-8 text file of at most `maxBytes` bytes. */
export function readTextFile(file: string, maxBytes: number): ReadOutcome {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) return { ok: false, reason: `larger than ${maxBytes} bytes, too large for a scenario (about 10 KB)` };
    }
    return { ok: true, text: buffer.toString('utf8', 0, length) };
  } catch (error) {
    return { ok: false, reason: `cannot read it (${errorCode(error)})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes `text` to the open file descriptor `fd`, retrying while a pipe is full. On failure,
 * a regular file is cut back to its size before, so nothing half-written remains; the
 * error's code is returned, e.g. `ENOSPC`.
 */
export function writeAllOrNothing(fd: number, text: string): { ok: true } | { ok: false; code: string } {
  const bytes = Buffer.from(text, 'utf8');
  let sizeBefore: number | undefined;
  try {
    const stat = fstatSync(fd);
    if (stat.isFile()) sizeBefore = stat.size;
  } catch {
    // Not a file we can measure (a closed descriptor fails below too).
  }
  let written = 0;
  try {
    while (written < bytes.length) {
      try {
        written += writeSync(fd, bytes, written, bytes.length - written);
      } catch (error) {
        if (errorCode(error) !== 'EAGAIN') throw error;
      }
    }
    return { ok: true };
  } catch (error) {
    if (sizeBefore !== undefined) {
      try {
        ftruncateSync(fd, sizeBefore);
      } catch {
        // Best effort: the error below is what the user needs to see.
      }
    }
    return { ok: false, code: errorCode(error) };
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? (error as Error)?.message ?? String(error);
}
