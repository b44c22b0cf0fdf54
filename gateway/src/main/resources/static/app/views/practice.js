import { h, fill, field, select, formatTime, humanize, levelName } from '../dom.js';
import { api } from '../api.js';

const MODES = [
  ['STUDY', 'Study', 'Read the card: signals, phrases, anti-patterns, follow-ups, level bars, then take its quiz.'],
  ['DRILL', 'Drill', 'One question, as many attempts as you like, each evaluated in seconds.'],
  ['MOCK', 'Mock interview', 'A timed interview: several questions and the follow-ups a bar raiser would ask, then a report.'],
];
const LEVELS = ['SDE1', 'SDE2', 'SENIOR', 'STAFF'];

export async function practiceView(main) {
  const state = { mode: 'DRILL', selected: [], cards: new Map() };
  const search = h('input', { type: 'search', placeholder: 'e.g. ownership, "disagree", "a time you failed"', autocomplete: 'off' });
  const list = h('ul', { class: 'choices', 'aria-label': 'Competencies' });
  const count = h('p', { class: 'hint', 'aria-live': 'polite' });
  const company = select([['', 'No company lens']], '', { name: 'company' });
  const level = select([['', 'Any level'], ...LEVELS.map((l) => [l, levelName(l)])], '', { name: 'targetLevel' });
  const questions = h('input', { type: 'number', min: 1, max: 5, value: 2, name: 'questionsPerCompetency' });
  const timeLimit = h('input', { type: 'number', min: 30, max: 900, step: 30, value: 180, name: 'answerTimeLimitSeconds' });
  const followUps = h('input', { type: 'number', min: 0, max: 2, value: 1, name: 'maxFollowUps' });
  const mockOptions = h('fieldset', { class: 'mock-options', hidden: true },
    h('legend', {}, 'Mock interview'),
    h('div', { class: 'row' },
      field('Questions per competency', questions),
      field('Seconds per answer', timeLimit),
      field('Follow-ups per question', followUps)));
  const status = h('p', { class: 'error', role: 'alert' });
  const start = h('button', { type: 'submit', class: 'primary' }, 'Start');
  const modeInputs = MODES.map(([value, label, description]) => h('label', { class: 'mode' },
    h('input', {
      type: 'radio', name: 'mode', value, checked: value === state.mode, onchange: () => {
        state.mode = value;
        if (value !== 'MOCK') state.selected = state.selected.slice(0, 1);
        update();
      },
    }),
    h('span', {}, h('strong', {}, label), h('span', { class: 'hint' }, description))));
  const recent = h('section', { class: 'recent', 'aria-labelledby': 'recent-h' });

  function update() {
    mockOptions.hidden = state.mode !== 'MOCK';
    start.textContent = state.mode === 'STUDY' ? 'Open the card' : state.mode === 'MOCK' ? 'Start the mock interview' : 'Start the drill';
    for (const item of list.children) {
      const input = item.querySelector('input');
      input.type = state.mode === 'MOCK' ? 'checkbox' : 'radio';
      input.checked = state.selected.includes(input.value);
    }
    const lenses = new Map([['', 'No company lens']]);
    for (const id of state.selected) {
      const card = state.cards.get(id);
      for (const lens of (card && card.companyLenses) || []) lenses.set(lens.company, `${lens.company}: ${lens.title}`);
    }
    const keep = company.value;
    fill(company, [...lenses].map(([v, label]) => h('option', { value: v, selected: v === keep }, label)));
  }

  async function choose(id, on) {
    if (state.mode === 'MOCK') {
      state.selected = on ? [...new Set([...state.selected, id])].slice(0, 5) : state.selected.filter((s) => s !== id);
    } else {
      state.selected = on ? [id] : [];
    }
    if (on && !state.cards.has(id)) {
      try {
        state.cards.set(id, await api(`/api/competencies/${encodeURIComponent(id)}`));
      } catch (e) { /* the lens list just stays short */ }
    }
    update();
  }

  let searchSeq = 0;
  async function runSearch() {
    const seq = ++searchSeq;
    const q = search.value.trim();
    try {
      const found = await api(`/api/competencies${q ? `?q=${encodeURIComponent(q)}` : ''}`);
      if (seq !== searchSeq) return;
      fill(list, found.map((c) => h('li', {},
        h('label', { class: 'choice' },
          h('input', {
            type: state.mode === 'MOCK' ? 'checkbox' : 'radio', name: 'competency', value: c.id, 'aria-label': c.name,
            checked: state.selected.includes(c.id), onchange: (e) => choose(c.id, e.target.checked),
          }),
          h('span', {}, h('strong', {}, c.name), h('span', { class: 'tag' }, c.company),
            h('span', { class: 'hint' }, c.tagline))))));
      count.textContent = found.length ? `${found.length} competenc${found.length === 1 ? 'y' : 'ies'}` : 'No competency matches; try another word.';
    } catch (error) {
      status.textContent = error.message;
    }
  }
  let timer = null;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(runSearch, 200);
  });

  const form = h('form', {
    onsubmit: async (event) => {
      event.preventDefault();
      status.textContent = '';
      if (!state.selected.length) {
        status.textContent = 'Choose a competency first.';
        list.querySelector('input')?.focus();
        return;
      }
      if (state.mode === 'STUDY') {
        location.hash = `#/study/${encodeURIComponent(state.selected[0])}`;
        return;
      }
      const body = { mode: state.mode };
      if (company.value) body.company = company.value;
      if (level.value) body.targetLevel = level.value;
      if (state.mode === 'MOCK') {
        body.competencyIds = state.selected;
        body.questionsPerCompetency = Number(questions.value);
        body.answerTimeLimitSeconds = Number(timeLimit.value);
        body.maxFollowUps = Number(followUps.value);
      } else {
        body.competencyId = state.selected[0];
      }
      start.disabled = true;
      try {
        const session = await api('/api/sessions', { method: 'POST', body });
        location.hash = `#/session/${encodeURIComponent(session.id)}`;
      } catch (error) {
        status.textContent = error.message;
      } finally {
        start.disabled = false;
      }
    },
  },
  h('h1', {}, 'Practice'),
  h('fieldset', {}, h('legend', {}, 'Competency'),
    field('Search by name or by a question you were asked', search), count, list),
  h('div', { class: 'row' }, field('Company lens', company, 'How a company frames this competency.'),
    field('Target level', level, 'The level bar the answer is judged against.')),
  h('fieldset', {}, h('legend', {}, 'Mode'), h('div', { class: 'modes' }, modeInputs)),
  mockOptions,
  status,
  h('div', { class: 'actions' }, start));

  const plan = h('section', { class: 'card plan', 'aria-labelledby': 'plan-h' });
  fill(main, h('div', { class: 'grid-2' }, h('div', { class: 'card' }, form), h('div', {}, plan, recent)));
  update();
  await runSearch();
  search.focus();
  loadPlan(plan);
  loadRecent(recent);
  return () => clearTimeout(timer);
}

