## Command menu: one attribute per command, shown by Telegram next to "/"
menu =
    .start = Подписаться и начать
    .help = Что умеет этот бот
    .latest = Свежие материалы по вашим темам
    .topic = Материалы по одной теме
    .topics = Выбрать темы
    .briefing = Ваша сводка за последние сутки
    .search = Поиск по новостям
    .language = Сменить язык
    .settings = Язык, темы и подписка
    .subscribe = Получать сводки по расписанию
    .unsubscribe = Не получать сводки по расписанию
    .schedule = Когда приходят сводки: время и часовой пояс
    .here = Присылать сводки группы в эту тему (админы группы)
    .channels = Ваши каналы: язык, темы, пауза
    .watch = Оповещение, как только в новостях упомянут эти слова
    .watches = Ваши отслеживания с кнопками удаления
    .mute = Не показывать материалы с этими словами
    .breaking = Срочные новости сразу: вкл. или выкл.
    .quiet = Тихие часы для оповещений
    .sources = Сюжеты и на других языках: mine или all
    .feeds = Ленты и их состояние (админы)
    .addfeed = Добавить ленту: URL [язык] [темы] (админы)
    .removefeed = Удалить ленту по номеру (админы)
    .poll = Опросить все ленты сейчас (админы)
    .broadcast = Разослать сообщение подписчикам (админы)
    .broadcasts = Последние рассылки (админы)
    .stats = Подписчики, статьи, ленты, очередь (админы)

## Languages, each named in the reader's language
language-name-ar = арабский
language-name-ru = русский
language-name-en = английский

## Виды чатов (адресаты рассылок, /stats)
chat-kind-private = личные чаты
chat-kind-group = группы
chat-kind-channel = каналы

## Topics
topic-gulf = Персидский залив
topic-palestine = Палестина и арабо-израильское урегулирование
topic-iran = Иран
topic-syria = Сирия
topic-libya = Ливия
topic-yemen = Йемен
topic-security = Региональная безопасность
topic-energy = Энергетика
topic-economy = Экономика и торговля
topic-un = ООН и многосторонняя дипломатия

## /start
start-welcome =
    Добро пожаловать в <b>diplobrief</b>, { $name }!
    Вы будете получать краткие сводки о дипломатии в Персидском заливе и на Ближнем Востоке — по материалам государственных агентств, министерств иностранных дел и аналитиков.

    Язык: { $language } (сменить — /language)
    Темы: { $topics ->
        [one] { $topics } тема
        [few] все { $topics } темы
       *[other] все { $topics } тем
    }

    /channels — ваши каналы: язык, темы, пауза
    /help — всё, что я умею.

    <b>Группы и каналы</b>
    В группе подписку оформляет администратор командой /start (в группе с темами — в той теме, куда должны приходить сводки; /here переносит их в другую тему). Настройки группы меняют только администраторы, читать может каждый.
    Чтобы подключить канал, назначьте бота его администратором с правом публиковать сообщения, а дальше управляйте им через /channels.
start-welcome-back =
    С возвращением, { $name }! Подписка снова включена.
    Язык: { $language }. Остальное — в /settings.

start-welcome-group =
    Теперь группа «{ $title }» будет получать краткие сводки о дипломатии в Персидском заливе и на Ближнем Востоке — по материалам государственных агентств, министерств иностранных дел и аналитиков.
    { $where ->
        [topic] Сводки будут приходить в эту тему; чтобы перенести их в другую, отправьте там /here.
        [general] Сводки будут приходить в общую тему (General); чтобы перенести их в другую, отправьте там /here.
       *[chat] Сводки будут приходить в этот чат.
    }

    Язык: { $language } · Темы: { $topics ->
        [one] { $topics } тема
        [few] все { $topics } темы
       *[other] все { $topics } тем
    }
    Администраторы меняют их командами /language и /topics. Читать может каждый: /latest, /topic, /search, /briefing.
start-welcome-back-group =
    Группа «{ $title }» снова получает сводки — язык: { $language }, темы прежние.
    { $where ->
        [topic] Теперь они будут приходить в эту тему.
        [general] Теперь они будут приходить в общую тему (General).
       *[chat] Остальное — в /settings.
    }
