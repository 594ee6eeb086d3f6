import { applyLabels, t, when, span, count } from './i18n.js';
import { get, post, session, logout, cell } from './api.js';

applyLabels();
document.getElementById('logout').addEventListener('click', logout);

const sid = new URLSearchParams(window.location.search).get('sid') || '';
const admin = `../api/admin/cabinets/${encodeURIComponent(sid)}`;
const operations = `../api/admin/operations/cabinets/${encodeURIComponent(sid)}`;

function showProblem(error) {
  const problem = document.getElementById('problem');
  problem.textContent = t('error.load', error.message);
  problem.hidden = false;
}

function fact(list, label, value) {
  const dt = document.createElement('dt');
  dt.textContent = t(label);
  const dd = document.createElement('dd');
  dd.textContent = value;
  list.append(dt, dd);
}

async function loadFacts() {
  const [cabinet, standing] = await Promise.all([
    get(admin),
    get('../api/admin/cabinets').then((all) => all.find((c) => c.sid === sid) || {}),
  ]);
  document.getElementById('shop-name').textContent = `${cabinet.shopName || ''} (${cabinet.sid})`;
  const facts = document.getElementById('facts');
  facts.replaceChildren();
  fact(facts, 'col.status', t(`status.${cabinet.status}`));
  fact(facts, 'col.lastSync', when(cabinet.lastSyncAt));
  fact(facts, 'col.nextSync', when(standing.nextSyncAt));
  fact(facts, 'col.lag', standing.nextSyncAt ? span(standing.lagSeconds) : t('never'));
  fact(facts, 'col.lastError', cabinet.lastError || t('never'));
  fact(facts, 'col.members', String(cabinet.sellers.length));
  fact(facts, 'col.tokenExpires', when(cabinet.tokenExpiresAt));
}

async function loadRuns() {
  const runs = await get(`${operations}/runs?limit=20`);
  const body = document.querySelector('#runs tbody');
  body.replaceChildren();
  for (const run of runs) {
    const row = document.createElement('tr');
    row.dataset.runId = run.id;
    cell(row, t(`kind.${run.kind}`));
    cell(row, when(run.startedAt));
    cell(row, run.finishedAt ? when(run.finishedAt) : run.cancelRequested ? t('cancelAsked') : t('running'));
    cell(row, count(run.rows), 'number');
    cell(row, run.error || '', run.error ? 'error-text' : '');
    body.appendChild(row);
  }
  if (runs.length === 0) {
    const row = document.createElement('tr');
    cell(row, t('cabinet.noRuns')).colSpan = 5;
    body.appendChild(row);
  }
}

async function loadNotifications() {
  const deliveries = await get(`${admin}/notifications?limit=50`);
  const body = document.querySelector('#notifications tbody');
  body.replaceChildren();
  for (const delivery of deliveries) {
    const row = document.createElement('tr');
    row.dataset.deliveryId = delivery.deliveryId;
    row.dataset.status = delivery.status;
    cell(row, `${delivery.type} ${delivery.key}`);
    cell(row, String(delivery.telegramId));
    cell(row, when(delivery.detectedAt));
    cell(row, t(`delivery.${delivery.status}`), `delivery delivery-${delivery.status}`);
    cell(row, String(delivery.attempts), 'number attempts');
    cell(row, delivery.lastError || '', delivery.lastError ? 'error-text' : '');
    const action = cell(row, '');
    if (delivery.status === 'FAILED') {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'requeue';
      button.textContent = t('cabinet.requeue');
      button.addEventListener('click', () => requeue(delivery.deliveryId));
      action.appendChild(button);
    }
    body.appendChild(row);
  }
  if (deliveries.length === 0) {
    const row = document.createElement('tr');
    cell(row, t('cabinet.noNotifications')).colSpan = 7;
    body.appendChild(row);
  }
}

async function requeue(deliveryId) {
  try {
    await post(`${operations}/deliveries/${deliveryId}/requeue`);
    document.getElementById('requeue-result').textContent = t('cabinet.requeued', 1);
    await loadNotifications();
    setTimeout(() => loadNotifications().catch(showProblem), 1500);
  } catch (error) {
    showProblem(error);
  }
}

document.getElementById('requeue-all').addEventListener('click', async () => {
  try {
    const answer = await post(`${admin}/deliveries/requeue`);
    document.getElementById('requeue-result').textContent = t('cabinet.requeued', answer.requeued);
    await loadNotifications();
  } catch (error) {
    showProblem(error);
  }
});

document.getElementById('sync-now').addEventListener('click', async () => {
  try {
    await post(`${admin}/sync`);
    document.getElementById('action-result').textContent = t('cabinet.syncAsked');
  } catch (error) {
    showProblem(error);
  }
});

document.getElementById('cancel').addEventListener('click', async () => {
  try {
    await post(`${admin}/sync/cancel`);
    document.getElementById('action-result').textContent = t('cabinet.cancelAsked');
  } catch (error) {
    showProblem(error);
  }
});

let wasRunning = null;

/** Shows a pass's progress; when one starts or ends, the facts and runs are read again. */
function showProgress(progress) {
  const bar = document.getElementById('progress-bar');
  const text = document.getElementById('progress-text');
  const section = document.getElementById('progress-section');
  section.dataset.running = String(progress.running);
  document.getElementById('cancel').disabled = !progress.running;
  if (progress.running) {
    bar.value = progress.percent;
    bar.dataset.rows = progress.rows;
    text.textContent = t('cabinet.runningRows', progress.percent, progress.stream || '…', count(progress.rows));
  } else {
    bar.value = 0;
    text.textContent = t('cabinet.idle');
  }
  if (wasRunning !== null && wasRunning !== progress.running) {
    Promise.all([loadFacts(), loadRuns()]).catch(showProblem);
  }
  wasRunning = progress.running;
}

function liveMode(mode) {
  const label = document.getElementById('live-mode');
  label.dataset.mode = mode;
  label.textContent = t(`live.${mode}`);
}

/** Polling, when the browser or a proxy between does not let Server-Sent Events through. */
function poll() {
  liveMode('poll');
  const look = async () => {
    try {
      const response = await fetch(`${admin}/progress`, {
        headers: { Accept: 'application/json', 'X-Requested-With': 'console' },
        cache: 'no-store',
      });
      if (response.status === 401) {
        window.location.assign('login.html');
        return;
      }
      showProgress(response.ok ? { running: true, ...(await response.json()) } : { running: false });
    } catch (ignored) {
      // the next look tries again
    }
  };
  look();
  setInterval(look, 1000);
}

function follow() {
  if (!window.EventSource || new URLSearchParams(window.location.search).has('poll')) {
    poll();
    return;
  }
  liveMode('sse');
  const source = new EventSource(`${operations}/progress`);
  source.addEventListener('progress', (event) => showProgress(JSON.parse(event.data)));
  source.addEventListener('error', () => {
    // A stream the server ended is reopened by the browser itself; one that cannot open is not.
    if (source.readyState === EventSource.CLOSED) {
      poll();
    }
  });
}

session()
  .then((who) => {
    document.getElementById('caller').textContent = who.caller;
    follow();
    return Promise.all([loadFacts(), loadRuns(), loadNotifications()]);
  })
  .catch(showProblem);
setInterval(() => Promise.all([loadFacts(), loadRuns(), loadNotifications()]).catch(showProblem), 3000);
