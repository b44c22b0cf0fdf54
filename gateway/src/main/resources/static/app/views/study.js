import { h, fill, humanize, uid } from '../dom.js';
import { api } from '../api.js';

export async function studyView(main, id) {
  const card = await api(`/api/competencies/${encodeURIComponent(id)}`);
  const section = (title, ...content) => {
    const hid = uid('s');
    return h('section', { class: 'card', 'aria-labelledby': hid }, h('h2', { id: hid }, title), ...content);
  };
  const drill = h('button', {
    type: 'button', class: 'primary', onclick: async () => {
      const session = await api('/api/sessions', { method: 'POST', body: { mode: 'DRILL', competencyId: card.id } });
      location.hash = `#/session/${encodeURIComponent(session.id)}`;
    },
  }, `Drill ${card.name} now`);
  const quiz = h('div', {}, h('p', { class: 'hint' }, 'Loading the quiz\u2026'));

  fill(main,
    h('div', { class: 'page-head' }, h('h1', {}, card.name), drill),
    h('p', { class: 'lede' }, card.tagline),
    h('div', { class: 'study' },
      section('What it is', h('p', {}, card.definition), h('p', {}, h('strong', {}, 'Core signal: '), card.coreSignal),
        card.companyFraming ? h('p', {}, card.companyFraming) : null,
        h('h3', {}, 'What it is not'), h('ul', {}, (card.whatItIsNot || []).map((t) => h('li', {}, t))),
        card.depthTip ? h('p', { class: 'tip' }, h('strong', {}, 'Depth tip: '), card.depthTip) : null),
      section('Signals the interviewer listens for', h('ol', { class: 'study-list' }, (card.signals || []).map((s) => h('li', {},
        h('h3', {}, s.title), h('p', {}, s.description),
        h('p', { class: 'hint' }, 'Phrases that show it:'),
        h('ul', { class: 'quotes' }, (s.examplePhrases || []).map((p) => h('li', {}, h('q', {}, p)))),
        h('p', {}, h('strong', {}, 'Why it matters: '), s.whyItMatters),
        h('p', {}, h('strong', {}, 'Common miss: '), h('q', {}, s.commonMiss)))))),
      section('Anti-patterns', h('ul', { class: 'study-list' }, (card.antiPatterns || []).map((a) => h('li', {},
        h('h3', {}, a.title), h('p', {}, h('q', {}, a.quote)), h('p', {}, a.why), h('p', { class: 'fix' }, h('strong', {}, 'Fix: '), a.fix))))),
      section('Red flags', h('ul', { class: 'study-list' }, (card.redFlags || []).map((a) => h('li', {},
        h('h3', {}, a.title), h('p', {}, h('q', {}, a.quote)), h('p', {}, a.why), h('p', { class: 'fix' }, h('strong', {}, 'Fix: '), a.fix))))),
      section('Follow-ups you should expect', h('ol', { class: 'study-list' }, (card.followUps || []).map((f) => h('li', {},
        h('h3', {}, f.question), h('p', { class: 'hint' }, `Probes: ${f.probes}`),
        h('p', {}, h('strong', {}, 'Weak: '), h('q', {}, f.weakAnswer), ` \u2014 ${f.weakWhy}`),
        h('p', {}, h('strong', {}, 'Strong: '), h('q', {}, f.strongAnswer), ` \u2014 ${f.strongTakeaway}`))))),
      section('Level bars', h('dl', { class: 'levels' }, (card.levels || []).map((l) => [
        h('dt', {}, l.title), h('dd', {}, l.bar, l.antiPattern ? h('span', { class: 'hint' }, ` Falls short: ${l.antiPattern}`) : null)]))),
      (card.companyLenses || []).length ? section('Company lenses', h('ul', { class: 'study-list' }, card.companyLenses.map((l) => h('li', {},
        h('h3', {}, `${l.company}: ${l.title}`), h('p', {}, l.framing), l.exampleQuestion ? h('p', {}, h('q', {}, l.exampleQuestion)) : null)))) : null,
      section('Quiz: signal, or not?', quiz)));

  loadQuiz(card, quiz);
  return null;
}

async function loadQuiz(card, container) {
  let quiz;
  try {
    quiz = await api(`/api/competencies/${encodeURIComponent(card.id)}/quiz`);
  } catch (error) {
    fill(container, h('p', { class: 'error' }, error.message));
    return;
  }
  const result = h('div', { role: 'status' });
  const items = quiz.items.map((item, i) => {
    const name = `quiz-${i}`;
    const feedback = h('p', { class: 'quiz-feedback' });
    return {
      item, feedback,
      el: h('li', { dataset: { itemId: item.itemId } }, h('fieldset', {},
        h('legend', {}, h('q', {}, item.phrase)),
        h('div', { class: 'choice-row' }, item.choices.map((c) => h('label', { class: 'inline' },
          h('input', { type: 'radio', name, value: c }), ` ${humanize(c)}`))),
        feedback)),
      choice: () => item.choices.find((c) => container.querySelector(`input[name="${name}"][value="${c}"]`)?.checked),
    };
  });
  const form = h('form', {
    onsubmit: async (event) => {
      event.preventDefault();
      const answers = items.filter((i) => i.choice()).map((i) => ({ itemId: i.item.itemId, choice: i.choice() }));
      if (!answers.length) {
        fill(result, h('p', { class: 'error' }, 'Answer at least one phrase first.'));
        return;
      }
      try {
        const graded = await api(`/api/competencies/${encodeURIComponent(card.id)}/quiz`, { method: 'POST', body: { answers } });
        for (const r of graded.results) {
          const it = items.find((i) => i.item.itemId === r.itemId);
          it.feedback.className = `quiz-feedback ${r.correct ? 'right' : 'wrong'}`;
          fill(it.feedback, h('strong', {}, r.correct ? 'Right. ' : `Not quite: it is ${humanize(r.expected).toLowerCase()}. `), r.explanation);
        }
        fill(result, h('p', { class: 'score' }, `${graded.correct} of ${graded.total} right.`));
      } catch (error) {
        fill(result, h('p', { class: 'error' }, error.message));
      }
    },
  }, h('p', { class: 'hint' }, 'For each phrase: does it earn the signal, sound close but miss it, or is it an anti-pattern or a red flag?'),
  h('ol', { class: 'quiz' }, items.map((i) => i.el)),
  h('button', { type: 'submit', class: 'primary' }, 'Check my answers'), result);
  fill(container, form);
}
