import type { Decision } from './decide.js';
import { APPROACHES, type Scores } from './facts.js';
import type { TaskProfile } from './profile.js';

const FORCED = 0.5;
const UNCHECKED_CAP = 0.7;
const PER_DEFAULT = 0.03;

const pct = (n: number) => `${Math.round(n * 100)}%`;

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
    parts.push(`${pct(FORCED)}: a hard rule chose this against the scores`);
  } else {
    base = 0.5 + 0.45 * (1 - Math.exp(-Math.max(margin, 0) / 4));
    parts.push(`${pct(base)} from a lead of ${Math.max(margin, 0)} points over the next approach`);
  }
  const unchecked = p.qualityPct === null || p.evals === 'none';
  if (unchecked && base > UNCHECKED_CAP) {
    base = UNCHECKED_CAP;
    parts.push(`capped at ${pct(UNCHECKED_CAP)} until quality is measured on an evaluation set`);
  }
  if (defaults > 0) parts.push(`${defaults * 3}% less for ${defaults} assumed inputs`);
  const value = Math.round(Math.max(0.1, base * (1 - PER_DEFAULT * defaults)) * 100) / 100;
  return { value, basis: `${parts.join('; ')}.` };
}
