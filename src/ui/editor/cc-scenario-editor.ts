/**
 * `<cc-scenario-editor>`: every scenario parameter, in tabs grouped as a planner thinks
 * (fields.ts), with the list of problems the parser found on top; each problem names the
 * field in the planner's language and leads to it. Lists (call types, lanes, surges,
 * channels) grow and shrink; optional parts (standby, back office…) are added or removed.
 *
 * @fires cc-edit
 */
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { text } from '../../i18n/i18n.ts';
import { ScenarioEditEvent } from '../events.ts';
import { theme } from '../theme.ts';
import type { Block, FieldsBlock, GroupDescriptor, ListBlock } from './descriptor.ts';
import { GROUPS } from './fields.ts';
import type { ScenarioWarning } from '../../../models/scenario/warnings.ts';
import type { DescribedIssue } from './issues.ts';
import { childPath, formatPath, getAt, joinPath, parsePath } from './json-path.ts';
import { M } from './messages.ts';
import { renderIssues } from './render-issues.ts';
import { issuesUnder, type EditorView } from './view.ts';
import './cc-field.ts';
import './cc-profile-editor.ts';

export class CcScenarioEditor extends LitElement {
  static override properties = {
    view: { attribute: false },
    problems: { attribute: false },
    warnings: { attribute: false },
    active: { state: true },
  };
  static override styles = [
    theme,
    css`
      :host {
        display: block;
      }
      .problems {
        border: 2px solid var(--cc-error);
        background: var(--cc-error-bg);
        border-radius: 8px;
        padding: 0.5rem 0.9rem;
        margin-bottom: 0.75rem;
      }
      .problems h3 {
        margin: 0 0 0.25rem;
        font-size: 1rem;
        color: var(--cc-error);
      }
      .problems ul {
        margin: 0;
        padding-left: 1.1rem;
        max-height: 14rem;
        overflow-y: auto;
      }
      .ok {
        color: var(--cc-ok);
        margin: 0 0 0.5rem;
        font-size: 0.9rem;
      }
      .ok::before {
        content: '✓ ';
      }
      .warn {
        color: var(--cc-warn);
        margin: 0 0 0.5rem;
        font-size: 0.9rem;
      }
      [role='tablist'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        border-bottom: 2px solid var(--cc-line);
      }
      [role='tab'] {
        border: 1px solid var(--cc-line);
        border-bottom: none;
        border-radius: 6px 6px 0 0;
        background: var(--cc-page);
        padding: 0.35rem 0.7rem;
      }
      [role='tab'][aria-selected='true'] {
        background: var(--cc-surface);
        border-color: var(--cc-accent);
        border-width: 2px 2px 0;
        font-weight: 600;
      }
      .badge {
        display: inline-block;
        margin-left: 0.35rem;
        padding: 0 0.4rem;
        border-radius: 999px;
        background: var(--cc-error);
        color: #fff;
        font-size: 0.75rem;
        font-weight: 600;
      }
      [role='tabpanel'] {
        padding: 0.5rem 0.25rem;
      }
      section {
        margin: 0.5rem 0 1.25rem;
      }
      fieldset.item {
        border: 1px solid var(--cc-line);
        border-radius: 8px;
        margin: 0.5rem 0;
        padding: 0.25rem 0.9rem 0.5rem;
      }
      fieldset.item legend {
        font-weight: 600;
        padding: 0 0.3rem;
      }
      .actions {
        display: flex;
        gap: 0.5rem;
        margin-top: 0.25rem;
      }
    `,
  ];

  /** The working scenario and its issues. */
  declare view: EditorView | undefined;
  /** Every issue of the working scenario, translated. */
  declare problems: readonly DescribedIssue[];
  /** Warnings about a valid scenario (e.g. more seats than trunk lines); they do not stop a run. */
  declare warnings: readonly ScenarioWarning[];
  /** Id of the group (tab) shown. */
  declare active: string;

  constructor() {
    super();
    this.view = undefined;
    this.problems = [];
    this.warnings = [];
    this.active = GROUPS[0]!.id;
  }

