import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, runSummarize } from '../../src/cli/summarize.ts';

const ARTICLE = `Ru En

وزيرا الخارجية في روسيا والكويت سيناقشان الصراع في الشرق الأوسط

يناقش وزير الخارجية الروسي سيرغي لافروف ونظيره الكويتي في موسكو اليوم سبل التوصل إلى حلول سلمية للصراع في الشرق الأوسط.

الأمن في المنطقة

تتبادل موسكو والكويت وجهات النظر باستمرار حول ضمان الأمن في منطقة الخليج العربي.

المصدر: تاس`;

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString('utf8');
    done();
  }
}

async function run(args: string[], input: string | Buffer) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runSummarize(args, Readable.from([Buffer.from(input)]), stdout, stderr);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('runSummarize', () => {
  it('prints the summary of a plain-text article as JSON', async () => {
    const { code, stdout, stderr } = await run(['--lang', 'ar'], ARTICLE);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const summary = JSON.parse(stdout) as { headline: string; lead: string; sections: { heading: string; summary: string }[] };
    expect(Object.keys(summary)).toEqual(['headline', 'lead', 'sections']);
    expect(summary.headline).toBe('وزيرا الخارجية في روسيا والكويت سيناقشان الصراع في الشرق الأوسط');
    expect(summary.lead).toContain('لافروف');
    expect(summary.sections).toEqual([
      { heading: 'الأمن في المنطقة', summary: 'تتبادل موسكو والكويت وجهات النظر باستمرار حول ضمان الأمن في منطقة الخليج العربي.' },
    ]);
  });

  it('prints a readable text summary with --format text (and --flag=value)', async () => {
    const { code, stdout } = await run(['--format=text', '--lang=ar'], ARTICLE);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'وزيرا الخارجية في روسيا والكويت سيناقشان الصراع في الشرق الأوسط',
      '',
      expect.stringContaining('لافروف'),
      '',
      'الأمن في المنطقة',
      '  تتبادل موسكو والكويت وجهات النظر باستمرار حول ضمان الأمن في منطقة الخليج العربي.',
      '',
    ]);
  });

  it('summarises HTML, taking its h1 as the title', async () => {
    const html =
      '<html><body><h1>Lavrov meets Kuwaiti FM (Reuters)</h1><p>Sergey Lavrov met his Kuwaiti counterpart in Moscow on Friday.</p><h2>Energy</h2><p>They discussed OPEC+ coordination and oil prices.</p></body></html>';
    const { code, stdout } = await run(['--lang', 'en', '--format', 'json'], html);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      headline: 'Lavrov meets Kuwaiti FM',
      lead: 'Sergey Lavrov met his Kuwaiti counterpart in Moscow on Friday.',
      sections: [{ heading: 'Energy', summary: 'They discussed OPEC+ coordination and oil prices.' }],
    });
  });

  it.each([
    ['empty input', '', /empty/],
    ['binary input', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]), /not text/],
    ['input that is not UTF-8', Buffer.from([0xc7, 0xe1, 0xd1, 0xe6, 0xd3, 0xed, 0xc9]), /not valid UTF-8/],
  ])('refuses %s with a clear message and exit code 1', async (_name, input, message) => {
    const { code, stdout, stderr } = await run(['--lang', 'ar'], input);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('refuses input over the size cap', async () => {
    const { code, stderr } = await run(['--lang', 'en'], 'a'.repeat(MAX_INPUT_BYTES + 1));
    expect(code).toBe(1);
    expect(stderr).toMatch(/larger than/);
  });

  it.each([[[]], [['--lang']], [['--lang', 'fr']], [['--lang', 'en', '--format', 'xml']], [['--lang', 'en', '--verbose']], [['en']]])(
    'prints the usage on stderr and exits 2 for %j',
    async (args) => {
      const { code, stdout, stderr } = await run(args, ARTICLE);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('Usage: diplobrief summarize --lang ar|ru|en');
    },
  );

  it('prints the usage on stdout for --help', async () => {
    const { code, stdout } = await run(['--help'], '');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: diplobrief summarize');
  });
});
