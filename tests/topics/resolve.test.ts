import { describe, expect, it } from 'vitest';
import { resolveTopic } from '../../src/topics/resolve.ts';

describe('resolveTopic', () => {
  it.each([
    ['gulf', 'gulf'],
    ['GULF', 'gulf'],
    ['الخليج', 'gulf'],
    ['بالخليج', 'gulf'],
    ['الخَلِيج', 'gulf'],
    ['Залив', 'gulf'],
    ['Персидского залива', 'gulf'],
    ['persian gulf', 'gulf'],
    ['Gulf States', 'gulf'],
    ['فلسطين', 'palestine'],
    ['Палестина', 'palestine'],
    ['إيران', 'iran'],
    ['ايران', 'iran'],
    ['Иран', 'iran'],
    ['сирия', 'syria'],
    ['ليبيا', 'libya'],
    ['Йемена', 'yemen'],
    ['ОПЕК+', 'energy'],
    ['نفط', 'energy'],
    ['газ', 'energy'],
    ['Газа', 'palestine'],
    ['trade', 'economy'],
    ['ООН', 'un'],
    ['الأمم المتحدة', 'un'],
    ['Security Council', 'un'],
    ['security', 'security'],
    ['الأمن', 'security'],
    ['Региональная безопасность', 'security'],
  ])('%s → %s', (input, topic) => {
    expect(resolveTopic(input)).toBe(topic);
  });

  it.each(['', '   ', 'sport', 'футбол', 'الرياضة', 'x'.repeat(3_000), '"; DROP TABLE articles; --'])('%j is no topic', (input) => {
    expect(resolveTopic(input)).toBeUndefined();
  });
});
