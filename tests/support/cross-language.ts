import type { SeedArticle } from './seed.ts';

/**
 * Reports for the cross-language tests: one event (the OPEC+ decision) from an Arabic and an
 * English agency, a Russian-only story, and two Yemen stories of different events, worded as the
 * agencies word them. `at` is when they are published.
 */
export function crossLanguageReports(
  at: number,
): Record<'opecAr' | 'opecEn' | 'lavrovRu' | 'yemenRoadsAr' | 'yemenPrisonersEn', SeedArticle> {
  return {
    opecAr: {
      feed: 'KUNA',
      language: 'ar',
      publishedAt: at,
      title: 'أوبك+ تقرر تمديد خفض الإنتاج بمقدار 2.2 مليون برميل يوميا حتى نهاية مارس',
      text: '(كونا) -- قررت مجموعة أوبك بلس اليوم الأحد تمديد التخفيضات الطوعية لإنتاج النفط البالغة 2.2 مليون برميل يوميا حتى نهاية مارس المقبل خلال اجتماع افتراضي للدول الثماني.',
    },
    opecEn: {
      feed: 'Reuters',
      language: 'en',
      publishedAt: at + 3_600_000,
      title: 'OPEC+ extends 2.2 million bpd output cuts to end of March',
      text: 'OPEC+ agreed on Sunday to extend voluntary oil output cuts of 2.2 million barrels per day until the end of March, eight member countries said after an online meeting.',
    },
    lavrovRu: {
      feed: 'ТАСС',
      language: 'ru',
      publishedAt: at + 600_000,
      title: 'Лавров обсудил с главой МИД Кувейта ситуацию в секторе Газа',
      text: 'МОСКВА, 7 декабря. /ТАСС/. Министр иностранных дел России Сергей Лавров провел телефонный разговор с министром иностранных дел Кувейта Абдаллой аль-Яхьей, стороны обсудили ситуацию в секторе Газа.',
    },
    yemenRoadsAr: {
      feed: 'KUNA',
      language: 'ar',
      publishedAt: at + 1_200_000,
      title: 'إعادة فتح الطريق الرئيسي بين تعز وعدن في اليمن بعد إغلاق دام سنوات',
      text: '(كونا) -- أعلنت السلطات المحلية في محافظة تعز اليمنية اليوم الأربعاء إعادة فتح الطريق الرئيسي الذي يربط المدينة بعدن أمام حركة المسافرين والبضائع بعد إغلاق استمر سنوات.',
    },
    yemenPrisonersEn: {
      feed: 'Reuters',
      language: 'en',
      publishedAt: at + 1_800_000,
      title: "Yemen's warring parties begin exchanging hundreds of prisoners",
      text: "Yemen's government and the Houthis began exchanging hundreds of prisoners on Wednesday in an operation run by the International Committee of the Red Cross, flights from Sanaa and Aden.",
    },
  };
}
