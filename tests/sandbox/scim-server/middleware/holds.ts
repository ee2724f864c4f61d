// Holds one request on a test's word, so a scenario can act at an exact moment of an exchange:
// after the server created a user but before the client learns it (then kill the browser), or
// before the server acts at all (then stop the background mid-run).
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { DetailedRequest, Hold, HoldEnd, HoldOptions } from '../types';
import { logEntryOf } from './request-log';

interface Armed {
  matches(req: Request): boolean;
  take(req: Request, res: Response, next: NextFunction): void;
  /** reset(): a hold that caught nothing is withdrawn, a held exchange is cut. */
  drop(): void;
}

/** The holds of one server: armed ones wait for a request, in the order they were made. */
export class HoldBook {
  readonly #armed: Armed[] = [];
  readonly #holding = new Set<Armed>();

  add(options: HoldOptions): Hold {
    const { hold, armed } = makeHold(options, {
      caught: (a) => {
        this.#armed.splice(this.#armed.indexOf(a), 1);
        this.#holding.add(a);
      },
      over: (a) => this.#holding.delete(a),
      withdrawn: (a) => {
        const at = this.#armed.indexOf(a);
        if (at >= 0) this.#armed.splice(at, 1);
      },
    });
    this.#armed.push(armed);
    return hold;
  }

  /** The first armed hold this request matches, if any. */
  match(req: Request): Armed | undefined {
    return this.#armed.find((a) => a.matches(req));
  }

  dropAll(): void {
    for (const a of [...this.#armed, ...this.#holding]) a.drop();
  }
}

interface Book {
  caught(a: Armed): void;
  over(a: Armed): void;
  withdrawn(a: Armed): void;
}

/** A promise that is never reported as unhandled: nobody has to await every part of a hold. */
function settleable<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

function jsonOf(body: unknown): unknown {
  if (typeof body !== 'string' && !Buffer.isBuffer(body)) return body;
  try {
    return JSON.parse(String(body));
  } catch {
    return String(body);
  }
}

function makeHold(options: HoldOptions, book: Book): { hold: Hold; armed: Armed } {
  const method = options.method.toUpperCase();
  const when = options.when ?? 'after-acting';
  const arrived = settleable<DetailedRequest>();
  const acted = settleable<{ status: number; body: unknown }>();
  const ended = settleable<HoldEnd>();
  let state: 'armed' | 'holding' | 'released' | 'over' = 'armed';
  let letGo: (() => void) | undefined; // sends the held answer, or passes the held request on
  let cut: (() => void) | undefined;

  const finish = (how: HoldEnd) => {
    if (state === 'over') return;
    state = 'over';
    ended.resolve(how);
    book.over(armed);
  };
  const withdraw = (why: string) => {
    state = 'over';
    book.withdrawn(armed);
    const error = new Error(`hold ${method} ${String(options.path)} ${why}`);
    arrived.reject(error);
    acted.reject(error);
    ended.resolve('dropped');
  };

  const armed: Armed = {
    matches: (req) =>
      req.method === method &&
      (typeof options.path === 'string' ? req.path === options.path : options.path.test(req.url)),
    take(req, res, next) {
      state = 'holding';
      book.caught(armed);
      res.once('close', () => finish(res.writableFinished ? 'answered' : 'client-gone'));
      cut = () => {
        finish('dropped');
        res.destroy();
      };
      arrived.resolve(logEntryOf(res)?.detailed() ?? ({} as DetailedRequest));
      if (when === 'before-acting') {
        holdRequest(res, next);
      } else {
        holdAnswer(res);
        next();
      }
    },
    drop() {
      if (state === 'armed') withdraw('was withdrawn by reset() before a request came');
      else cut?.();
    },
  };

  /** Lets nothing through until release(); a request whose client left meanwhile stays dropped. */
  const holdRequest = (res: Response, next: NextFunction) => {
    letGo = () => {
      if (res.destroyed || res.writableEnded) return;
      passAnswer(res);
      next();
    };
    if (state === 'released') letGo();
  };
  /** Reports the answer when it is sent. */
  const passAnswer = (res: Response) => {
    const send = res.send.bind(res);
    let reported = false;
    res.send = ((body?: unknown) => {
      if (!reported) acted.resolve({ status: res.statusCode, body: jsonOf(body) });
      reported = true;
      return send(body);
    }) as Response['send'];
  };
  /** Keeps the server's first send() until release(); later ones (send calls itself) pass. */
  const holdAnswer = (res: Response) => {
    const send = res.send.bind(res);
    let held: { body: unknown } | undefined;
    res.send = ((body?: unknown) => {
      if (held) return send(body);
      held = { body };
      acted.resolve({ status: res.statusCode, body: jsonOf(body) });
      letGo = () => {
        if (!res.destroyed && !res.writableEnded) send(held?.body);
      };
      if (state === 'released') letGo();
      return res;
    }) as Response['send'];
  };

  const hold: Hold = {
    arrived: arrived.promise,
    acted: acted.promise,
    ended: ended.promise,
    release() {
      if (state === 'armed') {
        withdraw('was released before a request came');
        return;
      }
      if (state !== 'holding') return;
      state = 'released';
      letGo?.();
    },
  };
  return { hold, armed };
}

/** Hands each request to the first armed hold it matches; the others pass untouched. */
export function holds(book: HoldBook): RequestHandler {
  return (req, res, next) => {
    const armed = book.match(req);
    if (armed) armed.take(req, res, next);
    else next();
  };
}
