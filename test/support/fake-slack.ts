import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HomeView, KnownBlock, ModalView } from '@slack/types';
import { waitUntil } from './wait.js';

/** A message the app sent to a response_url. */
export interface Answer {
  text?: string;
  blocks?: KnownBlock[];
  response_type?: string;
  replace_original?: boolean;
}

export interface Call {
  method: string;
  args: Record<string, unknown>;
  /** The request body as sent. */
  raw: string;
  token: string | undefined;
  at: number;
}

export type Reply =
  | Record<string, unknown>
  | { httpStatus: number; headers?: Record<string, string>; body?: unknown }
  /** Drops the connection without answering, as a network failure would. */
  | { drop: true }
  /** Never answers (until the fake stops), as a hung Slack would. */
  | { hang: true };
type Handler = (args: Record<string, unknown>, call: Call) => Reply;

/** Fields the Web API client sends JSON-encoded inside a form body. */
const JSON_FIELDS = new Set(['blocks', 'view', 'attachments', 'metadata']);

/** The file inside a multipart/form-data upload (or the body as it is). */
function fileOf(raw: string, contentType = ''): string {
  const boundary = contentType.match(/boundary=(.+)$/)?.[1];
  if (!boundary) return raw;
  const start = raw.indexOf('\r\n\r\n') + 4;
  return raw.slice(start, raw.lastIndexOf(`\r\n--${boundary}`));
}

async function readRaw(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseArgs(raw: string, req: IncomingMessage): Record<string, unknown> {
  if (req.url?.startsWith('/upload/')) return { content: fileOf(raw, req.headers['content-type']) };
  if ((req.headers['content-type'] ?? '').includes('application/json'))
    return raw ? JSON.parse(raw) : {};
  const args: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) args[k] = JSON_FIELDS.has(k) ? JSON.parse(v) : v;
  return args;
}

/**
 * A stand-in for Slack's Web API on 127.0.0.1: records every call, answers like Slack, and
 * can be told to answer a method with an error. Also receives response_url posts.
 */
export class FakeSlack {
  readonly calls: Call[] = [];
  /** Called with every call as it arrives (benchmarks match replies to requests with it). */
  readonly listeners: ((call: Call) => void)[] = [];
  /**
   * Parse and keep every call. A benchmark turns it off, so the fake's own work does not
   * grow with the size of what the app sends; listeners then match on `raw`.
   */
  record = true;
  /** Per method, a fault answered instead of anything else until it is deleted. */
  readonly faults = new Map<string, Reply>();
  private readonly handlers = new Map<string, { handler: Handler; left: number }[]>();
  private server!: Server;
  private seq = 0;
  socketUrl = '';
  /** The time zone users.info reports for everyone not in `users`. */
  timeZone = 'America/New_York';
  /** users.info per user: their own zone, none at all (null), or a Slack error. */
  readonly users = new Map<string, { tz: string | null } | { error: string }>();

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  get apiUrl(): string {
    return `${this.url}/api/`;
  }
  responseUrl(id: string): string {
    return `${this.url}/respond/${id}`;
  }

