## Command menu: one attribute per command, shown by Telegram next to "/"
menu =
    .start = Subscribe and get started
    .help = What this bot can do
    .latest = Newest stories on your topics
    .topic = Stories on one topic
    .topics = Choose the topics you follow
    .briefing = Your briefing for the last 24 hours
    .search = Search the news
    .language = Change the language
    .settings = Your language, topics and subscription
    .subscribe = Receive the scheduled briefings
    .unsubscribe = Stop the scheduled briefings
    .schedule = When your briefings come: times and time zone
    .here = Send the group's briefings to this topic (group admins)
    .channels = Your channels: language, topics, pause
    .watch = Get an alert when a new story names these words
    .watches = Your watches, with remove buttons
    .mute = Keep stories with these words out
    .breaking = Breaking stories at once: on or off
    .quiet = Quiet hours for alerts
    .sources = Stories from the other languages too: mine or all
    .feeds = Feeds and their health (admins)
    .addfeed = Add a feed: URL [language] [topics] (admins)
    .removefeed = Remove a feed by its number (admins)
    .poll = Poll every feed now (admins)
    .broadcast = Send an update to subscribers (admins)
    .broadcasts = Recent broadcasts (admins)
    .stats = Subscribers, articles, feeds, queue (admins)

## Languages, each named in the reader's language
language-name-ar = Arabic
language-name-ru = Russian
language-name-en = English

## Kinds of chat (broadcast audiences, /stats)
chat-kind-private = private chats
chat-kind-group = groups
chat-kind-channel = channels

## Topics
topic-gulf = Gulf
topic-palestine = Palestine and the Arab–Israeli settlement
topic-iran = Iran
topic-syria = Syria
topic-libya = Libya
topic-yemen = Yemen
topic-security = Regional security
topic-energy = Energy
topic-economy = Economy and trade
topic-un = UN and multilateral diplomacy

## /start
start-welcome =
    Welcome to <b>diplobrief</b>, { $name }!
    You will receive short briefings on diplomacy in the Gulf and the Middle East, from state agencies, foreign ministries and analysts.

    Language: { $language } (change it with /language)
    Topics: { $topics ->
        [one] { $topics } topic
       *[other] all { $topics } topics
    }

    /help lists everything I can do.
start-welcome-back =
    Welcome back, { $name }! Your subscription is on again.
    Language: { $language }. /settings shows the rest.

start-welcome-group =
    From now on { $title } receives short briefings on diplomacy in the Gulf and the Middle East, from state agencies, foreign ministries and analysts.
    { $where ->
        [topic] They arrive in this topic; /here sent in another topic moves them there.
        [general] They arrive in the General topic; /here sent in another topic moves them there.
       *[chat] They arrive in this chat.
    }

    Language: { $language } · Topics: { $topics ->
        [one] { $topics } topic
       *[other] all { $topics } topics
    }
    Administrators change them with /language and /topics. Everyone can read: /latest, /topic, /search, /briefing.
start-welcome-back-group =
    { $title } receives the briefings again, in { $language }, on the topics it followed.
    { $where ->
        [topic] From now on they arrive in this topic.
        [general] From now on they arrive in the General topic.
       *[chat] /settings shows the rest.
    }
group-added = Hello, { $title }! I send short briefings on diplomacy in the Gulf and the Middle East. An administrator of this group subscribes it with /start (in a group with topics: in the topic the briefings should go to). Everyone can read already: /latest, /topic, /search.
group-back = I am back in { $title }: the briefings resume, with the group's language, topics and schedule as they were.

