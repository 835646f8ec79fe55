import type { EntityEntry } from '../entity.ts';

/**
 * Bodies (kind `org`: international organisations, governments' institutions, armies) and armed or
 * political groups (kind `group`). An all-capital English acronym is matched only against text in
 * capitals, so "UN", "EU", "IS" do not meet "un", "eu", "is".
 *
 * - OPEC+: the matcher's words drop the "+", so "OPEC+", "ОПЕК+", "أوبك+" fold to OPEC's own name and
 *   cannot be told from OPEC; OPEC+ is listed under its word forms only (OPEC Plus, ОПЕК плюс, أوبك بلس).
 * - "Security Council" alone is the UN's. The Russian Security Council and Iran's Supreme National
 *   Security Council are listed so that their longer names win over it ("Совет безопасности России").
 *   (The US National Security Council is not: "National Security Council" still reads as the UN's.)
 * - Arabic bare القاعدة ("the base", "the rule") is not al-Qaeda, nor فتح ("opening") Fatah, nor
 *   الشباب ("the youth") al-Shabaab: each goes with تنظيم/حركة. مجلس الاتحاد alone is not the
 *   Federation Council (مجلس الاتحاد الأوروبي is the EU's Council); الدوما alone is also Douma,
 *   the Syrian town (دوما). حماس is also "enthusiasm": kept.
 * - Russian "АС" (African Union) is left out: "ас" is the article of ас-Сиси, ас-Судани.
 * - "RSF" (Sudan's Rapid Support Forces) is also Reporters Without Borders, and "Силы быстрого
 *   реагирования" also NATO's response force; both kept, as the Sudan war is this field's reading.
 */