group-added = Здравствуйте! Я присылаю краткие сводки о дипломатии в Персидском заливе и на Ближнем Востоке. Подписать группу «{ $title }» может её администратор командой /start (в группе с темами — в той теме, куда должны приходить сводки). Читать можно уже сейчас: /latest, /topic, /search.
group-back = Я снова в группе «{ $title }»: сводки возобновляются — с прежними языком, темами и расписанием.

## /help
help =
    <b>diplobrief</b> превращает дипломатические новости в краткие сводки с заголовками разделов.

    /start — подписаться и начать
    /latest [N] — свежие материалы по вашим темам (до 30)
    /topic ТЕМА — материалы по одной теме (без темы — список тем)
    /topics — выбрать темы кнопками
    /briefing — ваша сводка за последние сутки
    /search СЛОВА — поиск по новостям на вашем языке
    /language — сменить язык (арабский, русский, английский)
    /settings — ваш язык, темы и подписка
    /schedule [ЧЧ:ММ…] [ПОЯС] — когда приходят сводки (до 4 раз в день, в вашем часовом поясе)
    /watch СЛОВА — оповещение, как только их упомянет новый материал («фраза» в кавычках, -слово — исключить)
    /watches — ваши отслеживания; /unwatch N удаляет одно
    /mute СЛОВА — не показывать материалы с этими словами; /unmute СЛОВА
    /breaking on|off — материал, который за два часа дали три источника, сразу
    /quiet ЧЧ:ММ-ЧЧ:ММ — придерживать оповещения ночью (/quiet off)
    /sources mine|all — также сюжеты, которые есть только на двух других языках
    /subscribe — получать сводки по расписанию
    /unsubscribe или /stop — больше не получать их
    /help — эта справка

help-admin =
    <b>Команды администратора</b>
    /feeds — ленты и их состояние
    /addfeed URL [ar|ru|en] [темы…] — добавить ленту (сначала она проверяется)
    /removefeed ID — удалить ленту вместе с её статьями
    /poll — опросить все ленты сейчас
    /broadcast [lang:ar|ru|en] [topic:ТЕМА] [kind:private|group|channel] ТЕКСТ — разослать сообщение подписчикам (сначала предпросмотр)
    /broadcasts — последние рассылки и их итоги
    /stats — подписчики, статьи, ленты, очередь отправки

## /latest, /topic
latest-header = <b>🗞 Свежие материалы</b>
latest-header-more = <b>🗞 Более ранние материалы</b>
latest-usage = Формат: <code>/latest</code> или <code>/latest N</code>, где N — от 1 до { $max }.
latest-nothing = На этой неделе по вашим темам на вашем языке пока ничего нет. Загляните в отдельную тему через /topic или смените язык через /language.
latest-nothing-more = Более ранних материалов нет.
topic-choose = Выберите тему (число — материалы за неделю на вашем языке):
topic-unknown = Тема «{ $given }» мне неизвестна. Выберите из списка:
topic-header = <b>{ $topic }</b> — свежие материалы
topic-header-more = <b>{ $topic }</b> — более ранние материалы
topic-nothing = По теме «{ $topic }» на вашем языке на этой неделе пока ничего нет. Всё новое по вашим темам — в /latest.
story-sources-also = { $main }, а также { $others }
# Одна строка под сюжетом, найденным и на других языках.
story-coverage = Также { $reports }
story-coverage-in = { $language ->
    [ar] на арабском
    [ru] на русском
   *[en] на английском
  }: { $sources }
# Сюжет из ленты на другом языке (/sources all), перед источником.
story-original-language = 🌐 { $language ->
    [ar] на арабском
    [ru] на русском
   *[en] на английском
  }
button-more = Ещё ›

## /briefing
briefing-header = <b>📰 diplobrief · { $date }</b>
briefing-nothing = За последние сутки по вашим темам ничего нового. Свежие материалы недели — в /latest.
briefing-no-topics = Вы не следите ни за одной темой, поэтому сводка пуста. Ваши темы — в /settings.

## Scheduled briefings
digest-footer = <i>/topics — выбрать темы · /unsubscribe — отказаться от этих сводок</i>

