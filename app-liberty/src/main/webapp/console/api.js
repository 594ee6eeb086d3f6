// The console's calls to the admin API: with the session cookie the browser adds, the session's
// CSRF token on every state-changing call, and "X-Requested-With: console" so an expired session
// is answered 401 without a Basic challenge (no browser dialog) and sends the page back to login.
let csrfToken = '';

class ApiError extends Error {
  constructor(status, body) {
    super(`${status} ${body}`.slice(0, 300));
    this.status = status;
  }
}

async function call(path, method = 'GET') {
  const headers = { Accept: 'application/json', 'X-Requested-With': 'console' };
  if (method !== 'GET') {
    headers['X-CSRF-Token'] = csrfToken;
  }
  const response = await fetch(path, { method, headers, credentials: 'same-origin', cache: 'no-store' });
  if (response.status === 401) {
    window.location.assign('login.html');
    throw new ApiError(401, 'signed out');
  }
  const text = await response.text();
  if (!response.ok) {
    throw new ApiError(response.status, text);
  }
  return text ? JSON.parse(text) : null;
}

export const get = (path) => call(path);
export const post = (path) => call(path, 'POST');

/** Who is signed in; keeps the session's CSRF token for the calls that change things. */
export async function session() {
  const answer = await get('../api/admin/operations/session');
  csrfToken = answer.csrfToken;
  return answer;
}

export async function logout() {
  await fetch('logout', { method: 'POST', headers: { 'X-CSRF-Token': csrfToken }, credentials: 'same-origin' });
  window.location.assign('login.html?out');
}

/** A text node, for building table cells without ever parsing data as HTML. */
export function cell(row, text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) {
    td.className = className;
  }
  row.appendChild(td);
  return td;
}
