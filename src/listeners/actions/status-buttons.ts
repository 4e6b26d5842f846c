import type { App } from '@slack/bolt';
import { ACTIONS } from '../../../blocks/ids.js';
import { adopt } from '../../decisions/adopt.js';
import { changeStatus } from '../../decisions/change-status.js';
import type { Deps, Result } from '../../decisions/context.js';
import { type Click, onDecisionButton, refusal } from './decision-button.js';

/** Buttons that only move a decision along its lifecycle; the redrawn message is the answer. */
const BUTTONS: { action: string; to: string; verb: (c: Click) => Promise<Result> }[] = [
  { action: ACTIONS.adopt, to: 'adopted', verb: (c) => adopt(c.ctx, c.input) },
  {
    action: ACTIONS.startEvaluation,
    to: 'evaluating',
    verb: (c) => changeStatus(c.ctx, { ...c.input, to: 'evaluating' }),
  },
  {
    action: ACTIONS.abandon,
    to: 'abandoned',
    verb: (c) => changeStatus(c.ctx, { ...c.input, to: 'abandoned' }),
  },
];

export function register(app: App, deps: Deps): void {
  for (const { action, to, verb } of BUTTONS) {
    onDecisionButton(app, deps, action, async (click) => {
      const r = await verb(click);
      if (r.ok) return;
      const { id } = click.input;
      const say = (now: string) =>
        `Decision #${id} is ${now} now, so it was not ${to}; nothing changed.`;
      await click.respond(refusal(id, r, say));
    });
  }
}
