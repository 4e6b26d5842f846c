import { addDays } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, COMMANDS, VIEWS } from '../../blocks/ids.js';
import { getDecision } from '../../src/store/decisions.js';
import { listEvents } from '../../src/store/events.js';
import { reminderFor } from '../../src/store/reminders.js';
import type { Decision } from '../../src/store/schema.js';
import { initialValueOf, messageProblems, viewProblems } from '../support/block-kit.js';
import { click } from '../support/clicks.js';
import { assessAndPost, submission } from '../support/flow.js';
import { type Harness, startHarness } from '../support/harness.js';
import { BOB, buttonClick, interaction, slashCommand } from '../support/slack-requests.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

/** Adopts, moves the clock past the follow-up and runs the loop: returns the thread reply. */
async function adoptAndAsk() {
  const d = await assessAndPost(h);
  await click(h, ACTIONS.adopt, d);
  await h.fake.waitFor('chat.update');
  const r = reminderFor(h.db, d.id);
  if (!r) throw new Error('no follow-up scheduled');
  h.clock.now = r.dueAt;
  await h.followUps.tick();
  const reply = h.fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts);
  if (!reply) throw new Error('no thread reply');
  return { d, r, replyTs: `1763900000.reply`, reply };
}

/** Clicks a button on the follow-up question in the thread. */
async function clickFollowUp(d: Decision, actionId: string, id: string) {
  const body = buttonClick({
    actionId,
    value: String(d.id),
    channelId: d.channelId,
    messageTs: '1763999999.000001',
    responseUrl: h.fake.responseUrl(id),
  });
  return h.send(interaction(body));
}

describe('follow-up after the evaluation period', () => {
  it('adopt -> clock -> question in the thread -> Worked -> succeeded, message and home updated', async () => {
    const { d, r, reply } = await adoptAndAsk();
    // Fine-tuning is evaluated for 42 days; 10:00 in New York (users.info) is 15:00 UTC in winter.
    expect(r.dueAt.toISOString()).toBe('2027-01-04T15:00:00.000Z');
    expect(
      listEvents(h.db, d.id).find((e) => e.kind === 'follow_up_scheduled')?.details,
    ).toMatchObject({ periodDays: 42, timeZone: 'America/New_York' });
    expect(reply.args.thread_ts).toBe(d.messageTs);
    expect(messageProblems(h.fake.blocksOf(reply))).toEqual([]);

    await clickFollowUp(d, ACTIONS.worked, 'w1');
    const modal = await h.fake.modal(2);
    expect(modal.callback_id).toBe(VIEWS.worked);
    expect(viewProblems(modal)).toEqual([]);
    const updatesBefore = h.fake.callsTo('chat.update').length;
    const res = await h.send(
      submission(modal, {
        quality_pct: 96,
        cost_notes: '$0.40 per 1,000 calls',
        notes: 'Schema errors gone',
      }),
    );
    expect(res.text).toBe('');
    const updates = await h.fake.waitFor('chat.update', updatesBefore + 2);
    const answered = updates.find((u) => u.args.ts === '1763999999.000001');
    expect(String(answered?.args.text)).toContain(
      'reported that it worked: 96% of the target (85% before) · cost and speed: “$0.40 per 1,000 calls” (estimated $0.17 per 1,000 calls)',
    );
    const original = updates.filter((u) => u.args.ts === d.messageTs).at(-1);
    expect(original?.args.text).toBe(
      'Worked for “Classify support tickets by product area”: fine-tune a model.',
    );
    expect(JSON.stringify(original?.args.blocks)).toContain('“Schema errors gone”');
    expect(getDecision(h.db, d.id)?.status).toBe('succeeded');
    expect(listEvents(h.db, d.id).find((e) => e.kind === 'succeeded')?.details).toEqual({
      qualityPct: 96,
      costNotes: '$0.40 per 1,000 calls',
      notes: 'Schema errors gone',
    });
    await h.fake.waitFor('views.publish');
  });

  it("Didn't work -> failed, and offers Re-assess prefilled with the new quality figure", async () => {
    const { d } = await adoptAndAsk();
    await clickFollowUp(d, ACTIONS.didNotWork, 'f1');
    const modal = await h.fake.modal(2);
    const empty = await h.send(submission(modal, { notes: ' ' }));
    expect(empty.json()).toMatchObject({
      response_action: 'errors',
      errors: { notes: expect.any(String) },
    });
    await h.send(submission(modal, { notes: 'Still drifts on rare layouts', quality_pct: 71 }));
    const offer = (await h.fake.waitFor('chat.postMessage', 3)).at(-1);
    expect(offer?.args.thread_ts).toBe(d.messageTs);
    expect(JSON.stringify(offer?.args.blocks)).toContain(ACTIONS.reassess);
    expect(getDecision(h.db, d.id)?.status).toBe('failed');

    await click(h, ACTIONS.reassess, d);
    expect(initialValueOf(await h.fake.modal(3), 'qualityPct')).toBe('71');
  });

  it('Snooze a week moves the follow-up and replaces the buttons', async () => {
    const { d } = await adoptAndAsk();
    await clickFollowUp(d, ACTIONS.snooze, 's1');
    const [reply] = await h.fake.waitFor('response_url');
    expect(reply?.args.replace_original).toBe(true);
    expect(String(reply?.args.text)).toContain('snoozed this until');
    const r = reminderFor(h.db, d.id);
    expect(r).toMatchObject({ state: 'pending', dueAt: new Date('2027-01-11T15:00:00.000Z') });
  });

  it('Abandon from the follow-up concludes the decision', async () => {
    const { d } = await adoptAndAsk();
    await clickFollowUp(d, ACTIONS.abandonFromFollowUp, 'a1');
    await h.fake.waitFor('response_url');
    expect(getDecision(h.db, d.id)?.status).toBe('abandoned');
  });
});