## /help
help =
    <b>diplobrief</b> turns diplomatic news into short briefings with section headlines.

    /start — subscribe and get started
    /latest [N] — the newest stories on your topics (up to 30)
    /topic TOPIC — stories on one topic (without a topic: the list)
    /topics — choose the topics you follow, with buttons
    /briefing — your briefing for the last 24 hours
    /search WORDS — search the news in your language
    /language — change the language (Arabic, Russian, English)
    /settings — your language, topics and subscription
    /schedule [HH:MM…] [ZONE] — when your briefings come (up to 4 times a day, in your time zone)
    /watch WORDS — an alert as soon as a new story names them ("a phrase" in quotes, -word to exclude)
    /watches — your watches; /unwatch N removes one
    /mute WORDS — keep stories with these words out; /unmute WORDS
    /breaking on|off — a story that three sources carry within two hours, at once
    /quiet HH:MM-HH:MM — hold alerts at night (/quiet off)
    /sources mine|all — also stories that exist only in the other two languages
    /subscribe — receive the scheduled briefings
    /unsubscribe or /stop — stop them
    /channels — the channels you administer: their language, topics, pause
    /help — this message

    <b>Groups and channels</b>
    In a group, an administrator's /start subscribes the group (in a group with topics, to the topic it is sent in; /here moves the briefings to another topic). Only administrators change a group's settings; everyone can read.
    To connect a channel, make the bot its administrator with the right to post messages; /channels then manages it.

help-admin =
    <b>Admin commands</b>
    /feeds — feeds with their health
    /addfeed URL [ar|ru|en] [topics…] — add a feed (checked first)
    /removefeed ID — remove a feed and its articles
    /poll — poll every feed now
    /broadcast [lang:ar|ru|en] [topic:TOPIC] [kind:private|group|channel] TEXT — send an update to subscribers (preview first)
    /broadcasts — recent broadcasts and how they went
    /stats — subscribers, articles, feeds, the send queue

## /latest, /topic
latest-header = <b>🗞 Latest stories</b>
latest-header-more = <b>🗞 Earlier stories</b>
latest-usage = Usage: <code>/latest</code> or <code>/latest N</code>, with N from 1 to { $max }.
latest-nothing = Nothing yet in your language on your topics this week. Try /topic to look at one topic, or /language to read in another language.
latest-nothing-more = There are no earlier stories.
topic-choose = Choose a topic (the number is this week's articles in your language):
topic-unknown = I don't know the topic “{ $given }”. Choose one:
topic-header = <b>{ $topic }</b> — latest stories
topic-header-more = <b>{ $topic }</b> — earlier stories
topic-nothing = Nothing on { $topic } in your language this week yet. /latest shows everything new on your topics.
story-sources-also = { $main }, also { $others }
# One line under a story linked across languages: "Also in Russian: ТАСС · in Arabic: كونا".
story-coverage = Also { $reports }
story-coverage-in = { $language ->
    [ar] in Arabic
    [ru] in Russian
   *[en] in English
  }: { $sources }
# A story from another language's feed (/sources all), before its source.
story-original-language = 🌐 { $language ->
    [ar] Arabic
    [ru] Russian
   *[en] English
  }
button-more = More ›

## /briefing
briefing-header = <b>📰 diplobrief · { $date }</b>
briefing-nothing = Nothing new on your topics in the last 24 hours. /latest shows the newest stories of the week.
briefing-no-topics = You follow no topics, so your briefing is empty. /settings shows what you follow.

## Scheduled briefings
digest-footer = <i>/topics — choose your topics · /unsubscribe — stop these briefings</i>

## /topics
topics-choose =
    <b>Your topics</b>: { $state ->
        [all] all { $total }
        [none] none — you will get no scheduled briefings
       *[some] { $count } of { $total }
    }
    Tap a topic to follow it or drop it; every change is saved at once.
topics-button-all = Select all
topics-button-none = Clear all
topics-toast-on = ✅ Added: { $topic }
topics-toast-off = Removed: { $topic }
topics-toast-all = You follow every topic.
topics-toast-none = You follow no topics: no scheduled briefings until you choose some.

## /search
search-usage = Usage: <code>/search WORDS</code> — for example <code>/search Lavrov Kuwait</code>.
search-header = <b>🔎 { $query }</b> — { $total ->
    [one] { $total } result
   *[other] { $total } results
}
search-header-more = <b>🔎 More results</b>
search-nothing = Nothing found for “{ $query }” { $sources ->
        [all] in any of the three languages
       *[mine] in your language
    }. Try fewer words, or other ones.

## /language
language-choose = Your language is { $current }. Choose another:
language-unknown = I don't know the language “{ $given }”. Choose one of: { $valid } — for example <code>/language en</code>, or send /language for buttons.
language-changed = Done: I will speak { $language } from now on.

## /subscribe, /unsubscribe
subscribe-done = You are subscribed to the scheduled briefings ({ $topics ->
    [one] { $topics } topic
   *[other] { $topics } topics
}). /unsubscribe stops them.
unsubscribe-done = You will not receive scheduled briefings any more. /subscribe brings them back.
unsubscribe-not-subscribed = You were not subscribed. /start subscribes you.
subscribe-done-group = The group is subscribed to the scheduled briefings ({ $topics ->
    [one] { $topics } topic
   *[other] { $topics } topics
}). /unsubscribe stops them.
unsubscribe-done-group = The group will not receive scheduled briefings any more. /subscribe brings them back.
unsubscribe-not-subscribed-group = The group was not subscribed. /start subscribes it.

## /here (forum groups)
here-private = /here is for groups with topics: an administrator sends it in one of the group's topics, and the group's briefings arrive there from then on. Your own briefings come here, to this chat.
here-not-forum = This group has no topics, so its briefings come to the chat itself. /here works in groups with topics turned on.
here-not-registered = This group is not subscribed yet. Send /start in the topic the briefings should go to.
here-moved = Done: the group's briefings will arrive { $where ->
    [general] in the General topic
    [named] in the topic “{ $topic }”
   *[topic] in this topic
}.

