// A request to https://<host><path> on the sandbox, as the browser would send it (the host as
// Host header and TLS server name, the sandbox's own certificate checked), for its unit tests.
import { request } from 'node:https';
import type { Sandbox } from '../../../sandbox/server/sandbox';

export function sendTo(
  sandbox: () => Sandbox,
): (host: string, method: string, path: string, body?: unknown) => Promise<{ status: number; text: string }> {
  return (host, method, path, body) =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: sandbox().port,
          path,
          method,
          servername: host,
          ca: sandbox().certificate,
          agent: false,
          headers: { host, 'content-type': 'application/json' },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (c: string) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.end(body === undefined ? undefined : JSON.stringify(body));
    });
}
