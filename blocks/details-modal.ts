import type { KnownBlock, ModalView, SectionBlock } from '@slack/types';
import type { DecisionStatus } from '../src/domain/index.js';
import {
  APPROACH_LABELS,
  APPROACH_NOUNS,
  type Approach,
  type Assessment,
  costSentence,
  describeConfidence,
  FIELD_LABELS,
  PATH_LABELS,
  readableSource,
  roughCount,
  roughMonths,
  usd,
} from '../src/engine/index.js';
import { assumedLine, isProfileField } from './answer-words.js';
import { button } from './button.js';
import { decisionValue } from './button-value.js';
import { ACTIONS, VIEWS } from './ids.js';
import { approachPhrase, reasonsFor } from './recommendation.js';
import { mrkdwn, percent, plain } from './text.js';

type Reason = Assessment['reasons'][number];
type Cost = NonNullable<Assessment['cost']>;

/** Reasons shown per side: the modal holds 100 blocks. */
const MAX_REASONS = 30;

const header = (text: string): KnownBlock => ({ type: 'header', text: plain(text, 150) });
const section = (text: string): SectionBlock => ({ type: 'section', text: mrkdwn(text) });

/** "fine-tune +2, hybrid +1": how a reason moved each approach's score. */
const moves = (effect: Reason['effect']) =>
  Object.entries(effect)
    .map(([k, n]) => `${APPROACH_NOUNS[k as Approach]} ${n !== undefined && n > 0 ? '+' : ''}${n}`)
    .join(', ');

/** The answer a reason was read from, in the form's words. */
const FACTOR_WORDS: Record<string, string> = {
  baseline: 'Where every task starts',
  cost: 'The cost estimate',
};
const fromAnswer = (factor: string) =>
  isProfileField(factor) ? FIELD_LABELS[factor] : (FACTOR_WORDS[factor] ?? '');

function reasonBlock(r: Reason): KnownBlock {
  const from = fromAnswer(r.factor);
  return section(
    `${r.text}\n_${[from, moves(r.effect), readableSource(r.source)].filter(Boolean).join(' · ')}_`,
  );
}

/** The comparison as two columns: each way to run it, and what it costs a month. */
function costTable(c: Cost): SectionBlock {
  // Engine 1 stored no paths: its two sides, prompted and tuned, stand in for them.
  const paths = c.paths
    ? c.paths.map((x) => ({ ...x, label: PATH_LABELS[x.id], model: `${x.provider} ${x.model}` }))
    : [
        { label: 'prompt', model: c.priceTable.prompted.model, monthlyUsd: c.monthlyUsd.prompt },
        { label: 'tune', model: c.priceTable.tuned.model, monthlyUsd: c.monthlyUsd.fineTune },
      ].map((x) => ({ ...x, oneTimeUsd: 0, available: true }));
  const rows = paths.slice(0, 4).flatMap((x) => {
    const setup = x.oneTimeUsd > 0 ? ` (includes ${usd(x.oneTimeUsd)} to set up, spread)` : '';
    const sale = x.available ? '' : '\nnot on sale to new customers';
    return [
      mrkdwn(`${x.label}\n_${x.model}_`),
      mrkdwn(`${usd(x.monthlyUsd)} a month${setup}${sale}`),
    ];
  });
  return {
    type: 'section',
    fields: [
      mrkdwn('*Way to run it*'),
      mrkdwn(`*At ${roughCount(c.monthlyCalls)} calls a month*`),
      ...rows,
    ],
  };
}

