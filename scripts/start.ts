// `npm start`: try the extension without a Trelica, JumpCloud or Okta account (`-- --idp okta`). Builds it, starts the
// local sandbox (both consoles' look-alike pages on their real host names and a Trelica-like
// SCIM server, all on 127.0.0.1) and opens Chromium with the extension on the Trelica page.
// Without a display, or with `-- --headless`, it walks through the whole setup by itself and
// saves a screenshot of each step in walkthrough/. Ctrl-C stops everything it started.
import { resolve } from 'node:path';
import {
  prepare,
  ROOT,
  runProgram,
  showInteractive,
  startRunning,
  Stop,
  walkHeadless,
  type Program,
} from '../tests/sandbox';
import { startMode, USAGE, type StartIdp } from './start-options';

async function headed(program: Program, chromiumPath: string, idp: StartIdp): Promise<number> {
  const { shutdown, say } = program;
  const running = await startRunning(shutdown, {
    executablePath: chromiumPath,
    headless: false,
    viewport: null,
    onClose: () => {
      if (shutdown.started) return;
      say('The browser window was closed: stopping the sandbox.');
      void shutdown.run().then(() => process.exit(0));
    },
  }).catch((error: unknown) => {
    if (shutdown.started) throw error;
    const display = process.env.WAYLAND_DISPLAY
      ? `WAYLAND_DISPLAY=${process.env.WAYLAND_DISPLAY}`
      : `DISPLAY=${process.env.DISPLAY}`;
    const why = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new Stop(
      `Chromium could not open a window on ${display}: ${why}\nWithout a usable display, run: npm start -- --headless`,
    );
  });
  await showInteractive(running, say, idp);
  say(`Ready at ${program.elapsed()}. Stop with Ctrl-C, or close the browser window.`);
  return new Promise<number>(() => undefined); // runs until a signal or the window closes
}

runProgram(async (program) => {
  const mode = startMode(process.argv.slice(2), process.env);
  if (mode.kind === 'help') return (program.say(USAGE), 0);
  if (mode.kind === 'error') return (console.error(mode.message), 2);
  program.say(`Running ${mode.headless ? 'headless' : 'in a window'}: ${mode.why}.`);
  const chromiumPath = await prepare(program);
  if (!mode.headless) return headed(program, chromiumPath, mode.idp);

  const outDir = resolve(ROOT, 'walkthrough');
  const shots = await walkHeadless(program, chromiumPath, outDir, mode.idp);
  program.say(`All ${shots.length} steps passed, done at ${program.elapsed()}; a screenshot of each is in ${outDir}/.`);
  return 0;
});
