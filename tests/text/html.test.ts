import { describe, expect, it } from 'vitest';
import { cleanHtml, inlineText, safeHttpUrl } from '../../src/text/html.ts';

describe('cleanHtml', () => {
  it('keeps only allow-listed tags and no attributes but a safe href', () => {
    const { html } = cleanHtml(
      '<p style="color:red" onmouseover="x()">A <a href="javascript:alert(1)">bad</a> <a href="/ok" target="_blank">ok</a> <img src="x" onerror="y()"> <span>s</span></p>',
      'https://wam.example/news/',
    );
    expect(html).toBe('<p>A bad <a href="https://wam.example/ok">ok</a> s</p>');
  });

  it('drops script, style and iframe with their content', () => {
    const { html, text } = cleanHtml('<p>a<script>alert(1)</script><style>p{}</style><iframe src="x">in</iframe>b</p>');
    expect(html).toBe('<p>ab</p>');
    expect(text).toBe('ab');
  });

  it('keeps inline emphasis across a break and closes it per block', () => {
    const { html } = cleanHtml('<p><b>one<br>two</b></p><p><em>three</em></p>');
    expect(html).toBe('<p><b>one<br>two</b></p><p><em>three</em></p>');
  });

  it('separates paragraphs by blank lines and keeps headings on their own line', () => {
    const { text } = cleanHtml(
      'Intro text<h3>Security in the region</h3>Body one<br/>line two<blockquote>Quoted</blockquote><ol><li>x</li><li>y</li></ol>',
    );
    expect(text).toBe('Intro text\n\nSecurity in the region\n\nBody one\nline two\n\nQuoted\n\n1. x\n2. y');
  });

  it('treats a body without markup as plain text with paragraphs', () => {
    expect(cleanHtml('First para\nwrapped.\n\nSecond < third')).toEqual({
      html: '<p>First para wrapped.</p><p>Second &lt; third</p>',
      text: 'First para wrapped.\n\nSecond < third',
    });
  });

  it('decodes entities once and escapes what it writes', () => {
    expect(cleanHtml('<p>AT&amp;T &lt;b&gt; &quot;x&quot;</p>')).toEqual({ html: '<p>AT&amp;T &lt;b&gt; "x"</p>', text: 'AT&T <b> "x"' });
  });
});

describe('inlineText', () => {
  it('strips tags, decodes strictly and collapses whitespace', () => {
    expect(inlineText(' a<br>b <i>c</i>\n\t&amp; ?x=1&copy=2 ')).toBe('a b c & ?x=1&copy=2');
  });
});

describe('safeHttpUrl', () => {
  it('accepts absolute and resolvable http(s) only', () => {
    expect(safeHttpUrl('https://a.example/x')).toBe('https://a.example/x');
    expect(safeHttpUrl('x', 'http://a.example/dir/')).toBe('http://a.example/dir/x');
    expect(safeHttpUrl('x')).toBeUndefined();
    expect(safeHttpUrl(' JavaScript:alert(1)', 'https://a.example/')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,hi')).toBeUndefined();
  });
});