describe('lifecycle on the recommendation message', () => {
  it('Start evaluating (by someone else, once they confirm), then Change follow-up', async () => {
    const d = await assessAndPost(h);
    await click(h, ACTIONS.adopt, d);
    await h.fake.waitFor('chat.update');
    await click(h, ACTIONS.startEvaluation, d, BOB);
    const note = await h.fake.answer();
    expect(note.text).toContain(`Decision #${d.id} is <@U0ALICE>'s: they asked for it.`);
    expect(getDecision(h.db, d.id)?.status).toBe('adopted');
    const go = JSON.stringify(note.blocks).match(/"value":"(\d+@adopted!)"/)?.[1];
    expect(go).toBe(`${d.id}@adopted!`);
    const res = await h.send(
      interaction(
        buttonClick({
          actionId: ACTIONS.startEvaluation,
          value: go ?? '',
          channelId: d.channelId,
          messageTs: '1763900000.note',
          responseUrl: h.fake.responseUrl('go'),
          user: BOB,
        }),
      ),
    );
    expect(res.status).toBe(200);
    await h.fake.waitFor('chat.update', 2);
    expect(getDecision(h.db, d.id)?.status).toBe('evaluating');
    expect((await h.fake.answer(2)).text).toBe(
      `Done: you started evaluating decision #${d.id} for <@U0ALICE>, and its message says so.`,
    );
    await click(h, ACTIONS.changeFollowUp, d);
    const modal = await h.fake.modal(2);
    expect(viewProblems(modal)).toEqual([]);
    expect(initialValueOf(modal, 'days')).toBe('42');
    const bad = await h.send(submission(modal, { days: 200 }));
    expect(bad.json()).toMatchObject({ response_action: 'errors' });
    await h.send(submission(modal, { days: 3 }));
    await h.fake.waitFor('chat.update', 3);
    expect(reminderFor(h.db, d.id)?.dueAt.toISOString()).toBe('2026-11-26T15:00:00.000Z');
  });

  it('Start evaluating and Abandon at once: one wins, the other is told and changes nothing', async () => {
    const d = await assessAndPost(h);
    await click(h, ACTIONS.adopt, d);
    await h.fake.waitFor('chat.update');
    await Promise.all([click(h, ACTIONS.startEvaluation, d), click(h, ACTIONS.abandon, d)]);
    const [reply] = await h.fake.waitFor('response_url');
    expect(String(reply?.args.text)).toMatch(/is (evaluating|abandoned) now/);
    const status = getDecision(h.db, d.id)?.status;
    const kinds = listEvents(h.db, d.id).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'evaluating' || k === 'abandoned')).toEqual([status]);
  });

  it('/decisions due lists follow-ups due within 7 days', async () => {
    const d = await assessAndPost(h);
    await click(h, ACTIONS.adopt, d);
    await h.fake.waitFor('chat.update');
    const ask = async (days: number, id: string) => {
      h.clock.now = addDays(new Date('2026-11-23T10:00:00Z'), days);
      await h.send(
        slashCommand({
          command: COMMANDS.decisions,
          text: 'due',
          responseUrl: h.fake.responseUrl(id),
        }),
      );
      const calls = await h.fake.waitFor('response_url', Number(id.slice(1)));
      return JSON.stringify(calls.at(-1)?.args);
    };
    expect(await ask(0, 'q1')).not.toContain(`*#${d.id}*`);
    expect(await ask(37, 'q2')).toContain(`*#${d.id}*`);
  });
});
