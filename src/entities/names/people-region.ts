import type { EntityEntry } from '../entity.ts';

/**
 * People of the Middle East and North Africa (with Iran, Israel and Turkey): leaders, foreign
 * ministers, spokespeople. people-world.ts has the powers, the UN and the rest; people.ts joins them.
 *
 * A surname alone is listed where headlines use it and it is not a common word or given name in
 * that language. Left out alone (full names only):
 * - Gulf royals: no surnames; bin/بن/бен names only. "King Salman", "الملك سلمان", "Sheikh Tamim" keep
 *   a title because the given name alone (سلمان, Tamim) is everyone's; "ولي العهد" and the like are not names.
 * - Arabic: السوداني ("Sudanese"), الشرع ("began"; الشرعية "legitimacy" peels to it), الأسد ("the lion"),
 *   عون ("help"), سلام ("peace"), بري ("land", هجوم بري), قاسم, عباس (common given names), المنفي
 *   (folds to المنفى, "exile"), الحية ("the snake"), الأنصاري, الجولاني (also "of the Golan").
 * - Russian: "Судани" (stems to судан, Sudan's), "Герцог" ("duke"), "Алиев" (stems to ал, as Али does).
 * - English: "Salam", "Ansari", "Hussein", "Mustafa".
 * Al-Yahya: Arabic اليحيا alone is kept, but not اليحيى, which folds to the given name Yahya (يحيى السنوار).
 */
