import type { App } from '@slack/bolt';
import { ACTIONS } from '../../../blocks/ids.js';
import { adopt } from '../../decisions/adopt.js';
import { changeStatus } from '../../decisions/change-status.js';
import type { Deps, Result } from '../../decisions/context.js';
import type { DecisionStatus } from '../../domain.js';
import { type Click, onDecisionButton, refusal } from './decision-button.js';

/** Buttons that only move a decision along its lifecycle; the redrawn message is the answer. */
const BUTTONS: [string, DecisionStatus, (c: Click, id: number) => Promise<Result>][] = [
  [ACTIONS.adopt, 'adopted', (c, id) => adopt(c.ctx, { id, actorId: c.body.user.id, ...seen(c) })],
  [
    ACTIONS.startEvaluation,
    'evaluating',
    (c, id) => changeStatus(c.ctx, { id, actorId: c.body.user.id, to: 'evaluating', ...seen(c) }),
  ],
  [
    ACTIONS.abandon,
    'abandoned',
    (c, id) => changeStatus(c.ctx, { id, actorId: c.body.user.id, to: 'abandoned', ...seen(c) }),
  ],
];

/** The status the clicker saw, when the button carries it: a stale click changes nothing. */
const seen = ({ ref }: Click) => (ref?.seen ? { seen: ref.seen } : {});

export function register(app: App, deps: Deps): void {
  for (const [action, to, verb] of BUTTONS) {
    onDecisionButton(app, deps, action, async (click) => {
      const id = click.ref?.id ?? 0;
      const r = await verb(click, id);
      if (r.ok) return;
      await click.respond(
        refusal(
          id,
          r,
          (now) => `Decision #${id} is ${now} now, so it was not ${to}; nothing changed.`,
        ),
      );
    });
  }
}
