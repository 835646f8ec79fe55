import type { EntityEntry } from '../entity.ts';

/**
 * Territories, regions, waters and sites that are neither states nor cities.
 *
 * - Gaza: "Gaza"/"غزة" alone is the Strip, as headlines use it; the city has only Gaza City, مدينة
 *   غزة, город Газа (cities.ts). The Russian bare "Газа" is left out: the matcher stems it to газ, and
 *   "газа" is the genitive of "gas" in every energy story; "сектор Газа" stands for it.
 * - The Gulf: Persian Gulf, Arabian Gulf, الخليج العربي and Персидский залив are one place; bare "Gulf"
 *   and الخليج are it too (the Gulf of Aden and of Oman are places of their own, matched first as
 *   longer names). The Russian bare "залив" is any gulf and is not listed.
 * - Nuclear plants (Zaporizhzhia, Bushehr) are places, sites of events rather than bodies that act;
 *   the bare city or region name stays the city's (Bushehr) or is not listed (Zaporizhzhia).
 * - Western Sahara is a place here, not a country (NOT_COUNTRY_NAMES drops the package's name for EH).
 * - `country` is set only where it is not in dispute: Gaza and the West Bank are Palestine's own
 *   (country:PS); East Jerusalem, the Golan, Shebaa Farms, Crimea, Donbas, Karabakh, Western Sahara
 *   and the Zaporizhzhia plant have none.
 * - Arabic bare قزوين is also Qazvin, the Iranian city: only بحر قزوين.
 * - English bare "Litani" is left out: Snowball stems "litany" to it.
 * - Latin America, the Maghreb and the Indian Ocean are listed so that their longer names win over
 *   America (the US), المغرب (Morocco) and Indian (India).
 */
