import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __ASL_STUDIO_VERSION__: JSON.stringify('test') },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