## /channels
channels-private-only = /channels works in your own chat with me: send it there to manage the channels you administer.
channels-none = You administer no channel I post in. To connect one, add me to the channel as an administrator who may post messages: I will tell you here, and the channel will start receiving the briefings.
channels-header = <b>Your channels</b> ({ $count }) — choose one to change its briefings:
channel-panel =
    <b>📢 { $title }</b>
    Language: { $language } · sources: { $sources ->
        [all] all three languages
       *[mine] its own
    }
    Topics: { $topics ->
        [all] all { $total }
        [none] none — the channel gets no briefings
       *[some] { $count } of { $total }
    }
    Schedule: { $schedule }
    Briefings: { $state ->
        [on] on
        [paused] paused — “Resume” turns them back on
       *[unreachable] not delivered: I may no longer post in this channel. Make me an administrator who may post messages again; the settings are kept.
    }
channel-button-hours = 🕗 Hours ›
channel-hours =
    <b>{ $title }</b>: briefings { $hours }.
    Pick a daily hour (in the channel's time zone), or the default hours:
channel-toast-hours = The channel's briefings: { $hours }.
channel-button-topics = Topics: { $count } of { $total } ›
channel-button-pause = ⏸ Pause
channel-button-resume = ▶️ Resume
channel-button-list = ‹ All channels
channel-button-panel = ‹ Back
channel-topics =
    <b>📢 { $title }</b> — topics: { $topics ->
        [all] all { $total }
        [none] none — the channel gets no briefings
       *[some] { $count } of { $total }
    }
    Tap a topic to follow it or drop it; every change is saved at once.
channel-topics-toast-all = The channel follows every topic.
channel-topics-toast-none = The channel follows no topics: no briefings until you choose some.
channel-toast-language = The channel's briefings will be in { $language }.
channel-toast-paused = Paused: the channel gets no briefings until you resume them.
channel-toast-resumed = Resumed: the channel gets the briefings again.
channel-not-admin = Only the channel's administrators can change its settings.
channel-unreachable = I may not post in this channel now, so its settings cannot change. Make me an administrator who may post messages again.
channel-connected = 📢 The channel <b>{ $title }</b> is connected: it will get the briefings in { $language }, on { $topics ->
    [one] { $topics } topic
   *[other] all { $topics } topics
}. /channels changes its language and topics, or pauses it.
channel-reconnected = 📢 I may post in <b>{ $title }</b> again. { $state ->
    [on] Its briefings resume, with the settings they had.
   *[paused] Its settings are as they were, and its briefings stay paused until you resume them in /channels.
}

## /settings
settings =
    <b>{ $scope ->
        [group] This group's settings
       *[own] Your settings
    }</b>
    Language: { $language }
    Topics: { $topics } (/topics to change)
    Scheduled briefings: { $state ->
        [subscribed] on, { $schedule }
        [inactive] paused — Telegram could not deliver to this chat; /start resumes them
       *[unsubscribed] off — /subscribe turns them on
    }
    Watches: { $watches } (/watches) · muted: { $muted }
    Breaking stories: { $breaking ->
        [on] on
       *[off] off
    } · quiet hours: { $quiet }
    Sources: { $sources ->
        [all] all three languages
       *[mine] this chat's language
    } (/sources)
settings-not-registered = You are not registered yet: send /start to subscribe.
settings-topics-all = all topics
settings-topics-none = none — you will get no scheduled briefings

## /schedule
hours-own = daily at { $times }, { $zone }
hours-default = daily at { $times }, { $zone } (the bot's default hours)
hours-default-other = at the bot's default hours; the next at { $next } ({ $zone })
hours-default-unknown = at the bot's default hours
schedule-current =
    <b>Scheduled briefings</b>: { $hours }{ $state ->
        [off] {" "}— off now; /subscribe or new hours turn them on
        [unregistered] {" "}— not subscribed yet; new hours subscribe this chat
       *[on] {""}
    }.

    Your own hours: <code>/schedule 07:30</code>, or up to { $max } a day with a time zone: <code>/schedule 07:30,19:00 { $zone }</code> (a name such as Asia/Riyadh or Europe/Moscow, or an offset such as UTC+3). <code>/schedule default</code> goes back to the default hours, <code>/schedule off</code> stops the briefings. Or pick an hour:
schedule-set = ✅ Briefings { $hours }. The next: { $next }.
schedule-default = ✅ Back to the default hours: { $hours }.
schedule-bad-time = “{ $input }” is not a time of day. Write hours and minutes: <code>/schedule 07:30</code> or <code>/schedule 07:30,19:00</code>.
schedule-bad-zone = “{ $input }” is not a time zone I know. Use a name such as Asia/Riyadh or Europe/Moscow, or an offset such as UTC+3.
schedule-too-many = At most { $max } times a day, please.
schedule-no-times = Which times? For example: <code>/schedule 07:30</code> or <code>/schedule 07:30,19:00 { $zone }</code>.
schedule-button-default = Default hours
schedule-button-off = Off
list-separator = {", "}

## Admin commands
admin-only = Sorry, this command is for the bot's administrators only.
group-admins-only = Only this group's administrators can change its settings. Everyone can read: /latest, /topic, /search, /briefing.

## /feeds
feeds-empty = No feeds yet. Add one with /addfeed URL [ar|ru|en] [topics…], or list them in the feeds file.
feeds-header = <b>Feeds</b> ({ $count })
feeds-item =
    <b>#{ $id } { $name }</b> · { $language } · { $topics }
    { $url }
    { $health ->
        [ok] ✅ healthy · { $articles } articles · last success { $lastSuccess }
        [new] 🕓 not polled yet
        [disabled] ⏸ disabled
       *[failing] ⚠️ { $errors ->
            [one] failed once
           *[other] failed { $errors } times in a row
        } · next try { $nextTry } · last success { $lastSuccess }
        Last error: { $lastError }
    }

## /addfeed
addfeed-usage =
    Usage: <code>/addfeed URL [ar|ru|en] [topics…]</code>
    For example: <code>/addfeed https://example.org/rss.xml ar gulf energy</code>
addfeed-unknown-word = “{ $word }” is neither a language (ar, ru, en) nor a topic (gulf, palestine, iran, syria, libya, yemen, security, energy, economy, un).
addfeed-checking = Checking { $url } …
addfeed-added = ✅ Added feed #{ $id }: <b>{ $title }</b> ({ $items ->
    [one] { $items } item
   *[other] { $items } items
}).
addfeed-exists = This feed is already there as #{ $id }.
addfeed-failed = ❌ Not added: { $reason ->
    [bad-url] that is not an http(s) address.
    [not-a-feed] this address does not give a feed ({ $detail }).
   *[unreachable] the feed could not be fetched ({ $detail }).
}