function costBlocks(a: Assessment): KnownBlock[] {
  const c = a.cost;
  if (!c) return [header('Cost'), section(`${costSentence(c)} Re-assess with a volume to see it.`)];
  const be =
    c.breakEvenCallsPerMonth === 'never'
      ? 'A tuned model never costs less per call'
      : `Tuning breaks even at about ${roughCount(c.breakEvenCallsPerMonth)} calls a month`;
  const payback =
    c.paybackMonths === null
      ? 'it does not pay back at this volume'
      : `it pays back in ${roughMonths(c.paybackMonths)}`;
  // Engine 1 stored no paths and no lifetime: its estimate shows without them.
  const lifetime = c.tuningLifetimeMonths
    ? ` A tuned model is counted as usable for ${roughMonths(c.tuningLifetimeMonths)}.`
    : '';
  return [
    header('Cost'),
    section(costSentence(c)),
    costTable(c),
    section(`${be}; ${payback}.${lifetime}`),
    section(`*How it is worked out*\n\`\`\`${c.arithmetic.join('\n')}\`\`\``),
    {
      type: 'context',
      elements: [
        mrkdwn(
          `Prices: ${c.priceTable.name}, checked ${c.priceTable.tuned.date}. ${c.priceTable.tuned.source}`,
        ),
      ],
    },
  ];
}

const weeks = (days: number) => (days % 7 === 0 ? `${days / 7} weeks` : `${days} days`);

/** Details: every reason with its source, the plan, the full cost, the answers assumed. */
export function buildDetailsModal(
  d: { id: number; status: DecisionStatus },
  a: Assessment,
): ModalView {
  const scores = (Object.entries(a.scores) as [Approach, number][])
    .sort(([, x], [, y]) => y - x)
    .map(([k, v]) => `${APPROACH_LABELS[k]} ${v}`)
    .join(' · ');
  const forIt = reasonsFor(a);
  const against = a.reasons.filter((r) => r.side === 'against' && r.rule !== 'defaults_assumed');
  const blocks: KnownBlock[] = [
    section(
      `*Advice: ${approachPhrase(a.approach, a.components)}*\n${describeConfidence(a)}\n_${a.confidenceBasis ?? `Confidence ${percent(a.confidence)}.`} Scores: ${scores}._`,
    ),
  ];
  if (d.status !== 'superseded') {
    blocks.push({
      type: 'actions',
      block_id: `details_actions_${d.id}`,
      elements: [button(ACTIONS.reassess, 'Re-assess with new answers', decisionValue(d.id))],
    });
  }
  blocks.push(header('Why'), ...forIt.slice(0, MAX_REASONS).map(reasonBlock));
  if (against.length > 0)
    blocks.push(
      header('What speaks for another approach'),
      ...against.slice(0, MAX_REASONS).map(reasonBlock),
    );
  if (a.warnings.length > 0) {
    blocks.push(
      header('Watch out'),
      section(
        a.warnings
          .map((w) => `:warning: ${w.text}${w.source ? `\n_${readableSource(w.source)}_` : ''}`)
          .join('\n'),
      ),
    );
  }
  blocks.push(
    header('Next steps'),
    section(a.nextSteps.map((s, i) => `${i + 1}. ${s}`).join('\n')),
    header('How to evaluate it'),
    section(
      `For ${weeks(a.evaluation.periodDays)}, watching:\n${a.evaluation.metrics.map((m) => `• ${m}`).join('\n')}`,
    ),
    ...costBlocks(a),
  );
  const assumed = a.defaultsAssumed.filter(isProfileField);
  if (assumed.length > 0) {
    blocks.push(
      header('Answers assumed'),
      section(
        `These were left empty, so the advice assumed:\n${assumed.map((f) => `• ${assumedLine(f)}`).join('\n')}`,
      ),
    );
  }
  blocks.push({
    type: 'context',
    elements: [
      mrkdwn(
        [
          `Decision #${d.id}`,
          a.asOf ? `advice as of ${a.asOf}` : '',
          `advice engine ${a.engineVersion}`,
        ]
          .filter(Boolean)
          .join(' · '),
      ),
    ],
  });
  return {
    type: 'modal',
    callback_id: VIEWS.details,
    title: plain(`Decision #${d.id}`, 24),
    close: plain('Close', 24),
    blocks,
  };
}
