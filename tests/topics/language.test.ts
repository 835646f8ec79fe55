import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusFeedsDir } from '../support/shared-corpus.ts';
import { detectLanguage, languageFromTag, resolveArticleLanguage, type ArticleLanguage } from '../../src/topics/language.ts';

/** Headlines and first paragraphs as agencies write them, with the language a reader would name. */
const LABELLED: ReadonlyArray<[label: string, expected: ArticleLanguage, text: string]> = [
  ['ar headline', 'ar', 'وزير الخارجية الروسي يبحث مع نظيره الكويتي الصراع في الشرق الأوسط'],
  [
    'ar paragraph',
    'ar',
    'أعلنت وزارة الخارجية الروسية أن الوزير سيرغي لافروف سيجري محادثات مع وزير الخارجية الكويتي في موسكو الأسبوع المقبل، تتناول التسوية العربية الإسرائيلية والأمن في منطقة الخليج والتعاون التجاري والاستثماري بين البلدين.',
  ],
  ['ar headline (GCC)', 'ar', 'مجلس التعاون الخليجي يدعو إلى وقف فوري لإطلاق النار في غزة'],
  ['ar quoting OPEC+', 'ar', 'ارتفاع أسعار النفط بعد قرار تحالف OPEC+ خفض الإنتاج بمقدار مليون برميل يوميا وسط مخاوف Brent'],
  ['ar with harakat', 'ar', 'الْمَمْلَكَةُ الْعَرَبِيَّةُ السُّعُودِيَّةُ تُرَحِّبُ بِالِاتِّفَاقِ بَيْنَ الْبَلَدَيْنِ'],
  ['ar with Quranic marks', 'ar', 'ذَٰلِكَ الْكِتَابُ لَا رَيْبَ ۛ فِيهِ ۛ هُدًى لِّلْمُتَّقِينَ'],
  ['ar with one stray ی', 'ar', 'وزير الخارجية الروسی يزور الكويت لبحث العلاقات الثنائية'],
  [
    'ar typed on a Persian keyboard',
    'ar',
    'قال وزیر الخارجیة الإیرانی إن بلاده مستعدة للحوار مع دول الجوار فی إطار الاحترام المتبادل، مشیرا إلی أن الأمن فی المنطقة مسؤولیة مشترکة.',
  ],
  ['ar with Arabic-Indic digits', 'ar', 'ارتفع سعر خام برنت إلى ٨٥ دولارا للبرميل في تعاملات الإثنين'],
  ['ar short, no function words', 'ar', 'السعودية وإيران تستأنفان العلاقات الدبلوماسية'],
  ['ru headline', 'ru', 'Лавров обсудит с главой МИД Кувейта ситуацию на Ближнем Востоке'],
  [
    'ru paragraph',
    'ru',
    'Министр иностранных дел России Сергей Лавров проведёт в Москве переговоры с кувейтским коллегой. Стороны обсудят арабо-израильское урегулирование, безопасность в регионе Персидского залива, а также торгово-экономическое сотрудничество.',
  ],
  ['ru with stress marks', 'ru', 'Росси́я и Куве́йт подписа́ли соглаше́ние о сотру́дничестве'],
  ['ru short', 'ru', 'Путин встретился с эмиром Катара'],
  [
    'ru quoting Київ',
    'ru',
    'Как заявил официальный представитель МИД, Москва не получала от Киева никаких предложений. Украинские СМИ писали, что «Київ готовий до переговорів», однако это заявление позднее было опровергнуто.',
  ],
  [
    'ru quoting Belarusian letters once',
    'ru',
    'Лукашенко заявил, что Минск и Москва будут укреплять союзное государство, назвав его «Саюзная дзяржава».',
  ],
  ['ru with the hard sign', 'ru', 'Стороны объявили о съезде делегаций и разъяснили позицию по урегулированию'],
  ['en headline', 'en', 'Russian and Kuwaiti foreign ministers to discuss Middle East conflict'],
  [
    'en paragraph',
    'en',
    'Russian Foreign Minister Sergei Lavrov will hold talks with his Kuwaiti counterpart in Moscow on Monday, the ministry said. The talks will cover the Arab-Israeli settlement, security in the Gulf region and trade and investment ties.',
  ],
  ['en headline, no stopwords', 'en', 'Russia, Kuwait discuss regional security'],
  ['en with a Turkish name', 'en', 'Erdoğan and Lavrov hold talks on Syria ceasefire'],
  [
    'en with a French name',
    'en',
    'French Foreign Minister Jean-Yves Le Drian said on Tuesday that the agreement was a step forward for the region.',
  ],
  ['en with an Arabic name', 'en', "Egypt's el-Sisi receives UN envoy de Mistura in Cairo"],
  ['en with name particles', 'en', 'Ursula von der Leyen meets Lula da Silva ahead of summit'],
  ['en quoting Arabic', 'en', 'The council, known in Arabic as مجلس الشورى, said it would review the draft law next week.'],
  ['fa headline', 'other', 'وزیر امور خارجه ایران با همتای روسی خود در مسکو دیدار کرد'],
  [
    'fa paragraph',
    'other',
    'سخنگوی وزارت امور خارجه ایران روز دوشنبه گفت که تهران آماده است مذاکرات هسته‌ای را از سر بگیرد، اما این کار باید با لغو تحریم‌ها همراه باشد.',
  ],
  ['fa short', 'other', 'افزایش قیمت نفت در بازارهای جهانی'],
  ['fa in Arabic yeh and kaf', 'other', 'وزير امور خارجه ايران گفت كه مذاكرات هسته‌اي در وين ادامه دارد و اين دور از گفتگوها مهم است'],
  ['fa with Persian digits', 'other', 'نرخ تورم در سال ۱۴۰۲ به ۴۰ درصد رسید'],
  ['ur headline', 'other', 'پاکستان اور ایران کے درمیان تجارت بڑھانے پر اتفاق'],
  [
    'ur paragraph',
    'other',
    'وزیر خارجہ نے کہا ہے کہ پاکستان خطے میں امن اور استحکام کے لیے اپنا کردار ادا کرتا رہے گا اور ہمسایہ ممالک کے ساتھ تعلقات کو مزید مضبوط بنایا جائے گا۔',
  ],
  ['ur short', 'other', 'روس نے یوکرین پر نئی پابندیوں کی مذمت کی'],
  ['uk headline', 'other', 'Міністр закордонних справ України провів переговори з колегою з Туреччини'],
  [
    'uk paragraph',
    'other',
    'Президент України заявив, що Київ готовий до переговорів, але лише за умови повного виведення російських військ з усієї території країни.',
  ],
  ['be headline', 'other', 'Міністр замежных спраў Беларусі правёў сустрэчу з кітайскім калегам'],
  ['bg headline', 'other', 'Министърът на външните работи на България се срещна с турския си колега'],
  [
    'bg paragraph',
    'other',
    'Българското правителство заяви, че ще подкрепи решението на Европейския съюз за нови санкции, като същевременно ще търси диалог със съседните държави.',
  ],
  ['sr headline', 'other', 'Министар спољних послова Србије састао се са руским колегом у Београду'],
  ['mk headline', 'other', 'Министерот за надворешни работи се сретна со својот грчки колега во Скопје и ја потврди ќе соработката'],
  ['fr headline', 'other', 'Le ministre russe des Affaires étrangères reçoit son homologue koweïtien à Moscou'],
  [
    'fr paragraph',
    'other',
    'Les deux ministres doivent discuter du règlement israélo-arabe, de la sécurité dans la région du Golfe et de la coopération économique entre les deux pays.',
  ],
  ['de headline', 'other', 'Lawrow empfängt kuwaitischen Außenminister in Moskau'],
  [
    'de paragraph',
    'other',
    'Der russische Außenminister Sergej Lawrow hat am Montag seinen kuwaitischen Amtskollegen in Moskau empfangen. Die beiden Minister sprachen über die Lage im Nahen Osten und die Sicherheit in der Golfregion.',
  ],
  ['de headline, no accents', 'other', 'Syrien-Konferenz in Astana endet ohne Ergebnis'],
  ['es headline', 'other', 'El canciller ruso se reúne con su homólogo kuwaití en Moscú'],
  [
    'es paragraph',
    'other',
    'Los ministros de Exteriores de Rusia y Kuwait analizaron la situación en Oriente Medio y la cooperación económica entre ambos países.',
  ],
  [
    'pt paragraph',
    'other',
    'O ministro das Relações Exteriores da Rússia afirmou que as negociações com o Kuwait foram produtivas e que a cooperação vai continuar.',
  ],
  [
    'it paragraph',
    'other',
    'Il ministro degli Esteri russo ha incontrato il suo omologo del Kuwait per discutere della situazione in Medio Oriente e della cooperazione economica.',
  ],
  ['tr headline', 'other', 'Dışişleri Bakanı Rus mevkidaşı ile Moskova’da bir araya geldi ve bölgesel güvenlik konusunu görüştü'],
  ['he headline', 'other', 'שר החוץ הרוסי נפגש עם עמיתו הכוויתי במוסקבה'],
  ['el headline', 'other', 'Ο Ρώσος υπουργός Εξωτερικών συναντήθηκε με τον Κουβεϊτιανό ομόλογό του'],
  ['hi headline', 'other', 'रूस के विदेश मंत्री ने कुवैत के विदेश मंत्री से मुलाकात की'],
  ['zh headline', 'other', '俄罗斯外长与科威特外长举行会谈'],
];

