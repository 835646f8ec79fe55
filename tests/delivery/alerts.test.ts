import { afterEach, describe, expect, it } from 'vitest';
import { startBotUnderTest } from '../support/bot-harness.ts';
import type { FakeUser } from '../support/fake-telegram.ts';
import { waitUntil } from '../support/wait-until.ts';
import { EDITOR, FAST_SENDER, Newsroom } from './alerts-support.ts';

let room: Newsroom | undefined;
afterEach(async () => {
  await room?.close();
  room = undefined;
});

const IVAN: FakeUser = { id: 9201, first_name: 'Ivan', language_code: 'ru' };
const ANNA: FakeUser = { id: 9202, first_name: 'Anna', language_code: 'en' };

const LAVROV_TASS = {
  title: 'Визит Лаврова в Эр-Рияд: переговоры с министром иностранных дел Саудовской Аравии',
  link: 'https://tass.example/1',
  description: '<p>Визит Сергея Лаврова в Эр-Рияд: министр провёл переговоры с саудовским коллегой о ситуации в Персидском заливе.</p>',
};
const LAVROV_RIA = {
  title: 'Визит Лаврова в Эр-Рияд: переговоры с министром иностранных дел Саудовской Аравии о заливе',
  link: 'https://ria.example/1',
  description: '<p>Визит Сергея Лаврова в Эр-Рияд: переговоры с саудовским министром о ситуации в Персидском заливе.</p>',
};
const YEMEN = {
  title: 'Security Council adopts resolution on Yemen ceasefire',
  link: 'https://un.example/yemen',
  description:
    '<p>The UN Security Council adopted a resolution on Tuesday calling for a ceasefire in Yemen and the protection of Red Sea shipping.</p>',
};
const UKRAINE = {
  title: 'Security Council debates Ukraine grain corridor',
  link: 'https://un.example/ukraine',
  description: '<p>The Security Council held a debate on Ukraine and the Black Sea grain corridor.</p>',
};
const COUNCIL_SECURITY = {
  title: 'Gulf council discusses maritime security',
  link: 'https://reuters.example/council',
  description: '<p>The council of Gulf states discussed the security of shipping lanes.</p>',
};

