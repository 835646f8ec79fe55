import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, scoreTopics } from '../../src/topics/classify.ts';
import { sharedDir } from '../support/shared-corpus.ts';

const ar = (title: string, text = '') => classify({ title, text, language: 'ar' });
const ru = (title: string, text = '') => classify({ title, text, language: 'ru' });
const en = (title: string, text = '') => classify({ title, text, language: 'en' });

describe('classify: Arabic', () => {
  it('finds names behind attached prefixes and the article, and with harakat, alef forms and tatweel', () => {
    expect(ar('وزير الخارجية يستقبل نظيره من الكويت')).toEqual(['gulf']);
    expect(ar('اتصال هاتفي بين وزيري خارجية روسيا وإيران')).toEqual(['iran']);
    expect(ar('تعاون أمني وثيق بالخليج والبحرين')).toContain('gulf');
    expect(ar('اجتماع طارئ لمجلس الأمن بشأن الوضع في اليمن')).toEqual(['yemen', 'un']);
    expect(ar('مُحادثات حول البرنامج النَّوَوي الإيراني في طِهران')).toEqual(['iran']);
    expect(ar('الرئيس يزور الإمـــارات')).toEqual(['gulf']);
    expect(ar('لقاء في اسرائيل')).toEqual(ar('لقاء في إسرائيل'));
  });

  it('does not take a word for a prefix and a name (وزير is not و + زير; وقطر is و + قطر)', () => {
    expect(scoreTopics({ title: 'وزير الثقافة يفتتح معرض الكتاب', text: '', language: 'ar' }).scores).toMatchObject({ gulf: 0 });
    expect(ar('مباحثات بين روسيا وقطر')).toEqual(['gulf']);
  });

  it('reads "Gulf of Aden" as shipping and Yemen, not the GCC', () => {
    expect(ar('هجمات على السفن في خليج عدن')).not.toContain('gulf');
  });

  it('tags the shared Arabic article (Russia–Kuwait ministers) with its seven topics', () => {
    const file = join(sharedDir(), 'fixtures/articles/ar-russia-kuwait-ministers.txt');
    if (!existsSync(file)) {
      console.warn(`${file} not found: set DIPLOBRIEF_SHARED_DIR to check the shared article`);
      return;
    }
    const lines = readFileSync(file, 'utf8').split('\n');
    const title = lines.find((line) => line.includes('وزيرا الخارجية'))!;
    expect(ar(title, lines.join('\n'))).toEqual(['gulf', 'palestine', 'iran', 'security', 'energy', 'economy', 'un']);
  });
});

describe('classify: Russian', () => {
  it('matches names in any case, and ё as е', () => {
    expect(ru('Лавров провёл переговоры с главой МИД Ирана')).toEqual(['iran']);
    expect(ru('Переговоры с Ираном продолжатся')).toEqual(['iran']);
    expect(ru('Встреча министров стран Персидского залива')).toEqual(['gulf']);
    expect(ru('Министр прибыл в Кувейт', 'Визит в Кувейте продлится два дня.')).toEqual(['gulf']);
    expect(ru('Совет Безопасности ООН обсудил ситуацию в Сирии')).toEqual(['syria', 'un']);
    expect(ru('Страны ОПЕК+ сохранят сокращение добычи нефти')).toEqual(['energy']);
  });

  it('does not read the Gulf of Finland, or the Persian Gulf as mere geography, as the GCC', () => {
    expect(ru('Учения в Финском заливе')).not.toContain('gulf');
    expect(ru('Иранский флот начал учения в Персидском заливе')).toEqual(['iran', 'security']);
  });

  it('needs a name, not only vocabulary: a ceasefire story is not a security story by that word alone', () => {
    expect(ru('Стороны договорились о прекращении огня', 'Войска отведут от линии соприкосновения.')).toEqual([]);
  });
});

describe('classify: English', () => {
  it('handles case and plurals, and longest phrases first', () => {
    expect(en('Saudi and Emirati ministers meet in Riyadh')).toEqual(['gulf']);
    expect(en('UN Security Council extends mandate of Libya mission')).toEqual(['libya', 'un']);
    expect(en('Houthi attacks on shipping in the Red Sea')).toEqual(['yemen', 'security']);
    expect(en('OPEC+ agrees to extend output cuts as oil prices slide')).toEqual(['energy']);
  });

  it('does not make a topic of a passing mention', () => {
    const gulfSecurity = en(
      'GCC defence ministers discuss regional security',
      'Defence ministers of the Gulf Cooperation Council states met in Kuwait to discuss regional security, joint naval exercises and air defence. ' +
        'They agreed to expand military coordination and maritime security patrols in the Gulf. Officials said the plan would be presented to leaders at the next summit. ' +
        'A spokesman noted that the United Nations had been informed of the exercises.',
    );
    expect(gulfSecurity).toEqual(['gulf', 'security']);
  });

  it('gives no topic to an article about none of them', () => {
    expect(en('Kuwaiti youth orchestra performs in Moscow', 'The concert marked a cultural exchange programme.')).toEqual(['gulf']);
    expect(en('Foreign ministry marks its anniversary with a reception', 'Diplomats and guests attended the ceremony.')).toEqual([]);
  });
});