describe('detectLanguage on labelled headlines and paragraphs', () => {
  let correct = 0;
  afterAll(() => console.log(`language detection: ${correct}/${LABELLED.length} labelled texts right`));

  it.each(LABELLED)('%s → %s', (_label, expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
    correct++;
  });
});

describe('detectLanguage on mixed, short and empty text', () => {
  it('lets the dominant script win in mixed text', () => {
    expect(detectLanguage('أوبك+ OPEC+ تتفق على خفض الإنتاج في اجتماعها الوزاري')).toBe('ar');
    expect(detectLanguage('ОПЕК+ (OPEC+) договорилась о сокращении добычи нефти')).toBe('ru');
    expect(detectLanguage('Lavrov (Лавров) and Al-Sabah (الصباح) met in Moscow on Monday to discuss the situation')).toBe('en');
  });

  it('says other for empty, blank and letterless text', () => {
    expect(detectLanguage('')).toBe('other');
    expect(detectLanguage('   \n\t ')).toBe('other');
    expect(detectLanguage('2025 ١٢٣ 42.5% — $80')).toBe('other');
    expect(detectLanguage('🇷🇺🤝🇰🇼')).toBe('other');
  });

  it('says other for fewer than three words', () => {
    expect(detectLanguage('OPEC+')).toBe('other');
    expect(detectLanguage('لافروف')).toBe('other');
    expect(detectLanguage('Лавров: Кувейт')).toBe('other');
    expect(detectLanguage('Breaking news')).toBe('other');
  });

  it('looks at no more than the start of a very long text', () => {
    const arabic = 'قال الوزير في مؤتمر صحفي إن المحادثات كانت مثمرة. '.repeat(2000);
    expect(detectLanguage(arabic + 'The end of the text is English and the of to and.'.repeat(5000))).toBe('ar');
  });
});

