import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests beside the code, and browser tests of the built extension in
// real Chromium and Firefox (run one file at a time: each launches a browser, and CI has 2 cores).
export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          setupFiles: ['test/unit-setup/fake-browser.ts', 'test/unit-setup/idb-key-range.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
