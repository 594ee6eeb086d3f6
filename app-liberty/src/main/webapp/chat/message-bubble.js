// One message as Telegram draws it: a bubble (the bot's on the left, the seller's on the right)
// with its photo or document, its text, a pin, «изменено» and the time, and the inline keyboard
// under it.

import { renderTelegramHtml } from './telegram-html.js';

const TIME = new Intl.DateTimeFormat('ru-RU', { hour: '2-digit', minute: '2-digit' });

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function sizeText(bytes) {
  if (bytes < 1024) return `${bytes} Б`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} КБ`;
  return `${(bytes / 1024 / 1024).toFixed(1)} МБ`;
}

/**
 * @param message a message as GET /api/sandbox/chats/{id} gives it
 * @param {{onLink: Function, onPress: (data: string, button: HTMLElement) => void, onPhoto: Function}} hooks
 */
export function drawMessage(message, hooks) {
  const fromBot = message.from !== 'seller';
  const row = el('div', `message ${fromBot ? 'from-bot' : 'from-seller'}`);
  row.dataset.messageId = String(message.messageId);
  const bubble = el('div', 'bubble');
  if (message.photo) {
    bubble.classList.add('with-photo');
    bubble.append(photo(message, hooks));
  }
  if (message.document) {
    bubble.append(documentLink(message.document));
  }
  if (message.text) {
    const text = el('div', 'text');
    if (fromBot) {
      renderTelegramHtml(message.text, text, hooks.onLink);
    } else {
      text.textContent = message.text; // the seller's words as typed, never as markup
    }
    bubble.append(text);
  }
  const meta = el('span', 'meta');
  if (message.pinned) meta.append(el('span', 'pin', '📌'));
  if (message.edits > 0) meta.append(el('span', 'edited', 'изменено'));
  meta.append(el('span', 'time', TIME.format(new Date(message.date * 1000))));
  bubble.append(meta);
  row.append(bubble);
  const keyboard = message.keyboard?.inline_keyboard;
  if (Array.isArray(keyboard) && keyboard.length) {
    row.append(inlineKeyboard(keyboard, hooks));
  }
  return row;
}

function photo(message, hooks) {
  if (!message.photoUrl) {
    return el('div', 'photo missing', '📷 Фото');
  }
  const img = el('img', 'photo');
  img.src = message.photoUrl;
  img.alt = 'Фото товара';
  img.addEventListener('load', () => hooks.onPhoto?.(), { once: true });
  return img;
}

function documentLink(file) {
  const link = el('a', 'document');
  link.href = file.url;
  link.download = file.name;
  link.append(
    el('span', 'document-icon', '📄'),
    el('span', 'document-name', file.name),
    el('span', 'document-size', `${sizeText(file.size)} · скачать`),
  );
  return link;
}

function inlineKeyboard(rows, hooks) {
  const keyboard = el('div', 'keyboard');
  for (const buttons of rows) {
    const row = el('div', 'keyboard-row');
    for (const spec of buttons) {
      const button = el('button', 'key', spec.text);
      button.type = 'button';
      if (spec.callback_data !== undefined) {
        button.dataset.callback = spec.callback_data;
        button.addEventListener('click', () => hooks.onPress(spec.callback_data, button));
      } else if (spec.url) {
        button.classList.add('url');
        button.title = spec.url;
        button.addEventListener('click', (event) => {
          hooks.onLink(spec.url, event);
          if (!event.defaultPrevented && /^https?:/i.test(spec.url)) {
            window.open(spec.url, '_blank', 'noopener');
          }
        });
      } else {
        button.disabled = true;
      }
      row.append(button);
    }
    keyboard.append(row);
  }
  return keyboard;
}
