import { h, fill, field } from '../dom.js';
import { signIn, currentUser } from '../api.js';

export function signInView(main, _arg, ctx) {
  if (currentUser()) {
    location.replace(ctx.home());
    return null;
  }
  const username = h('input', { name: 'username', autocomplete: 'username', required: true, autocapitalize: 'none', spellcheck: 'false' });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const status = h('p', { class: 'error', role: 'alert' }, ctx.message || '');
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Sign in');
  const form = h('form', {
    class: 'card narrow', onsubmit: async (event) => {
      event.preventDefault();
      status.textContent = '';
      submit.disabled = true;
      try {
        await signIn(username.value.trim(), password.value);
        location.hash = ctx.home();
      } catch (error) {
        status.textContent = error.message;
        password.select();
      } finally {
        submit.disabled = false;
      }
    },
  },
  h('h1', {}, 'Sign in to Highbar'),
  h('p', { class: 'lede' }, 'Practise behavioral interview answers and get a bar raiser\u2019s evaluation in seconds.'),
  field('Username', username),
  field('Password', password),
  status,
  submit,
  h('details', { class: 'hint' },
    h('summary', {}, 'Running Highbar locally?'),
    h('p', {}, 'The local run has four accounts: candidate, candidate2, interviewer and admin. '
      + 'The password is the username followed by \u201c-local\u201d, for example candidate-local.')));
  fill(main, form);
  username.focus();
  return null;
}
