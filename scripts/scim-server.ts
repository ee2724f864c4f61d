// `npm run scim-server`: a Trelica-like SCIM server alone, for trying the extension by hand.
//   PORT=8080 DOMAINS=example.com,acme.test npm run scim-server
// Prints the token on purpose: this is a local test server and its token guards nothing.
// Sub-modules of tests/sandbox/, not its index: the index would load both browser drivers.
import { DEFAULT_DOMAINS, startTrelicaLikeServer } from '../tests/sandbox/scim-server';
import { runProgram, Stop } from '../tests/sandbox/session/program';

function portFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Stop(`PORT must be a whole number from 0 to 65535, not "${value}"`);
  }
  return port;
}

function domainsFromEnv(value: string | undefined): string[] {
  const domains = (value ?? '')
    .split(',')
    .map((d) => d.trim())
    .filter((d) => d.length > 0);
  return domains.length > 0 ? domains : [...DEFAULT_DOMAINS];
}

runProgram(
  async ({ shutdown }) => {
    const domains = domainsFromEnv(process.env.DOMAINS);
    const server = await startTrelicaLikeServer({ port: portFromEnv(process.env.PORT), domains }).catch(
      (error: unknown) => {
        throw new Stop(error instanceof Error ? error.message : String(error)); // the message alone, no stack
      },
    );
    shutdown.add('the SCIM server', () => server.close());
    console.log('Trelica-like SCIM server running');
    console.log(`  Base URL: ${server.baseUrl}`);
    console.log(`  Token:    ${server.token}`);
    console.log(`  Domains:  ${domains.join(', ')}`);
    console.log('Stop it with Ctrl-C (or SIGTERM).');
    return new Promise<number>(() => undefined); // runs until a signal
  },
  { stopping: 'the SCIM server', exitStatus: () => 0 },
);
