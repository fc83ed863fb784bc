// Finds a browser for the end-to-end tests: Debian's Chromium, installed when missing and this
// user may (root with apt-get); else Playwright's own; else says in one line what to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { debianChromium } from './browser';

function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).status === 0;
}

if (existsSync(debianChromium)) {
  console.log(`browser: ${debianChromium}`);
} else if (playwrightChromium()) {
  console.log(`browser: Playwright's Chromium`);
} else if (canInstallWithApt()) {
  console.log('browser: installing Debian Chromium (apt-get install chromium)');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
} else {
  console.error(
    'No browser for the end-to-end tests: run `npx playwright install chromium` (or, on Debian, `sudo apt-get install chromium`).',
  );
  process.exit(1);
}
