import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * An OpenAI-compatible `/v1/chat/completions` endpoint on 127.0.0.1 for tests: what LLM_URL points
 * at. It refuses what OpenAI refuses (wrong path, wrong method, a body that is not JSON, no model,
 * no messages, a wrong API key) in OpenAI's words and error shape, records every request it accepts,
 * and answers with a valid brief in the language the system message asks for, unless a test
 * scripts something else: a status, headers, other content, a delay, a raw body, or no answer.
 */

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  /** The whole JSON body as sent (temperature, max_tokens…). */
  body: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
}

export interface FakeReply {
  /** Default 200. */
  status?: number;
  /** Added to the response's headers, e.g. `{ 'retry-after': '2' }`. */
  headers?: Record<string, string>;
  /** The assistant's message; default: FakeLlm.defaultAnswer. */
  content?: string;
  /** Default: about a token per four characters of the messages and of the content. */
  usage?: { prompt_tokens: number; completion_tokens: number };
  /** Waits this long before answering. */
  delayMs?: number;
  /** Never answers: the client's timeout must act. The connection is closed when the server closes. */
  hang?: boolean;
  /** Sent instead of a completion: a string as it is (malformed JSON, say), anything else as JSON. */
  body?: unknown;
}

type Handler = (request: ChatRequest) => FakeReply | Promise<FakeReply>;

interface OpenAiError {
  message: string;
  type: string;
  param: string | null;
  code: string | null;
}

const PATH = '/v1/chat/completions';
const MAX_BODY = 5 * 1024 * 1024;

const NOT_JSON =
  "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)";
const NO_KEY =
  "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.";

const LANGUAGE_NAMES = { ar: 'Arabic', ru: 'Russian', en: 'English' } as const;
type Language = keyof typeof LANGUAGE_NAMES;

/** Canned diplomatic news, one headline and one sentence per language: what the default answers say. */
const CANNED: Readonly<Record<Language, { headline: string; brief: string }>> = {
  ar: {
    headline: 'وزراء الخارجية يبحثون في جنيف وقف إطلاق النار',
    brief: 'اجتمع وزراء الخارجية في جنيف يوم الاثنين لبحث وقف إطلاق النار وتبادل الأسرى.',
  },
  ru: {
    headline: 'Министры иностранных дел обсудили в Женеве прекращение огня',
    brief: 'Министры иностранных дел встретились в понедельник в Женеве, чтобы обсудить прекращение огня и обмен пленными.',
  },
  en: {
    headline: 'Foreign ministers discuss a ceasefire in Geneva',
    brief: 'Foreign ministers met in Geneva on Monday to discuss a ceasefire and an exchange of prisoners.',
  },
};

export class FakeLlm {
  readonly requests: ChatRequest[] = [];
  private handler: Handler = () => ({});
  private readonly sockets = new Set<Socket>();
  private completions = 0;

  private constructor(
    private readonly server: Server,
    private readonly apiKey: string | undefined,
  ) {}

