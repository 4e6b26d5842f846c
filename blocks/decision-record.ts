import type { KnownBlock } from '@slack/types';
import {
  APPROACH_LABELS,
  type Approach,
  type Assessment,
  describeApproach,
} from '../src/engine/index.js';
import { type LogRow, rowText } from './decision-log.js';
import { escapeMrkdwn, mrkdwn, percent, truncate } from './text.js';
import { when } from './time.js';

export interface HistoryEntry {
  kind: string;
  actorId: string;
  at: Date;
  details: Record<string, unknown>;
}

const approachName = (v: unknown) => APPROACH_LABELS[v as Approach] ?? String(v);
const quote = (v: unknown) => `“${escapeMrkdwn(truncate(String(v), 300))}”`;

/** One history entry in words. */
export function describeEvent(e: HistoryEntry): string {
  const d = e.details;
  switch (e.kind) {
    case 'created':
      return d.supersedes ? `asked again, replacing #${d.supersedes}` : 'asked for advice';
    case 'posted':
      return 'recommendation posted';
    case 'adopted':
      return `adopted ${approachName(d.approach)}`;
    case 'overridden':
      return `chose ${approachName(d.approach)} instead: ${quote(d.reason)}`;
    case 'superseded':
      return `re-assessed as #${d.by}`;
    case 'reassessed':
      return `re-assessed as #${d.by}, keeping this outcome`;
    case 'evaluating':
      return 'started the evaluation';
    case 'follow_up_scheduled':
      return `follow-up set for ${String(d.dueAt).slice(0, 10)}`;
    case 'follow_up_sent':
      return 'follow-up asked in the thread';
    case 'snoozed':
      return `snoozed the follow-up to ${String(d.dueAt).slice(0, 10)}`;
    case 'succeeded':
      return `reported it worked${d.qualityPct === undefined ? '' : ` (${d.qualityPct}% of target)`}${d.notes ? `: ${quote(d.notes)}` : ''}`;
    case 'failed':
      return `reported it did not work${d.notes ? `: ${quote(d.notes)}` : ''}`;
    case 'abandoned':
      return 'abandoned it';
    default:
      return e.kind.replace(/_/g, ' ');
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
