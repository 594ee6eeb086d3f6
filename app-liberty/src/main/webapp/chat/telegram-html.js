// The HTML subset Telegram's Bot API allows (parse_mode HTML), turned into DOM nodes from an
// allow-list: the bot's text is tokenized here and never given to innerHTML, so a tag the bot did
// not mean (or an injected one) shows as nothing but its text.

const TAGS = {
  b: 'b', strong: 'b',
  i: 'i', em: 'i',
  u: 'u', ins: 'u',
  s: 's', strike: 's', del: 's',
  code: 'code', pre: 'pre',
  blockquote: 'blockquote',
  'tg-spoiler': 'span',
  a: 'a',
  span: 'span',
};

const SAFE_LINK = /^(https?:|tg:|mailto:)/i;

const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Telegram's entities: the four it requires, plus numeric ones. */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X'
        ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attribute(attributes, name) {
  const match = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(attributes);
  return match ? decodeEntities(match[2] ?? match[3] ?? match[4] ?? '') : null;
}

/**
 * Builds the nodes of one message's text or caption inside `target`.
 *
 * @param {string} html the text as the bot sent it
 * @param {HTMLElement} target where the nodes go
 * @param {(href: string, event: Event) => void} onLink called before a link opens
 */
export function renderTelegramHtml(html, target, onLink) {
  const stack = [{ tag: null, node: target }];
  const top = () => stack[stack.length - 1].node;
  const tokens = /<(\/?)([a-z][a-z0-9-]*)((?:\s[^>]*)?)>|([^<]+)|(<)/gi;
  let token;
  while ((token = tokens.exec(html ?? '')) !== null) {
    const [, closing, rawName, attributes, text, stray] = token;
    if (text !== undefined || stray !== undefined) {
      const insideLink = stack.some((entry) => entry.tag === 'a' || entry.tag === 'code' || entry.tag === 'pre');
      appendText(top(), decodeEntities(text ?? stray), insideLink ? null : onLink);
      continue;
    }
    const name = rawName.toLowerCase();
    if (!(name in TAGS)) {
      continue; // not in Telegram's subset: the tag goes, its text stays
    }
    if (closing) {
      const at = stack.map((entry) => entry.tag).lastIndexOf(name);
      if (at > 0) {
        stack.length = at;
      }
      continue;
    }
    stack.push({ tag: name, node: top().appendChild(element(name, attributes, onLink)) });
  }
  return target;
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)»]/g;

/** Text as Telegram shows it: an address written in plain text is a link too. */
function appendText(parent, text, onLink) {
  if (!onLink) {
    parent.append(document.createTextNode(text));
    return;
  }
  let from = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    parent.append(document.createTextNode(text.slice(from, match.index)));
    const link = element('a', ` href="${match[0].replace(/"/g, '')}"`, onLink);
    link.textContent = match[0];
    parent.append(link);
    from = match.index + match[0].length;
  }
  parent.append(document.createTextNode(text.slice(from)));
}

function element(name, attributes, onLink) {
  if (name === 'a') {
    const href = attribute(attributes, 'href') ?? '';
    if (!SAFE_LINK.test(href)) {
      return document.createElement('span');
    }
    const link = document.createElement('a');
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.addEventListener('click', (event) => onLink?.(href, event));
    return link;
  }
  const node = document.createElement(TAGS[name]);
  const spoiler = name === 'tg-spoiler'
    || (name === 'span' && /\bclass\s*=\s*["']?tg-spoiler/i.test(attributes));
  if (spoiler) {
    node.className = 'spoiler';
    node.title = 'Спойлер: нажмите, чтобы показать';
    node.addEventListener('click', () => node.classList.add('shown'), { once: true });
  }
  if (name === 'blockquote' && /\bexpandable\b/i.test(attributes)) {
    node.classList.add('expandable');
    node.addEventListener('click', () => node.classList.toggle('expanded'));
  }
  if (name === 'code') {
    const language = /\bclass\s*=\s*["']?language-([\w+-]+)/i.exec(attributes);
    if (language) {
      node.dataset.language = language[1];
    }
  }
  return node;
}

/** The text a person reads, without tags (for the pinned bar and notifications of the page). */
export function plainText(html) {
  return decodeEntities((html ?? '').replace(/<[^>]*>/g, ''));
}
