/**
 * `<cc-bar-editor>`: a row of bars, one per hour or half hour, that the planner drags to
 * shape a weekly profile or a roster. Keyboard: ←/→ pick a bar, ↑/↓ change it (Shift: ten
 * steps), Home/End jump to the ends. Exact values are typed in the table beside it.
 *
 * @fires cc-bars-change - detail: { values } after each change
 */
import { css, html, LitElement, svg } from 'lit';
import { theme } from '../theme.ts';

/** The bars were changed by drag or keyboard; carries every value. */
export class BarsChangeEvent extends Event {
  static readonly type = 'cc-bars-change';
  constructor(readonly values: number[]) {
    super(BarsChangeEvent.type, { bubbles: true, composed: true });
  }
}

export class CcBarEditor extends LitElement {
  static override properties = {
    values: { attribute: false },
    labels: { attribute: false },
    integer: { type: Boolean },
    step: { type: Number },
    label: { type: String },
    selected: { state: true },
  };
  static override styles = [
    theme,
    css`
      :host {
        display: block;
      }
      svg {
        width: 100%;
        height: 110px;
        display: block;
        touch-action: none;
        cursor: ns-resize;
        background: var(--cc-page);
        border-radius: 4px;
      }
      .bar {
        fill: var(--cc-c5);
      }
      .bar.invalid {
        fill: var(--cc-error);
      }
      .bar.selected {
        fill: var(--cc-c1);
      }
      .readout {
        font-size: 0.8rem;
        color: var(--cc-muted);
        min-height: 1.2em;
      }
    `,
  ];

  /** The values; entries that are not numbers (typed text in error) show as a red stub. */
  declare values: readonly unknown[];
  /** Name of each bar, e.g. "Mon 08:00". */
  declare labels: readonly string[];
  /** Values are whole numbers (seats), not weights. */
  declare integer: boolean;
  /** Smallest change of a weight (ignored when `integer`). */
  declare step: number;
  /** Accessible name of the whole editor. */
  declare label: string;
  /** Index of the bar the keyboard moves. */
  declare selected: number;
  private dragMax = 0;
  private dragging = false;

  constructor() {
    super();
    this.values = [];
    this.labels = [];
    this.integer = false;
    this.step = 0.05;
    this.label = '';
    this.selected = 0;
  }

  private numbers(): number[] {
    return this.values.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : 0));
  }

  private scaleMax(): number {
    const top = Math.max(0, ...this.numbers());
    return this.integer ? Math.max(5, Math.ceil(top * 1.25)) : Math.max(0.5, top * 1.25);
  }

  private round(x: number): number {
    if (this.integer) return Math.max(0, Math.round(x));
    return Math.max(0, Math.round(x / this.step) * this.step * 1000) / 1000;
  }

  private setAt(index: number, value: number): void {
    const values = this.numbers();
    if (index < 0 || index >= values.length || values[index] === value) return;
    values[index] = value;
    const next = this.values.map((v, i) => (i === index ? value : v)) as number[];
    this.dispatchEvent(new BarsChangeEvent(next));
  }

  private pointAt(event: PointerEvent): { index: number; value: number } {
    const box = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
    const n = this.values.length;
    const index = Math.min(n - 1, Math.max(0, Math.floor(((event.clientX - box.left) / box.width) * n)));
    const share = 1 - (event.clientY - box.top) / box.height;
    return { index, value: this.round(Math.min(1, Math.max(0, share)) * this.dragMax) };
  }

  private handleDown(event: PointerEvent): void {
    this.dragging = true;
    this.dragMax = this.scaleMax();
    (event.currentTarget as SVGSVGElement).setPointerCapture(event.pointerId);
    const { index, value } = this.pointAt(event);
    this.selected = index;
    this.setAt(index, value);
  }

  private handleMove(event: PointerEvent): void {
    if (!this.dragging) return;
    const { index, value } = this.pointAt(event);
    this.selected = index;
    this.setAt(index, value);
  }

  private handleUp(): void {
    this.dragging = false;
  }

  private handleKey(event: KeyboardEvent): void {
    const n = this.values.length;
    const current = this.numbers()[this.selected] ?? 0;
    const step = (this.integer ? 1 : this.step) * (event.shiftKey ? 10 : 1);
    switch (event.key) {
      case 'ArrowLeft':
        this.selected = (this.selected + n - 1) % n;
        break;
      case 'ArrowRight':
        this.selected = (this.selected + 1) % n;
        break;
      case 'Home':
        this.selected = 0;
        break;
      case 'End':
        this.selected = n - 1;
        break;
      case 'ArrowUp':
        this.setAt(this.selected, this.round(current + step));
        break;
      case 'ArrowDown':
        this.setAt(this.selected, this.round(current - step));
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  override render() {
    const n = Math.max(1, this.values.length);
    const max = this.dragging ? this.dragMax : this.scaleMax();
    const numbers = this.numbers();
    const w = 1000 / n;
    const value = numbers[this.selected] ?? 0;
    const name = this.labels[this.selected] ?? String(this.selected + 1);
    return html`<svg
        viewBox="0 0 1000 100"
        preserveAspectRatio="none"
        tabindex="0"
        role="slider"
        aria-label=${this.label}
        aria-valuemin="0"
        aria-valuemax=${max}
        aria-valuenow=${value}
        aria-valuetext=${`${name}: ${value}`}
        @pointerdown=${this.handleDown}
        @pointermove=${this.handleMove}
        @pointerup=${this.handleUp}
        @pointercancel=${this.handleUp}
        @keydown=${this.handleKey}
      >
        ${numbers.map((v, i) => {
          const h = Math.max(typeof this.values[i] === 'number' ? 0 : 6, (v / max) * 100);
          const cls = `bar${typeof this.values[i] === 'number' ? '' : ' invalid'}${i === this.selected ? ' selected' : ''}`;
          return svg`<rect class=${cls} x=${i * w + w * 0.1} width=${w * 0.8} y=${100 - h} height=${h}></rect>`;
        })}
      </svg>
      <div class="readout" aria-hidden="true">${name}: ${value}</div>`;
  }
}

customElements.define('cc-bar-editor', CcBarEditor);

declare global {
  interface HTMLElementTagNameMap {
    'cc-bar-editor': CcBarEditor;
  }
}