## /topics
topics-choose =
    <b>Ваши темы</b>: { $state ->
        [all] все { $total }
        [none] ни одной — сводки по расписанию приходить не будут
       *[some] { $count } из { $total }
    }
    Нажмите на тему, чтобы включить или выключить её; изменения сохраняются сразу.
topics-button-all = Выбрать все
topics-button-none = Снять все
topics-toast-on = ✅ Тема добавлена: { $topic }
topics-toast-off = Тема убрана: { $topic }
topics-toast-all = Выбраны все темы.
topics-toast-none = Ни одной темы не выбрано: сводки по расписанию приходить не будут, пока вы не выберете темы.

## /search
search-usage = Формат: <code>/search СЛОВА</code> — например, <code>/search Лавров Кувейт</code>.
search-header = <b>🔎 { $query }</b> — { $total ->
    [one] { $total } результат
    [few] { $total } результата
   *[other] { $total } результатов
}
search-header-more = <b>🔎 Ещё результаты</b>
search-nothing = По запросу «{ $query }» { $sources ->
        [all] ни на одном из трёх языков
       *[mine] на вашем языке
    } ничего не найдено. Попробуйте меньше слов или другие.

## /language
language-choose = Сейчас выбран { $current } язык. Выберите другой:
language-unknown = Язык «{ $given }» мне неизвестен. Выберите один из: { $valid } — например, <code>/language ru</code>, или отправьте /language, чтобы получить кнопки.
language-changed = Готово: теперь я говорю по-русски.

## /subscribe, /unsubscribe
subscribe-done = Вы подписаны на сводки по расписанию ({ $topics ->
    [one] { $topics } тема
    [few] { $topics } темы
   *[other] { $topics } тем
}). Отписаться — /unsubscribe.
unsubscribe-done = Сводки по расписанию больше приходить не будут. Вернуть их — /subscribe.
unsubscribe-not-subscribed = Вы и не были подписаны. Подписаться — /start.
subscribe-done-group = Группа подписана на сводки по расписанию ({ $topics ->
    [one] { $topics } тема
    [few] { $topics } темы
   *[other] { $topics } тем
}). Отписать её — /unsubscribe.
unsubscribe-done-group = Группа больше не будет получать сводки по расписанию. Вернуть их — /subscribe.
unsubscribe-not-subscribed-group = Группа и не была подписана. Подписать её — /start.

## /here (forum groups)
here-private = Команда /here — для групп с темами: администратор отправляет её в одной из тем, и с этого момента сводки группы приходят туда. Ваши собственные сводки приходят сюда, в этот чат.
here-not-forum = В этой группе нет тем, поэтому сводки приходят прямо в чат. /here работает в группах, где включены темы.
here-not-registered = Группа ещё не подписана. Отправьте /start в той теме, куда должны приходить сводки.
here-moved = Готово: сводки группы будут приходить { $where ->
    [general] в общую тему (General)
    [named] в тему «{ $topic }»
   *[topic] в эту тему
}.

## /channels
channels-private-only = Команда /channels работает в личном чате со мной: отправьте её там, чтобы управлять каналами, где вы администратор.
channels-none = Среди каналов, где я публикую сводки, нет ни одного, где вы администратор. Чтобы подключить канал, добавьте меня в него администратором с правом публиковать сообщения: я сообщу вам об этом здесь, и канал начнёт получать сводки.
channels-header = <b>Ваши каналы</b> ({ $count }) — выберите канал, чтобы настроить его сводки:
channel-panel =
    <b>📢 { $title }</b>
    Язык: { $language } · источники: { $sources ->
        [all] на всех трёх языках
       *[mine] на языке канала
    }
    Темы: { $topics ->
        [all] все { $total }
        [none] ни одной — сводки в канал не приходят
       *[some] { $count } из { $total }
    }
    Расписание: { $schedule }
    Сводки: { $state ->
        [on] включены
        [paused] приостановлены — кнопка «Возобновить» включит их снова
       *[unreachable] не доставляются: я больше не могу публиковать в этом канале. Снова назначьте меня администратором с правом публиковать сообщения — настройки сохранятся.
    }
channel-button-hours = 🕗 Время ›
channel-hours =
    <b>{ $title }</b>: сводки { $hours }.
    Выберите час (по часовому поясу канала) или время по умолчанию:
