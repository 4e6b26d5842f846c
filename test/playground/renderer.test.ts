import type { AnyBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { buildAssessmentModal } from '../../blocks/assessment-modal.js';
import { buildDecisionLog, buildLogHelp, type LogRow } from '../../blocks/decision-log.js';
import { buildDecisionRecord } from '../../blocks/decision-record.js';
import { buildDetailsModal } from '../../blocks/details-modal.js';
import {
  buildFollowUp,
  buildFollowUpAnswered,
  buildReassessOffer,
} from '../../blocks/follow-up.js';
import { buildHome } from '../../blocks/home.js';
import {
  buildDidNotWorkModal,
  buildFollowUpDateModal,
  buildWorkedModal,
} from '../../blocks/outcome-modals.js';
import { buildOverrideModal } from '../../blocks/override-modal.js';
import { buildPosted, buildPostFailed } from '../../blocks/post-failed.js';
import { buildRecommendation } from '../../blocks/recommendation.js';
import { assess } from '../../src/engine/index.js';
import { mrkdwn, renderBlocks } from '../../src/playground/public/blocks.js';
import { READY_TO_TUNE } from '../support/profiles.js';

const now = new Date('2026-12-02T10:00:00Z');
const a = assess(READY_TO_TUNE);
const row: LogRow = {
  id: 7,
  task: 'Tag <b>tickets</b> & route them',
  recommendedApproach: 'fine_tune',
  adoptedApproach: 'rag',
  status: 'adopted',
  requesterId: 'U1',
  createdAt: now,
  permalink: 'http://localhost:3000/#C1/1.2',
};
const card = {
  id: 7,
  task: row.task,
  requesterId: 'U1',
  assessment: a,
  status: 'proposed',
  adoptedApproach: null,
};
const followUp = {
  decisionId: 7,
  task: row.task,
  requesterId: 'U1',
  approach: 'rag' as const,
  adoptedAt: now,
  assessment: a,
};

/** Every surface the app sends: messages, modals and the App Home tab. */
const SURFACES: Record<string, readonly AnyBlock[]> = {
  assessmentModal: buildAssessmentModal(
    { ...READY_TO_TUNE, safetyCritical: true },
    { channel: 'C1', private: false },
  ).blocks,
  ...Object.fromEntries(
    (['proposed', 'adopted', 'evaluating', 'succeeded', 'superseded', 'abandoned'] as const).map(
      (status) => [`recommendation-${status}`, buildRecommendation({ ...card, status }).blocks],
    ),
  ),
  details: buildDetailsModal(7, a).blocks,
  override: buildOverrideModal(7, 'fine_tune').blocks,
  worked: buildWorkedModal({ decisionId: 7 }).blocks,
  didNotWork: buildDidNotWorkModal({ decisionId: 7 }).blocks,
  followUpDate: buildFollowUpDateModal(7, 14).blocks,
  postFailed: buildPostFailed(7, 'C1', 'not_in_channel').blocks,
  posted: buildPosted(7, 'C1').blocks,
  followUp: buildFollowUp(followUp).blocks,
  followUpAnswered: buildFollowUpAnswered(followUp, 'It worked.').blocks,
  reassessOffer: buildReassessOffer(7, 80).blocks,
  log: buildDecisionLog({
    title: 'Latest',
    rows: [row],
    page: 1,
    hasNext: true,
    queryKey: 'k1',
    now,
  }).blocks,
  logHelp: buildLogHelp('Unknown filter').blocks,
  record: buildDecisionRecord(
    row,
    a,
    [{ kind: 'adopted', actorId: 'U2', at: now, details: { approach: 'rag' } }],
    now,
  ).blocks,
  home: buildHome({
    mine: [row],
    due: [{ row, dueAt: now }],
    team: [row],
    byApproach: { rag: 1 },
    byStatus: { adopted: 1 },
    now,
  }).blocks,
};

/** Every block and element type in `blocks`, nested ones included. */
function typesIn(blocks: readonly unknown[], found = new Set<string>()): Set<string> {
  for (const b of blocks as Record<string, unknown>[]) {
    found.add(String(b.type));
    for (const key of ['accessory', 'element']) if (b[key]) typesIn([b[key]], found);
    if (Array.isArray(b.elements)) typesIn(b.elements, found);
  }
  return found;
}

describe('the playground draws every surface the app sends', () => {
  it.each(Object.entries(SURFACES))(
    '%s has no block or element it cannot draw',
    (_name, blocks) => {
      const html = renderBlocks(blocks);
      expect(html.match(/data-unsupported="[^"]*"/g) ?? []).toEqual([]);
      expect(html.length).toBeGreaterThan(100);
    },
  );

  it('the surfaces hold the kinds the page must draw', () => {
    const all = new Set(Object.values(SURFACES).flatMap((blocks) => [...typesIn(blocks)]));
    for (const t of [
      'section',
      'header',
      'divider',
      'context',
      'actions',
      'input',
      'button',
      'static_select',
      'radio_buttons',
      'checkboxes',
      'plain_text_input',
      'number_input',
    ])
      expect(all, t).toContain(t);
  });

  it('a kind it does not know is shown as such, not dropped', () => {
    expect(renderBlocks([{ type: 'rich_text', elements: [] }])).toContain(
      'data-unsupported="block:rich_text"',
    );
    expect(renderBlocks([{ type: 'actions', elements: [{ type: 'datepicker' }] }])).toContain(
      'data-unsupported="element:datepicker"',
    );
  });

  it('mrkdwn keeps the escaping the app did and draws links, mentions and dates', () => {
    expect(
      mrkdwn('&lt;!channel&gt; &amp; *bold* <@U1> <https://x.test/a|docs>', { U1: 'Ada' }),
    ).toBe(
      '&lt;!channel&gt; &amp; <b>bold</b> <span class="mention">@Ada</span> <a href="https://x.test/a" target="_blank" rel="noopener">docs</a>',
    );
    expect(mrkdwn('<javascript:alert(1)|x> <img onerror=1>')).not.toMatch(/<a |<img/);
    expect(mrkdwn('<!date^1764669600^{date_long}|2025-12-02>')).toBe('December 2, 2025');
  });
});
