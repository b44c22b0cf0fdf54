import { h, fill, field, select, formatSeconds, formatTime, humanize, levelName, announce, uid } from '../dom.js';
import { api, currentUser, competencyNames } from '../api.js';
import { openStream } from '../stream.js';
import { evaluationView, changeBetween } from '../evaluation.js';

const WORDS_PER_MINUTE = 150;
const FINAL = ['COMPLETED', 'ABANDONED', 'EXPIRED'];

/** A DRILL or MOCK session as it happens: built from its event stream, which replays everything on open. */
export async function sessionView(main, id, ctx = {}) {
  const watching = !!ctx.watching;
  const session = await api(`/api/sessions/${encodeURIComponent(id)}`);
  const me = currentUser();
  const isOwner = session.candidateId === me.username;
  const canReview = watching || (!isOwner && (me.roles.includes('INTERVIEWER') || me.roles.includes('ADMIN')));

  const state = {
    status: session.status,
    mode: session.mode,
    questions: new Map(), // questionId → { el, attempts, text }
    answers: new Map(), // answerId → { el, slot, questionId, text, evaluation, overrides: Map, change }
    current: null, // { id, text, kind, deadline, timeLimitSeconds }
    pending: null, // answerId being evaluated
    answered: new Set(), // MOCK: questions already answered
    overrides: new Map(), // answerId → Map(overrideId → override)
    notes: new Set(),
    seqs: [],
  };

  const names = await competencyNames();
  const titleText = `${humanize(session.mode)} \u00b7 ${(session.competencyIds || [session.competencyId]).map((c) => names.get(c) || c).join(', ')}`;
  const live = h('span', { class: 'stream-state', role: 'status', dataset: { state: 'connecting' } }, 'Connecting\u2026');
  const timeline = h('div', { class: 'timeline', dataset: { lastEventId: '0' } });
  const completedBanner = h('div', { class: 'banner', hidden: true, role: 'status' });
  const notesList = h('ul', { class: 'notes', 'aria-live': 'polite' });
  const notesSection = h('section', { class: 'card notes-card', hidden: !canReview && !(session.notes || []).length },
    h('h2', {}, 'Interviewer notes'), notesList);

  const composer = isOwner && !watching ? buildComposer() : null;
  // a DRILL started from a story (the story page remembers which, for this tab): a better attempt can be saved back
  const fromStory = composer && session.mode === 'DRILL'
    ? JSON.parse(sessionStorage.getItem(`highbar.drill-story.${session.id}`) || 'null') : null;
  const side = h('aside', { class: 'side' });
  if (isOwner && !watching) side.append(shareForm(), endForm());
  if (canReview) side.append(noteForm());
  side.append(notesSection);

  fill(main,
    h('div', { class: 'page-head' },
      h('h1', {}, watching ? `Watching ${session.candidateId}: ${titleText}` : titleText),
      live),
    h('p', { class: 'meta' },
      session.company ? `${session.company} lens \u00b7 ` : 'No company lens \u00b7 ',
      session.targetLevel ? `target ${levelName(session.targetLevel)}` : 'any level',
      session.plan ? ` \u00b7 ${session.plan.questionsTotal} question(s), ${formatSeconds(session.plan.answerTimeLimitSeconds)} per answer` : ''),
    completedBanner,
    h('div', { class: 'session-layout' },
      h('div', { class: 'session-main' }, timeline, composer ? composer.el : null),
      side));

  for (const note of session.notes || []) addNote(note);
  for (const a of session.answers || []) {
    for (const o of a.overrides || []) rememberOverride(a.answerId, o);
  }
  if (FINAL.includes(session.status)) showCompleted(session.status);

  // ---- events --------------------------------------------------------------------------------------------------
  function onEvent(name, data, seq) {
    if (seq) {
      state.seqs.push(seq);
      timeline.dataset.lastEventId = String(seq);
      timeline.dataset.seqs = state.seqs.join(',');
    }
    switch (name) {
      case 'question-asked':
      case 'follow-up-asked':
        addQuestion(data, name === 'follow-up-asked');
        break;
      case 'answer-submitted':
        addAnswer(data);
        break;
      case 'answer-evaluated':
        evaluated(data);
        break;
      case 'answer-failed':
        failed(data);
        break;
      case 'session-completed':
        showCompleted(data.status);
        break;
      case 'interviewer-note-added':
        addNote(data);
        break;
      case 'score-overridden':
        rememberOverride(data.answerId, data);
        renderEvaluation(data.answerId);
        break;
      default:
    }
    refreshComposer();
  }

  function addQuestion(q, followUp) {
    if (!state.questions.has(q.questionId)) {
      const number = followUp ? `Follow-up${q.followUpNumber ? ` ${q.followUpNumber}` : ''}`
        : q.total ? `Question ${(q.index ?? state.questions.size) + 1} of ${q.total}` : 'Question';
      const attempts = h('ol', { class: 'attempts' });
      const el = h('article', { class: `question ${followUp ? 'follow-up-q' : ''}`, dataset: { questionId: q.questionId } },
        h('h2', { class: 'q-label' }, number, q.competencyId && session.mode === 'MOCK' ? h('span', { class: 'tag' }, q.competencyId) : null),
        h('p', { class: 'question-text' }, q.text),
        attempts);
      state.questions.set(q.questionId, { el, attempts, text: q.text, count: 0 });
      timeline.append(el);
    }
    state.current = { id: q.questionId, text: q.text, deadline: q.deadline, timeLimitSeconds: q.timeLimitSeconds, askedAt: q.askedAt };
    if (composer) composer.newQuestion();
    announce(`${followUp ? 'Follow-up' : 'Question'}: ${q.text}`);
  }

  function addAnswer(a) {
    if (state.answers.has(a.answerId)) return;
    let question = state.questions.get(a.questionId);
    if (!question) {
      addQuestion({ questionId: a.questionId, text: '' }, false);
      question = state.questions.get(a.questionId);
    }
    question.count += 1;
    const attempt = a.attempt || question.count;
    const slot = h('div', { class: 'eval-slot pending', 'aria-busy': 'true' },
      h('p', { class: 'evaluating' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), 'The bar raiser is reading your answer\u2026'));
    const text = h('p', { class: 'answer-raw' }, a.text);
    const el = h('li', { class: 'answer', dataset: { answerId: a.answerId } },
      h('h3', {}, session.mode === 'DRILL' ? `Attempt ${attempt}` : 'Answer',
        a.overTime ? h('span', { class: 'badge warn' }, 'over time') : null,
        h('span', { class: 'hint' }, ` ${formatTime(a.submittedAt)}`)),
      text, slot);
    question.attempts.append(el);
    state.answers.set(a.answerId, { el, slot, raw: text, questionId: a.questionId, text: a.text, evaluation: null, change: null });
    state.pending = a.answerId;
    state.answered.add(a.questionId);
  }

  function previousEvaluation(questionId, answerId) {
    let previous = null;
    for (const [key, a] of state.answers) {
      if (key === answerId) break;
      if (a.questionId === questionId && a.evaluation) previous = a.evaluation;
    }
    return previous;
  }

  function evaluated(data) {
    const answer = state.answers.get(data.answerId);
    if (!answer) return;
    answer.evaluation = data.evaluation;
    answer.change = data.change !== undefined && data.change !== null ? data.change
      : changeBetween(previousEvaluation(answer.questionId, data.answerId), data.evaluation);
    if (state.pending === data.answerId) state.pending = null;
    renderEvaluation(data.answerId);
    announce(`Evaluation arrived: ${humanize(data.evaluation.verdict)}.`);
  }

  function renderEvaluation(answerId) {
    const answer = state.answers.get(answerId);
    if (!answer || !answer.evaluation) return;
    const overrides = [...(state.overrides.get(answerId) || new Map()).values()];
    const effective = Object.fromEntries(overrides.map((o) => [o.dimension, o.score]));
    answer.raw.hidden = true;
    answer.slot.classList.remove('pending');
    answer.slot.removeAttribute('aria-busy');
    fill(answer.slot, evaluationView(answer.text, answer.evaluation, { change: answer.change, effective, overrides }),
      composer && session.mode === 'DRILL' ? h('button', {
        type: 'button', class: 'secondary', onclick: () => composer.startFrom(answer.text),
      }, 'Improve this answer') : null,
      fromStory && [...state.answers.keys()][0] !== answerId ? saveBack(answer.text) : null,
      canReview ? overrideForm(answerId, answer.evaluation) : null);
  }

  function saveBack(text) {
    const said = h('span', { class: 'hint save-back', role: 'status' });
    return h('span', {}, ' ', h('button', {
      type: 'button', class: 'secondary', onclick: async () => {
        said.textContent = '';
        try {
          const story = await api(`/api/stories/${encodeURIComponent(fromStory.storyId)}`);
          const saved = await api(`/api/stories/${encodeURIComponent(fromStory.storyId)}`, {
            method: 'PUT', body: { title: story.title, text, tags: story.tags, role: story.role, when: story.when },
          });
          said.textContent = ` Saved to your story as version ${saved.version}.`;
        } catch (error) {
          said.textContent = ` ${error.message}`;
        }
      },
    }, `Save this attempt to \u201c${fromStory.title}\u201d`), said);
  }

  function failed(data) {
    const answer = state.answers.get(data.answerId);
    if (!answer) return;
    if (state.pending === data.answerId) state.pending = null;
    answer.slot.classList.remove('pending');
    answer.slot.removeAttribute('aria-busy');
    fill(answer.slot, h('p', { class: 'error' }, `This answer could not be evaluated: ${data.reason}. Please try again.`));
    state.answered.delete(answer.questionId);
  }

  function rememberOverride(answerId, o) {
    if (!state.overrides.has(answerId)) state.overrides.set(answerId, new Map());
    state.overrides.get(answerId).set(o.overrideId || `${o.dimension}-${o.at}`, o);
  }

  function addNote(n) {
    if (state.notes.has(n.noteId)) return;
    state.notes.add(n.noteId);
    notesSection.hidden = false;
    notesList.append(h('li', {},
      h('p', {}, n.text),
      h('p', { class: 'hint' }, `${n.author || 'Interviewer'} \u00b7 ${formatTime(n.at)}${n.shared ? ' \u00b7 shared with the candidate' : ' \u00b7 private'}`)));
  }

  function showCompleted(status) {
    state.status = status;
    completedBanner.hidden = false;
    fill(completedBanner, h('strong', {}, `This session is ${humanize(status).toLowerCase()}. `),
      status === 'COMPLETED' || state.answers.size
        ? h('a', { href: `#/report/${encodeURIComponent(id)}` }, 'Read the report') : '');
  }

  // ---- composer ------------------------------------------------------------------------------------------------
  function refreshComposer() {
    if (!composer) return;
    const closed = FINAL.includes(state.status);
    const waiting = !!state.pending;
    const answered = session.mode !== 'DRILL' && state.current && state.answered.has(state.current.id);
    composer.setState({ closed, waiting, answered, question: state.current });
  }

  function buildComposer() {
    const textarea = h('textarea', { rows: 10, name: 'answer', maxlength: 20000, spellcheck: 'true' });
    const counts = h('p', { class: 'counts', 'aria-live': 'off' });
    const clock = h('span', { class: 'clock', role: 'timer', 'aria-live': 'off' }, '0:00');
    const status = h('p', { class: 'composer-status', role: 'status' });
    const submit = h('button', { type: 'submit', class: 'primary' }, 'Submit answer');
    const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
    const dictate = Recognition ? h('button', { type: 'button', class: 'secondary', 'aria-pressed': 'false' }, 'Dictate') : null;
    const heading = h('h2', { id: uid('composer') }, 'Your answer');
    const target = h('p', { class: 'composer-question' });
    let startedAt = Date.now();
    let recognition = null;
    let lastPhase = null;

    function updateCounts() {
      const words = (textarea.value.match(/\S+/g) || []).length;
      counts.textContent = `${words} word${words === 1 ? '' : 's'} \u00b7 about ${formatSeconds((words / WORDS_PER_MINUTE) * 60)} spoken at ${WORDS_PER_MINUTE} words a minute`;
    }
    textarea.addEventListener('input', updateCounts);
    updateCounts();

    const tick = setInterval(() => {
      const q = state.current;
      if (q && q.deadline) {
        const left = (new Date(q.deadline).getTime() - Date.now()) / 1000;
        clock.textContent = left >= 0 ? `${formatSeconds(left)} left` : `${formatSeconds(-left)} over time`;
        clock.classList.toggle('over', left < 0);
      } else {
        clock.textContent = formatSeconds((Date.now() - startedAt) / 1000);
      }
    }, 500);

    if (dictate) {
      dictate.addEventListener('click', () => {
        if (recognition) {
          recognition.stop();
          return;
        }
        recognition = new Recognition();
        recognition.continuous = true;
        recognition.interimResults = false;
        recognition.lang = document.documentElement.lang || 'en-US';
        recognition.onresult = (event) => {
          for (let i = event.resultIndex; i < event.results.length; i++) {
            if (event.results[i].isFinal) {
              const said = event.results[i][0].transcript.trim();
              textarea.value = `${textarea.value}${textarea.value && !/\s$/.test(textarea.value) ? ' ' : ''}${said}`;
            }
          }
          updateCounts();
        };
        recognition.onerror = (event) => { status.textContent = `Dictation stopped: ${event.error}.`; };
        recognition.onend = () => {
          recognition = null;
          dictate.textContent = 'Dictate';
          dictate.setAttribute('aria-pressed', 'false');
        };
        recognition.start();
        dictate.textContent = 'Stop dictation';
        dictate.setAttribute('aria-pressed', 'true');
        status.textContent = 'Listening: speak your answer.';
      });
    }

    const form = h('form', {
      class: 'composer card', 'aria-labelledby': heading.id,
      onsubmit: async (event) => {
        event.preventDefault();
        const text = textarea.value.trim();
        if (!text) {
          status.textContent = 'Write (or dictate) your answer first.';
          textarea.focus();
          return;
        }
        if (!state.current) return;
        submit.disabled = true;
        try {
          if (recognition) recognition.stop();
          await api(`/api/sessions/${encodeURIComponent(id)}/answers`, {
            method: 'POST', body: { questionId: state.current.id, text },
          });
          textarea.value = '';
          updateCounts();
        } catch (error) {
          status.textContent = error.message;
          submit.disabled = false;
        }
      },
    },
    h('div', { class: 'composer-head' }, heading, h('span', { class: 'hint' }, 'Time on this attempt: '), clock),
    target,
    field('Answer (Situation, Task, Action, Result)', textarea,
      'Aim for about two to three minutes spoken. Say \u201cI\u201d for what you did, and end with a number.'),
    counts,
    h('div', { class: 'actions' }, submit, dictate,
      Recognition ? null : h('span', { class: 'hint' }, 'Dictation is not available in this browser.')),
    status);

    return {
      el: form,
      newQuestion() {
        startedAt = state.current && state.current.askedAt ? new Date(state.current.askedAt).getTime() : Date.now();
        if (Number.isNaN(startedAt)) startedAt = Date.now();
      },
      startFrom(text) {
        textarea.value = text;
        updateCounts();
        textarea.focus();
      },
      setState({ closed, waiting, answered, question }) {
        form.hidden = closed;
        const blocked = closed || waiting || answered || !question;
        submit.disabled = blocked;
        textarea.disabled = closed || answered;
        target.textContent = question ? question.text : '';
        const phase = closed ? 'closed' : waiting ? 'waiting' : answered ? 'answered' : question ? 'open' : 'none';
        if (phase !== lastPhase) {
          status.textContent = {
            waiting: 'Evaluating your answer\u2026 it appears above in a moment.',
            answered: 'Waiting for the next question\u2026',
            open: lastPhase === 'waiting' && session.mode === 'DRILL'
              ? 'Evaluated. Improve your answer and submit again, or end the drill.' : '',
          }[phase] || '';
          if (phase === 'open' && lastPhase === 'waiting') startedAt = Date.now();
          lastPhase = phase;
        }
        const attempts = question ? (state.questions.get(question.id)?.count || 0) : 0;
        heading.textContent = session.mode === 'DRILL' && attempts ? `Your answer, attempt ${attempts + 1}` : 'Your answer';
      },
      destroy() {
        clearInterval(tick);
        if (recognition) recognition.stop();
      },
    };
  }

  // ---- side forms ----------------------------------------------------------------------------------------------
  function shareForm() {
    const input = h('input', { name: 'interviewer', autocomplete: 'off', value: 'interviewer' });
    const status = h('p', { class: 'hint', role: 'status' });
    return h('form', {
      class: 'card', onsubmit: async (event) => {
        event.preventDefault();
        try {
          await api(`/api/sessions/${encodeURIComponent(id)}/interviewers`, { method: 'POST', body: { username: input.value.trim() } });
          status.textContent = `Shared: ${input.value.trim()} can now watch this session live.`;
        } catch (error) {
          status.textContent = error.message;
        }
      },
    }, h('h2', {}, 'Share with an interviewer'), field('Interviewer\u2019s username', input),
    h('button', { type: 'submit', class: 'secondary' }, 'Share'), status);
  }

  function endForm() {
    const status = h('p', { class: 'hint', role: 'status' });
    return h('div', { class: 'card' }, h('h2', {}, 'Finished?'),
      h('p', { class: 'hint' }, 'End the session to get its report.'),
      h('button', {
        type: 'button', class: 'secondary', onclick: async () => {
          try {
            await api(`/api/sessions/${encodeURIComponent(id)}/complete`, { method: 'POST' });
            location.hash = `#/report/${encodeURIComponent(id)}`;
          } catch (error) {
            status.textContent = error.message;
          }
        },
      }, 'End session and see the report'), status);
  }

  function noteForm() {
    const text = h('textarea', { rows: 3, maxlength: 2000, required: true, name: 'note' });
    const shared = h('input', { type: 'checkbox', name: 'shared' });
    const status = h('p', { class: 'hint', role: 'status' });
    return h('form', {
      class: 'card', onsubmit: async (event) => {
        event.preventDefault();
        if (!text.value.trim()) return;
        try {
          const note = await api(`/api/sessions/${encodeURIComponent(id)}/notes`, {
            method: 'POST', body: { text: text.value.trim(), shared: shared.checked, answerId: state.pending || lastAnswerId() },
          });
          addNote(note);
          text.value = '';
          status.textContent = 'Note added.';
        } catch (error) {
          status.textContent = error.message;
        }
      },
    }, h('h2', {}, 'Add a note'), field('Note (up to 2,000 characters)', text),
    h('label', { class: 'inline' }, shared, ' Share with the candidate'),
    h('button', { type: 'submit', class: 'secondary' }, 'Add note'), status);
  }

  function lastAnswerId() {
    const ids = [...state.answers.keys()];
    return ids.length ? ids[ids.length - 1] : undefined;
  }

  function overrideForm(answerId, evaluation) {
    const dimension = select(evaluation.dimensions.map((d) => [d.key, `${d.title} (machine: ${d.score})`]), evaluation.dimensions[0]?.key, { name: 'dimension' });
    const score = select([['0', '0 \u2014 not shown'], ['1', '1 \u2014 shown'], ['2', '2 \u2014 shown strongly']], '1', { name: 'score' });
    const reason = h('textarea', { rows: 2, maxlength: 1000, required: true, name: 'reason' });
    const status = h('p', { class: 'hint', role: 'status' });
    return h('details', { class: 'override-form' }, h('summary', {}, 'Override a score'),
      h('form', {
        onsubmit: async (event) => {
          event.preventDefault();
          if (!reason.value.trim()) {
            status.textContent = 'Give a reason: the candidate and the calibration report see it.';
            reason.focus();
            return;
          }
          try {
            const o = await api(`/api/sessions/${encodeURIComponent(id)}/answers/${encodeURIComponent(answerId)}/overrides`, {
              method: 'POST', body: { dimension: dimension.value, score: Number(score.value), reason: reason.value.trim() },
            });
            rememberOverride(answerId, o);
            renderEvaluation(answerId);
          } catch (error) {
            status.textContent = error.message;
          }
        },
      }, h('div', { class: 'row' }, field('Dimension', dimension), field('Score', score)),
      field('Reason (required)', reason), h('button', { type: 'submit', class: 'secondary' }, 'Save override'), status));
  }

  // ---- stream --------------------------------------------------------------------------------------------------
  const labels = { connecting: 'Connecting\u2026', live: 'Live', reconnecting: 'Reconnecting\u2026', closed: 'Closed' };
  const stream = openStream(`/api/sessions/${encodeURIComponent(id)}/events`, onEvent, (s) => {
    live.dataset.state = s;
    live.textContent = labels[s] || s;
  });
  refreshComposer();
  return () => {
    stream.close();
    if (composer) composer.destroy();
  };
}
