/**
 * The events the page's components send up to `<cc-app>`; each bubbles out of shadow roots.
 */

export interface EditDetail {
  /** JSON path of the value, as parseScenario writes paths. */
  readonly path: string;
  /** The new JSON value; undefined removes the field (or the list item). */
  readonly value: unknown;
  /** The text as typed, when the JSON value cannot show it exactly; undefined drops any kept text. */
  readonly raw?: string;
  /** A structural change (add/remove, new kind): kept texts below `path` are dropped. */
  readonly structural?: boolean;
}

/** A field of the working scenario changed. */
export class ScenarioEditEvent extends Event {
  static readonly type = 'cc-edit';
  constructor(readonly detail: EditDetail) {
    super(ScenarioEditEvent.type, { bubbles: true, composed: true });
  }
}

/** The planner picked a bundled scenario. */
export class ScenarioPickEvent extends Event {
  static readonly type = 'cc-pick';
  constructor(readonly id: string) {
    super(ScenarioPickEvent.type, { bubbles: true, composed: true });
  }
}

export interface RunSettings {
  readonly replications: number;
  readonly seed: number;
  /** Undefined: the scenario's own `run.days`. */
  readonly days: number | undefined;
}

/** Start a run with these settings. */
export class RunRequestEvent extends Event {
  static readonly type = 'cc-run';
  constructor(readonly settings: RunSettings) {
    super(RunRequestEvent.type, { bubbles: true, composed: true });
  }
}

/** Actions without data: cancel the run, undo, export, share, etc. */
export type ActionName = 'cancel' | 'undo' | 'export' | 'share' | 'reset';
export class ActionEvent extends Event {
  static readonly type = 'cc-action';
  constructor(readonly action: ActionName) {
    super(ActionEvent.type, { bubbles: true, composed: true });
  }
}

/** The planner chose a scenario file to import. */
export class ImportFileEvent extends Event {
  static readonly type = 'cc-import';
  constructor(readonly file: File) {
    super(ImportFileEvent.type, { bubbles: true, composed: true });
  }
}

/** Show the field at `path` (from the list of problems). */
export class RevealFieldEvent extends Event {
  static readonly type = 'cc-reveal';
  constructor(
    readonly path: string,
    readonly group: string,
  ) {
    super(RevealFieldEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cc-edit': ScenarioEditEvent;
    'cc-pick': ScenarioPickEvent;
    'cc-run': RunRequestEvent;
    'cc-action': ActionEvent;
    'cc-import': ImportFileEvent;
    'cc-reveal': RevealFieldEvent;
  }
}
