import type { KnownBlock } from '@slack/types';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, COMMANDS } from '../../blocks/ids.js';
import { messageProblems } from '../support/block-kit.js';
import { type Harness, startHarness } from '../support/harness.js';
import { NEUTRAL } from '../support/profiles.js';
import { seedDecision } from '../support/seed.js';
import { buttonClick, interaction, slashCommand } from '../support/slack-requests.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

type Reply = { text: string; blocks?: KnownBlock[] };
let seq = 0;
/** Sends `body` and returns the `count` replies it got through its response_url. */
async function replies(body: (responseUrl: string) => string, count = 1): Promise<Reply[]> {
  const before = h.fake.callsTo('response_url').length;
  expect((await h.send(body(h.fake.responseUrl(`h${++seq}`)))).status).toBe(200);
  const calls = await h.fake.waitFor('response_url', before + count);
  return calls.slice(before).map((c) => c.args as Reply);
}
const decisions = (text: string, count = 1) =>
  replies((responseUrl) => slashCommand({ command: COMMANDS.decisions, text, responseUrl }), count);

const buttons = (blocks: KnownBlock[] = []) =>
  blocks.flatMap((b) =>
    'elements' in b ? (b.elements as { value?: string; action_id?: string }[]) : [],
  );

/** Characters no search matches on, which grow when escaped for JSON or mrkdwn. */
const HOSTILE = fc
  .array(
    fc.constantFrom(
      '"',
      '\\',
      '\u0000',
      '\u0007',
      '\n',
      '\t',
      '<',
      '>',
      '&',
      '*',
      '`',
      '😀',
      '\u202e',
      ' ',
      '~',
    ),
    {
      minLength: 1,
      maxLength: 5_000,
      size: 'max',
    },
  )
  .map((chars) => chars.join(''));

describe('hostile input to /decisions', () => {
  it('a query of 1 MB is cut, and the person is told so and still gets the list', async () => {
    seedDecision(h.db);
    const [notice, list] = await decisions('word '.repeat(200_000), 2);
    expect(notice?.text).toContain('longer than 300 characters');
    expect(messageProblems(list?.blocks ?? [])).toEqual([]);
  });

  it('any query: every reply and page is valid Block Kit, paging values stay short', async () => {
    for (let i = 0; i < 12; i++)
      seedDecision(h.db, { profile: { ...NEUTRAL, task: `Route support tickets ${i}` } });
    await fc.assert(
      fc.asyncProperty(HOSTILE, async (hostile) => {
        const text = `tickets ${hostile}`;
        const all = await decisions(text, text.length > 300 ? 2 : 1);
        const list = all.at(-1) as Reply;
        expect(messageProblems(list.blocks ?? [])).toEqual([]);
        const next = buttons(list.blocks).find((b) => b.action_id === `${ACTIONS.logPage}_1`);
        expect(next?.value?.length ?? Number.NaN).toBeLessThanOrEqual(2_000);
        const [page] = await replies((responseUrl) =>
          interaction(
            buttonClick({
              actionId: `${ACTIONS.logPage}_1`,
              value: next?.value ?? '',
              channelId: 'C0GENERAL',
              messageTs: '1763900000.000001',
              responseUrl,
            }),
          ),
        );
        expect(page?.text).toContain('11–12');
        expect(messageProblems(page?.blocks ?? [])).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
