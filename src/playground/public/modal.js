import { esc, renderBlocks } from './blocks.js';

// The modal: its view drawn from Block Kit, its validation errors, and the form state Slack
// would send when it is submitted.

const $ = (id) => document.getElementById(id);
let shownModal = '';
let shownErrors = '';

/** Forgets what is drawn, so the next drawModal draws afresh (another person's view). */
export function forgetModal() {
  shownModal = '';
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

/** Draws the top view of `stack` (or closes the modal), keeping what was typed while it stays. */
export function drawModal(stack, names) {
  const modal = stack?.views.at(-1);
  const key = modal ? `${modal.id}:${modal.hash}` : '';
  if (key === shownModal) {
    if (modal) showErrors($('modal'), stack.errors);
    return;
  }
  shownModal = key;
  shownErrors = '';
  $('modal').hidden = !modal;
  if (!modal) {
    $('modal').innerHTML = '';
    return;
  }
  const depth = stack.views.length;
  $('modal').innerHTML =
    `<form class="modal" role="dialog" aria-label="${esc(modal.title.text)}" data-view-id="${modal.id}" novalidate>
    <header><h2>${esc(modal.title.text)}</h2>${depth > 1 ? `<span class="depth">${depth} views deep</span>` : ''}</header>
    <div class="body">${renderBlocks(modal.blocks, { names })}</div>
    <footer><button type="button" data-close>${esc(modal.close?.text ?? 'Cancel')}</button>
    ${modal.submit ? `<button type="submit" class="bk-button primary">${esc(modal.submit.text)}</button>` : ''}</footer></form>`;
  showErrors($('modal'), stack.errors);
}

/** The view.state.values Slack would send for the inputs inside `root`. */
export function formValues(root) {
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
