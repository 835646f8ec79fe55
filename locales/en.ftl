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
    /subscribe — receive the scheduled briefings
    /unsubscribe or /stop — stop them
    /help — this message

help-admin =
    <b>Admin commands</b>
    /feeds — feeds with their health
    /addfeed URL [ar|ru|en] [topics…] — add a feed (checked first)
    /removefeed ID — remove a feed and its articles
    /poll — poll every feed now
    /broadcast [lang:ar|ru|en] [topic:TOPIC] TEXT — send an update to subscribers (preview first)
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
search-nothing = Nothing found for “{ $query }” in your language. Try fewer words, or other ones.

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

## /settings
settings =
    <b>Your settings</b>
    Language: { $language }
    Topics: { $topics } (/topics to change)
    Scheduled briefings: { $state ->
        [subscribed] on, { $schedule } ({ $timezone })
        [inactive] paused — Telegram could not deliver to this chat; /start resumes them
       *[unsubscribed] off — /subscribe turns them on
    }
settings-not-registered = You are not registered yet: send /start to subscribe.
settings-topics-all = all topics
settings-topics-none = none — you will get no scheduled briefings
list-separator = {", "}
schedule-daily = every day at { $time }
schedule-cron = on the schedule “{ $expression }”

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
    Usage: <code>/broadcast [lang:ar|ru|en] [topic:TOPIC] TEXT</code>
    The text may span lines and keep your bold, italic and links. For example:
    <code>/broadcast lang:en topic:gulf The GCC summit opens in Kuwait today.</code>
broadcast-unknown-language = “{ $given }” is not a language: use lang:ar, lang:ru or lang:en (or leave it out for every language).
broadcast-unknown-topic = “{ $given }” is not a topic: use topic: with gulf, palestine, iran, syria, libya, yemen, security, energy, economy or un (or leave it out for every topic).
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
stats-topic = { $topic }: { $receiving } · blocked { $blocked }
stats-feeds = <b>Feeds</b>: { $total } · healthy { $healthy } · failing { $failing } · not polled yet { $notPolled } · disabled { $disabled }
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
