import { defineConfig } from 'vite';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// The CLI runs on Node from node_modules: bundle our code, keep every package external.
export default defineConfig({
  define: { __ASL_STUDIO_VERSION__: JSON.stringify(pkg.version) },
  build: {
    ssr: 'src/cli/bin.ts',
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: {
      output: { entryFileNames: 'asl-studio.js', format: 'es' },
    },
  },
  ssr: { target: 'node' },
});
