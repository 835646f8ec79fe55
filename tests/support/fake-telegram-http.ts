// Reading Bot API requests: the URL, the body in each encoding a client may use, and the
// parameters' types (form fields arrive as strings; Telegram decodes JSON-typed ones itself).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from './fake-telegram-state.ts';

const JSON_FIELDS = new Set([
  'reply_markup',
  'entities',
  'caption_entities',
  'commands',
  'scope',
  'allowed_updates',
  'link_preview_options',
  'reply_parameters',
  'menu_button',
  'message_ids',
]);
const NUMBER_FIELDS = new Set([
  'chat_id',
  'message_id',
  'offset',
  'limit',
  'timeout',
  'cache_time',
  'user_id',
  'from_chat_id',
  'message_thread_id',
  'max_connections',
  'reply_to_message_id',
  'icon_color',
]);
const BOOLEAN_FIELDS = new Set([
  'drop_pending_updates',
  'show_alert',
  'disable_notification',
  'protect_content',
  'allow_sending_without_reply',
  'disable_web_page_preview',
  'return_bots',
]);
const MAX_BODY = 20 * 1024 * 1024;

export type Body =
  { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: Record<string, unknown> };

export interface Outcome {
  status: number;
  body: Body;
}

export const success = (result: unknown): Outcome => ({ status: 200, body: { ok: true, result } });

export function failure(error: ApiError): Outcome {
  return {
    status: error.errorCode,
    body: {
      ok: false,
      error_code: error.errorCode,
      description: error.description,
      ...(error.parameters && { parameters: error.parameters as Record<string, unknown> }),
    },
  };
}

export function respond(res: ServerResponse, outcome: Outcome, closeConnection = false): void {
  if (res.writableEnded || res.destroyed) return;
  const body = JSON.stringify(outcome.body);
  res.writeHead(outcome.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    ...(closeConnection && { connection: 'close' }),
  });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new ApiError(413, 'Request Entity Too Large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Text fields of a multipart body; file parts are skipped (the fake does not model files). */
function multipartFields(body: Buffer, contentType: string): Record<string, string> {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  const fields: Record<string, string> = {};
  if (boundary === undefined) return fields;
  for (const part of body.toString('utf8').split(`--${boundary}`)) {
    const m = /^\r\n([\s\S]*?)\r\n\r\n([\s\S]*)\r\n$/.exec(part);
    const name = m && /\bname="([^"]*)"/i.exec(m[1] as string);
    if (!m || !name || /\bfilename=/i.test(m[1] as string)) continue;
    fields[name[1] as string] = m[2] as string;
  }
  return fields;
}

/** Parameters from the query string and the body (JSON, form-urlencoded or multipart). */
export async function readParams(req: IncomingMessage, url: URL): Promise<Record<string, unknown>> {
  const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
  const body = await readBody(req);
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (body.length > 0) {
    if (type.includes('application/json')) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        throw new ApiError(400, "Bad Request: can't parse JSON object");
      }
      if (typeof parsed !== 'object' || parsed === null) throw new ApiError(400, "Bad Request: can't parse JSON object");
      Object.assign(params, parsed);
    } else if (type.includes('multipart/form-data')) {
      Object.assign(params, multipartFields(body, req.headers['content-type'] ?? ''));
    } else {
      Object.assign(params, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
    }
  }
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== 'string') continue;
    if (JSON_FIELDS.has(key)) {
      try {
        params[key] = JSON.parse(value);
      } catch {
        // left as the string: the method refuses it as Telegram would
      }
    } else if (NUMBER_FIELDS.has(key) && /^-?\d+$/.test(value)) params[key] = Number(value);
    else if (BOOLEAN_FIELDS.has(key) && (value === 'true' || value === 'false')) params[key] = value === 'true';
  }
  return params;
}
