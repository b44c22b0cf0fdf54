import { h, fill, field, select } from '../dom.js';
import { api, ApiError } from '../api.js';

/** Admins: import a competency card; a 422 shows each problem next to the line of the card it is about. */
export async function adminContentView(main) {
  const cards = await api('/api/competencies');
  const pick = select([['', 'A new card'], ...cards.map((c) => [c.id, c.name])], '', { name: 'card' });
  const id = h('input', { name: 'id', required: true, pattern: '[a-z0-9-]+', autocomplete: 'off' });
  const editor = h('textarea', { rows: 24, class: 'code', spellcheck: 'false', name: 'json' });
  const result = h('div', { class: 'import-result', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Validate and import');

  pick.addEventListener('change', async () => {
    fill(result);
    if (!pick.value) {
      id.value = '';
      editor.value = '';
      return;
    }
    const card = await api(`/api/competencies/${encodeURIComponent(pick.value)}`);
    id.value = card.id;
    editor.value = JSON.stringify(card, null, 2);
  });

  const form = h('form', {
    class: 'card', onsubmit: async (event) => {
      event.preventDefault();
      fill(result);
      let parsed;
      try {
        parsed = JSON.parse(editor.value);
      } catch (error) {
        fill(result, h('p', { class: 'error', role: 'alert' }, `The text is not valid JSON: ${error.message}`));
        const at = /position (\d+)/.exec(error.message);
        editor.focus();
        if (at) editor.setSelectionRange(Number(at[1]), Number(at[1]) + 1);
        return;
      }
      submit.disabled = true;
      try {
        const saved = await api(`/api/competencies/${encodeURIComponent(id.value.trim())}`, { method: 'PUT', body: editor.value, raw: true });
        fill(result, h('p', { class: 'ok', role: 'status' }, `Imported ${saved.name} as version ${saved.version}. The scorer uses it from the next answer on.`));
      } catch (error) {
        if (error instanceof ApiError && Array.isArray(error.problem.errors)) {
          fill(result, annotated(parsed, error.problem, editor));
        } else {
          fill(result, h('p', { class: 'error', role: 'alert' }, error.message));
        }
      } finally {
        submit.disabled = false;
      }
    },
  },
  h('div', { class: 'row' }, field('Start from', pick), field('Card id', id, 'Lower-case words joined by hyphens, e.g. ownership.')),
  field('Card (JSON)', editor, 'Edit the card, then import it. Every problem is listed next to its line below.'),
  h('div', { class: 'actions' }, submit));

  fill(main, h('h1', {}, 'Content import'), form, result);
  return null;
}

/** The card pretty-printed line by line, each problem shown under the line it names (or its nearest parent). */
function annotated(card, problem, editor) {
  const lines = [];
  walk(card, '$', 0, null, lines, true);
  const index = new Map(lines.map((l, i) => [l.path, i]).reverse());
  const byLine = new Map();
  for (const e of problem.errors) {
    let path = e.path || '$';
    while (!index.has(path) && path !== '$') path = parent(path);
    const line = index.get(path) ?? 0;
    if (!byLine.has(line)) byLine.set(line, []);
    byLine.get(line).push(e);
  }
  const text = editor.value;
  const view = h('ol', { class: 'code annotated' });
  lines.forEach((l, i) => {
    const errors = byLine.get(i) || [];
    view.append(h('li', { class: errors.length ? 'has-error' : null, id: errors.length ? `err-line-${i}` : null },
      h('code', {}, l.text),
      errors.map((e) => h('p', { class: 'inline-error' }, h('strong', {}, `${e.path}: `), e.message))));
  });
  return h('div', { class: 'card' },
    h('h2', { role: 'alert' }, problem.title || 'Invalid card'),
    h('p', {}, problem.detail),
    h('ul', { class: 'error-index' }, problem.errors.map((e) => {
      let path = e.path || '$';
      while (!index.has(path) && path !== '$') path = parent(path);
      return h('li', {}, h('a', { href: `#err-line-${index.get(path) ?? 0}`, onclick: (ev) => {
        ev.preventDefault();
        document.getElementById(`err-line-${index.get(path) ?? 0}`)?.scrollIntoView({ block: 'center' });
        const key = e.path.split(/[.[\]]/).filter(Boolean).pop();
        const at = key ? text.indexOf(`"${key}"`) : -1;
        if (at >= 0) editor.setSelectionRange(at, at + key.length + 2);
      } }, e.path), ` ${e.message}`);
    })),
    view);
}

function parent(path) {
  const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
  return cut > 0 ? path.slice(0, cut) : '$';
}

function walk(value, path, depth, key, lines, last) {
  const pad = '  '.repeat(depth);
  const label = key === null ? '' : `${JSON.stringify(key)}: `;
  const comma = last ? '' : ',';
  if (Array.isArray(value)) {
    lines.push({ path, text: `${pad}${label}[` });
    value.forEach((v, i) => walk(v, `${path}[${i}]`, depth + 1, null, lines, i === value.length - 1));
    lines.push({ path: `${path}#end`, text: `${pad}]${comma}` });
  } else if (value && typeof value === 'object') {
    lines.push({ path, text: `${pad}${label}{` });
    const keys = Object.keys(value);
    keys.forEach((k, i) => walk(value[k], `${path}.${k}`, depth + 1, k, lines, i === keys.length - 1));
    lines.push({ path: `${path}#end`, text: `${pad}}${comma}` });
  } else {
    lines.push({ path, text: `${pad}${label}${JSON.stringify(value)}${comma}` });
  }
}
