import { afterEach, describe, expect, it } from 'vitest';
import type { FakeUser } from '../support/fake-telegram.ts';
import { waitUntil } from '../support/wait-until.ts';
import { Newsroom } from './alerts-support.ts';

let room: Newsroom | undefined;
afterEach(async () => {
  await room?.close();
  room = undefined;
});

const ANNA: FakeUser = { id: 9401, first_name: 'Anna', language_code: 'en' };
const BOB: FakeUser = { id: 9402, first_name: 'Bob', language_code: 'en' };

/** One event, as three agencies write it. */
const STRAIT = [
  {
    title: 'Houthi missile strikes tanker in Red Sea off Yemen coast',
    link: 'https://reuters.example/tanker',
    description: '<p>A Houthi missile struck an oil tanker in the Red Sea off the coast of Yemen on Tuesday, the shipping agency said.</p>',
  },
  {
    title: 'Houthi missile hits oil tanker in the Red Sea off Yemen',
    link: 'https://ap.example/tanker',
    description: '<p>An oil tanker was hit by a Houthi missile in the Red Sea off Yemen, shipping officials said on Tuesday.</p>',
  },
  {
    title: 'Tanker struck by Houthi missile in Red Sea off Yemen coast',
    link: 'https://wires.example/tanker',
    description: '<p>A tanker was struck by a Houthi missile in the Red Sea off the Yemen coast on Tuesday.</p>',
  },
];

describe('breaking stories', () => {
  it('a story that a third source carries within two hours comes at once, once, to chats that turned breaking on', async () => {
    room = await Newsroom.open();
    await room.say(ANNA, '/start');
    await room.say(BOB, '/start');
    expect((await room.say(ANNA, '/breaking on')).text).toContain('Breaking stories on');
    room.publish('/reuters', { ...STRAIT[0]!, minutesAgo: 50 });
    room.publish('/ap', { ...STRAIT[1]!, minutesAgo: 30 });
    await room.poll();
    expect(room.alertsTo(ANNA.id)).toEqual([]);

    room.publish('/wires', { ...STRAIT[2]!, minutesAgo: 5 });
    await room.poll();
    const alerts = room.alertsTo(ANNA.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.text).toMatch(/^⚡ Breaking · 3 sources\n/u);
    expect(alerts[0]!.text).toContain('Houthi missile');
    expect(room.alertsTo(BOB.id)).toEqual([]);

    // A fourth report of the same story is not news again.
    room.publish('/un', { ...STRAIT[0]!, link: 'https://un.example/tanker', minutesAgo: 1 });
    await room.poll();
    expect(room.alertsTo(ANNA.id)).toHaveLength(1);
  });

  it('a story a watch alerted is not sent again when it becomes breaking', async () => {
    room = await Newsroom.open();
    await room.say(ANNA, '/start');
    await room.say(ANNA, '/watch tanker');
    await room.say(ANNA, '/breaking on');
    room.publish('/reuters', { ...STRAIT[0]!, minutesAgo: 50 });
    await room.poll();
    expect(room.alertsTo(ANNA.id)).toHaveLength(1);
    room.publish('/ap', { ...STRAIT[1]!, minutesAgo: 30 });
    room.publish('/wires', { ...STRAIT[2]!, minutesAgo: 5 });
    await room.poll();
    expect(room.alertsTo(ANNA.id)).toHaveLength(1);
  });

  it('breaking stories reach only chats in the story’s language', async () => {
    room = await Newsroom.open();
    const ivan: FakeUser = { id: 9403, first_name: 'Ivan', language_code: 'ru' };
    await room.say(ivan, '/start');
    await room.say(ivan, '/breaking on');
    room.publish('/reuters', { ...STRAIT[0]!, minutesAgo: 50 });
    room.publish('/ap', { ...STRAIT[1]!, minutesAgo: 30 });
    room.publish('/wires', { ...STRAIT[2]!, minutesAgo: 5 });
    await room.poll();
    expect(room.alertsTo(ivan.id)).toEqual([]);
  });

  it('three reports more than two hours apart are not breaking', async () => {
    room = await Newsroom.open();
    await room.say(ANNA, '/start');
    await room.say(ANNA, '/breaking on');
    room.publish('/reuters', { ...STRAIT[0]!, minutesAgo: 200 });
    room.publish('/ap', { ...STRAIT[1]!, minutesAgo: 100 });
    room.publish('/wires', { ...STRAIT[2]!, minutesAgo: 5 });
    await room.poll();
    expect(room.alertsTo(ANNA.id)).toEqual([]);
  });

  it('/breaking without on or off says how it is and what it does', async () => {
    room = await Newsroom.open();
    await room.say(ANNA, '/start');
    expect((await room.say(ANNA, '/breaking')).text).toMatch(/^Breaking stories are off here\./u);
    await room.say(ANNA, '/breaking on');
    expect((await room.say(ANNA, '/breaking')).text).toMatch(/^Breaking stories are on here\./u);
    expect((await room.say(ANNA, '/settings')).text).toContain('Breaking stories: on');
  });
});

