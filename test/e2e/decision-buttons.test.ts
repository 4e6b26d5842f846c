import type { ModalView } from '@slack/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTIONS, VIEWS } from '../../blocks/ids.js';
import { getDecision } from '../../src/store/decisions.js';
import { listEvents } from '../../src/store/events.js';
import { decisions } from '../../src/store/schema.js';
import { initialValueOf, messageProblems, viewProblems } from '../support/block-kit.js';
import { click } from '../support/clicks.js';
import { assessAndPost, submission } from '../support/flow.js';
import { type Harness, startHarness } from '../support/harness.js';
import { BOB, buttonClick, interaction, viewButtonClick } from '../support/slack-requests.js';
import { waitUntil } from '../support/wait.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const lastUpdate = async (h: Harness, n = 1) => (await h.fake.waitFor('chat.update', n))[n - 1];

describe('recommendation buttons', () => {
  it('Adopt by someone else asks them first, naming whose decision it is, then records it', async () => {
    const d = await assessAndPost(h);
    expect((await click(h, ACTIONS.adopt, d, BOB)).status).toBe(200);
    const note = await h.fake.answer();
    expect(note).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(note.text).toBe(
      `Decision #${d.id} is <@${d.requesterId}>'s: they asked for it. Adopt it for them? The message will say you did.`,
    );
    expect(h.fake.callsTo('chat.update')).toHaveLength(0);
    expect(getDecision(h.db, d.id)?.status).toBe('proposed');
    const go = JSON.stringify(note.blocks).match(/"value":"(\d+@proposed!)"/)?.[1] ?? '';
    await h.send(
      interaction(
        buttonClick({
          actionId: ACTIONS.adopt,
          value: go,
          channelId: d.channelId,
          messageTs: '1763900000.note',
          responseUrl: h.fake.responseUrl('go'),
          user: BOB,
        }),
      ),
    );
    const update = await lastUpdate(h);
    expect(update?.args).toMatchObject({ channel: d.messageChannel, ts: d.messageTs });
    const blocks = h.fake.blocksOf(update);
    expect(messageProblems(blocks)).toEqual([]);
    expect(JSON.stringify(blocks)).toContain(`Adopted by <@${BOB.id}>`);
    expect(JSON.stringify(blocks)).not.toContain(ACTIONS.adopt);
    expect(getDecision(h.db, d.id)).toMatchObject({
      status: 'adopted',
      adoptedApproach: 'fine_tune',
    });
    const adopted = listEvents(h.db, d.id).find((e) => e.kind === 'adopted');
    expect(adopted).toMatchObject({ actorId: BOB.id, details: { approach: 'fine_tune' } });
    expect(update?.args.text).toBe(
      'Adopted for “Classify support tickets by product area”: fine-tune a model.',
    );
    expect((await h.fake.answer(2)).text).toContain(`Done: you adopted decision #${d.id}`);
  });

  it('two Adopt clicks at once: one takes effect, the other is told privately', async () => {
    const d = await assessAndPost(h);
    await Promise.all([click(h, ACTIONS.adopt, d), click(h, ACTIONS.adopt, d)]);
    const [reply] = await h.fake.waitFor('response_url');
    expect(reply?.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(reply?.args.text)).toContain('is adopted now');
    expect(listEvents(h.db, d.id).filter((e) => e.kind === 'adopted')).toHaveLength(1);
    await lastUpdate(h);
    expect(h.fake.callsTo('chat.update')).toHaveLength(1);
  });

  it('Choose differently asks for an approach and a reason, then records the override', async () => {
    const d = await assessAndPost(h);
    await click(h, ACTIONS.override, d);
    const modal = await h.fake.modal(2);
    expect(modal.callback_id).toBe(VIEWS.override);
    expect(viewProblems(modal)).toEqual([]);

    const empty = await h.send(submission(modal, { approach: 'rag', reason: ' ' }));
    expect(empty.json()).toMatchObject({
      response_action: 'errors',
      errors: { reason: expect.any(String) },
    });

    const ok = await h.send(
      submission(modal, { approach: 'rag', reason: 'Our catalogue <changes> weekly' }),
    );
    expect(ok.text).toBe('');
    const update = await lastUpdate(h);
    expect(JSON.stringify(update?.args.blocks)).toContain('Our catalogue &lt;changes&gt; weekly');
    expect(getDecision(h.db, d.id)).toMatchObject({
      status: 'adopted',
      adoptedApproach: 'rag',
      recommendedApproach: 'fine_tune',
    });
    expect(listEvents(h.db, d.id).find((e) => e.kind === 'overridden')).toMatchObject({
      kind: 'overridden',
      details: { approach: 'rag', reason: 'Our catalogue <changes> weekly' },
    });

    const again = await h.send(
      submission(modal, { approach: 'prompt', reason: 'Changed our minds' }),
    );
    expect(JSON.stringify(again.json())).toContain('already adopted');
    expect(getDecision(h.db, d.id)?.adoptedApproach).toBe('rag');
  });

  it('Re-assess opens the modal prefilled; submitting it supersedes the old decision', async () => {
    const d = await assessAndPost(h, {
      task: 'Tag invoices',
      promptingMaturity: 'basic',
      labeledExamples: 40,
    });
    await click(h, ACTIONS.reassess, d);
    const modal = await h.fake.modal(2);
    expect(JSON.parse(modal.private_metadata ?? '')).toEqual({
      channel: d.channelId,
      private: false,
      reassessOf: d.id,
    });
    expect(initialValueOf(modal, 'task')).toBe('Tag invoices');
    expect(initialValueOf(modal, 'labeledExamples')).toBe('40');

    await h.send(
      submission(modal, {
        task: 'Tag invoices',
        promptingMaturity: 'few_shot',
        labeledExamples: 40,
      }),
    );
    await h.fake.waitFor('chat.postMessage', 2);
    const rows = h.db.select().from(decisions).all();
    expect(rows).toHaveLength(2);
    expect(rows[1]?.supersedesId).toBe(d.id);
    expect(getDecision(h.db, d.id)?.status).toBe('superseded');
    // Redrawn at once as superseded, then again with the link once the new message is posted.
    const next = await waitUntil(
      () => getDecision(h.db, rows[1]?.id ?? 0)?.messageTs ?? undefined,
      'its post',
    );
    const linked = `*Superseded by <https://example.slack.com/archives/C0GENERAL/p${String(next).replace('.', '')}|#${rows[1]?.id}>*`;
    const update = await waitUntil(
      () =>
        h.fake.callsTo('chat.update').find((c) => JSON.stringify(c.args.blocks).includes(linked)),
      'the superseded message with its link',
    );
    expect(update.args.ts).toBe(d.messageTs);
  });

  it('Re-assessing a concluded decision keeps its outcome and links the new one', async () => {
    const d = await assessAndPost(h);
    await click(h, ACTIONS.abandon, d);
    await waitUntil(() => (getDecision(h.db, d.id)?.status === 'abandoned' ? true : undefined));
    await click(h, ACTIONS.reassess, d);
    await h.send(
      submission(await h.fake.modal(2), { task: 'Tag invoices', promptingMaturity: 'basic' }),
    );
    await h.fake.waitFor('chat.postMessage', 2);
    const successor = h.db.select().from(decisions).all()[1];
    expect(successor?.supersedesId).toBe(d.id);
    expect(getDecision(h.db, d.id)?.status).toBe('abandoned');
    expect(listEvents(h.db, d.id).at(-1)).toMatchObject({
      kind: 'reassessed',
      details: { by: successor?.id },
    });
  });

  it('Details opens a modal with every reason, its source, and the cost arithmetic', async () => {
    const d = await assessAndPost(h);
    await click(h, ACTIONS.details, d);
    const modal = await h.fake.modal(2);
    expect(viewProblems(modal)).toEqual([]);
    const text = JSON.stringify(modal.blocks);
    const reasons = d.assessment.reasons.filter((x) => x.rule !== 'defaults_assumed');
    expect(reasons.length).toBeGreaterThan(1);
    for (const r of reasons) expect(text).toContain(JSON.stringify(r.source).slice(1, -1));
    expect(text).toContain('break-even =');
    expect(text).toContain('These were left empty, so the advice assumed:');
    expect(text).toContain('advice engine 2.0.0');
  });

  it('Re-assess in Details turns the modal into the prefilled form', async () => {
    const d = await assessAndPost(h);
    await click(h, ACTIONS.details, d);
    const details = await h.fake.modal(2);
    expect(JSON.stringify(details.blocks)).toContain(ACTIONS.reassess);
    await h.send(
      interaction(
        viewButtonClick({ actionId: ACTIONS.reassess, value: String(d.id), view: { id: 'V0DET' } }),
      ),
    );
    // The first update was the form's details, opened on the way to posting.
    const [, update] = await h.fake.waitFor('views.update', 2);
    const form = update?.args.view as ModalView;
    expect(update?.args.view_id).toBe('V0DET');
    expect(form.callback_id).toBe(VIEWS.assessment);
    expect(initialValueOf(form, 'monthlyCalls')).toBe('2000000');
    expect(JSON.parse(form.private_metadata ?? '').reassessOf).toBe(d.id);
    expect(h.fake.callsTo('views.open')).toHaveLength(2);
  });

  it('a button naming a decision that does not exist says so privately', async () => {
    const d = await assessAndPost(h);
    await click(h, ACTIONS.adopt, { ...d, id: 999 });
    const [reply] = await h.fake.waitFor('response_url');
    expect(String(reply?.args.text)).toContain('#999 no longer exists');
  });
});
