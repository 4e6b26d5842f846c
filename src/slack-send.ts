import type { webApi } from '@slack/bolt';
import type { KnownBlock, View } from '@slack/types';

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

export async function openView(
  client: webApi.WebClient,
  triggerId: string,
  view: View,
): Promise<void> {
  await client.apiCall('views.open', { trigger_id: triggerId, view: JSON.stringify(view) });
}

export async function publishView(
  client: webApi.WebClient,
  userId: string,
  view: View,
): Promise<void> {
  await client.apiCall('views.publish', { user_id: userId, view: JSON.stringify(view) });
}
