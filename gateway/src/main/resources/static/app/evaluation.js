import { h, append, formatSeconds, humanize, levelName, uid } from './dom.js';

const VERDICTS = {
  STRONG_HIRE: ['Strong hire', 'good'], LEAN_HIRE: ['Lean hire', 'ok'],
  LEAN_NO_HIRE: ['Lean no hire', 'warn'], STRONG_NO_HIRE: ['Strong no hire', 'bad'],
  NOT_SCORED: ['Not scored', 'warn'],
};
const PALETTE = 6;

export function verdictBadge(verdict) {
  const [label, tone] = VERDICTS[verdict] || [humanize(verdict), 'ok'];
  return h('span', { class: `badge ${tone}` }, label);
}

/**
 * The answer text split at every evidence and flag boundary: each piece knows which dimensions and flags quote it.
 * Offsets are characters of the answer ({@code end} exclusive), as the scorer reports them.
 */
export function segments(text, dimensions, flags) {
  const spans = [];
  dimensions.forEach((d, i) => (d.evidence || []).forEach((e) => spans.push({ start: e.start, end: e.end, dim: i })));
  flags.forEach((f, i) => (f.evidence || []).forEach((e) => spans.push({ start: e.start, end: e.end, flag: i })));
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    if (s.start >= 0 && s.end <= text.length && s.start < s.end) {
      cuts.add(s.start);
      cuts.add(s.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    pieces.push({
      start, end, text: text.slice(start, end),
      dims: [...new Set(covering.filter((s) => s.dim !== undefined).map((s) => s.dim))],
      flags: [...new Set(covering.filter((s) => s.flag !== undefined).map((s) => s.flag))],
    });
  }
  return pieces;
}

/** The answer with evidence highlighted, one colour per dimension; a dimension can be picked to show only its words. */
export function highlightedAnswer(text, evaluation) {
  const dimensions = evaluation.dimensions || [];
  const flags = evaluation.flags || [];
  const body = h('p', { class: 'answer-text' });
  const pieces = segments(text, dimensions, flags);
  const lastPieceOfFlag = new Map();
  pieces.forEach((p, i) => p.flags.forEach((f) => lastPieceOfFlag.set(f, i)));
  pieces.forEach((p, i) => {
    let node = document.createTextNode(p.text);
    if (p.dims.length) {
      const titles = p.dims.map((d) => dimensions[d].title).join(', ');
      node = h('mark', { class: `ev c${p.dims[0] % PALETTE}`, dataset: { dims: p.dims.join(' ') }, title: `Evidence: ${titles}` }, node);
    }
    if (p.flags.length) {
      const titles = p.flags.map((f) => `${flags[f].title}: ${flags[f].fix}`).join('\n');
      node = h('span', { class: 'flagged', dataset: { flags: p.flags.join(' ') }, title: titles }, node);
    }
    body.append(node);
    for (const f of p.flags) {
      if (lastPieceOfFlag.get(f) === i) {
        body.append(h('sup', { class: 'flag-ref' }, h('a', { href: '#', dataset: { flag: f }, 'aria-label': `Flag ${f + 1}: ${flags[f].title}` }, `\u2691${f + 1}`)));
      }
    }
  });
  body.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-flag]');
    if (!link) return;
    event.preventDefault();
    const target = body.closest('.evaluation')?.querySelector(`[data-flag-item="${link.dataset.flag}"]`);
    if (target) target.focus();
  });
  return body;
}

function focusDimension(container, index) {
  container.querySelectorAll('mark.ev').forEach((m) => {
    const dims = m.dataset.dims.split(' ').map(Number);
    m.classList.toggle('dim-off', index !== null && !dims.includes(index));
    if (index !== null && dims.includes(index)) m.className = m.className.replace(/\bc\d\b/, `c${index % PALETTE}`);
    else if (index === null) m.className = m.className.replace(/\bc\d\b/, `c${dims[0] % PALETTE}`);
  });
}