// prettier-ignore
export const PEOPLE_REGION: readonly EntityEntry[] = [
  // Saudi Arabia
  { id: 'person:salman-bin-abdulaziz', kind: 'person', country: 'country:SA', names: {
    ar: ['سلمان بن عبدالعزيز', 'سلمان بن عبد العزيز', 'الملك سلمان'], ru: ['Сальман бен Абдель Азиз', 'Салман бен Абдель Азиз', 'Сальман бен Абдулазиз', 'король Сальман', 'король Салман'], en: ['Salman bin Abdulaziz', 'King Salman'] } },
  { id: 'person:mohammed-bin-salman', kind: 'person', country: 'country:SA', names: {
    ar: ['محمد بن سلمان'], ru: ['Мухаммед бен Сальман', 'Мухаммед бин Сальман', 'Мохаммед бен Сальман', 'Мухаммед бен Салман'], en: ['Mohammed bin Salman', 'Mohammad bin Salman', 'Muhammad bin Salman', 'MBS'] } },
  { id: 'person:faisal-bin-farhan', kind: 'person', country: 'country:SA', names: {
    ar: ['فيصل بن فرحان'], ru: ['Фейсал бен Фархан', 'Фейсал бин Фархан', 'Файсал бен Фархан'], en: ['Faisal bin Farhan', 'Faisal bin Farhan Al Saud'] } },
  { id: 'person:abdulaziz-bin-salman', kind: 'person', country: 'country:SA', names: {
    ar: ['عبدالعزيز بن سلمان', 'عبد العزيز بن سلمان'], ru: ['Абдель Азиз бен Сальман', 'Абдулазиз бен Сальман', 'Абдулазиз бин Салман'], en: ['Abdulaziz bin Salman', 'Abdul Aziz bin Salman'] } },
  // United Arab Emirates
  { id: 'person:mohamed-bin-zayed', kind: 'person', country: 'country:AE', names: {
    ar: ['محمد بن زايد'], ru: ['Мухаммед бен Заид', 'Мухаммед бен Зайед', 'Мохаммед бен Зайед', 'Мохаммед бин Заид'], en: ['Mohamed bin Zayed', 'Mohammed bin Zayed', 'MBZ'] } },
  { id: 'person:abdullah-bin-zayed', kind: 'person', country: 'country:AE', names: {
    ar: ['عبدالله بن زايد', 'عبد الله بن زايد'], ru: ['Абдалла бен Заид', 'Абдулла бен Заид', 'Абдалла бен Зайед', 'Абдулла бин Зайед'], en: ['Abdullah bin Zayed', 'Abdullah bin Zayed Al Nahyan'] } },
  { id: 'person:mansour-bin-zayed', kind: 'person', country: 'country:AE', names: {
    ar: ['منصور بن زايد'], ru: ['Мансур бен Заид', 'Мансур бен Зайед'], en: ['Mansour bin Zayed', 'Mansour bin Zayed Al Nahyan'] } },
  // Qatar. محمد بن عبدالرحمن is also a Saudi prince's name (Riyadh's deputy governor); kept, as the
  // Qatari prime minister is the one the field's news speaks of, and with بن جاسم inserted the long
  // form would not match.
  { id: 'person:tamim-bin-hamad', kind: 'person', country: 'country:QA', names: {
    ar: ['تميم بن حمد', 'الشيخ تميم'], ru: ['Тамим бен Хамад', 'Тамим бин Хамад', 'шейх Тамим'], en: ['Tamim bin Hamad', 'Tamim bin Hamad Al Thani', 'Sheikh Tamim'] } },
  { id: 'person:mohammed-bin-abdulrahman', kind: 'person', country: 'country:QA', names: {
    ar: ['محمد بن عبدالرحمن', 'محمد بن عبد الرحمن', 'محمد بن عبدالرحمن آل ثاني'], ru: ['Мухаммед бен Абдеррахман', 'Мухаммед бен Абдель Рахман', 'Мохаммед бин Абдулрахман', 'Мухаммед бин Абдель Рахман'], en: ['Mohammed bin Abdulrahman', 'Mohammed bin Abdulrahman Al Thani', 'Mohammed bin Abdul Rahman'] } },
  { id: 'person:al-ansari', kind: 'person', country: 'country:QA', names: {
    ar: ['ماجد الأنصاري', 'ماجد بن محمد الأنصاري'], ru: ['Маджед аль-Ансари', 'Маджид аль-Ансари'], en: ['Majed Al-Ansari'] } },
  // Kuwait
  { id: 'person:mishal-al-ahmad', kind: 'person', country: 'country:KW', names: {
    ar: ['مشعل الأحمد', 'مشعل الأحمد الجابر الصباح'], ru: ['Мишааль аль-Ахмед', 'Мишаль аль-Ахмед', 'Мишааль аль-Ахмад'], en: ['Mishal Al-Ahmad', 'Meshal Al-Ahmad', 'Mishal Al-Ahmad Al-Jaber Al-Sabah'] } },
  { id: 'person:sabah-al-khalid', kind: 'person', country: 'country:KW', names: {
    ar: ['صباح الخالد', 'صباح خالد الحمد الصباح'], ru: ['Сабах аль-Халид', 'Сабах Халед аль-Хамад ас-Сабах'], en: ['Sabah Al-Khalid', 'Sabah Khalid Al-Hamad Al-Sabah'] } },
  { id: 'person:al-yahya', kind: 'person', country: 'country:KW', names: {
    ar: ['عبدالله اليحيا', 'عبد الله اليحيا', 'عبدالله علي اليحيا', 'عبدالله اليحيى', 'اليحيا'], ru: ['Абдалла аль-Яхья', 'Абдулла аль-Яхья', 'аль-Яхья'], en: ['Abdullah Al-Yahya', 'Abdullah Alyahya', 'Al-Yahya', 'Alyahya'] } },
  // Oman
  { id: 'person:haitham-bin-tarik', kind: 'person', country: 'country:OM', names: {
    ar: ['هيثم بن طارق', 'السلطان هيثم'], ru: ['Хейсам бен Тарик', 'Хайсам бен Тарик', 'Хайтам бен Тарик', 'султан Хейсам'], en: ['Haitham bin Tarik', 'Haitham bin Tariq', 'Sultan Haitham'] } },
  { id: 'person:albusaidi', kind: 'person', country: 'country:OM', names: {
    ar: ['بدر البوسعيدي', 'بدر بن حمد البوسعيدي'], ru: ['Бадр аль-Бусаиди', 'Бадр бен Хамад аль-Бусаиди', 'аль-Бусаиди', 'Бусаиди'], en: ['Badr Albusaidi', 'Badr al-Busaidi', 'Albusaidi', 'al-Busaidi', 'Busaidi'] } },
  // Bahrain
  { id: 'person:hamad-bin-isa', kind: 'person', country: 'country:BH', names: {
    ar: ['حمد بن عيسى', 'الملك حمد'], ru: ['Хамад бен Иса', 'Хамад бин Иса', 'король Хамад'], en: ['Hamad bin Isa', 'Hamad bin Isa Al Khalifa', 'King Hamad'] } },
  { id: 'person:al-zayani', kind: 'person', country: 'country:BH', names: {
    ar: ['عبداللطيف الزياني', 'عبد اللطيف الزياني', 'الزياني'], ru: ['Абдель Латиф аз-Заяни', 'Абдуллатиф аз-Заяни', 'аз-Заяни', 'Заяни'], en: ['Abdullatif Al Zayani', 'Abdullatif bin Rashid Al Zayani', 'Al Zayani', 'Alzayani', 'Zayani'] } },
  // Regional organisations
  { id: 'person:albudaiwi', kind: 'person', country: 'country:KW', names: {
    ar: ['جاسم البديوي', 'جاسم محمد البديوي', 'البديوي'], ru: ['Джасем аль-Будейви', 'Джасим аль-Будайви', 'аль-Будейви', 'аль-Будайви'], en: ['Jasem Albudaiwi', 'Jasem Mohamed Albudaiwi', 'Albudaiwi', 'Al-Budaiwi'] } },
  { id: 'person:aboul-gheit', kind: 'person', country: 'country:EG', names: {
    ar: ['أحمد أبو الغيط', 'أبو الغيط'], ru: ['Ахмед Абуль Гейт', 'Абуль Гейт'], en: ['Ahmed Aboul Gheit', 'Aboul Gheit', 'Abul Gheit'] } },
  // Egypt
  { id: 'person:sisi', kind: 'person', country: 'country:EG', names: {
    ar: ['عبد الفتاح السيسي', 'عبدالفتاح السيسي', 'السيسي'], ru: ['Абдель Фаттах ас-Сиси', 'ас-Сиси', 'Сиси'], en: ['Abdel Fattah el-Sisi', 'Abdel Fattah al-Sisi', 'Sisi'] } },
  { id: 'person:abdelatty', kind: 'person', country: 'country:EG', names: {
    ar: ['بدر عبد العاطي', 'بدر عبدالعاطي', 'عبد العاطي', 'عبدالعاطي'], ru: ['Бадр Абдель Ати', 'Абдель Ати', 'Абдельати'], en: ['Badr Abdelatty', 'Abdelatty', 'Badr Abdel Aty', 'Abdel Aty'] } },
  // Jordan
  { id: 'person:abdullah-ii', kind: 'person', country: 'country:JO', names: {
    ar: ['عبدالله الثاني', 'عبد الله الثاني', 'الملك عبدالله', 'الملك عبد الله'], ru: ['Абдалла II', 'Абдалла Второй', 'король Абдалла'], en: ['Abdullah II', 'King Abdullah'] } },
  { id: 'person:safadi', kind: 'person', country: 'country:JO', names: {
    ar: ['أيمن الصفدي', 'الصفدي'], ru: ['Айман Сафади', 'Айман ас-Сафади', 'Сафади', 'ас-Сафади'], en: ['Ayman Safadi', 'Safadi'] } },
  // Iraq
  { id: 'person:sudani', kind: 'person', country: 'country:IQ', names: {
    ar: ['محمد شياع السوداني', 'شياع السوداني'], ru: ['Мухаммед Шиа ас-Судани', 'ас-Судани'], en: ['Mohammed Shia al-Sudani', 'al-Sudani', 'Sudani'] } },
  { id: 'person:fuad-hussein', kind: 'person', country: 'country:IQ', names: {
    ar: ['فؤاد حسين'], ru: ['Фуад Хусейн'], en: ['Fuad Hussein', 'Fouad Hussein'] } },
  // Syria
  { id: 'person:sharaa', kind: 'person', country: 'country:SY', names: {
    ar: ['أحمد الشرع', 'أبو محمد الجولاني'], ru: ['Ахмед аш-Шараа', 'аш-Шараа', 'Шараа', 'Абу Мухаммад аль-Джулани', 'аль-Джулани', 'Джулани'], en: ['Ahmed al-Sharaa', 'Ahmad al-Sharaa', 'al-Sharaa', 'Sharaa', 'Abu Mohammed al-Jolani', 'Jolani', 'Julani'] } },
  { id: 'person:shaibani', kind: 'person', country: 'country:SY', names: {
    ar: ['أسعد الشيباني', 'أسعد حسن الشيباني', 'الشيباني'], ru: ['Асаад аш-Шейбани', 'аш-Шейбани', 'Шейбани', 'аш-Шибани', 'Шибани'], en: ['Asaad al-Shaibani', 'Asaad Hassan al-Shaibani', 'al-Shaibani', 'Shaibani', 'Shibani'] } },
  { id: 'person:assad', kind: 'person', country: 'country:SY', names: {
    ar: ['بشار الأسد'], ru: ['Башар Асад', 'Башар аль-Асад', 'Асад'], en: ['Bashar al-Assad', 'Bashar Assad', 'Assad'] } },
  // Lebanon
  { id: 'person:aoun', kind: 'person', country: 'country:LB', names: {
    ar: ['جوزيف عون'], ru: ['Жозеф Аун', 'Аун'], en: ['Joseph Aoun', 'Aoun'] } },
  { id: 'person:salam', kind: 'person', country: 'country:LB', names: {
    ar: ['نواف سلام'], ru: ['Наваф Салам'], en: ['Nawaf Salam'] } },
  { id: 'person:berri', kind: 'person', country: 'country:LB', names: {
    ar: ['نبيه بري'], ru: ['Набих Берри', 'Берри'], en: ['Nabih Berri', 'Berri'] } },
  { id: 'person:qassem', kind: 'person', country: 'country:LB', names: {
    ar: ['نعيم قاسم'], ru: ['Наим Касем', 'Наим Кассем', 'Касем'], en: ['Naim Qassem', 'Naim Qassim', 'Qassem'] } },
  // Palestine. محمد مصطفى is a very common name; kept, as the prime minister's only name.
  { id: 'person:abbas', kind: 'person', country: 'country:PS', names: {
    ar: ['محمود عباس', 'أبو مازن'], ru: ['Махмуд Аббас', 'Аббас', 'Абу Мазен'], en: ['Mahmoud Abbas', 'Abbas', 'Abu Mazen'] } },
  { id: 'person:mustafa', kind: 'person', country: 'country:PS', names: {
    ar: ['محمد مصطفى'], ru: ['Мухаммед Мустафа', 'Мохаммед Мустафа'], en: ['Mohammad Mustafa', 'Mohammed Mustafa'] } },
  { id: 'person:hussein-al-sheikh', kind: 'person', country: 'country:PS', names: {
    ar: ['حسين الشيخ'], ru: ['Хусейн аш-Шейх'], en: ['Hussein al-Sheikh'] } },
  { id: 'person:al-hayya', kind: 'person', country: 'country:PS', names: {
    ar: ['خليل الحية'], ru: ['Халиль аль-Хайя', 'аль-Хайя'], en: ['Khalil al-Hayya', 'al-Hayya'] } },
  // Israel
  { id: 'person:netanyahu', kind: 'person', country: 'country:IL', names: {
    ar: ['بنيامين نتنياهو', 'نتنياهو'], ru: ['Биньямин Нетаньяху', 'Беньямин Нетаньяху', 'Нетаньяху'], en: ['Benjamin Netanyahu', 'Netanyahu'] } },
  { id: 'person:herzog', kind: 'person', country: 'country:IL', names: {
    ar: ['إسحاق هرتسوغ', 'هرتسوغ', 'هرتزوغ'], ru: ['Ицхак Герцог'], en: ['Isaac Herzog', 'Herzog'] } },
  { id: 'person:saar', kind: 'person', country: 'country:IL', names: {
    ar: ['جدعون ساعر', 'ساعر'], ru: ['Гидеон Саар', 'Саар'], en: ['Gideon Saar', "Gideon Sa'ar", 'Saar'] } },
  { id: 'person:katz', kind: 'person', country: 'country:IL', names: {
    ar: ['يسرائيل كاتس', 'إسرائيل كاتس', 'كاتس'], ru: ['Исраэль Кац', 'Кац'], en: ['Israel Katz', 'Katz'] } },
  // Iran
  { id: 'person:khamenei', kind: 'person', country: 'country:IR', names: {
    ar: ['علي خامنئي', 'خامنئي'], ru: ['Али Хаменеи', 'Хаменеи'], en: ['Ali Khamenei', 'Khamenei'] } },
  { id: 'person:pezeshkian', kind: 'person', country: 'country:IR', names: {
    ar: ['مسعود بزشكيان', 'بزشكيان'], ru: ['Масуд Пезешкиан', 'Пезешкиан'], en: ['Masoud Pezeshkian', 'Pezeshkian'] } },
  { id: 'person:araghchi', kind: 'person', country: 'country:IR', names: {
    ar: ['عباس عراقجي', 'عراقجي'], ru: ['Аббас Аракчи', 'Аракчи', 'Аббас Арагчи', 'Арагчи'], en: ['Abbas Araghchi', 'Abbas Araqchi', 'Araghchi', 'Araqchi'] } },
  { id: 'person:baghaei', kind: 'person', country: 'country:IR', names: {
    ar: ['إسماعيل بقائي', 'بقائي'], ru: ['Эсмаил Багаи', 'Исмаил Багаи', 'Багаи'], en: ['Esmaeil Baghaei', 'Esmail Baghaei', 'Baghaei', 'Baqaei'] } },
  { id: 'person:larijani', kind: 'person', country: 'country:IR', names: {
    ar: ['علي لاريجاني', 'لاريجاني'], ru: ['Али Лариджани', 'Лариджани'], en: ['Ali Larijani', 'Larijani'] } },
  { id: 'person:ghalibaf', kind: 'person', country: 'country:IR', names: {
    ar: ['محمد باقر قاليباف', 'قاليباف'], ru: ['Мохаммад Багер Галибаф', 'Галибаф'], en: ['Mohammad Bagher Ghalibaf', 'Ghalibaf', 'Qalibaf'] } },
  // Turkey
  { id: 'person:erdogan', kind: 'person', country: 'country:TR', names: {
    ar: ['رجب طيب أردوغان', 'أردوغان'], ru: ['Реджеп Тайип Эрдоган', 'Эрдоган'], en: ['Recep Tayyip Erdogan', 'Erdogan'] } },
  { id: 'person:fidan', kind: 'person', country: 'country:TR', names: {
    ar: ['هاكان فيدان', 'فيدان'], ru: ['Хакан Фидан', 'Фидан'], en: ['Hakan Fidan', 'Fidan'] } },
  // Yemen
  { id: 'person:alimi', kind: 'person', country: 'country:YE', names: {
    ar: ['رشاد العليمي', 'العليمي'], ru: ['Рашад аль-Алими', 'аль-Алими'], en: ['Rashad al-Alimi', 'al-Alimi', 'Alimi'] } },
  { id: 'person:abdul-malik-al-houthi', kind: 'person', country: 'country:YE', names: {
    ar: ['عبدالملك الحوثي', 'عبد الملك الحوثي'], ru: ['Абдель-Малик аль-Хуси', 'Абдул-Малик аль-Хуси', 'Абдельмалик аль-Хуси'], en: ['Abdul-Malik al-Houthi', 'Abdulmalik al-Houthi', 'Abdel-Malik al-Houthi'] } },
  // Libya
  { id: 'person:haftar', kind: 'person', country: 'country:LY', names: {
    ar: ['خليفة حفتر', 'حفتر'], ru: ['Халифа Хафтар', 'Хафтар'], en: ['Khalifa Haftar', 'Haftar', 'Hifter'] } },
  { id: 'person:saddam-haftar', kind: 'person', country: 'country:LY', names: {
    ar: ['صدام حفتر'], ru: ['Саддам Хафтар'], en: ['Saddam Haftar'] } },
  { id: 'person:dbeibah', kind: 'person', country: 'country:LY', names: {
    ar: ['عبد الحميد الدبيبة', 'عبدالحميد الدبيبة', 'الدبيبة'], ru: ['Абдель Хамид Дбейба', 'Абдул Хамид Дбейба', 'Дбейба'], en: ['Abdul Hamid Dbeibah', 'Abdulhamid Dbeibah', 'Dbeibah', 'Dbeiba'] } },
  { id: 'person:menfi', kind: 'person', country: 'country:LY', names: {
    ar: ['محمد المنفي'], ru: ['Мухаммед аль-Менфи', 'Мохаммед аль-Менфи', 'аль-Менфи', 'Менфи'], en: ['Mohamed al-Menfi', 'Mohammed Menfi', 'Menfi'] } },
  // Sudan
  { id: 'person:burhan', kind: 'person', country: 'country:SD', names: {
    ar: ['عبد الفتاح البرهان', 'عبدالفتاح البرهان', 'البرهان'], ru: ['Абдель Фаттах аль-Бурхан', 'аль-Бурхан', 'Бурхан'], en: ['Abdel Fattah al-Burhan', 'al-Burhan', 'Burhan'] } },
  { id: 'person:hemedti', kind: 'person', country: 'country:SD', names: {
    ar: ['محمد حمدان دقلو', 'حميدتي', 'دقلو'], ru: ['Мохаммед Хамдан Дагало', 'Мухаммед Хамдан Дагло', 'Хемедти', 'Дагало'], en: ['Mohamed Hamdan Dagalo', 'Hemedti', 'Hemeti', 'Dagalo'] } },
];
