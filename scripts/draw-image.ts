// Images from the command line are drawn by the real app in headless Chromium, so they look like
// the screen: the app is built (or dist/ taken as is), served on 127.0.0.1 with the graph to draw
// as data/graph.json, opened on the view's address, and asked for the image through its
// automation handle (window.actorGraphExport, set by the export menu).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { chromium } from '@playwright/test';
import type { CompiledGraph } from '../web/model/schema';
import { readSite, serveSite } from './bench/site';
import { chromiumLaunchOptions } from './browser';

const root = fileURLToPath(new URL('..', import.meta.url));
const viewport = { width: 1400, height: 900 };
const loadTimeoutMs = 60_000;

export interface DrawOptions {
  format: 'png' | 'svg';
  graph: CompiledGraph;
  /** The view as the app's address gives it: a query string such as "?types=leverage", or "". */
  view: string;
  scale: number;
  background: 'white' | 'transparent';
  /** Build the app afresh (default), or take dist/ as it is. */
  build: boolean;
}

export interface DrawnImage {
  /** The name the app gives the file. */
  name: string;
  bytes: Buffer;
  width: number;
  height: number;
}

/** Builds the app into a folder of its own (dist/ may be served by someone else meanwhile). */
async function build(outDir: string): Promise<void> {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const output: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir'], {
      cwd: root,
      env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0) {
    const log = stripVTControlCharacters(output.join(''));
    throw new Error(`the app does not build (vite build, exit ${code}):\n${log}`);
  }
}

/** The built app in memory, with `graph` as its data. */
async function site(graph: CompiledGraph, fresh: boolean) {
  const data = { '/data/graph.json': Buffer.from(JSON.stringify(graph)) };
  if (!fresh) {
    try {
      return readSite(join(root, 'dist'), data);
    } catch (error) {
      throw new Error(
        `no usable build in dist/ (${(error as Error).message}): run npm run build, or drop --no-build`,
        { cause: error },
      );
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'actor-graph-app-'));
  try {
    await build(dir);
    return readSite(dir, data);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Draws the view of the graph as the app shows it, and returns the image file. */
export async function drawImage(options: DrawOptions): Promise<DrawnImage> {
  const served = await serveSite(await site(options.graph, options.build));
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${served.url}${options.view}`);
    try {
      await page.waitForFunction(
        () => window.actorGraphView !== undefined && window.actorGraphExport !== undefined,
        undefined,
        { timeout: loadTimeoutMs },
      );
    } catch {
      const why = errors.length > 0 ? `: ${errors.join('; ')}` : '';
      throw new Error(`the app did not draw the graph within ${loadTimeoutMs / 1000} s${why}`);
    }
    const file = await page
      .evaluate(
        ([format, scale, background]) => window.actorGraphExport!(format, { scale, background }),
        [options.format, options.scale, options.background] as const,
      )
      .catch((error: Error) => {
        // Playwright prefixes the page's message and appends a call log.
        const message = error.message.split('\n')[0]!.replace(/^page\.evaluate: (Error: )?/, '');
        throw new Error(`the app could not draw it: ${message}`, { cause: error });
      });
    return {
      name: file.name,
      bytes: Buffer.from(file.base64, 'base64'),
      width: file.width ?? 0,
      height: file.height ?? 0,
    };
  } finally {
    await browser.close();
    await served.close();
  }
}