## /removefeed
removefeed-usage = Usage: <code>/removefeed ID</code> — the number shown by /feeds.
removefeed-done = Removed feed #{ $id } { $name } and its { $articles ->
    [one] { $articles } article
   *[other] { $articles } articles
}.
removefeed-unknown = There is no feed #{ $id }. /feeds lists them.

## /poll
poll-started = Polling every feed…
poll-summary = Polled { $feeds ->
    [one] { $feeds } feed
   *[other] { $feeds } feeds
} in { $seconds } s: { $added ->
    [one] { $added } new article
   *[other] { $added } new articles
}, { $unchanged } unchanged, { $failed } failed.
poll-more-failures = …and { $count } more failed.

## Everything else
unknown-command = I don't know the command { $command }. /help lists the ones I understand.
unknown-text = I answer commands. Send /help to see them.
button-expired = This button no longer works. Send the command again.
error-generic = Sorry, something went wrong on our side. Please try again in a moment.

## /broadcast, /broadcasts (admins)
broadcast-no-text =
    Usage: <code>/broadcast [lang:ar|ru|en] [topic:TOPIC] [kind:private|group|channel] TEXT</code>
    The text may span lines and keep your bold, italic and links. For example:
    <code>/broadcast lang:en topic:gulf The GCC summit opens in Kuwait today.</code>
