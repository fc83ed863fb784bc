// Small helpers of the benchmark for driving and timing a page.
import type { CDPSession, Page } from '@playwright/test';

/** The promise's outcome, or an error saying `what` (a text, or made when needed) after ms. */
export async function within<T>(
  promise: Promise<T>,
  ms: number,
  what: string | (() => string),
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const text = typeof what === 'string' ? what : what();
      reject(new Error(`${text} (no answer within ${ms} ms)`));
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** One of the page's performance metrics (CDP Performance.getMetrics; enable it first). */
export async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === name)?.value ?? NaN;
}

/** CPU time of the renderer's main thread so far, in ms. */
export async function threadTime(cdp: CDPSession): Promise<number> {
  return (await metric(cdp, 'ThreadTime')) * 1000;
}

/** Waits for the next two frames, so the page is idle before a click. */
export async function idleFrames(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}
