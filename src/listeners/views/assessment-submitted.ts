import type { App } from '@slack/bolt';
import { VIEWS } from '../../../blocks/ids.js';
import { notifyPostFailed, postRecommendation, refreshMessage } from '../../decisions/publish.js';
import { assess } from '../../engine/index.js';
import { createDecision, transition } from '../../store/decisions.js';
import { appendEvent } from '../../store/events.js';
import { contextOf, type Deps } from '../deps.js';
import { readOrigin } from '../origin.js';
import { parseForm, StateValues } from './assessment-form.js';

/** The assessment modal submitted: advise, record the decision, post it to the channel. */
export function register(app: App, deps: Deps): void {
  app.view(VIEWS.assessment, async ({ ack, body, view, client, logger }) => {
    const origin = readOrigin(view.private_metadata);
    const form = parseForm(StateValues.parse(view.state.values));
    if (!form.ok) {
      await ack({ response_action: 'errors', errors: form.errors });
      return;
    }
    const actorId = body.user.id;
    const { decision, created } = createDecision(
      deps.db,
      {
        teamId: body.team?.id ?? body.user.team_id ?? 'unknown',
        channelId: origin.channel,
        channelPrivate: origin.private,
        requesterId: actorId,
        profile: form.input,
        assessment: assess(form.input),
        sourceKey: `${view.id}:${view.hash}`,
        supersedesId: origin.reassessOf ?? null,
      },
      deps.now(),
    );
    // Acknowledged only once stored: a crash right after the ack loses nothing the person sent.
    await ack();
    if (!created) return; // Slack delivered this submission again: it is already handled
    const ctx = contextOf(deps, client, logger);
    if (origin.reassessOf) {
      const previous = origin.reassessOf;
      const change = { actorId, at: deps.now(), kind: 'superseded', details: { by: decision.id } };
      // An open decision is superseded; a concluded one keeps its outcome and gains the link.
      if (!transition(deps.db, previous, 'superseded', change)) {
        appendEvent(deps.db, previous, { ...change, kind: 'reassessed' });
      }
      await refreshMessage(ctx, previous);
    }
    const posted = await postRecommendation(ctx, decision, actorId);
    if (!posted.ok) await notifyPostFailed(ctx, decision, posted.error);
  });
}
