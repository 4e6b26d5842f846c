import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import type { DecisionCard } from '../../blocks/decision-card.js';
import { ACTIONS } from '../../blocks/ids.js';
import { buildRecommendation } from '../../blocks/recommendation.js';
import { escapeMrkdwn } from '../../blocks/text.js';
import type { DecisionStatus } from '../../src/domain/index.js';
import { assess } from '../../src/engine/index.js';
import { messageProblems } from '../support/block-kit.js';
import { READY_TO_TUNE } from '../support/profiles.js';
import { shownText, visibleTexts } from '../support/visible-text.js';

const assessment = assess(READY_TO_TUNE, { asOf: '2026-12-02' });
const card: DecisionCard = {
  id: 12,
  task: 'Tag <b>invoices</b>',
  requesterId: 'U1',
  assessment,
  status: 'proposed',
  adoptedApproach: null,
};
const json = (blocks: KnownBlock[]) => JSON.stringify(blocks);
const shown = (blocks: KnownBlock[]) => visibleTexts(blocks).map(shownText).join('\n');
const buttons = (blocks: KnownBlock[]) =>
  blocks.flatMap((b) => {
    if (b.type === 'actions') return b.elements.map((e) => ('action_id' in e ? e.action_id : ''));
    if (b.type === 'section' && b.accessory && 'action_id' in b.accessory)
      return [b.accessory.action_id];
    return [];
  });
const overridden: DecisionCard = {
  ...card,
  status: 'adopted',
  adoptedApproach: 'rag',
  lastChange: { actorId: 'U2', reason: 'Our facts change weekly, so retrieval first.' },
};

describe('the live recommendation', () => {
  it('leads with the advice, then three reasons for it, one warning and the cost in words', () => {
    const { blocks, text } = buildRecommendation(card);
    expect(blocks[0]).toMatchObject({
      type: 'header',
      text: { text: 'Advice: fine-tune a model' },
    });
    const why = blocks.find((b) => json([b]).includes('*Why*'));
    expect(json([why as KnownBlock]).match(/• /g)).toHaveLength(3);
    const against = assessment.reasons.filter((x) => x.side === 'against');
    expect(against.length).toBeGreaterThan(0);
    for (const r of against) expect(json(blocks)).not.toContain(r.text);
    expect(json(blocks).match(/:warning:/g)).toHaveLength(1);
    expect(shown(blocks)).toContain(
      'Cost: Prompting costs about $1,460 a month at your 2M calls; tuning pays off only above about 2.2M calls a month.',
    );
    expect(shown(blocks)).toContain('High confidence: the answers point clearly this way.');
    expect(text).toBe(
      'Advice for “Tag &lt;b&gt;invoices&lt;/b&gt;”: fine-tune a model (high confidence). Adopt it or choose differently.',
    );
    expect(messageProblems(blocks)).toEqual([]);
  });

  it('leaves the plan, the full cost, the defaults and the engine version to Details', () => {
    const { blocks } = buildRecommendation({ ...card, assessment: assess({ task: 'x' }) });
    expect(blocks.length).toBeLessThanOrEqual(5);
    const text = shown(blocks);
    for (const gone of ['Evaluate for', 'Next steps', 'Assumed', 'engine', 'break-even', '%)'])
      expect(text).not.toContain(gone);
    expect(text).toContain('No cost estimate: the expected calls a month were not given.');
  });

  it('offers Adopt, Choose differently and Details to a proposal, and asks before destroying', () => {
    const { adopt, override, startEvaluation, changeFollowUp, details, abandon } = ACTIONS;
    const forStatus = (status: DecisionStatus) =>
      buttons(buildRecommendation({ ...card, status }).blocks);
    expect(forStatus('proposed')).toEqual([adopt, override, details]);
    expect(forStatus('adopted')).toEqual([startEvaluation, changeFollowUp, details, abandon]);
    expect(forStatus('evaluating')).toEqual([changeFollowUp, details, abandon]);
    expect(forStatus('succeeded')).toEqual([details]);
    expect(forStatus('superseded')).toEqual([details]);
    const adopted = json(buildRecommendation({ ...card, status: 'adopted' }).blocks);
    expect(adopted).toContain('Abandon this decision?');
    expect(adopted).toContain('Adopted means the team chose this path');
  });
});

describe('after a decision', () => {
  it('leads with the choice made instead, in the headline and the notification', () => {
    const { blocks, text } = buildRecommendation(overridden);
    const decided = 'Decided: add retrieval (RAG), instead of the advised fine-tune';
    expect(blocks[0]).toMatchObject({ text: { text: decided } });
    expect(text).toBe(
      'Decided for “Tag &lt;b&gt;invoices&lt;/b&gt;”: add retrieval (RAG), instead of the advised fine-tune.',
    );
    expect(text).not.toContain('Recommendation');
    expect(shown(blocks)).toContain(
      'Chosen by @U2, who said: “Our facts change weekly, so retrieval first.”',
    );
    expect(json(blocks)).not.toMatch(/”\./);
  });

  it('says who adopted it, what Start evaluating is for, and when the follow-up comes', () => {
    const followUpAt = new Date('2026-12-07T09:00:00Z');
    const { blocks } = buildRecommendation({
      ...card,
      status: 'adopted',
      adoptedApproach: 'fine_tune',
      lastChange: { actorId: 'U2' },
      followUpAt,
    });
    expect(blocks[0]).toMatchObject({ text: { text: 'Adopted: fine-tune a model' } });
    expect(json(blocks)).toContain('Adopted by <@U2>. Press *Start evaluating* once it runs');
    expect(json(blocks)).toContain(
      `<!date^${followUpAt.getTime() / 1000}^{date_long_pretty} at {time}|2026-12-07 09:00 UTC>`,
    );
  });

  it('collapses a superseded decision to a line with the link to its successor', () => {
    const { blocks, text } = buildRecommendation({
      ...card,
      status: 'superseded',
      supersededById: 13,
      successorLink: 'https://example.slack.com/archives/C1/p1',
    });
    expect(blocks).toHaveLength(1);
    expect(json(blocks)).toContain(
      '*Superseded by <https://example.slack.com/archives/C1/p1|#13>*',
    );
    expect(text).toBe('Superseded by #13: “Tag &lt;b&gt;invoices&lt;/b&gt;”.');
    expect(shown(blocks)).not.toContain('Why');
    expect(shown(blocks).length).toBeLessThan(200);
  });

  it('shows what was reported beside what was planned once it worked', () => {
    const { blocks, text } = buildRecommendation({
      ...card,
      status: 'succeeded',
      adoptedApproach: 'fine_tune',
      lastChange: { actorId: 'U3' },
      qualityBefore: 85,
      outcome: { qualityPct: 96, costNotes: '$0.40 per 1,000 calls, p95 620 ms', notes: 'Ship it' },
    });
    expect(blocks).toHaveLength(1);
    expect(text).toBe('Worked for “Tag &lt;b&gt;invoices&lt;/b&gt;”: fine-tune a model.');
    expect(shown(blocks)).toContain(
      '96% of the target (85% before) · cost and speed: “$0.40 per 1,000 calls, p95 620 ms” (estimated $0.15 per 1,000 calls) · “Ship it” · reported by @U3',
    );
    expect(messageProblems(blocks)).toEqual([]);
  });

  it('escapes the task', () => {
    expect(json(buildRecommendation(card).blocks)).toContain('Tag &lt;b&gt;invoices&lt;/b&gt;');
    expect(escapeMrkdwn('a & <b> > c')).toBe('a &amp; &lt;b&gt; &gt; c');
  });
});
