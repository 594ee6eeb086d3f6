// WB's side of the sandbox, as a seller's cabinet would show it: open a demo shop, see its API token
// to copy (the page pastes nothing for you), make things happen in the shop, and sync it now.

import { post } from './api.js';

const HAPPENINGS = [
  ['order', '🛒 Новый заказ'],
  ['cancellation', '✖️ Отмена заказа'],
  ['buyout', '✅ Выкуп'],
  ['return', '↩️ Возврат'],
  ['bad-review', '⭐ Отзыв 1–3★'],
  ['stock-out', '📦 Заканчивается товар'],
];

const STORED = 'wbassist.sandbox.shop';

export class ShopPanel {
  constructor(root) {
    this.root = root;
    this.openButton = root.querySelector('#open-demo');
    this.large = root.querySelector('#demo-large');
    this.tokenPanel = root.querySelector('#token-panel');
    this.token = root.querySelector('#token');
    this.copyButton = root.querySelector('#copy-token');
    this.copied = root.querySelector('#copied');
    this.shopName = root.querySelector('#shop-sid');
    this.actions = root.querySelector('#happenings');
    this.syncButton = root.querySelector('#sync-now');
    this.log = root.querySelector('#shop-log');

    this.openButton.addEventListener('click', () => this.open());
    this.copyButton.addEventListener('click', () => this.copy());
    this.token.addEventListener('focus', () => this.token.select());
    this.syncButton.addEventListener('click', () => this.syncNow());
    for (const [kind, label] of HAPPENINGS) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'happening';
      button.dataset.kind = kind;
      button.textContent = label;
      button.addEventListener('click', () => this.happen(kind, label));
      this.actions.append(button);
    }
    const stored = JSON.parse(localStorage.getItem(STORED) ?? 'null');
    this.show(stored);
  }

  async open() {
    this.openButton.disabled = true;
    try {
      const shop = await post('/api/sandbox/demo', { size: this.large.checked ? 'large' : 'small' });
      localStorage.setItem(STORED, JSON.stringify(shop));
      this.show(shop);
      this.say(`Открыт демо-магазин${shop.size === 'large' ? ' (большой: тысячи заказов)' : ''}. Скопируйте токен и отправьте его боту.`);
    } catch (error) {
      this.say(`Магазин не открылся: ${error.message}`, true);
    } finally {
      this.openButton.disabled = false;
    }
  }

  show(shop) {
    this.shop = shop;
    this.tokenPanel.hidden = !shop;
    this.token.value = shop?.token ?? '';
    this.shopName.textContent = shop ? shop.sid : '';
    for (const button of this.root.querySelectorAll('.happening, #sync-now')) {
      button.disabled = !shop;
    }
  }

  async copy() {
    this.token.select();
    try {
      await navigator.clipboard.writeText(this.token.value);
    } catch {
      document.execCommand?.('copy'); // a page on plain http may not use the clipboard API
    }
    this.copied.hidden = false;
    setTimeout(() => { this.copied.hidden = true; }, 2000);
  }

  async happen(kind, label) {
    try {
      const answer = await post(`/api/sandbox/demo/${encodeURIComponent(this.shop.sid)}/happenings`, { kind });
      this.say(`${label}: ${answer.happened}. Бот узнает при следующей синхронизации.`);
    } catch (error) {
      this.say(`${label}: ${error.message}`, true);
    }
  }

  async syncNow() {
    this.syncButton.disabled = true;
    try {
      await post(`/api/sandbox/shops/${encodeURIComponent(this.shop.sid)}/sync`);
      this.say('🔄 Синхронизация запущена: уведомления придут в чаты через несколько секунд.');
    } catch (error) {
      this.say(error.status === 409 ? 'Сначала отправьте токен боту: магазин ещё не подключён.' : error.message, true);
    } finally {
      setTimeout(() => { this.syncButton.disabled = !this.shop; }, 1000);
    }
  }

  say(text, failed = false) {
    const line = document.createElement('li');
    line.textContent = text;
    if (failed) line.className = 'failed';
    this.log.prepend(line);
    while (this.log.children.length > 12) this.log.lastElementChild.remove();
  }
}