broadcast-unknown-language = “{ $given }” is not a language: use lang:ar, lang:ru or lang:en (or leave it out for every language).
broadcast-unknown-topic = “{ $given }” is not a topic: use topic: with gulf, palestine, iran, syria, libya, yemen, security, energy, economy or un (or leave it out for every topic).
broadcast-unknown-kind = “{ $given }” is not a kind of chat: use kind:private, kind:group or kind:channel (or leave it out for every chat).
broadcast-too-long = The text is too long for one message ({ $length } characters with its formatting; at most { $max }). Shorten it and send /broadcast again.
broadcast-all-languages = every language
broadcast-all-topics = every topic
broadcast-preview =
    <b>📣 Broadcast #{ $id } — preview</b>
    The message above goes to { $count ->
        [0] nobody: no subscriber matches
        [one] { $count } subscriber
       *[other] { $count } subscribers
    } ({ $audience }).
broadcast-button-send = Send to { $count }
broadcast-button-cancel = Cancel
broadcast-button-stop = ⏹ Stop
broadcast-refused-not-found = This broadcast no longer exists.
broadcast-refused-not-yours = Only the admin who wrote this broadcast can send, cancel or stop it.
broadcast-refused-already-sent = This broadcast has already been sent.
broadcast-refused-already-cancelled = This broadcast was cancelled.
broadcast-refused-not-sending = This broadcast is not going out any more.
broadcast-toast-send = Sending…
broadcast-toast-cancel = Cancelled.
broadcast-toast-stop = Stopping…
broadcast-cancelled = <b>📣 Broadcast #{ $id }</b> — cancelled; nothing was sent.
broadcast-progress =
    <b>📣 Broadcast #{ $id }</b> — sending
    { $bar } { $percent }% · { $done }/{ $total } · failed: { $failed } · blocked: { $blocked }
broadcast-stopping =
    <b>📣 Broadcast #{ $id }</b> — stopping
    { $bar } { $percent }% · { $done }/{ $total } · failed: { $failed } · blocked: { $blocked }
broadcast-report =
    <b>📣 Broadcast #{ $id }</b> — done ✅
    Sent: { $sent } of { $total } · failed: { $failed } · blocked the bot: { $blocked } · not sent: { $notSent }
broadcast-report-stopped =
    <b>📣 Broadcast #{ $id }</b> — stopped ⏹
    Sent: { $sent } of { $total } · failed: { $failed } · blocked the bot: { $blocked } · not sent: { $notSent }
broadcasts-empty = No broadcasts yet. /broadcast sends one.
broadcasts-header = <b>Recent broadcasts</b> ({ $count })
broadcasts-item =
    <b>#{ $id }</b> · { $date } · admin { $admin } · { $audience } · { $status ->
        [sending] sending
        [stopped] stopped
        [done] done
       *[other] { $status }
    }
    sent { $sent }/{ $total } · failed { $failed } · blocked { $blocked }
    <i>{ $text }</i>

