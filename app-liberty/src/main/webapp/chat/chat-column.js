// One chat with the bot, drawn like Telegram's: the bot's messages on the left, the seller's on the
// right, photos, documents, inline buttons that work, the pinned message on top. It reads the chat
// once, then follows its changes over Server-Sent Events; EventSource reconnects by itself and
// resumes with Last-Event-ID, and a "reset" (too far behind, or a restarted server) reads it again.

import { get, post } from './api.js';
import { drawMessage, el } from './message-bubble.js';
import { plainText } from './telegram-html.js';

const BOT_LINK = /^https:\/\/t\.me\/([A-Za-z0-9_]+)\?start=([A-Za-z0-9_-]{1,64})$/;

export class ChatColumn {
  /**
   * @param {number} chatId the seller's Telegram id in the sandbox
   * @param {string} title who this chat is ("Владелец", "Участник 2")
   * @param {{onClose?: Function, onStartLink?: (payload: string) => void}} hooks
   */
  constructor(chatId, title, hooks = {}) {
    this.chatId = chatId;
    this.hooks = hooks;
    this.messages = new Map(); // messageId → {data, node}
    this.applied = 0; // the chat's last change drawn
    this.root = el('section', 'chat');
    this.root.dataset.chatId = String(chatId);
    this.root.append(this.header(title), this.pinnedBar(), this.list(), this.composer());
  }

  header(title) {
    const header = el('header', 'chat-header');
    const avatar = el('div', 'avatar', 'WB');
    const names = el('div', 'names');
    names.append(el('div', 'bot-name', 'WB Assist'), this.status = el('div', 'status', 'подключение…'));
    const who = el('div', 'who');
    who.append(el('div', 'who-title', title), el('div', 'who-id', `id ${this.chatId}`));
    header.append(avatar, names, who);
    if (this.hooks.onClose) {
      const close = el('button', 'close', '×');
      close.type = 'button';
      close.title = 'Закрыть чат';
      close.addEventListener('click', () => this.hooks.onClose(this));
      header.append(close);
    }
    return header;
  }

  pinnedBar() {
    this.pinned = el('button', 'pinned-bar');
    this.pinned.type = 'button';
    this.pinned.hidden = true;
    this.pinned.addEventListener('click', () => {
      const id = Number(this.pinned.dataset.messageId);
      const entry = this.messages.get(id);
      if (entry) {
        entry.node.scrollIntoView({ block: 'center', behavior: 'smooth' });
        entry.node.classList.add('flash');
        setTimeout(() => entry.node.classList.remove('flash'), 1200);
      }
    });
    return this.pinned;
  }

  list() {
    this.scroller = el('div', 'messages');
    this.empty = el('div', 'empty', 'Напишите боту /start — или нажмите «Старт» ниже.');
    this.scroller.append(this.empty);
    return this.scroller;
  }

