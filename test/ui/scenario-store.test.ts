import { describe, expect, it } from 'vitest';
import { browserStorage, clearWorking, loadLang, loadWorking, saveLang, saveWorking, UndoStack, type KeyValueStore } from '../../src/ui/scenario-store.ts';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const refusing: KeyValueStore = {
  getItem: () => {
    throw new Error('denied');
  },
  setItem: () => {
    throw new Error('quota');
  },
  removeItem: () => {
    throw new Error('denied');
  },
};

describe('autosave of the working scenario', () => {
  it('keeps the JSON as edited, errors and typed text included', () => {
    const store = memoryStore();
    const json = { name: 'x', frontDesk: { seats: 'twenty' } };
    expect(saveWorking(store, { json, raw: { 'run.days': '7.0' }, origin: 'baseline' }, new Date('2025-01-06T00:00:00Z'))).toBe(true);
    expect(loadWorking(store)).toEqual({ json, raw: { 'run.days': '7.0' }, origin: 'baseline', savedAt: '2025-01-06T00:00:00.000Z' });
    clearWorking(store);
    expect(loadWorking(store)).toBeUndefined();
  });

  it('ignores unreadable saves and storage that refuses', () => {
    const store = memoryStore();
    store.data.set('cc12308.working-scenario.v1', '{not json');
    expect(loadWorking(store)).toBeUndefined();
    store.data.set('cc12308.working-scenario.v1', JSON.stringify({ json: 3 }));
    expect(loadWorking(store)).toBeUndefined();
    expect(saveWorking(refusing, { json: {}, raw: {}, origin: undefined })).toBe(false);
    expect(loadWorking(refusing)).toBeUndefined();
    expect(() => clearWorking(refusing)).not.toThrow();
  });

  it('returns false when the quota is exceeded, as browsers report it', () => {
    const full: KeyValueStore = {
      ...memoryStore(),
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    expect(saveWorking(full, { json: { name: 'x' }, raw: {}, origin: undefined })).toBe(false);
  });

  it('looks for the browser storage without throwing, wherever it runs', () => {
    expect(() => browserStorage()).not.toThrow();
  });

  it('remembers the language', () => {
    const store = memoryStore();
    expect(loadLang(store)).toBeUndefined();
    saveLang(store, 'en');
    expect(loadLang(store)).toBe('en');
    store.data.set('cc12308.lang', 'fr');
    expect(loadLang(store)).toBeUndefined();
    expect(loadLang(refusing)).toBeUndefined();
  });
});

describe('UndoStack', () => {
  it('undoes edits newest first', () => {
    const undo = new UndoStack<string>();
    undo.record('a', 'name', 0);
    undo.record('b', 'seats', 10);
    expect(undo.size).toBe(2);
    expect(undo.undo()).toBe('b');
    expect(undo.undo()).toBe('a');
    expect(undo.undo()).toBeUndefined();
  });

  it('undoes a burst of typing in one field at once', () => {
    const undo = new UndoStack<string>(100, 1000);
    undo.record('2', 'seats', 0);
    undo.record('25', 'seats', 300);
    undo.record('250', 'seats', 900);
    undo.record('x', 'days', 1000);
    undo.record('x2', 'seats', 1100);
    expect([undo.undo(), undo.undo(), undo.undo(), undo.undo()]).toEqual(['x2', 'x', '2', undefined]);
  });

  it('keeps at most `limit` states', () => {
    const undo = new UndoStack<number>(3, 0);
    for (let i = 0; i < 5; i++) undo.record(i, `f${i}`, i * 10);
    expect(undo.size).toBe(3);
    expect(undo.undo()).toBe(4);
    undo.clear();
    expect(undo.size).toBe(0);
  });
});

describe('a tampered autosave', () => {
  it('is ignored when it nests deeper than any scenario, so the page still starts', () => {
    const store = memoryStore();
    const deep = `{"version":1,"x":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    store.setItem('cc12308.working-scenario.v1', `{"json":${deep},"raw":{},"savedAt":""}`);
    expect(loadWorking(store)).toBeUndefined();
  });
});
