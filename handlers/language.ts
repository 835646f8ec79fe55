import { Composer, InlineKeyboard } from 'grammy';
import { LANGUAGES, isLanguage, type Language } from '../src/model/language.ts';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';
import { languageButtons } from '../src/bot/buttons.ts';

const composer = new Composer<BotContext>();

/** Each language's button is labelled in that language, so a reader who cannot read the current one finds theirs. */
function languageKeyboard(ctx: BotContext): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const language of LANGUAGES) {
    const mark = language === ctx.lang ? '✓ ' : '';
    keyboard.text(mark + ctx.services.i18n.t(language, `language-name-${language}`), languageButtons.encode(language));
  }
  return keyboard;
}

/** Saves the language and answers in it from now on. */
function switchLanguage(ctx: BotContext, language: Language): void {
  const identity = ctx.chatIdentity();
  if (!identity) return;
  ctx.services.subscribers.chooseLanguage(identity, language);
  ctx.lang = language;
}

composer.command('language', async (ctx) => {
  const argument = ctx.match.trim().toLowerCase();
  if (argument === '') {
    await ctx.replyWith('language-choose', { current: ctx.t(`language-name-${ctx.lang}`) }, { reply_markup: languageKeyboard(ctx) });
    return;
  }
  if (!isLanguage(argument)) {
    await ctx.replyWith('language-unknown', { given: argument.slice(0, 32), valid: LANGUAGES.join(', ') });
    return;
  }
  switchLanguage(ctx, argument);
  await ctx.replyWith('language-changed', { language: ctx.t(`language-name-${argument}`) });
});

composer.callbackQuery(languageButtons.trigger, async (ctx) => {
  const choice = languageButtons.decode(ctx.callbackQuery.data);
  if (!choice) {
    await ctx.answerCallbackQuery({ text: ctx.t('button-expired') });
    return;
  }
  switchLanguage(ctx, choice);
  const text = ctx.t('language-changed', { language: ctx.t(`language-name-${choice}`) });
  await ctx.answerCallbackQuery({ text });
  await ctx.editMessageText(text, { parse_mode: 'HTML' });
});

export const language: Feature = {
  composer,
  commands: [{ command: 'language', menu: true }],
  changesChat: { commands: ['language'], buttons: [languageButtons] },
};
