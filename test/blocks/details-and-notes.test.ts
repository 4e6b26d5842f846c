import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { buildDetailsModal } from '../../blocks/details-modal.js';
import {
  buildFollowUp,
  buildFollowUpAnswered,
  FOLLOW_UP_ANSWERS,
  type FollowUp,
} from '../../blocks/follow-up.js';
import { ACTIONS } from '../../blocks/ids.js';
import { buildOnBehalf, onBehalfDone } from '../../blocks/on-behalf.js';
import { buildPostFailed } from '../../blocks/post-failed.js';
import { assess } from '../../src/engine/index.js';
import { viewProblems } from '../support/block-kit.js';
import { READY_TO_TUNE } from '../support/profiles.js';
import { shownText, visibleTexts } from '../support/visible-text.js';

const a = assess(READY_TO_TUNE, { asOf: '2026-12-02' });
const shown = (x: unknown) => visibleTexts(x).map(shownText).join('\n');
const headers = (blocks: KnownBlock[]) =>
  blocks.flatMap((b) => (b.type === 'header' ? [b.text.text] : []));

describe('Details', () => {
  it('holds what left the message: the plan, the full cost as a comparison, the engine version', () => {
    const view = buildDetailsModal({ id: 7, status: 'proposed' }, a);
    expect(viewProblems(view)).toEqual([]);
    expect(headers(view.blocks as KnownBlock[])).toEqual([
      'Why',
      'What speaks for another approach',
      'Watch out',
      'Next steps',
      'How to evaluate it',
      'Cost',
    ]);
    const table = view.blocks.find((b) => b.type === 'section' && 'fields' in b && b.fields);
    expect(shown(table)).toBe(
      [
        'Way to run it',
        'At 2M calls a month',
        'prompt the large model\nOpenAI gpt-6.2-sol',
        '$11,300.00 a month',
        'prompt the small model\nFireworks AI Llama 3.1 8B Instruct (serverless; tuned as a LoRA adapter)',
        '$1,460.00 a month',
        'tune the small model\nFireworks AI Llama 3.1 8B Instruct (serverless; tuned as a LoRA adapter)',
        '$1,550.17 a month (includes $15,002.03 to set up, spread)',
      ].join('\n'),
    );
    const text = shown(view);
    expect(text).toContain('For 6 weeks, watching:');
    expect(text).toContain('advice engine 2.0.0');
    expect(text).toContain('fine-tune +2, hybrid +1');
    expect(text).not.toMatch(/fine_tune|\(baseline\)|\(cost\)|qualityPct/);
    expect(JSON.stringify(view.blocks)).toContain(ACTIONS.reassess);
  });

  it('lists the questions left empty with the answer assumed, and offers no re-assessment once superseded', () => {
    const view = buildDetailsModal({ id: 7, status: 'superseded' }, assess({ task: 'x' }));
    expect(shown(view)).toContain('These were left empty, so the advice assumed:');
    expect(shown(view)).toContain('How good is your best prompt so far? A basic prompt');
    expect(JSON.stringify(view.blocks)).not.toContain(ACTIONS.reassess);
  });
});

const followUp: FollowUp = {
  decisionId: 7,
  task: 'Tag invoices',
  requesterId: 'U1',
  approach: 'fine_tune',
  adoptedAt: new Date('2026-11-01T10:00:00Z'),
  assessment: a,
  qualityBefore: 85,
};

describe('the follow-up', () => {
  it('asks the requester in words, and confirms before Abandon', () => {
    const asked = buildFollowUp(followUp);
    expect(asked.text).toBe(
      '<@U1>, how did fine-tune a model go for “Tag invoices”? The 6-week evaluation has ended.',
    );
    expect(JSON.stringify(asked.blocks)).toContain(
      '"confirm":{"title":{"type":"plain_text","text":"Abandon this decision?"}',
    );
  });

  it('answers with what was reported beside what was planned', () => {
    const answer = FOLLOW_UP_ANSWERS.succeeded(followUp, 'U2', {
      qualityPct: 96,
      costNotes: '$0.40 per 1,000 calls, p95 620 ms',
      notes: 'Fewer escalations',
    });
    expect(answer).toBe(
      ':tada: <@U2> reported that it worked: 96% of the target (85% before) · cost and speed: “$0.40 per 1,000 calls, p95 620 ms” (estimated $0.15 per 1,000 calls) · “Fewer escalations”',
    );
    expect(buildFollowUpAnswered(followUp, answer).blocks).toHaveLength(2);
    expect(FOLLOW_UP_ANSWERS.failed(followUp, 'U2', {})).toBe(
      ':x: <@U2> reported that it did not work.',
    );
  });
});

describe('notes to one person', () => {
  it('name whose decision it is before someone else changes it, and say what was done', () => {
    const note = buildOnBehalf('adopt', { id: 7, requesterId: 'U1', seen: 'proposed' });
    expect(note.text).toBe(
      "Decision #7 is <@U1>'s: they asked for it. Adopt it for them? The message will say you did.",
    );
    expect(JSON.stringify(note.blocks)).toContain('"value":"7@proposed!"');
    expect(onBehalfDone('abandon', 7, 'U1')).toBe(
      'Done: you abandoned decision #7 for <@U1>, and its message says so.',
    );
  });

  it('never repeat themselves when a post is refused again', () => {
    const first = buildPostFailed(7, 'C1', 'not_in_channel');
    const again = buildPostFailed(7, 'C1', 'not_in_channel', {
      again: { attempt: 2, at: new Date('2026-12-02T10:05:00Z') },
    });
    const third = buildPostFailed(7, 'C1', 'not_in_channel', {
      again: { attempt: 3, at: new Date('2026-12-02T10:09:00Z') },
    });
    expect(new Set([first.text, again.text, third.text]).size).toBe(3);
    expect(again.text).toContain('Attempt 2 at <!date^1796205900^{time}|10:05 UTC>');
  });
});
