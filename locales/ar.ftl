## Command menu: one attribute per command, shown by Telegram next to "/"
menu =
    .start = الاشتراك والبدء
    .help = ما الذي يستطيع هذا البوت فعله
    .language = تغيير اللغة
    .settings = لغتك ومواضيعك واشتراكك
    .subscribe = تلقي الموجزات المجدولة
    .unsubscribe = إيقاف الموجزات المجدولة

## Languages, each named in the reader's language
language-name-ar = العربية
language-name-ru = الروسية
language-name-en = الإنجليزية

## Topics
topic-gulf = الخليج
topic-palestine = فلسطين والتسوية العربية الإسرائيلية
topic-iran = إيران
topic-syria = سوريا
topic-libya = ليبيا
topic-yemen = اليمن
topic-security = الأمن الإقليمي
topic-energy = الطاقة
topic-economy = الاقتصاد والتجارة
topic-un = الأمم المتحدة والدبلوماسية متعددة الأطراف

## /start
start-welcome =
    أهلًا بك في <b>diplobrief</b> يا { $name }!
    ستصلك موجزات قصيرة عن الدبلوماسية في الخليج والشرق الأوسط، من وكالات الأنباء الرسمية ووزارات الخارجية ومراكز التحليل.

    اللغة: { $language } (لتغييرها: /language)
    المواضيع: { $topics ->
        [zero] لا مواضيع
        [one] موضوع واحد
        [two] موضوعان
        [few] جميع المواضيع الـ{ $topics }
        [many] جميع المواضيع الـ{ $topics }
       *[other] جميع المواضيع الـ{ $topics }
    }

    أرسل /help لمعرفة كل ما أستطيع فعله.
start-welcome-back =
    مرحبًا بعودتك يا { $name }! أُعيد تفعيل اشتراكك.
    اللغة: { $language }. باقي الإعدادات في /settings.

## /help
help =
    يحوّل <b>diplobrief</b> الأخبار الدبلوماسية إلى موجزات قصيرة بعناوين فرعية.

    /start — الاشتراك والبدء
    /language — تغيير اللغة (العربية، الروسية، الإنجليزية)
    /settings — لغتك ومواضيعك واشتراكك
    /subscribe — تلقي الموجزات المجدولة
    /unsubscribe أو /stop — إيقافها
    /help — هذه الرسالة

## /language
language-choose = لغتك الحالية هي { $current }. اختر لغة أخرى:
language-unknown = لا أعرف اللغة «{ $given }». اختر إحدى اللغات: { $valid } — مثلًا <code>/language ar</code>، أو أرسل /language لتظهر لك الأزرار.
language-changed = تم: سأتحدث معك بالعربية من الآن.

## /subscribe, /unsubscribe
subscribe-done = أنت مشترك في الموجزات المجدولة ({ $topics ->
    [zero] لا مواضيع
    [one] موضوع واحد
    [two] موضوعان
    [few] { $topics } مواضيع
    [many] { $topics } موضوعًا
   *[other] { $topics } موضوع
}). لإلغاء الاشتراك: /unsubscribe.
unsubscribe-done = لن تصلك الموجزات المجدولة بعد الآن. لإعادتها: /subscribe.
unsubscribe-not-subscribed = لم تكن مشتركًا أصلًا. للاشتراك: /start.

## /settings
settings =
    <b>إعداداتك</b>
    اللغة: { $language }
    المواضيع: { $topics }
    الموجزات المجدولة: { $state ->
        [subscribed] مفعّلة، { $schedule } ({ $timezone })
        [inactive] متوقفة — تعذّر على تيليغرام إيصال الرسائل إلى هذه المحادثة؛ لاستئنافها: /start
       *[unsubscribed] غير مفعّلة — لتفعيلها: /subscribe
    }
settings-not-registered = لم تسجّل بعد: أرسل /start للاشتراك.
settings-topics-all = جميع المواضيع
settings-topics-none = لا شيء — لن تصلك موجزات مجدولة
schedule-daily = يوميًا الساعة { $time }
schedule-cron = وفق الجدول «{ $expression }»

## Everything else
unknown-command = لا أعرف الأمر { $command }. أرسل /help لمعرفة الأوامر المتاحة.
unknown-text = أنا أستجيب للأوامر. أرسل /help لرؤيتها.
button-expired = لم يعد هذا الزر يعمل. أرسل الأمر مرة أخرى.
error-generic = عذرًا، حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى بعد قليل.
