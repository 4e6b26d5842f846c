import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import { NO_ANSWER } from '../../blocks/delivery-notices.js';
import { WEB_API_OPTIONS } from '../http/web-api-options.js';
import type { OutboxRow } from '../store/schema.js';
import type { SendOutcome } from './worker.js';

/** Slack's answers that mean "not now" rather than "no". */
const TRANSIENT = new Set([
  'ratelimited',
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
]);

/** A user id: a message to it goes to the app's DM with that person. */
const USER = /^[UW][A-Z0-9]+$/;

type Answer = { status: number; retryAfter: string | undefined; body: string };

/**
 * Connections kept for the next message, but closed after a few idle seconds: before a server
 * closes them itself, as one may the moment a request is written (then Slack may or may not
 * have read it, and a post would be given up).
 */
const KEEP_ALIVE = { keepAlive: true, timeout: 4_000 };
const agents = { 'http:': new http.Agent(KEEP_ALIVE), 'https:': new https.Agent(KEEP_ALIVE) };

/** Sockets that carried a request before: connected (and TLS done), ready to write at once. */
const ready = new WeakSet<Socket>();

/**
 * One POST whose body is written only once `claim()` agreed, on a connected socket, so the
 * moment a message is marked as being sent is the moment it leaves: `written` tells whether
 * Slack may have it when the request then fails.
 */
function post(
  url: URL,
  body: string,
  headers: Record<string, string>,
  claim: () => boolean,
): Promise<Answer | 'not claimed'> {
  return new Promise((resolve, reject) => {
    let written = false;
    const req = (url.protocol === 'https:' ? https : http).request(url, {
      method: 'POST',
      agent: agents[url.protocol === 'https:' ? 'https:' : 'http:'],
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      signal: AbortSignal.timeout(WEB_API_OPTIONS.timeout),
    });
    req.once('socket', (socket: Socket) => {
      const write = () => {
        ready.add(socket);
        let claimed: boolean;
        try {
          claimed = claim();
        } catch (error) {
          req.destroy();
          return reject(error);
        }
        if (!claimed) {
          req.destroy();
          return resolve('not claimed');
        }
        written = true;
        req.end(body);
      };
      if (ready.has(socket)) write();
      else socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', write);
    });
    req.once('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.once('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          retryAfter: res.headers['retry-after'],
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.once('error', (e) => reject(Object.assign(e, { written })));
    });
    req.once('error', (e) => reject(Object.assign(e, { written })));
  });
}

/** Form fields as the Web API takes them: objects JSON-encoded. */
const form = (args: Record<string, unknown>) =>
  new URLSearchParams(
    Object.entries(args).flatMap(([k, v]) =>
      v === undefined || v === null ? [] : [[k, typeof v === 'string' ? v : JSON.stringify(v)]],
    ),
  ).toString();

/** What an answer (or its absence) means for the outbox: done, try again (when), or give up. */
function outcomeOf(answer: Answer): SendOutcome {
  if (answer.status === 429)
    return {
      ok: false,
      error: 'ratelimited',
      retry: true,
      retryAfterMs: (Number(answer.retryAfter) || 1) * 1000,
    };
  if (answer.status !== 200) return { ok: false, error: `HTTP ${answer.status}`, retry: true };
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(answer.body) as Record<string, unknown>;
  } catch {
    return { ok: false, error: 'unreadable answer', retry: true, maybeDelivered: true };
  }
  if (parsed.ok === true) {
    // What settling needs (a ts, a channel, a view id), not the whole message echoed back.
    const result = Object.fromEntries(
      Object.entries(parsed).filter(([k, v]) => k !== 'ok' && typeof v !== 'object'),
    );
    const channel = parsed.channel as { id?: string } | string | undefined;
    if (typeof channel === 'object' && channel?.id) result.channel = channel.id;
    return { ok: true, result };
  }
  const code = typeof parsed.error === 'string' ? parsed.error : 'unknown_error';
  return { ok: false, error: code, retry: TRANSIENT.has(code) };
}

/**
 * The outbox's send function over the Web API: one attempt per send (the worker retries with
 * backoff), with the app's deadline, claiming the message the moment its request is written.
 * A message to a user id goes to their DM with the app (conversations.open, remembered).
 */
export function slackSender(token: string, slackApiUrl = 'https://slack.com/api/') {
  const headers = {
    authorization: `Bearer ${token}`,
    'content-type': 'application/x-www-form-urlencoded',
  };
  const dms = new Map<string, string>();
  async function call(
    method: string,
    args: Record<string, unknown>,
    claim: () => boolean,
  ): Promise<SendOutcome | undefined> {
    try {
      const answer = await post(new URL(method, slackApiUrl), form(args), headers, claim);
      return answer === 'not claimed' ? undefined : outcomeOf(answer);
    } catch (error) {
      const e = error as Error & { written?: boolean };
      const why = e.name === 'TimeoutError' || e.name === 'AbortError' ? NO_ANSWER : e.message;
      // A request never written (connection refused) never reached Slack.
      return { ok: false, error: why, retry: true, maybeDelivered: e.written === true };
    }
  }
  async function dmWith(user: string): Promise<string | SendOutcome> {
    const known = dms.get(user);
    if (known) return known;
    const opened = await call('conversations.open', { users: user }, () => true);
    if (!opened?.ok) return opened ?? { ok: false, error: 'not sent', retry: true };
    const channel = String(opened.result?.channel);
    dms.set(user, channel);
    return channel;
  }
  return async (
    row: Pick<OutboxRow, 'method' | 'args'>,
    claim: () => boolean,
  ): Promise<SendOutcome | undefined> => {
    const to = row.args.channel;
    if (row.method === 'chat.postMessage' && typeof to === 'string' && USER.test(to)) {
      const dm = await dmWith(to);
      if (typeof dm !== 'string') return dm;
      return call(row.method, { ...row.args, channel: dm }, claim);
    }
    return call(row.method, row.args, claim);
  };
}
