import { describe, expect, it } from 'vitest';
import { parseBroadcast } from '../../src/bot/broadcast-command.ts';
import { progressBar, renderBroadcastStatus } from '../../src/bot/broadcast-status.ts';
import { entitiesToHtml } from '../../src/bot/entities-html.ts';
import { I18n } from '../../src/bot/i18n.ts';
import { LANGUAGES } from '../../src/model/language.ts';
import type { BroadcastProgress } from '../../src/delivery/broadcast.ts';
import type { Broadcast } from '../../src/store/broadcasts.ts';
import { parseTelegramHtml } from '../support/telegram-html.ts';

describe('entitiesToHtml', () => {
  it('escapes text without entities', () => {
    expect(entitiesToHtml('a <b> & "c"')).toBe('a &lt;b&gt; &amp; &quot;c&quot;');
  });

  it('nests entities, escapes link addresses, drops unsafe links and what is not formatting', () => {
    const text = 'Bold italic link js @user';
    const html = entitiesToHtml(text, [
      { type: 'bold', offset: 0, length: 11 },
      { type: 'italic', offset: 5, length: 6 },
      { type: 'text_link', offset: 12, length: 4, url: 'https://a.example/?q="x"&y=<z>' },
      { type: 'text_link', offset: 17, length: 2, url: 'javascript:alert(1)' },
      { type: 'mention', offset: 20, length: 5 },
    ]);
    expect(html).toBe('<b>Bold <i>italic</i></b> <a href="https://a.example/?q=%22x%22&amp;y=%3Cz%3E">link</a> js @user');
    expect(parseTelegramHtml(html).text).toBe(text);
  });

  it('counts offsets in UTF-16 units (emoji) and cuts entities to the part kept', () => {
    const text = '/broadcast 😀 news';
    const html = entitiesToHtml(
      text,
      [
        { type: 'bot_command', offset: 0, length: 10 },
        { type: 'bold', offset: 5, length: 10 },
      ],
      11,
    );
    expect(html).toBe('<b>😀 n</b>ews');
  });
});

describe('parseBroadcast', () => {
  it('takes options first, in any order and case, then the text over several lines', () => {
    expect(parseBroadcast('/broadcast topic:Gulf lang:AR نص\nسطر ثان')).toEqual({ html: 'نص\nسطر ثان', language: 'ar', topic: 'gulf' });
    expect(parseBroadcast('/broadcast@diplobrief_bot hello', [{ type: 'bot_command', offset: 0, length: 25 }])).toEqual({
      html: 'hello',
      language: undefined,
      topic: undefined,
    });
  });

  it('an option glued to text, or one after the text starts, is text', () => {
    expect(parseBroadcast('/broadcast lang:en, please')).toEqual({ error: 'unknown-language', given: 'en,' });
    expect(parseBroadcast('/broadcast Read this lang:ru')).toMatchObject({ html: 'Read this lang:ru', language: undefined });
  });

  it('explains what is missing or wrong', () => {
    expect(parseBroadcast('/broadcast')).toEqual({ error: 'no-text' });
    expect(parseBroadcast('/broadcast lang:ru topic:iran  \n ')).toEqual({ error: 'no-text' });
    expect(parseBroadcast('/broadcast lang:de Hallo')).toEqual({ error: 'unknown-language', given: 'de' });
    expect(parseBroadcast('/broadcast topic:sport Goal')).toEqual({ error: 'unknown-topic', given: 'sport' });
    expect(parseBroadcast(`/broadcast ${'<'.repeat(1100)}`)).toEqual({ error: 'too-long', length: 4400 });
  });
});

function progress(status: Broadcast['status'], counts: Partial<BroadcastProgress['counts']>, finished: boolean): BroadcastProgress {
  const broadcast = { id: 1234, status, audience: 500 } as Broadcast;
  return { broadcast, finished, counts: { pending: 0, sending: 0, sent: 0, failed: 0, blocked: 0, cancelled: 0, stopped: 0, ...counts } };
}

describe('broadcast status', () => {
  it('draws a ten-cell bar, full only when all is done', () => {
    expect(progressBar(300, 500)).toBe('▰▰▰▰▰▰▱▱▱▱');
    expect(progressBar(499, 500)).toBe('▰▰▰▰▰▰▰▰▰▱');
    expect(progressBar(0, 0)).toBe('▰▰▰▰▰▰▰▰▰▰');
  });

  it('shows progress with a Stop button, then the report; valid Telegram HTML in every language', () => {
    const i18n = new I18n();
    const sending = renderBroadcastStatus(progress('sending', { sent: 295, failed: 2, blocked: 3, pending: 200 }, false), i18n.for('en'));
    expect(sending.html).toBe('<b>📣 Broadcast #1234</b> — sending\n▰▰▰▰▰▰▱▱▱▱ 60% · 300/500 · failed: 2 · blocked: 3');
    expect(sending.keyboard?.inline_keyboard.flat().map((b) => b.text)).toEqual(['⏹ Stop']);
    for (const language of LANGUAGES) {
      for (const [status, finished] of [
        ['sending', false],
        ['stopped', false],
        ['done', true],
        ['stopped', true],
      ] as const) {
        const { html } = renderBroadcastStatus(progress(status, { sent: 495, stopped: 5 }, finished), i18n.for(language));
        expect(() => parseTelegramHtml(html)).not.toThrow();
        expect(html).toContain('1234');
      }
    }
  });
});