// prettier-ignore
export const ORGANISATIONS: readonly EntityEntry[] = [
  // The UN and its agencies
  { id: 'org:un', kind: 'org', names: { ar: ['الأمم المتحدة', 'هيئة الأمم المتحدة'], ru: ['ООН', 'Организация Объединенных Наций'], en: ['United Nations', 'UN', 'U.N.'] } },
  { id: 'org:un-security-council', kind: 'org', names: { ar: ['مجلس الأمن', 'مجلس الأمن الدولي'], ru: ['Совет Безопасности ООН', 'Совбез ООН', 'СБ ООН', 'Совет Безопасности', 'Совбез'], en: ['UN Security Council', 'United Nations Security Council', 'Security Council', 'UNSC'] } },
  { id: 'org:un-general-assembly', kind: 'org', names: { ar: ['الجمعية العامة للأمم المتحدة', 'الجمعية العامة'], ru: ['Генеральная Ассамблея ООН', 'Генассамблея ООН', 'ГА ООН', 'Генеральная Ассамблея', 'Генассамблея'], en: ['UN General Assembly', 'United Nations General Assembly', 'General Assembly', 'UNGA'] } },
  { id: 'org:unrwa', kind: 'org', names: { ar: ['الأونروا', 'وكالة غوث وتشغيل اللاجئين الفلسطينيين'], ru: ['БАПОР', 'БАПОР ООН'], en: ['UNRWA', 'Unrwa'] } },
  { id: 'org:iaea', kind: 'org', names: { ar: ['الوكالة الدولية للطاقة الذرية', 'الوكالة الذرية'], ru: ['МАГАТЭ', 'Международное агентство по атомной энергии'], en: ['IAEA', 'International Atomic Energy Agency'] } },
  { id: 'org:who', kind: 'org', names: { ar: ['منظمة الصحة العالمية'], ru: ['ВОЗ', 'Всемирная организация здравоохранения'], en: ['WHO', 'World Health Organization'] } },
  { id: 'org:wfp', kind: 'org', names: { ar: ['برنامج الأغذية العالمي'], ru: ['Всемирная продовольственная программа'], en: ['WFP', 'World Food Programme', 'World Food Program'] } },
  { id: 'org:unicef', kind: 'org', names: { ar: ['اليونيسف', 'منظمة الأمم المتحدة للطفولة'], ru: ['ЮНИСЕФ', 'Детский фонд ООН'], en: ['UNICEF'] } },
  { id: 'org:unhcr', kind: 'org', names: { ar: ['المفوضية السامية للأمم المتحدة لشؤون اللاجئين', 'مفوضية الأمم المتحدة لشؤون اللاجئين', 'مفوضية اللاجئين'], ru: ['УВКБ ООН', 'Управление Верховного комиссара ООН по делам беженцев'], en: ['UNHCR', 'UN refugee agency', 'UN High Commissioner for Refugees'] } },
  { id: 'org:ocha', kind: 'org', names: { ar: ['مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية', 'أوتشا'], ru: ['УКГД ООН', 'Управление ООН по координации гуманитарных вопросов'], en: ['OCHA', 'UN Office for the Coordination of Humanitarian Affairs'] } },
  { id: 'org:unifil', kind: 'org', names: { ar: ['اليونيفيل', 'قوات اليونيفيل'], ru: ['ВСООНЛ', 'Временные силы ООН в Ливане'], en: ['UNIFIL'] } },
  { id: 'org:icj', kind: 'org', names: { ar: ['محكمة العدل الدولية'], ru: ['Международный суд ООН', 'Международный суд', 'МС ООН'], en: ['ICJ', 'International Court of Justice', 'World Court'] } },
  { id: 'org:icc', kind: 'org', names: { ar: ['المحكمة الجنائية الدولية', 'الجنائية الدولية'], ru: ['Международный уголовный суд', 'МУС'], en: ['ICC', 'International Criminal Court'] } },
  // The Red Cross and Red Crescent
  { id: 'org:icrc', kind: 'org', names: { ar: ['اللجنة الدولية للصليب الأحمر', 'الصليب الأحمر'], ru: ['Международный комитет Красного Креста', 'МККК', 'Красный Крест'], en: ['ICRC', 'International Committee of the Red Cross', 'Red Cross'] } },
  { id: 'org:red-crescent', kind: 'org', names: { ar: ['الهلال الأحمر'], ru: ['Красный Полумесяц'], en: ['Red Crescent'] } },
  // Money and oil
  { id: 'org:imf', kind: 'org', names: { ar: ['صندوق النقد الدولي'], ru: ['МВФ', 'Международный валютный фонд'], en: ['IMF', 'International Monetary Fund'] } },
  { id: 'org:world-bank', kind: 'org', names: { ar: ['البنك الدولي'], ru: ['Всемирный банк'], en: ['World Bank'] } },
  { id: 'org:opec', kind: 'org', names: { ar: ['أوبك', 'منظمة البلدان المصدرة للنفط'], ru: ['ОПЕК', 'Организация стран-экспортеров нефти'], en: ['OPEC', 'Opec', 'Organization of the Petroleum Exporting Countries'] } },
  { id: 'org:opec-plus', kind: 'org', names: { ar: ['أوبك بلس', 'تحالف أوبك بلس'], ru: ['ОПЕК плюс'], en: ['OPEC Plus'] } },
  { id: 'org:g20', kind: 'org', names: { ar: ['مجموعة العشرين'], ru: ['G20', 'Группа двадцати', 'Большая двадцатка'], en: ['G20', 'G-20', 'Group of Twenty'] } },
  { id: 'org:g7', kind: 'org', names: { ar: ['مجموعة السبع', 'مجموعة الدول السبع'], ru: ['G7', 'Группа семи', 'Большая семерка'], en: ['G7', 'G-7', 'Group of Seven'] } },
  // Regional organisations
  { id: 'org:gcc', kind: 'org', names: { ar: ['مجلس التعاون الخليجي', 'مجلس التعاون لدول الخليج العربية', 'مجلس التعاون'], ru: ['ССАГПЗ', 'Совет сотрудничества арабских государств Персидского залива', 'Совет сотрудничества стран Персидского залива'], en: ['GCC', 'Gulf Cooperation Council', 'Cooperation Council for the Arab States of the Gulf'] } },
  { id: 'org:arab-league', kind: 'org', names: { ar: ['جامعة الدول العربية', 'الجامعة العربية'], ru: ['Лига арабских государств', 'ЛАГ'], en: ['Arab League', 'League of Arab States'] } },
  { id: 'org:arab-parliament', kind: 'org', names: { ar: ['البرلمان العربي'], ru: ['Арабский парламент'], en: ['Arab Parliament'] } },
  { id: 'org:oic', kind: 'org', names: { ar: ['منظمة التعاون الإسلامي'], ru: ['Организация исламского сотрудничества', 'ОИС'], en: ['OIC', 'Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation'] } },
  { id: 'org:african-union', kind: 'org', names: { ar: ['الاتحاد الأفريقي'], ru: ['Африканский союз'], en: ['African Union', 'AU'] } },
  { id: 'org:eu', kind: 'org', names: { ar: ['الاتحاد الأوروبي', 'مجلس الاتحاد الأوروبي'], ru: ['ЕС', 'Евросоюз', 'Европейский союз'], en: ['EU', 'European Union'] } },
  { id: 'org:nato', kind: 'org', names: { ar: ['الناتو', 'حلف الناتو', 'حلف شمال الأطلسي', 'حلف الأطلسي'], ru: ['НАТО', 'Североатлантический альянс'], en: ['NATO', 'Nato', 'North Atlantic Treaty Organization'] } },
  { id: 'org:brics', kind: 'org', names: { ar: ['بريكس', 'مجموعة بريكس'], ru: ['БРИКС'], en: ['BRICS', 'Brics'] } },
  { id: 'org:sco', kind: 'org', names: { ar: ['منظمة شنغهاي للتعاون', 'منظمة شنغهاي'], ru: ['ШОС', 'Шанхайская организация сотрудничества'], en: ['SCO', 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization'] } },
  { id: 'org:csto', kind: 'org', names: { ar: ['منظمة معاهدة الأمن الجماعي'], ru: ['ОДКБ', 'Организация Договора о коллективной безопасности'], en: ['CSTO', 'Collective Security Treaty Organization'] } },
  { id: 'org:eaeu', kind: 'org', names: { ar: ['الاتحاد الاقتصادي الأوراسي'], ru: ['ЕАЭС', 'Евразийский экономический союз'], en: ['EAEU', 'Eurasian Economic Union'] } },
  { id: 'org:cis', kind: 'org', names: { ar: ['رابطة الدول المستقلة', 'كومنولث الدول المستقلة'], ru: ['СНГ', 'Содружество Независимых Государств'], en: ['CIS', 'Commonwealth of Independent States'] } },
  // Russia
  { id: 'org:kremlin', kind: 'org', country: 'country:RU', names: { ar: ['الكرملين'], ru: ['Кремль'], en: ['Kremlin'] } },
  { id: 'org:russian-mfa', kind: 'org', country: 'country:RU', names: { ar: ['الخارجية الروسية', 'وزارة الخارجية الروسية'], ru: ['МИД России', 'МИД РФ', 'российский МИД', 'Министерство иностранных дел России', 'Министерство иностранных дел Российской Федерации'], en: ['Russian Foreign Ministry', "Russia's Foreign Ministry", 'Russian MFA'] } },
  { id: 'org:russian-security-council', kind: 'org', country: 'country:RU', names: { ar: ['مجلس الأمن الروسي', 'مجلس الأمن القومي الروسي'], ru: ['Совет безопасности России', 'Совет безопасности РФ', 'Совбез России', 'Совбез РФ'], en: ['Russian Security Council', 'Security Council of Russia'] } },
  { id: 'org:state-duma', kind: 'org', country: 'country:RU', names: { ar: ['مجلس الدوما'], ru: ['Госдума', 'Государственная дума'], en: ['State Duma', 'Duma'] } },
  { id: 'org:federation-council', kind: 'org', country: 'country:RU', names: { ar: ['مجلس الاتحاد الروسي'], ru: ['Совет Федерации', 'Совфед'], en: ['Federation Council'] } },
  // The United States
  { id: 'org:white-house', kind: 'org', country: 'country:US', names: { ar: ['البيت الأبيض'], ru: ['Белый дом'], en: ['White House'] } },
  { id: 'org:pentagon', kind: 'org', country: 'country:US', names: { ar: ['البنتاغون', 'البنتاجون', 'وزارة الدفاع الأمريكية', 'وزارة الدفاع الأميركية', 'وزارة الحرب الأمريكية'], ru: ['Пентагон', 'Министерство обороны США', 'Минобороны США', 'Министерство войны США'], en: ['Pentagon', 'Department of Defense', 'Department of War', 'War Department'] } },
  { id: 'org:state-department', kind: 'org', country: 'country:US', names: { ar: ['وزارة الخارجية الأمريكية', 'وزارة الخارجية الأميركية', 'الخارجية الأمريكية', 'الخارجية الأميركية'], ru: ['Госдепартамент', 'Госдеп', 'Государственный департамент'], en: ['State Department', 'Department of State'] } },
  // Israel and Palestine
  { id: 'org:knesset', kind: 'org', country: 'country:IL', names: { ar: ['الكنيست'], ru: ['Кнессет'], en: ['Knesset'] } },
  { id: 'org:idf', kind: 'org', country: 'country:IL', names: { ar: ['الجيش الإسرائيلي', 'جيش الاحتلال', 'جيش الاحتلال الإسرائيلي'], ru: ['ЦАХАЛ', 'Армия обороны Израиля', 'израильская армия'], en: ['IDF', 'Israel Defense Forces', 'Israeli army', 'Israeli military'] } },
  { id: 'org:palestinian-authority', kind: 'org', country: 'country:PS', names: { ar: ['السلطة الفلسطينية', 'السلطة الوطنية الفلسطينية'], ru: ['Палестинская национальная администрация', 'ПНА', 'Палестинская администрация'], en: ['Palestinian Authority', 'Palestinian National Authority'] } },
  // Iran
  { id: 'org:irgc', kind: 'org', country: 'country:IR', names: { ar: ['الحرس الثوري', 'الحرس الثوري الإيراني', 'حرس الثورة'], ru: ['КСИР', 'Корпус стражей исламской революции'], en: ['IRGC', 'Islamic Revolutionary Guard Corps', 'Revolutionary Guards', 'Revolutionary Guard'] } },
  { id: 'org:quds-force', kind: 'org', country: 'country:IR', names: { ar: ['فيلق القدس'], ru: ['силы Кудс', 'спецподразделение Кудс'], en: ['Quds Force'] } },
  { id: 'org:iran-snsc', kind: 'org', country: 'country:IR', names: { ar: ['المجلس الأعلى للأمن القومي', 'المجلس الأعلى للأمن القومي الإيراني'], ru: ['Высший совет национальной безопасности', 'ВСНБ'], en: ['Supreme National Security Council', 'SNSC'] } },

  // Armed and political groups
  { id: 'group:hamas', kind: 'group', names: { ar: ['حماس', 'حركة حماس', 'حركة المقاومة الإسلامية', 'كتائب القسام', 'كتائب عز الدين القسام'], ru: ['ХАМАС', 'Движение исламского сопротивления', 'бригады Изз ад-Дин аль-Кассам', 'бригады аль-Кассам'], en: ['Hamas', 'Islamic Resistance Movement', 'Qassam Brigades', 'Izz ad-Din al-Qassam Brigades', 'Ezzedine al-Qassam Brigades'] } },
  { id: 'group:hezbollah', kind: 'group', names: { ar: ['حزب الله'], ru: ['Хезболла', 'Хизбалла', 'Хезбалла'], en: ['Hezbollah', 'Hizbollah', 'Hizballah'] } },
  { id: 'group:houthis', kind: 'group', names: { ar: ['الحوثي', 'الحوثيين', 'جماعة الحوثي', 'أنصار الله'], ru: ['хуситы', 'хуситский', 'Ансар Алла', 'Ансаралла'], en: ['Houthis', 'Houthi', 'Ansar Allah', 'Ansarallah'] } },
  { id: 'group:islamic-state', kind: 'group', names: { ar: ['داعش', 'تنظيم داعش', 'تنظيم الدولة الإسلامية', 'الدولة الإسلامية', 'تنظيم الدولة'], ru: ['ИГ', 'ИГИЛ', 'Исламское государство', 'ДАИШ'], en: ['Islamic State', 'ISIS', 'ISIL', 'IS', 'Daesh'] } },
  { id: 'group:al-qaeda', kind: 'group', names: { ar: ['تنظيم القاعدة', 'القاعدة في جزيرة العرب'], ru: ['Аль-Каида', 'Аль-Каеда'], en: ['Al-Qaeda', 'al-Qaida', 'AQAP'] } },
  { id: 'group:taliban', kind: 'group', names: { ar: ['طالبان', 'حركة طالبان'], ru: ['Талибан', 'талибы'], en: ['Taliban'] } },
  { id: 'group:pkk', kind: 'group', names: { ar: ['حزب العمال الكردستاني', 'بي كا كا'], ru: ['РПК', 'Рабочая партия Курдистана'], en: ['PKK', "Kurdistan Workers' Party"] } },
  { id: 'group:sdf', kind: 'group', names: { ar: ['قسد', 'قوات سوريا الديمقراطية', 'قوات سورية الديمقراطية'], ru: ['СДС', 'Сирийские демократические силы'], en: ['SDF', 'Syrian Democratic Forces'] } },
  { id: 'group:hts', kind: 'group', names: { ar: ['هيئة تحرير الشام', 'تحرير الشام'], ru: ['Хайят Тахрир аш-Шам', 'ХТШ'], en: ['HTS', 'Hayat Tahrir al-Sham', "Hay'at Tahrir al-Sham"] } },
  { id: 'group:fatah', kind: 'group', names: { ar: ['حركة فتح', 'حركة التحرير الوطني الفلسطيني'], ru: ['ФАТХ'], en: ['Fatah'] } },
  { id: 'group:islamic-jihad', kind: 'group', names: { ar: ['الجهاد الإسلامي', 'حركة الجهاد الإسلامي', 'سرايا القدس'], ru: ['Исламский джихад', 'бригады аль-Кудс'], en: ['Islamic Jihad', 'Palestinian Islamic Jihad', 'PIJ', 'Al-Quds Brigades'] } },
  { id: 'group:rsf', kind: 'group', names: { ar: ['قوات الدعم السريع', 'الدعم السريع'], ru: ['Силы быстрого реагирования', 'Силы быстрой поддержки', 'СБР'], en: ['Rapid Support Forces', 'RSF'] } },
  { id: 'group:polisario', kind: 'group', names: { ar: ['جبهة البوليساريو', 'البوليساريو'], ru: ['Фронт Полисарио', 'Полисарио'], en: ['Polisario Front', 'Polisario'] } },
  { id: 'group:al-shabaab', kind: 'group', names: { ar: ['حركة الشباب', 'حركة الشباب المجاهدين'], ru: ['Аш-Шабаб', 'Харакат аш-Шабаб'], en: ['Al-Shabaab', 'al-Shabab'] } },
];