  async start(): Promise<this> {
    this.server = createServer(async (req, res) => {
      const raw = await readRaw(req);
      const args = this.record ? parseArgs(raw, req) : {};
      const path = req.url ?? '';
      const method = path.startsWith('/respond/')
        ? 'response_url'
        : path.startsWith('/upload/')
          ? 'file_upload'
          : path.replace(/^\/api\//, '');
      const token = req.headers.authorization?.replace(/^Bearer /, '');
      const call: Call = { method, args, raw, token, at: performance.now() };
      if (this.record) this.calls.push(call);
      for (const listener of this.listeners) listener(call);
      const reply = this.reply(call);
      if ('hang' in reply) return;
      if ('drop' in reply) {
        req.socket.destroy();
        return;
      }
      if ('httpStatus' in reply) {
        res.writeHead(reply.httpStatus as number, {
          'content-type': 'application/json',
          ...(reply.headers as object),
        });
        res.end(JSON.stringify(reply.body ?? {}));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(reply));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  /** Answers `method` with `handler` from now on (`times` calls, or every call). */
  on(method: string, handler: Handler, times = Number.POSITIVE_INFINITY): void {
    this.handlers.set(method, [...(this.handlers.get(method) ?? []), { handler, left: times }]);
  }

  /** Answers the next `method` call with Slack's `{ ok: false, error }`. */
  failNext(method: string, error: string, times = 1): void {
    this.on(method, () => ({ ok: false, error }), times);
  }

  callsTo(method: string): Call[] {
    return this.calls.filter((c) => c.method === method);
  }

  async waitFor(method: string, count = 1, timeoutMs = 5000): Promise<Call[]> {
    return waitUntil(
      () => (this.callsTo(method).length >= count ? this.callsTo(method) : undefined),
      `${count} ${method} call(s)`,
      timeoutMs,
      () => `; saw ${this.calls.map((c) => c.method).join(', ')}`,
    );
  }

  /** The `n`th modal the app opened (views.open, from 1), once it has. */
  async modal(n = 1): Promise<ModalView> {
    const call = (await this.waitFor('views.open', n))[n - 1];
    return call?.args.view as ModalView;
  }

  /** The `n`th App Home the app published (views.publish, from 1), once it has. */
  async home(n = 1): Promise<HomeView> {
    const call = (await this.waitFor('views.publish', n))[n - 1];
    return call?.args.view as HomeView;
  }

  /** The `n`th answer the app sent to a response_url (from 1), once it has. */
  async answer(n = 1): Promise<Answer> {
    const call = (await this.waitFor('response_url', n))[n - 1];
    return (call?.args ?? {}) as Answer;
  }

  /** The blocks a message call carried (none when there is no call). */
  blocksOf(call: Call | undefined): KnownBlock[] {
    return (call?.args.blocks ?? []) as KnownBlock[];
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private reply(call: Call): Reply {
    const fault = this.faults.get(call.method);
    if (fault) return fault;
    const queue = this.handlers.get(call.method);
    const custom = queue?.[0];
    if (queue && custom) {
      if (--custom.left <= 0) queue.shift();
      return custom.handler(call.args, call);
    }
    const n = ++this.seq;
    const a = call.args;
    switch (call.method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://example.slack.com/',
          team: 'Example',
          user: 'advisor',
          team_id: 'T0001',
          user_id: 'UBOT',
          bot_id: 'BBOT',
        };
      case 'chat.postMessage':
        return {
          ok: true,
          channel: a.channel,
          ts: `1763900000.${String(n).padStart(6, '0')}`,
          message: { text: a.text },
        };
      case 'chat.update':
        return { ok: true, channel: a.channel, ts: a.ts };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `1763900000.${String(n).padStart(6, '0')}` };
      case 'views.open':
      case 'views.push':
        return { ok: true, view: { ...(a.view as object), id: `V${n}`, hash: `hash${n}` } };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(a.users).slice(1)}` } };
      case 'files.getUploadURLExternal':
        return { ok: true, upload_url: `${this.url}/upload/F${n}`, file_id: `F${n}` };
      case 'files.completeUploadExternal':
        return {
          ok: true,
          files: (JSON.parse(String(a.files)) as { id: string }[]).map((f) => ({ id: f.id })),
        };
      case 'chat.getPermalink':
        return {
          ok: true,
          permalink: `https://example.slack.com/archives/${a.channel}/p${String(a.message_ts).replace('.', '')}`,
        };
      case 'users.info': {
        const user = this.users.get(String(a.user)) ?? { tz: this.timeZone };
        if ('error' in user) return { ok: false, error: user.error };
        return { ok: true, user: { id: a.user, ...(user.tz ? { tz: user.tz } : {}) } };
      }
      case 'apps.connections.open':
        return { ok: true, url: this.socketUrl };
      default:
        return { ok: true };
    }
  }
}
