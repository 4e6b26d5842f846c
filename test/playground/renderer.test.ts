import type { AnyBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { mrkdwn, renderBlocks } from '../../src/playground/public/blocks.js';
import { READY_TO_TUNE } from '../support/profiles.js';
import { everySurface } from '../support/surfaces.js';

/** Every surface the app sends: messages, modals and the App Home tab. */
const SURFACES: Record<string, readonly AnyBlock[]> = Object.fromEntries(
  Object.entries(everySurface(READY_TO_TUNE)).flatMap(([name, s]) =>
    s.kind === 'message' ? [[name, s.blocks]] : s.kind === 'view' ? [[name, s.view.blocks]] : [],
  ),
);

/** Every block and element type in `blocks`, nested ones included. */
function typesIn(blocks: readonly unknown[], found = new Set<string>()): Set<string> {
  for (const b of blocks as Record<string, unknown>[]) {
    found.add(String(b.type));
    for (const key of ['accessory', 'element']) if (b[key]) typesIn([b[key]], found);
    if (Array.isArray(b.elements)) typesIn(b.elements, found);
  }
  return found;
}

describe('the playground draws every surface the app sends', () => {
  it.each(Object.entries(SURFACES))(
    '%s has no block or element it cannot draw',
    (_name, blocks) => {
      const html = renderBlocks(blocks);
      expect(html.match(/data-unsupported="[^"]*"/g) ?? []).toEqual([]);
      expect(html.length).toBeGreaterThan(100);
    },
  );

  it('the surfaces hold the kinds the page must draw', () => {
    const all = new Set(Object.values(SURFACES).flatMap((blocks) => [...typesIn(blocks)]));
    for (const t of [
      'section',
      'header',
      'divider',
      'context',
      'actions',
      'input',
      'button',
      'static_select',
      'radio_buttons',
      'checkboxes',
      'plain_text_input',
      'number_input',
    ])
      expect(all, t).toContain(t);
  });

  it('a kind it does not know is shown as such, not dropped', () => {
    expect(renderBlocks([{ type: 'rich_text', elements: [] }])).toContain(
      'data-unsupported="block:rich_text"',
    );
    expect(renderBlocks([{ type: 'actions', elements: [{ type: 'datepicker' }] }])).toContain(
      'data-unsupported="element:datepicker"',
    );
  });

  it('mrkdwn keeps the escaping the app did and draws links, mentions and dates', () => {
    expect(
      mrkdwn('&lt;!channel&gt; &amp; *bold* <@U1> <https://x.test/a|docs>', { U1: 'Ada' }),
    ).toBe(
      '&lt;!channel&gt; &amp; <b>bold</b> <span class="mention">@Ada</span> <a href="https://x.test/a" target="_blank" rel="noopener">docs</a>',
    );
    expect(mrkdwn('<javascript:alert(1)|x> <img onerror=1>')).not.toMatch(/<a |<img/);
    expect(mrkdwn('<!date^1764669600^{date_long}|2025-12-02>')).toBe('December 2, 2025');
  });
});
