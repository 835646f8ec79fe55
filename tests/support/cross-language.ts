import type { Language } from '../../src/model/language.ts';
import type { SeedArticle } from './seed.ts';

interface Report {
  feed: string;
  language: Language;
  title: string;
  link: string;
  /** The lead paragraph as the feed's description carries it. */
  text: string;
  /** Published this long after the first report. */
  laterMs: number;
}

/**
 * Reports for the cross-language tests: one event (the OPEC+ decision) from an Arabic and an
 * English agency, a Russian-only story, and two Yemen stories of different events, worded as the
 * agencies word them.
 */
const REPORTS = {
  opecAr: {
    feed: 'KUNA',
    language: 'ar',
    title: 'أوبك+ تقرر تمديد خفض الإنتاج بمقدار 2.2 مليون برميل يوميا حتى نهاية مارس',
    link: 'https://kuna.example/opec',
    text: '(كونا) -- قررت مجموعة أوبك بلس اليوم الأحد تمديد التخفيضات الطوعية لإنتاج النفط البالغة 2.2 مليون برميل يوميا حتى نهاية مارس المقبل خلال اجتماع افتراضي للدول الثماني.',
    laterMs: 0,
  },
  opecEn: {
    feed: 'Reuters',
    language: 'en',
    title: 'OPEC+ extends 2.2 million bpd output cuts to end of March',
    link: 'https://reuters.example/opec',
    text: 'OPEC+ agreed on Sunday to extend voluntary oil output cuts of 2.2 million barrels per day until the end of March, eight member countries said after an online meeting.',
    laterMs: 3_600_000,
  },
  lavrovRu: {
    feed: 'ТАСС',
    language: 'ru',
    title: 'Лавров обсудил с главой МИД Кувейта ситуацию в секторе Газа',
    link: 'https://tass.example/lavrov-kuwait',
    text: 'МОСКВА, 7 декабря. /ТАСС/. Министр иностранных дел России Сергей Лавров провел телефонный разговор с министром иностранных дел Кувейта Абдаллой аль-Яхьей, стороны обсудили ситуацию в секторе Газа.',
    laterMs: 600_000,
  },
  yemenRoadsAr: {
    feed: 'KUNA',
    language: 'ar',
    title: 'إعادة فتح الطريق الرئيسي بين تعز وعدن في اليمن بعد إغلاق دام سنوات',
    link: 'https://kuna.example/yemen-roads',
    text: '(كونا) -- أعلنت السلطات المحلية في محافظة تعز اليمنية اليوم الأربعاء إعادة فتح الطريق الرئيسي الذي يربط المدينة بعدن أمام حركة المسافرين والبضائع بعد إغلاق استمر سنوات.',
    laterMs: 1_200_000,
  },
  yemenPrisonersEn: {
    feed: 'Reuters',
    language: 'en',
    title: "Yemen's warring parties begin exchanging hundreds of prisoners",
    link: 'https://reuters.example/yemen-prisoners',
    text: "Yemen's government and the Houthis began exchanging hundreds of prisoners on Wednesday in an operation run by the International Committee of the Red Cross, flights from Sanaa and Aden.",
    laterMs: 1_800_000,
  },
} satisfies Record<string, Report>;

type ReportName = keyof typeof REPORTS;

/** The reports as stored articles, the first published at `at`. */
export function crossLanguageReports(at: number): Record<ReportName, SeedArticle> {
  const entries = Object.entries(REPORTS) as [ReportName, Report][];
  return Object.fromEntries(
    entries.map(([name, report]) => [
      name,
      { feed: report.feed, language: report.language, publishedAt: at + report.laterMs, title: report.title, text: report.text },
    ]),
  ) as Record<ReportName, SeedArticle>;
}

/** The reports as feed items (for a feed server): title, link, and the lead as the description. */
export function crossLanguageItem(name: ReportName): { title: string; link: string; description: string } {
  const report = REPORTS[name];
  return { title: report.title, link: report.link, description: `<p>${report.text}</p>` };
}