## /stats (admins)
stats-header = <b>📊 Statistics</b>
stats-language = <b>{ $language }</b>: subscribers { $receiving } · unsubscribed { $unsubscribed } · blocked { $blocked } · articles today { $day }, this week { $week }
stats-topics-header = <b>Subscribers by topic</b>
stats-kinds-header = <b>Subscribers by kind of chat</b>
stats-kind = { $kind }: { $receiving } · unsubscribed { $unsubscribed } · blocked { $blocked }
stats-topic = { $topic }: { $receiving } · blocked { $blocked }
stats-feeds = <b>Feeds</b>: { $total } · healthy { $healthy } · failing { $failing } · not polled yet { $notPolled } · disabled { $disabled }
stats-llm = <b>Model</b> { $model }: today { $calls } calls, tokens { $prompt } prompt + { $completion } completion, budget left { $left }; failures: { $failures } · since start, stories shown with a brief { $briefs }, with the extractive lead { $extractive }
stats-llm-error = Last model error ({ $at }): { $error }
stats-alerts = <b>Alerts</b>: watches { $watches } in { $chats ->
        [one] { $chats } chat
       *[other] { $chats } chats
    } · alerts sent in 24 h { $today }
stats-queue = <b>Send queue</b>: { $count ->
        [one] { $count } message waiting
       *[other] { $count } messages waiting
    }
stats-last-poll = <b>Last poll</b>: { $at } (last success: { $success })
stats-last-run = <b>Last briefing run</b>: { $at } · subscribers with something new: { $briefings } of { $subscribers } · messages: { $messages }{ $finished ->
        [yes] {""}
       *[other] {" "}(still queuing)
    }
stats-no-run = <b>Last briefing run</b>: none yet
stats-never = never

## /watch, /watches, /unwatch
watch-usage =
    <b>/watch WORDS</b> — I tell you as soon as a new story names them.
    • every word must occur, in any form: <code>/watch Lavrov</code>, <code>/watch Hormuz tanker</code>
    • "a phrase" in quotes: its words together, in order: <code>/watch "Security Council" Yemen</code>
    • -word leaves stories with it out: <code>/watch "Security Council" -Ukraine</code>
    Up to { $max } watches, { $chars } characters each. /watches lists them.
watch-added = ✅ Watching <b>{ $watch }</b> ({ $count } of { $max }). A new story that names it comes to this chat at once.
watch-error-empty = There is nothing to look for in that: use words of two letters or more (symbols and patterns are not read).
watch-error-too-long = A watch is at most { $chars } characters. Try fewer words.
watch-error-unbalanced-quotes = A quote is not closed: put a phrase between two quotes, like "Security Council".
watch-error-only-exclusions = A watch needs at least one word to look for, not only -excluded ones.
watch-error-too-many-words = A watch is at most { $words } words: every one of them must occur, so fewer find more.
watch-limit = This chat has { $max } watches, the most it can have. Remove one with /watches first.
watch-duplicate = This chat watches <b>{ $watch }</b> already.
watches-none = No watches yet. <code>/watch Lavrov</code> adds one.
watches-list =
    <b>🔔 Watches</b> ({ $count } of { $max }):
    { $list }
    A button removes a watch; so does /unwatch N.
watches-remove-button = ✖ { $number }
unwatch-usage = Send /unwatch and the number of a watch in /watches (1 to { $count }).
unwatch-not-found = There is no watch number { $number }: this chat has { $count }. /watches lists them.
unwatch-done = Stopped watching <b>{ $watch }</b>.
unwatch-done-short = Stopped watching { $watch }

## /mute, /unmute
mute-usage = { $state ->
        [some] Muted: { $muted }.
       *[none] Nothing is muted.
    } <b>/mute WORDS</b> keeps stories with any of them (in any form) out of briefings, /latest, /topic and alerts; /unmute WORDS lets them back. Up to { $max } words.
mute-added = 🔇 Muted: { $words }. Now muted: { $muted }.
mute-already = Those words are muted already. Muted: { $muted }.
mute-limit = This chat mutes { $max } words, the most it can: { $words } not muted. /unmute some first.
mute-error-empty = There is no word in that to mute: use words of two letters or more.
mute-error-too-long = That is too long: at most { $chars } characters at a time.
mute-error-unbalanced-quotes = There is no word in that to mute: use words of two letters or more.
mute-error-only-exclusions = There is no word in that to mute: use words of two letters or more.
mute-error-too-many-words = At most { $words } words at a time.
unmute-usage = { $state ->
        [some] Muted: { $muted }. Send /unmute and the words to let back.
       *[none] Nothing is muted.
    }
