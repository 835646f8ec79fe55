import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeFeedBytes } from '../../src/feeds/decode.ts';

/** ASCII strings and raw byte values joined into one body, so legacy bytes are written by hand. */
function bytes(...parts: Array<string | number[]>): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)));
}

const decl = (charset: string) => `<?xml version="1.0" encoding="${charset}"?><rss version="2.0"><channel><title>`;
const END = '</title></channel></rss>';
const title = (text: string) => /<title>(.*)<\/title>/.exec(text)?.[1];

describe('decodeFeedBytes', () => {
  it('reads windows-1251 Russian from the XML declaration', () => {
    const result = decodeFeedBytes(bytes(decl('windows-1251'), [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2], END));
    expect(title(result.text)).toBe('Привет');
    expect(result).toMatchObject({ charset: 'windows-1251', source: 'xml-declaration' });
  });

  it('reads windows-1256 Arabic from the HTTP charset', () => {
    const body = bytes('<rss version="2.0"><channel><title>', [0xd3, 0xe1, 0xc7, 0xe3], END);
    const result = decodeFeedBytes(body, 'application/rss+xml; charset="windows-1256"');
    expect(title(result.text)).toBe('سلام');
    expect(result).toMatchObject({ charset: 'windows-1256', source: 'http' });
  });

  it('reads KOI8-R', () => {
    const result = decodeFeedBytes(bytes(decl('KOI8-R'), [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4], END));
    expect(title(result.text)).toBe('Привет');
    expect(result.charset).toBe('koi8-r');
  });

  it('reads windows-1252 0x80–0x9F as € “ ” (where Node 20 TextDecoder gives C1 controls)', () => {
    const result = decodeFeedBytes(bytes(decl('windows-1252'), [0x80, 0x20, 0x93, 0x71, 0x94, 0x20, 0x85], END));
    expect(title(result.text)).toBe('€ “q” …');
  });

  it('reads ISO-8859-1 as windows-1252, its superset in the wild', () => {
    const result = decodeFeedBytes(bytes(decl('ISO-8859-1'), 'Espa', [0xf1], 'a ', [0x80], END));
    expect(title(result.text)).toBe('España €');
    expect(result.charset).toBe('windows-1252');
  });

  it('reads UTF-16LE and UTF-16BE with a BOM, and UTF-16 without one', () => {
    const text = '<?xml version="1.0" encoding="utf-16"?><rss><channel><title>Сирия</title></channel></rss>';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeFeedBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toMatchObject({ text, charset: 'utf-16le', source: 'bom' });
    expect(decodeFeedBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ text, charset: 'utf-16be', source: 'bom' });
    expect(decodeFeedBytes(be)).toMatchObject({ text, charset: 'utf-16be' });
    expect(decodeFeedBytes(le)).toMatchObject({ text, charset: 'utf-16le' });
  });

  it('strips a UTF-8 BOM and trusts it over the HTTP charset', () => {
    const result = decodeFeedBytes(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<rss>الخليج</rss>')]),
      'text/xml; charset=windows-1251',
    );
    expect(result).toEqual({ text: '<rss>الخليج</rss>', charset: 'utf-8', source: 'bom' });
  });

  it('trusts valid UTF-8 bytes over a declaration that names a legacy charset', () => {
    const result = decodeFeedBytes(Buffer.from(`${decl('windows-1252')}€ Café${END}`));
    expect(title(result.text)).toBe('€ Café');
    expect(result).toMatchObject({ charset: 'utf-8', source: 'utf8-bytes' });
  });

  it('keeps the declared charset for pure ASCII, where every reading is the same', () => {
    expect(decodeFeedBytes(Buffer.from(`${decl('windows-1251')}Lavrov${END}`))).toMatchObject({
      charset: 'windows-1251',
      source: 'xml-declaration',
    });
  });

  it('prefers the HTTP charset to the XML declaration', () => {
    const body = bytes(decl('windows-1252'), [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2], END);
    expect(title(decodeFeedBytes(body, 'text/xml; charset=windows-1251').text)).toBe('Привет');
  });

  it('sniffs undeclared legacy bytes instead of producing U+FFFD', () => {
    const russian = 'Министр иностранных дел России провёл переговоры с коллегой из Кувейта о ситуации на Ближнем Востоке';
    const result = decodeFeedBytes(bytes('<rss><channel><title>', [...russian].map(cp1251), END));
    expect(title(result.text)).toBe(russian);
    expect(result.source).toBe('sniffed');
  });

  it('ignores an unknown charset label', () => {
    expect(decodeFeedBytes(Buffer.from(`${decl('invalid')}Café${END}`))).toMatchObject({ charset: 'utf-8' });
  });

  it('reads the charset parameter of a Content-Type', () => {
    expect(charsetFromContentType('text/xml; charset=KOI8-R')).toBe('KOI8-R');
    expect(charsetFromContentType('application/xml; foo=bar; charset="utf-8"')).toBe('utf-8');
    expect(charsetFromContentType('text/xml')).toBeUndefined();
  });
});

/** windows-1251 byte of one character (Cyrillic letters and ASCII only). */
function cp1251(char: string): number {
  const code = char.codePointAt(0)!;
  if (code < 0x80) return code;
  if (char === 'ё') return 0xb8;
  if (char === 'Ё') return 0xa8;
  return code - 0x410 + 0xc0;
}
