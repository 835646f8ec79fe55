import { describe, expect, it } from 'vitest';
import {
  BROADCAST_BUTTON_ACTIONS,
  CALLBACK_DATA_LIMIT,
  broadcastButtons,
  channelButtons,
  languageButtons,
  moreButtons,
  sourcesButtons,
  topicButtons,
  topicToggleButtons,
  type ButtonKind,
  type ChannelPress,
  type MoreRequest,
} from '../../src/bot/buttons.ts';
import { LANGUAGES } from '../../src/model/language.ts';
import { TOPICS } from '../../src/model/topics.ts';

const bytes = (data: string) => Buffer.byteLength(data, 'utf8');
const LONGEST_TOPIC = [...TOPICS].sort((a, b) => b.length - a.length)[0]!;
const MAX = Number.MAX_SAFE_INTEGER;
/** Channel ids: -100 followed by up to 13 digits; a basic group's are short and negative too. */
const CHANNEL_IDS = [-1001234567890, -1009999999999999, -4001234567, MAX, -MAX];

/** Every kind with the values it carries, the largest ones included. */
const KINDS: { name: string; kind: ButtonKind<never>; values: unknown[] }[] = [
  { name: 'topic', kind: topicButtons as ButtonKind<never>, values: [...TOPICS] },
  { name: 'topic toggle', kind: topicToggleButtons as ButtonKind<never>, values: [...TOPICS, 'all', 'none'] },
  { name: 'language', kind: languageButtons as ButtonKind<never>, values: [...LANGUAGES] },
  { name: 'sources', kind: sourcesButtons as ButtonKind<never>, values: ['mine', 'all'] },
  {
    name: 'broadcast',
    kind: broadcastButtons as ButtonKind<never>,
    values: BROADCAST_BUTTON_ACTIONS.flatMap((action) => [0, 1, 1234, MAX].map((id) => ({ action, id }))),
  },
  {
    name: 'more',
    kind: moreButtons as ButtonKind<never>,
    values: [
      { kind: 'latest', count: 30, before: Date.parse('2026-11-29T08:00:00Z') },
      { kind: 'latest', count: 999, before: MAX },
      ...TOPICS.map((topic): MoreRequest => ({ kind: 'topic', topic, count: 999, before: MAX })),
      { kind: 'search', searchId: 1, offset: 0 },
      { kind: 'search', searchId: MAX, offset: 999_999 },
    ] satisfies MoreRequest[],
  },
  {
    name: 'channel',
    kind: channelButtons as ButtonKind<never>,
    values: [
      { action: 'list' },
      ...CHANNEL_IDS.flatMap((channelId): ChannelPress[] => [
        { action: 'open', channelId },
        { action: 'topics', channelId },
        { action: 'pause', channelId },
        { action: 'resume', channelId },
        { action: 'sources', channelId, on: true },
        { action: 'sources', channelId, on: false },
        ...LANGUAGES.map((language) => ({ action: 'language' as const, channelId, language })),
        ...[...TOPICS, 'all' as const, 'none' as const].map((choice) => ({ action: 'topic' as const, channelId, choice })),
      ]),
    ] satisfies ChannelPress[],
  },
];

