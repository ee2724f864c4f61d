// Makes sure Debian's Chromium and Firefox ESR are present (installs them with apt-get as root,
// otherwise prints the exact command): `node --import tsx scripts/ensure-browsers.ts`.
import { ensureBrowsers } from '../tests/sandbox/browsers/install-browsers';

process.exit(ensureBrowsers() ? 0 : 1);
