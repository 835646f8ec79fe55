## Command menu: one attribute per command, shown by Telegram next to "/"
menu =
    .start = الاشتراك والبدء
    .help = ما الذي يستطيع هذا البوت فعله
    .latest = أحدث الأخبار في مواضيعك
    .topic = أخبار موضوع واحد
    .topics = اختيار المواضيع التي تتابعها
    .briefing = موجزك لآخر 24 ساعة
    .search = البحث في الأخبار
    .language = تغيير اللغة
    .settings = لغتك ومواضيعك واشتراكك
    .subscribe = تلقي الموجزات المجدولة
    .unsubscribe = إيقاف الموجزات المجدولة
    .schedule = مواعيد وصول الموجزات وتوقيتها
    .here = إرسال موجزات المجموعة إلى هذا الموضوع (لمشرفي المجموعة)
    .channels = قنواتك: اللغة والمواضيع والإيقاف المؤقت
    .watch = تنبيه فور ورود خبر يذكر هذه الكلمات
    .watches = متابعاتك مع أزرار الحذف
    .mute = إخفاء الأخبار التي تذكر هذه الكلمات
    .breaking = الأخبار العاجلة فورًا: تشغيل أو إيقاف
    .quiet = ساعات الهدوء للتنبيهات
    .sources = أخبار اللغات الأخرى أيضًا: mine أو all
    .feeds = المصادر وحالتها (للمشرفين)
    .addfeed = إضافة مصدر: الرابط [اللغة] [المواضيع] (للمشرفين)
    .removefeed = حذف مصدر برقمه (للمشرفين)
    .poll = جلب جميع المصادر الآن (للمشرفين)
    .broadcast = إرسال رسالة إلى المشتركين (للمشرفين)
    .broadcasts = الرسائل الجماعية الأخيرة (للمشرفين)
    .stats = المشتركون والمقالات والمصادر وطابور الإرسال (للمشرفين)

## Languages, each named in the reader's language
language-name-ar = العربية
language-name-ru = الروسية
language-name-en = الإنجليزية

## أنواع المحادثات (جمهور النشرات، ‎/stats)
chat-kind-private = المحادثات الخاصة
chat-kind-group = المجموعات
chat-kind-channel = القنوات

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

start-welcome-group =
    من الآن ستتلقى مجموعة «{ $title }» موجزات قصيرة عن الدبلوماسية في الخليج والشرق الأوسط، من وكالات الأنباء الرسمية ووزارات الخارجية ومراكز التحليل.
    { $where ->
        [topic] تصل الموجزات إلى هذا الموضوع؛ ولنقلها إلى موضوع آخر أرسلوا /here فيه.
        [general] تصل الموجزات إلى الموضوع العام (General)؛ ولنقلها إلى موضوع آخر أرسلوا /here فيه.
       *[chat] تصل الموجزات إلى هذه المحادثة.
    }

    اللغة: { $language } · المواضيع: { $topics ->
        [zero] لا مواضيع
        [one] موضوع واحد
        [two] موضوعان
        [few] جميع المواضيع الـ{ $topics }
        [many] جميع المواضيع الـ{ $topics }
       *[other] جميع المواضيع الـ{ $topics }
    }
    يغيّرها المشرفون بالأمرين /language و/topics. ويمكن للجميع القراءة: /latest و/topic و/search و/briefing.
start-welcome-back-group =
    عادت مجموعة «{ $title }» تتلقى الموجزات، باللغة { $language } وفي المواضيع التي كانت تتابعها.
    { $where ->
        [topic] ومن الآن تصل إلى هذا الموضوع.
        [general] ومن الآن تصل إلى الموضوع العام (General).
       *[chat] باقي الإعدادات في /settings.
    }
group-added = مرحبًا بالجميع في «{ $title }»! أُرسل موجزات قصيرة عن الدبلوماسية في الخليج والشرق الأوسط. يستطيع أي مشرف في المجموعة إشراكها بإرسال /start (وفي المجموعات ذات المواضيع: من الموضوع الذي يُراد أن تصل إليه الموجزات). ويمكن للجميع القراءة منذ الآن: /latest و/topic و/search.
group-back = عدتُ إلى «{ $title }»: تُستأنف الموجزات بلغة المجموعة ومواضيعها ومواعيدها كما كانت.