describe('languageFromTag', () => {
  it('takes the primary subtag, in any case and separator', () => {
    expect(languageFromTag('ar-SA')).toBe('ar');
    expect(languageFromTag('RU_ru')).toBe('ru');
    expect(languageFromTag(' en-GB ')).toBe('en');
    expect(languageFromTag('eng')).toBe('en');
    expect(languageFromTag('ara')).toBe('ar');
  });

  it('says other for a language diplobrief does not deliver', () => {
    expect(languageFromTag('fa')).toBe('other');
    expect(languageFromTag('ur-PK')).toBe('other');
    expect(languageFromTag('uk')).toBe('other');
    expect(languageFromTag('de-AT')).toBe('other');
  });

  it('says nothing for an absent, malformed or non-committal tag', () => {
    for (const tag of [undefined, null, '', '  ', 'und', 'mul', 'zxx', 'x-default', 'english', '12']) {
      expect(languageFromTag(tag), String(tag)).toBeUndefined();
    }
  });
});

describe('resolveArticleLanguage', () => {
  const arabicText = {
    title: 'وزير الخارجية الروسي يبحث مع نظيره الكويتي الصراع في الشرق الأوسط',
    text: 'أعلنت وزارة الخارجية الروسية أن الوزير سيزور الكويت.',
  };

  it("takes the feed's declared language first", () => {
    expect(resolveArticleLanguage({ declared: 'ru', feedLanguage: 'ar', ...arabicText })).toBe('ru');
    expect(resolveArticleLanguage({ declared: 'fa', feedLanguage: 'ar', ...arabicText })).toBe('other');
  });

  it("then the feed's own <language>, by its primary subtag", () => {
    expect(resolveArticleLanguage({ declared: null, feedLanguage: 'ar-SA', ...arabicText })).toBe('ar');
    expect(resolveArticleLanguage({ feedLanguage: 'ur', ...arabicText })).toBe('other');
  });

  it('then detects it from the title and text', () => {
    expect(resolveArticleLanguage({ declared: null, feedLanguage: null, ...arabicText })).toBe('ar');
    expect(resolveArticleLanguage({ declared: '', feedLanguage: 'und', title: 'Лавров встретился с главой МИД Кувейта', text: null })).toBe(
      'ru',
    );
    expect(resolveArticleLanguage({ title: 'وزیر امور خارجه ایران با همتای روسی خود دیدار کرد' })).toBe('other');
    expect(resolveArticleLanguage({})).toBe('other');
  });
});

