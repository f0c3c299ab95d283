/**
 * The shape of the editor's field descriptors: what a field is (its JSON path, label, unit,
 * allowed values and help), from which one generic `<cc-field>` renders an input and the
 * issue list translates parser messages. Paths are relative to the block that holds them.
 */
import type { Bilingual } from '../../i18n/i18n.ts';

export type TimeUnit = 'Seconds' | 'Minutes';

export interface NumberRule {
  /** Inclusive lower bound. */
  readonly min?: number;
  /** Exclusive lower bound ("> 0"). */
  readonly above?: number;
  /** Inclusive upper bound. */
  readonly max?: number;
  readonly integer?: boolean;
}

export interface ChoiceOption {
  readonly value: string;
  readonly label: Bilingual;
}

/** A variant of a `{"kind": …}` object (standby activation, stand-down). */
export interface Variant {
  readonly kind: string;
  readonly label: Bilingual;
  readonly fields: readonly FieldDescriptor[];
  /** The object to start from when the user picks this kind. */
  readonly template: Record<string, unknown>;
}

/** Where the ids of a choice or a per-id record come from. */
export type IdSource = 'lanes' | 'callTypes' | 'missions';

export type FieldKind =
  | ({ readonly type: 'number' } & NumberRule)
  | { readonly type: 'share' }
  | { readonly type: 'duration'; readonly unit: TimeUnit; readonly patience?: boolean }
  | { readonly type: 'choice'; readonly options: readonly ChoiceOption[] | IdSource }
  | { readonly type: 'text'; readonly multiline?: boolean; readonly maxLength?: number; readonly pattern?: 'identifier' | 'country' | 'date-time' | 'time' }
  | { readonly type: 'boolean' }
  | { readonly type: 'label' }
  /** A list of numbers typed as text, e.g. "58, 82.5". */
  | ({ readonly type: 'numbers' } & NumberRule)
  /** A list of ids typed as text, e.g. "emergency, general". */
  | { readonly type: 'ids'; readonly source: IdSource }
  /** One number per id, e.g. a surge's extra mix by call type or weights by mission. */
  | ({ readonly type: 'by-id'; readonly source: IdSource } & NumberRule)
  | { readonly type: 'variant'; readonly variants: readonly Variant[] }
  /** Lists of local dates by country code or mission id, typed one key a line: "JP: 2025-01-01, 2025-01-13". */
  | { readonly type: 'dates-by-key'; readonly keys: 'country' | 'missions' }
  /** Seats: one number, or 48 or 336 numbers per half hour (see models/phone/staffing.ts). */
  | { readonly type: 'seats'; readonly max: number };

export interface FieldDescriptor {
  /** Path relative to the block (or list item), e.g. `handleSeconds` or `afterCall.workOrderShare`. */
  readonly path: string;
  readonly label: Bilingual;
  readonly unit?: Bilingual;
  readonly kind: FieldKind;
  readonly help?: Bilingual;
  /** May be left out: clearing the field removes it (and the parser applies `defaultValue`). */
  readonly optional?: boolean;
  /** The value the parser assumes when the field is absent (shown as a placeholder). */
  readonly defaultValue?: unknown;
  /** The value a newly added optional field starts with. */
  readonly template?: unknown;
}

/** A run of fields under one heading; an optional section shows an "add" button when absent. */
export interface FieldsBlock {
  readonly block: 'fields';
  readonly title?: Bilingual;
  readonly help?: Bilingual;
  /** Path of the object holding the fields ('' for the top level). */
  readonly base: string;
  readonly fields: readonly FieldDescriptor[];
  /** An optional object: it can be added (from this template) and removed. */
  readonly optional?: { readonly template: unknown };
}

/** The same fields for every element of a list (call types, lanes, surges, channels). */
export interface ListBlock {
  readonly block: 'list';
  readonly title: Bilingual;
  readonly help?: Bilingual;
  readonly path: string;
  /** Base, relative to each item, of `fields` (e.g. `afterCall`), '' for the item itself. */
  readonly itemBase?: string;
  readonly fields: readonly FieldDescriptor[];
  /** Lists edited here can grow and shrink; the same list shown in another group cannot. */
  readonly editable?: { readonly min: number; readonly max: number; readonly template: (index: number) => unknown };
  /** The per-item object `itemBase` is optional: each item gets its own add/remove. */
  readonly itemOptional?: { readonly template: unknown };
}

/** The hour-of-week arrival profile or the staffing per half hour, edited with a preview. */
export interface ProfileBlock {
  readonly block: 'profile';
  readonly which: 'arrivals' | 'staffing';
}

export type Block = FieldsBlock | ListBlock | ProfileBlock;

export interface GroupDescriptor {
  readonly id: string;
  readonly label: Bilingual;
  readonly help?: Bilingual;
  readonly blocks: readonly Block[];
}