## /help
help =
    يحوّل <b>diplobrief</b> الأخبار الدبلوماسية إلى موجزات قصيرة بعناوين فرعية.

    /start — الاشتراك والبدء
    /latest [N] — أحدث الأخبار في مواضيعك (حتى 30)
    /topic الموضوع — أخبار موضوع واحد (دون موضوع: القائمة)
    /topics — اختيار المواضيع التي تتابعها بالأزرار
    /briefing — موجزك لآخر 24 ساعة
    /search كلمات — البحث في الأخبار بلغتك
    /language — تغيير اللغة (العربية، الروسية، الإنجليزية)
    /settings — لغتك ومواضيعك واشتراكك
    /schedule [س:د…] [التوقيت] — مواعيد وصول موجزاتك (حتى 4 مرات يوميًا، بتوقيتك)
    /watch كلمات — تنبيه فور ورود خبر جديد يذكرها ("عبارة" بين علامتي تنصيص، و-كلمة للاستبعاد)
    /watches — متابعاتك؛ والأمر /unwatch N يحذف إحداها
    /mute كلمات — إخفاء الأخبار التي تذكر هذه الكلمات؛ /unmute كلمات
    /breaking on|off — الخبر الذي تنقله ثلاثة مصادر خلال ساعتين، فورًا
    /quiet س:د-س:د — تأجيل التنبيهات ليلًا (/quiet off)
    /sources mine|all — أيضًا الأخبار المنشورة باللغتين الأخريين فقط
    /subscribe — تلقي الموجزات المجدولة
    /unsubscribe أو /stop — إيقافها
    /channels — القنوات التي تشرف عليها: لغتها ومواضيعها وإيقافها المؤقت
    /help — هذه الرسالة

    <b>المجموعات والقنوات</b>
    في المجموعة يشترك أحد المشرفين بإرسال /start (وفي المجموعات ذات المواضيع: من الموضوع الذي يُراد أن تصل إليه الموجزات، والأمر /here ينقلها إلى موضوع آخر). لا يغيّر إعدادات المجموعة إلا مشرفوها، ويمكن للجميع القراءة.
    لربط قناة، اجعل البوت مشرفًا فيها يملك صلاحية نشر الرسائل، ثم أدِرها من /channels.

help-admin =
    <b>أوامر المشرفين</b>
    /feeds — المصادر وحالتها
    /addfeed الرابط [ar|ru|en] [المواضيع…] — إضافة مصدر (بعد التحقق منه)
    /removefeed الرقم — حذف مصدر مع مقالاته
    /poll — جلب جميع المصادر الآن
    /broadcast [lang:ar|ru|en] [topic:الموضوع] [kind:private|group|channel] النص — إرسال رسالة إلى المشتركين (مع معاينة أولاً)
    /broadcasts — الرسائل الجماعية الأخيرة ونتائجها
    /stats — المشتركون والمقالات والمصادر وطابور الإرسال

## /latest, /topic
latest-header = <b>🗞 أحدث الأخبار</b>
latest-header-more = <b>🗞 أخبار سابقة</b>
latest-usage = الصيغة: <code>/latest</code> أو <code>/latest N</code>، حيث N من 1 إلى { $max }.
latest-nothing = لا جديد بعد بلغتك في مواضيعك هذا الأسبوع. جرّب /topic لتصفح موضوع واحد، أو /language لتغيير اللغة.
latest-nothing-more = لا توجد أخبار أقدم.
topic-choose = اختر موضوعًا (الرقم هو عدد مقالات هذا الأسبوع بلغتك):
topic-unknown = لا أعرف الموضوع «{ $given }». اختر واحدًا:
topic-header = <b>{ $topic }</b> — أحدث الأخبار
topic-header-more = <b>{ $topic }</b> — أخبار سابقة
topic-nothing = لا أخبار بعد عن «{ $topic }» بلغتك هذا الأسبوع. أرسل /latest لرؤية كل جديد في مواضيعك.
story-sources-also = { $main }، وكذلك { $others }
# سطر واحد تحت الخبر المنشور بلغات أخرى.
story-coverage = وأيضًا { $reports }
story-coverage-in = { $language ->
    [ar] بالعربية
    [ru] بالروسية
   *[en] بالإنجليزية
  }: { $sources }
# خبر من مصدر بلغة أخرى (/sources all)، قبل اسم المصدر.
story-original-language = 🌐 { $language ->
    [ar] بالعربية
    [ru] بالروسية
   *[en] بالإنجليزية
  }
button-more = المزيد ›

## /briefing
briefing-header = <b>📰 diplobrief · { $date }</b>
briefing-nothing = لا جديد في مواضيعك خلال آخر 24 ساعة. أرسل /latest لرؤية أحدث أخبار الأسبوع.
briefing-no-topics = أنت لا تتابع أي موضوع، لذا موجزك فارغ. مواضيعك في /settings.

## Scheduled briefings
digest-footer = <i>/topics — اختيار مواضيعك · /unsubscribe — إيقاف هذه الموجزات</i>

## /topics
topics-choose =
    <b>مواضيعك</b>: { $state ->
        [all] جميع المواضيع ({ $total })
        [none] لا شيء — لن تصلك موجزات مجدولة
       *[some] { $count } من { $total }
    }
    اضغط على أي موضوع لإضافته أو إزالته؛ يُحفظ كل تغيير فورًا.
