import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOSTILE_TASK, HOSTILE_TASK_ESCAPED, hostileTextsArb } from '../support/hostile-text.js';
import { foreignMarkup, mrkdwnTexts } from '../support/mrkdwn.js';
import { profileArb, READY_TO_TUNE } from '../support/profiles.js';
import { everySurface, type UserTexts } from '../support/surfaces.js';

describe('user text on every surface', () => {
  it('reaches no mrkdwn text as markup: no ping, mention, link or bare & < >, whatever is typed', () => {
    fc.assert(
      fc.property(profileArb, hostileTextsArb, (profile, typed) => {
        for (const [name, s] of Object.entries(everySurface(profile, typed)))
          for (const text of mrkdwnTexts(s)) expect(foreignMarkup(text), name).toEqual([]);
      }),
      { numRuns: 150, seed: 15 },
    );
  });

  it('does reach mrkdwn, escaped: each text shows on some surface (the channel name only as plain text)', () => {
    const typed: Omit<UserTexts, 'channelName'> = {
      task: 'task <!here>',
      reason: 'reason <@U0EVIL>',
      costNotes: 'cost & speed',
      notes: 'notes <http://evil.example|x>',
      search: 'search <#C0EVIL>',
    };
    const escaped = [
      'task &lt;!here&gt;',
      'reason &lt;@U0EVIL&gt;',
      'cost &amp; speed',
      'notes &lt;http://evil.example|x&gt;',
      'search &lt;#C0EVIL&gt;',
    ];
    const shown = Object.values(everySurface(READY_TO_TUNE, typed)).flatMap(mrkdwnTexts);
    for (const text of escaped)
      expect(
        shown.some((t) => t.includes(text)),
        text,
      ).toBe(true);
  });
});

describe('the markup scan is live', () => {
  it('finds each piece of hostile text typed raw, and passes it escaped', () => {
    expect(foreignMarkup(`“${HOSTILE_TASK}” · asked by <@U1>`)).toHaveLength(8);
    expect(foreignMarkup(`“${HOSTILE_TASK_ESCAPED}” · asked by <@U1>`)).toEqual([]);
  });

  it('passes only the app’s own markup: not a user’s mention, date or link that looks like it', () => {
    const app =
      '<@U2> <#C1> <!date^1796205600^{date_long}|2026-12-02> <https://example.slack.com/archives/C1/p1|&lt;x&gt;>\n> quoted';
    expect(foreignMarkup(app)).toEqual([]);
    for (const typed of [
      '<@U0EVIL>',
      '<!date^0^{date}|x>',
      '<https://example.slack.com/archives/C1/p1|<!here>>',
      'Q&A',
      '&amp',
    ])
      expect(foreignMarkup(typed), typed).not.toEqual([]);
  });
});
