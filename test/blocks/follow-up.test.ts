import { describe, expect, it } from 'vitest';
import { buildFollowUp } from '../../blocks/follow-up.js';
import { assess } from '../../src/engine/index.js';
import { READY_TO_TUNE } from '../support/profiles.js';

describe('the follow-up question', () => {
  it('mentions the requester, and lists the planned metrics one after another', () => {
    const assessment = assess(READY_TO_TUNE);
    const { text, blocks } = buildFollowUp({
      decisionId: 5,
      task: 'Sort mail',
      requesterId: 'U0ALICE',
      approach: 'fine_tune',
      adoptedAt: new Date('2026-11-23T10:00:00Z'),
      assessment,
    });
    expect(text).toBe(
      '<@U0ALICE>, how did fine-tune a model go for “Sort mail”? The 6-week evaluation has ended.',
    );
    const metrics = assessment.evaluation.metrics;
    expect(metrics.length).toBeGreaterThan(1);
    expect(JSON.stringify(blocks[0])).toContain(`*Planned:* ${metrics[0]}; ${metrics[1]}`);
  });
});
