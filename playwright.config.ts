import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/browser';

// E2E_PORT and E2E_DIST let two runs share a checkout without sharing a server or a build.
const port = Number(process.env['E2E_PORT'] ?? 4173);
const dist = process.env['E2E_DIST'] ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1400, height: 900 },
    trace: 'off',
  },
  webServer: {
    command: `npx vite build --outDir ${dist} --emptyOutDir && npx vite preview --outDir ${dist} --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    env: { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
