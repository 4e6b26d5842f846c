import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDecisionRecord } from '../../blocks/decision-record.js';
import { buildDetailsModal } from '../../blocks/details-modal.js';
import { buildRecommendation } from '../../blocks/recommendation.js';
import type { Assessment } from '../../src/engine/index.js';
import { assess } from '../../src/engine/index.js';
import { messageProblems, viewProblems } from '../support/block-kit.js';

/** An assessment as engine 1.0.0 stored it: decisions keep the assessment they were made with. */
const v1 = JSON.parse(
  readFileSync(new URL('../fixtures/assessment-1.0.0.json', import.meta.url), 'utf8'),
) as Assessment;
const text = (blocks: unknown) => JSON.stringify(blocks);
const card = (assessment: Assessment) => ({
  id: 3,
  task: 'Extract invoice fields',
  requesterId: 'U1',
  assessment,
  status: 'proposed' as const,
  adoptedApproach: null,
});

describe('assessments stored by engine 1.x', () => {
  it('still render, valid, with their own version, reasons and cost, sources by title', () => {
    const { blocks } = buildRecommendation(card(v1));
    expect(messageProblems(blocks)).toEqual([]);
    expect(text(blocks)).toContain(v1.reasons[0]?.text.slice(0, 40));
    const details = buildDetailsModal({ id: 3, status: 'proposed' }, v1);
    expect(viewProblems(details)).toEqual([]);
    expect(text(details)).toContain('advice engine 1.0.0');
    expect(text(details)).toContain(v1.cost?.priceTable.tuned.model);
    expect(text(details)).toContain('Fine-tune or prompt? The central question');
    expect(text([blocks, details])).not.toMatch(/seed \d{3}_|\.txt/);
    const row = {
      id: 3,
      task: 'x',
      status: 'proposed',
      recommendedApproach: 'fine_tune',
      currentApproach: 'fine_tune',
      createdAt: new Date(0),
      requesterId: 'U1',
    };
    expect(text(buildDecisionRecord(row as never, v1, [], new Date(0)).blocks)).toContain(
      'advice engine 1.0.0',
    );
  });
});

describe('assessments of engine 2', () => {
  it("show the defaults assumed in Details, in the form's words and its options", () => {
    const a = assess({ task: 'Summarise calls', promptingMaturity: 'few_shot', qualityPct: 85 });
    const details = text(buildDetailsModal({ id: 1, status: 'proposed' }, a));
    expect(details).toContain('How do you test outputs today? None yet');
    expect(details).toContain('Kind of task: Something else');
    expect(details).toContain(
      'How many calls a month do you expect? not known, so no cost estimate',
    );
    expect(details).not.toMatch(/labeledExamples|monthlyCalls|\(qualityPct\)|fine_tune/);
    expect(text(buildRecommendation(card(a)).blocks)).not.toContain('How do you test');
  });
});
