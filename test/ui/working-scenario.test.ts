import { describe, expect, it, vi } from 'vitest';
import { saveWorking, type KeyValueStore } from '../../src/ui/scenario-store.ts';
import { encodeShareFragment } from '../../src/ui/share-link.ts';
import { WorkingScenario, type PageWindow } from '../../src/ui/working-scenario.ts';
import { bundledJson } from '../support/scenarios.ts';
import { fakeHost } from './fake-host.ts';

/** localStorage in memory; `refuse` makes setItem throw as a full browser storage does. */
function fakeStorage(): KeyValueStore & { data: Map<string, string>; refuse: boolean } {
  const store = {
    data: new Map<string, string>(),
    refuse: false,
    getItem: (key: string) => store.data.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (store.refuse) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      store.data.set(key, value);
    },
    removeItem: (key: string) => void store.data.delete(key),
  };
  return store;
}

function fakeWindow(hash = ''): PageWindow & EventTarget & { replaced: string[] } {
  const replaced: string[] = [];
  return Object.assign(new EventTarget(), {
    replaced,
    location: { hash, origin: 'https://planner.example', pathname: '/', search: '' },
    history: { replaceState: (_data: unknown, _unused: string, url?: string | URL | null) => void replaced.push(String(url)) },
    navigator: {},
  });
}

function seats(working: WorkingScenario): unknown {
  return (working.current.json as { frontDesk: { seats: unknown } }).frontDesk.seats;
}

/** A document on the fake storage and window, its autosave after 1 ms of quiet. */
function open(storage: KeyValueStore | undefined = fakeStorage(), window = fakeWindow()) {
  const host = fakeHost();
  const working = new WorkingScenario(host, { storage, window, autosaveMs: 1 });
  host.connect();
  return { host, working, window };
}

