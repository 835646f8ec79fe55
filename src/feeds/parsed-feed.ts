/** The parser's output: what a feed says, before any cleaning, in one shape for every format. */
export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title?: string;
  link?: string;
  /** As declared: `<language>`, `dc:language`, `xml:lang` on the root, JSON Feed `language`. */
  language?: string;
  /** The root's or channel's xml:base, when the feed sets one. */
  xmlBase?: string;
  items: ParsedItem[];
  /** What was repaired to read the feed at all, for logs. Empty for a clean feed. */
  repaired: string[];
}

export interface ParsedItem {
  guid?: string;
  /** Atom `<id>` or JSON Feed `id`. */
  id?: string;
  link?: string;
  title?: string;
  /** The richest body: content:encoded, Atom content, description, summary — in that order. */
  html?: string;
  /** The shorter body when the feed gives two (Atom summary, RSS description beside content:encoded). */
  summary?: string;
  published?: string;
  updated?: string;
  author?: string;
  categories: string[];
  /** `dc:language` or `xml:lang` of the item. */
  language?: string;
  /** The item's xml:base, already resolved against the feed's. */
  xmlBase?: string;
}
