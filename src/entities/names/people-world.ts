import type { EntityEntry } from '../entity.ts';

/**
 * People of the powers and the international bodies: Russia, the US, the UN, Europe, Asia. The
 * Middle East's own are in people-region.ts; people.ts joins the two. A UN or EU official's
 * `country` is their nationality.
 *
 * Surnames left out alone (full names only), being common surnames or words:
 * - Russian: "Новак", "Дмитриев" (common surnames), "Алиев" (stems to ал, as the given name Али does),
 *   "Си" (Xi: a two-letter word), "Ван" (Wang).
 * - Arabic: دميترييف and نوفاك likewise; مودي (Modi: المؤدية, "leading to", folds and peels to it); شي (Xi: colloquial "thing"); كوستا (Costa); باراك (also
 *   Barack, Ehud Barak).
 * - English: "Waltz" (the dance), "Costa" (a common name), "Barrack" ("barracks" stems to it).
 * Kept though they are also common surnames, because in this field's news they are these people:
 * Богданов, Ушаков, Медведев, Вершинин (Russian); Katz, Pedersen, Fletcher (English).
 */
// prettier-ignore
export const PEOPLE_WORLD: readonly EntityEntry[] = [
  // Russia
  { id: 'person:putin', kind: 'person', country: 'country:RU', names: {
    ar: ['فلاديمير بوتين', 'بوتين'], ru: ['Владимир Путин', 'Путин'], en: ['Vladimir Putin', 'Putin'] } },
  { id: 'person:lavrov', kind: 'person', country: 'country:RU', names: {
    ar: ['سيرغي لافروف', 'سيرجي لافروف', 'لافروف'], ru: ['Сергей Лавров', 'Лавров'], en: ['Sergei Lavrov', 'Sergey Lavrov', 'Lavrov'] } },
  { id: 'person:peskov', kind: 'person', country: 'country:RU', names: {
    ar: ['دميتري بيسكوف', 'ديمتري بيسكوف', 'بيسكوف'], ru: ['Дмитрий Песков', 'Песков'], en: ['Dmitry Peskov', 'Dmitri Peskov', 'Peskov'] } },
  { id: 'person:zakharova', kind: 'person', country: 'country:RU', names: {
    ar: ['ماريا زاخاروفا', 'زاخاروفا'], ru: ['Мария Захарова', 'Захарова'], en: ['Maria Zakharova', 'Zakharova'] } },
  { id: 'person:bogdanov', kind: 'person', country: 'country:RU', names: {
    ar: ['ميخائيل بوغدانوف', 'بوغدانوف', 'بوجدانوف'], ru: ['Михаил Богданов', 'Богданов'], en: ['Mikhail Bogdanov', 'Bogdanov'] } },
  { id: 'person:nebenzia', kind: 'person', country: 'country:RU', names: {
    ar: ['فاسيلي نيبينزيا', 'نيبينزيا', 'نيبنزيا'], ru: ['Василий Небензя', 'Небензя'], en: ['Vassily Nebenzia', 'Vasily Nebenzya', 'Nebenzia', 'Nebenzya'] } },
  { id: 'person:ryabkov', kind: 'person', country: 'country:RU', names: {
    ar: ['سيرغي ريابكوف', 'ريابكوف'], ru: ['Сергей Рябков', 'Рябков'], en: ['Sergei Ryabkov', 'Sergey Ryabkov', 'Ryabkov'] } },
  { id: 'person:mishustin', kind: 'person', country: 'country:RU', names: {
    ar: ['ميخائيل ميشوستين', 'ميشوستين'], ru: ['Михаил Мишустин', 'Мишустин'], en: ['Mikhail Mishustin', 'Mishustin'] } },
  { id: 'person:shoigu', kind: 'person', country: 'country:RU', names: {
    ar: ['سيرغي شويغو', 'شويغو', 'شويجو'], ru: ['Сергей Шойгу', 'Шойгу'], en: ['Sergei Shoigu', 'Sergey Shoigu', 'Shoigu'] } },
  { id: 'person:ushakov', kind: 'person', country: 'country:RU', names: {
    ar: ['يوري أوشاكوف', 'أوشاكوف'], ru: ['Юрий Ушаков', 'Ушаков'], en: ['Yuri Ushakov', 'Yury Ushakov', 'Ushakov'] } },
  { id: 'person:dmitriev', kind: 'person', country: 'country:RU', names: {
    ar: ['كيريل دميترييف', 'كيريل ديميترييف'], ru: ['Кирилл Дмитриев'], en: ['Kirill Dmitriev', 'Kirill Dmitriyev'] } },
  { id: 'person:novak', kind: 'person', country: 'country:RU', names: {
    ar: ['ألكسندر نوفاك', 'ألكساندر نوفاك'], ru: ['Александр Новак'], en: ['Alexander Novak', 'Aleksandr Novak'] } },
  { id: 'person:vershinin', kind: 'person', country: 'country:RU', names: {
    ar: ['سيرغي فيرشينين', 'فيرشينين'], ru: ['Сергей Вершинин', 'Вершинин'], en: ['Sergei Vershinin', 'Sergey Vershinin', 'Vershinin'] } },
  { id: 'person:lavrentiev', kind: 'person', country: 'country:RU', names: {
    ar: ['ألكسندر لافرنتييف', 'لافرنتييف', 'لافرينتييف'], ru: ['Александр Лаврентьев', 'Лаврентьев'], en: ['Alexander Lavrentiev', 'Alexander Lavrentyev', 'Lavrentiev', 'Lavrentyev'] } },
  { id: 'person:medvedev', kind: 'person', country: 'country:RU', names: {
    ar: ['دميتري ميدفيديف', 'ميدفيديف'], ru: ['Дмитрий Медведев', 'Медведев'], en: ['Dmitry Medvedev', 'Dmitri Medvedev', 'Medvedev'] } },
  // United States
  { id: 'person:trump', kind: 'person', country: 'country:US', names: {
    ar: ['دونالد ترامب', 'ترامب', 'ترمب'], ru: ['Дональд Трамп', 'Трамп'], en: ['Donald Trump', 'Trump'] } },
  { id: 'person:vance', kind: 'person', country: 'country:US', names: {
    ar: ['جي دي فانس', 'فانس'], ru: ['Джей Ди Вэнс', 'Вэнс', 'Венс'], en: ['JD Vance', 'J.D. Vance', 'Vance'] } },
  { id: 'person:rubio', kind: 'person', country: 'country:US', names: {
    ar: ['ماركو روبيو', 'روبيو'], ru: ['Марко Рубио', 'Рубио'], en: ['Marco Rubio', 'Rubio'] } },
  { id: 'person:witkoff', kind: 'person', country: 'country:US', names: {
    ar: ['ستيف ويتكوف', 'ويتكوف'], ru: ['Стив Уиткофф', 'Уиткофф', 'Виткофф'], en: ['Steve Witkoff', 'Steven Witkoff', 'Witkoff'] } },
  { id: 'person:hegseth', kind: 'person', country: 'country:US', names: {
    ar: ['بيت هيغسيث', 'هيغسيث', 'هيجسيث', 'هيغسث'], ru: ['Пит Хегсет', 'Хегсет'], en: ['Pete Hegseth', 'Hegseth'] } },
  { id: 'person:waltz', kind: 'person', country: 'country:US', names: {
    ar: ['مايك والتز', 'والتز'], ru: ['Майк Уолтц', 'Уолтц'], en: ['Mike Waltz'] } },
  { id: 'person:biden', kind: 'person', country: 'country:US', names: {
    ar: ['جو بايدن', 'بايدن'], ru: ['Джо Байден', 'Байден'], en: ['Joe Biden', 'Biden'] } },
  { id: 'person:blinken', kind: 'person', country: 'country:US', names: {
    ar: ['أنتوني بلينكن', 'بلينكن'], ru: ['Энтони Блинкен', 'Блинкен'], en: ['Antony Blinken', 'Blinken'] } },
  { id: 'person:barrack', kind: 'person', country: 'country:US', names: {
    ar: ['توم باراك', 'توم براك'], ru: ['Том Баррак', 'Баррак'], en: ['Tom Barrack', 'Thomas Barrack'] } },
  { id: 'person:ortagus', kind: 'person', country: 'country:US', names: {
    ar: ['مورغان أورتاغوس', 'أورتاغوس', 'أورتاجوس'], ru: ['Морган Ортагус', 'Ортагус'], en: ['Morgan Ortagus', 'Ortagus'] } },
  { id: 'person:kushner', kind: 'person', country: 'country:US', names: {
    ar: ['جاريد كوشنر', 'كوشنر'], ru: ['Джаред Кушнер', 'Кушнер'], en: ['Jared Kushner', 'Kushner'] } },
  // United Nations and the IAEA
  { id: 'person:guterres', kind: 'person', country: 'country:PT', names: {
    ar: ['أنطونيو غوتيريش', 'غوتيريش', 'جوتيريش', 'غوتيريس', 'جوتيريس'], ru: ['Антониу Гутерриш', 'Гутерриш', 'Гутерреш'], en: ['Antonio Guterres', 'Guterres'] } },
  { id: 'person:grossi', kind: 'person', country: 'country:AR', names: {
    ar: ['رافائيل غروسي', 'غروسي', 'جروسي'], ru: ['Рафаэль Гросси', 'Гросси'], en: ['Rafael Grossi', 'Rafael Mariano Grossi', 'Grossi'] } },
  { id: 'person:lazzarini', kind: 'person', country: 'country:CH', names: {
    ar: ['فيليب لازاريني', 'لازاريني'], ru: ['Филипп Лаццарини', 'Лаццарини'], en: ['Philippe Lazzarini', 'Lazzarini'] } },
  { id: 'person:grundberg', kind: 'person', country: 'country:SE', names: {
    ar: ['هانس غروندبرغ', 'غروندبرغ', 'جروندبرج', 'غروندبرج'], ru: ['Ханс Грундберг', 'Грундберг'], en: ['Hans Grundberg', 'Grundberg'] } },
  { id: 'person:pedersen', kind: 'person', country: 'country:NO', names: {
    ar: ['غير بيدرسون', 'غير بيدرسن', 'بيدرسون', 'بيدرسن'], ru: ['Гейр Педерсен', 'Педерсен'], en: ['Geir Pedersen', 'Geir O. Pedersen', 'Pedersen'] } },
  { id: 'person:tetteh', kind: 'person', country: 'country:GH', names: {
    ar: ['هانا تيتيه', 'هانا سيروا تيتيه', 'تيتيه'], ru: ['Ханна Тетте', 'Тетте'], en: ['Hanna Tetteh', 'Hanna Serwaa Tetteh', 'Tetteh'] } },
  { id: 'person:fletcher', kind: 'person', country: 'country:GB', names: {
    ar: ['توم فليتشر', 'فليتشر'], ru: ['Том Флетчер', 'Флетчер'], en: ['Tom Fletcher', 'Fletcher'] } },
  { id: 'person:dujarric', kind: 'person', country: 'country:FR', names: {
    ar: ['ستيفان دوجاريك', 'دوجاريك', 'دوغاريك'], ru: ['Стефан Дюжаррик', 'Дюжаррик'], en: ['Stephane Dujarric', 'Dujarric'] } },
  // China, India, Pakistan
  { id: 'person:xi', kind: 'person', country: 'country:CN', names: {
    ar: ['شي جين بينغ', 'شي جينبينغ', 'شي جين بينج'], ru: ['Си Цзиньпин'], en: ['Xi Jinping', 'Xi'] } },
  { id: 'person:wang-yi', kind: 'person', country: 'country:CN', names: {
    ar: ['وانغ يي', 'وانج يي'], ru: ['Ван И'], en: ['Wang Yi'] } },
  { id: 'person:modi', kind: 'person', country: 'country:IN', names: {
    ar: ['ناريندرا مودي'], ru: ['Нарендра Моди', 'Моди'], en: ['Narendra Modi', 'Modi'] } },
  { id: 'person:jaishankar', kind: 'person', country: 'country:IN', names: {
    ar: ['سوبراهمانيام جايشانكار', 'جايشانكار', 'جاي شانكار'], ru: ['Субраманьям Джайшанкар', 'Джайшанкар'], en: ['Subrahmanyam Jaishankar', 'S. Jaishankar', 'Jaishankar'] } },
  { id: 'person:shehbaz-sharif', kind: 'person', country: 'country:PK', names: {
    ar: ['شهباز شريف'], ru: ['Шахбаз Шариф', 'Шехбаз Шариф'], en: ['Shehbaz Sharif', 'Shahbaz Sharif'] } },
  // Former Soviet states
  { id: 'person:zelensky', kind: 'person', country: 'country:UA', names: {
    ar: ['فولوديمير زيلينسكي', 'زيلينسكي'], ru: ['Владимир Зеленский', 'Зеленский'], en: ['Volodymyr Zelensky', 'Zelensky', 'Zelenskyy', 'Zelenskiy'] } },
  { id: 'person:lukashenko', kind: 'person', country: 'country:BY', names: {
    ar: ['ألكسندر لوكاشينكو', 'لوكاشينكو', 'لوكاشنكو'], ru: ['Александр Лукашенко', 'Лукашенко'], en: ['Alexander Lukashenko', 'Aleksandr Lukashenko', 'Lukashenko'] } },
  { id: 'person:tokayev', kind: 'person', country: 'country:KZ', names: {
    ar: ['قاسم جومرت توكاييف', 'توكاييف', 'توكايف'], ru: ['Касым-Жомарт Токаев', 'Токаев'], en: ['Kassym-Jomart Tokayev', 'Tokayev', 'Tokaev'] } },
  { id: 'person:aliyev', kind: 'person', country: 'country:AZ', names: {
    ar: ['إلهام علييف', 'علييف'], ru: ['Ильхам Алиев'], en: ['Ilham Aliyev', 'Aliyev'] } },
  { id: 'person:pashinyan', kind: 'person', country: 'country:AM', names: {
    ar: ['نيكول باشينيان', 'باشينيان'], ru: ['Никол Пашинян', 'Пашинян'], en: ['Nikol Pashinyan', 'Pashinyan'] } },
  // Europe
  { id: 'person:macron', kind: 'person', country: 'country:FR', names: {
    ar: ['إيمانويل ماكرون', 'ماكرون'], ru: ['Эммануэль Макрон', 'Макрон'], en: ['Emmanuel Macron', 'Macron'] } },
  { id: 'person:barrot', kind: 'person', country: 'country:FR', names: {
    ar: ['جان نويل بارو', 'بارو'], ru: ['Жан-Ноэль Барро', 'Барро'], en: ['Jean-Noel Barrot', 'Barrot'] } },
  { id: 'person:starmer', kind: 'person', country: 'country:GB', names: {
    ar: ['كير ستارمر', 'ستارمر'], ru: ['Кир Стармер', 'Стармер'], en: ['Keir Starmer', 'Starmer'] } },
  { id: 'person:merz', kind: 'person', country: 'country:DE', names: {
    ar: ['فريدريش ميرتس', 'ميرتس', 'ميرز'], ru: ['Фридрих Мерц', 'Мерц'], en: ['Friedrich Merz', 'Merz'] } },
  { id: 'person:orban', kind: 'person', country: 'country:HU', names: {
    ar: ['فيكتور أوربان', 'أوربان'], ru: ['Виктор Орбан', 'Орбан'], en: ['Viktor Orban', 'Orban'] } },
  { id: 'person:von-der-leyen', kind: 'person', country: 'country:DE', names: {
    ar: ['أورسولا فون دير لاين', 'فون دير لاين'], ru: ['Урсула фон дер Ляйен', 'фон дер Ляйен'], en: ['Ursula von der Leyen', 'von der Leyen'] } },
  { id: 'person:kallas', kind: 'person', country: 'country:EE', names: {
    ar: ['كايا كالاس', 'كالاس'], ru: ['Кая Каллас', 'Каллас'], en: ['Kaja Kallas', 'Kallas'] } },
  { id: 'person:costa', kind: 'person', country: 'country:PT', names: {
    ar: ['أنطونيو كوستا'], ru: ['Антониу Кошта', 'Кошта'], en: ['Antonio Costa'] } },
  // The Holy See
  { id: 'person:pope-leo', kind: 'person', country: 'country:VA', names: {
    ar: ['البابا ليو الرابع عشر', 'ليو الرابع عشر', 'البابا لاوون الرابع عشر'], ru: ['Папа Лев XIV', 'Лев XIV', 'Папа Римский Лев XIV'], en: ['Pope Leo XIV', 'Leo XIV', 'Pope Leo'] } },
];