const quiet = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('WorkingScenario', () => {
  it('starts from the baseline, or from the autosave with a notice', () => {
    const fresh = open().working;
    expect(fresh.current).toEqual({ json: bundledJson('baseline'), raw: {}, origin: 'baseline' });
    expect(fresh.notice).toBeUndefined();
    expect(fresh.issues).toEqual([]);

    const storage = fakeStorage();
    saveWorking(storage, { json: { name: 'mine' }, raw: { 'run.days': '7.' }, origin: undefined });
    const restored = open(storage).working;
    expect(restored.current).toEqual({ json: { name: 'mine' }, raw: { 'run.days': '7.' }, origin: '' });
    expect(restored.notice).toMatchObject({ kind: 'info', message: { en: expect.stringContaining('Restored') } });
    expect(restored.issues.length).toBeGreaterThan(0);
  });

  it('autosaves an edit after a quiet moment, typed text included', async () => {
    const storage = fakeStorage();
    const { working, host } = open(storage);
    working.edit({ path: 'frontDesk.seats', value: 25, raw: '25.0' });
    expect(host.updates).toBe(1);
    expect(storage.data.size).toBe(0);
    await quiet();
    const saved = JSON.parse(storage.data.get('cc12308.working-scenario.v1')!) as { json: { frontDesk: { seats: number } }; raw: Record<string, string> };
    expect(saved.json.frontDesk.seats).toBe(25);
    expect(saved.raw).toEqual({ 'frontDesk.seats': '25.0' });
    expect(working.saveRefused).toBe(false);
  });

  it('says so when the browser refuses to save (quota exceeded), until a later save works', async () => {
    const storage = fakeStorage();
    storage.refuse = true;
    const { working, host } = open(storage);
    working.edit({ path: 'frontDesk.seats', value: 25 });
    await quiet();
    expect(working.saveRefused).toBe(true);
    expect(host.updates).toBe(2);
    // The edit itself is kept in the page.
    expect(seats(working)).toBe(25);
    storage.refuse = false;
    working.edit({ path: 'frontDesk.seats', value: 26 });
    await quiet();
    expect(working.saveRefused).toBe(false);
    expect(storage.data.size).toBe(1);
  });

  it('says so when the browser offers no storage at all', async () => {
    // (Not `open(undefined)`: that would take the default storage.)
    const working = new WorkingScenario(fakeHost(), { storage: undefined, window: fakeWindow(), autosaveMs: 1 });
    working.edit({ path: 'name', value: 'x' });
    await quiet();
    expect(working.saveRefused).toBe(true);
  });

  it('undoes edits one at a time, by the button or Ctrl+Z', () => {
    const { working, window } = open();
    expect(working.canUndo).toBe(false);
    working.edit({ path: 'frontDesk.seats', value: 25 });
    working.edit({ path: 'name', value: 'Plan B' });
    expect(working.canUndo).toBe(true);
    expect(working.modified).toBe(true);
    working.undo();
    expect((working.current.json as { name: string }).name).toBe('12308 baseline (2025 volume)');
    expect(seats(working)).toBe(25);
    const ctrlZ = Object.assign(new Event('keydown', { cancelable: true }), { ctrlKey: true, key: 'z' });
    window.dispatchEvent(ctrlZ);
    expect(ctrlZ.defaultPrevented).toBe(true);
    expect(working.current.json).toEqual(bundledJson('baseline'));
    expect(working.modified).toBe(false);
    expect(working.canUndo).toBe(false);
  });

  it('keeps the last valid scenario while an edit has errors', () => {
    const { working } = open();
    working.edit({ path: 'frontDesk.seats', value: 21 });
    expect(working.lastValid?.frontDesk.seats).toBe(21);
    working.edit({ path: 'frontDesk.seats', value: -1, raw: '-1' });
    expect(working.issues.map((i) => i.path)).toEqual(['frontDesk.seats']);
    expect(working.lastValid?.frontDesk.seats).toBe(21);
  });

  it('drops the typed texts of a list when one of its items is removed', () => {
    const { working } = open();
    working.edit({ path: 'surges', value: [{}, {}], structural: true });
    working.edit({ path: 'surges[1].peakMultiplier', value: 2, raw: '2.0' });
    working.edit({ path: 'name', value: 'n', raw: 'n ' });
    working.edit({ path: 'surges[0]', value: undefined, structural: true });
    expect(working.current.raw).toEqual({ name: 'n ' });
  });

  it('picks a bundled scenario, dropping the notice and the share link', async () => {
    const { working } = open();
    await working.share();
    expect(working.shareUrl).toMatch(/^https:\/\/planner\.example\/#scenario=/);
    expect(working.shareCopied).toBe(false);
    working.pick('major-incident');
    expect(working.current.origin).toBe('major-incident');
    expect(working.shareUrl).toBe('');
    expect(working.modified).toBe(false);
  });

  it('opens a share link once, and reports a broken one without touching the document', async () => {
    const json = { ...bundledJson('baseline'), name: 'Shared plan' };
    const { working, window } = open(fakeStorage(), fakeWindow(`#${await encodeShareFragment(json)}`));
    await vi.waitFor(() => expect(working.current.origin).toBe('link'));
    expect(working.current.json).toEqual(json);
    expect(window.replaced).toEqual(['/']);
    expect(working.notice?.message.en).toContain('share link');

    window.location.hash = '#scenario=AAAA';
    window.dispatchEvent(new Event('hashchange'));
    await vi.waitFor(() => expect(working.notice?.kind).toBe('error'));
    expect(working.current.json).toEqual(json);
    working.undo();
    expect(working.current.json).toEqual(bundledJson('baseline'));
  });

  it('imports a valid file, and keeps the document when the file is not a scenario', async () => {
    const { working } = open();
    await working.importFile(new File(['{"version": 1}'], 'bad.json'));
    expect(working.notice).toMatchObject({ kind: 'error', message: { zh: expect.stringContaining('未导入「bad.json」') } });
    expect(working.notice?.rejected?.issues.length).toBeGreaterThan(0);
    expect(working.current.origin).toBe('baseline');
    await working.importFile(new File([JSON.stringify(bundledJson('major-incident'))], 'incident.json'));
    expect(working.current).toMatchObject({ origin: 'file', json: bundledJson('major-incident') });
    expect(working.notice?.kind).toBe('info');
  });

  it('stops listening to the window when the host leaves the page', () => {
    const { working, window, host } = open();
    working.edit({ path: 'name', value: 'x' });
    host.disconnect();
    window.dispatchEvent(Object.assign(new Event('keydown', { cancelable: true }), { ctrlKey: true, key: 'z' }));
    expect((working.current.json as { name: string }).name).toBe('x');
  });
});
