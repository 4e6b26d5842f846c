import type { KnownBlock, View } from '@slack/types';
import { buildAssessmentModal } from '../../blocks/assessment-modal.js';
import type { DecisionCard } from '../../blocks/decision-card.js';
import { buildDecisionLog, buildLogHelp, type LogRow } from '../../blocks/decision-log.js';
import { buildDecisionRecord } from '../../blocks/decision-record.js';
import {
  buildCopy,
  buildExportFailed,
  buildFormNotOpened,
  buildSendDelayed,
  buildUpdateFailed,
} from '../../blocks/delivery-notices.js';
import { buildDetailsModal } from '../../blocks/details-modal.js';
import {
  buildFollowUp,
  buildFollowUpAnswered,
  buildFollowUpDm,
  buildReassessOffer,
  FOLLOW_UP_ANSWERS,
  type FollowUp,
} from '../../blocks/follow-up.js';
import { buildHome } from '../../blocks/home.js';
import { type LogQuery, queryTitle } from '../../blocks/log-query.js';
import { buildOnBehalf } from '../../blocks/on-behalf.js';
import {
  buildDidNotWorkModal,
  buildFollowUpDateModal,
  buildWorkedModal,
} from '../../blocks/outcome-modals.js';
import { buildOverrideModal } from '../../blocks/override-modal.js';
import { buildPosted, buildPostFailed } from '../../blocks/post-failed.js';
import { buildRecommendation } from '../../blocks/recommendation.js';
import { decisionRecordMarkdown } from '../../blocks/record-markdown.js';
import { DECISION_STATUSES, type DecisionStatus } from '../../src/domain/index.js';
import { assess, type TaskProfileInput } from '../../src/engine/index.js';

/**
 * One surface the app sends: a message (blocks and notification text), a message of text
 * alone, a view, or a file.
 */
export type Surface =
  | { kind: 'message'; text: string; blocks: KnownBlock[] }
  | { kind: 'text'; text: string }
  | { kind: 'view'; view: View }
  | { kind: 'file'; text: string };

/** Everything a person types that a surface shows; the task is also what the command got. */
export interface UserTexts {
  task: string;
  reason: string;
  costNotes: string;
  notes: string;
  channelName: string;
  search: string;
}

const NOW = new Date('2026-12-02T10:00:00Z');
const ORDINARY: Omit<UserTexts, 'task'> = {
  reason: 'Our facts change weekly.',
  costNotes: '$0.40 per 1,000 calls, p95 620 ms',
  notes: 'Shipped',
  channelName: 'ml-team',
  search: 'invoices',
};

/**
 * Every surface the app sends, built for one profile and what people typed: each status of
 * the recommendation, Details, the form in both steps, the follow-up and its answers, the log,
 * App Home, the notes when Slack fails, the records.
 */
