import { defineConfig } from 'vitest/config';

// Three projects, run separately by scripts/test.ts so each reports on its own:
// unit (pure core, and DOM code over happy-dom fixtures), integration (core over real HTTP
// against the Trelica-like SCIM server), e2e (the built extension in real browsers).
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    // Two, for the 2-core machines the suite runs on: vitest's default (cores - 1) leaves one idle.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Builds once before the browsers load dist/ (SKIP_BUILD=1 reuses a fresh build).
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One browser at a time on a 2-core machine.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