/** A horizontal bar per dimension (0 to 2), with the number written out so the chart never relies on colour. */
export function dimensionChart(dimensions, { effective = {}, change = null, onPick } = {}) {
  const legendId = uid('chart');
  const chart = h('div', { class: 'dim-chart', role: 'group', 'aria-labelledby': legendId },
    h('h4', { id: legendId }, 'Dimensions (0 = not shown, 1 = shown, 2 = shown strongly)'));
  const rows = h('ol', { class: 'bars' });
  dimensions.forEach((d, i) => {
    const score = effective[d.key] ?? d.score;
    const delta = change && change[d.key];
    const button = h('button', {
      type: 'button', class: 'bar-row', 'aria-pressed': 'false', dataset: { dim: i },
      title: 'Show only this dimension\u2019s evidence',
    },
    h('span', { class: `swatch c${i % PALETTE}`, 'aria-hidden': 'true' }),
    h('span', { class: 'bar-label' }, d.title),
    h('span', { class: 'bar-track', 'aria-hidden': 'true' }, h('span', { class: `bar-fill s${Math.round(score)}`, style: { width: `${(score / 2) * 100}%` } })),
    h('span', { class: 'bar-value' }, `${score} / 2`,
      score !== d.score ? h('span', { class: 'override-note' }, ` (machine ${d.score})`) : null,
      delta ? h('span', { class: `delta ${delta > 0 ? 'up' : 'down'}` }, ` ${delta > 0 ? '+' : ''}${delta}`) : null));
    rows.append(h('li', {}, button));
  });
  rows.addEventListener('click', (event) => {
    const button = event.target.closest('button.bar-row');
    if (!button) return;
    const pressed = button.getAttribute('aria-pressed') === 'true';
    rows.querySelectorAll('button.bar-row').forEach((b) => b.setAttribute('aria-pressed', 'false'));
    if (!pressed) button.setAttribute('aria-pressed', 'true');
    if (onPick) onPick(pressed ? null : Number(button.dataset.dim));
  });
  chart.append(rows);
  return chart;
}

