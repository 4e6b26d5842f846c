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

export async function postMessage(
  client: webApi.WebClient,
  args: MessageArgs,
): Promise<{ ts: string; channel: string }> {
  const res = await client.apiCall('chat.postMessage', {
    ...args,
    blocks: JSON.stringify(args.blocks),
  });
  const { ts, channel } = res as webApi.ChatPostMessageResponse;
  return { ts: String(ts), channel: channel ?? args.channel };
}

export async function updateMessage(
  client: webApi.WebClient,
  args: MessageArgs & { ts: string },
): Promise<void> {
  await client.apiCall('chat.update', { ...args, blocks: JSON.stringify(args.blocks) });
}

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
