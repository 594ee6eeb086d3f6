// The sandbox's front page: WB's cabinet on the left (a demo shop, its token, things to make
// happen), the bot's chats on the right, side by side for a team.

import { ChatColumn } from './chat-column.js';
import { ShopPanel } from './shop-panel.js';

const MOST_CHATS = 4; // a browser keeps six connections to a server; each chat holds one open
const STORED = 'wbassist.sandbox.chats';

const chatsRoot = document.querySelector('#chats');
const addButton = document.querySelector('#add-member');
const columns = [];

function newChatId() {
  // Telegram ids look like this; a random one keeps two browsers (or a test) out of each other's chat.
  return 1_000_000_000 + Math.floor(Math.random() * 900_000_000);
}

function save() {
  localStorage.setItem(STORED, JSON.stringify(columns.map((column) => column.chatId)));
}

function add(chatId, firstText) {
  if (columns.length >= MOST_CHATS) return null;
  const owner = columns.length === 0;
  const column = new ChatColumn(chatId, owner ? 'Владелец' : `Участник ${columns.length + 1}`, {
    onClose: owner ? undefined : close,
    onStartLink: (payload) => {
      // An invite link opens a new person's chat, which follows it: "/start team_…".
      const member = add(newChatId());
      if (member) member.write(`/start ${payload}`);
    },
  });
  columns.push(column);
  chatsRoot.append(column.root);
  column.follow();
  if (firstText) column.write(firstText);
  addButton.disabled = columns.length >= MOST_CHATS;
  save();
  return column;
}

function close(column) {
  column.stop();
  column.root.remove();
  columns.splice(columns.indexOf(column), 1);
  addButton.disabled = columns.length >= MOST_CHATS;
  save();
}

addButton.addEventListener('click', () => add(newChatId()));
new ShopPanel(document.querySelector('#shop'));

const stored = JSON.parse(localStorage.getItem(STORED) ?? '[]');
for (const chatId of stored.length ? stored : [newChatId()]) add(chatId);
