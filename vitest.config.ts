import { defineConfig } from 'vitest/config';

// Three projects, run separately by scripts/test.ts so each reports on its own:
// unit (pure core, and DOM code over happy-dom fixtures), integration (core over real HTTP
// against the Trelica-like SCIM server), e2e (the built extension in real browsers).
const MANAGED_POLICY = 'tests/e2e/managed-policy.test.ts';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    // Two, for the 2-core machines the suite runs on: vitest's default (cores - 1) leaves one idle.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // The library pages (Element Plus, MUI, Fluent) take seconds to load into happy-dom on a
          // busy 2-core machine; vitest's 5 s default then fails them for the machine's load.
          testTimeout: 15_000,
        },
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
          exclude: [MANAGED_POLICY],
          environment: 'node',
          // Builds once before the browsers load dist/ (SKIP_BUILD=1 reuses a fresh build).
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Two files at a time, one per core: a file spends much of its time waiting on a
          // browser, a page or a timer, and the other file uses that core meanwhile. Each file
          // still runs its browsers one after the other.
          fileParallelism: true,
          // The modules (playwright-core, puppeteer-core, scimmy, express) load once per
          // worker instead of once per file (~5 s a file). Nothing in tests/e2e or
          // tests/sandbox keeps module state across files: suite.ts's sandbox is closed and
          // cleared in each file's afterAll.
          isolate: false,
          sequence: { groupOrder: 0 },
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
      {
        extends: true,
        test: {
          // The managed policy is written where every browser started meanwhile reads it
          // (/etc/chromium/policies/managed, Firefox's distribution/policies.json): its file
          // runs alone, after the e2e project. `--project 'e2e*'` runs both.
          name: 'e2e-policy',
          include: [MANAGED_POLICY],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
