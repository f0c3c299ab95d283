/**
 * Office-hour rules closer to life than the catalogue's one interval a working day: a lunch
 * break (the usual 09:00–12:00 and 14:00–17:30 of a Chinese mission) and public holidays of
 * the host country or of one mission, in local time and local dates, from the scenario's
 * `missions.lunch`, `missions.holidaysByCountry` and `missions.holidaysByMission`. A mission
 * shut for lunch or a holiday receives forwarded work orders when it next opens; the duty
 * officer still takes emergencies at once. In a major incident the crisis country's missions
 * may go on 24-hour duty (`surges[].missionsOnDutyHours`): open around the clock from the
 * surge's start, whatever their hours, lunch or holidays say.
 */
import type { Mission } from './catalogue.ts';

/** The rules one mission's clock follows. */
export interface OfficeRules {
  /** Minutes after local midnight: the office is shut from `startMinute` to `endMinute`. */
  readonly lunch?: { readonly startMinute: number; readonly endMinute: number };
  /** Local dates `YYYY-MM-DD` on which the office stays shut. */
  readonly holidays?: ReadonlySet<string>;
  /** Spans of simulated seconds `[fromSeconds, toSeconds)` in which the office is open around the clock. */
  readonly onDuty?: readonly DutySpan[];
}

/** A span of simulated time in which a mission is on 24-hour duty. */
export interface DutySpan {
  readonly fromSeconds: number;
  readonly toSeconds: number;
}

/** The missions of `country` on 24-hour duty over a span: from a surge with `missionsOnDutyHours`. */
export interface CountryOnDuty extends DutySpan {
  readonly country: string;
}

/** The scenario's rules as written (the `missions` section's fields). */
export interface OfficeRulesSpec {
  readonly lunch?: { readonly start: string; readonly end: string };
  readonly holidaysByCountry?: Readonly<Record<string, readonly string[]>>;
  readonly holidaysByMission?: Readonly<Record<string, readonly string[]>>;
  readonly onDuty?: readonly CountryOnDuty[];
}

/** What a surge says about its country's missions (the `surges[]` fields read here). */
interface SurgeDuty {
  readonly startHour: number;
  readonly country?: string | undefined;
  readonly missionsOnDutyHours?: number | undefined;
}

/**
 * A scenario's office rules: its `missions` section's fields, plus the 24-hour duty of each
 * surge that sets `missionsOnDutyHours` for its `country`. Undefined when there are none.
 */
export function officeRulesSpecOf(scenario: { readonly missions?: OfficeRulesSpec | undefined; readonly surges: readonly SurgeDuty[] }): OfficeRulesSpec | undefined {
  const onDuty = scenario.surges.flatMap((s) =>
    s.country !== undefined && s.missionsOnDutyHours !== undefined
      ? [{ country: s.country, fromSeconds: s.startHour * 3600, toSeconds: (s.startHour + s.missionsOnDutyHours) * 3600 }]
      : [],
  );
  if (onDuty.length === 0) return scenario.missions;
  return { ...scenario.missions, onDuty };
}

/** Minutes after midnight of a valid `HH:MM` (checked by the schema). */
export function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** The rules for `mission`, or undefined when the scenario sets none that concern it. */
export function officeRulesFor(spec: OfficeRulesSpec | undefined, mission: Mission): OfficeRules | undefined {
  if (!spec) return undefined;
  const dates = [
    ...((mission.country !== undefined && Object.hasOwn(spec.holidaysByCountry ?? {}, mission.country) ? spec.holidaysByCountry![mission.country] : undefined) ?? []),
    ...((Object.hasOwn(spec.holidaysByMission ?? {}, mission.id) ? spec.holidaysByMission![mission.id] : undefined) ?? []),
  ];
  const lunch = spec.lunch && { startMinute: minutesOf(spec.lunch.start), endMinute: minutesOf(spec.lunch.end) };
  const onDuty = (spec.onDuty ?? []).filter((d) => d.country === mission.country).map(({ fromSeconds, toSeconds }) => ({ fromSeconds, toSeconds }));
  if (!lunch && dates.length === 0 && onDuty.length === 0) return undefined;
  return { ...(lunch ? { lunch } : {}), ...(dates.length ? { holidays: new Set(dates) } : {}), ...(onDuty.length ? { onDuty } : {}) };
}

/** A text that tells two rule sets apart, for caching clocks. */
export function rulesKey(rules: OfficeRules): string {
  const lunch = rules.lunch ? `${rules.lunch.startMinute}-${rules.lunch.endMinute}` : '';
  const duty = rules.onDuty ? rules.onDuty.map((d) => `${d.fromSeconds}-${d.toSeconds}`).join(',') : '';
  return `${lunch}|${rules.holidays ? [...rules.holidays].sort().join(',') : ''}|${duty}`;
}
