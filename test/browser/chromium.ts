import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';

// Headless Chromium from the @sparticuz/chromium package, unpacked into the project's ignored
// cache (it reuses any copy already in the temp folder, so that folder must be ours).
const CACHE = resolve('.cache/chromium');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<BrowserContext> {
  mkdirSync(CACHE, { recursive: true });
  process.env.TMPDIR = CACHE;
  const { default: sparticuz } = await import('@sparticuz/chromium');
  const executablePath = await sparticuz.executablePath();
  const { chromium } = await import('playwright-core');
  // Profiles of earlier runs go first: Chromium may still write to one as its context closes.
  for (const old of readdirSync(CACHE).filter((name) => name.startsWith('profile-')))
    rmSync(join(CACHE, old), { recursive: true, force: true, maxRetries: 3 });
  const profile = mkdtempSync(join(CACHE, 'profile-'));
  return chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
  });
}