channel-toast-hours = Сводки канала: { $hours }.
channel-button-topics = Темы: { $count } из { $total } ›
channel-button-pause = ⏸ Приостановить
channel-button-resume = ▶️ Возобновить
channel-button-list = ‹ Все каналы
channel-button-panel = ‹ Назад
channel-topics =
    <b>📢 { $title }</b> — темы: { $topics ->
        [all] все { $total }
        [none] ни одной — сводки в канал не приходят
       *[some] { $count } из { $total }
    }
    Нажмите на тему, чтобы включить или выключить её; изменения сохраняются сразу.
channel-topics-toast-all = Канал следит за всеми темами.
channel-topics-toast-none = Канал не следит ни за одной темой: сводок не будет, пока вы не выберете темы.
channel-toast-language = Язык сводок канала: { $language }.
channel-toast-paused = Приостановлено: сводки в канал не придут, пока вы их не возобновите.
channel-toast-resumed = Возобновлено: канал снова получает сводки.
channel-not-admin = Настройки канала могут менять только его администраторы.
channel-unreachable = Сейчас я не могу публиковать в этом канале, поэтому его настройки менять нельзя. Снова назначьте меня администратором с правом публиковать сообщения.
channel-connected = 📢 Канал <b>{ $title }</b> подключён и будет получать сводки. Язык: { $language }; темы: { $topics ->
    [one] { $topics } тема
    [few] все { $topics } темы
   *[other] все { $topics } тем
}. Изменить язык и темы или приостановить сводки можно в /channels.
channel-reconnected = 📢 Я снова могу публиковать в канале <b>{ $title }</b>. { $state ->
    [on] Сводки возобновляются с прежними настройками.
   *[paused] Настройки прежние; сводки остаются приостановленными, пока вы не возобновите их в /channels.
}

## /settings
settings =
    <b>{ $scope ->
        [group] Настройки группы
       *[own] Ваши настройки
    }</b>
    Язык: { $language }
    Темы: { $topics } (изменить — /topics)
    Сводки по расписанию: { $state ->
        [subscribed] включены, { $schedule }
        [inactive] приостановлены — Telegram не смог доставить сообщение в этот чат; возобновить — /start
       *[unsubscribed] выключены — включить: /subscribe
    }
    Отслеживания: { $watches } (/watches) · скрытые слова: { $muted }
    Срочные новости: { $breaking ->
        [on] включены
       *[off] выключены
    } · тихие часы: { $quiet }
    Источники: { $sources ->
        [all] на всех трёх языках
       *[mine] язык чата
    } (/sources)
settings-not-registered = Вы ещё не зарегистрированы: отправьте /start, чтобы подписаться.
settings-topics-all = все темы
settings-topics-none = ни одной — сводки по расписанию приходить не будут

## /schedule
hours-own = ежедневно в { $times }, { $zone }
hours-default = ежедневно в { $times }, { $zone } (время по умолчанию)
hours-default-other = по расписанию бота; следующая — { $next } ({ $zone })
hours-default-unknown = по расписанию бота
schedule-current =
    <b>Сводки по расписанию</b>: { $hours }{ $state ->
        [off] {" "}— сейчас выключены; /subscribe или новое время включат их
        [unregistered] {" "}— чат ещё не подписан; новое время подпишет его
       *[on] {""}
    }.

    Своё время: <code>/schedule 07:30</code> или до { $max } раз в день с часовым поясом: <code>/schedule 07:30,19:00 { $zone }</code> (название, например Europe/Moscow или Asia/Riyadh, или смещение, например UTC+3). <code>/schedule default</code> — вернуть время по умолчанию, <code>/schedule off</code> — выключить сводки. Или выберите час:
schedule-set = ✅ Сводки: { $hours }. Следующая — { $next }.
schedule-default = ✅ Снова время по умолчанию: { $hours }.
schedule-bad-time = «{ $input }» — это не время суток. Укажите часы и минуты: <code>/schedule 07:30</code> или <code>/schedule 07:30,19:00</code>.
schedule-bad-zone = Часовой пояс «{ $input }» мне не известен. Укажите название, например Europe/Moscow или Asia/Riyadh, или смещение, например UTC+3.
schedule-too-many = Не больше { $max } раз в день.
schedule-no-times = В какое время? Например: <code>/schedule 07:30</code> или <code>/schedule 07:30,19:00 { $zone }</code>.
schedule-button-default = По умолчанию
schedule-button-off = Выключить
list-separator = {", "}

