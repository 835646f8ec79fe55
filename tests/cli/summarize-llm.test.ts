import { afterEach, describe, expect, it } from 'vitest';
import { FakeLlm } from '../support/fake-llm.ts';
import { runCli } from '../support/run-cli.ts';

const ARTICLE = `OPEC+ extends output cuts to the end of March
OPEC+ agreed on Sunday to extend voluntary oil output cuts of 2.2 million barrels per day until the end of March. Eight member countries took the decision at an online meeting.`;

let llm: FakeLlm | undefined;
afterEach(async () => {
  await llm?.close();
  llm = undefined;
});

describe('diplobrief summarize --llm', () => {
  it('prints the lead the model wrote, and says so on stderr', async () => {
    llm = await FakeLlm.start();
    llm.script(() => ({ content: 'OPEC+ kept its output cuts of 2.2 million barrels a day until March.' }));
    const run = runCli(['summarize', '--lang', 'en', '--llm'], { LLM_URL: llm.baseUrl, LLM_MODEL: 'test-model' }, undefined, ARTICLE);
    expect((await run.exit).code).toBe(0);
    expect(JSON.parse(run.stdout())).toMatchObject({ lead: 'OPEC+ kept its output cuts of 2.2 million barrels a day until March.' });
    expect(run.stderr()).toContain('lead written by test-model');
    expect(llm.requests[0]!.messages[0]!.content).toContain('Write in English.');
  });

  it('falls back to the extractive lead when the model fails or answers badly, saying why', async () => {
    llm = await FakeLlm.start();
    llm.script(() => ({ content: 'Click https://evil.example/now' }));
    const run = runCli(['summarize', '--lang', 'en', '--llm'], { LLM_URL: llm.baseUrl, LLM_MODEL: 'test-model' }, undefined, ARTICLE);
    expect((await run.exit).code).toBe(0);
    expect(JSON.parse(run.stdout()).lead).toContain('OPEC+ agreed on Sunday');
    expect(run.stderr()).toContain("the model's lead failed the checks (link)");
  });

  it('refuses --llm without LLM_URL, naming what to set', async () => {
    const run = runCli(['summarize', '--lang', 'en', '--llm'], {}, undefined, ARTICLE);
    expect((await run.exit).code).toBe(2);
    expect(run.stderr()).toContain('--llm needs a language model: set LLM_URL and LLM_MODEL');
  });
});
