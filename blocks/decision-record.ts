import type { KnownBlock } from '@slack/types';
import type { EventOf } from '../src/domain/index.js';
import {
  APPROACH_LABELS,
  type Approach,
  type Assessment,
  describeApproach,
} from '../src/engine/index.js';
import { type LogRow, rowText } from './decision-log.js';
import { escapeMrkdwn, mrkdwn, percent, truncate } from './text.js';
import { when } from './time.js';

/** One entry of a decision's history: who, when, and what of which kind. */
export type HistoryEntry = { actorId: string; at: Date } & EventOf;

const approachName = (v: string) => APPROACH_LABELS[v as Approach] ?? v;
const quote = (v: string) => `“${escapeMrkdwn(truncate(v, 300))}”`;

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
      return 'follow-up asked in the thread';
    case 'snoozed':
      return `snoozed the follow-up to ${e.details.dueAt.slice(0, 10)}`;
    case 'succeeded': {
      const { qualityPct, notes } = e.details;
      return `reported it worked${qualityPct === undefined ? '' : ` (${qualityPct}% of target)`}${notes ? `: ${quote(notes)}` : ''}`;
    }
    case 'failed':
      return `reported it did not work${e.details.notes ? `: ${quote(e.details.notes)}` : ''}`;
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
  const reasons = a.reasons.filter((r) => r.rule !== 'defaults_assumed').slice(0, 5);
  const lines = history.map((e) => `• ${when(e.at, now)} <@${e.actorId}> ${describeEvent(e)}`);
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(rowText(row, now)) },
    {
      type: 'section',
      text: mrkdwn(
        `*${describeApproach(a.approach, a.components)}*, confidence ${percent(a.confidence)}\n${reasons.map((r) => `• ${r.text}`).join('\n')}`,
      ),
    },
    { type: 'section', text: mrkdwn(`*History*\n${lines.slice(-30).join('\n')}`) },
    {
      type: 'context',
      elements: [
        mrkdwn(`Engine ${a.engineVersion} · \`/decisions #${row.id} export\` for the full record`),
      ],
    },
  ];
  return { text: `Decision #${row.id}: ${escapeMrkdwn(truncate(row.task, 120))}`, blocks };
}
