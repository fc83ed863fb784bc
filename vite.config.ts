import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { compileDataset, formatDataError } from './web/model/dataset';
import { defaultDataDir, readDataset } from './scripts/read-dataset';

const dataRoute = 'data/graph.json';

/**
 * Serves the compiled graph at data/graph.json: recompiled in dev when a data file changes
 * (the page reloads), written into the build otherwise.
 */
function actorGraphData(dataDir = defaultDataDir): Plugin {
  const compile = () => {
    const result = compileDataset(readDataset(dataDir));
    if (!result.ok) {
      const lines = result.errors.map((error) => `${dataDir}/${formatDataError(error)}`);
      throw new Error(`the dataset has errors (run npm run validate):\n${lines.join('\n')}`);
    }
    return JSON.stringify(result.graph);
  };
  return {
    name: 'actor-graph-data',
    configureServer(server) {
      const dir = resolve(dataDir);
      server.watcher.add(dir);
      server.watcher.on('change', (file) => {
        if (file.startsWith(dir)) server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use(`/${dataRoute}`, (_request, response) => {
        try {
          const json = compile();
          response.setHeader('Content-Type', 'application/json');
          response.end(json);
        } catch (error) {
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/plain; charset=utf-8');
          response.end((error as Error).message);
        }
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: dataRoute, source: compile() });
    },
  };
}

/**
 * The built app's Content-Security-Policy: no inline script or style, no eval. Only in the
 * build: the dev server injects inline styles for hot reloading.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function strictContentSecurityPolicy(): Plugin {
  return {
    name: 'actor-graph-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: 'web',
  base: './',
  publicDir: false,
  plugins: [actorGraphData(), strictContentSecurityPolicy()],
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
