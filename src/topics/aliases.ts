import type { Topic } from '../model/topics.ts';

/**
 * What readers type after /topic, in all three languages: the slug, the topic's localised name (as in
 * locales/*.ftl) and the words people use for it. Matched after folding and stemming, so case,
 * harakat, alef forms, the Arabic article and Russian case endings do not matter.
 */
export const TOPIC_ALIASES: Record<Topic, readonly string[]> = {
  gulf: [
    'gulf', 'persian gulf', 'arabian gulf', 'gcc', 'gulf states', 'gulf cooperation council',
    'الخليج', 'الخليج العربي', 'دول الخليج', 'مجلس التعاون', 'مجلس التعاون الخليجي',
    'залив', 'персидский залив', 'страны залива', 'ссагпз', 'аравийские монархии',
  ],
  palestine: [
    'palestine', 'palestinians', 'israel', 'gaza', 'arab-israeli conflict', 'middle east peace', 'palestine and the arab–israeli settlement',
    'فلسطين', 'القضية الفلسطينية', 'غزة', 'التسوية العربية الإسرائيلية', 'الصراع العربي الإسرائيلي', 'فلسطين والتسوية العربية الإسرائيلية',
    'палестина', 'газа', 'израиль', 'ближневосточное урегулирование', 'арабо-израильский конфликт', 'палестина и арабо-израильское урегулирование',
  ],
  iran: ['iran', 'iranian', 'iran nuclear deal', 'jcpoa', 'إيران', 'الملف النووي الإيراني', 'الاتفاق النووي', 'иран', 'ядерная сделка', 'свпд'],
  syria: ['syria', 'syrian', 'سوريا', 'سورية', 'сирия'],
  libya: ['libya', 'libyan', 'ليبيا', 'ливия'],
  yemen: ['yemen', 'yemeni', 'houthis', 'اليمن', 'الحوثيون', 'йемен', 'хуситы'],
  security: [
    'security', 'regional security', 'military', 'defence', 'defense', 'terrorism',
    'الأمن', 'الأمن الإقليمي', 'الدفاع', 'الإرهاب', 'عسكري',
    'безопасность', 'региональная безопасность', 'оборона', 'терроризм', 'военные',
  ],
  energy: ['energy', 'oil', 'gas', 'opec', 'opec+', 'الطاقة', 'النفط', 'الغاز', 'أوبك', 'энергетика', 'нефть', 'газ', 'опек', 'опек+'],
  economy: [
    'economy', 'trade', 'investment', 'economy and trade', 'business',
    'الاقتصاد', 'التجارة', 'الاستثمار', 'الاقتصاد والتجارة',
    'экономика', 'торговля', 'инвестиции', 'экономика и торговля',
  ],
  un: [
    'un', 'united nations', 'security council', 'multilateral', 'un and multilateral diplomacy',
    'الأمم المتحدة', 'مجلس الأمن', 'الأمم المتحدة والدبلوماسية متعددة الأطراف', 'أممي',
    'оон', 'совбез', 'совет безопасности', 'оон и многосторонняя дипломатия',
  ],
};