/** Everything about one evaluated answer. */
export function evaluationView(answerText, evaluation, { change = null, effective = {}, overrides = [] } = {}) {
  if (evaluation.notScored) {
    return h('div', { class: 'evaluation not-scored', role: 'status' },
      h('div', { class: 'verdict-line' }, h('span', { class: 'badge warn' }, 'Not scored')),
      h('p', { class: 'summary' }, evaluation.notScored));
  }
  const dimensions = evaluation.dimensions || [];
  const flags = evaluation.flags || [];
  const wrapper = h('div', { class: 'evaluation' });
  const answer = highlightedAnswer(answerText, evaluation);
  const chart = dimensionChart(dimensions, { effective, change, onPick: (i) => focusDimension(answer, i) });

  const target = evaluation.targetLevel;
  append(wrapper, [
    h('div', { class: 'verdict-line' },
      verdictBadge(evaluation.verdict),
      h('span', { class: 'metric' }, h('strong', {}, Number(evaluation.overall).toFixed(1)), ' / 4 overall'),
      h('span', { class: 'metric' }, h('strong', {}, String(evaluation.score)), ' / 100'),
      h('span', { class: 'metric' }, 'Level: ', h('strong', {}, levelName(evaluation.level)),
        target ? ` (target ${levelName(target)})` : '')),
    evaluation.summary ? h('p', { class: 'summary' }, evaluation.summary) : null,
    evaluation.fit && evaluation.fit.message ? h('p', { class: 'fit-note', role: 'note' },
      h('strong', {}, `Fits ${evaluation.fit.betterFitName} better: `), evaluation.fit.message) : null,
    change ? changeLine(change, dimensions) : null,
    h('div', { class: 'eval-grid' },
      h('div', {}, h('h4', {}, 'Your answer, with the evidence'), answer, legend(dimensions, flags)),
      chart)]);

  wrapper.append(h('h4', {}, 'What each dimension saw'), h('ul', { class: 'dim-notes' }, dimensions.map((d, i) => h('li', {},
    h('span', { class: `swatch c${i % PALETTE}`, 'aria-hidden': 'true' }),
    h('strong', {}, `${d.title}: `), d.feedback || '',
    (d.evidence || []).length ? h('ul', { class: 'quotes' }, d.evidence.map((e) => h('li', {}, h('q', {}, e.quote)))) : null,
    overrides.filter((o) => o.dimension === d.key).map((o) => h('p', { class: 'override' },
      `${o.by || 'Interviewer'} set ${o.score} / 2 (machine ${o.machineScore ?? d.score}): `, h('q', {}, o.reason)))))));

  if (flags.length) {
    wrapper.append(h('h4', {}, 'Flags and their fixes'), h('ol', { class: 'flags' }, flags.map((f, i) => h('li', {
      tabindex: '-1', dataset: { flagItem: i }, class: f.kind === 'RED_FLAG' ? 'red' : 'anti',
    },
    h('span', { class: 'flag-kind' }, `\u2691${i + 1} ${f.kind === 'RED_FLAG' ? 'Red flag' : 'Anti-pattern'}: `),
    h('strong', {}, f.title),
    (f.evidence || []).map((e) => h('span', {}, ' \u2014 ', h('q', {}, e.quote))),
    h('p', { class: 'fix' }, h('strong', {}, 'Fix: '), f.fix)))));
  } else {
    wrapper.append(h('p', { class: 'hint' }, 'No red flags or anti-patterns found.'));
  }

  if (evaluation.star) wrapper.append(starView(evaluation.star));
  if (evaluation.followUp) {
    wrapper.append(h('div', { class: 'follow-up' },
      h('h4', {}, 'The interviewer would ask next'),
      h('p', { class: 'question-text' }, evaluation.followUp.question),
      evaluation.followUp.probes ? h('p', { class: 'hint' }, `It probes: ${evaluation.followUp.probes}`) : null));
  }
  return wrapper;
}

function legend(dimensions, flags) {
  return h('p', { class: 'legend hint' },
    'Highlighted: words that earned a dimension (pick a bar to see only its words). ',
    flags.length ? 'Wavy red underline \u2691: a flag; its fix is listed below.' : '');
}

function changeLine(change, dimensions) {
  const moved = dimensions.filter((d) => change[d.key]);
  return h('div', { class: 'change', role: 'status' },
    h('strong', {}, 'Change from your previous attempt: '),
    moved.length ? moved.map((d, i) => h('span', { class: `delta ${change[d.key] > 0 ? 'up' : 'down'}` },
      `${i ? ', ' : ''}${d.title} ${change[d.key] > 0 ? '+' : ''}${change[d.key]}`)) : 'no dimension moved.');
}

function starView(star) {
  const segments = star.segments || [];
  return h('div', { class: 'star' },
    h('h4', {}, `STAR shape \u2014 ${star.words} words, about ${formatSeconds(star.estimatedSeconds)} spoken`),
    h('div', { class: 'star-bar', role: 'img', 'aria-label': segments.map((s) => `${humanize(s.part)} ${Math.round(s.share * 100)}%`).join(', ') },
      segments.map((s) => h('span', { class: `star-part ${s.part.toLowerCase()}`, style: { flexGrow: String(Math.max(s.share, 0.02)) }, title: `${humanize(s.part)}: ${Math.round(s.share * 100)}%` },
        s.share >= 0.12 ? s.part.charAt(0) : ''))),
    star.pacing ? h('p', {}, star.pacing) : null);
}

/** Per-dimension change between two evaluations of the same question. */
export function changeBetween(previous, current) {
  if (!previous || !current) return null;
  const before = Object.fromEntries((previous.dimensions || []).map((d) => [d.key, d.score]));
  const change = {};
  for (const d of current.dimensions || []) {
    if (d.key in before) change[d.key] = d.score - before[d.key];
  }
  return change;
}

