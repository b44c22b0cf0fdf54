import { h, fill, field, formatTime, humanize, announce } from '../dom.js';
import { api, currentUser } from '../api.js';

// #/stories: the bank, a new story and the matrix; #/stories/<id>: one story, its mapping as it arrives (over the
// story's event stream), its versions.
export async function storiesView(main, id) {
  return id ? storyView(main, id) : bankView(main);
}

const MAPPING_POLL_MS = 1000;

function heat(overall) {
  if (overall >= 3.5) return 'heat-4';
  if (overall >= 2.5) return 'heat-3';
  if (overall >= 1.5) return 'heat-2';
  return 'heat-1';
}

function verdictText(cell) {
  return `${humanize(cell.verdict)}, ${Number(cell.overall).toFixed(1)} / 4`;
}

async function bankView(main) {
  const title = h('input', { type: 'text', maxlength: 200, required: true, autocomplete: 'off' });
  const text = h('textarea', { rows: 10, maxlength: 20000, required: true });
  const status = h('p', { class: 'error', role: 'alert' });
  const form = h('form', {
    class: 'card', onsubmit: async (event) => {
      event.preventDefault();
      status.textContent = '';
      try {
        const story = await api('/api/stories', { method: 'POST', body: { title: title.value, text: text.value } });
        location.hash = `#/stories/${encodeURIComponent(story.id)}`;
      } catch (error) {
        status.textContent = error.message;
      }
    },
  }, h('h2', {}, 'Write a story'),
  field('Title', title),
  field('Story (Situation, Task, Action, Result)', text, 'Tell it as you would aloud. Saving maps it to every principle it speaks to.'),
  status, h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Save story')));

  const [stories, coverage] = await Promise.all([api('/api/stories'), api('/api/stories/coverage')]);
  fill(main,
    h('div', { class: 'page-head' }, h('h1', {}, 'Your stories'),
      stories.length ? h('button', { type: 'button', onclick: () => exportMarkdown(status) }, 'Export as Markdown') : null),
    stories.length ? h('section', { class: 'card' }, h('h2', {}, 'Story bank'),
      h('ul', { class: 'story-list' }, stories.map((s) => h('li', {},
        h('a', { href: `#/stories/${encodeURIComponent(s.id)}` }, s.title),
        h('span', { class: 'hint' }, ` version ${s.version}, ${formatTime(s.updatedAt)}`))))) : null,
    matrix(coverage),
    form);
  if (coverage.pending > 0) {
    const timer = setTimeout(() => { if (location.hash === '#/stories') bankView(main); }, MAPPING_POLL_MS * 2);
    return () => clearTimeout(timer);
  }
  return null;
}

function matrix(coverage) {
  const principles = coverage.principles || [];
  const rows = (coverage.stories || []).filter((s) => s.mapped);
  const status = h('section', { class: 'card', 'aria-labelledby': 'matrix-h' },
    h('h2', { id: 'matrix-h' }, 'Which principles your stories cover'),
    h('ul', { class: 'coverage-summary' }, principles.map((p) => h('li', { class: `coverage ${p.status.toLowerCase()}` },
      h('strong', {}, p.name), ' ', h('span', { class: 'tag' }, humanize(p.status)),
      p.best ? h('span', { class: 'hint' }, ` best: ${p.best.title} (${verdictText(p.best)})`) : null))));
  if (!rows.length) {
    status.append(h('p', { class: 'hint' }, coverage.pending ? 'Your stories are being mapped\u2026' : 'Write a story to see what it covers.'));
    return status;
  }
  const byCell = new Map();
  rows.forEach((r) => r.cells.forEach((c) => byCell.set(`${r.storyId}|${c.competencyId}`, c)));
  const speaks = new Map(principles.map((p) => [p.competencyId, new Set([p.best, ...(p.alsoCovers || [])]
    .filter(Boolean).map((c) => c.storyId))]));
  status.append(h('div', { class: 'matrix-scroll' }, h('table', { class: 'matrix' },
    h('caption', { class: 'hint' }, 'Colour: the grade the story would get for the principle; outlined: the principles it speaks to. Hover or focus a cell for the verdict and the sentence that shows it best.'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Story'),
      principles.map((p) => h('th', { scope: 'col', title: p.name }, h('span', { class: 'vertical' }, p.name))))),
    h('tbody', {}, rows.map((r) => h('tr', {}, h('th', { scope: 'row' },
      h('a', { href: `#/stories/${encodeURIComponent(r.storyId)}` }, r.title)),
    principles.map((p) => {
      const cell = byCell.get(`${r.storyId}|${p.competencyId}`);
      if (!cell) return h('td', {}, '');
      const label = `${r.title} for ${p.name}: ${verdictText(cell)}${speaks.get(p.competencyId).has(r.storyId) ? ', speaks to it' : ''}`
        + (cell.evidence ? `. Best evidence: \u201c${cell.evidence}\u201d` : '');
      return h('td', { class: `${heat(cell.overall)}${speaks.get(p.competencyId).has(r.storyId) ? ' speaks' : ''}`, title: label, tabindex: 0, 'aria-label': label },
        Number(cell.overall).toFixed(1));
    })))))));
  return status;
}

