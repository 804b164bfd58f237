import {
  createServer,
  IncomingHttpHeaders,
  IncomingMessage,
  Server,
  ServerResponse,
} from 'node:http';
import { AddressInfo } from 'node:net';

/** What the fake answers to one `METHOD /path`: a status and a JSON body (or raw text). */
export interface FakeAnswer {
  status?: number;
  body?: unknown;
  text?: string;
}

/** A request the fake received. */
export interface FakeRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/**
 * A real HTTP server on 127.0.0.1 standing in for the Platform Product backend and the catalog
 * (`/api/platform-product/…`, `/api/catalog/…`): answers by `METHOD /path`, 404 for anything else,
 * and records every request.
 */
export class FakeBackend {
  readonly requests: FakeRequest[] = [];
  private readonly server: Server;
  private base = '';

  private constructor(private answers: Record<string, FakeAnswer>) {
    this.server = createServer((req, res) => this.handle(req, res));
  }

  static async start(answers: Record<string, FakeAnswer>) {
    const fake = new FakeBackend(answers);
    await new Promise<void>(resolve =>
      fake.server.listen(0, '127.0.0.1', () => resolve()),
    );
    fake.base = `http://127.0.0.1:${
      (fake.server.address() as AddressInfo).port
    }`;
    return fake;
  }

  get baseUrl() {
    return this.base;
  }

  /** Replaces the answer to one route. */
  answer(route: string, answer: FakeAnswer) {
    this.answers = { ...this.answers, [route]: answer };
  }

  /** Where discovery finds a plugin: this server's `/api/<pluginId>`. */
  getBaseUrl = async (pluginId: string) => `${this.base}/api/${pluginId}`;

  async stop() {
    await new Promise<void>((resolve, reject) =>
      this.server.close(error => (error ? reject(error) : resolve())),
    );
  }

  private handle(req: IncomingMessage, res: ServerResponse) {
    let raw = '';
    req.on('data', chunk => {
      raw += chunk;
    });
    req.on('end', () => {
      const path = req.url ?? '/';
      this.requests.push({
        method: req.method ?? 'GET',
        path,
        headers: req.headers,
        body: raw ? JSON.parse(raw) : undefined,
      });
      const answer = this.answers[`${req.method} ${path}`] ?? {
        status: 404,
        body: { error: { name: 'NotFoundError', message: `No ${path}` } },
      };
      res.writeHead(answer.status ?? 200, {
        'Content-Type': 'application/json',
      });
      res.end(answer.text ?? JSON.stringify(answer.body));
    });
  }
}
