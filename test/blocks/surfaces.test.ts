import { describe, expect, it } from 'vitest';
import { buildAssessmentModal } from '../../blocks/assessment-modal.js';
import { buildDetailsModal } from '../../blocks/details-modal.js';
import type { Origin } from '../../blocks/modal-metadata.js';
import { buildOverrideModal } from '../../blocks/override-modal.js';
import { buildPosted, buildPostFailed } from '../../blocks/post-failed.js';
import { buildRecommendation } from '../../blocks/recommendation.js';
import type { DecisionStatus } from '../../src/domain/index.js';
import { assess } from '../../src/engine/index.js';
import { messageProblems, viewProblems } from '../support/block-kit.js';
import { READY_TO_TUNE } from '../support/profiles.js';

const ORIGIN: Origin = { channel: 'C0GENERAL', private: false };

// Assessed inside each test, never at import: what a test runs is what it covers.
const card = () => ({
  id: 7,
  task: READY_TO_TUNE.task,
  requesterId: 'U1',
  assessment: assess(READY_TO_TUNE),
  status: 'proposed' as DecisionStatus,
  adoptedApproach: null,
});

describe('every surface validates against the Block Kit schema', () => {
  it('the assessment modal, empty and prefilled', () => {
    expect(viewProblems(buildAssessmentModal({}, ORIGIN))).toEqual([]);
    expect(
      viewProblems(
        buildAssessmentModal(
          { ...READY_TO_TUNE, safetyCritical: true, mainGaps: ['format', 'knowledge'] },
          ORIGIN,
        ),
      ),
    ).toEqual([]);
  });

  it('the recommendation message in each status', () => {
    for (const status of ['proposed', 'adopted', 'superseded', 'succeeded'] as const) {
      expect(messageProblems(buildRecommendation({ ...card(), status }).blocks), status).toEqual(
        [],
      );
    }
    const overridden = {
      ...card(),
      status: 'adopted' as const,
      adoptedApproach: 'rag' as const,
      lastChange: { actorId: 'U2', reason: 'Facts change weekly' },
    };
    expect(messageProblems(buildRecommendation(overridden).blocks)).toEqual([]);
  });

  it('the details, override and post-failed surfaces', () => {
    expect(viewProblems(buildDetailsModal(7, card().assessment))).toEqual([]);
    expect(viewProblems(buildDetailsModal(7, assess({ task: 'x' })))).toEqual([]);
    expect(viewProblems(buildOverrideModal(7, 'fine_tune'))).toEqual([]);
    expect(messageProblems(buildPostFailed(7, 'C1', 'not_in_channel').blocks)).toEqual([]);
    expect(messageProblems(buildPosted(7, 'C1').blocks)).toEqual([]);
  });

  it('catches an invalid surface (the validator is live)', () => {
    expect(messageProblems([{ type: 'section' } as never])).not.toEqual([]);
    expect(
      viewProblems({
        type: 'modal',
        title: { type: 'plain_text', text: 'x'.repeat(30) },
        blocks: [],
      }),
    ).not.toEqual([]);
  });
});
