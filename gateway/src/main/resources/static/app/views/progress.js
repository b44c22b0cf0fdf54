import uPlot from '/webjars/uplot/dist/uPlot.esm.js';
import { h, fill, formatTime } from '../dom.js';
import { api, competencyNames } from '../api.js';

const COLOURS = ['#0b3d91', '#b3261e', '#1b7f3b', '#7a3fb0', '#a15c00', '#006b75'];

export async function progressView(main) {
  let progress;
  try {
    progress = await api('/api/candidates/me/progress');
  } catch (error) {
    fill(main, h('h1', {}, 'Your progress'), h('p', { class: 'error', role: 'alert' }, error.message));
    return null;
  }
  const competencies = progress.competencies || [];
  const names = await competencyNames();
  const name = (id) => names.get(id) || id;
  const chartBox = h('div', { class: 'chart-box' });
  fill(main,
    h('h1', {}, 'Your progress'),
    h('div', { class: 'card verdict-line' },
      h('span', { class: 'metric' }, h('strong', {}, String(progress.sessionsCompleted ?? 0)), ' sessions completed'),
      h('span', { class: 'metric' }, h('strong', {}, String(progress.sessionsStarted ?? 0)), ' started'),
      h('span', { class: 'metric' }, h('strong', {}, String(progress.answersEvaluated ?? 0)), ' answers evaluated')),
    h('section', { class: 'card' }, h('h2', {}, 'Overall score over time (1 = strong no hire, 4 = strong hire)'),
      competencies.length ? chartBox : h('p', {}, 'No evaluated answers yet: finish a drill and come back.'),
      competencies.length ? trendTable(competencies, name) : null),
    (progress.weakestDimensions || []).length ? h('section', { class: 'card' }, h('h2', {}, 'Weakest dimensions'),
      h('ol', {}, progress.weakestDimensions.map((w) => h('li', {}, `${name(w.competencyId)}: ${w.dimension}, average ${Number(w.average).toFixed(2)} / 2`)))) : null);

  let plot = null;
  if (competencies.length) {
    const times = [...new Set(competencies.flatMap((c) => (c.overallTrend || []).map((p) => Math.floor(new Date(p.at).getTime() / 1000))))].sort((a, b) => a - b);
    const series = competencies.map((c) => {
      const byTime = new Map((c.overallTrend || []).map((p) => [Math.floor(new Date(p.at).getTime() / 1000), p.overall]));
      return times.map((t) => (byTime.has(t) ? byTime.get(t) : null));
    });
    const width = () => Math.max(280, chartBox.clientWidth || 600);
    plot = new uPlot({
      width: width(), height: 260,
      scales: { y: { range: [1, 4] } },
      series: [{}, ...competencies.map((c, i) => ({ label: name(c.competencyId), stroke: COLOURS[i % COLOURS.length], width: 2, spanGaps: true, points: { size: 7 } }))],
      axes: [{}, { values: (u, ticks) => ticks.map((t) => t.toFixed(1)) }],
    }, [times, ...series], chartBox);
    chartBox.setAttribute('role', 'img');
    chartBox.setAttribute('aria-label', 'Overall score per competency over time; the table below has the same numbers.');
    const resize = () => plot.setSize({ width: width(), height: 260 });
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      plot.destroy();
    };
  }
  return null;
}

function trendTable(competencies, name) {
  return h('details', {}, h('summary', {}, 'The same numbers as a table'),
    h('table', {}, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Competency'), h('th', { scope: 'col' }, 'When'), h('th', { scope: 'col' }, 'Overall'))),
      h('tbody', {}, competencies.flatMap((c) => (c.overallTrend || []).map((p) => h('tr', {},
        h('td', {}, name(c.competencyId)), h('td', {}, formatTime(p.at)), h('td', {}, Number(p.overall).toFixed(1))))))));
}
