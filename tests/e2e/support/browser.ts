/** Debian's Chromium through playwright-core: never a downloaded browser, never a silent skip. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Phone and desktop widths from issue 7. */
export const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

/** The message a developer or CI log shows when the browser is missing. */
export function missingChromiumMessage(executable = CHROMIUM): string {
  return `Chromium not found at ${executable}. The browser tests need Debian's Chromium: run \`sudo apt-get update && sudo apt-get install -y chromium\` (or set CHROMIUM_PATH). They never download a browser.`;
}

/** launchChromium() → a headless Browser; throws with the install command when Chromium is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(missingChromiumMessage());
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
