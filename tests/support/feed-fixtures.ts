/** Small feeds written for the tests, in the shapes the agencies publish. */

export interface FixtureItem {
  title: string;
  link: string;
  guid?: string;
  description?: string;
  pubDate?: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS 2.0 document; `encoding` only writes the declaration (the caller encodes the bytes). */
export function rss(options: { title: string; link?: string; language?: string; encoding?: string; items: FixtureItem[] }): string {
  const items = options.items
    .map(
      (item) => `  <item>
    <title>${escapeXml(item.title)}</title>
    <link>${escapeXml(item.link)}</link>
    ${item.guid ? `<guid>${escapeXml(item.guid)}</guid>` : ''}
    <description>${escapeXml(item.description ?? '')}</description>
    <pubDate>${item.pubDate ?? 'Sun, 29 Nov 2026 06:00:00 GMT'}</pubDate>
  </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="${options.encoding ?? 'UTF-8'}"?>
<rss version="2.0"><channel>
  <title>${escapeXml(options.title)}</title>
  <link>${escapeXml(options.link ?? 'https://agency.example/')}</link>
  ${options.language ? `<language>${options.language}</language>` : ''}
${items}
</channel></rss>`;
}

export const KUNA_ITEMS: FixtureItem[] = [
  {
    title: 'وزيرا خارجية الكويت وروسيا يبحثان تطورات الشرق الأوسط',
    link: 'https://kuna.example/ar/1',
    guid: 'kuna-1',
    description: '<p>بحث وزير الخارجية الكويتي مع نظيره الروسي سيرغي لافروف التسوية العربية الإسرائيلية والأمن في منطقة الخليج.</p>',
  },
  {
    title: 'الكويت تستضيف اجتماعا لمجلس التعاون الخليجي',
    link: 'https://kuna.example/ar/2',
    guid: 'kuna-2',
    description: '<p>تستضيف دولة الكويت الأسبوع المقبل اجتماعا وزاريا لدول مجلس التعاون لدول الخليج العربية.</p>',
  },
];

export const TASS_ITEMS: FixtureItem[] = [
  {
    title: 'Лавров и министр иностранных дел Кувейта обсудили ближневосточное урегулирование',
    link: 'https://tass.example/politika/1',
    guid: 'tass-1',
    description: 'Министр иностранных дел России Сергей Лавров провёл переговоры с кувейтским коллегой в Москве.',
  },
];

export const REUTERS_ITEMS: FixtureItem[] = [
  {
    title: 'Russian and Kuwaiti foreign ministers discuss Middle East conflict',
    link: 'https://news.example/world/1',
    guid: 'en-1',
    description: 'The ministers discussed the Arab-Israeli settlement, regional security and two-way trade.',
  },
];
