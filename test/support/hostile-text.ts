import fc from 'fast-check';

/**
 * User text that Slack would act on if it reached mrkdwn as typed: a channel ping, a user
 * mention, a disguised link, and the three characters mrkdwn gives a meaning to.
 */
export const HOSTILE_TASK = '<!channel> ask <@U0BOB> & <http://evil.example|a doc> > now';

/** The same text as it must reach Slack: every control character written as an entity. */
export const HOSTILE_TASK_ESCAPED =
  '&lt;!channel&gt; ask &lt;@U0BOB&gt; &amp; &lt;http://evil.example|a doc&gt; &gt; now';

/** What Slack acts on in mrkdwn (pings, mentions, links), and what only looks like markup. */
const PIECES = [
  '<!here>',
  '<!channel>',
  '<!everyone>',
  '<!subteam^S0EVIL>',
  '<@U0EVIL>',
  '<#C0EVIL>',
  '<#C0EVIL|general>',
  '<http://evil.example|a doc>',
  '<https://evil.example>',
  '<mailto:x@evil.example|mail>',
  '<!date^0^{date}|x>',
  '&',
  '<',
  '>',
  '> ',
  '|',
  '&amp;',
  '&lt;',
  '&#60;',
  '*bold*',
  '_it_',
  '`code`',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u202e',
  '\u200b',
  '😀',
  '👩🏽‍💻',
  '🇩🇪',
  ' ',
  'ok',
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

/**
 * Generated user text of at most `max` characters: mentions, links, entities, control
 * characters and emoji mixed with words, sometimes one piece repeated up to the limit.
 */
export const hostileText = (max: number) =>
  fc
    .oneof(
      {
        weight: 5,
        arbitrary: fc.array(piece, { minLength: 1, maxLength: 12 }).map((p) => p.join('')),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom(...PIECES), fc.integer({ min: 1, max }))
          .map(([p, n]) => p.repeat(n)),
      },
    )
    .map((text) => text.slice(0, max))
    .filter((text) => text.trim().length > 0);

/** Everything a person types that a builder shows: each one generated hostile. */
export const hostileTextsArb = fc.record({
  task: hostileText(3000),
  reason: hostileText(1000),
  costNotes: hostileText(2000),
  notes: hostileText(2000),
  channelName: hostileText(80),
  search: hostileText(500),
});