  /** Shows the group holding `path` and puts the keyboard focus on its field. */
  async reveal(path: string, group: string): Promise<void> {
    if (GROUPS.some((g) => g.id === group)) this.active = group;
    await this.updateComplete;
    const target = findField(this.renderRoot, path);
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus();
    }
  }

  private edit(path: string, value: unknown): void {
    this.dispatchEvent(new ScenarioEditEvent({ path, value, structural: true }));
  }

  private handleTabKey(event: KeyboardEvent): void {
    const index = GROUPS.findIndex((g) => g.id === this.active);
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % GROUPS.length;
    else if (event.key === 'ArrowLeft') next = (index + GROUPS.length - 1) % GROUPS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = GROUPS.length - 1;
    else return;
    event.preventDefault();
    this.active = GROUPS[next]!.id;
    void this.updateComplete.then(() => (this.renderRoot.querySelector(`#tab-${this.active}`) as HTMLElement | null)?.focus());
  }

  override render() {
    const view = this.view;
    if (!view) return nothing;
    const lang = view.lang;
    const counts = new Map<string, number>();
    for (const p of this.problems) counts.set(p.group, (counts.get(p.group) ?? 0) + 1);
    const group = GROUPS.find((g) => g.id === this.active) ?? GROUPS[0]!;
    return html`${this.renderProblems()}
      <div role="tablist" aria-label=${text(M.editorTitle, lang)} @keydown=${this.handleTabKey}>
        ${GROUPS.map((g) => {
          const n = counts.get(g.id) ?? 0;
          return html`<button
            type="button"
            role="tab"
            id=${`tab-${g.id}`}
            aria-selected=${g.id === group.id ? 'true' : 'false'}
            aria-controls="panel"
            tabindex=${g.id === group.id ? '0' : '-1'}
            @click=${() => (this.active = g.id)}
          >
            ${text(g.label, lang)}${n ? html`<span class="badge" aria-label=${text(M.groupProblems(n), lang)}>${n}</span>` : nothing}
          </button>`;
        })}
      </div>
      <div role="tabpanel" id="panel" aria-labelledby=${`tab-${group.id}`}>${this.renderGroup(group, view)}</div>`;
  }

  private renderProblems(): TemplateResult {
    const lang = this.view!.lang;
    if (this.problems.length === 0) {
      return html`<p class="ok" role="status">${text(M.noProblems, lang)}</p>
        ${this.warnings.map((w) => html`<p class="warn" role="note" data-path=${w.path}>⚠ ${lang === 'zh' ? w.messageZh : w.message}</p>`)}`;
    }
    return html`<div class="problems" role="status">
      <h3>${text(M.problems(this.problems.length), lang)}</h3>
      <ul>
        ${this.problems.map(
          (p) => html`<li>
            <button type="button" class="link" @click=${() => void this.reveal(p.path, p.group)}>${p.field}</button>: ${p.allowed}
            <span class="detail">(${p.detail})</span>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderGroup(group: GroupDescriptor, view: EditorView): TemplateResult {
    return html`${group.help ? html`<p class="help">${text(group.help, view.lang)}</p>` : nothing}${group.blocks.map((b) => this.renderBlock(b, view))}`;
  }

  private renderBlock(block: Block, view: EditorView): TemplateResult | typeof nothing {
    if (block.block === 'profile') return html`<section><cc-profile-editor which=${block.which} .view=${view}></cc-profile-editor></section>`;
    if (block.block === 'fields') return this.renderFields(block, view);
    return this.renderList(block, view);
  }

  private renderFields(block: FieldsBlock, view: EditorView): TemplateResult | typeof nothing {
    const lang = view.lang;
    const segments = parsePath(block.base);
    // A section inside an optional section that is absent (back-office phones without a back office).
    if (segments.length > 1 && getAt(view.json, segments.slice(0, -1)) === undefined) return nothing;
    const present = block.base === '' || getAt(view.json, block.base) !== undefined;
    const title = block.title ? html`<h3>${text(block.title, lang)}</h3>` : nothing;
    const help = block.help ? html`<p class="help">${text(block.help, lang)}</p>` : nothing;
    if (!present && block.optional) {
      const template = block.optional.template;
      return html`<section>
        ${title}${help}
        <p class="help">${text(M.absentSection, lang)}</p>
        <button type="button" @click=${() => this.edit(block.base, structuredClone(template))}>${text(M.add, lang)}${block.title ? `: ${text(block.title, lang)}` : ''}</button>
        ${renderIssues('', issuesUnder(view, block.base))}
      </section>`;
    }
    const paths = block.fields.map((f) => childPath(block.base, f.path));
    const leftover = block.base === '' ? [] : issuesUnder(view, block.base, paths);
    return html`<section>
      ${title}${help} ${block.fields.map((f, i) => html`<cc-field .descriptor=${f} .path=${paths[i]!} .view=${view}></cc-field>`)}
      ${renderIssues('', leftover)}
      ${block.optional
        ? html`<div class="actions">
            <button type="button" @click=${() => this.edit(block.base, undefined)}>${text(M.remove, lang)}${block.title ? `: ${text(block.title, lang)}` : ''}</button>
          </div>`
        : nothing}
    </section>`;
  }

  private renderList(block: ListBlock, view: EditorView): TemplateResult | typeof nothing {
    const lang = view.lang;
    const segments = parsePath(block.path);
    if (segments.length > 1 && getAt(view.json, segments.slice(0, -1)) === undefined) return nothing;
    const value = getAt(view.json, block.path);
    const items = Array.isArray(value) ? value : [];
    const editable = block.editable;
    const listIssues = [...(view.issues.get(block.path) ?? [])];
    return html`<section>
      <h3>${text(block.title, lang)}</h3>
      ${block.help ? html`<p class="help">${text(block.help, lang)}</p>` : nothing}
      ${items.map((item, i) => this.renderItem(block, view, item, i, items.length))}
      ${renderIssues('', listIssues)}
      ${editable && items.length < editable.max
        ? html`<div class="actions">
            <button type="button" @click=${() => this.edit(joinPath(block.path, items.length), editable.template(items.length))}>${text(M.addItem, lang)}: ${text(block.title, lang)}</button>
          </div>`
        : nothing}
    </section>`;
  }

  private renderItem(block: ListBlock, view: EditorView, item: unknown, index: number, count: number): TemplateResult {
    const lang = view.lang;
    const itemPath = joinPath(block.path, index);
    const base = block.itemBase ? childPath(itemPath, block.itemBase) : itemPath;
    const name = itemName(item, index, lang);
    const present = getAt(view.json, base) !== undefined;
    const paths = block.fields.map((f) => childPath(base, f.path));
    // Issues of the item that no field of any group shows (an unknown key), once, where the list is edited.
    const leftover = block.editable ? issuesUnder(view, itemPath, itemFieldPaths(block.path).map((r) => childPath(itemPath, r))) : [];
    return html`<fieldset class="item">
      <legend>${name}</legend>
      ${block.itemOptional && !present
        ? html`<p class="help">${text(M.afterCallAbsent, lang)}</p>
            <button type="button" @click=${() => this.edit(base, structuredClone(block.itemOptional!.template))}>${text(M.add, lang)}</button>`
        : html`${block.fields.map((f, i) => html`<cc-field .descriptor=${f} .path=${paths[i]!} .view=${view}></cc-field>`)}
          ${block.itemOptional ? html`<div class="actions"><button type="button" @click=${() => this.edit(base, undefined)}>${text(M.remove, lang)}</button></div>` : nothing}`}
      ${renderIssues('', block.itemBase ? issuesUnder(view, base, paths) : leftover)}
      ${block.editable && count > block.editable.min
        ? html`<div class="actions">
            <button type="button" aria-label=${`${text(M.removeItem, lang)}: ${name}`} @click=${() => this.edit(itemPath, undefined)}>${text(M.removeItem, lang)}</button>
          </div>`
        : nothing}
    </fieldset>`;
  }
}

