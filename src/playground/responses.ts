import type { View } from '@slack/types';
import type { ResponseTarget } from './bolt-requests.js';
import { BOT_USER, type Workspace } from './workspace.js';

// What the app answers outside the Web API: posts to a response_url, and the body of an
// acknowledgement (a command's reply, a modal submission's response_action).

interface MessageReply {
  text?: string;
  blocks?: unknown[];
  response_type?: 'ephemeral' | 'in_channel';
  replace_original?: boolean | string;
  delete_original?: boolean | string;
}

const yes = (v: unknown) => v === true || v === 'true';

/** A post to a response_url: a new ephemeral or channel message, or a change to the one clicked. */
export function applyResponse(ws: Workspace, to: ResponseTarget, r: MessageReply): void {
  const original = to.messageTs ? ws.message(to.channel, to.messageTs) : undefined;
  if (original && yes(r.delete_original)) {
    ws.messages = ws.messages.filter((m) => m !== original);
  } else if (original && yes(r.replace_original)) {
    original.text = r.text ?? '';
    original.blocks = r.blocks;
  } else {
    ws.post({
      channel: to.channel,
      user: BOT_USER,
      text: r.text ?? '',
      ...(r.blocks ? { blocks: r.blocks } : {}),
      ...(r.response_type === 'in_channel' ? {} : { ephemeralFor: to.user }),
      ...(original?.thread_ts ? { thread_ts: original.thread_ts } : {}),
    });
  }
  ws.changed();
}

/** The body of a command's acknowledgement, when it carries a reply. */
export function applyCommandAck(ws: Workspace, to: ResponseTarget, body: string): void {
  if (!body.trim()) return;
  const reply = body.startsWith('{') ? (JSON.parse(body) as MessageReply) : { text: body };
  applyResponse(ws, to, reply);
}

interface SubmissionAck {
  response_action?: 'errors' | 'update' | 'push' | 'clear';
  errors?: Record<string, string>;
  view?: View;
}

/** A modal submission's acknowledgement: close the view, show errors, update, push or clear. */
export function applySubmissionAck(ws: Workspace, user: string, body: string): void {
  const ack = (body.trim().startsWith('{') ? JSON.parse(body) : {}) as SubmissionAck;
  const stack = ws.stack(user);
  stack.errors = {};
  switch (ack.response_action) {
    case 'errors':
      stack.errors = ack.errors ?? {};
      break;
    case 'update': {
      const top = stack.views.at(-1);
      if (top && ack.view)
        stack.views[stack.views.length - 1] = { ...ack.view, id: top.id, hash: ws.nextId('h') };
      break;
    }
    case 'push':
      if (ack.view) stack.views.push(ws.storeView(ack.view));
      break;
    case 'clear':
      stack.views = [];
      break;
    default:
      stack.views.pop();
  }
  ws.changed();
}