topics-button-all = تحديد الكل
topics-button-none = إلغاء الكل
topics-toast-on = ✅ أُضيف: { $topic }
topics-toast-off = أُزيل: { $topic }
topics-toast-all = أنت تتابع جميع المواضيع.
topics-toast-none = لا تتابع أي موضوع: لن تصلك موجزات مجدولة حتى تختار مواضيع.

## /search
search-usage = الصيغة: <code>/search كلمات</code> — مثلًا <code>/search لافروف الكويت</code>.
search-header = <b>🔎 { $query }</b> — { $total ->
    [zero] لا نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $total } نتائج
    [many] { $total } نتيجة
   *[other] { $total } نتيجة
}
search-header-more = <b>🔎 مزيد من النتائج</b>
search-nothing = لم يُعثر على شيء لـ«{ $query }» { $sources ->
        [all] في أي من اللغات الثلاث
       *[mine] بلغتك
    }. جرّب كلمات أقل أو كلمات أخرى.

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
subscribe-done-group = المجموعة مشتركة في الموجزات المجدولة ({ $topics ->
    [zero] لا مواضيع
    [one] موضوع واحد
    [two] موضوعان
    [few] { $topics } مواضيع
    [many] { $topics } موضوعًا
   *[other] { $topics } موضوع
}). لإيقافها: /unsubscribe.
unsubscribe-done-group = لن تصل الموجزات المجدولة إلى المجموعة بعد الآن. لإعادتها: /subscribe.
unsubscribe-not-subscribed-group = لم تكن المجموعة مشتركة أصلًا. للاشتراك: /start.

## /here (forum groups)
here-private = الأمر /here مخصص للمجموعات ذات المواضيع: يرسله أحد المشرفين في أحد مواضيع المجموعة، فتصل موجزات المجموعة إلى ذلك الموضوع من حينها. أما موجزاتك أنت فتصلك هنا، في هذه المحادثة.
here-not-forum = لا توجد مواضيع في هذه المجموعة، لذا تصل الموجزات إلى المحادثة نفسها. يعمل الأمر /here في المجموعات التي فُعّلت فيها المواضيع.
here-not-registered = هذه المجموعة غير مشتركة بعد. أرسلوا /start في الموضوع الذي تريدون أن تصل إليه الموجزات.
here-moved = تم: ستصل موجزات المجموعة { $where ->
    [general] إلى الموضوع العام (General)
    [named] إلى موضوع «{ $topic }»
   *[topic] إلى هذا الموضوع
}.

## /channels
channels-private-only = يعمل الأمر /channels في محادثتك الخاصة معي: أرسله هناك لإدارة القنوات التي تشرف عليها.
channels-none = لا تشرف على أي قناة أنشر فيها. لربط قناة، أضفني إليها مشرفًا يملك صلاحية نشر الرسائل: سأخبرك هنا، وستبدأ القناة بتلقي الموجزات.
channels-header = <b>قنواتك</b> ({ $count }) — اختر قناة لضبط موجزاتها:
channel-panel =
    <b>📢 { $title }</b>
    اللغة: { $language } · المصادر: { $sources ->
        [all] اللغات الثلاث
       *[mine] لغة القناة
    }
    المواضيع: { $topics ->
        [all] جميع المواضيع ({ $total })
        [none] لا شيء — لا تصل إلى القناة أي موجزات
       *[some] { $count } من { $total }
    }
    المواعيد: { $schedule }
    الموجزات: { $state ->
        [on] مفعّلة
        [paused] متوقفة مؤقتًا — زر «استئناف» يعيد تفعيلها
       *[unreachable] لا تصل: لم يعد بإمكاني النشر في هذه القناة. عيّنّي مشرفًا يملك صلاحية نشر الرسائل من جديد، وستبقى الإعدادات كما هي.
    }
channel-button-hours = 🕗 المواعيد ›
channel-hours =
    <b>{ $title }</b>: الموجزات { $hours }.
    اختر ساعة يومية (بتوقيت القناة) أو المواعيد الافتراضية:
channel-toast-hours = موجزات القناة: { $hours }.
channel-button-topics = المواضيع: { $count } من { $total } ›
channel-button-pause = ⏸ إيقاف مؤقت
channel-button-resume = ▶️ استئناف
channel-button-list = ‹ كل القنوات
channel-button-panel = ‹ رجوع
channel-topics =
    <b>📢 { $title }</b> — المواضيع: { $topics ->
        [all] جميع المواضيع ({ $total })
        [none] لا شيء — لا تصل إلى القناة أي موجزات
       *[some] { $count } من { $total }
    }
    اضغط على أي موضوع لإضافته أو إزالته؛ يُحفظ كل تغيير فورًا.
