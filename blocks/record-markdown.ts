import { OUTCOME_EVENT_KINDS } from '../src/domain/index.js';
import {
  APPROACH_LABELS,
  type Approach,
  type Assessment,
  describeApproach,
  type TaskProfileInput,
} from '../src/engine/index.js';
import { describeEvent, type HistoryEntry } from './decision-record.js';
import { costLine } from './recommendation.js';

/** What a decision record is written from: the stored decision. */
export interface RecordedDecision {
  id: number;
  task: string;
  status: string;
  createdAt: Date;
  requesterId: string;
  channelId: string;
  engineVersion: string;
  supersedesId: number | null;
  adoptedApproach: Approach | null;
  profile: TaskProfileInput;
  assessment: Assessment;
}

const label = (a: Approach | null | undefined) => (a ? APPROACH_LABELS[a] : 'not yet');
const day = (d: Date) => d.toISOString().slice(0, 10);

/** A decision record (context, options, decision, consequences, outcome) in Markdown. */
export function decisionRecordMarkdown(
  d: RecordedDecision,
  events: readonly HistoryEntry[],
): string {
  const a = d.assessment;
  const answers = Object.entries(d.profile).filter(([k]) => k !== 'task');
  const outcome = events.filter((e) => (OUTCOME_EVENT_KINDS as readonly string[]).includes(e.kind));
  const lines = [
    `# Decision #${d.id}: ${d.task.split('\n')[0]?.slice(0, 120)}`,
    '',
    `- Status: ${d.status}`,
    `- Date: ${day(d.createdAt)}`,
    `- Requested by: <@${d.requesterId}> in <#${d.channelId}>`,
    `- Engine: ${d.engineVersion}`,
    ...(d.supersedesId ? [`- Replaces: decision #${d.supersedesId}`] : []),
    '',
    '## Context',
    '',
    d.task,
    '',
    ...answers.map(([k, v]) => `- ${k}: ${JSON.stringify(v)}`),
    ...(a.defaultsAssumed.length > 0
      ? [`- Assumed defaults: ${a.defaultsAssumed.join(', ')}`]
      : []),
    '',
    '## Options considered',
    '',
    '| approach | score |',
    '|---|---|',
    ...Object.entries(a.scores).map(([k, v]) => `| ${APPROACH_LABELS[k as Approach]} | ${v} |`),
    '',
    ...a.reasons.map((r) => `- ${r.text} (${r.source})`),
    '',
    '## Decision',
    '',
    `Recommended: **${describeApproach(a.approach, a.components)}**, confidence ${Math.round(a.confidence * 100)}%.`,
    `Adopted: **${label(d.adoptedApproach)}**.`,
    '',
    '## Consequences',
    '',
    ...a.warnings.map((w) => `- Warning (${w.id}): ${w.text}`),
    ...a.nextSteps.map((s) => `- Next: ${s}`),
    `- Evaluation: ${a.evaluation.periodDays} days, watching ${a.evaluation.metrics.join('; ')}`,
    `- Cost: ${costLine(a)}`,
    '',
    '## Outcome so far',
    '',
    ...(outcome.length > 0
      ? outcome.map((e) => `- ${day(e.at)} <@${e.actorId}> ${describeEvent(e)}`)
      : ['- No outcome recorded yet.']),
    '',
  ];
  return lines.join('\n');
}
