import type { OutcomeReport } from '../src/domain/index.js';
import { type Approach, type Assessment, usd } from '../src/engine/index.js';
import { escapeMrkdwn, truncate } from './text.js';

/** What the team expected: the quality before, and the estimated cost of the path in play. */
export interface Planned {
  qualityBefore?: number | null | undefined;
  /** Estimated dollars per 1,000 calls, when a volume was given. */
  per1000?: number | undefined;
}

const TUNED: readonly Approach[] = ['fine_tune', 'hybrid'];

/** The plan an outcome is read against, from the assessment and the approach taken. */
export function plannedFor(a: Assessment, taken: Approach, qualityBefore?: number | null): Planned {
  const perCall = a.cost
    ? TUNED.includes(taken)
      ? a.cost.perCallUsd.fineTune
      : a.cost.perCallUsd.prompt
    : undefined;
  return {
    qualityBefore,
    ...(perCall === undefined ? {} : { per1000: perCall * 1000 }),
  };
}

const quote = (text: string, max: number) => `“${escapeMrkdwn(truncate(text, max))}”`;

/**
 * What was reported, beside what was planned: "96% of the target (85% before) · cost and
 * speed: “$0.40 per 1,000 calls” (estimated $0.73 per 1,000 calls) · “notes”".
 */
export function reportedWords(r: OutcomeReport | undefined, plan: Planned): string {
  if (!r) return '';
  const parts: string[] = [];
  if (r.qualityPct !== undefined) {
    const before =
      plan.qualityBefore === null || plan.qualityBefore === undefined
        ? ''
        : ` (${plan.qualityBefore}% before)`;
    parts.push(`${r.qualityPct}% of the target${before}`);
  }
  if (r.costNotes) {
    const estimate =
      plan.per1000 === undefined ? '' : ` (estimated ${usd(plan.per1000)} per 1,000 calls)`;
    parts.push(`cost and speed: ${quote(r.costNotes, 300)}${estimate}`);
  }
  if (r.notes) parts.push(quote(r.notes, 500));
  return parts.join(' · ');
}