// prettier-ignore
export const PLACES: readonly EntityEntry[] = [
  // Palestine, Israel, the Levant
  { id: 'place:gaza-strip', kind: 'place', country: 'country:PS', names: { ar: ['غزة', 'قطاع غزة'], ru: ['сектор Газа'], en: ['Gaza', 'Gaza Strip'] } },
  { id: 'place:west-bank', kind: 'place', country: 'country:PS', names: { ar: ['الضفة الغربية', 'الضفة الغربية المحتلة', 'يهودا والسامرة'], ru: ['Западный берег', 'Западный берег реки Иордан', 'Иудея и Самария'], en: ['West Bank', 'Judea and Samaria'] } },
  { id: 'place:east-jerusalem', kind: 'place', names: { ar: ['القدس الشرقية'], ru: ['Восточный Иерусалим'], en: ['East Jerusalem'] } },
  { id: 'place:philadelphi-corridor', kind: 'place', country: 'country:PS', names: { ar: ['محور فيلادلفيا', 'محور صلاح الدين'], ru: ['коридор Филадельфия', 'Филадельфийский коридор'], en: ['Philadelphi corridor', 'Philadelphi Route'] } },
  { id: 'place:golan', kind: 'place', names: { ar: ['الجولان', 'هضبة الجولان', 'مرتفعات الجولان'], ru: ['Голанские высоты', 'Голаны'], en: ['Golan Heights', 'Golan'] } },
  { id: 'place:shebaa-farms', kind: 'place', names: { ar: ['مزارع شبعا'], ru: ['фермы Шебаа', 'Шебаа'], en: ['Shebaa Farms', 'Shebaa'] } },
  { id: 'place:litani', kind: 'place', country: 'country:LB', names: { ar: ['الليطاني', 'نهر الليطاني'], ru: ['Литани', 'река Литани'], en: ['Litani River', 'River Litani'] } },
  { id: 'place:sinai', kind: 'place', country: 'country:EG', names: { ar: ['سيناء', 'شبه جزيرة سيناء'], ru: ['Синай', 'Синайский полуостров'], en: ['Sinai', 'Sinai Peninsula'] } },
  // Waters and straits
  { id: 'place:gulf', kind: 'place', names: { ar: ['الخليج', 'الخليج العربي', 'الخليج الفارسي'], ru: ['Персидский залив', 'Арабский залив'], en: ['Gulf', 'Persian Gulf', 'Arabian Gulf'] } },
  { id: 'place:gulf-of-oman', kind: 'place', names: { ar: ['خليج عمان'], ru: ['Оманский залив'], en: ['Gulf of Oman'] } },
  { id: 'place:strait-of-hormuz', kind: 'place', names: { ar: ['مضيق هرمز', 'هرمز'], ru: ['Ормузский пролив', 'Ормуз'], en: ['Strait of Hormuz', 'Hormuz'] } },
  { id: 'place:red-sea', kind: 'place', names: { ar: ['البحر الأحمر'], ru: ['Красное море'], en: ['Red Sea'] } },
  { id: 'place:bab-el-mandeb', kind: 'place', names: { ar: ['باب المندب', 'مضيق باب المندب'], ru: ['Баб-эль-Мандеб'], en: ['Bab el-Mandeb', 'Bab al-Mandab', 'Bab el-Mandab'] } },
  { id: 'place:gulf-of-aden', kind: 'place', names: { ar: ['خليج عدن'], ru: ['Аденский залив'], en: ['Gulf of Aden'] } },
  { id: 'place:suez-canal', kind: 'place', country: 'country:EG', names: { ar: ['قناة السويس'], ru: ['Суэцкий канал'], en: ['Suez Canal'] } },
  { id: 'place:mediterranean', kind: 'place', names: { ar: ['البحر المتوسط', 'البحر الأبيض المتوسط'], ru: ['Средиземное море', 'Средиземноморье'], en: ['Mediterranean', 'Mediterranean Sea'] } },
  { id: 'place:black-sea', kind: 'place', names: { ar: ['البحر الأسود'], ru: ['Черное море', 'черноморский'], en: ['Black Sea'] } },
  { id: 'place:caspian-sea', kind: 'place', names: { ar: ['بحر قزوين'], ru: ['Каспийское море', 'Каспий', 'каспийский'], en: ['Caspian Sea', 'Caspian'] } },
  { id: 'place:indian-ocean', kind: 'place', names: { ar: ['المحيط الهندي'], ru: ['Индийский океан'], en: ['Indian Ocean'] } },
  // Disputed and contested lands
  { id: 'place:crimea', kind: 'place', names: { ar: ['القرم', 'شبه جزيرة القرم'], ru: ['Крым', 'крымский'], en: ['Crimea', 'Crimean'] } },
  { id: 'place:donbas', kind: 'place', names: { ar: ['دونباس'], ru: ['Донбасс'], en: ['Donbas', 'Donbass'] } },
  { id: 'place:nagorno-karabakh', kind: 'place', names: { ar: ['ناغورنو كاراباخ', 'قره باغ', 'كاراباخ'], ru: ['Нагорный Карабах', 'Карабах'], en: ['Nagorno-Karabakh', 'Karabakh'] } },
  { id: 'place:kurdistan-region', kind: 'place', country: 'country:IQ', names: { ar: ['إقليم كردستان', 'كردستان العراق', 'كردستان'], ru: ['Иракский Курдистан', 'Курдистан'], en: ['Kurdistan Region', 'Iraqi Kurdistan', 'Kurdistan'] } },
  { id: 'place:darfur', kind: 'place', country: 'country:SD', names: { ar: ['دارفور'], ru: ['Дарфур'], en: ['Darfur'] } },
  { id: 'place:western-sahara', kind: 'place', names: { ar: ['الصحراء الغربية', 'الصحراء المغربية'], ru: ['Западная Сахара'], en: ['Western Sahara'] } },
  // Regions named so that a longer name wins
  { id: 'place:maghreb', kind: 'place', names: { ar: ['المغرب العربي'], ru: ['Магриб'], en: ['Maghreb'] } },
  { id: 'place:latin-america', kind: 'place', names: { ar: ['أمريكا اللاتينية', 'أميركا اللاتينية'], ru: ['Латинская Америка', 'латиноамериканский'], en: ['Latin America', 'Latin American'] } },
  // Nuclear sites
  { id: 'place:zaporizhzhia-npp', kind: 'place', names: { ar: ['محطة زابوريجيا', 'محطة زابوريجيا النووية', 'محطة زابوروجيا'], ru: ['Запорожская АЭС', 'ЗАЭС'], en: ['Zaporizhzhia nuclear power plant', 'Zaporizhzhia nuclear plant', 'Zaporizhzhia plant', 'ZNPP'] } },
  { id: 'place:bushehr-npp', kind: 'place', country: 'country:IR', names: { ar: ['محطة بوشهر', 'محطة بوشهر النووية'], ru: ['АЭС Бушер', 'Бушерская АЭС'], en: ['Bushehr nuclear power plant', 'Bushehr nuclear plant', 'Bushehr plant'] } },
];
