/** How a control's issues are shown: what is allowed, in the planner's language, with the parser's message as a detail. */
import { html, nothing, type TemplateResult } from 'lit';
import type { DescribedIssue } from './issues.ts';

export function renderIssues(id: string, issues: readonly DescribedIssue[]): TemplateResult | typeof nothing {
  if (issues.length === 0) return nothing;
  return html`<div id=${id} class="errors">
    ${issues.map((issue) => html`<p class="error">${issue.allowed}${issue.detail ? html` <span class="detail">(${issue.detail})</span>` : ''}</p>`)}
  </div>`;
}
