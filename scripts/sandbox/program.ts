// What `npm start` and `npm run docs:screenshots` share: one clean-up for every way a run can
// end (done, failed, Ctrl-C, SIGTERM), finding Chromium, building, and the headless walkthrough.
import { ensureBrowsers } from '../ensure-browsers.mjs';
import { isExecutableFile } from './find-chromium';
import { locateChromium } from './locate-chromium';
import { buildExtension, startRunning } from './sandbox';
import { createShutdown, stopOnSignals, type Shutdown } from './shutdown';
import { PAGE_VIEWPORT, runWalkthrough, WalkthroughFailure, type Shot } from './walkthrough';

export interface Program {
  shutdown: Shutdown;
  say(line?: string): void;
  /** Seconds since the program started, e.g. "4.2 s". */
  elapsed(): string;
}

/** Thrown for an expected failure: its message is printed as is, and the exit status is 1. */
export class Stop extends Error {}

/**
 * Runs `main` and exits with its status, after stopping everything it started. After a signal
 * it exits as the signal asks, without reporting what the signal cut short.
 */
export function runProgram(main: (program: Program) => Promise<number>): void {
  const shutdown = createShutdown();
  const signals = stopOnSignals(shutdown);
  const started = Date.now();
  const program: Program = {
    shutdown,
    say: (line = '') => console.log(line),
    elapsed: () => `${((Date.now() - started) / 1000).toFixed(1)} s`,
  };
  main(program).then(
    async (code) => {
      await shutdown.run();
      process.exit(signals.exitCode() ?? code);
    },
    async (error: unknown) => {
      if (signals.exitCode() === null) {
        console.error(error instanceof Stop ? error.message : error instanceof Error ? (error.stack ?? error.message) : error);
      }
      await shutdown.run();
      process.exit(signals.exitCode() ?? 1);
    },
  );
}

/** Finds (or installs) Chromium, then builds the extension; returns Chromium's path. */
export async function prepare({ shutdown, say }: Program): Promise<string> {
  const chromium = locateChromium({ env: process.env, isExecutable: isExecutableFile }, () => ensureBrowsers(['chromium']));
  if (!chromium.ok) throw new Stop(chromium.message);
  say(`Chromium: ${chromium.path}. Building the extension...`);
  await buildExtension(shutdown);
  return chromium.path;
}

/** Starts the sandbox and a headless Chromium, and walks through the setup into `outDir`. */
export async function walkHeadless(program: Program, chromiumPath: string, outDir: string): Promise<Shot[]> {
  const running = await startRunning(program.shutdown, { executablePath: chromiumPath, headless: true, viewport: PAGE_VIEWPORT });
  program.say(`Sandbox and Chromium up at ${program.elapsed()}. Walking through the setup:`);
  try {
    return await runWalkthrough(running, { outDir, log: program.say });
  } catch (error) {
    if (!(error instanceof WalkthroughFailure)) throw error;
    throw new Stop(`\n${error.message}${error.screenshot ? `\nThe page at that moment: ${error.screenshot}` : ''}`);
  }
}
