// Which Chromium the tests and scripts drive: Debian's where installed, else Playwright's own.
import { existsSync } from 'node:fs';

export const debianChromium = '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launch options for Playwright's chromium. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  return existsSync(debianChromium)
    ? { executablePath: debianChromium, args: chromiumArgs }
    : { args: chromiumArgs };
}
