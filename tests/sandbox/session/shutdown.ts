// The one shutdown of every command that starts something (`npm start`, the docs screenshots,
// the bench, the SCIM server alone): stops everything it started, once, newest first, whatever
// triggered it (the end of the walkthrough, a failed step, Ctrl-C, SIGTERM, the user closing
// the browser window). Each task is bounded so one stuck close cannot keep the others (or the
// process) waiting. program.ts's runProgram wires it to a command's life.

export interface Shutdown {
  /** Registers a clean-up; tasks run in reverse order of registration (one added while stopping runs too). */
  add(name: string, task: () => Promise<void> | void): void;
  /** Runs every task once; later calls return the same promise. Never rejects. */
  run(): Promise<void>;
  readonly started: boolean;
}

export function createShutdown(options: { taskTimeoutMs?: number; log?: (line: string) => void } = {}): Shutdown {
  const timeout = options.taskTimeoutMs ?? 10_000;
  const log = options.log ?? ((line) => console.error(line));
  const tasks: Array<{ name: string; task: () => Promise<void> | void }> = [];
  let running: Promise<void> | undefined;

  const bounded = async (name: string, task: () => Promise<void> | void): Promise<void> => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        Promise.resolve().then(task),
        new Promise<void>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`did not finish within ${timeout} ms`)), timeout);
        }),
      ]);
    } catch (error) {
      log(`Could not stop ${name} cleanly: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      clearTimeout(timer);
    }
  };

  return {
    add(name, task) {
      tasks.push({ name, task });
    },
    run() {
      running ??= (async () => {
        for (let next = tasks.pop(); next; next = tasks.pop()) await bounded(next.name, next.task);
      })();
      return running;
    },
    get started() {
      return running !== undefined;
    },
  };
}

const SIGNAL_CODES: Readonly<Record<string, number>> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

export interface SignalOptions {
  log?: (line: string) => void;
  /** What the first signal stops, as said on the terminal; default "the browser and the sandbox". */
  stopping?: string;
  /**
   * The exit status after a signal; default 128 + the signal's number, as a shell reports a
   * process killed by it. A server meant to run until stopped may exit 0 instead.
   */
  exitStatus?: (signal: NodeJS.Signals) => number;
}

/**
 * On SIGINT/SIGTERM/SIGHUP: stop everything, then exit (by default with 128 + the signal's
 * number). Ctrl-C reaches this process twice (from the terminal and forwarded by npm), so a
 * repeat within a second is ignored; a later one exits at once.
 */
export function stopOnSignals(shutdown: Shutdown, options: SignalOptions = {}): { exitCode(): number | null } {
  const log = options.log ?? ((line) => console.error(line));
  const stopping = options.stopping ?? 'the browser and the sandbox';
  const exitStatus = options.exitStatus ?? ((signal) => 128 + (SIGNAL_CODES[signal] ?? 0));
  let firstAt = 0;
  let signalled: number | null = null;
  for (const signal of Object.keys(SIGNAL_CODES) as NodeJS.Signals[]) {
    process.on(signal, () => {
      const code = exitStatus(signal);
      if (firstAt) {
        if (Date.now() - firstAt < 1_000) return;
        log(`${signal} again: exiting without waiting for the clean-up.`);
        process.exit(code);
      }
      firstAt = Date.now();
      signalled = code;
      log(`\n${signal}: stopping ${stopping}...`);
      void shutdown.run().then(() => process.exit(code));
    });
  }
  /** The exit status the signal asks for, once one arrived: what was cut short is no failure to report. */
  return { exitCode: () => signalled };
}
