import { afterEach, describe, expect, it } from 'vitest';
import type { FakeUser } from '../support/fake-telegram.ts';
import { Newsroom } from './alerts-support.ts';
import { crossLanguageItem } from '../support/cross-language.ts';

let room: Newsroom | undefined;
afterEach(async () => {
  await room?.close();
  room = undefined;
});

const ANNA: FakeUser = { id: 9301, first_name: 'Anna', language_code: 'en' };
const LAYLA: FakeUser = { id: 9302, first_name: 'Layla', language_code: 'ar' };

const OPEC_KUNA = crossLanguageItem('opecAr');
const OPEC_REUTERS = crossLanguageItem('opecEn');
const LAVROV_TASS = crossLanguageItem('lavrovRu');
const YEMEN_ROADS_KUNA = crossLanguageItem('yemenRoadsAr');
const YEMEN_PRISONERS_REUTERS = crossLanguageItem('yemenPrisonersEn');

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
