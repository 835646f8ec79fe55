import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { LANGUAGES } from '../model/language.ts';
import { TOPICS } from '../model/topics.ts';
import type { FeedDeclaration } from '../model/feed.ts';

/** The feeds file cannot be used; the message names the file and, when it is one entry's fault, the entry. */
export class FeedsFileError extends Error {
  override name = 'FeedsFileError';
}

const entry = z.object({
  url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) URL' }),
  name: z.string().trim().min(1, 'name must not be empty').max(200, 'name is longer than 200 characters').optional(),
  language: z.enum(LANGUAGES, { error: `language must be one of ${LANGUAGES.join(', ')}` }).optional(),
  topics: z.array(z.enum(TOPICS, { error: `topics must be among ${TOPICS.join(', ')}` })).default([]),
});

/**
 * Reads FEEDS_FILE. A missing file is an empty list (a fresh install has none yet, feeds come by /addfeed);
 * a file that exists but cannot be read or parsed is an error naming what is wrong.
 */
export function readFeedsFile(path: string, options: { required?: boolean } = {}): FeedDeclaration[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !options.required) return [];
    throw new FeedsFileError(`${path} cannot be read (${code ?? (error as Error).message})`);
  }
  return parseFeedsFile(raw, path);
}

/** Validates the text of a feeds file: a JSON array of {url, name?, language?, topics?}. */
export function parseFeedsFile(raw: string, path: string): FeedDeclaration[] {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new FeedsFileError(`${path} is not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(data)) throw new FeedsFileError(`${path} must hold a JSON array of feeds`);
  const seen = new Set<string>();
  return data.map((item, index) => {
    const result = entry.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const field = issue.path.length > 0 ? `"${issue.path.join('.')}": ` : '';
      throw new FeedsFileError(`${path} entry ${index + 1}: ${field}${issue.message}`);
    }
    if (seen.has(result.data.url)) throw new FeedsFileError(`${path} entry ${index + 1}: ${result.data.url} is listed twice`);
    seen.add(result.data.url);
    return result.data;
  });
}
