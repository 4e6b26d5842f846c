import type { webApi } from '@slack/bolt';
import type { KnownBlock, View } from '@slack/types';
import { NO_ANSWER } from '../blocks/delivery-notices.js';

// The Web API takes `blocks` and `view` as JSON strings inside the form body, which is what
// the SDK sends too, but only after walking the whole object twice (a redacted copy for its
// debug log, then the encoding). Encoding once here is the same request for less work: on a
// recommendation or a modal that walk was the largest cost the app added to a request.

export interface MessageArgs {
  channel: string;
  text: string;
  blocks: KnownBlock[];
  ts?: string;
  thread_ts?: string;
}

/** A message's Web API arguments with its blocks encoded, as the outbox keeps and sends them. */
export const encodedMessage = (args: MessageArgs): Record<string, unknown> => ({
  ...args,
  blocks: JSON.stringify(args.blocks),
});

/** A trigger id lives 3 s: a modal Slack has not opened by then will not open. */
const TRIGGER_LIFE_MS = 3_000;

/**
 * Opens a modal, or throws: Slack refused, or did not answer while the trigger lived (the
 * call may go on retrying, in vain, after that).
 */
export async function openView(
  client: webApi.WebClient,
  triggerId: string,
  view: View,
): Promise<void> {
  const call = client.apiCall('views.open', { trigger_id: triggerId, view: JSON.stringify(view) });
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(NO_ANSWER)), TRIGGER_LIFE_MS);
  });
  try {
    await Promise.race([call, expired]);
  } finally {
    clearTimeout(timer);
    call.catch(() => undefined);
  }
}

export async function publishView(
  client: webApi.WebClient,
  userId: string,
  view: View,
): Promise<void> {
  await client.apiCall('views.publish', { user_id: userId, view: JSON.stringify(view) });
}

/** Replaces an open modal's view; `hash` refuses the update if the view changed meanwhile. */
export async function updateView(
  client: webApi.WebClient,
  viewId: string,
  view: View,
  hash?: string,
): Promise<void> {
  await client.apiCall('views.update', {
    view_id: viewId,
    view: JSON.stringify(view),
    ...(hash ? { hash } : {}),
  });
}