## Admin commands
admin-only = Извините, эта команда доступна только администраторам бота.
group-admins-only = Настройки группы могут менять только её администраторы. Читать может каждый: /latest, /topic, /search, /briefing.

## /feeds
feeds-empty = Лент пока нет. Добавьте ленту командой /addfeed URL [ar|ru|en] [темы…] или перечислите их в файле лент.
feeds-header = <b>Ленты</b> ({ $count })
feeds-item =
    <b>#{ $id } { $name }</b> · { $language } · { $topics }
    { $url }
    { $health ->
        [ok] ✅ работает · { $articles ->
            [one] { $articles } статья
            [few] { $articles } статьи
           *[other] { $articles } статей
        } · последний успешный опрос { $lastSuccess }
        [new] 🕓 ещё не опрашивалась
        [disabled] ⏸ отключена
       *[failing] ⚠️ { $errors ->
            [one] { $errors } ошибка подряд
            [few] { $errors } ошибки подряд
           *[other] { $errors } ошибок подряд
        } · следующая попытка { $nextTry } · последний успех { $lastSuccess }
        Последняя ошибка: { $lastError }
    }

## /addfeed
addfeed-usage =
    Формат: <code>/addfeed URL [ar|ru|en] [темы…]</code>
    Например: <code>/addfeed https://example.org/rss.xml ru gulf energy</code>
addfeed-unknown-word = «{ $word }» — это не язык (ar, ru, en) и не тема (gulf, palestine, iran, syria, libya, yemen, security, energy, economy, un).
addfeed-checking = Проверяю { $url } …
addfeed-added = ✅ Лента #{ $id } добавлена: <b>{ $title }</b> ({ $items ->
    [one] { $items } материал
    [few] { $items } материала
   *[other] { $items } материалов
}).
addfeed-exists = Эта лента уже есть под номером #{ $id }.
addfeed-failed = ❌ Лента не добавлена: { $reason ->
    [bad-url] это не адрес http(s).
    [not-a-feed] по этому адресу нет ленты ({ $detail }).
   *[unreachable] ленту не удалось загрузить ({ $detail }).
}

## /removefeed
removefeed-usage = Формат: <code>/removefeed ID</code> — номер из списка /feeds.
removefeed-done = Лента #{ $id } { $name } удалена вместе с { $articles ->
    [one] { $articles } статьёй
   *[other] { $articles } статьями
}.
removefeed-unknown = Ленты #{ $id } нет. Список лент — /feeds.

## /poll
poll-started = Опрашиваю все ленты…
poll-summary = Опрошено лент: { $feeds } за { $seconds } с. Новых статей: { $added }, без изменений: { $unchanged }, с ошибкой: { $failed }.
poll-more-failures = …и ещё { $count } с ошибкой.

## Everything else
unknown-command = Команда { $command } мне незнакома. Список команд — /help.
unknown-text = Я отвечаю на команды. Отправьте /help, чтобы увидеть их.
button-expired = Эта кнопка больше не работает. Отправьте команду ещё раз.
error-generic = Извините, у нас что-то пошло не так. Попробуйте ещё раз чуть позже.

## /broadcast, /broadcasts (админы)
broadcast-no-text =
    Формат: <code>/broadcast [lang:ar|ru|en] [topic:ТЕМА] [kind:private|group|channel] ТЕКСТ</code>
    Текст может быть в несколько строк, жирный шрифт, курсив и ссылки сохранятся. Например:
    <code>/broadcast lang:ru topic:gulf Сегодня в Кувейте открывается саммит ССАГПЗ.</code>
