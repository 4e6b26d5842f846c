import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BoltRequests } from './bolt-requests.js';
import type { PageActions } from './page-actions.js';
import { applyResponse } from './responses.js';
import { callMethod } from './web-api.js';
import type { Workspace } from './workspace.js';

// One HTTP server for the page (static files and its /ui/ calls), the Web API stand-in
// (/api/METHOD), response_url posts (/respond/ID) and file uploads (/upload/ID).

const PUBLIC = new URL('./public/', import.meta.url);
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseForm(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return raw ? JSON.parse(raw) : {};
  return Object.fromEntries(new URLSearchParams(raw));
}

/** The file inside a multipart/form-data upload (or the body as it is). */
function fileOf(raw: string, contentType: string): string {
  const boundary = contentType.match(/boundary=(.+)$/)?.[1];
  if (!boundary) return raw;
  return raw.slice(raw.indexOf('\r\n\r\n') + 4, raw.lastIndexOf(`\r\n--${boundary}`));
}

const json = (res: ServerResponse, body: unknown, status = 200) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

export function createPlaygroundServer(
  ws: Workspace,
  bolt: () => BoltRequests,
  page: () => PageActions,
): Server {
  let base = '';
  const server = createServer(async (req, res) => {
    base ||= `http://localhost:${(server.address() as AddressInfo).port}`;
    const url = new URL(req.url ?? '/', base);
    const type = req.headers['content-type'] ?? '';
    try {
      if (req.method === 'GET') {
        if (url.pathname === '/ui/state') {
          const since = Number(url.searchParams.get('since') ?? -1);
          await ws.nextVersion(since, 20_000);
          return json(res, ws.viewFor(url.searchParams.get('user') ?? ''));
        }
        const name = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
        if (!/^[a-z-]+\.(html|js|css)$/.test(name)) return json(res, { error: 'not_found' }, 404);
        const body = await readFile(new URL(name, PUBLIC));
        res.writeHead(200, { 'content-type': TYPES[name.split('.').pop() ?? ''] ?? 'text/plain' });
        return res.end(body);
      }
      const raw = await readBody(req);
      const [, area, id = ''] = url.pathname.split('/');
      if (area === 'api') return json(res, callMethod(ws, id, parseForm(raw, type), base));
      if (area === 'respond') {
        const target = bolt().responseTargets.get(id);
        if (!target) return json(res, { ok: false, error: 'expired_url' }, 404);
        applyResponse(ws, target, JSON.parse(raw));
        return json(res, { ok: true });
      }
      if (area === 'upload') {
        const file = ws.files.get(id);
        if (file) file.content = fileOf(raw, type);
        return json(res, { ok: Boolean(file) }, file ? 200 : 404);
      }
      if (area === 'ui') return json(res, await page().handle(id, JSON.parse(raw || '{}')));
      json(res, { error: 'not_found' }, 404);
    } catch (error) {
      json(res, { ok: false, error: String(error) }, 500);
    }
  });
  return server;
}
