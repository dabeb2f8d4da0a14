import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    testTimeout: 30000,
    projects: [
      {
        extends: true,
        test: {
          name: 'loader',
          include: [
            'tests/loader/**/*.test.ts',
            'tests/contract/**/*.test.ts',
            'tests/vite-plugins/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          // The support code of the end-to-end tests (finding a browser); the specs are Playwright's.
          name: 'e2e-support',
          include: ['tests/e2e/support/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['tests/app/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/app/setup.ts'],
        },
      },
    ],
  },
});