broadcast-unknown-language = «{ $given }» — не язык: укажите lang:ar, lang:ru или lang:en (или не указывайте, чтобы разослать на всех языках).
broadcast-unknown-topic = «{ $given }» — не тема: укажите topic: с одной из тем gulf, palestine, iran, syria, libya, yemen, security, energy, economy, un (или не указывайте, чтобы разослать по всем темам).
broadcast-unknown-kind = «{ $given }» — не вид чата: укажите kind:private, kind:group или kind:channel (или не указывайте, чтобы отправить во все чаты).
broadcast-too-long = Текст слишком длинный для одного сообщения (длина с оформлением — { $length }, можно не больше { $max }). Сократите его и отправьте /broadcast заново.
broadcast-all-languages = все языки
broadcast-all-topics = все темы
broadcast-preview =
    <b>📣 Рассылка №{ $id } — предпросмотр</b>
    Сообщение выше получит { $count ->
        [0] никто: подходящих подписчиков нет
        [one] { $count } подписчик
        [few] { $count } подписчика
       *[many] { $count } подписчиков
    } ({ $audience }).
broadcast-button-send = Отправить ({ $count })
broadcast-button-cancel = Отмена
broadcast-button-stop = ⏹ Остановить
broadcast-refused-not-found = Этой рассылки больше нет.
broadcast-refused-not-yours = Отправить, отменить или остановить рассылку может только администратор, который её написал.
broadcast-refused-already-sent = Эта рассылка уже отправлена.
broadcast-refused-already-cancelled = Эта рассылка отменена.
broadcast-refused-not-sending = Эта рассылка уже не отправляется.
broadcast-toast-send = Отправляю…
broadcast-toast-cancel = Отменено.
broadcast-toast-stop = Останавливаю…
broadcast-cancelled = <b>📣 Рассылка №{ $id }</b> — отменена, ничего не отправлено.
broadcast-progress =
    <b>📣 Рассылка №{ $id }</b> — отправляется
    { $bar } { $percent }% · { $done }/{ $total } · ошибок: { $failed } · заблокировали: { $blocked }
broadcast-stopping =
    <b>📣 Рассылка №{ $id }</b> — останавливается
    { $bar } { $percent }% · { $done }/{ $total } · ошибок: { $failed } · заблокировали: { $blocked }
broadcast-report =
    <b>📣 Рассылка №{ $id }</b> — завершена ✅
    Отправлено: { $sent } из { $total } · ошибок: { $failed } · заблокировали бота: { $blocked } · не отправлено: { $notSent }
broadcast-report-stopped =
    <b>📣 Рассылка №{ $id }</b> — остановлена ⏹
    Отправлено: { $sent } из { $total } · ошибок: { $failed } · заблокировали бота: { $blocked } · не отправлено: { $notSent }
broadcasts-empty = Рассылок пока не было. Отправить — /broadcast.
broadcasts-header = <b>Последние рассылки</b> ({ $count })
broadcasts-item =
    <b>№{ $id }</b> · { $date } · админ { $admin } · { $audience } · { $status ->
        [sending] отправляется
        [stopped] остановлена
        [done] завершена
       *[other] { $status }
    }
    отправлено { $sent }/{ $total } · ошибок { $failed } · заблокировали { $blocked }
    <i>{ $text }</i>

## /stats (админы)
stats-header = <b>📊 Статистика</b>
stats-language = <b>{ $language }</b>: подписчиков { $receiving } · отписались { $unsubscribed } · заблокировали { $blocked } · статей за сутки { $day }, за неделю { $week }
stats-topics-header = <b>Подписчики по темам</b>
stats-kinds-header = <b>Подписчики по видам чатов</b>
stats-kind = { $kind }: { $receiving } · отписались { $unsubscribed } · заблокировали { $blocked }
stats-topic = { $topic }: { $receiving } · заблокировали { $blocked }
stats-feeds = <b>Ленты</b>: { $total } · в порядке { $healthy } · с ошибками { $failing } · ещё не опрошены { $notPolled } · отключены { $disabled }
stats-llm = <b>Модель</b> { $model }: сегодня вызовов { $calls }, токенов { $prompt } в запросах + { $completion } в ответах, осталось из бюджета { $left }; ошибки: { $failures } · с запуска показано сюжетов с кратким изложением { $briefs }, с выдержкой из текста { $extractive }
stats-llm-error = Последняя ошибка модели ({ $at }): { $error }
stats-alerts = <b>Оповещения</b>: отслеживаний { $watches } · чатов с отслеживаниями { $chats } · отправлено за сутки { $today }
stats-queue = <b>Очередь отправки</b>: сообщений в очереди — { $count }
stats-last-poll = <b>Последний опрос</b>: { $at } (последний успешный: { $success })
stats-last-run = <b>Последняя рассылка сводок</b>: { $at } · подписчиков с новым: { $briefings } из { $subscribers } · сообщений: { $messages }{ $finished ->
        [yes] {""}
       *[other] {" "}(ещё ставится в очередь)
    }