describe('alerts for watches', () => {
  it('/watch Лавров: an article naming Лаврова brings one alert, naming the watch, with the linked headline and source', async () => {
    room = await Newsroom.open();
    await room.say(IVAN, '/start');
    const added = await room.say(IVAN, '/watch Лавров');
    expect(added.text).toContain('Отслеживаю Лавров (1 из 20)');

    room.publish('/tass', LAVROV_TASS);
    await room.poll();
    const [alert, ...more] = room.alertsTo(IVAN.id);
    expect(more).toEqual([]);
    expect(alert!.text).toMatch(/^🔔 Отслеживание: Лавров\n/u);
    expect(alert!.text).toContain(LAVROV_TASS.title);
    expect(alert!.text).toContain('ТАСС');
    expect(alert!.entities).toContainEqual(expect.objectContaining({ type: 'text_link', url: LAVROV_TASS.link }));
    expect((await room.say(EDITOR, '/stats')).text).toContain('Alerts: watches 1 in 1 chat · alerts sent in 24 h 1');
  });

  it('the same story from a second feed brings no second alert', async () => {
    room = await Newsroom.open();
    await room.say(IVAN, '/start');
    await room.say(IVAN, '/watch Лавров');
    room.publish('/tass', LAVROV_TASS);
    await room.poll();
    expect(room.alertsTo(IVAN.id)).toHaveLength(1);

    room.publish('/ria', LAVROV_RIA);
    await room.poll();
    expect(room.alertsTo(IVAN.id)).toHaveLength(1);
    // The second report joined the story that was alerted: it is recorded as alerted too.
    expect(room.t.db.prepare("SELECT COUNT(*) FROM alerted_articles WHERE chat_id = ? AND kind = 'watch'").pluck().get(IVAN.id)).toBe(2);
  });

  it('/watch "Security Council" -Ukraine: the Yemen resolution alerts; the Ukraine debate and a council on security do not', async () => {
    room = await Newsroom.open();
    await room.say(ANNA, '/start');
    await room.say(ANNA, '/watch "Security Council" -Ukraine');
    room.publish('/un', YEMEN);
    room.publish('/reuters', UKRAINE);
    room.publish('/ap', COUNCIL_SECURITY);
    await room.poll();
    const alerts = room.alertsTo(ANNA.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.text).toContain('Watch: "Security Council" -Ukraine');
    expect(alerts[0]!.text).toContain(YEMEN.title);
  });

  it('a watch removed, or added, between two polls counts from the next poll on', async () => {
    room = await Newsroom.open();
    await room.say(ANNA, '/start');
    await room.say(ANNA, '/watch Yemen');
    room.publish('/un', YEMEN);
    await room.poll();
    expect(room.alertsTo(ANNA.id)).toHaveLength(1);
    await room.say(ANNA, '/unwatch 1');
    await room.say(ANNA, '/watch "Security Council" Ukraine');
    // Another Yemen story: the removed watch would have alerted it.
    room.publish('/reuters', {
      title: 'Yemen talks resume in Muscat with Omani mediation',
      link: 'https://reuters.example/muscat',
      description: '<p>Talks between the Yemeni parties resumed in Muscat on Wednesday with Omani mediation.</p>',
    });
    room.publish('/ap', UKRAINE);
    await room.poll();
    const alerts = room.alertsTo(ANNA.id);
    expect(alerts).toHaveLength(2);
    expect(alerts[1]!.text).toContain(UKRAINE.title);
  });

  it('a muted word keeps a story out of alerts', async () => {
    room = await Newsroom.open();
    await room.say(ANNA, '/start');
    await room.say(ANNA, '/watch "Security Council"');
    await room.say(ANNA, '/mute ceasefire');
    room.publish('/un', YEMEN);
    room.publish('/reuters', UKRAINE);
    await room.poll();
    const alerts = room.alertsTo(ANNA.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.text).toContain(UKRAINE.title);
  });

  it('two watches matching one story make one alert', async () => {
    room = await Newsroom.open();
    await room.say(ANNA, '/start');
    await room.say(ANNA, '/watch Yemen');
    await room.say(ANNA, '/watch ceasefire');
    room.publish('/un', YEMEN);
    await room.poll();
    expect(room.alertsTo(ANNA.id)).toHaveLength(1);
  });

  it('an alert reaches only chats in the story’s language; an unsubscribed chat gets none', async () => {
    room = await Newsroom.open();
    await room.say(IVAN, '/start');
    await room.say(ANNA, '/start');
    await room.say(IVAN, '/watch Yemen');
    await room.say(ANNA, '/watch Yemen');
    const maria: FakeUser = { id: 9203, first_name: 'Maria', language_code: 'en' };
    await room.say(maria, '/start');
    await room.say(maria, '/watch Yemen');
    await room.say(maria, '/stop');
    room.publish('/un', YEMEN);
    await room.poll();
    expect(room.alertsTo(ANNA.id)).toHaveLength(1);
    expect(room.alertsTo(IVAN.id)).toHaveLength(0);
    expect(room.alertsTo(maria.id)).toHaveLength(0);
  });

  it('a channel’s watch, set from its administrator’s chat, posts the alert in the channel', async () => {
    room = await Newsroom.open();
    const { fake } = room.t;
    const channel = fake.chats.channel({ title: 'Yemen Watch', bot: 'left', members: [{ user: ANNA, status: 'creator' }] });
    await room.say(ANNA, '/start');
    const since = fake.sentCount(ANNA.id);
    fake.chats.addBot(channel.id, ANNA);
    await fake.waitForMessage(ANNA.id, { since });
    await room.say(ANNA, `/watch ${channel.id} Yemen`);
    room.publish('/un', YEMEN);
    await room.poll();
    const alerts = room.alertsTo(channel.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.text).toContain(YEMEN.title);
    expect(alerts[0]!.replyMarkup).toBeUndefined();
    expect(room.alertsTo(ANNA.id)).toEqual([]);
  });

  it('a group’s watches keep alerting after the group is upgraded to a supergroup', async () => {
    room = await Newsroom.open();
    const { fake, db } = room.t;
    const group = fake.chats.group({ title: 'Desk', members: [{ user: ANNA, status: 'creator' }] });
    const say = async (text: string, chatId: number) => {
      const since = fake.sentCount(chatId);
      fake.userSends(ANNA, text, { chatId });
      return fake.waitForMessage(chatId, { since });
    };
    await say('/start', group.id);
    await say('/watch Yemen', group.id);
    room.publish('/un', YEMEN);
    await room.poll();
    expect(room.alertsTo(group.id)).toHaveLength(1);

    const supergroup = fake.chats.upgradeToSupergroup(group.id, { by: ANNA });
    await waitUntil(() => db.prepare('SELECT COUNT(*) FROM watches WHERE chat_id = ?').pluck().get(supergroup.id) === 1, 'the watch moved');
    room.publish('/reuters', UKRAINE);
    room.publish('/ap', {
      title: 'Yemen talks resume in Muscat with Omani mediation',
      link: 'https://ap.example/muscat',
      description: '<p>Talks between the Yemeni parties resumed in Muscat on Wednesday with Omani mediation.</p>',
    });
    await room.poll();
    expect(room.alertsTo(supergroup.id)).toHaveLength(1);
    expect(room.alertsTo(supergroup.id)[0]!.text).toContain('Yemen talks resume in Muscat');
  });

  it('an alerted story is not sent again in the scheduled briefing', async () => {
    room = await Newsroom.open();
    await room.say(ANNA, '/start');
    await room.say(ANNA, '/watch Yemen');
    room.publish('/un', YEMEN);
    room.publish('/reuters', UKRAINE);
    await room.poll();
    const before = room.t.fake.sentCount(ANNA.id);
    await room.t.bot.runDigest();
    await room.settled();
    const briefing = room.t.fake.messages(ANNA.id).slice(before);
    expect(briefing.map((message) => message.text).join('\n')).toContain(UKRAINE.title);
    expect(briefing.map((message) => message.text).join('\n')).not.toContain(YEMEN.title);
  });

  it('a restart between matching and sending loses no alert and sends none twice', { timeout: 30_000 }, async () => {
    room = await Newsroom.open();
    const { t } = room;
    await room.say(ANNA, '/start');
    await room.say(ANNA, '/watch Yemen');
    // Telegram fails every send to Anna for now: the alert stays queued.
    t.fake.failNext('sendMessage', { kind: 'server', status: 502 }, { times: 1_000, chatId: ANNA.id });
    room.publish('/un', YEMEN);
    const status = await t.fake.ask(EDITOR, '/poll');
    await t.fake.waitForEdit(EDITOR.id, status.messageId, undefined, { since: 0 });
    await waitUntil(() => t.db.prepare("SELECT COUNT(*) FROM outbox WHERE kind = 'alert'").pluck().get() === 1, 'the alert queued');
    await t.bot.stop('restart');
    t.db.close();

    t.fake.clearFailures();
    const again = await startBotUnderTest(
      { ADMIN_IDS: String(EDITOR.id), SEND_RATE: '100' },
      { fake: t.fake, folder: t.folder, pollAtStart: false, sender: FAST_SENDER },
    );
    try {
      await waitUntil(() => room!.alertsTo(ANNA.id).length === 1, 'the alert sent after the restart', 15_000);
      await waitUntil(
        () => again.db.prepare("SELECT COUNT(*) FROM outbox WHERE kind = 'alert' AND status = 'sent'").pluck().get() === 1,
        'the alert recorded as sent',
      );
      expect(again.db.prepare("SELECT COUNT(*) FROM outbox WHERE kind = 'alert'").pluck().get()).toBe(1);
      expect(room.alertsTo(ANNA.id)).toHaveLength(1);
    } finally {
      await again.bot.stop('test finished');
      again.db.close();
    }
  });
});
