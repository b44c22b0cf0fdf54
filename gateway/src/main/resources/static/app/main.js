import { h, fill } from './dom.js';
import { currentUser, hasRole, signOut } from './api.js';
import { signInView } from './views/signin.js';
import { practiceView } from './views/practice.js';
import { studyView } from './views/study.js';
import { sessionView } from './views/session.js';
import { reportView } from './views/report.js';
import { progressView } from './views/progress.js';
import { boardView } from './views/board.js';
import { adminScoringView } from './views/admin-scoring.js';
import { adminContentView } from './views/admin-content.js';
import { calibrationView } from './views/calibration.js';
import { storiesView } from './views/stories.js';

// #/path/arg → view. Each view gets the <main> element and returns an optional clean-up (close streams, timers).
const ROUTES = [
  { path: 'signin', view: signInView, open: true },
  { path: 'practice', view: practiceView, title: 'Practice' },
  { path: 'study', view: studyView, title: 'Study' },
  { path: 'session', view: sessionView, title: 'Session' },
  { path: 'watch', view: (main, id, ctx) => sessionView(main, id, { ...ctx, watching: true }), title: 'Watch' },
  { path: 'report', view: reportView, title: 'Report' },
  { path: 'progress', view: progressView, title: 'Progress' },
  { path: 'stories', view: storiesView, title: 'Stories' },
  { path: 'board', view: boardView, title: 'Live board' },
  { path: 'admin', view: (main, arg) => ({ content: adminContentView, calibration: calibrationView }[arg] || adminScoringView)(main), title: 'Admin' },
];

const main = document.getElementById('main');
let cleanup = null;
let signedOutMessage = '';

function home() {
  if (hasRole('ADMIN')) return '#/admin/scoring';
  if (hasRole('INTERVIEWER')) return '#/board';
  return '#/practice';
}

function renderNav() {
  const user = currentUser();
  const nav = document.getElementById('nav');
  if (!user) {
    fill(nav);
    return;
  }
  const links = [];
  if (hasRole('CANDIDATE') || hasRole('ADMIN')) {
    links.push(['#/practice', 'Practice'], ['#/stories', 'Stories'], ['#/progress', 'Progress']);
  }
  if (hasRole('INTERVIEWER') || hasRole('ADMIN')) links.push(['#/board', 'Live board']);
  if (hasRole('ADMIN')) links.push(['#/admin/scoring', 'Scoring workers'], ['#/admin/content', 'Content'], ['#/admin/calibration', 'Calibration']);
  const here = location.hash.split('/').slice(0, 3).join('/');
  fill(nav,
    h('ul', {}, links.map(([href, label]) => h('li', {},
      h('a', { href, 'aria-current': here === href || here.startsWith(`${href}/`) ? 'page' : null }, label)))),
    h('span', { class: 'who' }, user.username),
    h('button', {
      type: 'button', class: 'link', onclick: async () => {
        await signOut(true);
        location.hash = '#/signin';
      },
    }, 'Sign out'));
}

async function route() {
  if (cleanup) {
    try { cleanup(); } catch (e) { /* the old view is gone anyway */ }
    cleanup = null;
  }
  const [, name = '', ...args] = location.hash.split('/');
  if (!currentUser() && name !== 'signin') {
    location.replace('#/signin');
    return;
  }
  if (!name) {
    location.replace(currentUser() ? home() : '#/signin');
    return;
  }
  const found = ROUTES.find((r) => r.path === name);
  renderNav();
  if (!found) {
    fill(main, h('h1', {}, 'Page not found'), h('p', {}, h('a', { href: home() }, 'Go to the start page')));
    return;
  }
  document.title = found.title ? `${found.title} · Highbar` : 'Highbar';
  fill(main, h('p', { class: 'hint', role: 'status' }, 'Loading\u2026'));
  const message = signedOutMessage;
  signedOutMessage = '';
  try {
    const arg = args.length ? decodeURIComponent(args.join('/')) : undefined;
    cleanup = (await found.view(main, arg, { message, home })) || null;
  } catch (error) {
    fill(main, h('h1', {}, 'Something went wrong'), h('p', { class: 'error', role: 'alert' }, error.message),
      h('p', {}, h('a', { href: home() }, 'Go to the start page')));
  }
  main.focus({ preventScroll: true });
}

window.addEventListener('highbar:signed-out', (event) => {
  signedOutMessage = event.detail;
  location.hash = '#/signin';
});
window.addEventListener('hashchange', route);
route();

export { home };