describe('quiet hours', () => {
  it('hold alerts until they end, then send them together; outside them alerts come at once', { timeout: 30_000 }, async () => {
    // The bot's clock stands at 23:00 UTC (tonight or tomorrow night) and moves with the wall clock.
    const wall = Date.now();
    const eleven = new Date(wall);
    eleven.setUTCHours(23, 0, 0, 0);
    let offset = eleven.getTime() - wall;
    room = await Newsroom.open({}, { now: () => Date.now() + offset, dueBriefingsCron: '* * * * * *' });
    await room.say(ANNA, '/start');
    await room.say(ANNA, '/watch Houthi');
    expect((await room.say(ANNA, '/quiet 22:00-07:00')).text).toBe(
      '🌙 Quiet hours 22:00–07:00 (UTC): alerts wait until 07:00 and then come together.',
    );
    room.publish('/reuters', STRAIT[0]!);
    await room.poll();
    expect(room.alertsTo(ANNA.id)).toEqual([]);
    expect(room.t.db.prepare('SELECT COUNT(*) FROM held_alerts WHERE chat_id = ?').pluck().get(ANNA.id)).toBe(1);

    // Morning: 07:00:30 by the bot's clock. The minute job sends what waited, as one message.
    offset += 8 * 3_600_000 + 30_000;
    await waitUntil(() => room!.alertsTo(ANNA.id).length === 1, 'the held alert sent when the quiet hours ended', 10_000);
    const [held] = room.alertsTo(ANNA.id);
    expect(held!.text).toMatch(/^🌙 While it was quiet: one alert\n\n🔔 Watch: Houthi\n/u);
    expect(held!.text).toContain(STRAIT[0]!.title);

    // After them, an alert comes at once.
    room.publish('/un', {
      title: 'Houthi leaders meet UN envoy in Muscat',
      link: 'https://un.example/muscat',
      description: '<p>Houthi leaders met the UN envoy in Muscat on Wednesday.</p>',
    });
    await room.poll();
    expect(room.alertsTo(ANNA.id)).toHaveLength(2);
  });

  it('/quiet explains itself, refuses what is not a range, and /quiet off ends them', async () => {
    room = await Newsroom.open();
    await room.say(ANNA, '/start');
    expect((await room.say(ANNA, '/quiet')).text).toMatch(/^No quiet hours\./u);
    expect((await room.say(ANNA, '/quiet tonight')).text).toBe('“tonight” is not a time range: send it as /quiet 22:00-07:00.');
    expect((await room.say(ANNA, '/quiet 25:00-07:00')).text).toBe('“25:00-07:00” is not a time range: send it as /quiet 22:00-07:00.');
    await room.say(ANNA, '/quiet 23:30-06:00');
    expect((await room.say(ANNA, '/settings')).text).toContain('quiet hours: 23:30–06:00');
    expect((await room.say(ANNA, '/quiet off')).text).toBe('Quiet hours off: alerts come at once.');
    expect((await room.say(ANNA, '/settings')).text).toContain('quiet hours: off');
  });
});
