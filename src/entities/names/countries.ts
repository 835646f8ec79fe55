import type { Language } from '../../model/language.ts';

/**
 * What the country names of i18n-iso-countries (langs/{ar,ru,en}.json) lack, by ISO 3166-1 alpha-2
 * code: adjectives and demonyms ("Kuwaiti", "кувейтский", "كويتي"), short and common names
 * ("Syria" where the package has "Syrian Arab Republic", "Китай" where it has "КНР (…)"), official
 * long forms headlines use, and acronyms. Base forms only: the matcher adds Russian case endings,
 * the Arabic article, clitics and suffixes (ي/ية/يين/يون), English plurals and possessives — so
 * "سعودي" also stands for السعودية/السعوديين as an adjective, and "российский" for российского.
 *
 * Left out on purpose:
 * - Russian "русский": the language and the ethnicity far more than the state; "российский" is the state's.
 *   Likewise "английский" (the language) is not given for the UK, nor "Англия" (England, not the UK).
 * - Arabic "قمري" for the Comoros: it means "lunar" (التقويم القمري). "مجري" for Hungary: folded it is
 *   مجرى ("course", على مجرى…). "تركماني" and English "Turkmen": the Turkmen of Iraq and Syria, not
 *   Turkmenistan. English "Poles": "pole(s)".
 * - Arabic "تركي" (Turkish) is kept although Turki is also a given name (Turki Al-Sheikh, Turki
 *   al-Maliki): without it no "الرئيس التركي" or "الخارجية التركية" would be recognised.
 * - English "Emirates" for the UAE: Snowball stems it to emir ("Qatar's emir"); Russian "Эмираты":
 *   its stem is эмират, and Kuwait and Qatar are each "эмират" in Russian copy ("посольство эмирата").
 * - English "America"/"Америка"/"أمريكا" are kept for the US; "Latin America" is a place of its own
 *   (places.ts) so that it is not read as the US.
 * - Jerusalem is not given as Israel's capital and Palestine has no capital here (cities.ts).
 */