channel-topics-toast-all = تتابع القناة جميع المواضيع.
channel-topics-toast-none = لا تتابع القناة أي موضوع: لن تصلها موجزات حتى تختار مواضيع.
channel-toast-language = لغة موجزات القناة الآن: { $language }.
channel-toast-paused = أُوقفت مؤقتًا: لن تصل الموجزات إلى القناة حتى تستأنفها.
channel-toast-resumed = استُؤنفت: ستصل الموجزات إلى القناة من جديد.
channel-not-admin = لا يغيّر إعدادات القناة إلا مشرفوها.
channel-unreachable = لا يمكنني النشر في هذه القناة الآن، لذا لا يمكن تغيير إعداداتها. عيّنّي مشرفًا يملك صلاحية نشر الرسائل من جديد.
channel-connected = 📢 رُبطت القناة <b>{ $title }</b> وستتلقى الموجزات. اللغة: { $language }؛ المواضيع: { $topics ->
    [zero] لا مواضيع
    [one] موضوع واحد
    [two] موضوعان
    [few] جميع المواضيع الـ{ $topics }
    [many] جميع المواضيع الـ{ $topics }
   *[other] جميع المواضيع الـ{ $topics }
}. لتغيير اللغة والمواضيع أو لإيقاف الموجزات مؤقتًا: /channels.
channel-reconnected = 📢 أصبح بإمكاني النشر في القناة <b>{ $title }</b> من جديد. { $state ->
    [on] تُستأنف الموجزات بإعداداتها السابقة.
   *[paused] الإعدادات كما كانت، وتبقى الموجزات متوقفة حتى تستأنفها من /channels.
}

## /settings
settings =
    <b>{ $scope ->
        [group] إعدادات هذه المجموعة
       *[own] إعداداتك
    }</b>
    اللغة: { $language }
    المواضيع: { $topics } (لتغييرها: /topics)
    الموجزات المجدولة: { $state ->
        [subscribed] مفعّلة، { $schedule }
        [inactive] متوقفة — تعذّر على تيليغرام إيصال الرسائل إلى هذه المحادثة؛ لاستئنافها: /start
       *[unsubscribed] غير مفعّلة — لتفعيلها: /subscribe
    }
    المتابعات: { $watches } (/watches) · الكلمات المخفية: { $muted }
    الأخبار العاجلة: { $breaking ->
        [on] مفعّلة
       *[off] غير مفعّلة
    } · ساعات الهدوء: { $quiet }
    المصادر: { $sources ->
        [all] اللغات الثلاث
       *[mine] لغة المحادثة
    } (/sources)
settings-not-registered = لم تسجّل بعد: أرسل /start للاشتراك.
settings-topics-all = جميع المواضيع
settings-topics-none = لا شيء — لن تصلك موجزات مجدولة

## /schedule
hours-own = يوميًا في { $times }، { $zone }
hours-default = يوميًا في { $times }، { $zone } (المواعيد الافتراضية)
hours-default-other = وفق المواعيد الافتراضية للبوت؛ الموجز التالي في { $next } ({ $zone })
hours-default-unknown = وفق المواعيد الافتراضية للبوت
schedule-current =
    <b>الموجزات المجدولة</b>: { $hours }{ $state ->
        [off] {" "}— متوقفة الآن؛ يعيدها /subscribe أو تحديد مواعيد جديدة
        [unregistered] {" "}— هذه المحادثة غير مشتركة بعد؛ تحديد المواعيد يشركها
       *[on] {""}
    }.

    مواعيدك الخاصة: <code>/schedule 07:30</code>، أو حتى { $max } مرات يوميًا مع التوقيت: <code>/schedule 07:30,19:00 { $zone }</code> (اسم مثل Asia/Riyadh أو Europe/Moscow، أو فارق مثل UTC+3). ويعيد <code>/schedule default</code> المواعيد الافتراضية، ويوقف <code>/schedule off</code> الموجزات. أو اختر ساعة:
schedule-set = ✅ الموجزات { $hours }. الموجز التالي: { $next }.
schedule-default = ✅ عادت المواعيد الافتراضية: { $hours }.
schedule-bad-time = «{ $input }» ليس وقتًا من اليوم. اكتب الساعات والدقائق: <code>/schedule 07:30</code> أو <code>/schedule 07:30,19:00</code>.
schedule-bad-zone = لا أعرف التوقيت «{ $input }». استخدم اسمًا مثل Asia/Riyadh أو Europe/Moscow، أو فارقًا مثل UTC+3.
schedule-too-many = { $max } مرات يوميًا على الأكثر.
schedule-no-times = في أي ساعة؟ مثلًا: <code>/schedule 07:30</code> أو <code>/schedule 07:30,19:00 { $zone }</code>.
schedule-button-default = المواعيد الافتراضية
schedule-button-off = إيقاف
list-separator = {"، "}

## Admin commands
admin-only = عذرًا، هذا الأمر مخصص لمشرفي البوت فقط.
group-admins-only = لا يغيّر إعدادات هذه المجموعة إلا مشرفوها. ويمكن للجميع القراءة: /latest و/topic و/search و/briefing.

