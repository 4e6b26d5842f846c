import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Assessment } from '../../src/engine/index.js';
import { listEvents } from '../../src/store/events.js';
import { decisions } from '../../src/store/schema.js';
import { initialValueOf, inputOf, messageProblems, viewProblems } from '../support/block-kit.js';
import {
  ANSWERS,
  assessAndPost,
  openAssessment,
  openDetails,
  submission,
} from '../support/flow.js';
import { type Harness, startHarness } from '../support/harness.js';
import { ALICE } from '../support/slack-requests.js';
import { waitUntil } from '../support/wait.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

describe('submitting the assessment modal', () => {
  it('acks, posts the recommendation to the origin channel and stores the decision', async () => {
    const view = await openAssessment(h, '', { id: 'C0ML', name: 'ml-team' }, true);
    const res = await h.send(submission(view, ANSWERS));
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post?.args.channel).toBe('C0ML');
    const blocks = h.fake.blocksOf(post);
    expect(messageProblems(blocks)).toEqual([]);
    expect(blocks[0]).toMatchObject({ text: { text: 'Advice: fine-tune a model' } });
    expect(String(post?.args.text)).toMatch(
      /^Advice for “Classify support tickets by product area”: fine-tune a model \((high|moderate|low) confidence\)\. Adopt it or choose differently\.$/,
    );

    const row = await waitUntil(() =>
      h.db
        .select()
        .from(decisions)
        .all()
        .find((d) => d.messageTs),
    );
    expect(row).toMatchObject({
      channelId: 'C0ML',
      channelPrivate: false,
      requesterId: ALICE.id,
      teamId: 'T0001',
      task: ANSWERS.task,
      status: 'proposed',
      recommendedApproach: 'fine_tune',
      messageChannel: 'C0ML',
      engineVersion: Assessment.parse(row?.assessment).engineVersion,
    });
    expect(row?.messageTs).toMatch(/^\d+\.\d+$/);
    // advice for the app's today (the test clock), not for the catalogue's date
    expect(Assessment.parse(row?.assessment).asOf).toBe('2026-11-23');
    expect(row?.profile).toEqual(ANSWERS);
    expect(listEvents(h.db, row?.id ?? 0).map((e) => e.kind)).toEqual(['created', 'posted']);
  });

  it('posts from the first step alone; Add details keeps what was typed and adds the rest', async () => {
    const view = await openAssessment(h, 'Tag invoices');
    expect(inputOf(view, 'monthlyCalls')).toBeUndefined();
    const typed = { task: 'Tag invoices by supplier', qualityPct: 70 };
    const full = await openDetails(h, view, typed);
    const [update] = h.fake.callsTo('views.update');
    expect(update?.args).toMatchObject({ view_id: 'V0FORM', hash: 'hash.V0FORM' });
    expect(initialValueOf(full, 'task')).toBe('Tag invoices by supplier');
    expect(initialValueOf(full, 'qualityPct')).toBe('70');
    expect(inputOf(full, 'monthlyCalls')).toBeDefined();
    expect(viewProblems(full)).toEqual([]);
    await h.send(submission(view, { task: 'Tag invoices', promptingMaturity: 'basic' }));
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post?.args.channel).toBe('C0GENERAL');
  });

  it('keeps what was left empty as assumed defaults', async () => {
    const d = await assessAndPost(h, { task: 'Summarise calls', promptingMaturity: 'basic' });
    expect(d.recommendedApproach).toBe('prompt');
    expect(d.assessment.defaultsAssumed).toContain('monthlyCalls');
    expect(d.profile).toEqual({ task: 'Summarise calls', promptingMaturity: 'basic' });
  });

  it('answers invalid input with errors keyed by block_id, and stores nothing', async () => {
    const view = await openAssessment(h);
    const res = await h.send(
      submission(view, { task: '   ', qualityPct: 150, labeledExamples: -4 }),
    );
    expect(res.status).toBe(200);
    const body = res.json() as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors).sort()).toEqual(['labeledExamples', 'qualityPct', 'task']);
    expect(body.errors.qualityPct).toContain('0 to 100');
    expect(h.db.select().from(decisions).all()).toHaveLength(0);
    expect(h.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('a retried submission (same view id and hash) creates one decision and one message', async () => {
    const view = await openAssessment(h, '', undefined, true);
    const body = submission(view, ANSWERS, { viewId: 'V0SAME', hash: '1763.x' });
    const results = await Promise.all([h.send(body), h.send(body)]);
    await h.send(body);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    // Another submission after the retries: once it is posted, the retries were handled too.
    const other = await openAssessment(h, '', undefined, true);
    await h.send(submission(other, ANSWERS, { viewId: 'V0OTHER' }));
    const posts = await h.fake.waitFor('chat.postMessage', 2);
    expect(posts.map((p) => p.args.text)).toHaveLength(2);
    expect(
      h.db
        .select()
        .from(decisions)
        .all()
        .map((d) => d.sourceKey),
    ).toEqual(['V0SAME:1763.x', 'V0OTHER:1763900000.abcdef']);
  });

  it('posts in the DM when the command came from a DM', async () => {
    const view = await openAssessment(h, '', { id: 'D0ALICE', name: 'directmessage' }, true);
    await h.send(submission(view, ANSWERS));
    const [post] = await h.fake.waitFor('chat.postMessage');
    expect(post?.args.channel).toBe('D0ALICE');
    expect(h.db.select().from(decisions).get()?.channelPrivate).toBe(true);
  });

  it('escapes user text: no mention fires and no link is disguised', async () => {
    const task = 'Ping <!channel> & <@U0BOSS>, read <https://evil.example|docs.example.com>';
    await assessAndPost(h, { ...ANSWERS, task });
    const [post] = h.fake.callsTo('chat.postMessage');
    const json = JSON.stringify(post?.args);
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<https://evil.example');
    expect(json).not.toContain('<@U0BOSS>');
    expect(json).toContain('Ping &lt;!channel&gt; &amp; &lt;@U0BOSS&gt;');
    expect(String(post?.args.text)).toContain('&lt;!channel&gt;');
  });
});
