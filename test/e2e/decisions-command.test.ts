import type { ActionsBlock, Button } from '@slack/types';
import { addDays, addMilliseconds } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, COMMANDS } from '../../blocks/ids.js';
import { messageProblems } from '../support/block-kit.js';
import { adoptedWithFollowUp } from '../support/follow-ups.js';
import { type Harness, startHarness } from '../support/harness.js';
import { HOSTILE_TASK, HOSTILE_TASK_ESCAPED } from '../support/hostile-text.js';
import { NEUTRAL } from '../support/profiles.js';
import { seedDecision } from '../support/seed.js';
import {
  BOB,
  buttonClick,
  interaction,
  type Person,
  slashCommand,
} from '../support/slack-requests.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

let replies = 0;
/** Runs `/decisions text` and returns what it answered through response_url. */
async function decisions(text: string, o: { user?: Person; channelId?: string } = {}) {
  const id = `d${++replies}`;
  const before = h.fake.callsTo('response_url').length;
  const body = slashCommand({
    command: COMMANDS.decisions,
    text,
    responseUrl: h.fake.responseUrl(id),
    ...o,
  });
  const res = await h.send(body);
  expect(res.status).toBe(200);
  const reply = await h.fake.answer(before + 1);
  if (reply.blocks) expect(messageProblems(reply.blocks)).toEqual([]);
  return { ...reply, json: JSON.stringify(reply) };
}

/** Presses a paging button of a list, from #general. */
function pressPage(button: Button | undefined, responseId: string) {
  const click = buttonClick({
    actionId: button?.action_id ?? '',
    value: button?.value ?? '',
    channelId: 'C0GENERAL',
    messageTs: '1.1',
    responseUrl: h.fake.responseUrl(responseId),
  });
  return h.send(interaction(click));
}

