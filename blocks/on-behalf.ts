import type { KnownBlock } from '@slack/types';
import type { DecisionStatus } from '../src/domain/index.js';
import { button } from './button.js';
import { decisionValue } from './button-value.js';
import { ACTIONS } from './ids.js';
import { mrkdwn } from './text.js';

/** The lifecycle buttons someone other than the requester confirms first, in words. */
export const ON_BEHALF = {
  adopt: { button: 'Adopt', verb: 'adopt', done: 'adopted' },
  startEvaluation: {
    button: 'Start evaluating',
    verb: 'start evaluating',
    done: 'started evaluating',
  },
  abandon: { button: 'Abandon', verb: 'abandon', done: 'abandoned' },
} as const;
export type OnBehalfAction = keyof typeof ON_BEHALF;

/**
 * The private note to someone who pressed a button on another person's decision: whose it is,
 * what the click would do, and a button to go ahead.
 */
export function buildOnBehalf(
  action: OnBehalfAction,
  d: { id: number; requesterId: string; seen?: DecisionStatus },
): { text: string; blocks: KnownBlock[] } {
  const words = ON_BEHALF[action];
  const text = `Decision #${d.id} is <@${d.requesterId}>'s: they asked for it. ${words.button} it for them? The message will say you did.`;
  return {
    text,
    blocks: [
      { type: 'section', text: mrkdwn(text) },
      {
        type: 'actions',
        block_id: `on_behalf_${d.id}`,
        elements: [
          button(
            ACTIONS[action],
            `${words.button} for them`,
            decisionValue(d.id, d.seen, true),
            action === 'abandon' ? 'danger' : 'primary',
          ),
        ],
      },
    ],
  };
}

/** What the person who confirmed is told once it is done. */
export const onBehalfDone = (action: OnBehalfAction, id: number, requesterId: string) =>
  `Done: you ${ON_BEHALF[action].done} decision #${id} for <@${requesterId}>, and its message says so.`;
