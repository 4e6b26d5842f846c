import { esc, mrkdwn, renderBlocks } from './blocks.js';

// A conversation's messages, drawn from their Block Kit, with thread replies under their
// parent and ephemeral replies marked as visible to one person.

const $ = (id) => document.getElementById(id);
const time = (ts) =>
  new Date(Number(ts.split('.')[0]) * 1000).toLocaleString([], {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

function messageHtml(state, names, m) {
  const who = m.user === state.botUser ? 'Decision Advisor' : (names[m.user] ?? m.user);
  const body = m.blocks?.length
    ? renderBlocks(m.blocks, { names: names })
    : `<div class="text">${mrkdwn(m.text, names)}</div>`;
  const file = m.file
    ? `<div class="file"><strong>📎 ${esc(m.file.name)}</strong><pre>${esc(m.file.content)}</pre></div>`
    : '';
  return `<article class="msg${m.ephemeralFor ? ' ephemeral' : ''}" data-ts="${m.ts}" data-channel="${m.channel}">
    ${m.ephemeralFor ? '<div class="only-you">Only visible to you</div>' : ''}
    <span class="who">${esc(who)}</span><span class="when">${time(m.ts)}</span>${body}${file}</article>`;
}

/** The conversation `open` as `state` shows it: messages, their thread replies, ephemerals. */
export function drawMessages(state, open, names) {
  const list = state.messages.filter((m) => m.channel === open);
  const top = list.filter((m) => !m.thread_ts || m.thread_ts === m.ts);
  $('messages').innerHTML = top.length
    ? top
        .map((m) => {
          const replies = list.filter((r) => r.thread_ts === m.ts && r.ts !== m.ts);
          const thread = replies.length
            ? `<div class="thread"><div class="thread-label">${replies.length} ${replies.length === 1 ? 'reply' : 'replies'}</div>${replies.map((r) => messageHtml(state, names, r)).join('')}</div>`
            : '';
          return messageHtml(state, names, m) + thread;
        })
        .join('')
    : '<p class="bk-context">Nothing here yet. Type <code>/finetune-or-prompt</code> and a task below.</p>';
  const [, ts] = location.hash.slice(1).split('/');
  const target = ts && document.querySelector(`.msg[data-ts="${CSS.esc(ts)}"]`);
  if (target) target.classList.add('highlight');
  $('messages').scrollTop = $('messages').scrollHeight;
}
