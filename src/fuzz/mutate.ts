/**
 * Mutations of a scenario as JSON, the kinds that broke the parser and the model before:
 * deleted fields, wrong types, extreme numbers, deep nesting, odd keys and ids, huge arrays,
 * odd dates. Each case applies one to three of them at random places, from a seeded stream,
 * so a case number is enough to replay it.
 */

/** A small seeded generator (mulberry32): the fuzzer must not depend on the model's streams. */
export class FuzzRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(below: number): number {
    return Math.floor(this.next() * below);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
}

type Json = unknown;
type Container = Record<string, unknown> | unknown[];
type Mutation = (root: Json, rng: FuzzRandom) => string;

const EXTREME_NUMBERS = [0, -1, -0, 1, 0.5, 1e-300, 1e-160, 5e-324, 1e300, 1e6, 1e6 + 1, 2000, 2001, 3660, 3661, 2 ** 53, 2 ** 53 + 2, 0.1 + 0.2, 99.999, Number.MAX_VALUE];
const WRONG_VALUES: readonly (() => Json)[] = [() => null, () => true, () => 'x', () => '1,000', () => '', () => [], () => ({}), () => [1, 2, 3], () => ({ kind: 'fixed' }), () => 12];
const ODD_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', 'é', '中文', 'a'.repeat(200), '0', 'kind'];
const ODD_IDS = ['constructor', '__proto__', 'toString', 'valueOf', '', 'A', 'a b', 'a'.repeat(41), '1abc', 'emergency', 'general', 'other', 'protection-case'];
const ODD_DATES = ['0000-01-01T00:00', '0001-01-01T00:00', '0099-12-31T23:59', '0100-02-29T00:00', '1900-02-29T00:00', '2024-02-29T12:00', '9999-12-31T23:59', '2025-13-01T00:00', '2025-01-01T24:00', '2025-1-1T00:00', '2025-01-01 00:00'];

/** Containers deeper than this are not mutated again (an earlier mutation may have nested 20,000 levels). */
const DEPTH_VISITED = 10;