## /feeds
feeds-empty = لا توجد مصادر بعد. أضف مصدرًا بالأمر /addfeed الرابط [ar|ru|en] [المواضيع…] أو اذكره في ملف المصادر.
feeds-header = <b>المصادر</b> ({ $count })
feeds-item =
    <b>#{ $id } { $name }</b> · { $language } · { $topics }
    { $url }
    { $health ->
        [ok] ✅ يعمل · { $articles ->
            [zero] لا مقالات
            [one] مقال واحد
            [two] مقالان
            [few] { $articles } مقالات
            [many] { $articles } مقالًا
           *[other] { $articles } مقال
        } · آخر جلب ناجح { $lastSuccess }
        [new] 🕓 لم يُجلب بعد
        [disabled] ⏸ معطّل
       *[failing] ⚠️ { $errors ->
            [one] فشل مرة واحدة
            [two] فشل مرتين متتاليتين
            [few] فشل { $errors } مرات متتالية
           *[other] فشل { $errors } مرة متتالية
        } · المحاولة التالية { $nextTry } · آخر نجاح { $lastSuccess }
        آخر خطأ: { $lastError }
    }

## /addfeed
addfeed-usage =
    الصيغة: <code>/addfeed URL [ar|ru|en] [topics…]</code>
    مثال: <code>/addfeed https://example.org/rss.xml ar gulf energy</code>
addfeed-unknown-word = «{ $word }» ليست لغة (ar، ru، en) ولا موضوعًا (gulf، palestine، iran، syria، libya، yemen، security، energy، economy، un).
addfeed-checking = جارٍ التحقق من { $url } …
addfeed-added = ✅ أُضيف المصدر #{ $id }: <b>{ $title }</b> ({ $items ->
    [zero] لا عناصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $items } عناصر
    [many] { $items } عنصرًا
   *[other] { $items } عنصر
}).
addfeed-exists = هذا المصدر موجود بالفعل برقم #{ $id }.
addfeed-failed = ❌ لم يُضف المصدر: { $reason ->
    [bad-url] هذا ليس عنوان http(s).
    [not-a-feed] هذا العنوان لا يقدّم خلاصة أخبار ({ $detail }).
   *[unreachable] تعذّر جلب المصدر ({ $detail }).
}

## /removefeed
removefeed-usage = الصيغة: <code>/removefeed ID</code> — الرقم الظاهر في /feeds.
removefeed-done = حُذف المصدر #{ $id } { $name } ومعه عدد من المقالات: { $articles }.
removefeed-unknown = لا يوجد مصدر برقم #{ $id }. أرسل /feeds لعرض المصادر.

## /poll
poll-started = جارٍ جلب جميع المصادر…
poll-summary = اكتمل الجلب خلال { $seconds } ث — المصادر: { $feeds }، مقالات جديدة: { $added }، دون تغيير: { $unchanged }، فشل: { $failed }.
poll-more-failures = …وفشل { $count } غيرها.

## Everything else
unknown-command = لا أعرف الأمر { $command }. أرسل /help لمعرفة الأوامر المتاحة.
unknown-text = أنا أستجيب للأوامر. أرسل /help لرؤيتها.
button-expired = لم يعد هذا الزر يعمل. أرسل الأمر مرة أخرى.
error-generic = عذرًا، حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى بعد قليل.

## /broadcast, /broadcasts (للمشرفين)
broadcast-no-text =
    الصيغة: <code>/broadcast [lang:ar|ru|en] [topic:الموضوع] [kind:private|group|channel] النص</code>
    يمكن أن يمتد النص على عدة أسطر، ويُحتفظ بالخط العريض والمائل والروابط. مثال:
    <code>/broadcast lang:ar topic:gulf تنطلق اليوم في الكويت أعمال القمة الخليجية.</code>
broadcast-unknown-language = «{ $given }» ليست لغة: استخدم lang:ar أو lang:ru أو lang:en (أو احذفها للإرسال بكل اللغات).
broadcast-unknown-topic = «{ $given }» ليس موضوعاً: استخدم topic: مع أحد المواضيع gulf أو palestine أو iran أو syria أو libya أو yemen أو security أو energy أو economy أو un (أو احذفه للإرسال في كل المواضيع).
broadcast-unknown-kind = «{ $given }» ليس نوع محادثة: استخدم kind:private أو kind:group أو kind:channel (أو اتركه لكل المحادثات).
broadcast-too-long = النص أطول من أن يتسع في رسالة واحدة (الطول مع التنسيق: { $length }، والحد الأقصى { $max }). اختصره ثم أرسل /broadcast من جديد.
broadcast-all-languages = كل اللغات
broadcast-all-topics = كل المواضيع
broadcast-preview =
    <b>📣 الرسالة الجماعية رقم { $id } — معاينة</b>
    ستصل الرسالة أعلاه إلى { $count ->
        [0] لا أحد: لا يوجد مشترك مطابق
        [one] مشترك واحد
        [two] مشتركَين اثنين
        [few] { $count } مشتركين
        [many] { $count } مشتركاً
       *[other] { $count } مشترك
    } ({ $audience }).
