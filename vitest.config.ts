import { defineConfig } from 'vitest/config';

/** Unit tests live beside the code they test; the engine's run in Node. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