/** Every container in `root` down to DEPTH_VISITED, with the path to it. */
function containers(root: Json): { node: Container; path: string }[] {
  const out: { node: Container; path: string }[] = [];
  const stack: { node: Json; path: string; depth: number }[] = [{ node: root, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop()!;
    if (node === null || typeof node !== 'object' || depth > DEPTH_VISITED) continue;
    out.push({ node: node as Container, path });
    const keys = Object.keys(node);
    if (keys.length > 400) continue; // a huge array added by a mutation: its items are all alike
    for (const key of keys) stack.push({ node: (node as Record<string, unknown>)[key], path: `${path}/${key}`, depth: depth + 1 });
  }
  return out;
}

/** A random (container, key) holding a value. */
function slot(root: Json, rng: FuzzRandom): { node: Container; key: string; path: string } | undefined {
  const withKeys = containers(root).filter(({ node }) => Object.keys(node).length > 0);
  if (withKeys.length === 0) return undefined;
  const { node, path } = rng.pick(withKeys);
  const key = rng.pick(Object.keys(node));
  return { node, key, path: `${path}/${key}` };
}

function set(node: Container, key: string, value: unknown): void {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}

function nested(levels: number): Json {
  let value: Json = 1;
  for (let i = 0; i < levels; i++) value = i % 2 === 0 ? [value] : { x: value };
  return value;
}

const MUTATIONS: Record<string, Mutation> = {
  deleteField(root, rng) {
    const at = slot(root, rng);
    if (!at) return 'nothing to delete';
    if (Array.isArray(at.node)) at.node.splice(Number(at.key), 1);
    else delete at.node[at.key];
    return `deleted ${at.path}`;
  },
  wrongType(root, rng) {
    const at = slot(root, rng);
    if (!at) return 'nothing to change';
    const value = rng.pick(WRONG_VALUES)();
    set(at.node, at.key, value);
    return `${at.path} = ${JSON.stringify(value)}`;
  },
  extremeNumber(root, rng) {
    const numbers = containers(root).flatMap(({ node, path }) => Object.keys(node).filter((k) => typeof (node as Record<string, unknown>)[k] === 'number').map((key) => ({ node, key, path: `${path}/${key}` })));
    if (numbers.length === 0) return 'no numbers';
    const at = rng.pick(numbers);
    const value = rng.pick(EXTREME_NUMBERS) * (rng.next() < 0.2 ? -1 : 1);
    set(at.node, at.key, value);
    return `${at.path} = ${value}`;
  },
  scaleNumber(root, rng) {
    // Often still valid: exercises the model at loads and sizes the bundled files never reach.
    const numbers = containers(root).flatMap(({ node, path }) => Object.keys(node).filter((k) => typeof (node as Record<string, unknown>)[k] === 'number').map((key) => ({ node, key, path: `${path}/${key}` })));
    if (numbers.length === 0) return 'no numbers';
    const at = rng.pick(numbers);
    const factor = rng.pick([0, 0.001, 0.1, 0.5, 2, 3, 10, 100]);
    const value = ((at.node as Record<string, number>)[at.key] ?? 0) * factor;
    set(at.node, at.key, Number.isInteger((at.node as Record<string, number>)[at.key]) ? Math.round(value) : value);
    return `${at.path} × ${factor} = ${value}`;
  },
  deepNesting(root, rng) {
    const at = slot(root, rng);
    if (!at) return 'nowhere to nest';
    const levels = rng.pick([20, 200, 5000, 20_000]);
    set(at.node, at.key, nested(levels));
    return `${at.path} nested ${levels} levels`;
  },
  oddKey(root, rng) {
    const objects = containers(root).filter(({ node }) => !Array.isArray(node));
    const { node, path } = rng.pick(objects);
    const key = rng.pick(ODD_KEYS);
    set(node, key, rng.next() < 0.5 ? 0.5 : rng.pick(WRONG_VALUES)());
    return `${path}/${JSON.stringify(key)} added`;
  },
  oddId(root, rng) {
    const ids = containers(root).filter(({ node }) => !Array.isArray(node) && typeof (node as Record<string, unknown>).id === 'string');
    if (ids.length === 0) return 'no ids';
    const { node, path } = rng.pick(ids);
    const id = rng.pick(ODD_IDS);
    (node as Record<string, unknown>).id = id;
    return `${path}/id = ${JSON.stringify(id)}`;
  },
  renameKeyInRecord(root, rng) {
    // extraMix and missions.weights are keyed by id: rename one key to an odd name.
    const records = containers(root).filter(({ path }) => /\/(extraMix|weights)$/.test(path));
    if (records.length === 0) return 'no records';
    const { node, path } = rng.pick(records);
    const keys = Object.keys(node);
    if (keys.length === 0) return 'empty record';
    const from = rng.pick(keys);
    const value = (node as Record<string, unknown>)[from];
    delete (node as Record<string, unknown>)[from];
    const to = rng.pick(ODD_IDS);
    set(node, to, value);
    return `${path}: key ${from} renamed ${JSON.stringify(to)}`;
  },
  hugeArray(root, rng) {
    const at = slot(root, rng);
    if (!at) return 'nowhere';
    const length = rng.pick([25, 49, 337, 1001, 10_000, 100_000]);
    const fill = rng.pick([0, 1, 'x', null]);
    set(at.node, at.key, new Array(length).fill(fill));
    return `${at.path} = array of ${length} × ${JSON.stringify(fill)}`;
  },
  duplicateItem(root, rng) {
    const lists = containers(root).filter(({ node }) => Array.isArray(node) && node.length > 0);
    if (lists.length === 0) return 'no lists';
    const { node, path } = rng.pick(lists) as { node: unknown[]; path: string };
    const times = rng.pick([1, 20, 200]);
    // The same item again, not a copy: an earlier mutation may have nested it too deep to clone.
    for (let i = 0; i < times; i++) node.push(node[rng.int(node.length)]);
    return `${path}: ${times} items duplicated`;
  },
  oddDate(root, rng) {
    const run = (root as Record<string, Record<string, unknown>>).run;
    if (!run || typeof run !== 'object') return 'no run';
    run.startBeijing = rng.pick(ODD_DATES);
    return `run/startBeijing = ${run.startBeijing}`;
  },
  longText(root, rng) {
    const field = rng.pick(['name', 'description', 'nameZh', 'descriptionZh']);
    const length = rng.pick([121, 4001, 100_000]);
    (root as Record<string, unknown>)[field] = '长'.repeat(length);
    return `${field} of ${length} characters`;
  },
};

export const MUTATION_NAMES = Object.keys(MUTATIONS);

/** Applies one to three random mutations to a copy of `json`; returns it and what was done. */
export function mutateScenario(json: Json, rng: FuzzRandom): { json: Json; done: string[] } {
  const copy = structuredClone(json);
  const done: string[] = [];
  const count = rng.pick([1, 1, 1, 1, 1, 1, 2, 2, 2, 3]);
  for (let i = 0; i < count; i++) {
    // Half the mutations scale a number, so that many cases stay valid and reach the model.
    const name = rng.next() < 0.5 ? 'scaleNumber' : rng.pick(MUTATION_NAMES);
    done.push(`${name}: ${MUTATIONS[name]!(copy, rng)}`);
  }
  return { json: copy, done };
}
