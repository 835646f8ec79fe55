import { describe, expect, it } from 'vitest';
import { audienceFilter, parseBroadcastOptions } from '../../src/delivery/broadcast-options.ts';

const COMMAND = '/broadcast'.length;

describe('broadcast options', () => {
  it('reads the options first, in any order and case, then where the text starts', () => {
    const text = '/broadcast topic:Gulf lang:AR نص\nسطر ثان';
    expect(parseBroadcastOptions(text, COMMAND)).toEqual({ language: 'ar', topic: 'gulf', kind: undefined, textStart: text.indexOf('نص') });
    expect(parseBroadcastOptions('/broadcast hello', COMMAND)).toEqual({
      language: undefined,
      topic: undefined,
      kind: undefined,
      textStart: 11,
    });
  });

  it('starts after the command it is given, however long (a command with the bot’s name)', () => {
    const text = '/broadcast@diplobrief_bot lang:ru  Привет';
    expect(parseBroadcastOptions(text, '/broadcast@diplobrief_bot'.length)).toEqual({
      language: 'ru',
      topic: undefined,
      kind: undefined,
      textStart: text.indexOf('Привет'),
    });
  });

  it('aims at one kind of chat: private chats, groups (supergroups included) or channels', () => {
    expect(parseBroadcastOptions('/broadcast kind:channels lang:en Hello', COMMAND)).toMatchObject({ kind: 'channel', language: 'en' });
    expect(parseBroadcastOptions('/broadcast KIND:Group Hello', COMMAND)).toMatchObject({ kind: 'group' });
    expect(parseBroadcastOptions('/broadcast kind:users Hello', COMMAND)).toMatchObject({ kind: 'private' });
    expect(parseBroadcastOptions('/broadcast kind:bots Hello', COMMAND)).toEqual({ error: 'unknown-kind', given: 'bots' });
    expect(parseBroadcastOptions('/broadcast kind:constructor Hello', COMMAND)).toEqual({ error: 'unknown-kind', given: 'constructor' });
  });

  it('takes a topic by any name the topic resolver knows', () => {
    expect(parseBroadcastOptions('/broadcast topic:gaza news', COMMAND)).toMatchObject({ topic: 'palestine' });
  });

  it('an option glued to text, or one after the text starts, is text', () => {
    expect(parseBroadcastOptions('/broadcast lang:en, please', COMMAND)).toEqual({ error: 'unknown-language', given: 'en,' });
    expect(parseBroadcastOptions('/broadcast Read this lang:ru', COMMAND)).toEqual({
      language: undefined,
      topic: undefined,
      kind: undefined,
      textStart: 11,
    });
  });

  it('explains what is missing or wrong', () => {
    expect(parseBroadcastOptions('/broadcast', COMMAND)).toEqual({ error: 'no-text' });
    expect(parseBroadcastOptions('/broadcast lang:ru topic:iran  \n ', COMMAND)).toEqual({ error: 'no-text' });
    expect(parseBroadcastOptions('/broadcast lang:de Hallo', COMMAND)).toEqual({ error: 'unknown-language', given: 'de' });
    expect(parseBroadcastOptions('/broadcast topic:sport Goal', COMMAND)).toEqual({ error: 'unknown-topic', given: 'sport' });
    expect(parseBroadcastOptions('/broadcast topic: Goal', COMMAND)).toEqual({ error: 'unknown-topic', given: '' });
  });

  it('gives the same answer when called again (no state kept between calls)', () => {
    const text = '/broadcast lang:en topic:un Hello';
    expect(parseBroadcastOptions(text, COMMAND)).toEqual(parseBroadcastOptions(text, COMMAND));
  });
});

describe('audienceFilter', () => {
  it('narrows by what the options name, and only that', () => {
    expect(audienceFilter({ language: undefined, topic: undefined, kind: undefined })).toEqual({});
    expect(audienceFilter({ language: 'ru', topic: undefined, kind: undefined })).toEqual({ language: 'ru' });
    expect(audienceFilter({ language: 'ar', topic: 'gulf', kind: undefined })).toEqual({ language: 'ar', topic: 'gulf' });
    expect(audienceFilter({ language: undefined, topic: undefined, kind: 'channel' })).toEqual({ kind: 'channel' });
    expect(Object.keys(audienceFilter({ language: undefined, topic: 'un', kind: undefined }))).toEqual(['topic']);
  });
});