export function everySurface(
  profile: TaskProfileInput,
  typed: Partial<UserTexts> = {},
): Record<string, Surface> {
  const { task, reason, costNotes, notes, channelName, search } = {
    task: profile.task,
    ...ORDINARY,
    ...typed,
  };
  const report = { qualityPct: 96, costNotes, notes };
  const a = assess(profile, { asOf: '2026-12-02' });
  const msg = (m: { text: string; blocks: KnownBlock[] }): Surface => ({ kind: 'message', ...m });
  const view = (v: View): Surface => ({ kind: 'view', view: v });
  const card = (status: DecisionStatus): DecisionCard => ({
    id: 7,
    task,
    requesterId: 'U1',
    assessment: a,
    status,
    adoptedApproach: status === 'proposed' || status === 'superseded' ? null : 'rag',
    lastChange: { actorId: 'U2', reason },
    supersedesId: 6,
    supersededById: status === 'superseded' ? 8 : null,
    followUpAt: NOW,
    outcome: status === 'succeeded' || status === 'failed' ? report : undefined,
    qualityBefore: 60,
  });
  const row: LogRow = {
    id: 7,
    task,
    recommendedApproach: a.approach,
    adoptedApproach: 'rag',
    status: 'adopted',
    requesterId: 'U1',
    createdAt: NOW,
    permalink: 'https://example.slack.com/archives/C1/p1',
  };
  const followUp: FollowUp = {
    decisionId: 7,
    task,
    requesterId: 'U1',
    approach: a.approach,
    adoptedAt: NOW,
    assessment: a,
    qualityBefore: 60,
  };
  const origin = { channel: 'C1', private: false, name: channelName };
  const history = [
    { kind: 'overridden' as const, actorId: 'U2', at: NOW, details: { approach: 'rag', reason } },
    { kind: 'follow_up_sent' as const, actorId: 'app', at: NOW, details: { ts: '1.2' } },
    { kind: 'succeeded' as const, actorId: 'U1', at: NOW, details: report },
    { kind: 'failed' as const, actorId: 'U1', at: NOW, details: report },
  ];
  const query: LogQuery = {
    mine: false,
    open: true,
    due: false,
    here: false,
    export: false,
    help: false,
    text: search,
  };
  const text = (t: string): Surface => ({ kind: 'text', text: t });
  return {
    ...Object.fromEntries(
      DECISION_STATUSES.map((s) => [`recommendation ${s}`, msg(buildRecommendation(card(s)))]),
    ),
    details: view(buildDetailsModal({ id: 7, status: 'proposed' }, a)),
    'assessment form': view(buildAssessmentModal({ task }, origin)),
    'assessment form with details': view(buildAssessmentModal({ ...profile, task }, origin, true)),
    override: view(buildOverrideModal(7, a.approach, { requesterId: 'U1', actorId: 'U2' })),
    worked: view(buildWorkedModal({ decisionId: 7 })),
    'did not work': view(buildDidNotWorkModal({ decisionId: 7 })),
    'follow-up date': view(buildFollowUpDateModal(7, 14)),
    'follow-up': msg(buildFollowUp(followUp)),
    'follow-up by DM': msg(buildFollowUpDm(followUp, 'The thread was not reachable.')),
    'follow-up answered': msg(
      buildFollowUpAnswered(followUp, FOLLOW_UP_ANSWERS.succeeded(followUp, 'U1', report)),
    ),
    'follow-up answered, did not work': msg(
      buildFollowUpAnswered(followUp, FOLLOW_UP_ANSWERS.failed(followUp, 'U1', report)),
    ),
    're-assess offer': msg(buildReassessOffer(7, 80)),
    'on behalf': msg(buildOnBehalf('adopt', { id: 7, requesterId: 'U1', seen: 'proposed' })),
    'post failed': msg(buildPostFailed(7, 'C1', 'not_in_channel')),
    'post failed again': msg(
      buildPostFailed(7, 'C1', 'not_in_channel', { again: { attempt: 2, at: NOW } }),
    ),
    posted: msg(buildPosted(7, 'C1')),
    'copy of a message': msg(
      buildCopy(buildRecommendation(card('adopted')), 'C1', 'channel_not_found'),
    ),
    'copy of a text': msg(buildCopy({ text: buildFollowUp(followUp).text }, 'C1', 'is_archived')),
    'send delayed': text(buildSendDelayed('post', 7, 'C1', 'ratelimited').text),
    'reply delayed': text(buildSendDelayed('reply', 7, 'C1', 'no answer in time').text),
    'update failed': text(buildUpdateFailed(7, 'C1', 'message_not_found').text),
    'form not opened': text(
      buildFormNotOpened('ratelimited', 'Nothing was saved. Run it again in a moment.', task).text,
    ),
    'export failed': text(buildExportFailed('ratelimited')),
    log: msg(
      buildDecisionLog({
        title: queryTitle(query),
        rows: [row, { ...row, id: 8, adoptedApproach: null, status: 'proposed' }],
        page: 1,
        hasNext: true,
        total: { count: 134, capped: false },
        queryKey: 'k1',
        now: NOW,
      }),
    ),
    'log help': msg(buildLogHelp()),
    'log help, unknown filter': msg(buildLogHelp(`Unknown filter \`${search}\`.`)),
    record: msg(buildDecisionRecord(row, a, history, NOW)),
    'record file': {
      kind: 'file',
      text: decisionRecordMarkdown(
        {
          ...row,
          channelId: 'C1',
          engineVersion: a.engineVersion,
          supersedesId: null,
          profile: { ...profile, task },
          assessment: a,
        },
        history,
      ),
    },
    home: view(
      buildHome({
        mine: [row],
        due: [{ row: { ...row, id: 9 }, dueAt: NOW }],
        team: [row, { ...row, id: 10 }],
        byApproach: { rag: 2, fine_tune: 1 },
        byStatus: { adopted: 2, succeeded: 1, abandoned: 1 },
        now: NOW,
      }),
    ),
    'home, first visit': view(
      buildHome({ mine: [], due: [], team: [], byApproach: {}, byStatus: {}, now: NOW }),
    ),
  };
}
