// `npm start [-- --headless]` (scripts/start.ts): which mode to run in. Headed (a window to click in) needs a
// display; without one, or when asked, the walkthrough drives itself and writes screenshots.
export const USAGE = `Usage: npm start [-- --headless] [-- --idp jumpcloud|okta|entra]
  Builds the extension, starts the local sandbox (Trelica, JumpCloud, Okta and Microsoft Entra
  look-alike pages and a Trelica-like SCIM server, all on this machine) and opens Chromium with
  the extension loaded.
  --headless  run the whole walkthrough unattended and save a screenshot of each step in walkthrough/
              (the default when there is no display: neither DISPLAY nor WAYLAND_DISPLAY is set)
  --idp ID    the identity provider to set up: jumpcloud (the default), okta or entra
  --help      show this text`;

/** The identity providers `npm start` can walk through. */
export const START_IDPS = ['jumpcloud', 'okta', 'entra'] as const;
export type StartIdp = (typeof START_IDPS)[number];

export type StartMode =
  | { kind: 'help' }
  | { kind: 'error'; message: string }
  | { kind: 'run'; headless: boolean; why: string; idp: StartIdp };

/** `--idp okta` or `--idp=okta`; the rest of argv, and what was wrong with it, if anything. */
function takeIdp(argv: readonly string[]): { idp: StartIdp; rest: string[]; error?: string } {
  const rest: string[] = [];
  let idp: string = 'jumpcloud';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--idp') idp = argv[++i] ?? '';
    else if (arg.startsWith('--idp=')) idp = arg.slice('--idp='.length);
    else rest.push(arg);
  }
  if ((START_IDPS as readonly string[]).includes(idp)) return { idp: idp as StartIdp, rest };
  return { idp: 'jumpcloud', rest, error: `--idp takes ${START_IDPS.join(', ')}, not "${idp}".\n${USAGE}` };
}

export function hasDisplay(env: Readonly<Record<string, string | undefined>>): boolean {
  return Boolean(env.DISPLAY?.trim() || env.WAYLAND_DISPLAY?.trim());
}

export function startMode(args: readonly string[], env: Readonly<Record<string, string | undefined>>): StartMode {
  const { idp, rest: argv, error } = takeIdp(args);
  const unknown = argv.filter((a) => !['--headless', '--help', '-h'].includes(a));
  if (unknown.length)
    return { kind: 'error', message: `Unknown option ${unknown.map((a) => `"${a}"`).join(', ')}.\n${USAGE}` };
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  if (error) return { kind: 'error', message: error };
  if (argv.includes('--headless')) return { kind: 'run', headless: true, why: '--headless was given', idp };
  if (!hasDisplay(env))
    return { kind: 'run', headless: true, why: 'there is no display (DISPLAY and WAYLAND_DISPLAY are unset)', idp };
  return { kind: 'run', headless: false, why: 'a display is available', idp };
}