  static async start(options: { apiKey?: string } = {}): Promise<FakeLlm> {
    const server = createServer();
    const llm = new FakeLlm(server, options.apiKey);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      llm.handle(req, res).catch((error: unknown) => res.destroy(error as Error));
    });
    server.on('connection', (socket: Socket) => {
      llm.sockets.add(socket);
      socket.on('close', () => llm.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return llm;
  }

  /** What LLM_URL is set to: `http://127.0.0.1:PORT/v1`. */
  get baseUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  /** Replaces the default behaviour: every accepted request gets what the handler returns. */
  script(handler: Handler): void {
    this.handler = handler;
  }

  /** Back to the default answers, with the recorded requests cleared. */
  reset(): void {
    this.handler = () => ({});
    this.requests.length = 0;
  }

  /** The language the system message asks for ("Write in Arabic."), if any. */
  static targetLanguage(request: ChatRequest): Language | undefined {
    const system = request.messages
      .filter((message) => message.role === 'system')
      .map((message) => message.content)
      .join('\n');
    const match = /Write in (Arabic|Russian|English)\./u.exec(system);
    if (!match) return undefined;
    return (Object.keys(LANGUAGE_NAMES) as Language[]).find((language) => LANGUAGE_NAMES[language] === match[1]);
  }

  /**
   * A valid answer in the language asked for (English when none is): the two lines
   * `HEADLINE: …` and `BRIEF: …` when the instructions mention HEADLINE:, else one sentence.
   */
  static defaultAnswer(request: ChatRequest): string {
    const canned = CANNED[FakeLlm.targetLanguage(request) ?? 'en'];
    const wantsHeadline = request.messages.some(
      (message) => (message.role === 'system' || message.role === 'user') && message.content.includes('HEADLINE:'),
    );
    return wantsHeadline ? `HEADLINE: ${canned.headline}\nBRIEF: ${canned.brief}` : canned.brief;
  }

  /** Stops listening and ends every open connection, hanging requests included. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname.replace(/\/+$/u, '');
    if (path !== PATH) return sendError(res, 404, error(`Invalid URL (${method} ${path || '/'})`));
    if (method !== 'POST') return sendError(res, 405, error(`Invalid method for URL (${method} ${path})`));
    const refusal = this.authorize(req.headers.authorization);
    if (refusal) return sendError(res, 401, refusal);

    const text = await readBody(req);
    if (text === undefined) return sendError(res, 413, error('Request body too large.'));
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return sendError(res, 400, error(NOT_JSON));
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return sendError(res, 400, error(NOT_JSON));
    const fields = body as Record<string, unknown>;
    if (typeof fields.model !== 'string' || fields.model === '') return sendError(res, 400, error('you must provide a model parameter'));
    if (fields.messages === undefined) return sendError(res, 400, error("'messages' is a required property"));
    if (!Array.isArray(fields.messages)) {
      return sendError(res, 400, error(`${JSON.stringify(fields.messages)} is not of type 'array' - 'messages'`));
    }
    if (fields.messages.length === 0) return sendError(res, 400, error("[] is too short - 'messages'"));
    if (fields.stream === true) return sendError(res, 400, error('FakeLlm does not stream: the client must not ask it to.'));

    const request: ChatRequest = {
      model: fields.model,
      messages: fields.messages.map(readMessage),
      body: fields,
      headers: { ...req.headers },
    };
    this.requests.push(request);

    let reply: FakeReply;
    try {
      reply = await this.handler(request);
    } catch (failure) {
      return sendError(res, 500, error(`The fake's script failed: ${String(failure)}`, 'server_error'));
    }
    if (reply.hang) return; // The socket stays open until the client gives up or close() ends it.
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    if (res.destroyed) return;

    const headers = { 'content-type': 'application/json', ...reply.headers };
    const status = reply.status ?? 200;
    if (reply.body !== undefined) {
      res.writeHead(status, headers).end(typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
      return;
    }
    const content = reply.content ?? FakeLlm.defaultAnswer(request);
    const promptChars = request.messages.reduce((sum, message) => sum + message.content.length, 0);
    const usage = reply.usage ?? { prompt_tokens: Math.ceil(promptChars / 4), completion_tokens: Math.ceil(content.length / 4) };
    this.completions += 1;
    const completion = {
      id: `chatcmpl-fake${String(this.completions).padStart(6, '0')}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: request.model,
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
    };
    res.writeHead(status, headers).end(JSON.stringify(completion));
  }

  /** The 401 OpenAI answers when a key is required and the request has none or another one. */
  private authorize(header: string | undefined): OpenAiError | undefined {
    if (this.apiKey === undefined) return undefined;
    const key = /^Bearer\s+(\S+)\s*$/iu.exec(header ?? '')?.[1];
    if (key === undefined) return error(NO_KEY);
    if (key === this.apiKey) return undefined;
    return {
      ...error(`Incorrect API key provided: ${maskKey(key)}. You can find your API key at https://platform.openai.com/account/api-keys.`),
      code: 'invalid_api_key',
    };
  }
}

function error(message: string, type = 'invalid_request_error'): OpenAiError {
  return { message, type, param: null, code: null };
}

function sendError(res: ServerResponse, status: number, body: OpenAiError): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: body }, null, 2));
}

/** A key as OpenAI quotes it back: its start and its last four characters, the rest starred. */
function maskKey(key: string): string {
  if (key.length <= 8) return key;
  return `${key.slice(0, 3)}${'*'.repeat(key.length - 7)}${key.slice(-4)}`;
}

/** A message as the fake records it: text content joined from parts when it is sent as an array. */
function readMessage(message: unknown): { role: string; content: string } {
  const fields = (typeof message === 'object' && message !== null ? message : {}) as Record<string, unknown>;
  const content = fields.content;
  const text = Array.isArray(content)
    ? content.map((part) => (typeof part === 'object' && part !== null && 'text' in part ? String(part.text) : '')).join('')
    : typeof content === 'string'
      ? content
      : '';
  return { role: typeof fields.role === 'string' ? fields.role : '', content: text };
}

/** The request's body as text, or undefined when it is over MAX_BODY. */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
