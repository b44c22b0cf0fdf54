// Calls to the gateway. Sign-in gives a token (sent as a header on every call) and an HttpOnly cookie (sent by the
// browser on GETs only, which is what lets EventSource watch a session).

const STORE = 'highbar.auth';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `Request failed (${status})`);
    this.status = status;
    this.problem = problem || {};
  }
}

export function currentUser() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORE) || 'null');
    if (saved && saved.expiresAt > Date.now()) return saved;
  } catch (e) { /* unreadable: signed out */ }
  return null;
}

export function hasRole(role) {
  const user = currentUser();
  return !!user && user.roles.includes(role);
}

export async function signIn(username, password) {
  const response = await fetch('/api/auth/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = await readBody(response);
  if (!response.ok) throw new ApiError(response.status, body);
  const claims = JSON.parse(atob(body.access_token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
  const user = {
    token: body.access_token,
    username: claims.sub,
    roles: claims.roles || [],
    expiresAt: Date.now() + body.expires_in * 1000,
  };
  sessionStorage.setItem(STORE, JSON.stringify(user));
  return user;
}

/** Forgets the token; {@code everywhere} also expires the HttpOnly cookie at the gateway. */
export function signOut(everywhere = false) {
  sessionStorage.removeItem(STORE);
  if (everywhere) return fetch('/api/auth/signout', { method: 'POST' }).catch(() => null);
  return Promise.resolve();
}

async function readBody(response) {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch (e) {
    return { detail: text };
  }
}

export async function api(path, { method = 'GET', body, raw } = {}) {
  const user = currentUser();
  const headers = { Accept: 'application/json, application/problem+json' };
  if (user) headers.Authorization = `Bearer ${user.token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : (raw ? body : JSON.stringify(body)),
  });
  const data = await readBody(response);
  if (response.status === 401) {
    signOut();
    window.dispatchEvent(new CustomEvent('highbar:signed-out', { detail: 'Your sign-in has expired. Please sign in again.' }));
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

let names = null;
/** id → name of every competency, read once per page load. */
export async function competencyNames() {
  if (!names) {
    names = api('/api/competencies').then((list) => new Map(list.map((c) => [c.id, c.name]))).catch(() => {
      names = null;
      return new Map();
    });
  }
  return names;
}
