/**
 * Scenarios for tests: the bundled files, and JSON that a test expects the parser to accept
 * (or to reject). One place, so that every test reads and checks scenarios the same way.
 */
import { readFileSync } from 'node:fs';
import type { ScenarioIssue } from '../../models/scenario/issues.ts';
import { parseScenario, type Scenario } from '../../models/scenario/scenario.ts';

export type BundledName = 'baseline' | 'major-incident' | 'spring-festival-2025' | 'replay-covid-2020' | 'replay-2015';

/** A bundled scenario file as JSON, before parsing (a fresh copy each call: safe to edit). */
export function bundledJson(name: BundledName): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../scenarios/${name}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

/** A bundled scenario, parsed. */
export function bundled(name: BundledName): Scenario {
  return accepted(bundledJson(name));
}

/** Parses JSON the test expects to be valid; throws with every issue if it is not. */
export function accepted(json: unknown): Scenario {
  const parsed = parseScenario(json);
  if (!parsed.ok) throw new Error(`scenario rejected:\n${parsed.issues.map((i) => `${i.path}: ${i.message}, got ${i.found}`).join('\n')}`);
  return parsed.scenario;
}

/** Parses JSON the test expects to be invalid; throws if it is accepted. */
export function rejected(json: unknown): ScenarioIssue[] {
  const parsed = parseScenario(json);
  if (parsed.ok) throw new Error('scenario accepted, expected issues');
  return parsed.issues;
}
