import { h, fill, formatSeconds, humanize, levelName } from '../dom.js';
import { api, competencyNames } from '../api.js';
import { verdictBadge, dimensionChart } from '../evaluation.js';

export async function reportView(main, id) {
  let report;
  try {
    report = await api(`/api/sessions/${encodeURIComponent(id)}/report`);
  } catch (error) {
    fill(main, h('h1', {}, 'Session report'), h('p', { class: 'error', role: 'alert' }, error.message),
      h('p', {}, h('a', { href: `#/session/${encodeURIComponent(id)}` }, 'Back to the session')));
    return null;
  }
  const names = await competencyNames();
  const name = (id) => names.get(id) || id;
  const titles = new Map();
  for (const c of report.competencies || []) for (const d of c.dimensions || []) titles.set(`${c.competencyId}:${d.key}`, d.title);
  for (const f of report.flags || []) titles.set(`${f.competencyId}:${f.key}`, f.title);
  const fixTitle = (f) => `${name(f.competencyId)}: ${titles.get(`${f.competencyId}:${f.flag || f.dimension}`) || f.flag || f.dimension || ''}`;
  fill(main,
    h('div', { class: 'page-head' }, h('h1', {}, `Report: ${humanize(report.mode)}`),
      h('a', { href: `#/session/${encodeURIComponent(id)}` }, 'See the session')),
    h('div', { class: 'card verdict-line' },
      verdictBadge(report.verdict),
      h('span', { class: 'metric' }, h('strong', {}, Number(report.overall).toFixed(1)), ' / 4 overall'),
      h('span', { class: 'metric' }, 'Level reached: ', h('strong', {}, levelName(report.levelReached))),
      report.targetLevel ? h('span', { class: 'metric' }, report.meetsTargetLevel ? `Meets the ${levelName(report.targetLevel)} bar` : `Below the ${levelName(report.targetLevel)} bar`) : null,
      h('span', { class: 'metric' }, `${report.answers} answer(s)`, report.overTimeAnswers ? `, ${report.overTimeAnswers} over time` : '')),
    h('section', { class: 'card' }, h('h2', {}, 'Fix these next'),
      (report.fixNext || []).length ? h('ol', { class: 'fix-next' }, report.fixNext.map((f) => h('li', {},
        h('strong', {}, fixTitle(f)), h('p', {}, f.why), h('p', { class: 'fix' }, h('strong', {}, 'How: '), f.how))))
        : h('p', {}, 'Nothing to fix: every dimension was shown.')),
    (report.competencies || []).map((c) => h('section', { class: 'card' },
      h('h2', {}, `${name(c.competencyId)}: ${Number(c.overall).toFixed(1)} / 4, ${levelName(c.level)}`),
      dimensionChart((c.dimensions || []).map((d) => ({ ...d, score: Math.round(d.score * 10) / 10, evidence: [] }))))),
    (report.flags || []).length ? h('section', { class: 'card' }, h('h2', {}, 'Flags'), h('ul', { class: 'flags' }, report.flags.map((f) => h('li', { class: f.kind === 'RED_FLAG' ? 'red' : 'anti' },
      h('strong', {}, f.title), f.quote ? [' \u2014 ', h('q', {}, f.quote)] : null, h('p', { class: 'fix' }, h('strong', {}, 'Fix: '), f.fix))))) : null,
    (report.pacing || []).length ? h('section', { class: 'card' }, h('h2', {}, 'Pacing'), h('ul', { class: 'plain' }, report.pacing.map((p) => h('li', {},
      `${name(p.competencyId)}: about ${formatSeconds(p.estimatedSeconds)} spoken. `,
      (p.segments || []).map((s) => `${humanize(s.part)} ${Math.round(s.share * 100)}%`).join(', '),
      p.advice ? h('p', { class: 'hint' }, p.advice) : null)))) : null);
  return null;
}