broadcast-button-send = إرسال ({ $count })
broadcast-button-cancel = إلغاء
broadcast-button-stop = ⏹ إيقاف
broadcast-refused-not-found = هذه الرسالة الجماعية لم تعد موجودة.
broadcast-refused-not-yours = لا يستطيع إرسال هذه الرسالة أو إلغاءها أو إيقافها إلا المشرف الذي كتبها.
broadcast-refused-already-sent = أُرسلت هذه الرسالة الجماعية من قبل.
broadcast-refused-already-cancelled = أُلغيت هذه الرسالة الجماعية.
broadcast-refused-not-sending = لم يعد إرسال هذه الرسالة الجماعية جارياً.
broadcast-toast-send = جارٍ الإرسال…
broadcast-toast-cancel = أُلغيت.
broadcast-toast-stop = جارٍ الإيقاف…
broadcast-cancelled = <b>📣 الرسالة الجماعية رقم { $id }</b> — أُلغيت، ولم يُرسل شيء.
broadcast-progress =
    <b>📣 الرسالة الجماعية رقم { $id }</b> — جارٍ الإرسال
    { $bar } { $percent }% · { $done }/{ $total } · فشل: { $failed } · حظروا البوت: { $blocked }
broadcast-stopping =
    <b>📣 الرسالة الجماعية رقم { $id }</b> — جارٍ الإيقاف
    { $bar } { $percent }% · { $done }/{ $total } · فشل: { $failed } · حظروا البوت: { $blocked }
broadcast-report =
    <b>📣 الرسالة الجماعية رقم { $id }</b> — اكتمل الإرسال ✅
    أُرسلت: { $sent } من { $total } · فشل: { $failed } · حظروا البوت: { $blocked } · لم تُرسل: { $notSent }
broadcast-report-stopped =
    <b>📣 الرسالة الجماعية رقم { $id }</b> — أُوقفت ⏹
    أُرسلت: { $sent } من { $total } · فشل: { $failed } · حظروا البوت: { $blocked } · لم تُرسل: { $notSent }
broadcasts-empty = لا توجد رسائل جماعية بعد. أرسل واحدة بالأمر /broadcast.
broadcasts-header = <b>الرسائل الجماعية الأخيرة</b> ({ $count })
broadcasts-item =
    <b>رقم { $id }</b> · { $date } · المشرف { $admin } · { $audience } · { $status ->
        [sending] جارٍ الإرسال
        [stopped] أُوقفت
        [done] اكتملت
       *[other] { $status }
    }
    أُرسلت { $sent }/{ $total } · فشل { $failed } · حظروا البوت { $blocked }
    <i>{ $text }</i>

## /stats (للمشرفين)
stats-header = <b>📊 الإحصاءات</b>
stats-language = <b>{ $language }</b>: المشتركون { $receiving } · ألغوا الاشتراك { $unsubscribed } · حظروا البوت { $blocked } · مقالات اليوم { $day }، والأسبوع { $week }
stats-topics-header = <b>المشتركون حسب الموضوع</b>
stats-kinds-header = <b>المشتركون حسب نوع المحادثة</b>
stats-kind = { $kind }: { $receiving } · ألغوا الاشتراك { $unsubscribed } · حظروا البوت { $blocked }
stats-topic = { $topic }: { $receiving } · حظروا البوت { $blocked }
stats-feeds = <b>المصادر</b>: { $total } · سليمة { $healthy } · متعثرة { $failing } · لم تُجلب بعد { $notPolled } · معطلة { $disabled }
stats-llm = <b>النموذج</b> { $model }: اليوم { $calls } طلبًا، والرموز { $prompt } في الطلبات + { $completion } في الأجوبة، والمتبقي من الميزانية { $left }؛ الأخطاء: { $failures } · منذ التشغيل عُرض { $briefs } خبرًا بموجز النموذج و{ $extractive } بالمقتطف من النص
stats-llm-error = آخر خطأ للنموذج ({ $at }): { $error }
stats-alerts = <b>التنبيهات</b>: المتابعات { $watches } · المحادثات التي لها متابعات { $chats } · أُرسل خلال 24 ساعة { $today }
stats-queue = <b>طابور الإرسال</b>: رسائل في الانتظار: { $count }
stats-last-poll = <b>آخر جلب</b>: { $at } (آخر جلب ناجح: { $success })
stats-last-run = <b>آخر دفعة موجزات</b>: { $at } · مشتركون وُجد لهم جديد: { $briefings } من { $subscribers } · الرسائل: { $messages }{ $finished ->
        [yes] {""}
       *[other] {" "}(ما زالت تُوضع في الطابور)
    }
