import type { App } from '@slack/bolt';
import { buildFollowUpAnswered } from '../../../blocks/follow-up.js';
import { ACTIONS } from '../../../blocks/ids.js';
import {
  buildDidNotWorkModal,
  buildWorkedModal,
  type OutcomeRef,
} from '../../../blocks/outcome-modals.js';
import { afterChange } from '../../decisions/changed.js';
import { followUpOf, scheduleFollowUp } from '../../decisions/follow-up.js';
import { transition } from '../../store/decisions.js';
import { contextOf, type Deps } from '../deps.js';
import { type ButtonBody, decisionOf, missing, privately } from './decision-button.js';

const SNOOZE_DAYS = 7;

/** The buttons of the follow-up question: Worked, Didn't work, Snooze a week, Abandon. */
export function register(app: App, deps: Deps): void {
  const refOf = (body: ButtonBody, decisionId: number): OutcomeRef => {
    const c = body.container as { channel_id?: string; message_ts?: string };
    return {
      decisionId,
      ...(c.channel_id && c.message_ts
        ? { message: { channel: c.channel_id, ts: c.message_ts } }
        : {}),
    };
  };

  for (const [action, build] of [
    [ACTIONS.worked, buildWorkedModal],
    [ACTIONS.didNotWork, buildDidNotWorkModal],
  ] as const) {
    app.action<ButtonBody>(action, async ({ ack, action: button, body, client, respond }) => {
      await ack();
      const d = decisionOf(deps.db, button);
      if (!d) return void (await respond(missing(button)));
      await client.views.open({ trigger_id: body.trigger_id, view: build(refOf(body, d.id)) });
    });
  }

  app.action<ButtonBody>(ACTIONS.snooze, async ({ ack, action, body, client, respond, logger }) => {
    await ack();
    const d = decisionOf(deps.db, action);
    if (!d) return void (await respond(missing(action)));
    const ctx = contextOf(deps, client, logger);
    const r = await scheduleFollowUp(ctx, d, body.user.id, SNOOZE_DAYS, 'snoozed');
    const when = `<!date^${Math.floor(r.dueAt.getTime() / 1000)}^{date_long_pretty}|${r.dueAt.toISOString().slice(0, 10)}>`;
    await respond({
      replace_original: true,
      ...buildFollowUpAnswered(
        followUpOf(deps.db, d),
        `:zzz: <@${body.user.id}> snoozed this until ${when}.`,
      ),
    });
    await afterChange(ctx, d.id, body.user.id);
  });

  app.action<ButtonBody>(
    ACTIONS.abandonFromFollowUp,
    async ({ ack, action, body, client, respond, logger }) => {
      await ack();
      const d = decisionOf(deps.db, action);
      if (!d) return void (await respond(missing(action)));
      const change = { actorId: body.user.id, at: deps.now(), kind: 'abandoned' };
      if (!transition(deps.db, d.id, 'abandoned', change)) {
        await respond(privately(`Decision #${d.id} is already ${d.status}; nothing changed.`));
        return;
      }
      await respond({
        replace_original: true,
        ...buildFollowUpAnswered(
          followUpOf(deps.db, d),
          `:wastebasket: <@${body.user.id}> abandoned it.`,
        ),
      });
      await afterChange(contextOf(deps, client, logger), d.id, body.user.id);
    },
  );
}
