import type { Decision } from './decide.js';
import { APPROACHES, type Scores } from './facts.js';
import type { TaskProfile } from './profile.js';

const FORCED = 0.5;
const UNCHECKED_CAP = 0.7;
const PER_DEFAULT = 0.03;

const pct = (n: number) => `${Math.round(n * 100)}%`;

// The basis names these, so the reader's sentence can be said from a stored assessment.
const FORCED_BASIS = 'a hard rule chose this against the scores';
const CAPPED_BASIS = 'until quality is measured on an evaluation set';
const LEAD_BASIS = /from a lead of (\d+) points/;

/**
 * How sure the advice is, from 0.1 to 0.95:
 * - scored: 0.5 + 0.45 x (1 - e^(-margin / 4)), the margin being the chosen approach's score
 *   minus the best other score; high (75%+) needs a margin of 4 or more;
 * - forced by a hard rule against the scores: 50%, whatever the margin;
 * - at most 70% while quality is unmeasured or there is no evaluation set;
 * - 3% less for each input left to its default.
 */
export function confidence(
  p: TaskProfile,
  scores: Scores,
  d: Decision,
  defaults: number,
): { value: number; basis: string } {
  let runnerUp = Number.NEGATIVE_INFINITY;
  for (const a of APPROACHES) if (a !== d.approach && scores[a] > runnerUp) runnerUp = scores[a];
  const margin = scores[d.approach] - runnerUp;
  const parts: string[] = [];
  let base: number;
  if (d.againstScores) {
    base = FORCED;
    parts.push(`${pct(FORCED)}: ${FORCED_BASIS}`);
  } else {
    base = 0.5 + 0.45 * (1 - Math.exp(-Math.max(margin, 0) / 4));
    parts.push(`${pct(base)} from a lead of ${Math.max(margin, 0)} points over the next approach`);
  }
  const unchecked = p.qualityPct === null || p.evals === 'none';
  if (unchecked && base > UNCHECKED_CAP) {
    base = UNCHECKED_CAP;
    parts.push(`capped at ${pct(UNCHECKED_CAP)} ${CAPPED_BASIS}`);
  }
  if (defaults > 0) parts.push(`${defaults * 3}% less for ${defaults} assumed inputs`);
  const value = Math.round(Math.max(0.1, base * (1 - PER_DEFAULT * defaults)) * 100) / 100;
  return { value, basis: `${parts.join('; ')}.` };
}

/**
 * How sure the advice is, in a sentence a reader can act on: high, moderate or low, why,
 * and what would firm it up. Said from what the assessment stored (engine 1 had no basis).
 */
export function describeConfidence(a: {
  confidence: number;
  confidenceBasis?: string;
  defaultsAssumed: readonly string[];
}): string {
  const basis = a.confidenceBasis ?? '';
  const band =
    a.confidence >= 0.75
      ? 'High confidence'
      : a.confidence >= 0.5
        ? 'Moderate confidence'
        : 'Low confidence';
  const firmer: string[] = [];
  const empty = a.defaultsAssumed.length;
  if (empty > 0)
    firmer.push(`answer the ${empty === 1 ? 'question' : `${empty} questions`} left empty`);
  if (basis.includes(CAPPED_BASIS)) firmer.push('measure quality on a test set');
  const lead = basis.match(LEAD_BASIS);
  const margin = lead ? Number(lead[1]) : undefined;
  const why = basis.includes(FORCED_BASIS)
    ? 'a firm rule puts this first, whatever the scores'
    : margin === undefined
      ? ''
      : margin >= 4
        ? `the answers${firmer.length > 0 ? ' given' : ''} point clearly this way`
        : margin >= 2
          ? 'it scored ahead of the next best approach, but not by much'
          : 'another approach scored nearly as well';
  const then = firmer.length > 0 ? `${firmer.join(' and ')} to firm it up` : '';
  const said = [why, then].filter(Boolean).join('; ');
  return `${band}${said ? `: ${said}` : ''}.`;
}