stats-no-run = <b>آخر دفعة موجزات</b>: لم تحدث بعد
stats-never = أبداً

## /watch, /watches, /unwatch
watch-usage =
    <b>/watch كلمات</b> — أخبرك فور ورود خبر جديد يذكرها.
    • يجب أن ترد كل كلمة، بأي صيغة: <code>/watch لافروف</code>، <code>/watch هرمز ناقلة</code>
    • "عبارة" بين علامتي تنصيص: كلماتها متجاورة وبترتيبها: <code>/watch "مجلس الأمن" اليمن</code>
    • -كلمة تستبعد الأخبار التي تذكرها: <code>/watch "مجلس الأمن" -أوكرانيا</code>
    حتى { $max } متابعة، وحتى { $chars } حرفًا لكل منها. القائمة: /watches.
watch-added = ✅ أتابع <b>{ $watch }</b> ({ $count } من { $max }). أي خبر جديد يذكرها يصل إلى هذه المحادثة فورًا.
watch-error-empty = لا يوجد هنا ما يُبحث عنه: استخدم كلمات من حرفين أو أكثر (لا تُقرأ الرموز والأنماط).
watch-error-too-long = لا تتجاوز المتابعة { $chars } حرفًا. جرّب كلمات أقل.
watch-error-unbalanced-quotes = علامة التنصيص غير مغلقة: ضع العبارة بين علامتين، مثل "مجلس الأمن".
watch-error-only-exclusions = تحتاج المتابعة إلى كلمة واحدة على الأقل للبحث عنها، لا إلى كلمات مستبعدة فقط.
watch-error-too-many-words = لا تتجاوز المتابعة { $words } كلمات: يجب أن ترد كل كلمة، فالكلمات الأقل تجد أكثر.
watch-limit = في هذه المحادثة { $max } متابعة، وهو الحد الأقصى. احذف واحدة من /watches أولًا.
watch-duplicate = هذه المحادثة تتابع <b>{ $watch }</b> بالفعل.
watches-none = لا متابعات بعد. الأمر <code>/watch لافروف</code> يضيف واحدة.
watches-list =
    <b>🔔 المتابعات</b> ({ $count } من { $max }):
    { $list }
    الزر يحذف المتابعة، وكذلك الأمر /unwatch N.
watches-remove-button = ✖ { $number }
unwatch-usage = أرسل /unwatch ورقم المتابعة في /watches (من 1 إلى { $count }).
unwatch-not-found = لا توجد متابعة برقم { $number }: في هذه المحادثة { $count }. القائمة: /watches.
unwatch-done = توقفت عن متابعة <b>{ $watch }</b>.
unwatch-done-short = توقفت عن متابعة { $watch }

## /mute, /unmute
mute-usage = { $state ->
        [some] المخفي: { $muted }.
       *[none] لا شيء مخفي.
    } <b>/mute كلمات</b> يُخفي الأخبار التي تذكر أيًّا منها (بأي صيغة) من الموجزات و/latest و/topic والتنبيهات؛ والأمر /unmute كلمات يعيدها. حتى { $max } كلمة.
mute-added = 🔇 أُخفيت: { $words }. المخفي الآن: { $muted }.
mute-already = هذه الكلمات مخفية بالفعل. المخفي: { $muted }.
mute-limit = في هذه المحادثة { $max } كلمة مخفية، وهو الحد الأقصى: لم تُخفَ { $words }. أعد بعضها بالأمر /unmute أولًا.
mute-error-empty = لا توجد هنا كلمة يمكن إخفاؤها: استخدم كلمات من حرفين أو أكثر.
mute-error-too-long = النص طويل جدًا: { $chars } حرفًا على الأكثر في المرة الواحدة.
mute-error-unbalanced-quotes = لا توجد هنا كلمة يمكن إخفاؤها: استخدم كلمات من حرفين أو أكثر.
mute-error-only-exclusions = لا توجد هنا كلمة يمكن إخفاؤها: استخدم كلمات من حرفين أو أكثر.
mute-error-too-many-words = { $words } كلمات على الأكثر في المرة الواحدة.
unmute-usage = { $state ->
        [some] المخفي: { $muted }. أرسل /unmute والكلمات التي تريد إعادتها.
       *[none] لا شيء مخفي.
    }
unmute-done = 🔈 أُعيدت: { $words }.{ $state ->
        [none] {""}
       *[some] {" "}ما زال مخفيًا: { $muted }.
    }
unmute-none = لا شيء من هذه الكلمات مخفي. { $state ->
        [none] لا شيء مخفي.
       *[some] المخفي: { $muted }.
    }

