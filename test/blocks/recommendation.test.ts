import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../../blocks/ids.js';
import { buildRecommendation, costLine } from '../../blocks/recommendation.js';
import { escapeMrkdwn } from '../../blocks/text.js';
import type { DecisionStatus } from '../../src/domain/index.js';
import { assess } from '../../src/engine/index.js';
import { READY_TO_TUNE } from '../support/profiles.js';

// Assessed inside each test, never at import: what a test runs is what it covers.
const card = () => ({
  id: 12,
  task: 'Tag <b>invoices</b>',
  requesterId: 'U1',
  assessment: assess(READY_TO_TUNE),
  status: 'proposed' as DecisionStatus,
  adoptedApproach: null,
});
const text = (blocks: KnownBlock[]) => JSON.stringify(blocks);
const buttons = (blocks: KnownBlock[]) =>
  blocks.flatMap((b) =>
    b.type === 'actions' ? b.elements.map((e) => ('action_id' in e ? e.action_id : '')) : [],
  );

describe('recommendation message', () => {
  it('shows the approach, the 5 strongest reasons, warnings, steps, plan, cost and ids', () => {
    const { blocks, text: fallback } = buildRecommendation(card());
    expect(blocks[0]).toMatchObject({
      type: 'header',
      text: { text: 'Recommendation: Fine-tune a model' },
    });
    const why = blocks.find((b) => b.type === 'section' && JSON.stringify(b).includes('*Why*'));
    expect(JSON.stringify(why).match(/• /g)).toHaveLength(5);
    expect(JSON.stringify(why)).toContain(card().assessment.reasons[0]?.text);
    expect(text(blocks)).toContain('*Watch out*');
    expect(text(blocks)).toContain(`Decision #12 · engine ${card().assessment.engineVersion}`);
    expect(text(blocks)).toMatch(
      /\*Cost:\* At 2,000,000 calls\/month: prompting \$[\d,]+\.\d\d\/month vs a tuned smaller model \$[\d,]+\.\d\d\/month \(\$[\d,]+\.\d\d one-time\); tuning breaks even at [\d,]+ calls\/month, pays back in [\d.]+ months\./,
    );
    expect(fallback).toContain('Fine-tune a model');
  });

  it('offers the buttons each status allows', () => {
    const { adopt, override, startEvaluation, changeFollowUp, reassess, details, abandon } =
      ACTIONS;
    const forStatus = (status: DecisionStatus) =>
      buttons(buildRecommendation({ ...card(), status }).blocks);
    expect(forStatus('proposed')).toEqual([adopt, override, reassess, details, abandon]);
    expect(forStatus('adopted')).toEqual([
      startEvaluation,
      changeFollowUp,
      reassess,
      details,
      abandon,
    ]);
    expect(forStatus('evaluating')).toEqual([changeFollowUp, reassess, details, abandon]);
    expect(forStatus('succeeded')).toEqual([reassess, details]);
    expect(forStatus('superseded')).toEqual([details]);
  });

  it('says when the follow-up will be asked', () => {
    const followUpAt = new Date('2026-12-07T09:00:00Z');
    const json = JSON.stringify(
      buildRecommendation({ ...card(), status: 'adopted', followUpAt }).blocks,
    );
    expect(json).toContain(
      `<!date^${followUpAt.getTime() / 1000}^{date_long_pretty} at {time}|2026-12-07 09:00 UTC>`,
    );
  });

  it('says who chose another approach and why, the reason escaped', () => {
    const line = (c: object) => {
      const blocks = buildRecommendation({ ...card(), status: 'adopted', ...c }).blocks;
      return JSON.stringify(blocks.at(-3));
    };
    expect(
      line({ adoptedApproach: 'rag', lastChange: { actorId: 'U2', reason: '<!here> facts move' } }),
    ).toContain('Chose *Add retrieval (RAG)* instead by <@U2>: “&lt;!here&gt; facts move”.');
    expect(line({ adoptedApproach: 'rag', lastChange: { actorId: 'U2' } })).toContain(
      'Chose *Add retrieval (RAG)* instead by <@U2>.',
    );
    expect(line({ adoptedApproach: 'fine_tune', lastChange: { actorId: 'U2' } })).toContain(
      ':white_check_mark: Adopted by <@U2>.',
    );
    expect(line({ adoptedApproach: null })).toContain(':white_check_mark: Adopted.');
  });

  it('escapes the task', () => {
    expect(text(buildRecommendation(card()).blocks)).toContain('Tag &lt;b&gt;invoices&lt;/b&gt;');
    expect(escapeMrkdwn('a & <b> > c')).toBe('a &amp; &lt;b&gt; &gt; c');
  });

  it('says why there is no cost line when the volume is unknown', () => {
    expect(costLine(assess({ task: 't' }))).toMatch(/^Cost not estimated/);
    expect(costLine(card().assessment)).toMatch(
      /^At 2,000,000 calls\/month: prompting \$[\d,.]+\/month/,
    );
  });
});
