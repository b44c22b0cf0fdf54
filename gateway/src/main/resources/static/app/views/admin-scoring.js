import { h, fill } from '../dom.js';
import { api } from '../api.js';

/** Admins: the scoring workers, their lag and speed, and the controls to scale or pause them. Refreshes every 2 s. */
export async function adminScoringView(main) {
  const summary = h('div', { class: 'card verdict-line', 'aria-live': 'off' });
  const instances = h('tbody');
  const lag = h('div', { class: 'lag-bars' });
  const status = h('p', { class: 'hint', role: 'status' });
  const updated = h('span', { class: 'hint' });
  fill(main,
    h('div', { class: 'page-head' }, h('h1', {}, 'Scoring workers'), updated),
    summary,
    h('section', { class: 'card' }, h('h2', {}, 'Instances'),
      h('div', { class: 'table-wrap' }, h('table', {},
        h('thead', {}, h('tr', {}, ['Instance', 'Host', 'Threads', 'Partitions', 'Set threads'].map((t) => h('th', { scope: 'col' }, t)))),
        instances)),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'secondary', onclick: () => control('pause') }, 'Pause all'),
        h('button', { type: 'button', class: 'secondary', onclick: () => control('resume') }, 'Resume all')),
      status),
    h('section', { class: 'card' }, h('h2', {}, 'Lag per partition'), lag));

  async function control(action) {
    try {
      await api(`/api/admin/scoring/${action}`, { method: 'POST' });
      status.textContent = action === 'pause' ? 'Paused: answers wait in Kafka until you resume.' : 'Resumed.';
    } catch (error) {
      status.textContent = error.message;
    }
  }

  const editing = new Set();
  async function refresh() {
    let s;
    try {
      s = await api('/api/admin/scoring');
    } catch (error) {
      status.textContent = error.message;
      return;
    }
    const t = s.throughput || {};
    const l = s.evaluationLatency || {};
    fill(summary,
      h('span', { class: 'metric' }, h('strong', {}, String((s.instances || []).length)), ' instance(s)'),
      h('span', { class: 'metric' }, h('strong', {}, String((s.instances || []).reduce((n, i) => n + i.threads, 0))), ' threads'),
      h('span', { class: 'metric' }, h('strong', {}, String(s.lag?.total ?? 0)), ' answers waiting'),
      h('span', { class: 'metric' }, h('strong', {}, Number(t.answersPerSecondIn || 0).toFixed(1)), ' in/s \u00b7 ',
        h('strong', {}, Number(t.evaluationsPerSecondOut || 0).toFixed(1)), ' out/s'),
      h('span', { class: 'metric' }, `p50 ${l.p50Ms ?? 0} ms \u00b7 p99 ${l.p99Ms ?? 0} ms`),
      s.self?.paused ? h('span', { class: 'badge warn' }, 'paused') : null);
    if (!editing.size) {
      fill(instances, (s.instances || []).map((i) => {
        const threads = h('input', { type: 'number', min: 1, max: 12, value: i.threads, 'aria-label': `Threads for ${i.instanceId}` });
        threads.addEventListener('focus', () => editing.add(i.instanceId));
        threads.addEventListener('blur', () => editing.delete(i.instanceId));
        return h('tr', {}, h('td', {}, i.instanceId), h('td', {}, i.host || ''), h('td', {}, String(i.threads)),
          h('td', {}, (i.partitions || []).join(', ')),
          h('td', {}, h('form', {
            class: 'inline-form', onsubmit: async (event) => {
              event.preventDefault();
              try {
                await api(`/api/admin/scoring/instances/${encodeURIComponent(i.instanceId)}/concurrency`, { method: 'PUT', body: { threads: Number(threads.value) } });
                status.textContent = `${i.instanceId}: restarting with ${threads.value} thread(s).`;
              } catch (error) {
                status.textContent = error.message;
              }
              editing.delete(i.instanceId);
            },
          }, threads, h('button', { type: 'submit', class: 'secondary' }, 'Apply'))));
      }));
    }
    const max = Math.max(1, ...(s.lag?.partitions || []).map((p) => p.lag));
    fill(lag, (s.lag?.partitions || []).map((p) => h('div', { class: 'lag-row' },
      h('span', {}, `P${p.partition}`),
      h('span', { class: 'bar-track', 'aria-hidden': 'true' }, h('span', { class: 'bar-fill', style: { width: `${(p.lag / max) * 100}%` } })),
      h('span', {}, `${p.lag}`))));
    updated.textContent = `updated ${new Date().toLocaleTimeString()}`;
  }
  await refresh();
  const timer = setInterval(refresh, 2000);
  return () => clearInterval(timer);
}

