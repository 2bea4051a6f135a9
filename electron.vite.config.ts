import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};
/**
 * Points Monaco's JSON mode at our slim worker helper instead of Monaco's, which imports every
 * editor contribution (see src/renderer/features/code/monacoWebWorker.ts for what that broke).
 */
function slimMonacoWorkerHelper(): Plugin {
  const helper = resolve('src/renderer/features/code/monacoWebWorker.ts');
  return {
    name: 'asl-studio:slim-monaco-worker-helper',
    enforce: 'pre',
    resolveId(source, importer) {
      const fromMonaco = importer?.includes('/monaco-editor/') ?? false;
      return fromMonaco && source.endsWith('/internal/common/workers.js') ? helper : null;
    },
  };
}

/**
 * Lets Monaco measure text by arithmetic on Linux too. Monaco turns its monospace fast path off
 * for browsers on Linux (zoom there once changed glyph widths unexpectedly), so every cursor,
 * selection and indent guide it draws reads the DOM with getClientRects: a forced layout in each
 * frame after an edit, the largest part of the longest tasks at 500 states. Monaco already checks
 * its monospace assumptions on Linux after rendering and falls back to measuring the DOM when
 * they fail, which is the safety the blanket switch-off predates.
 */
function monacoMonospaceFastPathOnLinux(): Plugin {
  const guard = 'if (isLinux || isFirefox || isSafari) {';
  return {
    name: 'asl-studio:monaco-monospace-fast-path-on-linux',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/editor/browser/viewParts/viewLines/viewLine.js'))
        return null;
      // Fail the build, not the editor, when a Monaco upgrade moves the line.
      if (!code.includes(guard)) throw new Error(`viewLine.js no longer contains "${guard}"`);
      return { code: code.replace(guard, 'if (isFirefox || isSafari) {'), map: null };
    },
  };
}

const define = { __ASL_STUDIO_VERSION__: JSON.stringify(pkg.version) };

// Three builds: main (ES module, Node), preload (CommonJS: a sandboxed preload cannot be an ES
// module, see DESIGN.md), renderer (src/renderer/index.html, React, Monaco workers via ?worker).
export default defineConfig({
  main: {
    define,
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    define,
    build: {
      outDir: 'out/preload',
      // Bundle everything (zod included): the sandboxed preload can require only 'electron'.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    define,
    root: 'src/renderer',
    base: './',
    plugins: [react(), slimMonacoWorkerHelper(), monacoMonospaceFastPathOnLinux()],
    worker: { format: 'es' },
    build: {
      outDir: 'out/renderer',
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
      // Monaco is large; one chunk for it is expected, not a problem to warn about.
      chunkSizeWarningLimit: 8000,
      // ASL_STUDIO_PROFILE=1 keeps names readable in browser CPU profiles (bench/profiling only).
      minify: !process.env.ASL_STUDIO_PROFILE,
    },
  },
});