stats-no-run = <b>Последняя рассылка сводок</b>: ещё не было
stats-never = ни разу

## /watch, /watches, /unwatch
watch-usage =
    <b>/watch СЛОВА</b> — я сообщу, как только их упомянет новый материал.
    • каждое слово должно встретиться, в любой форме: <code>/watch Лавров</code>, <code>/watch Ормузский танкер</code>
    • «фраза» в кавычках — слова рядом и по порядку: <code>/watch "Совет Безопасности" Йемен</code>
    • -слово исключает материалы с ним: <code>/watch "Совет Безопасности" -Украина</code>
    До { $max } отслеживаний, до { $chars } символов каждое. Список — /watches.
watch-added = ✅ Отслеживаю <b>{ $watch }</b> ({ $count } из { $max }). Новый материал, где это упомянуто, сразу придёт в этот чат.
watch-error-empty = Здесь нечего искать: нужны слова от двух букв (символы и шаблоны не читаются).
watch-error-too-long = Отслеживание — не длиннее { $chars } символов. Попробуйте меньше слов.
watch-error-unbalanced-quotes = Кавычка не закрыта: поставьте фразу между двумя кавычками, например "Совет Безопасности".
watch-error-only-exclusions = Нужно хотя бы одно слово для поиска, а не только -исключённые.
watch-error-too-many-words = В отслеживании не больше { $words } слов: встретиться должно каждое, так что меньше слов находит больше.
watch-limit = В этом чате уже { $max } отслеживаний — это предел. Сначала удалите одно в /watches.
watch-duplicate = Этот чат уже отслеживает <b>{ $watch }</b>.
watches-none = Отслеживаний пока нет. <code>/watch Лавров</code> добавит первое.
watches-list =
    <b>🔔 Отслеживания</b> ({ $count } из { $max }):
    { $list }
    Кнопка удаляет отслеживание; /unwatch N — тоже.
watches-remove-button = ✖ { $number }
unwatch-usage = Отправьте /unwatch и номер отслеживания из /watches (от 1 до { $count }).
unwatch-not-found = Отслеживания номер { $number } нет: в этом чате их { $count }. Список — /watches.
unwatch-done = Больше не отслеживаю <b>{ $watch }</b>.
unwatch-done-short = Больше не отслеживаю { $watch }

## /mute, /unmute
mute-usage = { $state ->
        [some] Скрыто: { $muted }.
       *[none] Ничего не скрыто.
    } <b>/mute СЛОВА</b> убирает материалы с любым из них (в любой форме) из сводок, /latest, /topic и оповещений; /unmute СЛОВА возвращает. До { $max } слов.
mute-added = 🔇 Скрыто: { $words }. Сейчас скрыто: { $muted }.
mute-already = Эти слова уже скрыты. Скрыто: { $muted }.
mute-limit = В этом чате уже скрыто { $max } слов — это предел. Не скрыто: { $words }. Сначала верните часть через /unmute.
mute-error-empty = Здесь нет слова, которое можно скрыть: нужны слова от двух букв.
mute-error-too-long = Слишком длинно: не больше { $chars } символов за раз.
mute-error-unbalanced-quotes = Здесь нет слова, которое можно скрыть: нужны слова от двух букв.
mute-error-only-exclusions = Здесь нет слова, которое можно скрыть: нужны слова от двух букв.
mute-error-too-many-words = Не больше { $words } слов за раз.
unmute-usage = { $state ->
        [some] Скрыто: { $muted }. Отправьте /unmute и слова, которые нужно вернуть.
       *[none] Ничего не скрыто.
    }
unmute-done = 🔈 Возвращено: { $words }.{ $state ->
        [none] {""}
       *[some] {" "}Всё ещё скрыто: { $muted }.
    }