const shownIds = (json: string) => [...json.matchAll(/\*#(\d+)\*/g)].map((m) => Number(m[1]));

describe('/decisions', () => {
  it("lists this conversation's latest decisions privately, 10 a page, with Next and Previous", async () => {
    const made = Array.from(
      { length: 12 },
      (_, i) => seedDecision(h.db, { at: new Date(Date.UTC(2026, 10, 1 + i)) }).id,
    );
    seedDecision(h.db, { channelId: 'C0ELSEWHERE' });
    const first = await decisions('');
    expect(first.response_type).toBe('ephemeral');
    expect(shownIds(first.json)).toEqual(made.slice(2).reverse());
    expect(first.json).toContain('Latest decisions in this conversation');
    const paging = first.blocks?.find((b): b is ActionsBlock => b.type === 'actions');
    const buttons = paging?.elements.filter((e): e is Button => e.type === 'button') ?? [];
    expect(buttons.map((e) => e.action_id)).toEqual([`${ACTIONS.logPage}_1`]);

    await pressPage(buttons[0], 'p2');
    const [, second] = await h.fake.waitFor('response_url', 2);
    expect(second?.args.replace_original).toBe(true);
    expect(shownIds(JSON.stringify(second?.args))).toEqual(made.slice(0, 2).reverse());
    expect(JSON.stringify(second?.args)).toContain('Previous');
  });

  it.each([
    [9, '1–9', false],
    [10, '1–10', false],
    [11, '1–10', true],
  ])('with %i decisions, shows %s and offers Next: %s', async (count, range, next) => {
    for (let i = 0; i < count; i++) seedDecision(h.db);
    const reply = await decisions('');
    expect(reply.text).toBe(`Latest decisions in this conversation: ${range} of ${count}`);
    expect(shownIds(reply.json)).toHaveLength(Math.min(count, 10));
    expect(reply.json.includes(`${ACTIONS.logPage}_1`)).toBe(next);
  });

  it('a list’s paging buttons are forgotten a day after it was last shown', async () => {
    for (let i = 0; i < 11; i++) seedDecision(h.db);
    const first = await decisions('');
    const next = first.blocks
      ?.flatMap((b) => (b.type === 'actions' ? b.elements : []))
      .find((e): e is Button => e.type === 'button');
    const rows = () => h.db.$client.prepare('SELECT count(*) AS n FROM log_queries').get();
    expect(rows()).toEqual({ n: 1 });
    h.clock.now = new Date(h.clock.now.getTime() + 25 * 60 * 60_000);
    await decisions('mine');
    expect(rows()).toEqual({ n: 1 });
    await pressPage(next, 'old');
    const answer = (await h.fake.waitFor('response_url', 3)).at(-1);
    expect(answer?.args.text).toBe('This list is out of date: run `/decisions` again.');
  });

  it('shows each row with approaches, status, who, when and a link fetched once', async () => {
    const d = seedDecision(h.db, { status: 'adopted' });
    h.db.$client
      .prepare(
        "update decisions set message_channel = 'C0GENERAL', message_ts = '1700.0001' where id = ?",
      )
      .run(d.id);
    const reply = await decisions('');
    expect(reply.json).toContain(
      `*#${d.id}* <https://example.slack.com/archives/C0GENERAL/p17000001|Summarise meeting notes>`,
    );
    expect(reply.json).toContain('*Improve the prompt*, as advised · adopted · <@U0ALICE>');
    expect(reply.json).not.toContain('_adopted_');
    expect(reply.json).toMatch(
      /ago \(<!date\^\d+\^\{date_short_pretty\} \{time\}\|2026-11-01 10:00 UTC>\)/,
    );
    await decisions('');
    expect(h.fake.callsTo('chat.getPermalink')).toHaveLength(1);
  });

  it('escapes the task in each row: a <!channel> typed in a task pings no one', async () => {
    seedDecision(h.db, { profile: { ...NEUTRAL, task: HOSTILE_TASK } });
    const reply = await decisions('');
    expect(reply.json).toContain(HOSTILE_TASK_ESCAPED);
    expect(reply.json).not.toContain('<!channel>');
    expect(reply.json).not.toContain('<http://evil');
  });

  it('combines filters: mine, open, approach, status, free text', async () => {
    const mine = seedDecision(h.db, {
      requesterId: 'U0BOB',
      channelId: 'C0OTHER',
      profile: { ...NEUTRAL, task: 'Route billing emails' },
    });
    const rag = seedDecision(h.db, {
      requesterId: 'U0BOB',
      profile: { ...NEUTRAL, knowledgeChange: 'weekly' },
    });
    seedDecision(h.db, { requesterId: 'U0ALICE' });
    expect(shownIds((await decisions('mine', { user: BOB })).json).sort()).toEqual(
      [mine.id, rag.id].sort(),
    );
    const mineRag = await decisions('mine approach:rag', { user: BOB });
    expect(shownIds(mineRag.json)).toEqual([rag.id]);
    expect(mineRag.text).toBe('Decisions: asked by you · on Add retrieval (RAG): 1–1 of 1');
    expect(shownIds((await decisions('emails', { user: BOB })).json)).toEqual([mine.id]);
    expect(shownIds((await decisions('open status:proposed approach:retrieval')).json)).toEqual([
      rag.id,
    ]);
  });

  it('due: follow-ups due within 7 days from now, to the millisecond', async () => {
    const week = addDays(h.clock.now, 7);
    const inWeek = adoptedWithFollowUp(h, week);
    adoptedWithFollowUp(h, addMilliseconds(week, 1));
    const tomorrow = adoptedWithFollowUp(h, addDays(h.clock.now, 1));
    expect(shownIds((await decisions('due')).json)).toEqual([tomorrow.id, inWeek.id]);
  });

  it('shows one decision in full with its history', async () => {
    const d = seedDecision(h.db, { status: 'adopted' });
    const reply = await decisions(`#${d.id}`);
    expect(reply.json).toContain('*History*');
    expect(reply.json).toContain('asked for advice');
    expect(reply.json).toContain('adopted');
    expect((await decisions('#999')).text).toBe('There is no decision #999 here.');
  });

  it('answers an unknown filter or help with the help text, never silence', async () => {
    const unknown = await decisions('colour:blue');
    expect(unknown.json).toContain('Unknown filter `colour:blue`');
    expect(unknown.json).toContain('approach:prompt|rag|fine_tune|hybrid');
    expect((await decisions('approach:magic')).json).toContain('Unknown approach');
    expect((await decisions('help')).json).toContain('`mine`');
  });

  it('never shows a private decision outside its conversation, except to its requester', async () => {
    const secret = seedDecision(h.db, {
      channelId: 'G0SECRET',
      channelPrivate: true,
      profile: { ...NEUTRAL, task: 'Secret merger memo' },
    });
    const pub = seedDecision(h.db, {});
    expect(shownIds((await decisions('open', { user: BOB })).json)).toEqual([pub.id]);
    expect((await decisions('merger', { user: BOB })).json).not.toContain('Secret');
    expect((await decisions(`#${secret.id}`, { user: BOB })).text).toBe(
      `There is no decision #${secret.id} here.`,
    );
    expect(shownIds((await decisions('', { user: BOB, channelId: 'G0SECRET' })).json)).toEqual([
      secret.id,
    ]);
    expect(shownIds((await decisions('merger')).json)).toEqual([secret.id]);
  });
});

describe('/decisions export', () => {
  it('sends the requester a CSV of what the query selects, in a DM', async () => {
    const a = seedDecision(h.db, {
      profile: { ...NEUTRAL, task: '=HYPERLINK("x"), with "quotes"' },
    });
    seedDecision(h.db, { channelId: 'G0SECRET', channelPrivate: true, requesterId: 'U0ALICE' });
    const reply = await decisions('export open', { user: BOB });
    expect(reply.text).toBe('Sent you a CSV of 1 decision.');
    const [open] = h.fake.callsTo('conversations.open');
    expect(open?.args.users).toBe(BOB.id);
    const [upload] = h.fake.callsTo('file_upload');
    const csv = String(upload?.args.content);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(
      'id,created_at,channel_id,requester_id,task,recommended_approach,adopted_approach,status,confidence,engine_version,link',
    );
    expect(row).toMatch(
      new RegExp(
        `^${a.id},2026-11-01T10:00:00.000Z,C0GENERAL,U0ALICE,"'=HYPERLINK\\(""x""\\), with ""quotes""",`,
      ),
    );
    const [complete] = h.fake.callsTo('files.completeUploadExternal');
    expect(complete?.args.channel_id).toBe('D0BOB');
  });

  it('leaves out private decisions of others, even when asked from inside their conversation', async () => {
    const secret = seedDecision(h.db, {
      channelId: 'G0SECRET',
      channelPrivate: true,
      requesterId: 'U0ALICE',
    });
    expect((await decisions('export', { user: BOB, channelId: 'G0SECRET' })).text).toBe(
      'Sent you a CSV of 0 decisions.',
    );
    expect(
      (await decisions(`#${secret.id} export`, { user: BOB, channelId: 'G0SECRET' })).text,
    ).toBe(`There is no decision #${secret.id} here.`);
    expect((await decisions(`#${secret.id} export`, { channelId: 'C0GENERAL' })).text).toBe(
      `Sent you the decision record of #${secret.id}.`,
    );
  });

  it('sends a Markdown decision record for #42 export', async () => {
    const d = seedDecision(h.db, { status: 'adopted' });
    const reply = await decisions(`#${d.id} export`);
    expect(reply.text).toBe(`Sent you the decision record of #${d.id}.`);
    const md = String(h.fake.callsTo('file_upload')[0]?.args.content);
    for (const heading of [
      '## Context',
      '## Options considered',
      '## Decision',
      '## Consequences',
      '## Outcome so far',
    ]) {
      expect(md).toContain(heading);
    }
    expect(md).toContain(`# Decision #${d.id}: Summarise meeting notes`);
    expect(md).toMatch(/- 2026-11-01 <@U0ALICE> adopted/);
    expect(md).not.toMatch(/qualityPct|monthlyCalls|Warning \(/);
  });

  it('tells the person when Slack refuses the upload, instead of saying nothing', async () => {
    seedDecision(h.db, { status: 'adopted' });
    h.fake.failNext('files.getUploadURLExternal', 'not_allowed_token_type');
    const reply = await decisions('export');
    expect(reply.text).toBe(
      ':warning: I could not send you the export (Slack answered `not_allowed_token_type`). Nothing was lost: run the same command again in a minute.',
    );
    expect(h.fake.callsTo('file_upload')).toHaveLength(0);
  });
});
