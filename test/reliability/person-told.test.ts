import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, COMMANDS } from '../../blocks/ids.js';
import { getDecision } from '../../src/store/decisions.js';
import { decisions } from '../../src/store/schema.js';
import { messageProblems } from '../support/block-kit.js';
import { click, clickForRequester } from '../support/clicks.js';
import { ANSWERS, assessAndPost, openAssessment, submission } from '../support/flow.js';
import { type Harness, startHarness } from '../support/harness.js';
import { ALICE, BOB, slashCommand } from '../support/slack-requests.js';
import { waitUntil } from '../support/wait.js';
import { FAULTS } from './support/faults.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

/** "Within a few seconds": what Slack's own trigger and response deadlines allow. */
const FEW_SECONDS = 5_000;
const TYPED = 'Route <support> emails\nby "product" & urgency';

/** Runs the slash command and returns the private answer it got, and how long it took. */
async function command(text: string) {
  const start = Date.now();
  await h.send(
    slashCommand({ command: COMMANDS.assess, text, responseUrl: h.fake.responseUrl('c1') }),
  );
  const answer = await h.fake.answer(1);
  return { answer, ms: Date.now() - start };
}

/** The private note `user` got in `channel`, once they have it. */
const ephemeralFor = (user: string, channel: string) =>
  waitUntil(
    () =>
      h.fake
        .callsTo('chat.postEphemeral')
        .find((c) => c.args.user === user && c.args.channel === channel),
    `a private note to ${user}`,
    FEW_SECONDS,
  );

/** The DM `user` got from the app, once they have it. */
const dmTo = (user: string, timeoutMs = FEW_SECONDS) =>
  waitUntil(
    () => h.fake.callsTo('chat.postMessage').find((c) => c.args.channel === `D${user.slice(1)}`),
    `a DM to ${user}`,
    timeoutMs,
  );

describe('when Slack fails, the person is told within seconds', () => {
  it('views.open answers 500: the command says so privately and gives back the typed task', async () => {
    h.fake.faults.set('views.open', FAULTS.serverError);
    const { answer, ms } = await command(TYPED);
    expect(ms).toBeLessThan(FEW_SECONDS);
    expect(answer.response_type).toBe('ephemeral');
    expect(answer.text).toContain('could not open the form');
    expect(answer.text).toContain('`HTTP 500`');
    expect(answer.text).toContain('Run `/finetune-or-prompt` again');
    expect(answer.text).toContain('> Route &lt;support&gt; emails\n> by "product" &amp; urgency');
  });

  it('views.open hangs: told once the trigger has expired, with the typed task', async () => {
    h.fake.faults.set('views.open', FAULTS.hang);
    const { answer, ms } = await command('Classify tickets');
    expect(ms).toBeLessThan(FEW_SECONDS);
    expect(answer.text).toContain('Slack did not answer in time');
    expect(answer.text).toContain('> Classify tickets');
  });

  it('a button’s modal does not open: the presser is told, nothing changed', async () => {
    const d = await assessAndPost(h);
    h.fake.faults.set('views.open', FAULTS.serverError);
    await click(h, ACTIONS.override, d, BOB);
    const [reply] = await h.fake.waitFor('response_url', 1, FEW_SECONDS);
    expect(reply?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(reply?.args.text)).toContain('`HTTP 500`');
    expect(String(reply?.args.text)).toContain('press the button again');
    expect(getDecision(h.db, d.id)?.status).toBe('proposed');
  });

  it('chat.postMessage answers 500: the submitter is told at once, and it is posted once Slack recovers', async () => {
    h.fake.faults.set('chat.postMessage', FAULTS.serverError);
    const view = await openAssessment(h);
    await h.send(submission(view, ANSWERS));
    const note = await ephemeralFor(ALICE.id, 'C0GENERAL');
    const d = h.db.select().from(decisions).get();
    expect(String(note.args.text)).toContain(`Decision #${d?.id} is saved`);
    expect(String(note.args.text)).toContain('`HTTP 500`');
    h.fake.faults.delete('chat.postMessage');
    // The note's own success may already have sent the post again into the fault (a second
    // backoff, 4 s): the clock moves past the longest wait (5 min), so it is due whatever ran.
    h.clock.now = new Date(h.clock.now.getTime() + 5 * 60_000);
    await waitUntil(() => getDecision(h.db, d?.id ?? 0)?.messageTs ?? undefined);
  });

  it('chat.postMessage hangs: Slack may have it, so it is not posted again; the requester is told by DM', async () => {
    h.fake.on('chat.postMessage', () => FAULTS.hang, 1);
    const view = await openAssessment(h);
    await h.send(submission(view, ANSWERS));
    const dm = await dmTo(ALICE.id, 8_000);
    const d = h.db.select().from(decisions).get();
    expect(String(dm.args.text)).toContain(`I may not have posted decision #${d?.id}`);
    expect(JSON.stringify(dm.args.blocks)).toContain(ACTIONS.repost);
    expect(messageProblems(h.fake.blocksOf(dm))).toEqual([]);
    expect(
      h.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0GENERAL'),
    ).toHaveLength(1);
  });

  it('chat.update answers 500 after Adopt: the presser is told at once, the decision stays adopted', async () => {
    const d = await assessAndPost(h);
    h.fake.faults.set('chat.update', FAULTS.serverError);
    await clickForRequester(h, ACTIONS.adopt, d, BOB);
    const note = await ephemeralFor(BOB.id, 'C0GENERAL');
    expect(String(note.args.text)).toContain(`Your change to decision #${d.id} is saved`);
    expect(getDecision(h.db, d.id)?.status).toBe('adopted');
    h.fake.faults.delete('chat.update');
    h.clock.now = new Date(h.clock.now.getTime() + 2_000);
    const updated = await h.fake.waitFor('chat.update', 2);
    expect(JSON.stringify(updated.at(-1)?.args.blocks)).toContain(`Adopted by <@${BOB.id}>`);
  });

  it('chat.update refused for good after Adopt: the presser gets a DM saying the change holds', async () => {
    const d = await assessAndPost(h);
    h.fake.failNext('chat.update', 'cant_update_message');
    await clickForRequester(h, ACTIONS.adopt, d, BOB);
    const dm = await dmTo(BOB.id);
    expect(String(dm.args.text)).toContain(`Your change to decision #${d.id} is saved`);
    expect(String(dm.args.text)).toContain('`cant_update_message`');
    expect(getDecision(h.db, d.id)?.status).toBe('adopted');
  });

  it('/decisions export cannot be uploaded: the person is told', async () => {
    await assessAndPost(h);
    h.fake.faults.set('files.getUploadURLExternal', FAULTS.serverError);
    await h.send(
      slashCommand({
        command: COMMANDS.decisions,
        text: 'export',
        responseUrl: h.fake.responseUrl('x1'),
      }),
    );
    const answer = await h.fake.answer(1);
    expect(answer.text).toContain('could not send you the export');
    expect(answer.text).toContain('`HTTP 500`');
  });
});
