import type { Language } from '../model/language.ts';

/**
 * What happened, as a few kinds of event with their words in each language: two reports of one
 * event name its kind in both languages, and the same actors doing something else name another
 * ("Yemen: roads reopened" against "Yemen: prisoners exchanged"). Words, not sentences: each is
 * matched in its forms (term-keys.ts). A kind is listed only when agencies name it in a headline or
 * lead; reporting verbs ("said", "заявил", "أكد") say nothing about the event and are left out.
 */
export type Concept =
  | 'talks'
  | 'call'
  | 'visit'
  | 'agreement'
  | 'condemnation'
  | 'attack'
  | 'casualties'
  | 'ceasefire'
  | 'prisoners'
  | 'aid'
  | 'oil-output'
  | 'resolution'
  | 'sanctions'
  | 'conference'
  | 'election'
  | 'appointment'
  | 'credentials'
  | 'congratulation'
  | 'summit'
  | 'nuclear'
  | 'roads'
  | 'investment'
  | 'visa'
  | 'disaster'
  | 'shipping'
  | 'loan';

// prettier-ignore
export const CONCEPT_WORDS: Readonly<Record<Concept, Readonly<Record<Language, readonly string[]>>>> = {
  talks: {
    en: ['talks', 'meets', 'meet', 'met', 'meeting', 'discuss', 'discussed', 'discussion', 'negotiations', 'consultations', 'receives', 'received', 'hosts', 'holds talks'],
    ru: ['переговоры', 'встреча', 'встретиться', 'встретился', 'встретились', 'обсудить', 'обсудили', 'обсуждение', 'консультации', 'беседа', 'принял', 'примет'],
    ar: ['مباحثات', 'محادثات', 'لقاء', 'يلتقي', 'التقى', 'تلتقي', 'اجتماع', 'يجتمع', 'اجتمع', 'يبحث', 'بحث', 'يبحثان', 'بحثا', 'مشاورات', 'يستقبل', 'استقبل', 'تستقبل'],
  },
  call: {
    en: ['phone call', 'phone', 'telephone', 'by phone', 'phoned'],
    ru: ['телефонный разговор', 'по телефону', 'телефонном разговоре', 'созвонились', 'разговор'],
    ar: ['اتصال هاتفي', 'اتصالا هاتفيا', 'هاتفيا', 'اتصالا', 'اتصال', 'مكالمة هاتفية', 'مكالمة'],
  },
  visit: {
    en: ['visit', 'visits', 'arrives', 'arrived', 'trip', 'tour'],
    ru: ['визит', 'визите', 'посетит', 'посетил', 'прибыл', 'прибыла', 'поездка'],
    ar: ['زيارة', 'يزور', 'زار', 'تزور', 'يصل', 'وصل', 'جولة'],
  },
  agreement: {
    en: ['agreement', 'agreements', 'sign', 'signs', 'signed', 'signing', 'memorandum', 'deal', 'accord', 'treaty', 'pact'],
    ru: ['соглашение', 'подписали', 'подписал', 'подписание', 'подпишут', 'меморандум', 'договор', 'сделка'],
    ar: ['اتفاقية', 'اتفاق', 'توقيع', 'يوقع', 'يوقعان', 'مذكرة تفاهم', 'مذكرة', 'معاهدة'],
  },
  condemnation: {
    en: ['condemns', 'condemn', 'condemned', 'condemnation', 'denounces', 'denounced'],
    ru: ['осудил', 'осудила', 'осуждает', 'осуждение', 'осудили'],
    ar: ['تدين', 'يدين', 'أدان', 'أدانت', 'إدانة', 'تستنكر', 'استنكر', 'استنكار', 'تشجب', 'شجب'],
  },
  attack: {
    en: ['strike', 'strikes', 'airstrike', 'air strike', 'attack', 'attacks', 'shelling', 'drone', 'drones', 'missile', 'missiles', 'raid', 'bombing'],
    ru: ['удар', 'удары', 'авиаудар', 'атака', 'атаку', 'нападение', 'обстрел', 'беспилотник', 'ракета', 'ракетный', 'налет'],
    ar: ['غارة', 'غارات', 'هجوم', 'هجمات', 'قصف', 'مسيرة', 'مسيرات', 'صاروخ', 'صواريخ', 'استهداف', 'اعتداء'],
  },
  casualties: {
    en: ['killed', 'dead', 'death toll', 'deaths', 'wounded', 'injured', 'casualties', 'victims'],
    ru: ['погибли', 'погибших', 'погиб', 'убиты', 'жертвы', 'жертв', 'ранены', 'раненых', 'пострадали'],
    ar: ['قتلى', 'مقتل', 'قتيل', 'شهداء', 'شهيد', 'استشهاد', 'جرحى', 'إصابة', 'مصابين', 'ضحايا'],
  },
  ceasefire: {
    en: ['ceasefire', 'cease-fire', 'truce', 'armistice'],
    ru: ['перемирие', 'прекращение огня', 'прекращении огня', 'режим тишины'],
    ar: ['وقف إطلاق النار', 'هدنة', 'التهدئة'],
  },
  prisoners: {
    en: ['prisoners', 'prisoner', 'detainees', 'hostages', 'hostage', 'captives', 'swap', 'prisoner exchange'],
    ru: ['пленные', 'пленных', 'военнопленные', 'заложники', 'заложников', 'задержанные', 'обмен пленными'],
    ar: ['أسرى', 'الأسرى', 'أسير', 'رهائن', 'الرهائن', 'محتجزين', 'المحتجزين', 'معتقلين', 'تبادل الأسرى', 'صفقة تبادل'],
  },
  aid: {
    en: ['aid', 'humanitarian aid', 'relief', 'convoy', 'assistance'],
    ru: ['гуманитарная помощь', 'помощь', 'гуманитарный груз', 'конвой', 'гуманитарной'],
    ar: ['مساعدات', 'مساعدات إنسانية', 'إغاثة', 'إغاثية', 'قافلة', 'إمدادات', 'معونات'],
  },
  'oil-output': {
    en: ['output', 'production', 'oil production', 'barrels', 'barrel', 'bpd', 'supply cuts', 'output cuts', 'quota', 'quotas'],
    ru: ['добыча', 'добычи', 'добычу', 'баррель', 'баррелей', 'квоты', 'сокращение добычи'],
    ar: ['إنتاج', 'الإنتاج', 'برميل', 'براميل', 'خفض الإنتاج', 'حصص'],
  },
  resolution: {
    en: ['resolution', 'resolutions', 'vote', 'votes', 'veto', 'vetoes'],
    ru: ['резолюция', 'резолюцию', 'резолюции', 'голосование', 'вето', 'проект резолюции'],
    ar: ['قرار', 'قرارا', 'مشروع قرار', 'تصويت', 'فيتو', 'النقض'],
  },
  sanctions: {
    en: ['sanctions', 'sanction', 'embargo', 'restrictions'],
    ru: ['санкции', 'санкций', 'санкционный', 'эмбарго', 'ограничения'],
    ar: ['عقوبات', 'العقوبات', 'حظر'],
  },
  conference: {
    en: ['forum', 'conference', 'dialogue', 'symposium'],
    ru: ['форум', 'конференция', 'конференции', 'диалог', 'симпозиум'],
    ar: ['منتدى', 'مؤتمر', 'المؤتمر', 'حوار', 'ندوة'],
  },
  election: {
    en: ['election', 'elections', 'polls', 'ballot', 'elected', 'vote count'],
    ru: ['выборы', 'выборах', 'избран', 'избрана', 'голосования'],
    ar: ['انتخابات', 'الانتخابات', 'انتخاب', 'اقتراع'],
  },
  appointment: {
    en: ['appoints', 'appointed', 'appointment', 'names new', 'sworn in', 'nominated'],
    ru: ['назначен', 'назначил', 'назначение', 'назначила', 'присягу'],
    ar: ['تعيين', 'يعين', 'أدى اليمين', 'اليمين الدستورية'],
  },
  credentials: {
    en: ['credentials', 'letters of credence', 'new ambassador'],
    ru: ['верительные грамоты', 'верительных грамот', 'грамоты'],
    ar: ['أوراق اعتماد', 'أوراق الاعتماد', 'أوراق اعتماده'],
  },
  congratulation: {
    en: ['congratulates', 'congratulated', 'congratulations', 'greetings', 'cable'],
    ru: ['поздравил', 'поздравление', 'поздравила', 'поздравления', 'телеграмма'],
    ar: ['يهنئ', 'تهنئة', 'برقية تهنئة', 'برقية', 'يهنئان'],
  },
  summit: {
    en: ['summit', 'summits'],
    ru: ['саммит', 'саммите', 'саммита'],
    ar: ['قمة', 'القمة'],
  },
  nuclear: {
    en: ['nuclear', 'enrichment', 'uranium', 'inspectors', 'inspection', 'safeguards', 'reactor'],
    ru: ['ядерный', 'ядерной', 'обогащение', 'уран', 'урана', 'инспекторы', 'инспекторов', 'гарантии', 'реактор', 'АЭС'],
    ar: ['نووي', 'النووي', 'النووية', 'تخصيب', 'يورانيوم', 'اليورانيوم', 'مفتشين', 'المفتشين', 'تفتيش', 'مفاعل'],
  },
  roads: {
    en: ['road', 'roads', 'highway', 'crossing', 'crossings', 'border crossing', 'checkpoint', 'reopen', 'reopens', 'reopened', 'reopening'],
    ru: ['дорога', 'дороги', 'трасса', 'КПП', 'пункт пропуска', 'переход', 'открытие', 'открыли', 'возобновили движение'],
    ar: ['طريق', 'طرق', 'الطرقات', 'معبر', 'معابر', 'افتتاح', 'إعادة فتح'],
  },
  investment: {
    en: ['investment', 'investments', 'invest', 'trade', 'fund', 'economic cooperation', 'trade turnover'],
    ru: ['инвестиции', 'инвестиций', 'инвестиционный', 'торговля', 'товарооборот', 'фонд', 'экономическое сотрудничество'],
    ar: ['استثمار', 'استثمارات', 'الاستثمار', 'تجارة', 'التبادل التجاري', 'صندوق', 'التعاون الاقتصادي'],
  },
  visa: {
    en: ['visa', 'visas', 'visa-free', 'visa waiver'],
    ru: ['визовый', 'визового', 'безвизовый', 'безвизовом', 'отмена виз'],
    ar: ['تأشيرة', 'تأشيرات', 'التأشيرات', 'الإعفاء من التأشيرة'],
  },
  disaster: {
    en: ['earthquake', 'quake', 'flood', 'floods', 'flooding', 'storm', 'fire', 'landslide'],
    ru: ['землетрясение', 'наводнение', 'паводок', 'шторм', 'пожар', 'оползень'],
    ar: ['زلزال', 'فيضانات', 'فيضان', 'سيول', 'عاصفة', 'حريق', 'انهيار'],
  },
  shipping: {
    en: ['ship', 'ships', 'vessel', 'vessels', 'tanker', 'tankers', 'shipping', 'cargo ship', 'freighter'],
    ru: ['судно', 'судна', 'танкер', 'танкеры', 'судоходство', 'сухогруз'],
    ar: ['سفينة', 'سفن', 'ناقلة', 'ناقلات', 'الملاحة', 'شحن'],
  },
  loan: {
    en: ['loan', 'loans', 'grant', 'deposit', 'credit line', 'financing', 'bailout'],
    ru: ['кредит', 'кредита', 'займ', 'грант', 'депозит', 'финансирование'],
    ar: ['قرض', 'قروض', 'منحة', 'وديعة', 'تمويل'],
  },
};
