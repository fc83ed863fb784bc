// The benchmark's instrumentation inside the page. installProbe runs before the app's own scripts
// (an init script); it is sent as source text, so it must not use anything from outside its body.
//
// "Painted" means the frame showing the change has been produced: the first requestAnimationFrame
// after the change, then a setTimeout(0), which runs once that frame's style, layout and paint
// are done. A person cannot see anything sooner, so these are the honest end points.

/** One click measured in the page; every time is performance.now(), in ms since navigation. */
export interface Interaction {
  /** The last mousedown before the awaited element appeared (the click that caused it). */
  pressedAt: number;
  /** The mouseup that followed it (NaN if none came before the element appeared). */
  releasedAt: number;
  /** When the awaited element was first in the DOM. */
  foundAt: number;
  /** When the frame showing it was painted (the reader: when its passage was in view). */
  paintedAt: number;
}

/** What the benchmark waits for after a click. */
export type Awaited = 'evidence' | 'reader';

export interface BenchProbe {
  /** When window.actorGraphView was set: Cytoscape exists, with its event handlers. */
  graphSetAt?: number;
  /** When the first frame after that was painted: the graph is drawn and clickable. */
  graphPainted: Promise<number>;
  /** Starts waiting for the effect of the next click; its outcome is `interaction`. */
  arm(awaited: Awaited, timeoutMs: number): void;
  interaction?: Promise<Interaction>;
  /** JavaScript files the page fetched (resource timing): path and start time. */
  scripts(): { path: string; startTime: number }[];
  /** Milestones of the page load (ms since navigation), for the breakdown. */
  milestones(): Record<string, number | undefined>;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
  }
}

export function installProbe(): void {
  const afterPaint = () =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
    );

  // Every mousedown and mouseup, from the capture phase of window: before the app sees them.
  let lastPressedAt = NaN;
  let lastReleasedAt = NaN;
  addEventListener('mousedown', () => (lastPressedAt = performance.now()), { capture: true });
  addEventListener('mouseup', () => (lastReleasedAt = performance.now()), { capture: true });

  /** The first element matching selector in root or in any shadow root below it. */
  const deepQuery = (root: Document | ShadowRoot, selector: string): Element | null => {
    const found = root.querySelector(selector);
    if (found) return found;
    for (const element of root.querySelectorAll('*')) {
      const inner = element.shadowRoot && deepQuery(element.shadowRoot, selector);
      if (inner) return inner;
    }
    return null;
  };

  const finders: Record<Awaited, () => Element | null | undefined> = {
    evidence: () => deepQuery(document, 'ag-evidence-panel')?.shadowRoot?.querySelector('mark'),
    reader: () =>
      deepQuery(document, 'ag-source-reader')?.shadowRoot?.querySelector('mark.current'),
  };

  /**
   * Resolves as soon as find() returns an element: checked on every DOM change in the document
   * and in every shadow root (a MutationObserver), and once a frame as a safety net.
   */
  const watch = (find: () => Element | null | undefined, timeoutMs: number, what: string) =>
    new Promise<{ element: Element; at: number }>((resolve, reject) => {
      let done = false;
      const observed = new WeakSet<Node>();
      const observer = new MutationObserver(() => check());
      const observeAll = (root: Document | ShadowRoot) => {
        if (!observed.has(root)) {
          observed.add(root);
          observer.observe(root, {
            childList: true,
            subtree: true,
            attributes: true,
            attributeFilter: ['class'],
          });
        }
        for (const element of root.querySelectorAll('*'))
          if (element.shadowRoot) observeAll(element.shadowRoot);
      };
      const stop = () => {
        done = true;
        observer.disconnect();
        clearTimeout(timer);
      };
      const check = () => {
        if (done) return;
        const element = find();
        if (element) {
          const at = performance.now();
          stop();
          resolve({ element, at });
        } else {
          observeAll(document);
        }
      };
      const poll = () => {
        check();
        if (!done) requestAnimationFrame(poll);
      };
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`${what} did not appear within ${timeoutMs} ms`));
      }, timeoutMs);
      poll();
    });

  /** When at least three quarters of element are visible in the viewport, through every scroller. */
  const inView = (element: Element, timeoutMs: number, what: string) =>
    new Promise<number>((resolve, reject) => {
      const observer = new IntersectionObserver(
        (entries) => {
          // Intersection observations are computed in the rendering update and delivered in a
          // task after it: the frame showing the element has been produced.
          if (entries.some((entry) => entry.intersectionRatio >= 0.75)) {
            observer.disconnect();
            clearTimeout(timer);
            resolve(performance.now());
          }
        },
        { threshold: [0.75, 1] },
      );
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`${what} was not scrolled into view within ${timeoutMs} ms`));
      }, timeoutMs);
      observer.observe(element);
    });

  let resolveGraph: (at: number) => void = () => {};
  const probe: BenchProbe = {
    graphPainted: new Promise<number>((resolve) => (resolveGraph = resolve)),
    arm(awaited, timeoutMs) {
      const armedAt = performance.now();
      const what = awaited === 'evidence' ? 'the quote in the evidence panel' : 'the passage';
      probe.interaction = watch(finders[awaited], timeoutMs, what).then(async ({ element, at }) => {
        if (!(lastPressedAt > armedAt)) throw new Error(`${what} appeared without a click`);
        const pressedAt = lastPressedAt;
        const releasedAt = lastReleasedAt >= pressedAt ? lastReleasedAt : NaN;
        const paintedAt =
          awaited === 'reader' ? await inView(element, timeoutMs, what) : await afterPaint();
        return { pressedAt, releasedAt, foundAt: at, paintedAt };
      });
      // Unobserved until the benchmark asks; never an unhandled rejection meanwhile.
      probe.interaction.catch(() => {});
    },
    scripts() {
      return performance
        .getEntriesByType('resource')
        .map((entry) => ({ path: new URL(entry.name).pathname, startTime: entry.startTime }))
        .filter((entry) => /\.m?js$/.test(entry.path));
    },
    milestones() {
      const navigation = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const data = resources.find((entry) => new URL(entry.name).pathname.endsWith('.json'));
      const scripts = resources.filter((entry) => /\.m?js$/.test(new URL(entry.name).pathname));
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        htmlReceived: navigation?.responseEnd,
        scriptsReceived: scripts.length
          ? Math.max(...scripts.map((s) => s.responseEnd))
          : undefined,
        domContentLoaded: navigation?.domContentLoadedEventEnd,
        firstContentfulPaint: fcp?.startTime,
        dataRequested: data?.startTime,
        dataReceived: data?.responseEnd,
        graphSet: probe.graphSetAt,
      };
    },
  };
  window.__bench = probe;

  // ag-graph assigns window.actorGraphView right after Cytoscape is created. Cytoscape's render
  // loop asked for its animation frame before that, so it draws in the frame awaited here.
  let view: unknown;
  Object.defineProperty(window, 'actorGraphView', {
    configurable: true,
    enumerable: true,
    get: () => view,
    set(value: unknown) {
      view = value;
      if (value !== undefined && probe.graphSetAt === undefined) {
        probe.graphSetAt = performance.now();
        void afterPaint().then(resolveGraph);
      }
    },
  });
}
