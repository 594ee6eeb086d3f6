import { applyLabels, t, when, span } from './i18n.js';
import { get, session, logout, cell } from './api.js';
import { drawCharts } from './charts.js';

applyLabels();
document.getElementById('logout').addEventListener('click', logout);

function showProblem(error) {
  const problem = document.getElementById('problem');
  problem.textContent = t('error.load', error.message);
  problem.hidden = false;
}

async function loadCabinets() {
  const cabinets = await get('../api/admin/cabinets');
  const body = document.querySelector('#cabinets tbody');
  body.replaceChildren();
  for (const cabinet of cabinets) {
    const row = document.createElement('tr');
    row.dataset.sid = cabinet.sid;
    const name = document.createElement('td');
    const link = document.createElement('a');
    link.href = `cabinet.html?sid=${encodeURIComponent(cabinet.sid)}`;
    link.textContent = cabinet.shopName || cabinet.sid;
    link.className = 'shop';
    const sid = document.createElement('small');
    sid.textContent = cabinet.sid;
    name.append(link, document.createElement('br'), sid);
    row.appendChild(name);
    cell(row, t(`status.${cabinet.status}`), `status status-${cabinet.status}`);
    cell(row, when(cabinet.lastSyncAt));
    cell(row, when(cabinet.nextSyncAt));
    cell(row, cabinet.nextSyncAt ? span(cabinet.lagSeconds) : t('never'), cabinet.lagSeconds > 0 ? 'late' : '');
    cell(row, cabinet.lastError || t('never'), cabinet.lastError ? 'error-text' : '');
    cell(row, String(cabinet.sellers), 'number');
    cell(row, when(cabinet.tokenExpiresAt));
    body.appendChild(row);
  }
  document.getElementById('no-cabinets').hidden = cabinets.length > 0;
}

async function loadCharts() {
  const figures = await get('../api/admin/operations/charts?hours=24');
  drawCharts(figures.hours);
}

async function refresh() {
  try {
    await Promise.all([loadCabinets(), loadCharts()]);
  } catch (error) {
    showProblem(error);
  }
}

session()
  .then((who) => {
    document.getElementById('caller').textContent = who.caller;
    return refresh();
  })
  .catch(showProblem);
setInterval(refresh, 10_000);
