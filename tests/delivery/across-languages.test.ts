import { afterEach, describe, expect, it } from 'vitest';
import type { FakeUser } from '../support/fake-telegram.ts';
import { Newsroom } from './alerts-support.ts';

let room: Newsroom | undefined;
afterEach(async () => {
  await room?.close();
  room = undefined;
});

const ANNA: FakeUser = { id: 9301, first_name: 'Anna', language_code: 'en' };
const LAYLA: FakeUser = { id: 9302, first_name: 'Layla', language_code: 'ar' };

const OPEC_KUNA = {
  title: 'أوبك+ تقرر تمديد خفض الإنتاج بمقدار 2.2 مليون برميل يوميا حتى نهاية مارس',
  link: 'https://kuna.example/opec',
  description:
    '<p>(كونا) -- قررت مجموعة أوبك بلس اليوم الأحد تمديد التخفيضات الطوعية لإنتاج النفط البالغة 2.2 مليون برميل يوميا حتى نهاية مارس المقبل خلال اجتماع افتراضي للدول الثماني.</p>',
};
const OPEC_REUTERS = {
  title: 'OPEC+ extends 2.2 million bpd output cuts to end of March',
  link: 'https://reuters.example/opec',
  description:
    '<p>OPEC+ agreed on Sunday to extend voluntary oil output cuts of 2.2 million barrels per day until the end of March, eight member countries said after an online meeting.</p>',
};
const LAVROV_TASS = {
  title: 'Лавров обсудил с главой МИД Кувейта ситуацию в секторе Газа',
  link: 'https://tass.example/lavrov-kuwait',
  description:
    '<p>МОСКВА, 7 декабря. /ТАСС/. Министр иностранных дел России Сергей Лавров провел телефонный разговор с министром иностранных дел Кувейта Абдаллой аль-Яхьей, стороны обсудили ситуацию в секторе Газа.</p>',
};
const YEMEN_ROADS_KUNA = {
  title: 'إعادة فتح الطريق الرئيسي بين تعز وعدن في اليمن بعد إغلاق دام سنوات',
  link: 'https://kuna.example/yemen-roads',
  description:
    '<p>(كونا) -- أعلنت السلطات المحلية في محافظة تعز اليمنية اليوم الأربعاء إعادة فتح الطريق الرئيسي الذي يربط المدينة بعدن أمام حركة المسافرين والبضائع بعد إغلاق استمر سنوات.</p>',
};
const YEMEN_PRISONERS_REUTERS = {
  title: "Yemen's warring parties begin exchanging hundreds of prisoners",
  link: 'https://reuters.example/yemen-prisoners',
  description:
    "<p>Yemen's government and the Houthis began exchanging hundreds of prisoners on Wednesday in an operation run by the International Committee of the Red Cross, flights from Sanaa and Aden.</p>",
};

