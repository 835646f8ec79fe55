import { isLanguage, type Language } from '../model/language.ts';
import { articleFromInput, summarizeArticle, SummarizeInputError } from '../summarize/index.ts';
import type { Summary } from '../model/summary.ts';
import { checkBrief } from '../llm/check.ts';
import type { LlmClient } from '../llm/client.ts';
import { briefMessages } from '../llm/prompt.ts';

export const SUMMARIZE_USAGE = `Usage: diplobrief summarize --lang ar|ru|en [--format json|text] [--llm]

Reads one article (plain text or HTML) on stdin and prints its summary: a headline, a lead and one
line per section. Plain text: the first line is the title. HTML: the title is its <h1> or <title>.
  --lang ar|ru|en       the article's language (required)
  --format json|text    json (default): {"headline", "lead", "sections": [{"heading", "summary"}]};
                        text: the same, for reading
  --llm                 the lead written by the language model (LLM_URL), checked as the bot checks it;
                        when it cannot be used, the extractive lead, and a line on stderr saying why`;

/** Far above any article (a long one is ~100 KB of HTML); more is not an article, and is refused. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

type Format = 'json' | 'text';

interface Options {
  language: Language;
  format: Format;
  llm: boolean;
}

/** `diplobrief summarize`: exit 0 on success, 1 for input that is not an article, 2 for bad arguments. */
export async function runSummarize(
  args: string[],
  stdin: NodeJS.ReadableStream,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
  deps: { llm?: Pick<LlmClient, 'complete' | 'model'> | 'unset' } = {},
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    stdout.write(`${SUMMARIZE_USAGE}\n`);
    return 0;
  }
  const parsed = parseOptions(args);
  if (typeof parsed === 'string') {
    stderr.write(`diplobrief summarize: ${parsed}\n\n${SUMMARIZE_USAGE}\n`);
    return 2;
  }
  const input = await readInput(stdin);
  if (typeof input !== 'string') {
    stderr.write(`diplobrief summarize: ${input.problem}\n`);
    return 1;
  }
  let summary: Summary;
  try {
    summary = summarizeArticle({ ...articleFromInput(input), language: parsed.language });
  } catch (error) {
    if (!(error instanceof SummarizeInputError)) throw error;
    stderr.write(`diplobrief summarize: ${error.message}\n`);
    return 1;
  }
  if (parsed.llm) {
    if (deps.llm === undefined || deps.llm === 'unset') {
      stderr.write('diplobrief summarize: --llm needs a language model: set LLM_URL and LLM_MODEL (see .env.example)\n');
      return 2;
    }
    summary = await withModelLead(summary, parsed.language, deps.llm, stderr);
  }
  stdout.write(parsed.format === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : renderText(summary));
  return 0;
}

/** The summary with the model's lead when it writes one that passes the checks; says on stderr which lead it is. */
async function withModelLead(
  summary: Summary,
  language: Language,
  llm: Pick<LlmClient, 'complete' | 'model'>,
  stderr: NodeJS.WritableStream,
): Promise<Summary> {
  const article = { source: 'stdin', language, headline: summary.headline, lead: summary.lead };
  const answer = await llm.complete(briefMessages([article], language, false));
  if (!answer.ok) {
    stderr.write(`diplobrief summarize: the model gave no lead (${answer.failure}: ${answer.message}); the extractive lead is shown\n`);
    return summary;
  }
  const checked = checkBrief({ answer: answer.content, language, wantHeadline: false, sources: `${summary.headline}\n${summary.lead}` });
  if (!checked.ok) {
    stderr.write(`diplobrief summarize: the model's lead failed the checks (${checked.reason}); the extractive lead is shown\n`);
    return summary;
  }
  stderr.write(`diplobrief summarize: lead written by ${llm.model}\n`);
  return { ...summary, lead: checked.text };
}

/** The options, or what is wrong with the arguments. Accepts `--flag value` and `--flag=value`. */
function parseOptions(args: readonly string[]): Options | string {
  let language: string | undefined;
  let format: string | undefined;
  let llm = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inlineValue] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--llm' && inlineValue === undefined) {
      llm = true;
      continue;
    }
    if (flag !== '--lang' && flag !== '--format') return `unknown argument "${arg}"`;
    const value = inlineValue ?? args[++i];
    if (value === undefined || value === '') return `${flag} needs a value`;
    if (flag === '--lang') language = value;
    else format = value;
  }
  if (language === undefined) return '--lang is required';
  if (!isLanguage(language)) return `--lang must be ar, ru or en (got "${language}")`;
  const chosenFormat = format ?? 'json';
  if (chosenFormat !== 'json' && chosenFormat !== 'text') return `--format must be json or text (got "${chosenFormat}")`;
  return { language, format: chosenFormat, llm };
}

/** Stdin as UTF-8 text, or the reason it is not usable: too large, binary, not UTF-8. */
async function readInput(stdin: NodeJS.ReadableStream): Promise<string | { problem: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    size += bytes.length;
    if (size > MAX_INPUT_BYTES) return { problem: `the input is larger than ${MAX_INPUT_BYTES} bytes; one article is expected` };
    chunks.push(bytes);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.includes(0)) return { problem: 'the input is not text (it contains NUL bytes): give an article as UTF-8 plain text or HTML' };
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: 'the input is not valid UTF-8: convert it first (e.g. iconv -f windows-1256 -t utf-8)' };
  }
}

/** The summary for reading: headline, lead, then each section's heading with its line indented. */
function renderText(summary: Summary): string {
  const parts = [summary.headline];
  if (summary.lead) parts.push('', summary.lead);
  for (const section of summary.sections) parts.push('', section.heading, `  ${section.summary}`);
  return `${parts.join('\n')}\n`;
}
