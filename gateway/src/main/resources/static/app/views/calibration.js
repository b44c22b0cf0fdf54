import { h, fill } from '../dom.js';
import { api, currentUser } from '../api.js';

/**
 * Admins: how far interviewers moved the machine's scores, per dimension, and how far machine and people still
 * disagree on those dimensions after the models were last retrained with the overrides; the overrides as a
 * corpus file for the next retrain.
 */
export async function calibrationView(main) {
  const live = h('tbody');
  const retrain = h('tbody');
  const status = h('p', { class: 'hint', role: 'status' });
  const retrainNote = h('p', { class: 'hint' });
  fill(main,
    h('div', { class: 'page-head' }, h('h1', {}, 'Calibration')),
    h('section', { class: 'card' }, h('h2', {}, 'Interviewers against the machine'),
      h('div', { class: 'table-wrap' }, h('table', { 'aria-label': 'Overrides per dimension' },
        h('thead', {}, h('tr', {}, ['Competency', 'Dimension', 'Overrides', 'Raised', 'Lowered', 'Mean change', 'Mean distance']
          .map((t) => h('th', { scope: 'col' }, t)))), live)),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'secondary', onclick: download }, 'Export overrides for training')),
      status),
    h('section', { class: 'card' }, h('h2', {}, 'Before and after the last retrain'), retrainNote,
      h('div', { class: 'table-wrap' }, h('table', { 'aria-label': 'Disagreement before and after the last retrain' },
        h('thead', {}, h('tr', {}, ['Competency', 'Dimension', 'Overrides', 'Distance before', 'Distance after']
          .map((t) => h('th', { scope: 'col' }, t)))), retrain))));

  async function download() {
    try {
      const response = await fetch('/api/calibration/export', {
        headers: { Accept: 'application/x-ndjson', Authorization: `Bearer ${currentUser().token}` },
      });
      if (!response.ok) throw new Error(`The export failed (${response.status}).`);
      const lines = await response.text();
      const link = h('a', { href: URL.createObjectURL(new Blob([lines], { type: 'application/x-ndjson' })), download: 'overrides.jsonl' });
      link.click();
      status.textContent = `${lines.split('\n').filter(Boolean).length} overridden answers exported. Train with them: see SCORING.md.`;
    } catch (error) {
      status.textContent = error.message;
    }
  }

  try {
    const [c, r] = await Promise.all([api('/api/calibration'), api('/api/admin/scoring/calibration')]);
    fill(live, (c.dimensions || []).length ? c.dimensions.map((d) => h('tr', {},
      h('td', {}, d.competencyId), h('td', {}, d.dimension), h('td', {}, String(d.overrides)),
      h('td', {}, String(d.raised)), h('td', {}, String(d.lowered)), h('td', {}, d.meanDelta.toFixed(2)),
      h('td', {}, d.meanAbsDelta.toFixed(2)))) : h('tr', {}, h('td', { colspan: '7' }, 'No overrides yet.')));
    retrainNote.textContent = r.overrides
      ? `${r.overrides} overridden dimensions were in the last training: mean distance between people and machine, 0 to 2.`
      : 'The running models were trained without interviewer overrides.';
    fill(retrain, (r.dimensions || []).map((d) => h('tr', {},
      h('td', {}, d.competencyId), h('td', {}, d.dimension), h('td', {}, String(d.overrides)),
      h('td', {}, d.before.toFixed(2)), h('td', {}, d.after.toFixed(2)))));
  } catch (error) {
    status.textContent = error.message;
  }
}
