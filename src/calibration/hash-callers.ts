/**
 * The caller column, hashed with a salt drawn for each import: SHA-256 (Web Crypto, in the
 * browser and in Node ≥ 20) of salt + caller id, 16 hex digits kept. The same caller has the
 * same hash within one import, so redials can still be found, but the hashes cannot be
 * joined with another import or reversed by hashing known numbers. The simulator's own log
 * is already hashed (`call-log-writer.ts`); hashing it again costs little and keeps one path.
 */
import type { LogAttempt } from './parse-log.ts';

const BATCH = 4096;
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** A fresh 16-byte salt. */
export function newSalt(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(16));
}

/** The attempts with `caller` replaced by its salted hash (callers hashed once each). */
export async function hashCallers(attempts: readonly LogAttempt[], salt: Uint8Array = newSalt()): Promise<LogAttempt[]> {
  const encoder = new TextEncoder();
  const distinct = [...new Set(attempts.map((a) => a.caller).filter((c): c is string => c !== undefined))];
  const hashes = new Map<string, string>();
  // In batches: a year's log has half a million callers, too many promises to hold at once.
  for (let start = 0; start < distinct.length; start += BATCH) {
    await Promise.all(
      distinct.slice(start, start + BATCH).map(async (caller) => {
        const id = encoder.encode(caller);
        const bytes = new Uint8Array(salt.length + id.length);
        bytes.set(salt);
        bytes.set(id, salt.length);
        const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
        let hex = '';
        for (let i = 0; i < 8; i++) hex += HEX[digest[i]!];
        hashes.set(caller, hex);
      }),
    );
  }
  return attempts.map((a) => (a.caller === undefined ? a : { ...a, caller: hashes.get(a.caller)! }));
}