/** Paths, relative to an item, of every field that any group shows for items of the list at `listPath`. */
function itemFieldPaths(listPath: string): string[] {
  return GROUPS.flatMap((g) => g.blocks).flatMap((b) => (b.block === 'list' && b.path === listPath ? (b.itemBase ? [b.itemBase] : b.fields.map((f) => f.path)) : []));
}

function itemName(item: unknown, index: number, lang: 'zh' | 'en'): string {
  const o = (item && typeof item === 'object' ? item : {}) as { id?: unknown; label?: { zh?: unknown; en?: unknown } };
  const label = o.label ? (lang === 'zh' ? o.label.zh || o.label.en : o.label.en) : undefined;
  // The id beside the label in English only: Chinese text carries no raw English ids.
  if (typeof label === 'string' && label) return typeof o.id === 'string' && lang === 'en' ? `${label} (${o.id})` : label;
  if (typeof o.id === 'string') return o.id;
  return text(M.itemN(index + 1), lang);
}

/** The deepest rendered field for `path` (or one of its ancestors), searching open shadow roots. */
function findField(root: ParentNode, path: string): HTMLElement | undefined {
  const segments = parsePath(path);
  for (let cut = segments.length; cut >= 1; cut--) {
    const candidate = formatPath(segments.slice(0, cut));
    const found = deepQuery(root, `cc-field[path="${CSS.escape(candidate)}"]`);
    if (found) return found;
  }
  if (path.startsWith('arrivals') || path.startsWith('frontDesk')) return deepQuery(root, 'cc-profile-editor');
  return undefined;
}

function deepQuery(root: ParentNode, selector: string): HTMLElement | undefined {
  const direct = root.querySelector<HTMLElement>(selector);
  if (direct) return direct;
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.shadowRoot) {
      const inner = deepQuery(el.shadowRoot, selector);
      if (inner) return inner;
    }
  }
  return undefined;
}

customElements.define('cc-scenario-editor', CcScenarioEditor);

declare global {
  interface HTMLElementTagNameMap {
    'cc-scenario-editor': CcScenarioEditor;
  }
}
