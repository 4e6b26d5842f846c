import { esc, renderBlocks } from './blocks.js';
import { drawMessages } from './messages.js';
import { drawModal, forgetModal, formValues } from './modal.js';

// The playground page: asks the server for what the chosen person sees, draws it, and sends
// what they do (commands, clicks, modal submissions) back as Slack would.

const $ = (id) => document.getElementById(id);
const HOME = 'home';
let me = localStorage.getItem('person') || 'U0ADA';
let open =
  location.hash.slice(1).split('/')[0] || localStorage.getItem('conversation') || 'C0MLTEAM';
let state = null;

async function ask(what, body = {}) {
  const res = await fetch(`/ui/${what}`, {
    method: 'POST',
    body: JSON.stringify({ user: me, ...body }),
  });
  const answer = await res.json();
  $('notice').textContent = answer.ok ? '' : answer.error || 'That did not work.';
  $('notice').className = answer.ok ? '' : 'error';
  return answer;
}

const names = () =>
  Object.fromEntries([
    [state.botUser, 'Decision Advisor'],
    ...state.people.map((p) => [p.id, p.name]),
    ...state.conversations.map((c) => [c.id, c.name]),
  ]);

function drawHome() {
  $('messages').innerHTML = state.home
    ? `<div class="home" data-view-id="${state.home.id}">${renderBlocks(state.home.blocks, { names: names() })}</div>`
    : '<p class="bk-context">Opening App Home…</p>';
}

function drawSidebar() {
  const item = (id, label) =>
    `<button type="button" data-open="${id}" aria-current="${open === id}">${label}</button>`;
  const channels = state.conversations.filter((c) => c.kind !== 'dm');
  const dm = state.conversations.find((c) => c.kind === 'dm');
  $('sidebar').innerHTML =
    `<h4>Decision Advisor</h4>${item(HOME, 'Home')}${dm ? item(dm.id, 'Messages') : ''}
    <h4>Channels</h4>${channels.map((c) => item(c.id, `${c.kind === 'private' ? '' : '# '}${esc(c.name)}${c.kind === 'private' ? ' <span class="private">private</span>' : ''}`)).join('')}`;
  const c = state.conversations.find((x) => x.id === open);
  $('title').textContent =
    open === HOME
      ? 'Decision Advisor · Home'
      : c?.kind === 'dm'
        ? 'Decision Advisor · Messages'
        : `${c?.kind === 'private' ? '' : '# '}${c?.name ?? ''}${c?.kind === 'private' ? ' (private)' : ''}`;
  $('composer').hidden = open === HOME;
}

function draw() {
  $('clock').textContent = new Date(state.now).toLocaleString([], {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  $('person').innerHTML = state.people
    .map((p) => `<option value="${p.id}"${p.id === me ? ' selected' : ''}>${esc(p.name)}</option>`)
    .join('');
  $('unknown').hidden = state.unknownMethods.length === 0;
  $('unknown').textContent =
    `The app called Web API methods this playground does not answer: ${state.unknownMethods.join(', ')}`;
  if (open !== HOME && !state.conversations.some((c) => c.id === open))
    open = state.conversations[0].id;
  drawSidebar();
  if (open === HOME) drawHome();
  else drawMessages(state, open, names());
  drawModal(state.modal, names());
  document.body.dataset.version = state.version;
  document.body.dataset.person = state.people.find((p) => p.id === me)?.name ?? '';
}

let since = -1;
async function poll() {
  for (;;) {
    try {
      const res = await fetch(`/ui/state?user=${me}&since=${since}`);
      const next = await res.json();
      // A switch of person while this request waited has already drawn the newer view.
      if (next.user !== me) continue;
      state = next;
      since = state.version;
      draw();
    } catch {
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

async function refresh() {
  since = -1;
  const res = await fetch(`/ui/state?user=${me}&since=-1`);
  state = await res.json();
  forgetModal();
  draw();
}

document.addEventListener('click', async (e) => {
  const target = e.target.closest('[data-open],[data-action],[data-close]');
  if (!target) return;
  if (target.dataset.open) {
    open = target.dataset.open;
    localStorage.setItem('conversation', open);
    history.replaceState(null, '', location.pathname);
    draw();
    if (open === HOME) await ask('home');
    return;
  }
  if (target.hasAttribute('data-close')) return void (await ask('close'));
  if (target.dataset.confirm && !window.confirm(target.dataset.confirm)) return;
  const action = JSON.parse(target.dataset.action);
  if (target.dataset.url) window.open(target.dataset.url, '_blank', 'noopener');
  const view = target.closest('[data-view-id]');
  if (view)
    return void (await ask('action', {
      viewId: view.dataset.viewId,
      action,
      values: formValues(view),
    }));
  const msg = target.closest('.msg');
  await ask('action', { channel: msg.dataset.channel, ts: msg.dataset.ts, action });
});

document.addEventListener('submit', async (e) => {
  e.preventDefault();
  if (e.target.id === 'composer') {
    const text = $('command').value;
    const answer = await ask('command', { channel: open, text });
    if (answer.ok) $('command').value = '';
    return;
  }
  const button = e.target.querySelector('[type=submit]');
  button.disabled = true;
  await ask('submit', { values: formValues(e.target) });
  button.disabled = false;
});

$('person').addEventListener('change', async () => {
  me = $('person').value;
  localStorage.setItem('person', me);
  await refresh();
  if (open === HOME) await ask('home');
});
$('skip-week').addEventListener('click', () => ask('clock', { to: 'week' }));
$('skip-next').addEventListener('click', async () => {
  const answer = await ask('clock', { to: 'next' });
  if (answer.ok && !answer.skipped)
    $('notice').textContent = 'No follow-up is waiting: adopt a recommendation first.';
});
$('seed').addEventListener('click', async () => {
  const answer = await ask('seed');
  if (answer.ok) $('notice').textContent = `Loaded ${answer.added} example decisions.`;
});

await refresh();
if (open === HOME) await ask('home');
poll();
