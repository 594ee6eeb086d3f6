import { applyLabels, t } from './i18n.js';

applyLabels();
const query = new URLSearchParams(window.location.search);
const message = document.getElementById('message');
let text = '';
if (query.has('refused')) {
  text = t('login.refused');
  message.classList.add('error');
} else if (query.has('wait')) {
  text = t('login.wait', query.get('wait'));
  message.classList.add('error');
} else if (query.has('out')) {
  text = t('login.out');
}
if (text) {
  message.textContent = text;
  message.hidden = false;
}