unmute-done = 🔈 Unmuted: { $words }.{ $state ->
        [none] {""}
       *[some] {" "}Still muted: { $muted }.
    }
unmute-none = None of those words is muted. { $state ->
        [none] Nothing is muted.
       *[some] Muted: { $muted }.
    }

## /sources
sources-usage = This chat gets { $state ->
        [all] stories in all three languages: those covered only in Arabic, Russian or English come too, marked with their language
       *[mine] stories in its own language, each with a line naming its coverage in the other languages
    }. <b>/sources all</b> adds the stories that exist only in the other languages; <b>/sources mine</b> keeps to this chat's language.
sources-all = 🌐 Sources: all three languages. Stories that exist only in another language now come too, marked with their language and shown with their original headline.
sources-mine = Sources: this chat's language only. A story covered elsewhere still names the other languages' sources.
sources-bad = “{ $given }” is not a choice: send <b>/sources mine</b> or <b>/sources all</b>.
sources-button-mine = My language
sources-button-all = All three languages

## /breaking, /quiet
breaking-usage = Breaking stories are { $state ->
        [on] <b>on</b>
       *[off] <b>off</b>
    } here. <b>/breaking on</b>: a story that three different sources carry within two hours, on a topic this chat follows, comes at once. <b>/breaking off</b> stops them.
breaking-on = ⚡ Breaking stories on: a story that three sources carry within two hours, on your topics, comes at once.
breaking-off = Breaking stories off.
quiet-usage = { $state ->
        [on] Quiet hours: <b>{ $from }–{ $to }</b> ({ $zone }).
       *[off] No quiet hours.
    } <b>/quiet 22:00-07:00</b> holds alerts in those hours (in this chat's time zone) and sends them together when they end; scheduled briefings still come. <b>/quiet off</b> ends them.
quiet-set = 🌙 Quiet hours { $from }–{ $to } ({ $zone }): alerts wait until { $to } and then come together.
quiet-off = Quiet hours off: alerts come at once.
quiet-bad = “{ $input }” is not a time range: send it as /quiet 22:00-07:00.

## Alerts
alert-watch = 🔔 <b>Watch:</b> { $watch }
alert-breaking = ⚡ <b>Breaking</b> · { $sources } sources
alert-held-header = 🌙 <b>While it was quiet</b>: { $count ->
        [one] one alert
       *[other] { $count } alerts
    }
settings-none = none
settings-quiet-off = off

## A channel's alerts (/channels)
channel-button-alerts = 🔔 Watches and alerts ›
channel-alerts =
    <b>{ $title }</b>: watches { $count } of { $max }{ $count ->
        [0] {""}
       *[other] :
    { $list }
    }
    Muted: { $muted }
    Breaking stories: { $breaking ->
        [on] on
       *[off] off
    } · quiet hours: { $quiet }
    To add a watch for this channel, send me <code>/watch { $id } WORDS</code>; to mute words, <code>/mute { $id } WORDS</code> (and <code>/unmute { $id } WORDS</code>).
channel-button-sources-all = 🌐 Also the stories of the other two languages
channel-button-sources-mine = 🌐 Only stories in the channel's language
channel-toast-sources = Sources: { $sources ->
        [all] all three languages
       *[mine] the channel's language
    }
channel-button-breaking-on = ⚡ Breaking stories: turn on
channel-button-breaking-off = ⚡ Breaking stories: turn off
channel-button-quiet-on = 🌙 Quiet hours { $from }–{ $to }
channel-button-quiet-off = 🌙 No quiet hours
channel-toast-quiet = Quiet hours 22:00–07:00 in the channel's time zone: alerts wait and come together.
watch-added-channel = ✅ <b>{ $title }</b> watches <b>{ $watch }</b> ({ $count } of { $max }). A new story that names it is posted there at once.
mute-added-channel = 🔇 <b>{ $title }</b> mutes: { $words }. Now muted there: { $muted }.
for-channel = 📢 <b>{ $title }</b>:
