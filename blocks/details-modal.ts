import type { KnownBlock, ModalView } from '@slack/types';
import { type Assessment, describeApproach, FIELD_LABELS } from '../src/engine/index.js';
import { VIEWS } from './ids.js';
import { costLine } from './recommendation.js';
import { mrkdwn, percent, plain } from './text.js';

const effectText = (effect: Record<string, number | undefined>) =>
  Object.entries(effect)
    .map(([approach, n]) => `${n !== undefined && n > 0 ? '+' : ''}${n} ${approach}`)
    .join(', ') || 'no score change';

/** Every reason with its source, the scores, and the cost arithmetic. */
export function buildDetailsModal(decisionId: number, a: Assessment): ModalView {
  const scores = Object.entries(a.scores)
    .map(([k, v]) => `${k} ${v}`)
    .join(' · ');
  const blocks: KnownBlock[] = [
    {
      type: 'section',
      text: mrkdwn(
        `*${describeApproach(a.approach, a.components)}*, confidence ${percent(a.confidence)}\nScores: ${scores}`,
      ),
    },
    { type: 'header', text: plain('Every reason') },
    ...a.reasons.map(
      (r): KnownBlock => ({
        type: 'section',
        text: mrkdwn(
          `*${effectText(r.effect)}* (${FIELD_LABELS[r.factor as keyof typeof FIELD_LABELS] ?? r.factor}) ${r.text}\n_Source: ${r.source}_`,
        ),
      }),
    ),
    { type: 'header', text: plain('Cost arithmetic') },
    { type: 'section', text: mrkdwn(costLine(a)) },
  ];
  if (a.cost) {
    const c = a.cost;
    blocks.push(
      { type: 'section', text: mrkdwn(c.arithmetic.map((line) => `\`${line}\``).join('\n')) },
      {
        type: 'context',
        elements: [
          mrkdwn(
            `Prices: ${c.priceTable.name}. ${c.priceTable.prompted.model} as of ${c.priceTable.prompted.date} (${c.priceTable.prompted.source}); ${c.priceTable.tuned.model} as of ${c.priceTable.tuned.date} (${c.priceTable.tuned.source}).`,
          ),
        ],
      },
    );
  }
  blocks.push({
    type: 'context',
    elements: [mrkdwn(`Decision #${decisionId} · engine ${a.engineVersion}`)],
  });
  return {
    type: 'modal',
    callback_id: VIEWS.details,
    title: plain(`Decision #${decisionId}`, 24),
    close: plain('Close', 24),
    blocks,
  };
}
