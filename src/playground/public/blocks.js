// Draws Block Kit (the blocks and elements this app sends) as HTML. Plain ES module: the page
// imports it as is, and the tests import it to check that every surface is drawn.

/** Text made safe for HTML. */
export const esc = (s) =>
  String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** Slack's mrkdwn arrives with &, < and > already escaped; keep those, escape the rest. */
const keepEntities = (s) =>
  s
    .replace(/&(?!(amp|lt|gt|quot|#\d+);)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

function link(inner, names) {
  const [target, label] = inner.split('|');
  if (target.startsWith('@'))
    return `<span class="mention">@${esc(names[target.slice(1)] ?? label ?? target.slice(1))}</span>`;
  if (target.startsWith('#'))
    return `<span class="mention">#${esc(label ?? names[target.slice(1)] ?? target.slice(1))}</span>`;
  if (target.startsWith('!date^')) {
    const seconds = Number(target.split('^')[1]);
    return esc(new Date(seconds * 1000).toLocaleDateString('en-US', { dateStyle: 'long' }));
  }
  if (target.startsWith('!'))
    return `<span class="mention">@${esc(label ?? target.slice(1))}</span>`;
  if (!/^(https?:|mailto:)/.test(target)) return keepEntities(inner);
  return `<a href="${esc(target)}" target="_blank" rel="noopener">${keepEntities(label ?? target)}</a>`;
}

const EMOJI = {
  hourglass_flowing_sand: '⏳',
  leftwards_arrow_with_hook: '↩️',
  tada: '🎉',
  test_tube: '🧪',
  twisted_rightwards_arrows: '🔀',
  warning: '⚠️',
  wastebasket: '🗑️',
  white_check_mark: '✅',
  zzz: '💤',
};

function inline(s) {
  return s
    .replace(/:([a-z0-9_+-]+):/g, (all, name) => EMOJI[name] ?? all)
    .replace(/(^|[\s(])\*([^*\n]+)\*(?=$|[\s).,:;!?])/g, '$1<b>$2</b>')
    .replace(/(^|[\s(])_([^_\n]+)_(?=$|[\s).,:;!?])/g, '$1<i>$2</i>')
    .replace(/(^|[\s(])~([^~\n]+)~(?=$|[\s).,:;!?])/g, '$1<s>$2</s>');
}

/** mrkdwn to HTML: links and mentions, `code`, ```blocks```, *bold*, _italic_, ~strike~, > quotes. */
export function mrkdwn(text, names = {}) {
  const parts = String(text ?? '').split(/(```[\s\S]*?```|`[^`\n]+`|<[^<>\n]+>)/);
  const html = parts
    .map((p) => {
      if (p.startsWith('```') && p.length > 5) return `<pre>${keepEntities(p.slice(3, -3))}</pre>`;
      if (p.startsWith('`') && p.length > 1) return `<code>${keepEntities(p.slice(1, -1))}</code>`;
      if (p.startsWith('<') && p.endsWith('>')) return link(p.slice(1, -1), names);
      return inline(keepEntities(p));
    })
    .join('');
  return html
    .split('\n')
    .map((line) => (line.startsWith('&gt; ') ? `<blockquote>${line.slice(5)}</blockquote>` : line))
    .join('<br>')
    .replace(/<\/blockquote><br><blockquote>/g, '<br>');
}

export function textObject(t, names) {
  if (!t) return '';
  if (t.type === 'mrkdwn') return mrkdwn(t.text, names);
  if (t.type === 'plain_text') return esc(t.text);
  return unsupported('text', t.type);
}

const unsupported = (kind, type) =>
  `<div class="bk-unsupported" data-unsupported="${esc(kind)}:${esc(type)}">This playground does not draw ${esc(kind)} “${esc(type)}”.</div>`;

const actionData = (el, blockId, value) =>
  esc(
    JSON.stringify({
      action_id: el.action_id,
      block_id: blockId,
      type: el.type,
      ...(value === undefined ? {} : { value }),
    }),
  );

const optionText = (o, names) =>
  `${textObject(o.text, names)}${o.description ? `<small>${textObject(o.description, names)}</small>` : ''}`;

let unique = 0;

const ELEMENTS = {
  button: (el, b, c) =>
    `<button type="button" class="bk-button ${esc(el.style ?? '')}" data-action="${actionData(el, b, el.value)}"${el.confirm ? ` data-confirm="${esc(`${el.confirm.title?.text ?? ''}\n${el.confirm.text?.text ?? ''}`)}"` : ''}${el.url ? ` data-url="${esc(el.url)}"` : ''}>${textObject(el.text, c.names)}</button>`,
  static_select: (el, b) => {
    const initial = el.initial_option?.value;
    const options = (el.options ?? [])
      .map(
        (o) =>
          `<option value="${esc(o.value)}"${o.value === initial ? ' selected' : ''}>${esc(o.text.text)}</option>`,
      )
      .join('');
    const placeholder = `<option value=""${initial ? '' : ' selected'}>${esc(el.placeholder?.text ?? 'Choose')}</option>`;
    return `<select class="bk-select" ${field(el, b)}>${placeholder}${options}</select>`;
  },
  radio_buttons: (el, b, c) =>
    choices(el, b, c, 'radio', el.initial_option ? [el.initial_option] : []),
  checkboxes: (el, b, c) => choices(el, b, c, 'checkbox', el.initial_options ?? []),
  plain_text_input: (el, b) => {
    const common = `${field(el, b)} placeholder="${esc(el.placeholder?.text ?? '')}"${el.max_length ? ` maxlength="${el.max_length}"` : ''}`;
    return el.multiline
      ? `<textarea class="bk-text" rows="4" ${common}>${esc(el.initial_value ?? '')}</textarea>`
      : `<input class="bk-text" type="text" ${common} value="${esc(el.initial_value ?? '')}">`;
  },
  number_input: (el, b) =>
    `<input class="bk-text" type="number" ${field(el, b)} step="${el.is_decimal_allowed ? 'any' : '1'}"${el.min_value !== undefined ? ` min="${esc(el.min_value)}"` : ''}${el.max_value !== undefined ? ` max="${esc(el.max_value)}"` : ''} placeholder="${esc(el.placeholder?.text ?? '')}" value="${esc(el.initial_value ?? '')}">`,
  image: (el) => `<img class="bk-image-el" src="${esc(el.image_url)}" alt="${esc(el.alt_text)}">`,
};

function field(el, blockId) {
  return `id="in-${esc(blockId)}" data-block-id="${esc(blockId)}" data-action-id="${esc(el.action_id)}" data-type="${esc(el.type)}"`;
}

function choices(el, b, c, kind, initial) {
  const name = `choice-${++unique}`;
  const picked = new Set(initial.map((o) => o.value));
  const items = (el.options ?? [])
    .map(
      (o) =>
        `<label class="bk-choice"><input type="${kind}" name="${name}" value="${esc(o.value)}"${picked.has(o.value) ? ' checked' : ''}> <span>${optionText(o, c.names)}</span></label>`,
    )
    .join('');
  return `<div class="bk-choices" role="${kind === 'radio' ? 'radiogroup' : 'group'}" aria-labelledby="label-${esc(b)}" ${field(el, b)}>${items}</div>`;
}

export function element(el, blockId, c) {
  const draw = ELEMENTS[el?.type];
  return draw ? draw(el, blockId, c) : unsupported('element', el?.type);
}

const BLOCKS = {
  section: (b, c) =>
    `<div class="bk-section"><div class="bk-section-body">${b.text ? `<div class="bk-text-block">${textObject(b.text, c.names)}</div>` : ''}${
      b.fields
        ? `<div class="bk-fields">${b.fields.map((f) => `<div>${textObject(f, c.names)}</div>`).join('')}</div>`
        : ''
    }</div>${b.accessory ? `<div class="bk-accessory">${element(b.accessory, b.block_id, c)}</div>` : ''}</div>`,
  header: (b, c) => `<h3 class="bk-header">${textObject(b.text, c.names)}</h3>`,
  divider: () => '<hr class="bk-divider">',
  context: (b, c) =>
    `<div class="bk-context">${(b.elements ?? [])
      .map((e) =>
        e.type === 'image' ? ELEMENTS.image(e) : `<span>${textObject(e, c.names)}</span>`,
      )
      .join('')}</div>`,
  actions: (b, c) =>
    `<div class="bk-actions">${(b.elements ?? []).map((e) => element(e, b.block_id, c)).join('')}</div>`,
  input: (b, c) =>
    `<div class="bk-input" data-input-block="${esc(b.block_id)}"><label class="bk-label" id="label-${esc(b.block_id)}" for="in-${esc(b.block_id)}">${textObject(b.label, c.names)}${
      b.optional ? ' <span class="bk-optional">(optional)</span>' : ''
    }</label>${element(b.element, b.block_id, c)}${b.hint ? `<div class="bk-hint">${textObject(b.hint, c.names)}</div>` : ''}</div>`,
  image: (b) =>
    `<figure class="bk-image">${b.title ? `<figcaption>${esc(b.title.text)}</figcaption>` : ''}<img src="${esc(b.image_url)}" alt="${esc(b.alt_text)}"></figure>`,
};

/** HTML for a list of blocks; `c.names` maps user ids to the names shown for mentions. */
export function renderBlocks(blocks, c = {}) {
  return (blocks ?? [])
    .map((b) => {
      const draw = BLOCKS[b?.type];
      return draw ? draw(b, { names: {}, ...c }) : unsupported('block', b?.type);
    })
    .join('');
}