describe('stories across languages', () => {
  it('the OPEC+ decision from an Arabic and an English feed is one story for the English reader, naming the Arabic source', async () => {
    room = await Newsroom.open();
    room.publish('/kuna', OPEC_KUNA);
    room.publish('/reuters', OPEC_REUTERS);
    await room.poll();
    await room.say(ANNA, '/start');
    const latest = await room.say(ANNA, '/latest');
    expect(latest.text).toContain(OPEC_REUTERS.title);
    expect(latest.text).not.toContain(OPEC_KUNA.title);
    expect(latest.text).toContain('Also in Arabic: KUNA');
    expect(latest.entities).toContainEqual(expect.objectContaining({ type: 'text_link', url: OPEC_KUNA.link }));

    // And the other way round, in the Arabic reader's words.
    await room.say(LAYLA, '/start');
    const arabic = await room.say(LAYLA, '/latest');
    expect(arabic.text).toContain(OPEC_KUNA.title);
    expect(arabic.text).toContain('وأيضًا بالإنجليزية: Reuters');
  });

  it('with /sources all an English reader gets a Russian-only story, marked as Russian; with mine, not', async () => {
    room = await Newsroom.open();
    room.publish('/tass', LAVROV_TASS);
    room.publish('/reuters', OPEC_REUTERS);
    await room.poll();
    await room.say(ANNA, '/start');
    expect((await room.say(ANNA, '/latest')).text).not.toContain(LAVROV_TASS.title);

    expect((await room.say(ANNA, '/sources all')).text).toContain('Sources: all three languages');
    const latest = await room.say(ANNA, '/latest');
    expect(latest.text).toContain(LAVROV_TASS.title);
    expect(latest.text).toContain('🌐 Russian · ТАСС');
    expect(latest.text).toContain(OPEC_REUTERS.title);
    expect((await room.say(ANNA, '/briefing')).text).toContain('🌐 Russian · ТАСС');
    expect((await room.say(ANNA, '/settings')).text).toContain('Sources: all three languages');

    await room.say(ANNA, '/sources mine');
    expect((await room.say(ANNA, '/latest')).text).not.toContain(LAVROV_TASS.title);
  });

  it('an Arabic Yemen story about roads is not linked to an English Yemen story about prisoners', async () => {
    room = await Newsroom.open();
    room.publish('/kuna', YEMEN_ROADS_KUNA);
    room.publish('/reuters', YEMEN_PRISONERS_REUTERS);
    await room.poll();
    await room.say(ANNA, '/start');
    const mine = await room.say(ANNA, '/latest');
    expect(mine.text).toContain(YEMEN_PRISONERS_REUTERS.title);
    expect(mine.text).not.toContain('Also in');
    await room.say(ANNA, '/sources all');
    const all = await room.say(ANNA, '/latest');
    expect(all.text).toContain(YEMEN_ROADS_KUNA.title);
    expect(all.text).toContain('🌐 Arabic · KUNA');
    expect(room.t.db.prepare('SELECT COUNT(*) FROM article_links').pluck().get()).toBe(0);
  });

  it('/watch Lavrov with /sources all alerts on a Russian report naming Лавров, marked as Russian', async () => {
    room = await Newsroom.open();
    await room.say(ANNA, '/start');
    await room.say(ANNA, '/sources all');
    await room.say(ANNA, '/watch lavrov');
    room.publish('/tass', LAVROV_TASS);
    await room.poll();
    const [alert, ...more] = room.alertsTo(ANNA.id);
    expect(more).toEqual([]);
    expect(alert!.text).toMatch(/^🔔 Watch: lavrov\n/u);
    expect(alert!.text).toContain(LAVROV_TASS.title);
    expect(alert!.text).toContain('🌐 Russian · ТАСС');
  });

  it('/search Lavrov with /sources all finds the Russian report by the Russian name; with mine, only English text is searched', async () => {
    room = await Newsroom.open();
    room.publish('/tass', LAVROV_TASS);
    await room.poll();
    await room.say(ANNA, '/start');
    expect((await room.say(ANNA, '/search Lavrov')).text).not.toContain(LAVROV_TASS.title);
    await room.say(ANNA, '/sources all');
    const found = await room.say(ANNA, '/search Lavrov');
    expect(found.text).toContain(LAVROV_TASS.title);
    expect(found.text).toContain('🌐 Russian · ТАСС');
    expect((await room.say(ANNA, '/search zzzqqq')).text).toContain('Nothing found for “zzzqqq” in any of the three languages');
  });

  it('/mute Lavrov with /sources all keeps the Russian report naming Лавров out as well', async () => {
    room = await Newsroom.open();
    room.publish('/tass', LAVROV_TASS);
    room.publish('/reuters', OPEC_REUTERS);
    await room.poll();
    await room.say(ANNA, '/start');
    await room.say(ANNA, '/sources all');
    expect((await room.say(ANNA, '/latest')).text).toContain(LAVROV_TASS.title);
    await room.say(ANNA, '/mute lavrov');
    const latest = await room.say(ANNA, '/latest');
    expect(latest.text).not.toContain(LAVROV_TASS.title);
    expect(latest.text).toContain(OPEC_REUTERS.title);
  });

  it('/sources with a bad word says what the choices are and changes nothing; alone, it shows buttons', async () => {
    room = await Newsroom.open();
    await room.say(ANNA, '/start');
    expect((await room.say(ANNA, '/sources every')).text).toContain('“every” is not a choice');
    const shown = await room.say(ANNA, '/sources');
    expect(shown.text).toContain('This chat gets stories in its own language');
    expect(JSON.stringify(shown.replyMarkup)).toContain('src:all');
    expect(room.t.db.prepare('SELECT sources FROM subscribers WHERE chat_id = ?').pluck().get(ANNA.id)).toBe('mine');
  });
});