unmute-none = Ни одно из этих слов не скрыто. { $state ->
        [none] Ничего не скрыто.
       *[some] Скрыто: { $muted }.
    }

## /sources
sources-usage = Этот чат получает { $state ->
        [all] сюжеты на всех трёх языках: те, что есть только на арабском, русском или английском, тоже приходят, с пометкой языка
       *[mine] сюжеты на своём языке, каждый со строкой об источниках на других языках
    }. <b>/sources all</b> добавляет сюжеты, которые есть только на других языках; <b>/sources mine</b> оставляет язык чата.
sources-all = 🌐 Источники: все три языка. Сюжеты, которые есть только на другом языке, теперь тоже приходят — с пометкой языка и с исходным заголовком.
sources-mine = Источники: только язык этого чата. Сюжет, о котором писали и на других языках, по-прежнему называет их источники.
sources-bad = «{ $given }» — не вариант: отправьте <b>/sources mine</b> или <b>/sources all</b>.
sources-button-mine = Мой язык
sources-button-all = Все три языка

## /breaking, /quiet
breaking-usage = Срочные новости здесь { $state ->
        [on] <b>включены</b>
       *[off] <b>выключены</b>
    }. <b>/breaking on</b>: материал, который за два часа дали три разных источника, по теме этого чата, приходит сразу. <b>/breaking off</b> выключает.
breaking-on = ⚡ Срочные новости включены: материал, который за два часа дали три источника, по вашим темам, придёт сразу.
breaking-off = Срочные новости выключены.
quiet-usage = { $state ->
        [on] Тихие часы: <b>{ $from }–{ $to }</b> ({ $zone }).
       *[off] Тихих часов нет.
    } <b>/quiet 22:00-07:00</b> придерживает оповещения в эти часы (по часовому поясу этого чата) и присылает их вместе, когда они кончатся; сводки по расписанию приходят как обычно. <b>/quiet off</b> отменяет.
quiet-set = 🌙 Тихие часы { $from }–{ $to } ({ $zone }): оповещения подождут до { $to } и придут вместе.
quiet-off = Тихие часы отменены: оповещения приходят сразу.
quiet-bad = «{ $input }» — не промежуток времени: отправьте так: /quiet 22:00-07:00.

## Alerts
alert-watch = 🔔 <b>Отслеживание:</b> { $watch }
alert-breaking = ⚡ <b>Срочно</b> · источников: { $sources }
alert-held-header = 🌙 <b>Пока было тихо</b>: оповещений — { $count }
settings-none = нет
settings-quiet-off = нет

## A channel's alerts (/channels)
channel-button-alerts = 🔔 Отслеживания и оповещения ›
channel-alerts =
    <b>{ $title }</b>: отслеживаний { $count } из { $max }{ $count ->
        [0] {""}
       *[other] :
    { $list }
    }
    Скрыто: { $muted }
    Срочные новости: { $breaking ->
        [on] включены
       *[off] выключены
    } · тихие часы: { $quiet }
    Чтобы добавить отслеживание для этого канала, отправьте мне <code>/watch { $id } СЛОВА</code>; чтобы скрыть слова — <code>/mute { $id } СЛОВА</code> (вернуть — <code>/unmute { $id } СЛОВА</code>).
channel-button-sources-all = 🌐 Также сюжеты на двух других языках
channel-button-sources-mine = 🌐 Только сюжеты на языке канала
channel-toast-sources = Источники: { $sources ->
        [all] все три языка
       *[mine] язык канала
    }
channel-button-breaking-on = ⚡ Срочные новости: включить
channel-button-breaking-off = ⚡ Срочные новости: выключить
channel-button-quiet-on = 🌙 Тихие часы { $from }–{ $to }
channel-button-quiet-off = 🌙 Без тихих часов
channel-toast-quiet = Тихие часы 22:00–07:00 по часовому поясу канала: оповещения подождут и придут вместе.
watch-added-channel = ✅ <b>{ $title }</b> отслеживает <b>{ $watch }</b> ({ $count } из { $max }). Новый материал, где это упомянуто, сразу появится там.
mute-added-channel = 🔇 В <b>{ $title }</b> скрыто: { $words }. Сейчас там скрыто: { $muted }.
for-channel = 📢 <b>{ $title }</b>:
