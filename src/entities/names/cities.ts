import type { EntityEntry } from '../entity.ts';

/**
 * Capitals and the cities and towns the field's news is datelined from or speaks of. A capital is
 * marked, since "Moscow says" often stands for the state.
 *
 * Where a city shares its name with its state — الكويت/Кувейт (Kuwait), تونس/Тунис (Tunis),
 * الجزائر/Алжир (Algiers), جيبوتي/Джибути — the bare name is the state's (countries.ts) and the city
 * has only forms that name it alone (مدينة الكويت, Kuwait City, Эль-Кувейт).
 *
 * Tripoli: the bare Tripoli/طرابلس/Триполи is given to neither city. Libya's capital is the more
 * frequent reading in wire copy, but Lebanon's Tripoli is in the news too, and a wrong city links
 * two unrelated stories; each city has the forms that tell it apart (طرابلس الغرب, العاصمة الليبية
 * طرابلس, ливийский Триполи / طرابلس الشام, طرابلس اللبنانية, ливанский Триполи).
 *
 * Other bare names left out, as common words or names of other things:
 * - Arabic الخليل (Hebron) is also the given name Khalil (خليل الحية); صور (Tyre) is "pictures";
 *   الرقة (Raqqa) is reached from ورقة ("paper") and فرقة ("band") once و/ف are peeled; تعز (Taiz)
 *   from تعزية ("condolences", in every Gulf agency's feed) once ية is peeled;
 *   العقبة (Aqaba) is "the obstacle"; المدينة alone is "the city" (Medina is المدينة المنورة);
 *   سيول (Seoul) is "torrents" (سيئول is kept); عمان is Oman as well as Amman.
 * - English "Hama": Snowball stems "Hamas" to hama, the same key. "Gaza" alone is the Strip (places.ts).
 * - Russian "Сана" (Sanaa) is also the Syrian agency САНА, which TASS cites constantly; "Дели" stems to
 *   дел (дела); "Газа" stems to газ ("gas", газа) and is left out everywhere. Snowball stems "Аден" and
 *   "Адена" to ад ("hell") and "Неом" to не ("not"): Aden is named by "город/порт Аден" and by the
 *   prepositional "Адене" (в Адене), whose stem is аден; NEOM by "мегаполис Неом" and the Latin NEOM.
 * - Jerusalem has no country and no capital mark: its status is disputed, and neither "Jerusalem
 *   says" for Israel nor East Jerusalem (places.ts) as Palestine's capital is this list's to decide.
 * Kept though not unique: الرياض (also the given name Riyad, and الرياضة "sport" peels to it), حلب
 * (حلبة "arena" peels to it), مسقط (also مسقط رأسه, "birthplace"), Russian "Фордо" (stems to форд, Ford),
 * القاهرة (also قوة قاهرة, "force majeure"), Port Said ("the port said").
 */
// prettier-ignore
export const CITIES: readonly EntityEntry[] = [
  // Gulf
  { id: 'city:riyadh', kind: 'city', country: 'country:SA', capital: true, names: { ar: ['الرياض'], ru: ['Эр-Рияд', 'Рияд'], en: ['Riyadh'] } },
  { id: 'city:jeddah', kind: 'city', country: 'country:SA', names: { ar: ['جدة'], ru: ['Джидда'], en: ['Jeddah', 'Jidda'] } },
  { id: 'city:mecca', kind: 'city', country: 'country:SA', names: { ar: ['مكة', 'مكة المكرمة'], ru: ['Мекка'], en: ['Mecca', 'Makkah'] } },
  { id: 'city:medina', kind: 'city', country: 'country:SA', names: { ar: ['المدينة المنورة'], ru: ['Медина'], en: ['Medina', 'Madinah'] } },
  { id: 'city:dammam', kind: 'city', country: 'country:SA', names: { ar: ['الدمام'], ru: ['Даммам'], en: ['Dammam'] } },
  { id: 'city:neom', kind: 'city', country: 'country:SA', names: { ar: ['نيوم'], ru: ['мегаполис Неом', 'NEOM'], en: ['NEOM', 'Neom'] } },
  { id: 'city:abu-dhabi', kind: 'city', country: 'country:AE', capital: true, names: { ar: ['أبوظبي', 'أبو ظبي'], ru: ['Абу-Даби'], en: ['Abu Dhabi'] } },
  { id: 'city:dubai', kind: 'city', country: 'country:AE', names: { ar: ['دبي'], ru: ['Дубай'], en: ['Dubai'] } },
  { id: 'city:sharjah', kind: 'city', country: 'country:AE', names: { ar: ['الشارقة'], ru: ['Шарджа'], en: ['Sharjah'] } },
  { id: 'city:doha', kind: 'city', country: 'country:QA', capital: true, names: { ar: ['الدوحة'], ru: ['Доха'], en: ['Doha'] } },
  { id: 'city:manama', kind: 'city', country: 'country:BH', capital: true, names: { ar: ['المنامة'], ru: ['Манама'], en: ['Manama'] } },
  { id: 'city:muscat', kind: 'city', country: 'country:OM', capital: true, names: { ar: ['مسقط'], ru: ['Маскат'], en: ['Muscat'] } },
  { id: 'city:kuwait-city', kind: 'city', country: 'country:KW', capital: true, names: { ar: ['مدينة الكويت'], ru: ['Эль-Кувейт', 'город Кувейт'], en: ['Kuwait City'] } },
  // Palestine and Israel
  { id: 'city:gaza-city', kind: 'city', country: 'country:PS', names: { ar: ['مدينة غزة'], ru: ['город Газа'], en: ['Gaza City'] } },
  { id: 'city:rafah', kind: 'city', country: 'country:PS', names: { ar: ['رفح'], ru: ['Рафах'], en: ['Rafah'] } },
  { id: 'city:khan-younis', kind: 'city', country: 'country:PS', names: { ar: ['خان يونس'], ru: ['Хан-Юнис'], en: ['Khan Younis', 'Khan Yunis'] } },
  { id: 'city:jenin', kind: 'city', country: 'country:PS', names: { ar: ['جنين'], ru: ['Дженин'], en: ['Jenin'] } },
  { id: 'city:nablus', kind: 'city', country: 'country:PS', names: { ar: ['نابلس'], ru: ['Наблус'], en: ['Nablus'] } },
  { id: 'city:hebron', kind: 'city', country: 'country:PS', names: { ar: ['مدينة الخليل', 'محافظة الخليل'], ru: ['Хеврон', 'Эль-Халиль'], en: ['Hebron'] } },
  { id: 'city:ramallah', kind: 'city', country: 'country:PS', names: { ar: ['رام الله'], ru: ['Рамалла'], en: ['Ramallah'] } },
  { id: 'city:jerusalem', kind: 'city', names: { ar: ['القدس', 'القدس المحتلة'], ru: ['Иерусалим'], en: ['Jerusalem'] } },
  { id: 'city:tel-aviv', kind: 'city', country: 'country:IL', names: { ar: ['تل أبيب'], ru: ['Тель-Авив'], en: ['Tel Aviv'] } },
  { id: 'city:haifa', kind: 'city', country: 'country:IL', names: { ar: ['حيفا'], ru: ['Хайфа'], en: ['Haifa'] } },
  // Syria
  { id: 'city:damascus', kind: 'city', country: 'country:SY', capital: true, names: { ar: ['دمشق'], ru: ['Дамаск'], en: ['Damascus'] } },
  { id: 'city:aleppo', kind: 'city', country: 'country:SY', names: { ar: ['حلب'], ru: ['Алеппо', 'Халеб'], en: ['Aleppo'] } },
  { id: 'city:idlib', kind: 'city', country: 'country:SY', names: { ar: ['إدلب'], ru: ['Идлиб'], en: ['Idlib'] } },
  { id: 'city:homs', kind: 'city', country: 'country:SY', names: { ar: ['حمص'], ru: ['Хомс'], en: ['Homs'] } },
  { id: 'city:hama', kind: 'city', country: 'country:SY', names: { ar: ['حماة'], ru: ['Хама'], en: ['city of Hama', 'Hama province'] } },
  { id: 'city:latakia', kind: 'city', country: 'country:SY', names: { ar: ['اللاذقية'], ru: ['Латакия'], en: ['Latakia'] } },
  { id: 'city:tartus', kind: 'city', country: 'country:SY', names: { ar: ['طرطوس'], ru: ['Тартус'], en: ['Tartus'] } },
  { id: 'city:deir-ez-zor', kind: 'city', country: 'country:SY', names: { ar: ['دير الزور'], ru: ['Дейр-эз-Зор'], en: ['Deir ez-Zor', 'Deir el-Zour', 'Deir al-Zor'] } },
  { id: 'city:raqqa', kind: 'city', country: 'country:SY', names: { ar: ['مدينة الرقة', 'محافظة الرقة', 'ريف الرقة'], ru: ['Ракка'], en: ['Raqqa'] } },
  { id: 'city:daraa', kind: 'city', country: 'country:SY', names: { ar: ['درعا'], ru: ['Дераа', 'Даръа'], en: ['Daraa', 'Deraa'] } },
  // Lebanon
  { id: 'city:beirut', kind: 'city', country: 'country:LB', capital: true, names: { ar: ['بيروت'], ru: ['Бейрут'], en: ['Beirut'] } },
  { id: 'city:tyre', kind: 'city', country: 'country:LB', names: { ar: ['مدينة صور', 'قضاء صور'], ru: ['Тир'], en: ['Tyre'] } },
  { id: 'city:sidon', kind: 'city', country: 'country:LB', names: { ar: ['صيدا'], ru: ['Сидон', 'Сайда'], en: ['Sidon', 'Saida'] } },
  { id: 'city:baalbek', kind: 'city', country: 'country:LB', names: { ar: ['بعلبك'], ru: ['Баальбек'], en: ['Baalbek'] } },
  { id: 'city:tripoli-lebanon', kind: 'city', country: 'country:LB', names: { ar: ['طرابلس الشام', 'طرابلس اللبنانية', 'طرابلس الفيحاء'], ru: ['ливанский Триполи'], en: ['Tripoli, Lebanon', 'Lebanese city of Tripoli'] } },
  // Libya
  { id: 'city:tripoli-libya', kind: 'city', country: 'country:LY', capital: true, names: { ar: ['طرابلس الغرب', 'طرابلس الليبية', 'العاصمة الليبية طرابلس'], ru: ['ливийский Триполи', 'столица Ливии Триполи'], en: ['Tripoli, Libya', 'Libyan capital Tripoli'] } },
  { id: 'city:benghazi', kind: 'city', country: 'country:LY', names: { ar: ['بنغازي'], ru: ['Бенгази'], en: ['Benghazi'] } },
  { id: 'city:misrata', kind: 'city', country: 'country:LY', names: { ar: ['مصراتة'], ru: ['Мисурата'], en: ['Misrata', 'Misurata'] } },
  { id: 'city:sirte', kind: 'city', country: 'country:LY', names: { ar: ['سرت'], ru: ['Сирт'], en: ['Sirte'] } },
  // Yemen
  { id: 'city:sanaa', kind: 'city', country: 'country:YE', capital: true, names: { ar: ['صنعاء'], ru: ['город Сана', 'йеменская столица Сана'], en: ['Sanaa', "Sana'a"] } },
  { id: 'city:aden', kind: 'city', country: 'country:YE', names: { ar: ['عدن'], ru: ['город Аден', 'порт Аден', 'Адене'], en: ['Aden'] } },
  { id: 'city:hodeidah', kind: 'city', country: 'country:YE', names: { ar: ['الحديدة'], ru: ['Ходейда'], en: ['Hodeidah', 'Hudaydah'] } },
  { id: 'city:marib', kind: 'city', country: 'country:YE', names: { ar: ['مأرب'], ru: ['Мариб'], en: ['Marib'] } },
  { id: 'city:taiz', kind: 'city', country: 'country:YE', names: { ar: ['مدينة تعز', 'محافظة تعز'], ru: ['Таиз'], en: ['Taiz'] } },
  { id: 'city:mukalla', kind: 'city', country: 'country:YE', names: { ar: ['المكلا'], ru: ['Мукалла'], en: ['Mukalla'] } },
  // Iraq
  { id: 'city:baghdad', kind: 'city', country: 'country:IQ', capital: true, names: { ar: ['بغداد'], ru: ['Багдад'], en: ['Baghdad'] } },
  { id: 'city:basra', kind: 'city', country: 'country:IQ', names: { ar: ['البصرة'], ru: ['Басра'], en: ['Basra', 'Basrah'] } },
  { id: 'city:mosul', kind: 'city', country: 'country:IQ', names: { ar: ['الموصل'], ru: ['Мосул'], en: ['Mosul'] } },
  { id: 'city:erbil', kind: 'city', country: 'country:IQ', names: { ar: ['أربيل'], ru: ['Эрбиль'], en: ['Erbil', 'Irbil'] } },
  { id: 'city:najaf', kind: 'city', country: 'country:IQ', names: { ar: ['النجف'], ru: ['Наджаф'], en: ['Najaf'] } },
  { id: 'city:karbala', kind: 'city', country: 'country:IQ', names: { ar: ['كربلاء'], ru: ['Кербела'], en: ['Karbala'] } },
  // Egypt, Jordan, Sudan
  { id: 'city:cairo', kind: 'city', country: 'country:EG', capital: true, names: { ar: ['القاهرة'], ru: ['Каир'], en: ['Cairo'] } },
  { id: 'city:alexandria', kind: 'city', country: 'country:EG', names: { ar: ['الإسكندرية'], ru: ['Александрия'], en: ['Alexandria'] } },
  { id: 'city:sharm-el-sheikh', kind: 'city', country: 'country:EG', names: { ar: ['شرم الشيخ'], ru: ['Шарм-эш-Шейх'], en: ['Sharm el-Sheikh', 'Sharm al-Sheikh'] } },
  { id: 'city:port-said', kind: 'city', country: 'country:EG', names: { ar: ['بورسعيد', 'بور سعيد'], ru: ['Порт-Саид'], en: ['Port Said'] } },
  { id: 'city:amman', kind: 'city', country: 'country:JO', capital: true, names: { ar: ['العاصمة الأردنية عمان', 'عمان الأردنية'], ru: ['Амман'], en: ['Amman'] } },
  { id: 'city:aqaba', kind: 'city', country: 'country:JO', names: { ar: ['مدينة العقبة', 'ميناء العقبة'], ru: ['Акаба'], en: ['Aqaba'] } },
  { id: 'city:khartoum', kind: 'city', country: 'country:SD', capital: true, names: { ar: ['الخرطوم'], ru: ['Хартум'], en: ['Khartoum'] } },
  { id: 'city:port-sudan', kind: 'city', country: 'country:SD', names: { ar: ['بورتسودان', 'بور سودان'], ru: ['Порт-Судан'], en: ['Port Sudan'] } },
  { id: 'city:el-fasher', kind: 'city', country: 'country:SD', names: { ar: ['الفاشر'], ru: ['Эль-Фашер'], en: ['El Fasher', 'al-Fashir'] } },
  // Other Arab League capitals
  { id: 'city:tunis', kind: 'city', country: 'country:TN', capital: true, names: { ar: ['تونس العاصمة'], ru: ['город Тунис'], en: ['Tunis'] } },
  { id: 'city:algiers', kind: 'city', country: 'country:DZ', capital: true, names: { ar: ['الجزائر العاصمة'], ru: ['город Алжир'], en: ['Algiers'] } },
  { id: 'city:rabat', kind: 'city', country: 'country:MA', capital: true, names: { ar: ['الرباط'], ru: ['Рабат'], en: ['Rabat'] } },
  { id: 'city:nouakchott', kind: 'city', country: 'country:MR', capital: true, names: { ar: ['نواكشوط'], ru: ['Нуакшот'], en: ['Nouakchott'] } },
  { id: 'city:mogadishu', kind: 'city', country: 'country:SO', capital: true, names: { ar: ['مقديشو'], ru: ['Могадишо'], en: ['Mogadishu'] } },
  { id: 'city:djibouti', kind: 'city', country: 'country:DJ', capital: true, names: { ar: ['مدينة جيبوتي'], ru: ['город Джибути'], en: ['Djibouti City'] } },
  { id: 'city:moroni', kind: 'city', country: 'country:KM', capital: true, names: { ar: ['موروني'], ru: ['Морони'], en: ['Moroni'] } },
  // Iran
  { id: 'city:tehran', kind: 'city', country: 'country:IR', capital: true, names: { ar: ['طهران'], ru: ['Тегеран'], en: ['Tehran'] } },
  { id: 'city:isfahan', kind: 'city', country: 'country:IR', names: { ar: ['أصفهان'], ru: ['Исфахан'], en: ['Isfahan', 'Esfahan'] } },
  { id: 'city:bushehr', kind: 'city', country: 'country:IR', names: { ar: ['بوشهر'], ru: ['Бушер'], en: ['Bushehr'] } },
  { id: 'city:natanz', kind: 'city', country: 'country:IR', names: { ar: ['نطنز'], ru: ['Натанз'], en: ['Natanz'] } },
  { id: 'city:fordow', kind: 'city', country: 'country:IR', names: { ar: ['فوردو', 'فردو'], ru: ['Фордо'], en: ['Fordow', 'Fordo'] } },
  { id: 'city:bandar-abbas', kind: 'city', country: 'country:IR', names: { ar: ['بندر عباس'], ru: ['Бендер-Аббас'], en: ['Bandar Abbas'] } },
  // Turkey
  { id: 'city:ankara', kind: 'city', country: 'country:TR', capital: true, names: { ar: ['أنقرة'], ru: ['Анкара'], en: ['Ankara'] } },
  { id: 'city:istanbul', kind: 'city', country: 'country:TR', names: { ar: ['إسطنبول'], ru: ['Стамбул'], en: ['Istanbul'] } },
  { id: 'city:antalya', kind: 'city', country: 'country:TR', names: { ar: ['أنطاليا'], ru: ['Анталья', 'Анталия'], en: ['Antalya'] } },
  // Russia and the former Soviet states
  { id: 'city:moscow', kind: 'city', country: 'country:RU', capital: true, names: { ar: ['موسكو'], ru: ['Москва'], en: ['Moscow'] } },
  { id: 'city:st-petersburg', kind: 'city', country: 'country:RU', names: { ar: ['سانت بطرسبرغ', 'بطرسبورغ', 'سان بطرسبرغ'], ru: ['Санкт-Петербург', 'Петербург'], en: ['St Petersburg', 'Saint Petersburg'] } },
  { id: 'city:sochi', kind: 'city', country: 'country:RU', names: { ar: ['سوتشي'], ru: ['Сочи'], en: ['Sochi'] } },
  { id: 'city:kazan', kind: 'city', country: 'country:RU', names: { ar: ['قازان'], ru: ['Казань'], en: ['Kazan'] } },
  { id: 'city:minsk', kind: 'city', country: 'country:BY', capital: true, names: { ar: ['مينسك'], ru: ['Минск'], en: ['Minsk'] } },
  { id: 'city:kyiv', kind: 'city', country: 'country:UA', capital: true, names: { ar: ['كييف'], ru: ['Киев'], en: ['Kyiv', 'Kiev'] } },
  { id: 'city:astana', kind: 'city', country: 'country:KZ', capital: true, names: { ar: ['أستانا'], ru: ['Астана'], en: ['Astana'] } },
  { id: 'city:almaty', kind: 'city', country: 'country:KZ', names: { ar: ['ألماتي'], ru: ['Алматы', 'Алма-Ата'], en: ['Almaty'] } },
  { id: 'city:tashkent', kind: 'city', country: 'country:UZ', capital: true, names: { ar: ['طشقند'], ru: ['Ташкент'], en: ['Tashkent'] } },
  { id: 'city:dushanbe', kind: 'city', country: 'country:TJ', capital: true, names: { ar: ['دوشنبه'], ru: ['Душанбе'], en: ['Dushanbe'] } },
  { id: 'city:bishkek', kind: 'city', country: 'country:KG', capital: true, names: { ar: ['بيشكيك'], ru: ['Бишкек'], en: ['Bishkek'] } },
  { id: 'city:ashgabat', kind: 'city', country: 'country:TM', capital: true, names: { ar: ['عشق آباد', 'عشقاباد'], ru: ['Ашхабад'], en: ['Ashgabat'] } },
  { id: 'city:baku', kind: 'city', country: 'country:AZ', capital: true, names: { ar: ['باكو'], ru: ['Баку'], en: ['Baku'] } },
  { id: 'city:yerevan', kind: 'city', country: 'country:AM', capital: true, names: { ar: ['يريفان'], ru: ['Ереван'], en: ['Yerevan'] } },
  { id: 'city:tbilisi', kind: 'city', country: 'country:GE', capital: true, names: { ar: ['تبليسي'], ru: ['Тбилиси'], en: ['Tbilisi'] } },
  // Europe
  { id: 'city:geneva', kind: 'city', country: 'country:CH', names: { ar: ['جنيف'], ru: ['Женева'], en: ['Geneva'] } },
  { id: 'city:bern', kind: 'city', country: 'country:CH', capital: true, names: { ar: ['برن'], ru: ['Берн'], en: ['Bern', 'Berne'] } },
  { id: 'city:vienna', kind: 'city', country: 'country:AT', capital: true, names: { ar: ['فيينا'], ru: ['Вена'], en: ['Vienna'] } },
  { id: 'city:brussels', kind: 'city', country: 'country:BE', capital: true, names: { ar: ['بروكسل'], ru: ['Брюссель'], en: ['Brussels'] } },
  { id: 'city:paris', kind: 'city', country: 'country:FR', capital: true, names: { ar: ['باريس'], ru: ['Париж'], en: ['Paris'] } },
  { id: 'city:london', kind: 'city', country: 'country:GB', capital: true, names: { ar: ['لندن'], ru: ['Лондон'], en: ['London'] } },
  { id: 'city:berlin', kind: 'city', country: 'country:DE', capital: true, names: { ar: ['برلين'], ru: ['Берлин'], en: ['Berlin'] } },
  { id: 'city:rome', kind: 'city', country: 'country:IT', capital: true, names: { ar: ['روما'], ru: ['Рим'], en: ['Rome'] } },
  { id: 'city:madrid', kind: 'city', country: 'country:ES', capital: true, names: { ar: ['مدريد'], ru: ['Мадрид'], en: ['Madrid'] } },
  { id: 'city:belgrade', kind: 'city', country: 'country:RS', capital: true, names: { ar: ['بلغراد'], ru: ['Белград'], en: ['Belgrade'] } },
  { id: 'city:budapest', kind: 'city', country: 'country:HU', capital: true, names: { ar: ['بودابست'], ru: ['Будапешт'], en: ['Budapest'] } },
  { id: 'city:warsaw', kind: 'city', country: 'country:PL', capital: true, names: { ar: ['وارسو'], ru: ['Варшава'], en: ['Warsaw'] } },
  { id: 'city:athens', kind: 'city', country: 'country:GR', capital: true, names: { ar: ['أثينا'], ru: ['Афины'], en: ['Athens'] } },
  { id: 'city:nicosia', kind: 'city', country: 'country:CY', capital: true, names: { ar: ['نيقوسيا'], ru: ['Никосия'], en: ['Nicosia'] } },
  { id: 'city:oslo', kind: 'city', country: 'country:NO', capital: true, names: { ar: ['أوسلو'], ru: ['Осло'], en: ['Oslo'] } },
  // The Americas
  { id: 'city:washington', kind: 'city', country: 'country:US', capital: true, names: { ar: ['واشنطن'], ru: ['Вашингтон'], en: ['Washington'] } },
  { id: 'city:new-york', kind: 'city', country: 'country:US', names: { ar: ['نيويورك'], ru: ['Нью-Йорк'], en: ['New York'] } },
  { id: 'city:ottawa', kind: 'city', country: 'country:CA', capital: true, names: { ar: ['أوتاوا'], ru: ['Оттава'], en: ['Ottawa'] } },
  { id: 'city:brasilia', kind: 'city', country: 'country:BR', capital: true, names: { ar: ['برازيليا'], ru: ['город Бразилиа'], en: ['Brasilia'] } },
  { id: 'city:caracas', kind: 'city', country: 'country:VE', capital: true, names: { ar: ['كاراكاس'], ru: ['Каракас'], en: ['Caracas'] } },
  { id: 'city:havana', kind: 'city', country: 'country:CU', capital: true, names: { ar: ['هافانا'], ru: ['Гавана'], en: ['Havana'] } },
  // Asia and Oceania
  { id: 'city:beijing', kind: 'city', country: 'country:CN', capital: true, names: { ar: ['بكين'], ru: ['Пекин'], en: ['Beijing'] } },
  { id: 'city:new-delhi', kind: 'city', country: 'country:IN', capital: true, names: { ar: ['نيودلهي', 'نيو دلهي'], ru: ['Нью-Дели'], en: ['New Delhi'] } },
  { id: 'city:islamabad', kind: 'city', country: 'country:PK', capital: true, names: { ar: ['إسلام آباد'], ru: ['Исламабад'], en: ['Islamabad'] } },
  { id: 'city:kabul', kind: 'city', country: 'country:AF', capital: true, names: { ar: ['كابول'], ru: ['Кабул'], en: ['Kabul'] } },
  { id: 'city:tokyo', kind: 'city', country: 'country:JP', capital: true, names: { ar: ['طوكيو'], ru: ['Токио'], en: ['Tokyo'] } },
  { id: 'city:seoul', kind: 'city', country: 'country:KR', capital: true, names: { ar: ['سيئول', 'العاصمة الكورية الجنوبية سيول'], ru: ['Сеул'], en: ['Seoul'] } },
  { id: 'city:pyongyang', kind: 'city', country: 'country:KP', capital: true, names: { ar: ['بيونغ يانغ', 'بيونغيانغ'], ru: ['Пхеньян'], en: ['Pyongyang'] } },
  { id: 'city:jakarta', kind: 'city', country: 'country:ID', capital: true, names: { ar: ['جاكرتا'], ru: ['Джакарта'], en: ['Jakarta'] } },
  { id: 'city:kuala-lumpur', kind: 'city', country: 'country:MY', capital: true, names: { ar: ['كوالالمبور', 'كوالا لمبور'], ru: ['Куала-Лумпур'], en: ['Kuala Lumpur'] } },
  { id: 'city:canberra', kind: 'city', country: 'country:AU', capital: true, names: { ar: ['كانبرا'], ru: ['Канберра'], en: ['Canberra'] } },
  // Africa
  { id: 'city:addis-ababa', kind: 'city', country: 'country:ET', capital: true, names: { ar: ['أديس أبابا'], ru: ['Аддис-Абеба'], en: ['Addis Ababa'] } },
  { id: 'city:asmara', kind: 'city', country: 'country:ER', capital: true, names: { ar: ['أسمرة'], ru: ['Асмэра', 'Асмара'], en: ['Asmara'] } },
  { id: 'city:juba', kind: 'city', country: 'country:SS', capital: true, names: { ar: ['جوبا'], ru: ['Джуба'], en: ['Juba'] } },
  // Pretoria is the seat of government (Cape Town the legislature's): the one marked capital.
  { id: 'city:pretoria', kind: 'city', country: 'country:ZA', capital: true, names: { ar: ['بريتوريا'], ru: ['Претория'], en: ['Pretoria'] } },
];
