import { Composer, InlineKeyboard } from 'grammy';
import { scheduleButtons, type ScheduleChoice } from '../src/bot/buttons.ts';
import type { BotContext } from '../src/bot/context.ts';
import type { Feature } from '../src/bot/feature.ts';
import { hoursText, momentText, PRESET_HOURS } from '../src/bot/hours-text.ts';
import { MAX_BRIEFING_TIMES, parseScheduleInput } from '../src/schedule/chat-schedule.ts';
import { formatTimeOfDay } from '../src/schedule/describe.ts';
import { parseTimeZone } from '../src/schedule/zone.ts';

const composer = new Composer<BotContext>();

function presetKeyboard(ctx: BotContext): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  PRESET_HOURS.forEach((hour, index) => {
    keyboard.text(formatTimeOfDay(hour, 0, ctx.lang), scheduleButtons.encode({ minute: hour * 60 }));
    if (index % 4 === 3) keyboard.row();
  });
  return keyboard
    .text(ctx.t('schedule-button-default'), scheduleButtons.encode('default'))
    .text(ctx.t('schedule-button-off'), scheduleButtons.encode('off'));
}

/** Sets the chat's hours and says when the next briefing comes. */
async function setHours(ctx: BotContext, times: number[], zone: string | undefined): Promise<void> {
  const identity = ctx.chatIdentity();
  if (!identity) return;
  const { hours } = ctx.services;
  const { subscriber, view } = hours.set(identity, ctx.lang, times, zone ?? hours.zoneOf(ctx.subscriber));
  ctx.subscriber = subscriber;
  const next = view.kind === 'own' ? momentText(view.nextAt, view.zone, ctx.lang) : '';
  await ctx.replyWith('schedule-set', { hours: hoursText(view, ctx.t, ctx.lang), next });
}

/** `/schedule`: shows the hours with buttons; `/schedule 07:30[,19:00] [ZONE]` sets them; `default`; `off`. */
composer.command('schedule', async (ctx) => {
  const argument = ctx.match.trim();
  const { hours } = ctx.services;
  if (argument === '') {
    const view = hours.view(ctx.subscriber);
    const state = !ctx.subscriber ? 'unregistered' : !ctx.subscriber.subscribed ? 'off' : 'on';
    await ctx.replyWith(
      'schedule-current',
      { hours: hoursText(view, ctx.t, ctx.lang), state, max: MAX_BRIEFING_TIMES, zone: hours.zoneOf(ctx.subscriber) },
      { reply_markup: presetKeyboard(ctx) },
    );
    return;
  }
  const word = argument.toLowerCase();
  if (word === 'off') {
    const known = ctx.chat && hours.off(ctx.chat.id);
    await ctx.replyWith(known ? 'unsubscribe-done' : 'unsubscribe-not-subscribed');
    return;
  }
  if (word === 'default') {
    const view = ctx.chat && hours.useDefault(ctx.chat.id);
    await ctx.replyWith(view ? 'schedule-default' : 'settings-not-registered', view ? { hours: hoursText(view, ctx.t, ctx.lang) } : {});
    return;
  }
  const input = parseScheduleInput(argument);
  if (!input.ok) {
    // A zone alone changes the zone of hours already chosen.
    const zone = input.problem === 'no-times' ? parseTimeZone(argument) : undefined;
    if (zone && ctx.subscriber?.schedule) return setHours(ctx, ctx.subscriber.schedule.times, zone);
    await ctx.replyWith(`schedule-${input.problem}`, { input: input.input, max: MAX_BRIEFING_TIMES, zone: hours.zoneOf(ctx.subscriber) });
    return;
  }
  await setHours(ctx, input.times, input.zone);
});

composer.callbackQuery(scheduleButtons.trigger, async (ctx) => {
  const choice: ScheduleChoice | undefined = scheduleButtons.decode(ctx.callbackQuery.data);
  const chatId = ctx.chat?.id;
  if (!choice || chatId === undefined) {
    await ctx.answerCallbackQuery({ text: ctx.t('button-expired') });
    return;
  }
  await ctx.answerCallbackQuery();
  const { hours } = ctx.services;
  if (choice === 'off') {
    const known = hours.off(chatId);
    await ctx.replyWith(known ? 'unsubscribe-done' : 'unsubscribe-not-subscribed');
  } else if (choice === 'default') {
    const view = hours.useDefault(chatId);
    await ctx.replyWith(view ? 'schedule-default' : 'settings-not-registered', view ? { hours: hoursText(view, ctx.t, ctx.lang) } : {});
  } else {
    await setHours(ctx, [choice.minute], undefined);
  }
});

export const schedule: Feature = {
  composer,
  commands: [{ command: 'schedule', menu: true }],
  changesChat: { commands: ['schedule'], buttons: [scheduleButtons] },
};
