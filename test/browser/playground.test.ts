import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { type Playground, startPlayground } from '../../src/playground/start.js';
import { launchChromium } from './chromium.js';
import { actAs, clearShots, message, modal, openConversation, shot, type } from './page.js';

const TASK = 'Classify support tickets into 12 queues';
const SECRET_TASK = 'Summarise confidential incident reports';

describe('the playground in headless Chromium', { timeout: 30_000 }, () => {
  let playground: Playground;
  let browser: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    clearShots();
    const dir = mkdtempSync(join(tmpdir(), 'playground-'));
    playground = await startPlayground({
      PORT: '0',
      DATABASE_PATH: join(dir, 'p.db'),
      LOG_LEVEL: 'error',
    });
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.setDefaultTimeout(10_000);
    await page.goto(playground.url);
  }, 60_000);

  beforeEach(() => {
    onTestFailed(async ({ task }) => {
      await shot(page, `failed-${task.name.replace(/\W+/g, '-')}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await playground?.stop();
  });

  it('a command opens the modal, and a bad answer gets its message on the field', async () => {
    await type(page, `/finetune-or-prompt ${TASK}`);
    const form = modal(page, 'Fine-tune or prompt?');
    expect(await form.getByLabel('What should the model do?').inputValue()).toBe(TASK);
    expect(await form.getByText('will be posted in #ml-team').count()).toBe(1);
    expect(await form.getByLabel('How many calls a month do you expect?').count()).toBe(0);
    await form.getByLabel('Best quality so far').fill('150');
    await form.getByRole('button', { name: 'Post to #ml-team' }).click();
    await form.getByRole('alert').getByText('Enter a whole percentage from 0 to 100.').waitFor();
    expect(await form.getByLabel('Best quality so far').inputValue()).toBe('150');
    await shot(page, '01-validation-error');
  });

  it('a corrected form closes the modal and posts the recommendation', async () => {
    const form = modal(page, 'Fine-tune or prompt?');
    await form.getByLabel('Best quality so far').fill('80');
    await form.getByRole('radio', { name: 'A thorough prompt' }).check();
    await form.getByRole('button', { name: 'Add details (optional)' }).click();
    await form.getByLabel('How many calls a month do you expect?').fill('40000');
    expect(await form.getByLabel('Best quality so far').inputValue()).toBe('80');
    await form.getByRole('button', { name: 'Post to #ml-team' }).click();
    await form.waitFor({ state: 'hidden' });
    const card = message(page, TASK);
    await card.getByRole('heading', { name: /^Advice:/ }).waitFor();
    expect(await card.getByText(/a month at your 40K calls/).count()).toBe(1);
    expect(await card.getByRole('button', { name: 'Adopt' }).isVisible()).toBe(true);
    await shot(page, '02-recommendation');
  });

  it('someone else presses Adopt, and the message says who', async () => {
    await actAs(page, 'Ben');
    await message(page, TASK).getByRole('button', { name: 'Adopt' }).click();
    const note = page.locator('article.msg.ephemeral', { hasText: "'s: they asked for it" });
    await note.getByRole('button', { name: 'Adopt for them' }).click();
    await page.locator('article.msg.ephemeral').getByText('Done: you adopted').waitFor();
    await message(page, TASK)
      .getByText(/Adopted.*@Ben/)
      .waitFor();
    expect(await message(page, TASK).getByRole('button', { name: 'Adopt' }).count()).toBe(0);
    await shot(page, '03-adopted-by-someone-else');
  });

  it('skipping to the follow-up asks in the thread, and the answer is recorded', async () => {
    await actAs(page, 'Ada');
    const before = await page.locator('#clock').textContent();
    await page.getByRole('button', { name: 'To the next follow-up' }).click();
    const followUp = page.locator('.thread article.msg', { hasText: /how did .* go for/ });
    await followUp.waitFor();
    expect(await page.locator('#clock').textContent()).not.toBe(before);
    await shot(page, '04-follow-up-in-thread');
    await followUp.getByRole('button', { name: 'Worked' }).click();
    const form = page.getByRole('dialog');
    await form.waitFor();
    await form.getByRole('button', { name: /Save|Record|Submit|Send/ }).click();
    await form.waitFor({ state: 'hidden' });
    await message(page, TASK)
      .getByText(/Succeeded|worked/i)
      .first()
      .waitFor();
    await shot(page, '05-follow-up-answered');
  });

  it('a decision made in a private channel stays out of /decisions elsewhere', async () => {
    await openConversation(page, 'model-review');
    await type(page, `/finetune-or-prompt ${SECRET_TASK}`);
    const form = modal(page, 'Fine-tune or prompt?');
    await form.getByRole('radio', { name: 'A basic prompt' }).check();
    await form.getByRole('button', { name: 'Post to the channel' }).click();
    await message(page, SECRET_TASK)
      .getByRole('heading', { name: /^Advice:/ })
      .waitFor();

    await actAs(page, 'Chloé');
    expect(
      await page.getByRole('navigation').getByRole('button', { name: 'model-review' }).count(),
    ).toBe(0);
    await openConversation(page, '# ml-team');
    await type(page, '/decisions');
    const reply = page.locator('article.msg.ephemeral').last();
    await reply.getByText(TASK).waitFor();
    expect(await reply.textContent()).not.toContain(SECRET_TASK);
    await shot(page, '06-decisions-privacy');
  });

  it('/decisions export sends the CSV to the DM with the app', async () => {
    await actAs(page, 'Ben');
    await openConversation(page, '# ml-team');
    await type(page, '/decisions export');
    await openConversation(page, 'Messages');
    const file = page.locator('article.msg .file', { hasText: /decisions-\d{4}-\d{2}-\d{2}\.csv/ });
    await file.waitFor();
    expect(await file.textContent()).toContain(TASK);
    await shot(page, '06b-export-in-dm');
  });

  it('App Home shows the person their decisions', async () => {
    await actAs(page, 'Ada');
    await openConversation(page, 'Home');
    await page.locator('.home').getByText(SECRET_TASK).waitFor();
    await shot(page, '07-app-home');
    await page.locator('.home').getByRole('button', { name: 'New assessment' }).click();
    const form = modal(page, 'Fine-tune or prompt?');
    await form.getByText('comes to your direct messages').waitFor();
    expect(await form.getByRole('button', { name: 'Get advice in my DMs' }).count()).toBe(1);
    await form.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
  });

  it('a pushed view stacks on the modal, an update redraws it, closing goes back', async () => {
    const post = (method: string, args: Record<string, string>) =>
      fetch(`${playground.url}/api/${method}`, { method: 'POST', body: new URLSearchParams(args) });
    const view = (title: string) =>
      JSON.stringify({
        type: 'modal',
        title: { type: 'plain_text', text: title },
        blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `*${title}*` } }],
      });
    await openConversation(page, '# ml-team');
    await message(page, TASK).getByRole('button', { name: 'Details' }).click();
    const details = page.getByRole('dialog');
    await details.waitFor();
    const title = await details.getByRole('heading', { level: 2 }).textContent();
    playground.workspace.triggers.set('trigger.push', 'U0ADA');
    const pushed = (await (
      await post('views.push', { trigger_id: 'trigger.push', view: view('Pushed') })
    ).json()) as { view: { id: string } };
    await modal(page, 'Pushed').getByText('2 views deep').waitFor();
    await post('views.update', { view_id: pushed.view.id, view: view('Updated') });
    await modal(page, 'Updated').waitFor();
    await shot(page, '07b-pushed-and-updated-view');
    await modal(page, 'Updated').getByRole('button', { name: 'Cancel' }).click();
    await modal(page, title ?? '').waitFor();
    await modal(page, title ?? '')
      .getByRole('button', { name: /Close|Cancel|Done/ })
      .click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
  });

  it('skipping ahead 7 days moves the app clock a week', async () => {
    const now = async () => {
      const res = await fetch(`${playground.url}/ui/state?user=U0ADA`);
      return Date.parse(((await res.json()) as { now: string }).now);
    };
    const before = await now();
    const shown = await page.locator('#clock').textContent();
    await page.getByRole('button', { name: 'Skip ahead 7 days' }).click();
    await page.locator('#clock', { hasNotText: shown ?? '' }).waitFor();
    expect((await now()) - before).toBeGreaterThanOrEqual(7 * 24 * 3600 * 1000);
    expect((await now()) - before).toBeLessThan(7 * 24 * 3600 * 1000 + 60_000);
  });

  it('"Load example decisions" asks them through the app', async () => {
    await page.getByRole('button', { name: 'Load example decisions' }).click();
    await page
      .getByRole('status')
      .getByText('Loaded 4 example decisions.')
      .waitFor({ timeout: 20_000 });
    await openConversation(page, '# ml-team');
    await message(page, 'pricing plans')
      .getByText(/Adopted.*@Ada/)
      .waitFor();
    await message(page, 'release notes')
      .getByRole('heading', { name: /^Adopted:/ })
      .waitFor();
    await shot(page, '08-example-decisions');
  });

  it('the app called no Web API method the playground does not answer, and the page threw nothing', async () => {
    expect(playground.workspace.unknownMethods).toEqual([]);
    expect(await page.locator('#unknown').isHidden()).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
