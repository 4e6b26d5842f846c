import { mkdirSync, rmSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

// What a person does on the playground page, and where the pictures of it go.

export const SHOTS = 'test/browser/screenshots';

/** Starts a run with an empty screenshot folder. */
export const clearShots = () => rmSync(SHOTS, { recursive: true, force: true });

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

export async function actAs(page: Page, name: string): Promise<void> {
  await page.getByLabel('You are').selectOption({ label: name });
  await page.locator(`body[data-person="${name}"]`).waitFor({ state: 'attached' });
}

export async function openConversation(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name }).click();
  await page.getByRole('heading', { level: 2, name }).waitFor();
}

export async function type(page: Page, command: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Message' }).fill(command);
  await page.getByRole('button', { name: 'Send' }).click();
}

export const modal = (page: Page, title: string): Locator =>
  page.getByRole('dialog', { name: title });

/** The message (or thread reply) whose text contains `text`. */
export const message = (page: Page, text: string): Locator =>
  page.locator('article.msg', { hasText: text });
