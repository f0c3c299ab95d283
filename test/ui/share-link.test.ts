import { describe, expect, it } from 'vitest';
import { decodeShareParam, encodeShareFragment, fromBase64Url, shareParam, toBase64Url } from '../../src/ui/share-link.ts';
import { bundledJson } from '../support/scenarios.ts';

const baseline = bundledJson('baseline');

async function deflate(bytes: Uint8Array): Promise<string> {
  const out = new Uint8Array(await new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate'))).arrayBuffer());
  return toBase64Url(out);
}

describe('share links', () => {
  it('carry the whole scenario in the fragment, compressed', async () => {
    const fragment = await encodeShareFragment(baseline);
    expect(fragment.startsWith('scenario=')).toBe(true);
    // Compressed: deflate and base64 (4 characters for 3 bytes) well under the JSON's UTF-8 bytes
    // (the Chinese description is 3 bytes a character and compresses less than digits and keys).
    expect(fragment.length).toBeLessThan(new TextEncoder().encode(JSON.stringify(baseline)).length * 0.6);
    const encoded = shareParam(`#${fragment}`);
    expect(encoded).toBeDefined();
    const decoded = await decodeShareParam(encoded!);
    expect(decoded.ok).toBe(true);
    if (decoded.ok) {
      expect(decoded.json).toEqual(baseline);
      expect(decoded.scenario.name).toBe(baseline.name);
    }
  });

  it('report a damaged link without throwing', async () => {
    const fragment = await encodeShareFragment(baseline);
    const encoded = shareParam(`#${fragment}`)!;
    expect(await decodeShareParam(encoded.slice(0, encoded.length / 2))).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(await decodeShareParam('not base64!')).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(await decodeShareParam(toBase64Url(new TextEncoder().encode('plain text')))).toMatchObject({ ok: false, reason: 'corrupt' });
    expect(await decodeShareParam(await deflate(new TextEncoder().encode('{"version":')))).toMatchObject({ ok: false, reason: 'not-json' });
    expect(shareParam('#other=1')).toBeUndefined();
  });

  it('validate the scenario they carry like any file', async () => {
    const bad = { ...baseline, frontDesk: { seats: -3 }, extra: 'x' };
    const result = await decodeShareParam(await deflate(new TextEncoder().encode(JSON.stringify(bad))));
    expect(result.ok).toBe(false);
    if (!result.ok && result.reason === 'invalid') expect(result.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['frontDesk.seats', 'extra']));
    else throw new Error(`expected an invalid scenario, got ${JSON.stringify(result)}`);
  });

  it('refuse links that inflate beyond a few megabytes', async () => {
    const bomb = await deflate(new Uint8Array(5_000_000).fill(32));
    expect(bomb.length).toBeLessThan(20_000);
    expect(await decodeShareParam(bomb)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(await decodeShareParam('A'.repeat(300_000))).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('use base64url without padding', () => {
    const bytes = new Uint8Array([251, 255, 191, 0, 1]);
    const text = toBase64Url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromBase64Url(text)).toEqual(bytes);
    expect(fromBase64Url('a')).toBeUndefined();
  });
});