const feedsDir = corpusFeedsDir();
const corpusPresent = existsSync(join(feedsDir, 'SOURCES.md'));
if (!corpusPresent) console.warn(`feed corpus not found at ${feedsDir}: language corpus checks skipped (set DIPLOBRIEF_SHARED_DIR)`);

/** Feed text with the markup crudely removed: tags, CDATA, then the tags that were entity-escaped HTML. */
function crudeText(xml: string): string {
  const stripTags = (text: string) => text.replace(/<!\[CDATA\[|\]\]>/g, ' ').replace(/<[^>]*>/g, ' ');
  const unescaped = stripTags(xml)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return stripTags(unescaped).replace(/https?:\/\/\S+/g, ' ');
}

/** Each item's or entry's text, crudely. */
function itemTexts(xml: string): string[] {
  return xml
    .split(/<(?:item|entry)[\s>]/)
    .slice(1)
    .map(crudeText);
}

/** Real Arabic-script Urdu feeds (SOURCES.md): BBC Urdu RSS and Atom, VOA Urdu. */
const URDU_FEEDS = ['miniflux/urdu_UTF8.xml', 'picofeed/bbc_urdu.xml', 'picofeed/zoot_egkty.xml'];
/** Real Russian feeds, with the charset SOURCES.md records. */
const RUSSIAN_FEEDS: ReadonlyArray<[file: string, charset: string]> = [
  ['prof18-rssparser/feed-test-ru.xml', 'utf-8'],
  ['node-feedparser/iconv.xml', 'windows-1251'],
  ['codehollow-feedreader/Rss20CityDog.xml', 'utf-8'],
];

describe.skipIf(!corpusPresent)(`language of real feeds (${feedsDir})`, () => {
  it.each(URDU_FEEDS)('%s is never taken for Arabic, as a whole or item by item', (file) => {
    const xml = readFileSync(join(feedsDir, file), 'utf8');
    expect(detectLanguage(crudeText(xml))).toBe('other');
    const items = itemTexts(xml);
    expect(items.length).toBeGreaterThan(10);
    expect(items.filter((text) => detectLanguage(text) === 'ar')).toEqual([]);
  });

  it.each(RUSSIAN_FEEDS)('%s is Russian', (file, charset) => {
    const xml = new TextDecoder(charset).decode(readFileSync(join(feedsDir, file)));
    expect(detectLanguage(crudeText(xml))).toBe('ru');
    const items = itemTexts(xml);
    const russianItems = items.filter((text) => detectLanguage(text) === 'ru').length;
    expect(russianItems / items.length).toBeGreaterThanOrEqual(0.9);
  });
});