## /sources
sources-usage = تصل إلى هذه المحادثة { $state ->
        [all] أخبار اللغات الثلاث: ما نُشر بالعربية أو الروسية أو الإنجليزية وحدها يصل أيضًا مع ذكر لغته
       *[mine] أخبار لغتها، وتحت كل خبر سطر يذكر مصادره باللغات الأخرى
    }. <b>/sources all</b> يضيف الأخبار المنشورة باللغات الأخرى وحدها؛ <b>/sources mine</b> يكتفي بلغة المحادثة.
sources-all = 🌐 المصادر: اللغات الثلاث. الأخبار المنشورة بلغة أخرى وحدها تصل الآن أيضًا، مع ذكر لغتها وبعنوانها الأصلي.
sources-mine = المصادر: لغة هذه المحادثة وحدها. الخبر المنشور بلغات أخرى يبقى مذكورًا معه مصادرها.
sources-bad = «{ $given }» ليس خيارًا: أرسل <b>/sources mine</b> أو <b>/sources all</b>.
sources-button-mine = لغتي
sources-button-all = اللغات الثلاث

## /breaking, /quiet
breaking-usage = الأخبار العاجلة هنا { $state ->
        [on] <b>مفعّلة</b>
       *[off] <b>غير مفعّلة</b>
    }. <b>/breaking on</b>: الخبر الذي تنقله ثلاثة مصادر مختلفة خلال ساعتين، في موضوع تتابعه هذه المحادثة، يصل فورًا. <b>/breaking off</b> يوقفها.
breaking-on = ⚡ فُعّلت الأخبار العاجلة: الخبر الذي تنقله ثلاثة مصادر خلال ساعتين، في مواضيعك، يصل فورًا.
breaking-off = أُوقفت الأخبار العاجلة.
quiet-usage = { $state ->
        [on] ساعات الهدوء: <b>{ $from }–{ $to }</b> ({ $zone }).
       *[off] لا ساعات هدوء.
    } <b>/quiet 22:00-07:00</b> يؤجّل التنبيهات في هذه الساعات (بتوقيت هذه المحادثة) ويرسلها معًا عند انتهائها؛ أما الموجزات المجدولة فتصل كالمعتاد. <b>/quiet off</b> يلغيها.
quiet-set = 🌙 ساعات الهدوء { $from }–{ $to } ({ $zone }): تنتظر التنبيهات حتى { $to } ثم تصل معًا.
quiet-off = أُلغيت ساعات الهدوء: تصل التنبيهات فورًا.
quiet-bad = «{ $input }» ليس فترة زمنية: أرسلها هكذا: /quiet 22:00-07:00.

## Alerts
alert-watch = 🔔 <b>متابعة:</b> { $watch }
alert-breaking = ⚡ <b>عاجل</b> · عدد المصادر: { $sources }
alert-held-header = 🌙 <b>خلال ساعات الهدوء</b>: عدد التنبيهات: { $count }
settings-none = لا شيء
settings-quiet-off = غير مفعّلة

## A channel's alerts (/channels)
channel-button-alerts = 🔔 المتابعات والتنبيهات ›
channel-alerts =
    <b>{ $title }</b>: المتابعات { $count } من { $max }{ $count ->
        [0] {""}
       *[other] :
    { $list }
    }
    المخفي: { $muted }
    الأخبار العاجلة: { $breaking ->
        [on] مفعّلة
       *[off] غير مفعّلة
    } · ساعات الهدوء: { $quiet }
    لإضافة متابعة لهذه القناة أرسل إليّ <code>/watch { $id } كلمات</code>؛ ولإخفاء كلمات <code>/mute { $id } كلمات</code> (ولإعادتها <code>/unmute { $id } كلمات</code>).
channel-button-sources-all = 🌐 أخبار اللغتين الأخريين أيضًا
channel-button-sources-mine = 🌐 أخبار لغة القناة فقط
channel-toast-sources = المصادر: { $sources ->
        [all] اللغات الثلاث
       *[mine] لغة القناة
    }
channel-button-breaking-on = ⚡ الأخبار العاجلة: تفعيل
channel-button-breaking-off = ⚡ الأخبار العاجلة: إيقاف
channel-button-quiet-on = 🌙 ساعات الهدوء { $from }–{ $to }
channel-button-quiet-off = 🌙 بلا ساعات هدوء
channel-toast-quiet = ساعات الهدوء 22:00–07:00 بتوقيت القناة: تنتظر التنبيهات ثم تصل معًا.
watch-added-channel = ✅ <b>{ $title }</b> تتابع <b>{ $watch }</b> ({ $count } من { $max }). أي خبر جديد يذكرها يُنشر فيها فورًا.
mute-added-channel = 🔇 أُخفي في <b>{ $title }</b>: { $words }. المخفي هناك الآن: { $muted }.
for-channel = 📢 <b>{ $title }</b>:
