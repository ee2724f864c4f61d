// `npm run scim-server`: a Trelica-like SCIM server alone, for trying the extension by hand.
//   PORT=8080 DOMAINS=example.com,acme.test npm run scim-server
// Prints the token on purpose: this is a local test server and its token guards nothing.
import { startTrelicaLikeServer } from './index';
import { DEFAULT_DOMAINS } from './trelica-like-scim';

function portFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, not "${value}"`);
  }
  return port;
}

function domainsFromEnv(value: string | undefined): string[] {
  const domains = (value ?? '').split(',').map((d) => d.trim()).filter((d) => d.length > 0);
  return domains.length > 0 ? domains : [...DEFAULT_DOMAINS];
}

async function main(): Promise<void> {
  const domains = domainsFromEnv(process.env.DOMAINS);
  const server = await startTrelicaLikeServer({ port: portFromEnv(process.env.PORT), domains });
  console.log('Trelica-like SCIM server running');
  console.log(`  Base URL: ${server.baseUrl}`);
  console.log(`  Token:    ${server.token}`);
  console.log(`  Domains:  ${domains.join(', ')}`);
  console.log('Stop it with Ctrl-C (or SIGTERM).');

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping...`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Could not close cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
