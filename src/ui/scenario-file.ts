/**
 * Import and export of scenario JSON files. An imported file is data only: size-limited,
 * parsed as JSON and validated with parseScenario; a broken file is reported with its
 * problems and the working scenario is left as it was.
 */
import { MAX_SCENARIO_BYTES } from '../../models/limits.ts';
import { parseScenarioText, type Scenario, type ScenarioIssue } from '../../models/scenario/scenario.ts';

/** Largest file accepted: scenarios are a few kB; 336-entry lists stay far below this. */
export const MAX_FILE_BYTES = MAX_SCENARIO_BYTES;

export type ImportResult =
  | { readonly ok: true; readonly json: unknown; readonly scenario: Scenario }
  | { readonly ok: false; readonly reason: 'too-large' }
  | { readonly ok: false; readonly reason: 'invalid'; readonly issues: readonly ScenarioIssue[]; readonly json: unknown };

/** Validates the text of an imported file. */
export function readScenarioText(text: string): ImportResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, reason: 'too-large' };
  const parsed = parseScenarioText(text);
  // A byte-order mark is read past, as parseScenarioText does.
  const json_ = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (parsed.ok) return { ok: true, json: JSON.parse(json_) as unknown, scenario: parsed.scenario };
  let json: unknown;
  try {
    json = JSON.parse(json_);
  } catch {
    json = undefined;
  }
  return { ok: false, reason: 'invalid', issues: parsed.issues, json };
}

/** Reads and validates a file the user picked. */
export async function readScenarioFile(file: Blob): Promise<ImportResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, reason: 'too-large' };
  return readScenarioText(await file.text());
}

/** The text of an exported file: the working JSON, indented, as the planner sees it. */
export function scenarioText(json: unknown): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** A file name from the scenario's name: `12308-baseline-2025-volume.json`. */
export function scenarioFileName(json: unknown): string {
  const name = json && typeof json === 'object' ? (json as { name?: unknown }).name : undefined;
  const slug = (typeof name === 'string' ? name : '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'scenario'}.json`;
}

/** Starts the browser's download of the working scenario as a JSON file. */
export function downloadScenario(json: unknown, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([scenarioText(json)], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = scenarioFileName(json);
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; the download keeps its own copy.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
