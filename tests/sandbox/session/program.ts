// What the commands share (`npm start`, `npm run docs:screenshots`, `npm run bench`, `npm run
// scim-server`): one clean-up for every way a run can end (done, failed, Ctrl-C, SIGTERM).
// Light on purpose (no browser driver): the SCIM server alone imports it.
import { createShutdown, stopOnSignals, type Shutdown, type SignalOptions } from './shutdown';

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
export function runProgram(
  main: (program: Program) => Promise<number>,
  signalOptions: Omit<SignalOptions, 'log'> = {},
): void {
  const shutdown = createShutdown();
  const signals = stopOnSignals(shutdown, signalOptions);
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
        console.error(
          error instanceof Stop ? error.message : error instanceof Error ? (error.stack ?? error.message) : error,
        );
      }
      await shutdown.run();
      process.exit(signals.exitCode() ?? 1);
    },
  );
}
