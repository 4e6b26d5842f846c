import type { Surface } from './surfaces.js';

// What Slack reads as mrkdwn on a surface, and the markup in it the app did not write itself.

/** Every mrkdwn text object under `node`. */
function mrkdwnObjects(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) mrkdwnObjects(item, found);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'mrkdwn' && typeof o.text === 'string') found.push(o.text);
    else for (const v of Object.values(o)) mrkdwnObjects(v, found);
  }
  return found;
}

/**
 * The texts Slack parses as mrkdwn: a message's notification text and its mrkdwn objects, a
 * view's mrkdwn objects. plain_text shows mentions and links as typed, and a file is not parsed.
 */
export function mrkdwnTexts(s: Surface): string[] {
  switch (s.kind) {
    case 'message':
      return [s.text, ...mrkdwnObjects(s.blocks)];
    case 'text':
      return [s.text];
    case 'view':
      return mrkdwnObjects(s.view);
    case 'file':
      return [];
  }
}

/**
 * Markup the app writes itself on everySurface's surfaces: mentions of its people and its
 * channel, its dates, and its permalink (whose label, the task, is checked like any text).
 */
const APP_MARKUP: [RegExp, string][] = [
  [/<@U[12]>/g, ''],
  [/<#C1>/g, ''],
  [/<!date\^\d{10}\^[^<>|]*\|[^<>]*>/g, ''],
  [/<https:\/\/example\.slack\.com\/archives\/C1\/p1\|([^<>]*)>/g, '$1'],
  [/^> /gm, ''],
];

const ENTITY = /^&(?:amp|lt|gt);/;

/**
 * What in one mrkdwn text Slack would act on and the app did not write: each `<`, `>` or `&`
 * that is not part of the app's own markup or an entity, with the text around it.
 */
export function foreignMarkup(mrkdwn: string): string[] {
  const rest = APP_MARKUP.reduce((t, [pattern, by]) => t.replace(pattern, by), mrkdwn);
  const found: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '<' || c === '>' || (c === '&' && !ENTITY.test(rest.slice(i))))
      found.push(JSON.stringify(rest.slice(Math.max(0, i - 20), i + 20)));
  }
  return found;
}
