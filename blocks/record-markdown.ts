import { OUTCOME_EVENT_KINDS } from '../src/domain/index.js';
import {
  APPROACH_LABELS,
  type Approach,
  type Assessment,
  costSentence,
  describeApproach,
  readableSource,
  type TaskProfileInput,
} from '../src/engine/index.js';
import { answerLine, assumedLine, isProfileField } from './answer-words.js';
import { describeEvent, type HistoryEntry } from './decision-record.js';
import { STATUS_WORDS } from './status-words.js';

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
  const answers = Object.entries(d.profile).filter(([k]) => k !== 'task' && isProfileField(k));
  const assumed = a.defaultsAssumed.filter(isProfileField);
  const outcome = events.filter((e) => (OUTCOME_EVENT_KINDS as readonly string[]).includes(e.kind));
  const lines = [
    `# Decision #${d.id}: ${d.task.split('\n')[0]?.slice(0, 120)}`,
    '',
    `- Status: ${STATUS_WORDS[d.status as keyof typeof STATUS_WORDS] ?? d.status}`,
    `- Date: ${day(d.createdAt)}`,
    `- Requested by: <@${d.requesterId}> in <#${d.channelId}>`,
    `- Engine: ${d.engineVersion}`,
    ...(d.supersedesId ? [`- Replaces: decision #${d.supersedesId}`] : []),
    '',
    '## Context',
    '',
    d.task,
    '',
    ...answers.map(([k, v]) => `- ${answerLine(k as keyof TaskProfileInput, v)}`),
    ...assumed.map((k) => `- ${assumedLine(k)} (left empty, assumed)`),
    '',
    '## Options considered',
    '',
    '| approach | score |',
    '|---|---|',
    ...Object.entries(a.scores).map(([k, v]) => `| ${APPROACH_LABELS[k as Approach]} | ${v} |`),
    '',
    ...a.reasons
      .filter((r) => r.rule !== 'defaults_assumed')
      .map((r) => `- ${r.text} (${readableSource(r.source)})`),
    '',
    '## Decision',
    '',
    `Recommended: **${describeApproach(a.approach, a.components)}**, confidence ${Math.round(a.confidence * 100)}%.`,
    `Adopted: **${label(d.adoptedApproach)}**.`,
    '',
    '## Consequences',
    '',
    ...a.warnings.map((w) => `- Warning: ${w.text}`),
    ...a.nextSteps.map((s) => `- Next: ${s}`),
    `- Evaluation: ${a.evaluation.periodDays} days, watching ${a.evaluation.metrics.join('; ')}`,
    `- Cost: ${costSentence(a.cost)}`,
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