describe('inline buttons', () => {
  describe.each(KINDS)('$name', ({ kind, values }) => {
    it('round-trips every value, within Telegram’s 64 bytes, matched by its trigger', () => {
      for (const value of values) {
        const data = kind.encode(value as never);
        expect(bytes(data)).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
        expect(kind.trigger.test(data)).toBe(true);
        expect(kind.decode(data)).toEqual(value);
      }
    });

    it('reads no other kind’s data', () => {
      for (const other of KINDS.filter((k) => k.kind !== kind)) {
        for (const value of other.values) {
          const data = other.kind.encode(value as never);
          expect(kind.trigger.test(data)).toBe(false);
          expect(kind.decode(data)).toBeUndefined();
        }
      }
    });
  });

  it('keep the wire format buttons already sent use', () => {
    expect(topicButtons.encode('gulf')).toBe('topic:gulf');
    expect(topicToggleButtons.encode('un')).toBe('tp:un');
    expect(topicToggleButtons.encode('all')).toBe('tp:all');
    expect(languageButtons.encode('ru')).toBe('lang:ru');
    expect(broadcastButtons.encode({ action: 'stop', id: 1234 })).toBe('bc:stop:ya');
    expect(moreButtons.encode({ kind: 'latest', count: 10, before: 36 })).toBe('more:l:10:10');
    expect(moreButtons.encode({ kind: 'topic', topic: 'iran', count: 10, before: 35 })).toBe('more:t:iran:10:z');
    expect(moreButtons.encode({ kind: 'search', searchId: 71, offset: 20 })).toBe('more:s:1z:20');
    expect(channelButtons.encode({ action: 'list' })).toBe('ch:list');
    expect(channelButtons.encode({ action: 'open', channelId: -1001234567890 })).toBe('ch:o:-cryl7kya');
    expect(channelButtons.encode({ action: 'topic', channelId: -1009999999999999, choice: 'palestine' })).toBe(
      'ch:x:-9y0jlekmbj:palestine',
    );
  });

  it.each([
    [topicButtons, ['', 'topic:', 'topic:sport', 'topic:Gulf', 'topic:gulf:1', 'topic: gulf', 'tp:gulf']],
    [topicToggleButtons, ['', 'tp:', 'tp:sport', 'tp:ALL', 'tp:gulf:1', 'tp:all ', 'topic:gulf']],
    [languageButtons, ['', 'lang:', 'lang:de', 'lang:EN', 'lang:en:1', 'lang:en-US', 'language:en']],
    [
      broadcastButtons,
      [
        '',
        'bc:',
        'bc:send',
        'bc:send:',
        'bc:resend:1',
        'bc:send:-1',
        'bc:send:1:2',
        'bc:send:A1',
        `bc:stop:${'z'.repeat(11)}`,
        `bc:stop:${'1'.repeat(12)}`,
      ],
    ],
    [
      moreButtons,
      [
        '',
        'more',
        'more:l',
        'more:l:abc:1',
        'more:l:1000:1',
        'more:t:sport:10:1',
        'more:s:zz:-1',
        'more:s:1:1000000',
        'more:x:1:1',
        'lang:en',
        `more:l:10:${'9'.repeat(40)}`,
        `more:l:10:${'z'.repeat(11)}`,
      ],
    ],
    [
      channelButtons,
      [
        '',
        'ch:',
        'ch:list:1',
        'ch:o',
        'ch:o:',
        'ch:o:0',
        'ch:o:-0',
        'ch:o:--1',
        'ch:o:-1:x',
        'ch:q:-1',
        'ch:p:-A1',
        'ch:g:-1',
        'ch:g:-1:de',
        'ch:g:-1:ar:1',
        'ch:x:-1:sport',
        'ch:x:-1',
        `ch:o:-${'z'.repeat(11)}`,
        `ch:o:-${'1'.repeat(12)}`,
        'tp:gulf',
      ],
    ],
  ] as [ButtonKind<unknown>, string[]][])('refuse malformed data', (kind, malformed) => {
    for (const data of malformed) expect(kind.decode(data), data).toBeUndefined();
  });

  it('read a topic button’s word as the topic resolver does', () => {
    expect(topicButtons.decode('topic:gaza')).toBe('palestine');
    expect(bytes(topicButtons.encode(LONGEST_TOPIC))).toBeLessThanOrEqual(CALLBACK_DATA_LIMIT);
  });

  it('refuse to write what they could not read back', () => {
    expect(() => broadcastButtons.encode({ action: 'send', id: -1 })).toThrow(RangeError);
    expect(() => moreButtons.encode({ kind: 'latest', count: 1000, before: 1 })).toThrow(RangeError);
    expect(() => moreButtons.encode({ kind: 'latest', count: 10, before: 1.5 })).toThrow(RangeError);
    expect(() => moreButtons.encode({ kind: 'search', searchId: MAX + 1, offset: 0 })).toThrow(RangeError);
    expect(() => channelButtons.encode({ action: 'open', channelId: -MAX - 2 })).toThrow(RangeError);
    expect(() => channelButtons.encode({ action: 'open', channelId: -1.5 })).toThrow(RangeError);
  });

  it('let each feature match only its own "more" buttons', () => {
    const latest = moreButtons.encode({ kind: 'latest', count: 10, before: 1 });
    const search = moreButtons.encode({ kind: 'search', searchId: 1, offset: 10 });
    expect(moreButtons.triggerFor('latest').test(latest)).toBe(true);
    expect(moreButtons.triggerFor('latest').test(search)).toBe(false);
    expect(moreButtons.triggerFor('search').test(search)).toBe(true);
    expect(moreButtons.triggerFor('topic', 'search').test('more:t:x')).toBe(true);
  });
});