  composer() {
    const form = el('form', 'composer');
    this.input = el('textarea', 'input');
    this.input.rows = 1;
    this.input.placeholder = 'Сообщение';
    this.input.setAttribute('aria-label', 'Сообщение боту');
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    const send = el('button', 'send', '➤');
    send.type = 'submit';
    send.title = 'Отправить (Enter)';
    const start = el('button', 'start', 'Старт');
    start.type = 'button';
    start.title = 'Отправить /start';
    start.addEventListener('click', () => this.write('/start'));
    form.append(start, this.input, send);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = this.input.value.trim();
      if (text) {
        this.input.value = '';
        this.write(text);
      }
    });
    return form;
  }

  // ---- talking to the bot

  async write(text) {
    try {
      // The message shows up through the live events; the answer only says the bot has handled it.
      await post(`/api/sandbox/chats/${this.chatId}/messages`, { text });
    } catch (error) {
      this.notice(`Не отправлено: ${error.message}`);
    }
  }

  async press(messageId, data, button) {
    button.classList.add('loading');
    try {
      await post(`/api/sandbox/chats/${this.chatId}/buttons`, { messageId, data });
    } catch (error) {
      this.notice(`Кнопка не сработала: ${error.message}`);
    } finally {
      button.classList.remove('loading');
    }
  }

  /** A link to this bot with a start parameter opens a new member's chat, as Telegram would. */
  link(href, event) {
    const match = BOT_LINK.exec(href);
    if (match && this.hooks.onStartLink) {
      event.preventDefault();
      this.hooks.onStartLink(match[2]);
    }
  }

  notice(text) {
    const note = el('div', 'notice', text);
    this.scroller.append(note);
    this.scrollDown();
    setTimeout(() => note.remove(), 8000);
  }

  // ---- following the chat

  async follow() {
    this.source?.close();
    try {
      const chat = await get(`/api/sandbox/chats/${this.chatId}`);
      this.redraw(chat);
    } catch (error) {
      this.setStatus('нет связи', 'offline');
      setTimeout(() => this.follow(), 3000);
      return;
    }
    const source = new EventSource(`/api/sandbox/chats/${this.chatId}/events?after=${this.applied}`);
    this.source = source;
    source.addEventListener('open', () => this.setStatus('бот', 'online'));
    source.addEventListener('change', (event) => this.apply(JSON.parse(event.data)));
    source.addEventListener('reset', () => this.follow());
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CLOSED) {
        // Refused outright (not a dropped line): start over after a pause, reading the chat again.
        this.setStatus('нет связи', 'offline');
        setTimeout(() => this.source === source && this.follow(), 3000);
      } else {
        this.setStatus('переподключение…', 'offline');
      }
    });
  }

  stop() {
    this.source?.close();
    this.source = null;
  }

  setStatus(text, state) {
    this.status.textContent = text;
    this.root.dataset.connection = state;
  }

  redraw(chat) {
    for (const { node } of this.messages.values()) node.remove();
    this.messages.clear();
    const all = [...chat.messages, ...(chat.written ?? [])].sort((a, b) => a.seq - b.seq);
    for (const message of all) this.put(message);
    this.applied = chat.lastChange ?? 0;
    this.updatePinned();
    this.scrollDown();
  }

  apply(change) {
    if (change.seq <= this.applied) {
      return; // drawn already (read with the chat, or sent again after a reset)
    }
    this.applied = change.seq;
    const message = change.message;
    switch (change.change) {
      case 'added':
      case 'edited':
        this.put(message);
        if (change.change === 'added') this.scrollDown();
        break;
      case 'deleted':
        this.remove(message.messageId);
        break;
      case 'pinned':
      case 'unpinned':
        this.put({ ...(this.messages.get(message.messageId)?.data ?? message), pinned: change.change === 'pinned' });
        break;
      case 'cleared':
        this.redraw({ messages: [], written: [], lastChange: change.seq });
        break;
      default:
        break;
    }
    this.updatePinned();
  }

  put(message) {
    const node = drawMessage(message, {
      onLink: (href, event) => this.link(href, event),
      onPress: (data, button) => this.press(message.messageId, data, button),
      onPhoto: () => this.scrollDown(),
    });
    const existing = this.messages.get(message.messageId);
    if (existing) {
      existing.node.replaceWith(node);
    } else {
      this.insertInOrder(node, message);
    }
    this.messages.set(message.messageId, { data: message, node });
    this.empty.hidden = this.messages.size > 0;
  }

  insertInOrder(node, message) {
    const later = [...this.messages.values()]
      .filter((entry) => entry.data.seq > message.seq)
      .sort((a, b) => a.data.seq - b.data.seq)[0];
    if (later) {
      later.node.before(node);
    } else {
      this.scroller.append(node);
    }
  }

  remove(messageId) {
    const entry = this.messages.get(messageId);
    if (!entry) return;
    this.messages.delete(messageId);
    entry.node.classList.add('gone');
    setTimeout(() => entry.node.remove(), 250);
    this.empty.hidden = this.messages.size > 0;
  }

  updatePinned() {
    const pinned = [...this.messages.values()]
      .filter((entry) => entry.data.pinned)
      .sort((a, b) => b.data.seq - a.data.seq)[0];
    this.pinned.hidden = !pinned;
    this.pinned.replaceChildren();
    if (pinned) {
      this.pinned.dataset.messageId = String(pinned.data.messageId);
      this.pinned.append(
        el('span', 'pinned-label', 'Закреплённое сообщение'),
        el('span', 'pinned-text', plainText(pinned.data.text).split('\n').find((line) => line.trim()) ?? '📎'),
      );
    }
  }

  scrollDown() {
    requestAnimationFrame(() => {
      this.scroller.scrollTop = this.scroller.scrollHeight;
    });
  }
}
