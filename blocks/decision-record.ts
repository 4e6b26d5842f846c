import type { KnownBlock } from '@slack/types';
import { APP_ACTOR, type EventOf } from '../src/domain/index.js';
import {
  APPROACH_LABELS,
  type Approach,
  type Assessment,
  costSentence,
  describeApproach,
  describeConfidence,
} from '../src/engine/index.js';
import { type LogRow, rowText } from './decision-log.js';
import { reasonsFor } from './recommendation.js';
import { escapeMrkdwn, mrkdwn, truncate } from './text.js';
import { when } from './time.js';

/** One entry of a decision's history: who, when, and what of which kind. */
export type HistoryEntry = { actorId: string; at: Date } & EventOf;

const approachName = (v: string) => APPROACH_LABELS[v as Approach] ?? v;
const quote = (v: string) => `“${escapeMrkdwn(truncate(v, 300))}”`;

/** Who did it: a person by mention, or the app itself. */
export const actor = (id: string) => (id === APP_ACTOR ? 'The app' : `<@${id}>`);

/** One history entry in words. */
export function describeEvent(e: HistoryEntry): string {
  switch (e.kind) {
    case 'created':
      return e.details.supersedes
        ? `asked again, replacing #${e.details.supersedes}`
        : 'asked for advice';
    case 'posted':
      return 'recommendation posted';
    case 'adopted':
      return `adopted ${approachName(e.details.approach)}`;
    case 'overridden':
      return `chose ${approachName(e.details.approach)} instead: ${quote(e.details.reason)}`;
    case 'superseded':
      return `re-assessed as #${e.details.by}`;
    case 'reassessed':
      return `re-assessed as #${e.details.by}, keeping this outcome`;
    case 'evaluating':
      return 'started the evaluation';
    case 'follow_up_scheduled':
      return `follow-up set for ${e.details.dueAt.slice(0, 10)}`;
    case 'follow_up_sent':
      return 'asked the follow-up question in the thread';
    case 'snoozed':
      return `snoozed the follow-up to ${e.details.dueAt.slice(0, 10)}`;
    case 'succeeded':
    case 'failed': {
      const { qualityPct, costNotes, notes } = e.details;
      const facts = [
        qualityPct === undefined ? '' : `${qualityPct}% of the target`,
        costNotes ? `cost and speed ${quote(costNotes)}` : '',
        notes ? quote(notes) : '',
      ].filter(Boolean);
      const did = e.kind === 'succeeded' ? 'it worked' : 'it did not work';
      return `reported ${did}${facts.length > 0 ? `: ${facts.join('; ')}` : ''}`;
    }
    case 'abandoned':
      return 'abandoned it';
  }
}

/** `/decisions #42`: the decision in full, with its history. */
export function buildDecisionRecord(
  row: LogRow,
  a: Assessment,
  history: HistoryEntry[],
  now: Date,
): { text: string; blocks: KnownBlock[] } {
  const reasons = reasonsFor(a).slice(0, 3);
  const lines = history.map((e) => `• ${when(e.at, now)} ${actor(e.actorId)} ${describeEvent(e)}`);
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(rowText(row, now)) },
    {
      type: 'section',
      text: mrkdwn(
        `*Advice: ${describeApproach(a.approach, a.components)}*. ${describeConfidence(a)}\n${reasons.map((r) => `• ${r.text}`).join('\n')}\n*Cost:* ${costSentence(a.cost)}`,
      ),
    },
    { type: 'section', text: mrkdwn(`*History*\n${lines.slice(-30).join('\n')}`) },
    {
      type: 'context',
      elements: [
        mrkdwn(
          `\`/decisions #${row.id} export\` sends the full record · advice engine ${a.engineVersion}`,
        ),
      ],
    },
  ];
  return { text: `Decision #${row.id}: ${escapeMrkdwn(truncate(row.task, 120))}`, blocks };
}
