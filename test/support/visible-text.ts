// What a person reads on a Block Kit surface: every text object, label, title, hint, option,
// confirm dialog and table cell, without the ids and values only the app sees.

const HIDDEN = new Set([
  'action_id',
  'block_id',
  'callback_id',
  'private_metadata',
  'value',
  'url',
  'image_url',
  'type',
  'style',
]);

/**
 * Every string a reader sees in `surface` (blocks, a view, or a message with its `text`);
 * with `dialogs: false`, only what shows before anything is clicked.
 */
export function visibleTexts(surface: unknown, o = { dialogs: true }, found: string[] = []) {
  if (Array.isArray(surface)) {
    for (const item of surface) visibleTexts(item, o, found);
  } else if (surface && typeof surface === 'object') {
    for (const [key, v] of Object.entries(surface)) {
      if (HIDDEN.has(key) || (key === 'confirm' && !o.dialogs)) continue;
      if (typeof v === 'string') {
        if (key === 'text' || key === 'title' || key === 'alt_text' || key === 'caption')
          found.push(v);
      } else {
        visibleTexts(v, o, found);
      }
    }
  }
  return found;
}

/** mrkdwn as Slack shows it: links by their label, no markup characters, entities decoded. */
export const shownText = (mrkdwn: string) =>
  mrkdwn
    .replace(/<(?:[^<>|]*)\|([^<>]*)>/g, '$1')
    .replace(/<([@#!])([^<>]*)>/g, '$1$2')
    .replace(/<([^<>]*)>/g, '$1')
    .replace(/[*_~`]/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
