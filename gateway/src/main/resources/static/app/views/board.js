import { h, fill, formatTime, humanize, announce } from '../dom.js';
import { api, competencyNames } from '../api.js';
import { openStream, SESSION_EVENTS } from '../stream.js';
import { verdictBadge } from '../evaluation.js';

/** Interviewers: every live session shared with them, updating as candidates answer. */
export async function boardView(main) {
  const rows = new Map(); // sessionId → { el, parts }
  const names = await competencyNames();
  const list = h('ul', { class: 'board', 'aria-live': 'polite' });
  const empty = h('p', { class: 'hint' }, 'No live session is shared with you yet. When a candidate shares one, it appears here.');
  const live = h('span', { class: 'stream-state', role: 'status', dataset: { state: 'connecting' } }, 'Connecting\u2026');
  fill(main, h('div', { class: 'page-head' }, h('h1', {}, 'Live board'), live), empty, list);

  function row(summary) {
    let entry = rows.get(summary.id);
    if (!entry) {
      const parts = {
        title: h('h2', {}, ''),
        status: h('span', { class: 'badge ok' }, ''),
        question: h('p', { class: 'question-text' }, ''),
        answer: h('p', { class: 'answer-raw board-answer' }, ''),
        evaluation: h('div', { class: 'board-eval' }, ''),
        updated: h('span', { class: 'hint' }, ''),
      };
      const el = h('li', { class: 'card board-row', dataset: { sessionId: summary.id } },
        h('div', { class: 'page-head' }, parts.title, parts.status),
        parts.question, parts.answer, parts.evaluation,
        h('p', {}, h('a', { href: `#/watch/${encodeURIComponent(summary.id)}` }, 'Watch this session'), ' ', parts.updated));
      entry = { el, parts, summary: {} };
      rows.set(summary.id, entry);
      list.prepend(el);
    }
    entry.summary = { ...entry.summary, ...summary };
    const s = entry.summary;
    entry.parts.title.textContent = `${s.candidateId} \u00b7 ${humanize(s.mode)} \u00b7 ${(s.competencyIds || []).map((c) => names.get(c) || c).join(', ')}`;
    entry.parts.status.textContent = humanize(s.status);
    if (s.currentQuestion) entry.parts.question.textContent = s.currentQuestion.text || '';
    entry.parts.updated.textContent = s.updatedAt ? `updated ${formatTime(s.updatedAt)}` : '';
    empty.hidden = rows.size > 0;
    return entry;
  }

  async function reload() {
    try {
      const sessions = await api('/api/sessions?status=live');
      for (const s of sessions.slice().reverse()) row(s);
      // the summaries have no answer text: read each session once for its latest answer
      await Promise.all(sessions.filter((s) => s.answers && !rows.get(s.id).parts.answer.textContent).map(async (s) => {
        const full = await api(`/api/sessions/${encodeURIComponent(s.id)}`).catch(() => null);
        const last = full && full.answers && full.answers[full.answers.length - 1];
        if (last && !rows.get(s.id).parts.answer.textContent) {
          onEvent('answer-submitted', { sessionId: s.id, candidateId: s.candidateId, data: last });
          if (last.evaluation) onEvent('answer-evaluated', { sessionId: s.id, candidateId: s.candidateId, data: last });
        }
      }));
    } catch (error) {
      empty.textContent = error.message;
    }
  }

  function onEvent(name, message) {
    const data = message.data || {};
    const id = message.sessionId;
    if (name === 'session-started') {
      row({ ...data, id });
      announce(`${message.candidateId} started a session.`);
      return;
    }
    const entry = rows.get(id) || row({ id, candidateId: message.candidateId, competencyIds: [] });
    switch (name) {
      case 'question-asked':
      case 'follow-up-asked':
        entry.parts.question.textContent = data.text;
        fill(entry.parts.answer);
        fill(entry.parts.evaluation);
        break;
      case 'answer-submitted':
        fill(entry.parts.answer, h('strong', {}, 'Answer: '), data.text);
        fill(entry.parts.evaluation, h('span', { class: 'hint' }, 'Evaluating\u2026'));
        entry.summary.status = 'AWAITING_EVALUATION';
        announce(`${message.candidateId} answered.`);
        break;
      case 'answer-evaluated': {
        const e = data.evaluation;
        entry.summary.status = 'ASKING';
        if (e.notScored) fill(entry.parts.evaluation, verdictBadge(e.verdict), ` ${e.notScored}`);
        else fill(entry.parts.evaluation, verdictBadge(e.verdict), ` ${Number(e.overall).toFixed(1)} / 4 \u00b7 ${e.score} / 100 \u00b7 `,
          (e.dimensions || []).map((d) => `${d.title} ${d.score}`).join(', '));
        break;
      }
      case 'answer-failed':
        fill(entry.parts.evaluation, h('span', { class: 'error' }, `Not evaluated: ${data.reason}`));
        break;
      case 'session-completed':
        entry.summary.status = data.status;
        break;
      default:
    }
    entry.parts.status.textContent = humanize(entry.summary.status);
  }

  await reload();
  // a safety net for anything the stream cannot tell (it has no replay): the list is read again now and then
  const poll = setInterval(reload, 20000);
  const stream = openStream('/api/sessions/live/events', onEvent, (state, reopened) => {
    live.dataset.state = state;
    live.textContent = { connecting: 'Connecting\u2026', live: 'Live', reconnecting: 'Reconnecting\u2026', closed: 'Closed' }[state];
    if (state === 'live' && reopened) reload();
  }, { names: [...SESSION_EVENTS, 'session-started'], key: (name, m) => (m.sessionId && m.seq ? `${name}:${m.sessionId}:${m.seq}` : null) });
  return () => {
    clearInterval(poll);
    stream.close();
  };
}
