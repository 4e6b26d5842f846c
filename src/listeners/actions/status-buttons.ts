import type { App } from '@slack/bolt';
import { ACTIONS } from '../../../blocks/ids.js';
import { buildOnBehalf, type OnBehalfAction, onBehalfDone } from '../../../blocks/on-behalf.js';
import { adopt } from '../../decisions/adopt.js';
import { changeStatus } from '../../decisions/change-status.js';
import type { Deps, Result } from '../../decisions/context.js';
import { type Click, onDecisionButton, privately, refusal } from './decision-button.js';

/** Buttons that only move a decision along its lifecycle; the redrawn message is the answer. */
const BUTTONS: { action: OnBehalfAction; to: string; verb: (c: Click) => Promise<Result> }[] = [
  { action: 'adopt', to: 'adopted', verb: (c) => adopt(c.ctx, c.input) },
  {
    action: 'startEvaluation',
    to: 'moved to evaluating',
    verb: (c) => changeStatus(c.ctx, { ...c.input, to: 'evaluating' }),
  },
  {
    action: 'abandon',
    to: 'abandoned',
    verb: (c) => changeStatus(c.ctx, { ...c.input, to: 'abandoned' }),
  },
];

export function register(app: App, deps: Deps): void {
  for (const { action, to, verb } of BUTTONS) {
    onDecisionButton(app, deps, ACTIONS[action], async (click) => {
      const r = await verb(click);
      const { id, seen, confirmed } = click.input;
      if (r.ok) {
        // Confirmed in the private note: that note gives way to what was done.
        if (confirmed) {
          const done = onBehalfDone(action, id, r.decision.requesterId);
          await click.respond({ replace_original: true, text: done });
        }
        return;
      }
      if (r.status === 'confirm_first') {
        const note = buildOnBehalf(action, {
          id,
          requesterId: r.requesterId,
          ...(seen && { seen }),
        });
        return void (await click.respond({ ...privately(note.text), blocks: note.blocks }));
      }
      const say = (now: string) =>
        `Decision #${id} is ${now} now, so it was not ${to}; nothing changed.`;
      await click.respond(refusal(id, r, say));
    });
  }
}
