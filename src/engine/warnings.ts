import type { Warning } from './assessment.js';
import type { Catalogue } from './catalogue.js';
import { type Decision, tunes } from './decide.js';
import { type Facts, MIN_TUNING_EXAMPLES, REEXAMINE_BELOW_PCT, STALE_AFTER_DAYS } from './facts.js';
import { once } from './once.js';
import type { TaskProfile } from './profile.js';
import { catalogueSource, cite } from './sources.js';

const DAY_MS = 86_400_000;

/** Days from the catalogue's check to `asOf`, worked out once per catalogue and date. */
const catalogueAgeDays = (catalogue: Catalogue, asOf: string) =>
  once(catalogue, 'age', asOf, () =>
    Math.floor((Date.parse(asOf) - Date.parse(catalogue.checked)) / DAY_MS),
  );

export function warningsFor(
  p: TaskProfile,
  f: Facts,
  d: Decision,
  tuningTopWithoutKnowledgeRule: boolean,
  catalogue: Catalogue,
  asOf: string,
): Warning[] {
  const w: Warning[] = [];
  const chosenTunes = tunes(d.approach);
  const inPlay = d.tuningInPlay || chosenTunes;
  if (f.thorough && p.qualityPct !== null && p.qualityPct < REEXAMINE_BELOW_PCT) {
    w.push({
      id: 'reexamine_task',
      text: `At ${p.qualityPct}% of the target after a thorough prompt, re-examine the task definition before any training.`,
      source: cite('seed002'),
    });
  }
  if (f.knowledgeGap && (tuningTopWithoutKnowledgeRule || chosenTunes)) {
    w.push({
      id: 'knowledge_not_finetunable',
      text: 'Training will not reliably teach the model facts; keep facts in retrieval, whatever else is tuned.',
      source: cite('knowledgeInjection', 'seed001'),
    });
  }
  if (inPlay && p.labeledExamples < MIN_TUNING_EXAMPLES) {
    w.push({
      id: 'dataset_too_small',
      text: `${p.labeledExamples} labeled examples is under the ${MIN_TUNING_EXAMPLES} needed for a meaningful training run.`,
      source: cite('openaiSft', 'googleTuning'),
    });
  }
  if (inPlay && p.evals === 'none') {
    w.push({
      id: 'no_evals',
      text: 'Training is on the table but there is no evaluation set: build one and measure the prompted baseline first.',
      source: cite('openaiSft', 'azureConsiderations'),
    });
  }
  if (inPlay && f.thorough && p.qualityPct === null) {
    w.push({
      id: 'quality_not_measured',
      text: 'Training is on the table but quality has not been measured: no tuning advice until the prompt is scored against a target.',
      source: cite('openaiSft', 'azureConsiderations'),
    });
  }
  if (inPlay && !f.tuningAvailable) {
    w.push({
      id: 'tuning_unavailable',
      text: `No tuning option in the price catalogue is on sale to a new customer on ${asOf}.`,
      source: cite('openaiWindDown'),
    });
  }
  if (p.safetyCritical && chosenTunes) {
    w.push({
      id: 'safety_regression',
      text: 'Safety-critical: re-run the full safety evaluation after every training run; tuning can weaken refusals.',
      source: cite('qi2023'),
    });
  }
  if (chosenTunes && p.dataSensitivity !== 'on_prem_only') {
    const life = f.cost
      ? ` The estimate amortises training over ${f.cost.tuningLifetimeMonths} months.`
      : '';
    w.push({
      id: 'hosted_tuning_retires',
      text: `Hosted tuned models retire with their base model, and some vendors have wound down self-serve tuning: plan to retrain or move.${life}`,
      source: cite('openaiWindDown', 'retirement'),
    });
  }
  if (chosenTunes && p.dataSensitivity === 'on_prem_only' && p.mlCapacity === 'none') {
    w.push({
      id: 'self_hosting_needs_capacity',
      text: 'Self-hosted tuning needs someone to run GPUs, training and serving; the team has no ML capacity yet.',
      source: cite('seed002', 'seed004'),
    });
  }
  const age = catalogueAgeDays(catalogue, asOf);
  if (age > STALE_AFTER_DAYS) {
    w.push({
      id: 'catalogue_stale',
      text: `The price catalogue was checked on ${catalogue.checked}, ${age} days before ${asOf}: prices and who still sells tuning may have changed.`,
      source: catalogueSource(catalogue.name, catalogue.checked),
    });
  }
  return w;
}