async function loadPlan(plan) {
  fill(plan, h('h2', { id: 'plan-h' }, "Today's plan"));
  try {
    const today = await api('/api/candidates/me/plan');
    if (!today.items.length) {
      plan.append(h('p', { class: 'hint' }, 'Nothing is due: every principle has a story and none needs practice today.'));
      return;
    }
    plan.append(h('ol', { class: 'plan-items' }, today.items.map((item) => h('li', {},
      h('strong', {}, item.name), ': ', item.reason, ' ',
      item.action === 'WRITE_STORY'
        ? h('a', { href: '#/stories' }, 'Write a story')
        : h('a', { href: `#/stories/${encodeURIComponent(item.storyId)}` }, `Open “${item.storyTitle}”`)))));
  } catch (e) {
    plan.append(h('p', { class: 'hint' }, "Today's plan cannot be shown right now."));
  }
}

async function loadRecent(recent) {
  fill(recent, h('h2', { id: 'recent-h' }, 'Your sessions'));
  try {
    const sessions = await api('/api/sessions?status=all');
    if (!Array.isArray(sessions) || !sessions.length) {
      recent.append(h('p', { class: 'hint' }, 'No sessions yet. Your drills and mock interviews will be listed here.'));
      return;
    }
    recent.append(h('ul', { class: 'plain' }, sessions.slice(0, 10).map((s) => h('li', {},
      h('a', { href: `#/session/${encodeURIComponent(s.id)}` },
        `${humanize(s.mode)} \u00b7 ${(s.competencyIds || [s.competencyId]).join(', ')}`),
      h('span', { class: 'hint' }, ` ${humanize(s.status)}, ${s.answers ?? 0} answer(s), ${formatTime(s.updatedAt)}`),
      ['COMPLETED'].includes(s.status) ? [' ', h('a', { href: `#/report/${encodeURIComponent(s.id)}` }, 'Report')] : null))));
  } catch (e) {
    recent.append(h('p', { class: 'hint' }, 'Your past sessions cannot be listed right now.'));
  }
}
