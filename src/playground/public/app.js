import { mrkdwn, renderBlocks } from './blocks.js';

// The playground page: asks the server for what the chosen person sees, draws it, and sends
// what they do (commands, clicks, modal submissions) back as Slack would.

const $ = (id) => document.getElementById(id);
const HOME = 'home';
let me = localStorage.getItem('person') || 'U0ADA';
let open =
  location.hash.slice(1).split('/')[0] || localStorage.getItem('conversation') || 'C0MLTEAM';
let state = null;
let shownModal = '';
let shownErrors = '';

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
  ]);
const time = (ts) =>
  new Date(Number(ts.split('.')[0]) * 1000).toLocaleString([], {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function messageHtml(m) {
  const who = m.user === state.botUser ? 'Decision Advisor' : (names()[m.user] ?? m.user);
  const body = m.blocks?.length
    ? renderBlocks(m.blocks, { names: names() })
    : mrkdwn(m.text, names());
  const file = m.file
    ? `<div class="file"><strong>📎 ${esc(m.file.name)}</strong><pre>${esc(m.file.content)}</pre></div>`
    : '';
  return `<article class="msg${m.ephemeralFor ? ' ephemeral' : ''}" data-ts="${m.ts}" data-channel="${m.channel}">
    ${m.ephemeralFor ? '<div class="only-you">Only visible to you</div>' : ''}
    <span class="who">${esc(who)}</span><span class="when">${time(m.ts)}</span>${body}${file}</article>`;
}

function drawMessages() {
  const list = state.messages.filter((m) => m.channel === open);
  const top = list.filter((m) => !m.thread_ts || m.thread_ts === m.ts);
  $('messages').innerHTML = top.length
    ? top
        .map((m) => {
          const replies = list.filter((r) => r.thread_ts === m.ts && r.ts !== m.ts);
          const thread = replies.length
            ? `<div class="thread"><div class="thread-label">${replies.length} ${replies.length === 1 ? 'reply' : 'replies'}</div>${replies.map(messageHtml).join('')}</div>`
            : '';
          return messageHtml(m) + thread;
        })
        .join('')
    : '<p class="bk-context">Nothing here yet. Type <code>/finetune-or-prompt</code> and a task below.</p>';
  const [, ts] = location.hash.slice(1).split('/');
  const target = ts && document.querySelector(`.msg[data-ts="${CSS.esc(ts)}"]`);
  if (target) target.classList.add('highlight');
  $('messages').scrollTop = $('messages').scrollHeight;
}

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

/** Marks the inputs Slack named in `response_action: "errors"`, leaving what was typed in place. */
function showErrors(root, errors) {
  if (JSON.stringify(errors) === shownErrors) return;
  shownErrors = JSON.stringify(errors);
  for (const el of root.querySelectorAll('.bk-error')) el.remove();
  for (const block of root.querySelectorAll('[data-input-block]')) {
    const error = errors[block.dataset.inputBlock];
    block.classList.toggle('has-error', Boolean(error));
    if (!error) continue;
    const note = document.createElement('div');
    note.className = 'bk-error';
    note.setAttribute('role', 'alert');
    note.textContent = error;
    block.querySelector('.bk-label').nextElementSibling.after(note);
  }
  root.querySelector('.has-error')?.scrollIntoView({ block: 'center' });
}

function drawModal() {
  const modal = state.modal?.views.at(-1);
  const key = modal ? `${modal.id}:${modal.hash}` : '';
  if (key === shownModal) {
    if (modal) showErrors($('modal'), state.modal.errors);
    return;
  }
  shownModal = key;
  shownErrors = '';
  $('modal').hidden = !modal;
  if (!modal) {
    $('modal').innerHTML = '';
    return;
  }
  const depth = state.modal.views.length;
  $('modal').innerHTML =
    `<form class="modal" role="dialog" aria-label="${esc(modal.title.text)}" data-view-id="${modal.id}" novalidate>
    <header><h2>${esc(modal.title.text)}</h2>${depth > 1 ? `<span class="depth">${depth} views deep</span>` : ''}</header>
    <div class="body">${renderBlocks(modal.blocks, { names: names() })}</div>
    <footer><button type="button" data-close>${esc(modal.close?.text ?? 'Cancel')}</button>
    ${modal.submit ? `<button type="submit" class="bk-button primary">${esc(modal.submit.text)}</button>` : ''}</footer></form>`;
  showErrors($('modal'), state.modal.errors);
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
  else drawMessages();
  drawModal();
  document.body.dataset.version = state.version;
  document.body.dataset.person = state.people.find((p) => p.id === me)?.name ?? '';
}

/** The view.state.values Slack would send for the inputs inside `root`. */
function formValues(root) {
  const values = {};
  for (const el of root.querySelectorAll('[data-action-id]')) {
    const { blockId, actionId, type } = el.dataset;
    let value;
    if (type === 'checkboxes')
      value = {
        selected_options: [...el.querySelectorAll('input:checked')].map((i) => ({
          value: i.value,
        })),
      };
    else if (type === 'radio_buttons') {
      const picked = el.querySelector('input:checked');
      value = { selected_option: picked ? { value: picked.value } : null };
    } else if (type === 'static_select')
      value = {
        selected_option: el.value
          ? { value: el.value, text: { type: 'plain_text', text: el.selectedOptions[0].text } }
          : null,
      };
    else value = { value: el.value === '' ? null : el.value };
    values[blockId] = { ...values[blockId], [actionId]: { type, ...value } };
  }
  return values;
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
  shownModal = '';
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
