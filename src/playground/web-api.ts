import type { View } from '@slack/types';
import { BOT_USER, type Workspace } from './workspace.js';

// The Slack Web API methods the app calls, answered from the playground's workspace.
// A method missing here is answered `unknown_method` and listed on the page.

type Args = Record<string, unknown>;
type Reply = Record<string, unknown>;
type Method = (ws: Workspace, args: Args, baseUrl: string) => Reply;

const fail = (error: string): Reply => ({ ok: false, error });
const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined ? '' : String(v));
/** `blocks` and `view` arrive JSON-encoded inside a form body. */
const decoded = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

function openTo(ws: Workspace, args: Args, push: boolean): Reply {
  const user = ws.triggers.get(str(args.trigger_id));
  if (!user) return fail('invalid_trigger_id');
  const view = ws.storeView(decoded<View>(args.view));
  const stack = ws.stack(user);
  stack.views = push ? [...stack.views, view] : [view];
  stack.errors = {};
  ws.changed();
  return { ok: true, view };
}

export const METHODS: Record<string, Method> = {
  'auth.test': (_ws, _a, baseUrl) => ({
    ok: true,
    url: `${baseUrl}/`,
    team: 'Playground',
    team_id: 'T0PLAY',
    user: 'decision-advisor',
    user_id: BOT_USER,
    bot_id: 'B0APP',
  }),
  'chat.postMessage': (ws, a) => {
    const channel = str(a.channel);
    if (!ws.conversation(channel)) return fail('channel_not_found');
    const thread_ts = str(a.thread_ts) || undefined;
    const m = ws.post({
      channel,
      user: BOT_USER,
      text: str(a.text),
      blocks: a.blocks ? decoded<unknown[]>(a.blocks) : undefined,
      ...(thread_ts ? { thread_ts } : {}),
    });
    return { ok: true, channel, ts: m.ts, message: m };
  },
  'chat.postEphemeral': (ws, a) => {
    const channel = str(a.channel);
    const user = str(a.user);
    if (!ws.conversation(channel)?.members.includes(user)) return fail('user_not_in_channel');
    const m = ws.post({
      channel,
      user: BOT_USER,
      text: str(a.text),
      blocks: a.blocks ? decoded<unknown[]>(a.blocks) : undefined,
      ephemeralFor: user,
    });
    return { ok: true, message_ts: m.ts };
  },
  'chat.update': (ws, a) => {
    const m = ws.message(str(a.channel), str(a.ts));
    if (!m) return fail('message_not_found');
    m.text = str(a.text);
    m.blocks = a.blocks ? decoded<unknown[]>(a.blocks) : undefined;
    ws.changed();
    return { ok: true, channel: m.channel, ts: m.ts };
  },
  'chat.getPermalink': (ws, a, baseUrl) => {
    const m = ws.message(str(a.channel), str(a.message_ts));
    if (!m) return fail('message_not_found');
    return { ok: true, channel: m.channel, permalink: `${baseUrl}/#${m.channel}/${m.ts}` };
  },
  'conversations.open': (ws, a) => {
    const channel = ws.conversation(`D${str(a.users)}`);
    return channel ? { ok: true, channel: { id: channel.id } } : fail('user_not_found');
  },
  'users.info': (ws, a) => {
    const p = ws.person(str(a.user));
    return p
      ? { ok: true, user: { id: p.id, name: p.name.toLowerCase(), real_name: p.name, tz: p.tz } }
      : fail('user_not_found');
  },
  'views.open': (ws, a) => openTo(ws, a, false),
  'views.push': (ws, a) => openTo(ws, a, true),
  'views.update': (ws, a) => {
    const found = ws.findView(str(a.view_id));
    if (!found) return fail('not_found');
    const view = { ...found.view, ...decoded<View>(a.view), hash: ws.nextId('h') };
    const stack = ws.stack(found.owner);
    stack.views = stack.views.map((v) => (v.id === view.id ? view : v));
    if (ws.homes.get(found.owner)?.id === view.id) ws.homes.set(found.owner, view);
    ws.changed();
    return { ok: true, view };
  },
  'views.publish': (ws, a) => {
    const user = str(a.user_id);
    if (!ws.person(user)) return fail('user_not_found');
    const view = {
      ...ws.storeView(decoded<View>(a.view)),
      id: ws.homes.get(user)?.id ?? ws.nextId('V'),
    };
    ws.homes.set(user, view);
    ws.changed();
    return { ok: true, view };
  },
  'files.getUploadURLExternal': (ws, a, baseUrl) => {
    const id = ws.nextId('F');
    ws.files.set(id, { name: str(a.filename), content: '' });
    return { ok: true, upload_url: `${baseUrl}/upload/${id}`, file_id: id };
  },
  'files.completeUploadExternal': (ws, a) => {
    const files = decoded<{ id: string; title?: string }[]>(a.files);
    const channel = str(a.channel_id);
    if (!ws.conversation(channel)) return fail('channel_not_found');
    for (const f of files) {
      ws.post({
        channel,
        user: BOT_USER,
        text: str(a.initial_comment),
        file: {
          name: f.title ?? ws.files.get(f.id)?.name ?? f.id,
          content: ws.files.get(f.id)?.content ?? '',
        },
      });
    }
    return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) };
  },
};

export function callMethod(ws: Workspace, method: string, args: Args, baseUrl: string): Reply {
  const answer = METHODS[method];
  if (!answer) {
    ws.unknownMethods.push(method);
    ws.changed();
    return fail('unknown_method');
  }
  return answer(ws, args, baseUrl);
}
