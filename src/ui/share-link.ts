/**
 * A share link carries the whole working scenario in the URL fragment (never sent to a
 * server): JSON, deflated with the browser's CompressionStream, in base64url. Opening a
 * link only reads data: the text is size-limited, decompressed with a cap, parsed as JSON
 * and checked with parseScenario like any file; a broken link changes nothing.
 */
import { MAX_SCENARIO_BYTES } from '../../models/limits.ts';
import { parseScenario, type Scenario, type ScenarioIssue } from '../../models/scenario/scenario.ts';

export const SHARE_PARAM = 'scenario';
/** Longest fragment accepted, and most bytes it may inflate to (a scenario is a few kB). */
const MAX_ENCODED = 200_000;
const MAX_JSON_BYTES = MAX_SCENARIO_BYTES;

export type ShareDecodeResult =
  | { readonly ok: true; readonly json: unknown; readonly scenario: Scenario }
  | { readonly ok: false; readonly reason: 'too-large' | 'corrupt' | 'not-json'; readonly issues?: undefined }
  | { readonly ok: false; readonly reason: 'invalid'; readonly issues: readonly ScenarioIssue[]; readonly json: unknown };

/** The fragment (without '#') that carries `json`. */
export async function encodeShareFragment(json: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(json));
  const deflated = await collect(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate')), Infinity);
  return `${SHARE_PARAM}=${toBase64Url(deflated)}`;
}

/** The encoded scenario in a location hash such as `#scenario=…`, or undefined if it has none. */
export function shareParam(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get(SHARE_PARAM) ?? undefined;
}

/** Reads a scenario from the value of the share parameter; never throws. */
export async function decodeShareParam(encoded: string): Promise<ShareDecodeResult> {
  if (encoded.length > MAX_ENCODED) return { ok: false, reason: 'too-large' };
  const bytes = fromBase64Url(encoded);
  if (!bytes) return { ok: false, reason: 'corrupt' };
  let inflated: Uint8Array;
  try {
    inflated = await collect(new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate')), MAX_JSON_BYTES);
  } catch (error) {
    return { ok: false, reason: error instanceof TooLarge ? 'too-large' : 'corrupt' };
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const parsed = parseScenario(json);
  return parsed.ok ? { ok: true, json, scenario: parsed.scenario } : { ok: false, reason: 'invalid', issues: parsed.issues, json };
}

class TooLarge extends Error {}

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url text, or undefined when it is not base64url. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
