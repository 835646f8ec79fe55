import { isAscii, isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';

/** Where the charset came from, for logs and for tests that pin the precedence. */
export type CharsetSource = 'bom' | 'http' | 'xml-declaration' | 'utf8-bytes' | 'sniffed' | 'default';

export interface DecodedFeed {
  text: string;
  /** Canonical lower-case charset name actually used to decode. */
  charset: string;
  source: CharsetSource;
}

/** chardet's statistics settle within this many bytes, and it is slow (~1 ms per KB) on more. */
const SNIFF_SAMPLE_BYTES = 32 * 1024;

/** How many leading bytes are searched for the XML declaration. */
const DECLARATION_SCAN_BYTES = 1024;

/**
 * Labels rewritten before decoding. Latin-1 and ASCII labels become windows-1252 as in the WHATWG
 * Encoding Standard: real feeds that say ISO-8859-1 carry €, “ ” and … in 0x80–0x9F, which Latin-1
 * would turn into invisible C1 controls.
 */
const CHARSET_ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'iso-8859-1': 'windows-1252',
  iso8859_1: 'windows-1252',
  'iso8859-1': 'windows-1252',
  'iso_8859-1': 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  ascii: 'windows-1252',
  'us-ascii': 'windows-1252',
  cp1252: 'windows-1252',
  'iso-8859-9': 'windows-1254',
  latin5: 'windows-1254',
  cp1251: 'windows-1251',
  cp1256: 'windows-1256',
  cp1255: 'windows-1255',
  'x-cp1251': 'windows-1251',
  'x-cp1256': 'windows-1256',
  koi8r: 'koi8-r',
  koi8_r: 'koi8-r',
  unicode: 'utf-16',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

/**
 * chardet names ISO charsets; the Windows supersets decode the same letters plus the
 * punctuation that real legacy feeds put in 0x80–0x9F (feedparser reports windows-1255 too).
 */
const SNIFFED_SUPERSETS: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso-8859-8': 'windows-1255',
  'iso-8859-9': 'windows-1254',
};

/**
 * Bytes of a feed to text. Precedence: BOM, then the HTTP charset, then the XML declaration;
 * a declaration is overruled when the bytes are valid UTF-8 with non-ASCII in them (declarations
 * lie far more often than UTF-8 happens by accident), and undeclared non-UTF-8 bytes are sniffed.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string): DecodedFeed {
  const bom = detectBom(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    // A UTF-8 BOM followed by bytes that are not UTF-8 is a lying BOM (concatenated files).
    if (bom.charset !== 'utf-8' || isUtf8(body)) return decodeAs(body, bom.charset, 'bom');
    return sniffLegacy(body);
  }

  const utf16 = sniffUtf16(bytes);
  if (utf16) return decodeAs(bytes, utf16, 'sniffed');

  const valid = isUtf8(bytes);
  const declared: Array<[string | undefined, CharsetSource]> = [
    [charsetFromContentType(contentType), 'http'],
    [charsetFromXmlDeclaration(bytes), 'xml-declaration'],
  ];
  for (const [label, source] of declared) {
    const charset = label && canonicalCharset(label);
    if (!charset) continue;
    if (charset.startsWith('utf-16')) continue; // no BOM and no NUL pattern: the label is wrong
    if (charset === 'utf-8') return valid ? decodeAs(bytes, 'utf-8', source) : sniffLegacy(bytes);
    if (valid && isAscii(bytes)) return decodeAs(bytes, charset, source); // same text in any ASCII-compatible charset
    if (valid) return decodeAs(bytes, 'utf-8', 'utf8-bytes');
    return decodeAs(bytes, charset, source);
  }
  if (valid) return decodeAs(bytes, 'utf-8', isAscii(bytes) ? 'default' : 'utf8-bytes');
  return sniffLegacy(bytes);
}

/** The charset parameter of a Content-Type header value, if any. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = contentType?.match(/;\s*charset\s*=\s*"?([^";\s]+)"?/i);
  return match?.[1];
}

function charsetFromXmlDeclaration(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, DECLARATION_SCAN_BYTES)).toString('latin1');
  return head.match(/<\?xml\s[^>]*?encoding\s*=\s*["']([^"']+)["']/)?.[1];
}

/** A known, decodable charset name for a label, or undefined when the label is unknown. */
export function canonicalCharset(label: string): string | undefined {
  const lower = label.trim().toLowerCase();
  const name = CHARSET_ALIASES[lower] ?? lower;
  return name === 'utf-8' || iconv.encodingExists(name) ? name : undefined;
}

function detectBom(bytes: Uint8Array): { charset: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16 without a BOM shows as ASCII markup interleaved with NUL bytes: `<\0?\0` or `\0<\0?`. */
function sniffUtf16(bytes: Uint8Array): string | undefined {
  if (bytes.length < 4) return undefined;
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (b0 !== 0 && b1 === 0 && b2 !== 0 && b3 === 0) return 'utf-16le';
  if (b0 === 0 && b1 !== 0 && b2 === 0 && b3 !== 0) return 'utf-16be';
  return undefined;
}

/**
 * Bytes that are not UTF-8 and name no usable charset: ask a statistical detector (chardet,
 * as feedparser does), falling back to windows-1252 like feedparser when it has no answer.
 */
function sniffLegacy(bytes: Uint8Array): DecodedFeed {
  const guess = chardet.detect(bytes.subarray(0, SNIFF_SAMPLE_BYTES))?.toLowerCase();
  const candidate = guess && (SNIFFED_SUPERSETS[guess] ?? canonicalCharset(guess));
  const charset = candidate && candidate !== 'utf-8' && !candidate.startsWith('utf-') ? candidate : 'windows-1252';
  return decodeAs(bytes, charset, 'sniffed');
}

function decodeAs(bytes: Uint8Array, charset: string, source: CharsetSource): DecodedFeed {
  // Node's TextDecoder is right for UTF-8; every other charset goes through iconv-lite because
  // Node 20's TextDecoder maps windows-1252/latin1 0x80–0x9F to C1 controls (nodejs/node#56542).
  const raw = charset === 'utf-8' ? new TextDecoder('utf-8').decode(bytes) : iconv.decode(bytes, charset);
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return { text, charset, source };
}
