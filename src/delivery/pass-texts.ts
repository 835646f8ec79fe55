import type { Briefing } from '../briefing/compose.ts';
import type { Translate, TranslateArgs } from '../model/translate.ts';

/**
 * What a briefing's messages depend on besides its language and the time zone: its moment (the
 * header's date), its sections' topics and stories, and the footer. A story is named by its main
 * article, which is in no other story of the pass.
 */
export function renderedKey(briefing: Briefing, withFooter: boolean): string {
  let key = `${briefing.at}${withFooter ? 'f' : 'c'}`;
  for (const section of briefing.sections) {
    key += `;${section.topic}`;
    for (const story of section.stories) key += `,${story.main.id}`;
  }
  return key;
}

/**
 * A translator that formats each text once: every chat's briefing in a pass has the same header
 * and section titles. Fluent's formatting is a pure function of the key and the arguments.
 */
export function formattedOnce(t: Translate): Translate {
  const texts = new Map<string, string>();
  return (key: string, args?: TranslateArgs) => {
    // JSON tells a number from a string and escapes control characters: different arguments, different ids.
    const id = args
      ? `${key}\u0000${JSON.stringify(Object.entries(args).map(([name, value]) => [name, value instanceof Date ? { date: value.getTime() } : value]))}`
      : key;
    let text = texts.get(id);
    if (text === undefined) {
      text = t(key, args);
      texts.set(id, text);
    }
    return text;
  };
}
