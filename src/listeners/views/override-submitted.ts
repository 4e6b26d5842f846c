import type { App } from '@slack/bolt';
import { z } from 'zod';
import { INPUT_ACTION, OVERRIDE_FIELDS, VIEWS } from '../../../blocks/ids.js';
import { afterChange } from '../../decisions/changed.js';
import { scheduleFollowUp } from '../../decisions/follow-up.js';
import { APPROACHES } from '../../engine/index.js';
import { getDecision, transition } from '../../store/decisions.js';
import { contextOf, type Deps } from '../deps.js';
import { StateValues } from './assessment-form.js';

const Metadata = z.object({ decisionId: z.number().int().positive() });

/** "Choose differently" submitted: records the team's own approach and its reason. */
export function register(app: App, deps: Deps): void {
  app.view(VIEWS.override, async ({ ack, body, view, client, logger }) => {
    const { decisionId } = Metadata.parse(JSON.parse(view.private_metadata));
    const values = StateValues.parse(view.state.values);
    const approach = z
      .enum(APPROACHES)
      .safeParse(values[OVERRIDE_FIELDS.approach]?.[INPUT_ACTION]?.selected_option?.value);
    const reason = values[OVERRIDE_FIELDS.reason]?.[INPUT_ACTION]?.value?.trim() ?? '';
    const errors: Record<string, string> = {};
    if (!approach.success)
      errors[OVERRIDE_FIELDS.approach] = 'Choose what the team will do instead.';
    if (reason.length < 3)
      errors[OVERRIDE_FIELDS.reason] = 'Say why, in a sentence: it goes into the decision log.';
    if (!approach.success || reason.length < 3) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    const change = {
      actorId: body.user.id,
      at: deps.now(),
      kind: 'overridden',
      details: { approach: approach.data, reason: reason.slice(0, 1000) },
    };
    // Checked before closing the modal, so a refusal can be shown in it.
    if (!transition(deps.db, decisionId, 'adopted', change, { adoptedApproach: approach.data })) {
      const status = getDecision(deps.db, decisionId)?.status ?? 'gone';
      await ack({
        response_action: 'errors',
        errors: {
          [OVERRIDE_FIELDS.approach]: `Decision #${decisionId} is already ${status}; nothing changed.`,
        },
      });
      return;
    }
    await ack();
    const ctx = contextOf(deps, client, logger);
    const d = getDecision(deps.db, decisionId);
    if (d) await scheduleFollowUp(ctx, d, body.user.id);
    await afterChange(ctx, decisionId, body.user.id);
  });
}