async function exportMarkdown(status) {
  try {
    const response = await fetch('/api/stories/export?format=markdown', {
      headers: { Authorization: `Bearer ${currentUser().token}`, Accept: 'text/markdown' },
    });
    if (!response.ok) throw new Error(`Export failed (${response.status})`);
    const url = URL.createObjectURL(new Blob([await response.text()], { type: 'text/markdown' }));
    const link = h('a', { href: url, download: 'story-bank.md' });
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
  } catch (error) {
    status.textContent = error.message;
  }
}

async function storyView(main, id) {
  let story = await api(`/api/stories/${encodeURIComponent(id)}`);
  const title = h('input', { type: 'text', maxlength: 200, value: story.title, required: true });
  const text = h('textarea', { rows: 12, maxlength: 20000, required: true, value: story.text });
  const status = h('p', { class: 'error', role: 'alert' });
  const mapping = h('section', { class: 'card mapping', 'aria-live': 'polite' });
  const versions = h('section', { class: 'card' });
  const heading = h('h1', {}, story.title);

  async function showVersions() {
    const list = await api(`/api/stories/${encodeURIComponent(id)}/versions`);
    fill(versions, h('h2', {}, 'Versions'), h('ul', { class: 'versions plain' }, list.map((v) => h('li', {},
      h('details', {}, h('summary', {}, `Version ${v.version}: ${v.title}, ${formatTime(v.savedAt)}`), h('p', { class: 'answer-text' }, v.text))))));
  }

  function showMapping() {
    fill(mapping, h('h2', {}, 'Principles it covers'), h('p', { class: 'evaluating' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'Mapping your story to every principle\u2026'));
  }

  // the story's own event stream says when its current version is mapped (the cookie signs the stream in)
  const source = new EventSource(`/api/stories/${encodeURIComponent(id)}/events`);
  let last = null;
  function showState() {
    if (last && last.version === story.version && last.mapped) showMapped().catch((error) => { status.textContent = error.message; });
    else showMapping();
  }
  source.addEventListener('story-mapping', (event) => {
    last = JSON.parse(event.data);
    showState();
  });

  async function showMapped() {
    const coverage = await api('/api/stories/coverage');
    const row = (coverage.stories || []).find((s) => s.storyId === id);
    if (!row || !row.mapped || row.version !== story.version) return;
    const names = new Map((coverage.principles || []).map((p) => [p.competencyId, p.name]));
    const cells = new Map(row.cells.map((c) => [c.competencyId, c]));
    const spoken = row.primary ? [row.primary, ...row.secondary] : [];
    fill(mapping, h('h2', {}, 'Principles it covers'),
      spoken.length ? h('ul', { class: 'principles' }, spoken.map((competencyId, i) => {
        const cell = cells.get(competencyId);
        return h('li', {},
          h('strong', {}, i === 0 ? `Primary principle: ${names.get(competencyId) || competencyId}` : names.get(competencyId) || competencyId),
          ' ', h('span', { class: `badge ${cell.overall >= 3.5 ? 'good' : cell.overall >= 2.5 ? 'ok' : cell.overall >= 1.5 ? 'warn' : 'bad'}` }, verdictText(cell)),
          ' ', h('button', { type: 'button', onclick: () => practise(competencyId) }, `Practise as a drill for ${names.get(competencyId) || competencyId}`));
      })) : h('p', {}, 'The scorer found no principle this story clearly speaks to. Add what you did and what changed, then save again.'));
    announce('Your story is mapped.');
  }

  async function practise(competencyId) {
    status.textContent = '';
    try {
      const session = await api('/api/sessions', { method: 'POST', body: { mode: 'DRILL', competencyId, storyId: id } });
      sessionStorage.setItem(`highbar.drill-story.${session.id}`, JSON.stringify({ storyId: id, title: story.title }));
      location.hash = `#/session/${encodeURIComponent(session.id)}`;
    } catch (error) {
      status.textContent = error.message;
    }
  }

  const form = h('form', {
    class: 'card', onsubmit: async (event) => {
      event.preventDefault();
      status.textContent = '';
      try {
        story = await api(`/api/stories/${encodeURIComponent(id)}`, { method: 'PUT', body: { title: title.value, text: text.value, tags: story.tags, role: story.role, when: story.when } });
        heading.textContent = story.title;
        announce(`Saved as version ${story.version}.`);
        showState();
        await showVersions();
      } catch (error) {
        status.textContent = error.message;
      }
    },
  }, h('h2', {}, 'Edit'), field('Title', title), field('Story (Situation, Task, Action, Result)', text,
    'A changed title or text is saved as a new version and mapped again; earlier versions stay below.'),
  status, h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Save new version'),
    h('a', { href: '#/stories' }, 'Back to your stories')));

  showMapping();
  fill(main, heading, mapping, form, versions);
  await showVersions();
  return () => source.close();
}
