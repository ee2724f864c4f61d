// `npm start [-- --headless]` (scripts/start.ts): which mode to run in. Headed (a window to click in) needs a
// display; without one, or when asked, the walkthrough drives itself and writes screenshots.
export const USAGE = `Usage: npm start [-- --headless]
  Builds the extension, starts the local sandbox (Trelica and JumpCloud look-alike pages and a
  Trelica-like SCIM server, all on this machine) and opens Chromium with the extension loaded.
  --headless  run the whole walkthrough unattended and save a screenshot of each step in walkthrough/
              (the default when there is no display: neither DISPLAY nor WAYLAND_DISPLAY is set)
  --help      show this text`;

export type StartMode =
  { kind: 'help' } | { kind: 'error'; message: string } | { kind: 'run'; headless: boolean; why: string };

export function hasDisplay(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env.DISPLAY?.trim() || env.WAYLAND_DISPLAY?.trim());
}

export function startMode(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): StartMode {
  const unknown = argv.filter((a) => !['--headless', '--help', '-h'].includes(a));
  if (unknown.length)
    return { kind: 'error', message: `Unknown option ${unknown.map((a) => `"${a}"`).join(', ')}.\n${USAGE}` };
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  if (argv.includes('--headless')) return { kind: 'run', headless: true, why: '--headless was given' };
  if (!hasDisplay(env))
    return { kind: 'run', headless: true, why: 'there is no display (DISPLAY and WAYLAND_DISPLAY are unset)' };
  return { kind: 'run', headless: false, why: 'a display is available' };
}