// prettier-ignore
export const COUNTRY_FORMS: Readonly<Record<string, Partial<Record<Language, readonly string[]>>>> = {
  // Arab League members
  SA: { en: ['Saudi', 'Saudis', 'Saudi Arabian', 'Kingdom of Saudi Arabia', 'KSA'], ru: ['саудовский', 'Королевство Саудовская Аравия', 'КСА'], ar: ['سعودي', 'المملكة العربية السعودية'] },
  AE: { en: ['Emirati', 'Emiratis', 'U.A.E.'], ru: ['Объединенные Арабские Эмираты', 'эмиратский'], ar: ['الإمارات', 'إماراتي', 'دولة الإمارات'] },
  QA: { en: ['Qatari', 'Qataris', 'State of Qatar'], ru: ['катарский', 'Государство Катар'], ar: ['قطري', 'دولة قطر'] },
  KW: { en: ['Kuwaiti', 'Kuwaitis', 'State of Kuwait'], ru: ['кувейтский', 'Государство Кувейт'], ar: ['كويتي', 'دولة الكويت'] },
  // The bare Arabic عمان (Oman and Amman alike) is in NOT_COUNTRY_NAMES: Oman is named by these.
  OM: { en: ['Omani', 'Omanis', 'Sultanate of Oman'], ru: ['оманский', 'Султанат Оман'], ar: ['سلطنة عمان', 'عماني'] },
  BH: { en: ['Bahraini', 'Bahrainis', 'Kingdom of Bahrain'], ru: ['бахрейнский', 'Королевство Бахрейн'], ar: ['بحريني', 'مملكة البحرين'] },
  YE: { en: ['Yemeni', 'Yemenis', 'Republic of Yemen'], ru: ['йеменский', 'Республика Йемен'], ar: ['يمني', 'الجمهورية اليمنية'] },
  IQ: { en: ['Iraqi', 'Iraqis', 'Republic of Iraq'], ru: ['иракский', 'Республика Ирак'], ar: ['عراقي', 'جمهورية العراق'] },
  SY: { en: ['Syria', 'Syrian', 'Syrians'], ru: ['сирийский', 'Сирийская Арабская Республика', 'САР'], ar: ['سورية', 'سوري', 'الجمهورية العربية السورية'] },
  LB: { en: ['Lebanese', 'Lebanese Republic'], ru: ['ливанский', 'Ливанская Республика'], ar: ['لبناني', 'الجمهورية اللبنانية'] },
  JO: { en: ['Jordanian', 'Jordanians', 'Hashemite Kingdom of Jordan'], ru: ['иорданский', 'Иорданское Хашимитское Королевство'], ar: ['أردني', 'المملكة الأردنية الهاشمية', 'المملكة الأردنية'] },
  PS: { en: ['Palestinian', 'Palestinians'], ru: ['Палестина', 'палестинский', 'палестинцы'], ar: ['فلسطيني', 'دولة فلسطين'] },
  EG: { en: ['Egyptian', 'Egyptians', 'Arab Republic of Egypt'], ru: ['египетский', 'Арабская Республика Египет'], ar: ['مصري', 'جمهورية مصر العربية'] },
  LY: { en: ['Libyan', 'Libyans'], ru: ['ливийский'], ar: ['ليبي', 'دولة ليبيا'] },
  TN: { en: ['Tunisian', 'Tunisians'], ru: ['тунисский'], ar: ['تونسي', 'الجمهورية التونسية'] },
  DZ: { en: ['Algerian', 'Algerians'], ru: ['алжирский'], ar: ['جزائري', 'الجمهورية الجزائرية'] },
  MA: { en: ['Moroccan', 'Moroccans', 'Kingdom of Morocco'], ru: ['марокканский'], ar: ['مغربي', 'المملكة المغربية'] },
  MR: { en: ['Mauritanian', 'Mauritanians'], ru: ['мавританский'], ar: ['موريتاني'] },
  SD: { en: ['Sudanese'], ru: ['суданский'], ar: ['سوداني'] },
  SO: { en: ['Somali', 'Somalis'], ru: ['сомалийский'], ar: ['صومالي'] },
  DJ: { en: ['Djiboutian'], ru: ['джибутийский'], ar: ['جمهورية جيبوتي'] },
  KM: { en: ['Comorian', 'Comoro Islands'], ru: ['Коморские Острова', 'коморский'], ar: ['جمهورية القمر المتحدة', 'الاتحاد القمري'] },
  // Region
  IR: { en: ['Iranian', 'Iranians', 'Islamic Republic'], ru: ['иранский', 'Исламская Республика Иран', 'ИРИ'], ar: ['إيراني', 'الجمهورية الإسلامية الإيرانية', 'الجمهورية الإسلامية'] },
  IL: { en: ['Israeli', 'Israelis', 'State of Israel'], ru: ['израильский', 'Государство Израиль', 'израильтяне'], ar: ['إسرائيلي', 'دولة إسرائيل'] },
  TR: { en: ['Turkish', 'Turks'], ru: ['турецкий', 'Турецкая Республика'], ar: ['تركي', 'الجمهورية التركية'] },
  // Powers
  RU: { en: ['Russian', 'Russians'], ru: ['российский', 'россияне', 'РФ'], ar: ['روسي', 'الاتحاد الروسي', 'روسيا الاتحادية'] },
  US: { en: ['America', 'American', 'Americans'], ru: ['Соединенные Штаты', 'Соединенные Штаты Америки', 'Америка', 'американский'], ar: ['أمريكا', 'أميركا', 'أمريكي', 'أميركي', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية'] },
  GB: { en: ['Britain', 'British', 'Britons'], ru: ['Британия', 'британский', 'Соединенное Королевство'], ar: ['بريطانيا', 'بريطاني'] },
  FR: { en: ['French'], ru: ['французский', 'Французская Республика'], ar: ['فرنسي'] },
  DE: { en: ['German', 'Germans'], ru: ['германский', 'немецкий', 'ФРГ'], ar: ['ألماني'] },
  IT: { en: ['Italian', 'Italians'], ru: ['итальянский'], ar: ['إيطالي'] },
  ES: { en: ['Spanish', 'Spaniards'], ru: ['испанский'], ar: ['إسباني'] },
  CN: { en: ['Chinese', 'PRC'], ru: ['Китай', 'КНР', 'Китайская Народная Республика', 'китайский'], ar: ['صيني', 'جمهورية الصين الشعبية'] },
  IN: { en: ['Indian', 'Indians'], ru: ['индийский'], ar: ['هندي'] },
  PK: { en: ['Pakistani', 'Pakistanis'], ru: ['пакистанский'], ar: ['باكستاني'] },
  // "Islamic Emirate": the Taliban's name for the state.
  AF: { en: ['Afghan', 'Afghans', 'Islamic Emirate'], ru: ['афганский', 'Исламский эмират'], ar: ['أفغاني', 'الإمارة الإسلامية'] },
  JP: { en: ['Japanese'], ru: ['японский'], ar: ['ياباني'] },
  KR: { en: ['South Korean', 'South Koreans', 'ROK'], ru: ['Южная Корея', 'южнокорейский'], ar: ['جمهورية كوريا', 'كوري جنوبي'] },
  KP: { en: ['North Korean', 'North Koreans', 'DPRK'], ru: ['Северная Корея', 'КНДР', 'Корейская Народно-Демократическая Республика', 'северокорейский'], ar: ['كوريا الديمقراطية', 'كوري شمالي', 'جمهورية كوريا الديمقراطية الشعبية'] },
  // Former Soviet states
  UA: { en: ['Ukrainian', 'Ukrainians'], ru: ['украинский'], ar: ['أوكراني'] },
  BY: { en: ['Belarusian', 'Belarusians', 'Belarussian'], ru: ['Белоруссия', 'Республика Беларусь', 'белорусский'], ar: ['بيلاروسيا', 'بيلاروس', 'بيلاروسي'] },
  KZ: { en: ['Kazakh', 'Kazakhs', 'Kazakhstani'], ru: ['казахстанский'], ar: ['قازاخستان', 'كازاخستاني'] },
  UZ: { en: ['Uzbek', 'Uzbeks'], ru: ['узбекский'], ar: ['أوزبكي'] },
  TJ: { en: ['Tajik', 'Tajiks'], ru: ['таджикский'], ar: ['طاجيكي'] },
  KG: { en: ['Kyrgyz', 'Kyrgyzstani'], ru: ['Кыргызстан', 'киргизский', 'кыргызский'], ar: ['قرغيزستان', 'قيرغيزي', 'قرغيزي'] },
  TM: { en: ['Turkmenistani'], ru: ['Туркменистан', 'туркменский'], ar: ['تركمانستاني'] },
  AZ: { en: ['Azerbaijani', 'Azerbaijanis'], ru: ['азербайджанский'], ar: ['أذربيجاني'] },
  AM: { en: ['Armenian', 'Armenians'], ru: ['армянский'], ar: ['أرميني', 'أرمني'] },
  // "Georgia" (the package's English name) is also the US state; kept: this field speaks of the country.
  // The Russian "Грузия" is in NOT_COUNTRY_NAMES (its stem is груз, "cargo"): the adjective stands for it.
  GE: { en: ['Georgian', 'Georgians'], ru: ['грузинский'], ar: ['جورجي'] },
  // Africa
  ET: { en: ['Ethiopian', 'Ethiopians'], ru: ['эфиопский'], ar: ['إثيوبي', 'الحبشة'] },
  ER: { en: ['Eritrean', 'Eritreans'], ru: ['эритрейский'], ar: ['إريتري'] },
  SS: { en: ['South Sudanese'], ru: ['южносуданский'], ar: ['دولة جنوب السودان'] },
  NE: { en: ['Nigerien'], ru: ['Республика Нигер', 'нигерский'] },
  NG: { en: ['Nigerian', 'Nigerians'], ru: ['Федеративная Республика Нигерия', 'нигерийский'], ar: ['نيجيري'] },
  ZA: { en: ['South African', 'South Africans'], ru: ['Южная Африка', 'Южно-Африканская Республика', 'южноафриканский'], ar: ['جمهورية جنوب أفريقيا'] },
  TD: { en: ['Chadian', 'Chadians'], ru: ['чадский'], ar: ['تشادي'] },
  // "Congo" (the package gives it to both Congos) is in NOT_COUNTRY_NAMES; news means the DRC by it.
  CD: { en: ['DR Congo', 'DRC', 'Congo', 'Congolese'], ru: ['ДР Конго', 'ДРК', 'Конго'], ar: ['الكونغو الديمقراطية', 'الكونغو'] },
  // Elsewhere
  BR: { en: ['Brazilian', 'Brazilians'], ru: ['бразильский'], ar: ['برازيلي'] },
  ID: { en: ['Indonesian', 'Indonesians'], ru: ['индонезийский'], ar: ['إندونيسي'] },
  MY: { en: ['Malaysian', 'Malaysians'], ru: ['малайзийский'], ar: ['ماليزي'] },
  VE: { en: ['Venezuelan', 'Venezuelans'], ru: ['венесуэльский'], ar: ['فنزويلي'] },
  CU: { en: ['Cuban', 'Cubans'], ru: ['кубинский'], ar: ['كوبي'] },
  RS: { en: ['Serbian', 'Serbians', 'Serb', 'Serbs'], ru: ['сербский'], ar: ['صربي'] },
  HU: { en: ['Hungarian', 'Hungarians'], ru: ['венгерский'], ar: ['هنغاريا', 'هنغاري'] },
  PL: { en: ['Polish'], ru: ['польский'], ar: ['بولندي'] },
  GR: { en: ['Greek', 'Greeks', 'Hellenic Republic'], ru: ['греческий'], ar: ['يوناني'] },
  CY: { en: ['Cypriot', 'Cypriots', 'Republic of Cyprus'], ru: ['кипрский'], ar: ['قبرصي'] },
  // The Vatican is its own city: no separate city entry in cities.ts.
  VA: { en: ['Vatican', 'Vatican City', 'Holy See'], ru: ['Святой Престол'], ar: ['الكرسي الرسولي', 'دولة الفاتيكان'] },
  CH: { en: ['Swiss', 'Swiss Confederation'], ru: ['швейцарский'], ar: ['سويسري'] },
  NO: { en: ['Norwegian', 'Norwegians'], ru: ['норвежский'], ar: ['نرويجي'] },
  CA: { en: ['Canadian', 'Canadians'], ru: ['канадский'], ar: ['كندي'] },
  AU: { en: ['Australian', 'Australians'], ru: ['австралийский'], ar: ['أسترالي'] },
};

/**
 * Names in i18n-iso-countries (exactly as the package writes them) that news text would misread,
 * to be dropped from the package's names before they are matched. COUNTRY_FORMS is not filtered by
 * this list: "Congo" dropped here comes back for the DRC alone through COUNTRY_FORMS.CD.
 */
// prettier-ignore
export const NOT_COUNTRY_NAMES: readonly string[] = [
  // Arabic
  'عمان', // Oman and Amman (عُمان / عَمّان) fold to one word: Oman by سلطنة عمان/عماني, Amman in cities.ts
  'مالي', // Mali, but also "financial" (الدعم المالي, وزارة المالية → مالي after the suffix is peeled)
  'بنين', // Benin, but also "boys/sons" (مدارس البنين)
  'الصحراء الغربية', // Western Sahara: a place (places.ts), not a country entity
  // Russian: the stem of the name is a common word's
  'Грузия', // stem груз: груз, грузы ("cargo") in every shipping story
  'Мали', // stem мал: мало, малый
  'Того', // stem тог: того ("of that")
  'Дания', // stem дан: данные, данных ("data")
  'Джерси', // Нью-Джерси
  'Самоа', // stem сам: самый, самой
  'САДР', // Western Sahara's entry: the place stands for it
  'Нигер', // Нигер and Нигерия stem alike (нигер): each has its own forms in COUNTRY_FORMS
  'Нигерия',
  // English
  'Jersey', // New Jersey, a jersey
  'Reunion', // a reunion
  'Congo', // both Congos in the package; given to the DRC in COUNTRY_FORMS
  'Western Sahara', // a place (places.ts)
];
