import type { Catalogue } from '../messages.js';

/**
 * الفهرس العربي (Arabic catalogue): every word the bot shows, as ICU MessageFormat (intl-messageformat 12),
 * with the same ids and placeholders as en.ts (the reference); tests/i18n/catalogues-complete.test.ts checks it.
 * Modern Standard Arabic in the register of UN and ITU documents.
 *
 * Translation status: draft by the development team, not yet reviewed by a native-speaking delegate or an ITU
 * language service. Corrections: propose a change to this one file (see docs/languages.md).
 *
 * Digits: Latin (0-9), pinned with meta.numberingSystem 'latn' (see docs/languages.md for why).
 * Plurals use all six CLDR categories of Arabic: zero (0), one (1: يوم واحد), two (2: the dual, يومين, which
 * names the count itself), few (3-10, 103-110: # أيام), many (11-99, 111-199: # يومًا), other (100-102,
 * fractions, 1 000 000: # يوم).
 * Kept as in English: command words (next-deadline, subscribe, /cwg …), item ids, keywords the parser reads
 * (past, all, confirm, at, tz, offsets, digest on|off, retry, failed), field names (title=, date=, who=, send-to=…),
 * placeholders, example command syntax, e-mail addresses and URLs, and the acronyms CWG-WSIS&SDG, WSIS+20, IGF,
 * CSTD, HLPF as Arabic UN texts keep them. Quotes are « »; the comma is «،», the semicolon «؛», the question mark «؟».
 *
 * Glossary (English → Arabic):
 *   ITU → الاتحاد الدولي للاتصالات (الاتحاد); ITU Council → مجلس الاتحاد; ITU Sectors → قطاعات الاتحاد
 *   councillors → أعضاء المجلس; Chair of ITU Council → رئيس مجلس الاتحاد; Chair → الرئيس
 *   CWG-WSIS&SDG / Council Working Group on WSIS and the SDGs →
 *     فريق العمل التابع للمجلس المعني بالقمة العالمية لمجتمع المعلومات وأهداف التنمية المستدامة (CWG-WSIS&SDG)
 *   WSIS → القمة العالمية لمجتمع المعلومات; SDGs → أهداف التنمية المستدامة; IGF → منتدى إدارة الإنترنت
 *   CSTD → لجنة تسخير العلم والتكنولوجيا لأغراض التنمية; ECOSOC → المجلس الاقتصادي والاجتماعي
 *   secretariat → الأمانة; members → الأعضاء; all stakeholders → جميع أصحاب المصلحة
 *   event → فعالية (فعاليات); deadline → موعد نهائي (مواعيد نهائية); action deadline → موعد نهائي لاتخاذ إجراء
 *   item → بند (بنود); who must act → الجهة المعنية بالإجراء; tag → وسم (وسوم)
 *   source paragraph → الفقرة المصدر; outcomes report → تقرير النتائج; flagged for review → مُعلَّم للمراجعة
 *   to be announced → يُعلَن لاحقًا; reminder → تذكير; weekly digest → الموجز الأسبوعي; change notice → إشعار بتغيير
 *   channel → قناة; subscribe → الاشتراك; delivery → عملية إرسال; Geneva time → بتوقيت جنيف
 *   reschedule → إعادة جدولة; announce a date → إعلان الموعد; cancel → إلغاء; mark done → وضع علامة «مُنجَز»
 *   undo → التراجع; audit trail → سجل التغييرات; revision → النسخة; calendar feed → رابط الاشتراك في التقويم
 *   import draft → مسودة الاستيراد; proposal → اقتراح; row → الصف; sheet → ورقة العمل; document → الوثيقة
 *   backup → نسخة احتياطية; restore → الاستعادة; translation → الترجمة; in French → باللغة الفرنسية
 */
const ar: Catalogue = {
  /** The Intl locale dates and numbers are formatted with (digits pinned with -u-nu-). */
  'meta.locale': 'ar',
  'meta.numberingSystem': 'latn',

  'list.separator': '، ',
  'list.and': ' و',
  'list.or': ' أو ',
  quote: '«{text}»',

  'status.confirmed': 'مؤكَّد',
  'status.tba': 'الموعد يُعلَن لاحقًا',
  'status.rescheduled': 'أُعيدت جدولته',
  'status.cancelled': 'أُلغي',
  'status.done': 'مُنجَز',
  'kind.event': 'فعالية',
  'kind.deadline': 'موعد نهائي',
  'kindPlural.event': 'الفعاليات',
  'kindPlural.deadline': 'المواعيد النهائية',
  'actor.secretariat': 'الأمانة',
  'actor.members': 'الأعضاء',
  'actor.chair': 'الرئيس',
  'actor.all-stakeholders': 'جميع أصحاب المصلحة',
  'actor.sectors': 'قطاعات الاتحاد',
  'actor.councillors': 'أعضاء المجلس',
  'actor.council-chair': 'رئيس مجلس الاتحاد',

  'label.when': 'الموعد',
  'label.yourTime': 'بتوقيتك',
  /** Between a label and its value ("Place: Geneva"): French puts a narrow no-break space before the colon, Chinese a full-width colon. */
  'punct.colon': ': ',
  'label.place': 'المكان',
  'label.organiser': 'الجهة المنظِّمة',
  'label.whoMustAct': 'الجهة المعنية بالإجراء',
  'label.sendTo': 'يُرسَل إلى',
  'label.source': 'المصدر',
  'label.status': 'الحالة',
  'label.tags': 'الوسوم',
  'label.previously': 'سابقًا',
  'label.anchor': 'مرتبط بالبند',
  'label.review': 'للتحقق',
  'label.id': 'المعرِّف',
  'label.link': 'الرابط',
  'label.details': 'التفاصيل',

  'when.tba': 'الموعد يُعلَن لاحقًا',
  'when.expected': 'متوقَّع في {approx}',
  'when.waitingFor': '{wording}: لم يُحدَّد بعدُ موعد {anchorTitle}',
  'when.endOfDayGeneva': 'في موعد أقصاه نهاية يوم {day} (بتوقيت جنيف)',
  'when.atGeneva': '{text} بتوقيت جنيف',
  'when.inZone': '{text} ({zone})',
  'when.anchored': '{wording} (يتغيّر بتغيّر موعد {anchorTitle})',
  'when.offset':
    '{direction, select, before {{n, plural, zero {قبله بـ# يوم} one {قبله بيوم واحد} two {قبله بيومين} few {قبله بـ# أيام} many {قبله بـ# يومًا} other {قبله بـ# يوم}}} after {{n, plural, zero {بعده بـ# يوم} one {بعده بيوم واحد} two {بعده بيومين} few {بعده بـ# أيام} many {بعده بـ# يومًا} other {بعده بـ# يوم}}} other {في اليوم نفسه}}',
  'when.offsetFrom':
    '{direction, select, before {{n, plural, zero {قبل {anchor} بـ# يوم} one {قبل {anchor} بيوم واحد} two {قبل {anchor} بيومين} few {قبل {anchor} بـ# أيام} many {قبل {anchor} بـ# يومًا} other {قبل {anchor} بـ# يوم}}} after {{n, plural, zero {بعد {anchor} بـ# يوم} one {بعد {anchor} بيوم واحد} two {بعد {anchor} بيومين} few {بعد {anchor} بـ# أيام} many {بعد {anchor} بـ# يومًا} other {بعد {anchor} بـ# يوم}}} other {في يوم {anchor}}}',

  'countdown.now': 'الآن',
  'countdown.today': 'اليوم',
  'countdown.tomorrow': 'غدًا',
  'countdown.yesterday': 'أمس',
  'countdown.inDays': '{n, plural, zero {بعد # يوم} one {بعد يوم واحد} two {بعد يومين} few {بعد # أيام} many {بعد # يومًا} other {بعد # يوم}}',
  'countdown.daysAgo': '{n, plural, zero {قبل # يوم} one {قبل يوم واحد} two {قبل يومين} few {قبل # أيام} many {قبل # يومًا} other {قبل # يوم}}',
  'countdown.inHours': '{n, plural, zero {بعد # ساعة} one {بعد ساعة واحدة} two {بعد ساعتين} few {بعد # ساعات} many {بعد # ساعةً} other {بعد # ساعة}}',
  'countdown.hoursAgo': '{n, plural, zero {قبل # ساعة} one {قبل ساعة واحدة} two {قبل ساعتين} few {قبل # ساعات} many {قبل # ساعةً} other {قبل # ساعة}}',
  'countdown.ongoing': 'جارٍ حاليًا، وينتهي {endsIn}',

  'review.printed': 'التاريخ كما ورد في التقرير: «{printed}» · قراءتنا له: {interpretation}',
  previously: '{hasNote, select, yes {{when} ({note})} other {{when}}}',
  'source.paragraph': 'الفقرة {paragraph}، {document}',
  'source.secretariat': 'أضافته أمانة فريق العمل CWG-WSIS&SDG',
  paragraph: 'الفقرة {paragraph}',

  'doubts.unverified': 'التاريخ لم يُتحقَّق منه',
  'doubts.dependsOn': 'التاريخ مرهون بتاريخ {anchorTitle} الذي لم يُتحقَّق منه',
  'doubts.extended': 'موعد نهائي مُمدَّد',
  'doubts.during': 'خلال {eventTitle}، {dates}',
  'doubts.duringAnchor': 'خلال',
  'doubts.hours': '{dates} ({hours})',
  'doubts.review.unverified': 'التاريخ لم يُتحقَّق منه: «{printed}» · {note}',
  'doubts.review.interpretation': 'ورد في التقرير: «{printed}» · قراءتنا له: {reading}',
  'doubts.review.wording': 'صياغة غير واضحة في التقرير: «{printed}» · قراءتنا لها: {reading}',
  'doubts.neverDated.heading': 'كان متوقَّعًا في {period} ولم يُحدَّد له موعد قط',
  'doubts.neverDated.hint':
    'إلى الأمانة: حدّدوا موعدًا لكل بند (أو للبند الذي ينتظره) بالأمر «/cwg announce <id> <date>»، أو أغلقوه بالأمر «/cwg done <id>» أو «/cwg cancel <id>».',
  'doubts.neverDated.count':
    '{n, plural, zero {لا يوجد أي بند كان متوقَّعًا في {period} دون أن يُحدَّد موعده («/cwg {command}» يعرض البنود).} one {بند واحد كان متوقَّعًا في {period} ولم يُحدَّد موعده قط («/cwg {command}» يعرضه).} two {بندان كانا متوقَّعين في {period} ولم يُحدَّد موعدهما قط («/cwg {command}» يعرضهما).} few {# بنود كانت متوقَّعة في {period} ولم تُحدَّد مواعيدها قط («/cwg {command}» يعرضها).} many {# بندًا كانت متوقَّعة في {period} ولم تُحدَّد مواعيدها قط («/cwg {command}» يعرضها).} other {# بند كانت متوقَّعة في {period} ولم تُحدَّد مواعيدها قط («/cwg {command}» يعرضها).}}',

  // {n} and {days} arrive here as text, not plural numbers: the count stands apart («العدد: 3»), so no noun agrees with it.
  'heading.nextDeadline': 'الموعد النهائي التالي',
  'heading.nextDeadlines': 'المواعيد النهائية التالية: {day} (العدد: {n})',
  'heading.nextEvent': 'الفعالية التالية',
  'heading.nextEvents': 'الفعاليات التالية: تبدأ {day} (العدد: {n})',
  'heading.ongoing': 'جارٍ الآن',
  'heading.upcoming': 'ما هو مقبل خلال الأيام الـ{days} القادمة',
  'heading.list': '{scope, select, past {{kind} السابقة} all {جميع {kind}} other {{kind} المقبلة}}',
  'heading.search': 'بحث: {words}',
  'heading.show': '{title}',
  'heading.review': 'البنود المُعلَّمة للمراجعة',
  filterSuffix: ' (التصفية حسب «{filter}»)',

  'empty.nothingUpcoming': 'لا شيء مقبل: لا يتضمن التقويم أيًّا من {what}{filter} في الفترة القادمة.',
  'empty.mostRecent': 'آخر {what} في التقويم قبل اليوم:',
  'empty.noneAtAll': 'لا يتضمن التقويم أيًّا من {what}{filter}.',
  'empty.howToAdd': 'تضيف الأمانة بنودًا جديدة بالأمر «/cwg add event …» أو «/cwg add deadline …»، أو تعلن موعدًا بالأمر «/cwg announce <id> <date>».',
  'empty.upcomingWindow': 'لا شيء خلال الأيام الـ{days} القادمة{filter}.',
  'empty.undatedCount':
    '{n, plural, zero {لا توجد بنود أخرى بلا موعد.} one {هناك بند آخر لم يُحدَّد موعده بعدُ («/cwg events» يعرضه).} two {هناك بندان آخران لم يُحدَّد موعدهما بعدُ («/cwg events» و«/cwg deadlines» يعرضانهما).} few {هناك # بنود أخرى لم تُحدَّد مواعيدها بعدُ («/cwg events» و«/cwg deadlines» يعرضانها).} many {هناك # بندًا آخر لم تُحدَّد مواعيدها بعدُ («/cwg events» و«/cwg deadlines» يعرضانها).} other {هناك # بند آخر لم تُحدَّد مواعيدها بعدُ («/cwg events» و«/cwg deadlines» يعرضانها).}}',
  'empty.searchNone': 'لا شيء في التقويم يطابق «{words}». جرّب كلمات أقل أو غيرها، أو وسمًا (igf، cstd، wsis20…) أو «/cwg events all».',
  'empty.reviewNone': 'لا توجد بنود مُعلَّمة للمراجعة.',
  'empty.moreResults': 'نتائج أخرى: {n}؛ أضف كلمات لتضييق نطاق البحث.',
  'empty.pastHint': 'أضف «past» لعرض البنود المنقضية، أو «all» لعرض الكل.',

  'error.emptyInput': 'اكتب أمرًا بعد ‎/cwg، مثل «/cwg next-deadline». ويعرض «/cwg help» جميع الأوامر.',
  'error.tooLong': 'هذا الأمر طويل جدًا (عدد أحرفه يتجاوز الحد الأقصى البالغ {max}). اختصره وحاول مرة أخرى.',
  'error.unknownCommand': '«{word}» ليس من أوامر ‎/cwg.{hasSuggestion, select, yes { هل تقصد «{suggestion}»؟} other {}} ويعرض «/cwg help» قائمة الأوامر.',
  'error.notFound': 'لا يوجد بند معرِّفه «{id}».{hasSuggestions, select, yes { هل تقصد {suggestions}؟} other {}} ويبحث «/cwg search <words>» عن البنود بأسمائها.',
  'error.usage': '{message}\nطريقة الاستخدام: {usage}',
  'error.useCommand': 'استخدام «/cwg {name}»',
  'error.forbidden': 'عذرًا، لا يمكن إلا لأمانة الاتحاد الدولي للاتصالات {action}. يُرجى أن تطلب من أمانة فريق العمل CWG-WSIS&SDG إجراء هذا التغيير.',
  'error.action.changeCalendar': 'تعديل التقويم',
  'error.action.listSubscriptions': 'عرض جميع القنوات المشترِكة',
  'error.internal': 'حدث خطأ من جانبنا، ولم يُغيَّر أي شيء. يُرجى المحاولة مرة أخرى، وإبلاغ الأمانة إن تكرر ذلك.',
  'error.writeRejected': 'لم يُحفَظ هذا التغيير لأنه كان سيجعل بيانات التقويم غير صالحة. لم يُغيَّر أي شيء؛ يُرجى إبلاغ الأمانة.',
  'error.storeClosed': 'التقويم قيد الإغلاق، لذا لم يُحفَظ هذا التغيير. يُرجى المحاولة مرة أخرى بعد دقيقة.',
  'error.unknownFilter': '«{word}» ليس وسمًا ولا جهةً معنية بالإجراء. الوسوم: {tags}. الجهات المعنية بالإجراء: {actors}.',
  'error.unknownIdOrFilter':
    'لا يوجد بند معرِّفه «{word}»، وليس عامل تصفية أيضًا.{hasSuggestions, select, yes { هل تقصد {suggestions}؟} other {}} أدخل معرِّف بند كما يعرضه «/cwg upcoming» (مثل «/cwg ics igf-2025») أو كلمات تصفية: الوسوم ({tags}) أو الجهات المعنية بالإجراء ({actors}).',
  'error.badDays': '«{word}» ليس عددًا من الأيام بين 1 و3660.',
  'error.missingId': 'أدخل معرِّف بند، مثل «/cwg show igf-2025». ويجد «/cwg search <words>» المعرِّفات.',
  'error.missingWords': 'أدخل كلمة أو أكثر للبحث عنها، مثل «/cwg search igf».',
  'error.noArguments': 'الأمر {command} لا يأخذ وسائط{hasWhat, select, yes {: {what}} other {}}.',
  'error.helpTakesOne': 'يأخذ الأمر help اسم أمر واحد على الأكثر.',

  'help.intro':
    'روبوت تقويم CWG-WSIS&SDG: فعاليات فريق العمل التابع للمجلس المعني بالقمة العالمية لمجتمع المعلومات وأهداف التنمية المستدامة ومواعيده النهائية لاتخاذ الإجراءات.',
  'help.footer':
    'المواعيد بتوقيت جنيف (وبتوقيتك إن اختلف). والموعد النهائي المحدَّد بتاريخ فقط يحلّ في نهاية ذلك اليوم بتوقيت جنيف. ويشرح «/cwg help <command>» أمرًا واحدًا.',
  'help.heading': 'الأوامر',
  'help.group.query': 'الاستعلام',
  'help.group.edit': 'الأمانة',
  'help.group.reminders': 'التذكيرات',
  'help.group.export': 'تصدير التقويم',
  'help.group.other': 'أوامر أخرى',
  'help.unknownTopic': 'لا يوجد أمر باسم «{topic}». ويعرض «/cwg help» جميع الأوامر.',
  'help.also': 'أيضًا: {aliases}',

  consoleBanner: 'روبوت CWG-WSIS&SDG، محادثة عبر وحدة التحكم. اكتب «/cwg help» (أو «help» فقط)؛ واضغط Ctrl-D للخروج.',
  'cli.usage': `طريقة الاستخدام: npx cwg <كلمات_الأمر> [الخيارات]

يطبع ما كان سيردّ به «/cwg <كلمات_الأمر>»، نصًا عاديًا.

الخيارات:
  --now ISO-8601   التشغيل كأن الوقت هو تلك اللحظة (مثل 2025-03-01T09:00:00+01:00)، على نسخة
                   مؤقتة من ملف البيانات ما لم يسمِّ ‎--data أو CWG_DATA_FILE الملف
  --json           طباعة نموذج الرد بصيغة JSON ('{ text, items, ... }')
  --data FILE      ملف البيانات (الافتراضي: $CWG_DATA_FILE أو data/cwg.db.json)
  --tz ZONE        منطقتك الزمنية وفق IANA، لعرض المواعيد بها أيضًا (مثل America/New_York)
  -y, --confirm    تأكيد تاريخ بعيد في الماضي أو المستقبل (مثل كلمة «confirm»)
  --user ID        التشغيل بصفة مستخدم المحادثة هذا وبدوره (Slack U…، أو معرِّف الكائن في Teams؛
                   ويمكن البدء بـslack: أو teams: للتوضيح). ومن دونه تعمل بصفة الأمانة.
  -h, --help       هذه المساعدة

أمثلة:
  npx cwg next-deadline
  npx cwg upcoming 60 --now 2025-02-15T09:00:00+01:00
  npx cwg show igf-2025 --json
  npx cwg import report.docx --json   (مسودة للمراجعة: import accept all، ثم import confirm <code>)
  npx cwg help            (قائمة أوامر الروبوت نفسه)
  npx cwg config check    (الإعدادات السارية ومشكلاتها؛ ‎--json للبرامج النصية)
  npx cwg <command> --help   (تعليمات ذلك الأمر، مثل ‎/cwg help <command>)

حالة الخروج: 0 عند النجاح، و2 عند خطأ في الاستخدام أو الإعداد، و3 عندما يتعذّر استخدام ملف البيانات،
و1 عند أي خطأ آخر.`,
  'cli.badOption': 'cwg: {problem}\n\n{usage}',
  'cli.noCommand': 'cwg: لم يُدخَل أي أمر.',
  'cli.badNow': 'cwg: القيمة ‎--now «{value}» ليست لحظة زمنية وفق ISO 8601؛ جرّب مثلًا 2025-03-01T09:00:00+01:00',
  'cli.badTz': 'cwg: القيمة ‎--tz «{value}» ليست منطقة زمنية وفق IANA؛ جرّب مثلًا Europe/Zurich أو America/New_York',
  'cli.failed': 'cwg: {message}',

  // "/cwg help": per command a summary (one line), usage (command words stay as in English), help (lines, \n-separated).
  'command.next-deadline.summary': 'الموعد النهائي التالي لاتخاذ إجراء (وكل المواعيد النهائية التي تحلّ في اليوم نفسه).',
  'command.next-deadline.usage': 'next-deadline [tag | who-must-act …]',
  'command.next-deadline.help':
    'يعرض الموعد النهائي التالي الذي لم ينقضِ بعدُ، مع كل موعد نهائي آخر يحلّ في اليوم نفسه.\nيمكن تضييق النتائج بوسم (igf، cstd، wsis20، hlpf، gdc، ai، council، rdf…) أو بالجهة المعنية بالإجراء (members، secretariat، chair).\nمثال: /cwg next-deadline members',
  'command.next-event.summary': 'الفعالية التالية، وأي فعالية جارية.',
  'command.next-event.usage': 'next-event [tag | who-must-act …]',
  'command.next-event.help': 'يعرض الفعاليات الجارية الآن والفعالية التالية التي ستبدأ.\nمثال: /cwg next-event igf',
  'command.upcoming.summary': 'الفعاليات والمواعيد النهائية خلال الأيام الـN القادمة (30 يومًا افتراضيًا).',
  'command.upcoming.usage': 'upcoming [N days] [tag | who-must-act …]',
  'command.upcoming.help':
    'يسرد ما يبدأ أو يحلّ موعده في الأيام القادمة، والفعاليات الجارية.\nأمثلة: /cwg upcoming، /cwg upcoming 90، /cwg upcoming 14 days members',
  'command.deadlines.summary': 'جميع المواعيد النهائية المقبلة (أضف «past» أو «all» لعرض ما سبقها).',
  'command.deadlines.usage': 'deadlines [past | all] [tag | who-must-act …]',
  'command.deadlines.help':
    'يسرد المواعيد النهائية التي لم تنقضِ بعدُ، ثم تلك التي سيُعلَن موعدها لاحقًا.\nويسرد «/cwg deadlines past» المواعيد المنقضية (الأحدث أولًا)، ويسرد «/cwg deadlines all» كل شيء.\nمثال: /cwg deadlines past wsis20',
  'command.events.summary': 'جميع الفعاليات المقبلة (أضف «past» أو «all» لعرض ما سبقها).',
  'command.events.usage': 'events [past | all] [tag | who-must-act …]',
  'command.events.help':
    'يسرد الفعاليات التي لم تنتهِ بعدُ، ثم تلك التي سيُعلَن موعدها لاحقًا.\nويسرد «/cwg events past» الفعاليات المنتهية (الأحدث أولًا)، ويسرد «/cwg events all» كل شيء.\nمثال: /cwg events past wsis20',
  'command.show.summary': 'كل ما يتعلق ببند واحد: المواعيد والمكان والجهة المعنية بالإجراء والفقرة المصدر.',
  'command.show.usage': 'show <id>',
  'command.show.help': 'يعرض بندًا واحدًا كاملًا، مع فقرة التقرير التي ورد فيها وأي مواعيد سابقة له.\nمثال: /cwg show igf-2025',
  'command.search.summary': 'البحث عن البنود بكلمات من عنوانها أو مكانها أو وسومها أو فقرتها المصدر.',
  'command.search.usage': 'search <words>',
  'command.search.help': 'يجب أن تتطابق كل الكلمات. ولا أثر للتشكيل ولا لحالة الأحرف.\nأمثلة: /cwg search unesco forum، /cwg search 6.7.9',
  'command.add.summary': 'إضافة فعالية أو موعد نهائي إلى التقويم.',
  'command.add.usage': 'add event|deadline title="…" date="…" [place=… who=… tags=… send-to=… id=…]',
  'command.add.help':
    'التاريخ الذي يسبق اليوم بأكثر من سنة أو يتجاوزه بأكثر من ثلاث سنوات خطأ مطبعي على الأرجح: يطلب منك الروبوت إرسال الأمر مرة أخرى مع «confirm» في آخره.\nالتواريخ: 2025-03-04، 4 March 2025، 23–27 June 2025، 2025-06-04..2025-06-05، 7 July 2025 13:30-14:30 Europe/Zurich، tba 2025، "21 days before cwg-42".\nwho: members,secretariat,chair,all-stakeholders,sectors,councillors,council-chair (مفصولة بفواصل لاتينية). tags: igf,ai. ويُنشأ المعرِّف من العنوان والسنة ما لم يُحدَّد.\nمثال: /cwg add deadline title="Comments on the draft report" date="4 March 2025" who=members send-to=wsis-info@itu.int tags=wsis20',
  'command.edit.summary': 'تغيير حقول بند.',
  'command.edit.usage': 'edit <id> field=value …',
  'command.edit.help':
    'الحقول: title، date، place، notes، who، tags، send-to، url، organiser، source (فقرة التقرير)، status، kind. والقيمة الفارغة تمحو الحقل (place="").\nتغيير date= يصحّح التاريخ (استخدم reschedule إذا تغيّر الموعد فعلًا). ويرفض rev=N التغيير إذا عدّل أحدٌ البند منذ أن رأيت النسخة N.\nويمحو review=resolved علامات المراجعة عن البند («التاريخ كما ورد في التقرير») بعد أن تتحقق الأمانة من التاريخ؛ ويحتفظ بها السجل.\nمثال: /cwg edit igf-2025 place="Lillestrøm, Norway" tags=igf,ai',
  'command.reschedule.summary': 'نقل بند إلى موعد جديد (وتنتقل معه المواعيد النهائية المرتبطة به).',
  'command.reschedule.usage': 'reschedule <id> <date or range> [reason="…"]',
  'command.reschedule.help':
    'التاريخ الذي يسبق اليوم بأكثر من سنة أو يتجاوزه بأكثر من ثلاث سنوات خطأ مطبعي على الأرجح: يطلب منك الروبوت إرسال الأمر مرة أخرى مع «confirm» في آخره.\nيُحتفَظ بالموعد القديم ويُعرَض بوصفه «سابقًا». والمواعيد النهائية المحسوبة من هذا البند («قبل الاجتماع بثلاثة أسابيع») تنتقل معه، ويسردها الرد.\nمثال: /cwg reschedule cwg-42 10-11 February 2025 reason="تغيير القاعة"',
  'command.announce.summary': 'تحديد موعد لبند كان موعده سيُعلَن لاحقًا.',
  'command.announce.usage': 'announce <id> <date or range>',
  'command.announce.help':
    'تحصل المواعيد النهائية المحسوبة من هذا البند على مواعيدها أيضًا، ويسردها الرد.\nمثال: /cwg announce council-2025 2025-06-17..2025-06-27',
  'command.cancel.summary': 'وضع علامة «أُلغي» على بند (يبقى في التقويم موسومًا بذلك).',
  'command.cancel.usage': 'cancel <id> [reason]',
  'command.cancel.help':
    'تتوقف التذكيرات ويُبلَّغ المشترِكون. ويتراجع «/cwg undo» عن الإلغاء.\nمثال: /cwg cancel strategic-plan-workshop نُقلت إلى الإنترنت، انظر الاجتماع التالي',
  'command.done.summary': 'وضع علامة «مُنجَز» على بند (اتُّخذ الإجراء).',
  'command.done.usage': 'done <id>',
  'command.done.help': 'مثال: /cwg done hlpf-2025-comments',
  'command.undo.summary': 'التراجع عن آخر تغيير أجريته أنت.',
  'command.undo.usage': 'undo',
  'command.undo.help': 'لا يتم ذلك إلا إذا لم يغيّر أحدٌ البند منذئذ؛ وإلا فإنه يبيّن من غيّره ومتى. وكرّر الأمر للرجوع أبعد من ذلك.',
  'command.history.summary': 'عرض من غيّر بندًا ومتى ومن أين وما الذي تغيّر.',
  'command.history.usage': 'history <id>',
  'command.history.help': 'مثال: /cwg history cwg-42',
  'command.review.summary': 'سرد البنود المُعلَّمة للمراجعة، مع صياغة التقرير نفسه.',
  'command.review.usage': 'review',
  'command.review.help': 'يبيّن كل بند التاريخ كما ورد في التقرير، وقراءة الروبوت له، وسبب تعليمه للمراجعة. ولتصحيح بند استخدم «/cwg edit <id> …».',
  'command.export.summary': 'التقويم كاملًا في ملف JSON (الملف الذي يقرؤه «import»).',
  'command.export.usage': 'export',
  'command.export.help': 'البنود فقط: دون سجل التغييرات أو الاشتراكات أو سجلات الإرسال.',
  'command.import.summary': 'قراءة تقرير (.docx، .pdf، .txt، .html) أو جدول بيانات (.csv، .xlsx) أو تقويم (.ics، .json) في مسودة تُراجَع، ثم تطبيقها.',
  'command.import.usage': 'import <file> | show [n] | accept <n,n-m|all> | reject <n…> | edit <n> field=value… | discard | confirm <code>',
  'command.import.help': `يقرأ الملف في مسودة من الاقتراحات المرقَّمة (جديدة، ومتغيّرة، ودون تغيير، وتعذّرت قراءتها)، ولكل منها الفقرة والجملة اللتان ورد فيهما؛ ولا يتغيّر التقويم بعدُ.\nالمراجعة: import show [n | page n] · import accept 1,3,5-8 (أو all) · import reject 4 · import edit 2 date="4 March 2026" title="…" (حقول /cwg edit) · import discard.\nيطبِّق «import confirm <code>» الاقتراحات المقبولة دفعة واحدة؛ ويتراجع «/cwg undo» عن عملية الاستيراد كاملة. ويُحتفَظ بالمسودة 24 ساعة.\nفي Slack، أرسل الملف في رسالة مباشرة إليّ أو استخدم نموذج «/cwg import»؛ وفي Teams، أرفقه في محادثتنا الفردية 1:1؛ وفي سطر الأوامر، اذكر مساره (npx cwg import report.docx؛ ويطبع ‎--json الاقتراحات).`,
  'command.help.summary': 'سرد الأوامر، أو شرح أمر واحد.',
  'command.help.usage': 'help [command]',
  'command.help.help': '',
  'command.subscribe.summary': 'نشر تذكيرات بالفعاليات والمواعيد النهائية في هذه القناة.',
  'command.subscribe.usage': 'subscribe [all | events | deadlines] [tag | who-must-act …] [at HH:MM] [tz ZONE] [offsets 14d,3d,1d] [digest off]',
  'command.subscribe.help':
    'تتلقى هذه القناة تذكيرات قبل الفعاليات (قبلها بـ30 و7 أيام وبيوم واحد) وقبل المواعيد النهائية (قبلها بـ7 أيام وبيوم واحد، وصباح يوم الاستحقاق)،\nوموجزًا أسبوعيًا كل يوم اثنين للأيام الـ14 القادمة، وإشعارًا عند إضافة بند تتابعه أو نقله أو إلغائه أو تحديد موعده.\nتصل التذكيرات في الساعة 09:00 بتوقيت جنيف ما لم تحدّد غير ذلك. وإعادة تشغيل الأمر لا تغيّر إلا ما تحدّده.\nأمثلة: /cwg subscribe، /cwg subscribe deadlines members at 08:30 tz America/New_York، /cwg subscribe igf offsets 14d,3d digest off',
  'command.unsubscribe.summary': 'إيقاف التذكيرات في هذه القناة.',
  'command.unsubscribe.usage': 'unsubscribe',
  'command.unsubscribe.help': '',
  'command.subscriptions.summary': 'ما تُذكَّر به هذه القناة، وموعد التذكير التالي.',
  'command.subscriptions.usage': 'subscriptions [all]',
  'command.subscriptions.help':
    'يعرض إعدادات التذكير في هذه القناة والتذكير التالي المقرَّر.\nويمكن للأمانة سرد جميع القنوات المشترِكة بالأمر «/cwg subscriptions all».',
  'command.deliveries.summary': 'الاطلاع على عمليات إرسال التذكيرات التي أخفقت، وإعادة إرسالها.',
  'command.deliveries.usage': 'deliveries [failed | retry <key> | retry all]',
  'command.deliveries.help':
    'من دون كلمات: متى أُرسلت التذكيرات آخر مرة وكم منها أخفق.\nيسرد «failed» عمليات الإرسال التي أخفقت بعد عدة محاولات (مع آخر خطأ)؛ ويعيد «retry <key>» أو «retry all» إرسالها في التشغيل التالي.',
  'command.ics.summary': 'التقويم في ملف ‎.ics لبرنامج Outlook أو تقويم Google (أو بند واحد لإضافته إلى تقويمك).',
  'command.ics.usage': 'ics [tag | who-must-act … | <id>]',
  'command.ics.help':
    'يقدّم التقويم (أو الجزء المطابق لوسم أو لجهة معنية بالإجراء) في ملف iCalendar لاستيراده، وعنوان الاشتراك فيه.\nومع معرِّف بند، يقدّم ذلك البند وحده لإضافته إلى تقويمك.\nتُستبعد البنود التي سيُعلَن موعدها لاحقًا إلى أن يُحدَّد موعدها؛ وتبقى البنود الملغاة موسومةً بالإلغاء.\nأمثلة: /cwg ics · /cwg ics wsis20 members · /cwg ics igf-2025',

  // Editing: problems with one field (shown beside the form input, or after "field:").
  'editing.field.mustBeText': 'يجب أن يكون نصًا',
  'editing.field.empty': 'لا يجوز أن يكون فارغًا',
  'editing.field.tooLong': 'عدد أحرفه {n}؛ اجعله دون {limit}',
  'editing.field.noLinks': 'لا يجوز أن يتضمن روابط؛ ضع الرابط في url=',
  'editing.field.badDate': '{problem}؛ اكتبه على هذا النحو: {example}',
  'editing.field.notADate': 'ليس تاريخًا صالحًا',
  'editing.field.badActor': '«{word}» ليس من بين {actors}',
  'editing.field.badTag': '«{word}» ليس وسمًا: أحرف لاتينية صغيرة وأرقام وشرطات، 32 حرفًا على الأكثر',
  'editing.field.tooManyTags': '20 وسمًا على الأكثر',
  'editing.field.badSendTo': 'أدخل عنوان بريد إلكتروني (wsis-info@itu.int) أو رابطًا يبدأ بـhttps://',
  'editing.field.badUrl': 'أدخل رابطًا إلكترونيًا يبدأ بـhttps://‎ (أو http://‎)',
  'editing.field.badSource': 'أدخل فقرة التقرير، مثل 6.7.9',
  'editing.field.badStatus': 'يجب أن يكون واحدًا مما يلي: {statuses}',
  'editing.field.badKind': 'يجب أن يكون event أو deadline',
  'editing.field.badReview': 'يمحو review=resolved علامات المراجعة بعد التحقق من التاريخ (ويحتفظ بها سجل التغييرات)',
  'editing.field.badId': 'المعرِّفات من 2 إلى 64 حرفًا من الأحرف اللاتينية الصغيرة والأرقام والشرطات، مثل igf-2025',
  'editing.field.idTaken': '«{id}» مستخدَم بالفعل؛ اختر معرِّفًا آخر',
  'editing.field.needTitle': 'أدخل عنوانًا',
  'editing.field.needDate': 'أدخل تاريخًا، أو «tba»',
  'editing.field.noDateYet': 'لم يُحدَّد موعد «{id}» بعدُ؛ استخدم announce لتحديده',
  'editing.field.sameDate': '«{id}» له هذا الموعد بالفعل',
  'editing.field.anchored': 'موعد «{id}» محسوب من «{anchor}»؛ أعلن موعد ذلك البند، أو أعد جدولة هذا البند',
  'editing.field.hasDate': '«{id}» له موعد بالفعل؛ استخدم reschedule لتغييره',
  'editing.field.announceTba': 'أدخل الموعد المُعلَن، لا «tba»',
  'editing.field.alreadyCancelled': '«{id}» ملغى بالفعل',
  'editing.field.alreadyDone': '«{id}» عليه علامة «مُنجَز» بالفعل',
  'editing.field.cancelledNotDone': '«{id}» ملغى؛ فلا يمكن أن يكون مُنجَزًا',
  'editing.field.reasonTooLong': 'اجعل عدد أحرفه دون {limit}',
  'editing.field.fileTooBig': 'حجمه أكبر من {mb} ميغابايت',
  'editing.field.fileNotJson': 'ليس بصيغة JSON صالحة{hasPosition, select, yes { (عند الحرف {position})} other {}}',
  'editing.field.fileShape': `يجب أن يكون ملف تصدير للتقويم ('{"items": [...]}') أو قائمة بنود`,
  'editing.field.fileTooManyItems': 'يتضمن أكثر من 5000 بند',
  'editing.field.duplicateId': 'معرِّف مكرَّر «{id}»',
  'editing.field.unsafeUrl': '{field}: لا تُقبل إلا روابط https:‎ أو http:‎ أو mailto:‎',
  'editing.field.itemLabel': 'البند {n}{hasId, select, yes { ({id})} other {}}',
  'editing.field.fileUnreadable': 'تتعذّر قراءة «{path}»: {reason}.',
  'editing.field.fileTooBigReason': 'حجمه أكبر من {mb} ميغابايت',
  'editing.field.anchorMissing': 'البند المرجعي «{anchor}» غير موجود',
  'editing.field.anchorCycle': 'البنود المرجعية تشكّل حلقة مغلقة تمر بـ«{id}»',
  'editing.field.aboutItem': '{id}: {message}',
  'editing.field.invalid': 'ليست قيمة صالحة هنا',
  'editing.field.badEntry': '«{path}» مفقود أو ليس بالشكل الذي يستخدمه ملف تصدير التقويم',

  // Why a typed date was not understood, about its {subject}.
  'editing.dateProblem.empty': 'لم يُدخَل أي تاريخ',
  'editing.dateProblem.tooLong': 'النص أطول من أن يكون تاريخًا واحدًا',
  'editing.dateProblem.notMonth': '«{subject}» ليس شهرًا',
  'editing.dateProblem.offsetTooLarge': 'الفارق الزمني يتجاوز عشر سنوات',
  'editing.dateProblem.rangeBackwards': 'الفترة تنتهي قبل أن تبدأ ({subject})',
  'editing.dateProblem.timesOnRange': 'حدِّد الأوقات ليوم واحد، أو فترة من الأيام بلا أوقات',
  'editing.dateProblem.timeBackwards': 'وقت الانتهاء ليس بعد وقت البدء ({subject})',
  'editing.dateProblem.ambiguous': '«{subject}» ملتبس: يُكتب اليوم والشهر بترتيب مختلف في بلدان مختلفة',
  'editing.dateProblem.notZone': '«{subject}» ليس منطقة زمنية',
  'editing.dateProblem.unreadableTime': 'تتعذّر قراءة الوقت في «{subject}»',
  'editing.dateProblem.notTime': '{subject} ليس وقتًا من اليوم',
  'editing.dateProblem.noYear': '«{subject}» بلا سنة',
  'editing.dateProblem.unreadable': 'تتعذّر قراءة «{subject}» بوصفه تاريخًا',
  'editing.dateProblem.notReal': '«{subject}» ليس تاريخًا موجودًا في التقويم',
  'editing.dateProblem.hoursOnDates': 'الكلمات بين قوسين (الساعات التي يذكرها المصدر) لا تأتي إلا بعد تواريخ الأيام الكاملة',
  'editing.farPast': '{day} يسبق اليوم بأكثر من سنة',
  'editing.farAhead': '{day} يتجاوز اليوم بأكثر من ثلاث سنوات',
  'editing.importCodeStale': 'تغيّر التقويم أو الملف منذ تلك المعاينة؛ راجع المعاينة الجديدة (الرمز {code})',
  'editing.verb.add': 'أُضيف',
  'editing.verb.edit': 'عُدِّل',
  'editing.verb.reschedule': 'أُعيدت جدولة',
  'editing.verb.announce': 'أُعلن موعد',
  'editing.verb.cancel': 'أُلغي',
  'editing.verb.done': 'وُضعت علامة «مُنجَز» على',
  'editing.verb.undo': 'تم التراجع عن',
  'editing.verb.import': 'استُورد',
  // Audit action codes as history, conflicts and undo name them.
  'editing.actionName.add': 'إضافة',
  'editing.actionName.edit': 'تعديل',
  'editing.actionName.reschedule': 'إعادة جدولة',
  'editing.actionName.announce': 'إعلان موعد',
  'editing.actionName.cancel': 'إلغاء',
  'editing.actionName.done': 'إنجاز',
  'editing.actionName.undo': 'تراجع',
  'editing.actionName.import': 'استيراد',
  'editing.changed': '{verb} «{id}». وهو الآن كما يلي:',
  'editing.unchanged': 'لم يتغيّر شيء: «{id}» له هذه القيم بالفعل.',
  'editing.movedHeading':
    '{n, plural, zero {لم ينتقل أي بند مرتبط بـ«{anchor}» معه:} one {انتقل معه بند واحد مرتبط بـ«{anchor}»:} two {انتقل معه بندان مرتبطان بـ«{anchor}»:} few {انتقلت معه # بنود مرتبطة بـ«{anchor}»:} many {انتقل معه # بندًا مرتبطًا بـ«{anchor}»:} other {انتقل معه # بند مرتبط بـ«{anchor}»:}}',
  'editing.movedLine': '• {title} ({id}): {after} (كان: {before})',
  'editing.undoHint': 'أخطأت؟ يتراجع «/cwg undo» عن آخر تغيير أجريته.',
  'editing.actionNoun.add': 'إضافتك',
  'editing.actionNoun.edit': 'تعديلك',
  'editing.actionNoun.reschedule': 'إعادة جدولتك',
  'editing.actionNoun.announce': 'إعلانك موعد',
  'editing.actionNoun.cancel': 'إلغائك',
  'editing.actionNoun.done': 'وضعك علامة «مُنجَز» على',
  'editing.actionNoun.import': 'استيرادك',
  'editing.undone':
    'تم التراجع عن {action} «{id}»{others, plural, =0 {} one { (وعن بند واحد انتقل معه)} two { (وعن بندين انتقلا معه)} few { (وعن # بنود انتقلت معه)} many { (وعن # بندًا انتقلت معه)} other { (وعن # بند انتقلت معه)}}. وعاد كما كان:',
  'editing.undoneImport':
    'تم التراجع عن عملية الاستيراد التي أجريتها. {n, plural, zero {لم يكن هناك بند أضافته أو غيّرته} one {عاد البند الذي أضافته أو غيّرته كما كان} two {عاد البندان اللذان أضافتهما أو غيّرتهما كما كانا} few {عادت البنود الـ# التي أضافتها أو غيّرتها كما كانت} many {عادت البنود الـ# التي أضافتها أو غيّرتها كما كانت} other {عادت البنود الـ# التي أضافتها أو غيّرتها كما كانت}} (وحُذفت البنود المضافة).',
  'editing.undoneRemoved':
    'تم التراجع: حُذف «{id}» مرة أخرى (كان قد أُضيف بالتغيير الذي تراجعت عنه){others, plural, =0 {} one {؛ وعاد بند آخر من ذلك التغيير كما كان} two {؛ وعاد بندان آخران من ذلك التغيير كما كانا} few {؛ وعادت # بنود أخرى من ذلك التغيير كما كانت} many {؛ وعاد # بندًا آخر من ذلك التغيير كما كانت} other {؛ وعاد # بند آخر من ذلك التغيير كما كانت}}.',
  'editing.invalid': 'لم يُجرَ هذا التغيير:',
  'editing.invalidImport': 'لم يُستورد شيء؛ في ملف JSON للتقويم هذه المشكلات:',
  'editing.invalidField': '• {field}: {message}',
  'editing.conflict': 'تغيّر «{id}» منذ أن فتحته{hasBy, select, yes { ({action} بواسطة {by}، {at})} other {}}؛ ولم يُحفَظ تغييرك.',
  'editing.conflictChanged': 'تغيير',
  'editing.conflictNow': 'الآن: {summary}',
  'editing.conflictYours': 'تغييرك (أُجري على النسخة {fromRevision}): {summary}',
  'editing.conflictAgain': 'افتحه مرة أخرى لتبدأ من النسخة الحالية، ثم أجرِ تغييرك.',
  'editing.confirmNeeded': 'يُرجى التأكيد: {reason}. إذا كان ذلك صحيحًا، فأرسل الأمر نفسه مرة أخرى مع «confirm» في آخره.',
  'editing.confirmCode': '{reason}.',
  'editing.undoWhat': 'فهو يتراجع عن آخر تغيير أجريته أنت',
  'editing.exportWhat': 'فهو يقدّم التقويم كاملًا',
  'editing.undoNothing': 'لم يبقَ لديك أي تغيير للتراجع عنه. (يتراجع undo عن آخر تغيير أجريته أنت.)',
  'editing.undoBlocked':
    'لا يمكن التراجع عن آخر تغيير أجريته على «{id}»: {hasBy, select, yes {فقد غيّره {by} منذئذ ({action}، {at})} other {فقد تغيّر منذئذ}}. أجرِ التصحيح بالأمر «/cwg edit {id} …» بدلًا من ذلك.',
  'editing.undoGone': 'لا يمكن التراجع عن آخر تغيير أجريته على «{id}»: البند لم يعد موجودًا.',
  'editing.badDate': '{message}. اكتبه على هذا النحو: {example}.',
  'editing.revision': 'النسخة {n}',
  'editing.atGeneva': '{day} {time} بتوقيت جنيف',
  'editing.historyHeading': 'سجل «{id}»',
  'editing.historyNone': 'لم يتغيّر «{id}» منذ تحميله من التقرير.',
  'editing.historyLine': '{at} · {action} بواسطة {by} ({surface})',
  'editing.historyUndone': '  (تراجع عنه {by})',
  'editing.historyReason': '  السبب: {reason}',
  'editing.reason.movedWith': 'انتقل مع {anchor}',
  'editing.reason.undoOf': 'تراجع عن {action} ({id})',
  'editing.historyField': '  {field}: {before} → {after}',
  'editing.historyMoved': '  الموعد: {before} → {after}',
  'editing.nothingValue': '(لا شيء)',
  'editing.reviewValue': 'مُعلَّم: «{printed}»',
  'editing.exported': 'التقويم كاملًا: عدد البنود {n}، بصيغة JSON ({filename}). ويقرأ «/cwg import» هذا الملف.',
  'editing.importHeading': 'معاينة الاستيراد (لم يتغيّر شيء بعدُ)',
  'editing.importAdded':
    '{n, plural, zero {لا بنود جديدة:} one {بند جديد واحد:} two {بندان جديدان:} few {# بنود جديدة:} many {# بندًا جديدًا:} other {# بند جديد:}}',
  'editing.importChanged':
    '{n, plural, zero {لا بنود متغيّرة:} one {بند متغيّر واحد:} two {بندان متغيّران:} few {# بنود متغيّرة:} many {# بندًا متغيّرًا:} other {# بند متغيّر:}}',
  'editing.importChangedLine': '  ~ {id}: {fields}',
  'editing.importAddedLine': '  + {id}: {title}',
  'editing.importSame':
    '{n, plural, zero {لا بنود متطابقة} one {بند واحد متطابق} two {بندان متطابقان} few {# بنود متطابقة} many {# بندًا متطابقًا} other {# بند متطابق}}؛ و{kept, plural, zero {لا بنود في التقويم غير واردة في الملف} one {بند واحد في التقويم غير وارد في الملف (يُحتفَظ به كما هو)} two {بندان في التقويم غير واردين في الملف (يُحتفَظ بهما كما هما)} few {# بنود في التقويم غير واردة في الملف (يُحتفَظ بها كما هي)} many {# بندًا في التقويم غير واردة في الملف (يُحتفَظ بها كما هي)} other {# بند في التقويم غير واردة في الملف (يُحتفَظ بها كما هي)}}.',
  'editing.importConfirm': 'لتطبيق هذا بالضبط، أرسل: /cwg import {again} confirm {code}',
  'editing.importMore': '… و{n} غيرها غير مسرودة هنا.',
  'editing.importBadCode': 'يتطلب confirm الرمز المكوَّن من 6 أحرف الذي ظهر في المعاينة، مثل «confirm 3fa9c1».',
  'editing.importNothing': 'الملف مطابق للتقويم؛ فلا شيء للاستيراد.',
  'editing.importApplied': 'تم الاستيراد: عدد البنود المضافة {added}، والمتغيّرة {changed}. ويتراجع «/cwg undo» عن عملية الاستيراد كاملة.',
  'editing.importNeedsSource': `حدِّد الملف المراد استيراده: في سطر الأوامر مسارًا (import data/calendar.json)، وفي المحادثة نص JSON بين علامتي اقتباس مفردتين (import '''{"items": [...]}''')، أو استخدم نموذج الاستيراد في Slack/Teams.`,
  'editing.importPathLocalOnly':
    'لا تمكن قراءة ملف عبر مساره إلا في سطر أوامر الروبوت نفسه؛ أما في المحادثة فالصق نص JSON بين علامتي اقتباس مفردتين أو استخدم نموذج الاستيراد.',
  'editing.reviewIntro': 'يورد التقرير مواعيد هذه البنود على نحو غير متسق؛ ويعرض الروبوت قراءته بجانب الكلمات كما وردت.',
  'editing.usage.add':
    'add event|deadline title="…" date="…" [place=… who=members,secretariat tags=igf,ai send-to=… url=… notes="…" source=6.7.9 document="…" link=https://… id=…] [confirm]',
  'editing.usage.edit':
    'edit <id> field=value … (title, date, place, notes, who, tags, tags+=, tags-=, send-to, url, organiser, source, document, link, status, kind, review=resolved) [confirm]',
  'editing.usage.reschedule': 'reschedule <id> <date or range> [reason="…"] [confirm]',
  'editing.usage.announce': 'announce <id> <date or range> [confirm]',
  'editing.usage.cancel': 'cancel <id> [reason]',
  'editing.usage.done': 'done <id>',
  'editing.usage.history': 'history <id>',
  'editing.usage.import': 'import <file> | show [n] | accept <n,n-m|all> | reject <n…> | edit <n> field=value… | discard | confirm <code>',
  'editing.missingKind': 'حدِّد ما تريد إضافته: «add event …» أو «add deadline …».',
  'editing.notAField': '«{word}» ليس بالشكل field=value. الحقول: {allowed}.',
  'editing.unknownField': 'لا يوجد حقل «{field}». الحقول: {allowed}.',
  'editing.missingDate': 'أدخل الموعد الجديد، مثل «2025-03-04» أو «4-5 June 2025» أو «7 July 2025 13:30-14:30 Europe/Zurich».',
  'editing.nothingToEdit': 'أدخل قيمة field=value واحدة على الأقل لتغييرها، مثل place="Geneva, CICG".',
  'editing.badRevision': 'يأخذ rev= رقم النسخة التي رأيتها، مثل rev=3.',

  // Calendar files (.ics) and the feed.
  'export.calendarName': 'تقويم CWG-WSIS&SDG',
  'export.calendarNameFiltered': 'تقويم CWG-WSIS&SDG ({filter})',
  'export.calendarDescription':
    'فعاليات فريق العمل التابع لمجلس الاتحاد الدولي للاتصالات المعني بالقمة العالمية لمجتمع المعلومات وأهداف التنمية المستدامة ومواعيده النهائية لاتخاذ الإجراءات، مأخوذة من {document}. تواريخ البنود التي تستغرق اليوم كله والمواعيد النهائية المحدَّدة بتاريخ فقط هي تواريخ جنيف؛ ويحلّ الموعد النهائي المحدَّد بتاريخ فقط في نهاية ذلك اليوم بتوقيت جنيف.',
  'export.leftOutTba':
    '{n, plural, zero {لا توجد بنود مستبعدة بانتظار إعلان موعدها.} one {بند واحد سيُعلَن موعده لاحقًا غير مُدرَج بعدُ؛ وسيظهر حين يُحدَّد موعده.} two {بندان سيُعلَن موعدهما لاحقًا غير مُدرَجين بعدُ؛ وسيظهران حين يُحدَّد موعدهما.} few {# بنود ستُعلَن مواعيدها لاحقًا غير مُدرَجة بعدُ؛ وستظهر حين تُحدَّد مواعيدها.} many {# بندًا ستُعلَن مواعيدها لاحقًا غير مُدرَجة بعدُ؛ وستظهر حين تُحدَّد مواعيدها.} other {# بند ستُعلَن مواعيدها لاحقًا غير مُدرَجة بعدُ؛ وستظهر حين تُحدَّد مواعيدها.}}',
  'export.deadlineSummary': 'موعد نهائي: {title}',
  'export.cancelledSummary': 'أُلغي: {summary}',
  'export.deadlineAlarm': 'موعد نهائي غدًا: {title}',
  'export.deadlineDue': 'يحلّ {when}',
  'export.statusLine': 'الحالة: {status}',
  'export.sourceLine': '{hasWording, select, yes {المصدر: {label}: «{wording}»} other {المصدر: {label}}}',
  'export.moreLine': 'في الروبوت: /cwg show {id}',
  'export.fileHeading': 'ملف التقويم (‎.ics)',
  'export.fileHeadingOne': 'أضِف إلى تقويمك: {title}',
  'export.fileCount':
    '{n, plural, zero {لا بنود في الملف} one {بند واحد في الملف} two {بندان في الملف} few {# بنود في الملف} many {# بندًا في الملف} other {# بند في الملف}}{cancelled, plural, =0 {} zero {} one { (منها بند ملغى، يُحتفَظ به موسومًا بالإلغاء)} two { (منها بندان ملغيان، يُحتفَظ بهما موسومَين بالإلغاء)} few { (منها # بنود ملغاة، يُحتفَظ بها موسومةً بالإلغاء)} many { (منها # بندًا ملغى، يُحتفَظ بها موسومةً بالإلغاء)} other { (منها # بند ملغى، يُحتفَظ بها موسومةً بالإلغاء)}}.',
  'export.fileOneHint': 'افتح الملف لإضافة هذا البند إلى Outlook أو تقويم Google أو تقويم Apple؛ وإعادة استيراده لاحقًا تحدّثه بدلًا من إضافة نسخة منه.',
  'export.fileOpenHint': 'افتح الملف أو استورده في Outlook أو تقويم Google أو تقويم Apple. وهو لقطة لحظية: اشترك في رابط التقويم لتلقّي التغييرات.',
  'export.subscribeHint': 'اشترك لتبقى على اطلاع (Outlook: «إضافة تقويم» › «الاشتراك من الويب»؛ تقويم Google: «تقويمات أخرى» › «من عنوان URL»): {url}',
  'export.noSubscribeUrl': 'اطلب من فريق تكنولوجيا المعلومات عنوان رابط التقويم (لم يُضبط CWG_PUBLIC_URL) للاشتراك فيه وتلقّي التغييرات تلقائيًا.',
  'export.nothingToExport': 'لا توجد بنود ذات مواعيد{filter} لوضعها في ملف تقويم.',
  'export.itemUndated': 'لم يُحدَّد موعد «{title}» بعدُ (سيُعلَن لاحقًا)، فلا شيء لإضافته إلى التقويم. ويقدّم «/cwg ics» التقويم كاملًا.',
  'export.savedTo': 'حُفظ ملف التقويم في {path}',
  'export.saveFailed': 'تعذّر حفظ ملف التقويم في {dir}: {reason}. اضبط CWG_EXPORT_DIR على مجلد قابل للكتابة.',
  'export.feedBadQuery': 'طلب غير صالح: {message}\n',
  'export.feedUnknownParam': '«{value}» ليست قيمة صالحة لـ{name}. استخدم واحدة أو أكثر مما يلي: {allowed} (مفصولة بفواصل).',
  'export.feedOneItemId': 'معرِّف بند واحد، مثل igf-2025',
  'export.feedUnknownItem': 'لا يوجد بند معرِّفه «{id}».\n',
  'export.feedItemUndated': 'لم يُحدَّد موعد البند «{id}» بعدُ (سيُعلَن لاحقًا).\n',
  'export.feedBusy': 'رابط التقويم مشغول. حاول مرة أخرى بعد بضع ثوانٍ.\n',
  'export.exportDirUnsafe':
    'رُفض حفظ ملف التقويم: {dir} {reason, select, symlink {رابط رمزي} notDirectory {ليس مجلدًا} notFile {موجود وليس ملفًا عاديًا} notOwned {يملكه مستخدم آخر} writableByOthers {يمكن لمستخدمين آخرين الكتابة فيه (المجموعة أو الجميع)} other {غير آمن}}. وجِّه CWG_EXPORT_DIR إلى مجلد لا يكتب فيه أحد سواك (chmod 700)، أو ألغِ ضبطه لاستخدام المجلد الخاص المجاور لملف البيانات.',

  // Reminders, digests and change notices.
  'reminders.heading.event': 'تذكير: تبدأ فعالية {title} {when}',
  'reminders.heading.deadline': 'تذكير: يحلّ الموعد النهائي لـ{title} {when}',
  'reminders.heading.digest':
    'الموجز الأسبوعي: {n, plural, zero {لا بنود} one {بند واحد} two {بندان} few {# بنود} many {# بندًا} other {# بند}} خلال الأيام الـ{days} القادمة',
  'reminders.heading.added': 'جديد في التقويم: {title}',
  'reminders.heading.rescheduled': 'أُعيدت جدولته: {title}',
  'reminders.heading.cancelled': 'أُلغي: {title}',
  'reminders.heading.reinstated': 'عاد إلى التقويم (لم يعد ملغى): {title}',
  'reminders.heading.announced': 'أُعلن الموعد: {title}',
  'reminders.heading.removed': 'حُذف من التقويم: {title}',
  'reminders.batch.heading': 'تحديث التقويم: تغييرات فيما تتابعه هذه القناة (العدد: {n})',
  'reminders.batch.line': '• {what} ({id}){form, select, wasNow {: كان {was}، والآن {now}} when {: {when}} other {}}',
  'reminders.batch.more': '…و{n} غيرها (يسرد «/cwg upcoming» ما هو مقبل).',
  'reminders.offset':
    '{days, plural, =0 {اليوم} =1 {غدًا} zero {بعد # يوم} one {بعد يوم واحد} two {بعد يومين} few {بعد # أيام} many {بعد # يومًا} other {بعد # يوم}}',
  'reminders.was': 'كان: {was}',
  'reminders.now': 'الآن: {now}',
  'reminders.details': 'التفاصيل: /cwg show {id}',
  'reminders.addToCalendar': 'أضِفه إلى تقويمك: /cwg ics {id}',
  'reminders.delayed': '(متأخر: كان موعد إرساله {dueAt} ويُرسَل متأخرًا)',
  'reminders.footer': 'تتلقى هذا لأن هذه القناة مشترِكة (يعرض «/cwg subscriptions» ماذا ومتى؛ ويوقفه «/cwg unsubscribe»).',
  'reminders.subscribe.needsConversation': 'شغِّل هذا الأمر في القناة أو المحادثة التي ينبغي أن تتلقى التذكيرات.',
  'reminders.subscribe.done': 'ستتلقى هذه القناة تذكيرات: {what}.',
  'reminders.subscribe.updated': 'حُدِّثت تذكيرات هذه القناة: {what}.',
  'reminders.subscribe.usage': 'subscribe [all | events | deadlines] [tag | who-must-act …] [at HH:MM] [tz ZONE] [offsets 14d,3d,1d] [digest on|off]',
  'reminders.subscribe.badTime': '«{word}» ليس وقتًا من اليوم؛ استخدم الصيغة HH:MM، مثل «at 08:30».',
  'reminders.subscribe.badZone': '«{word}» ليس منطقة زمنية وفق IANA؛ استخدم اسمًا مثل Europe/Zurich أو America/New_York.',
  'reminders.subscribe.badOffsetItems':
    '{n, plural, zero {{bad} في «{word}» ليس عددًا من الأيام قبل البند} one {{bad} في «{word}» ليس عددًا من الأيام قبل البند} two {{bad} في «{word}» ليسا عددين من الأيام قبل البند} few {{bad} في «{word}» ليست أعدادًا من الأيام قبل البند} many {{bad} في «{word}» ليست أعدادًا من الأيام قبل البند} other {{bad} في «{word}» ليست أعدادًا من الأيام قبل البند}}؛ استخدم مثلًا «offsets 14d,3d,1d» (0d = في اليوم نفسه، وحتى 365d).',
  'reminders.subscribe.badOffsetList': '«{word}» ليس قائمة تضم 10 فوارق زمنية على الأكثر؛ استخدم مثلًا «offsets 14d,3d,1d» (0d = في اليوم نفسه، وحتى 365d).',
  'reminders.subscribe.badDigest': 'اكتب بعد «digest» إما «on» أو «off»، لا «{word}».',
  'reminders.subscribe.missingValue': '«{word}» يتطلب قيمة بعده.',
  'reminders.subscribe.manage': 'يعرض «/cwg subscriptions» ما تتلقاه هذه القناة ومتى؛ ويوقفه «/cwg unsubscribe».',
  'reminders.subscribe.slackInvite':
    'ينشر الروبوت التذكيرات بنفسه: إن لم يكن في هذه القناة بعدُ، فأضِفه بالأمر «/invite @CWG calendar» (القناة التي لا يستطيع النشر فيها يُلغى اشتراكها عند أول تذكير).',
  'reminders.describe.scope.all': 'الفعاليات والمواعيد النهائية',
  'reminders.describe.scope.events': 'الفعاليات',
  'reminders.describe.scope.deadlines': 'المواعيد النهائية',
  'reminders.describe.filter': ' المتعلقة بـ{words}',
  'reminders.describe.at': 'في الساعة {time} {tz}',
  'reminders.describe.offsetsDefault': 'الفعاليات قبل بدئها بـ30 و7 أيام وبيوم واحد؛ والمواعيد النهائية قبلها بـ7 أيام وبيوم واحد وصباح يوم الاستحقاق',
  // {count} is the lone number of days, or how many numbers {list} holds (2-10): those counts read with any list.
  'reminders.describe.offsetsBefore':
    '{count, plural, zero {قبله بـ{list} يوم} one {قبله بيوم واحد} two {قبله بـ{list} من الأيام} few {قبله بـ{list} من الأيام} many {قبله بـ{list} يومًا} other {قبله بـ{list} يوم}}',
  'reminders.describe.offsetsMorning': 'صباح اليوم نفسه',
  'reminders.describe.offsetsBoth': '{before} و{morning}',
  'reminders.describe.digest': '{on, select, yes {موجز أسبوعي كل يوم اثنين} other {بلا موجز أسبوعي}}',
  'reminders.describe.line': '{scope}{filter}، {at}؛ {offsets}؛ {digest}',
  'reminders.unsubscribe.done': 'لن تتلقى هذه القناة تذكيرات بعد الآن.',
  'reminders.unsubscribe.notSubscribed': 'لم تكن هذه القناة مشترِكة في التذكيرات.',
  'reminders.unsubscribe.noWords': 'لا يأخذ الأمر unsubscribe أي كلمات (فهو يوقف كل التذكيرات في هذه القناة).',
  'reminders.subscriptions.none': 'لا تتلقى هذه القناة أي تذكيرات. ويبدؤها «/cwg subscribe» (الفعاليات والمواعيد النهائية، الساعة 09:00 بتوقيت جنيف).',
  'reminders.subscriptions.heading': 'التذكيرات في هذه القناة',
  'reminders.subscriptions.current': 'تتلقى هذه القناة {what}.',
  'reminders.subscriptions.next': 'التذكير التالي: {when}، {what}.',
  'reminders.subscriptions.atGeneva': '{when} بتوقيت جنيف',
  'reminders.subscriptions.atZoneAndGeneva': '{when} {zone} ({geneva} بتوقيت جنيف)',
  'reminders.subscriptions.nextNone': 'لا شيء مقرَّر في السنة القادمة مما تتابعه هذه القناة.',
  'reminders.subscriptions.allHeading':
    '{n, plural, zero {لا توجد أي قناة مشترِكة} one {قناة واحدة مشترِكة} two {قناتان مشترِكتان} few {# قنوات مشترِكة} many {# قناةً مشترِكة} other {# قناة مشترِكة}}',
  'reminders.subscriptions.allLine': '• {where}: {what}',
  'reminders.subscriptions.allHint': 'إلى الأمانة: يسرد «/cwg subscriptions all» جميع القنوات المشترِكة.',
  'reminders.subscriptions.allOrNothing': 'أضف «all» أو لا شيء.',
  'reminders.nextWhat.reminder': '{title} ({offset})',
  'reminders.nextWhat.digest': 'الموجز الأسبوعي',
  'reminders.nextWhat.notice': 'إشعار بتغيير',
  'reminders.deliveries.usage': 'deliveries [failed | retry <key> | retry all]',
  'reminders.deliveries.status':
    'إرسال التذكيرات — آخر تشغيل: {lastTick}؛ {subs, plural, zero {لا قنوات مشترِكة} one {قناة واحدة مشترِكة} two {قناتان مشترِكتان} few {# قنوات مشترِكة} many {# قناةً مشترِكة} other {# قناة مشترِكة}}؛ {confirmed, plural, zero {لا عمليات إرسال مسجَّلة} one {عملية إرسال واحدة مسجَّلة} two {عمليتا إرسال مسجَّلتان} few {# عمليات إرسال مسجَّلة} many {# عمليةَ إرسال مسجَّلة} other {# عملية إرسال مسجَّلة}}؛ الفاشلة: {failed}.',
  'reminders.deliveries.neverRan': 'لم يُشغَّل قط',
  'reminders.deliveries.noneFailed': 'لا توجد عمليات إرسال فاشلة.',
  'reminders.deliveries.failedHeading':
    '{n, plural, zero {لا عمليات إرسال فاشلة} one {عملية إرسال فاشلة واحدة} two {عمليتا إرسال فاشلتان} few {# عمليات إرسال فاشلة} many {# عمليةَ إرسال فاشلة} other {# عملية إرسال فاشلة}}',
  'reminders.deliveries.failedLine':
    '• {key}\n  إلى {where}، عدد المحاولات: {attempts}، آخر خطأ «{error}» في {at}{retrying, select, yes { (طُلبت إعادة المحاولة)} other {}}',
  'reminders.deliveries.retryHint': 'يعيد «/cwg deliveries retry <key>» أو «/cwg deliveries retry all» إرسالها في التشغيل التالي (في غضون دقيقة).',
  'reminders.deliveries.retried':
    '{n, plural, zero {لا عمليات إرسال ستُعاد} one {ستُعاد عملية إرسال واحدة} two {ستُعاد عمليتا إرسال} few {ستُعاد # عمليات إرسال} many {ستُعاد # عمليةَ إرسال} other {ستُعاد # عملية إرسال}} في التشغيل التالي (في غضون دقيقة).',
  'reminders.deliveries.unknownKey': 'لا توجد عملية إرسال فاشلة مفتاحها «{key}». ويسردها «/cwg deliveries failed».',
  'reminders.deliveries.whichRetry': 'حدِّد عملية الإرسال المراد إعادتها: مفتاحها (من «/cwg deliveries failed») أو «all».',
  'reminders.deliveries.notUnderstood': '«{word}» غير مفهوم هنا.',

  // Slack: buttons, App Home, modals.
  'slack.button.details': 'التفاصيل',
  'slack.button.subscribe': 'اشتراك هذه القناة',
  'slack.button.calendar': 'إضافة إلى تقويمي',
  'slack.button.share': 'مشاركة في القناة',
  'slack.button.shareItem': 'مشاركة هذا البند',
  'slack.button.edit': 'تعديل',
  'slack.button.reschedule': 'إعادة جدولة',
  'slack.button.cancel': 'إلغاء البند',
  'slack.button.markDone': 'وضع علامة «مُنجَز»',
  'slack.yourTime': 'بتوقيتك: {when}',
  'slack.sharedBy': 'شاركه {user}',
  'slack.moreItems': '…و{n} غيرها غير معروضة هنا. ضيِّق السؤال بوسم أو بالجهة المعنية بالإجراء أو بعدد أيام أقل.',
  'slack.shareUsage': 'حدِّد ما تريد مشاركته، مثل «/cwg share next-deadline» أو «/cwg next-deadline share».',
  'slack.notMember': 'تعذّر عليّ النشر في هذه القناة. ادعني بالأمر «/invite @CWG calendar» ثم حاول مرة أخرى.',
  'slack.fileFailed': 'تعذّر عليّ إرسال الملف إليك. تحقَّق من أنك تستطيع تلقّي الرسائل من التطبيق، ثم حاول مرة أخرى.',
  'slack.notSecretariat': 'عذرًا، لا يمكن إلا لأمانة الاتحاد الدولي للاتصالات تعديل التقويم. يُرجى أن تطلب من أمانة فريق العمل CWG-WSIS&SDG إجراء هذا التغيير.',
  'slack.subscribeUnavailable': 'تذكيرات القنوات غير متاحة بعدُ. اسأل الأمانة متى ستتاح.',
  'slack.calendarUnavailable': 'ملفات التقويم غير متاحة بعدُ.',
  'slack.editingUnavailable': 'التعديل من Slack غير متاح بعدُ؛ ويمكن للأمانة التعديل من وحدة التحكم.',
  'slack.cancelConfirm.title': 'إلغاء هذا البند؟',
  'slack.cancelConfirm.text': 'سيراه المندوبون ملغى.',
  'slack.cancelConfirm.confirm': 'إلغاء البند',
  'slack.cancelConfirm.deny': 'الإبقاء عليه',
  'slack.doneConfirm.title': 'وضع علامة «مُنجَز»؟',
  'slack.doneConfirm.text': 'لن يظهر بعد ذلك ضمن البنود المقبلة.',
  'slack.doneConfirm.confirm': 'وضع علامة «مُنجَز»',
  'slack.doneConfirm.deny': 'ليس بعدُ',
  'slack.home.title': 'تقويم CWG-WSIS&SDG',
  'slack.home.intro':
    'فعاليات فريق العمل التابع للمجلس المعني بالقمة العالمية لمجتمع المعلومات وأهداف التنمية المستدامة ومواعيده النهائية لاتخاذ الإجراءات. المواعيد بتوقيت جنيف، وبجانبها توقيتك.',
  'slack.home.deadlines': 'المواعيد النهائية التالية',
  'slack.home.events': 'الفعاليات التالية',
  'slack.home.none': 'لا شيء مقبل في التقويم.',
  'slack.home.subscriptions': 'قنواتك التي تتلقى التذكيرات',
  'slack.home.noSubscriptions': 'لا تتلقى أي من قنواتك تذكيرات. اكتب «/cwg subscribe» في قناة للبدء.',
  'slack.home.review': 'مُعلَّم للمراجعة (الأمانة)',
  'slack.home.noReview': 'لا توجد بنود مُعلَّمة للمراجعة.',
  'slack.home.addButton': 'إضافة فعالية أو موعد نهائي',
  'slack.home.zone': 'الأوقات معروضة بتوقيت {tz}.',
  'slack.modal.addTitle': 'إضافة إلى التقويم',
  'slack.modal.editTitle': 'تعديل البند',
  'slack.modal.rescheduleTitle': 'إعادة جدولة',
  'slack.modal.cancelTitle': 'إلغاء البند',
  'slack.modal.doneTitle': 'وضع علامة «مُنجَز»',
  'slack.modal.submit': 'حفظ',
  'slack.modal.close': 'إغلاق',
  'slack.modal.kind': 'النوع',
  'slack.modal.kindEvent': 'فعالية',
  'slack.modal.kindDeadline': 'موعد نهائي',
  'slack.modal.id': 'المعرِّف',
  'slack.modal.idHint': 'أحرف لاتينية صغيرة وأرقام وشرطات، مثل igf-2026. اتركه فارغًا لإنشائه من العنوان.',
  'slack.modal.title': 'العنوان',
  'slack.modal.start': 'التاريخ أو البداية',
  'slack.modal.startHint': 'YYYY-MM-DD، أو YYYY-MM-DD HH:mm للبند المحدَّد بوقت (بتوقيت جنيف ما لم تُحدَّد منطقة زمنية).',
  'slack.modal.end': 'النهاية (اختياري)',
  'slack.modal.place': 'المكان (اختياري)',
  'slack.modal.whoMustAct': 'الجهة المعنية بالإجراء (اختياري)',
  'slack.modal.paragraph': 'الفقرة المصدر',
  'slack.modal.paragraphHint': 'فقرة تقرير النتائج التي ورد فيها البند، مثل 6.7.9.',
  'slack.modal.note': 'ملاحظة (اختياري)',
  'slack.modal.noteHint': 'سبب التغيير؛ يُحفَظ في سجل التغييرات.',
  'slack.modal.reason': 'السبب (اختياري)',
  'slack.modal.saved': 'حُفظ: {title}',
  'slack.modal.confirmAgain': 'اضغط «حفظ» مرة أخرى للتأكيد.',
  'slack.modal.confirmField': '{reason}. اضغط «حفظ» مرة أخرى للتأكيد.',
  'slack.modal.stale': 'عدّل أحدٌ هذا البند منذ أن فتحت النموذج. أغلقه وافتحه مرة أخرى لرؤية أحدث نسخة.',

  // Microsoft Teams: cards and forms.
  'teams.fact.whenGeneva': 'الموعد (بتوقيت جنيف)',
  'teams.fact.yourTime': 'بتوقيتك ({tz})',
  'teams.fact.yourTimeNoZone': 'بتوقيتك',
  'teams.button.details': 'التفاصيل',
  'teams.button.subscribe': 'اشتراك هذه المحادثة في التذكيرات',
  'teams.button.edit': 'تعديل',
  'teams.button.save': 'حفظ',
  'teams.button.download': 'تنزيل ملف التقويم (‎.ics)',
  'teams.button.addToCalendar': 'إضافة إلى تقويمي',
  'teams.fileNotSent':
    'لا يتيح لي Teams إرسال الملفات إلا في محادثة فردية: افتح محادثة معي وأرسل الكلمات نفسها («ics …») لتحصل على الملف. وللاشتراك في التقويم بدلًا من ذلك، اطلب من فريق تكنولوجيا المعلومات عنوان رابط التقويم (CWG_PUBLIC_URL).',
  'teams.file.offer': '{filename}: ملف التقويم لفتحه في Outlook أو تقويم Google أو تقويم Apple. اسمح بتلقّيه.',
  'teams.file.uploaded': 'إليك {filename}. افتحه لإضافة البنود إلى تقويمك.',
  'teams.file.uploadFailed': 'تعذّر عليّ تسليم ملف التقويم. اطلبه مرة أخرى («ics …») لتحصل على ملف جديد.',
  'teams.file.declined': 'حسنًا، لم يُرسَل أي ملف. اطلبه مرة أخرى («ics …») متى شئت.',
  'teams.moreItems': '…و{n} غيرها غير معروضة هنا. ضيِّق السؤال بوسم أو بالجهة المعنية بالإجراء أو بعدد أيام أقل.',
  'teams.welcome':
    'مرحبًا! أجيب عن الأسئلة المتعلقة بفعاليات فريق العمل التابع للمجلس المعني بالقمة العالمية لمجتمع المعلومات وأهداف التنمية المستدامة ومواعيده النهائية لاتخاذ الإجراءات. جرّب «next-deadline» أو «upcoming» أو «help» (وفي القناة، اذكرني أولًا: @CWG next-deadline).',
  'teams.unknownSubmit': 'هذا الزر من بطاقة قديمة؛ اسأل مرة أخرى لتحصل على بطاقة جديدة.',
  'teams.form.title': 'تعديل: {title}',
  'teams.form.fieldError': '⚠ {message}',
  'teams.form.fixBelow': 'لم يُحفَظ شيء. يُرجى تصحيح الحقول المشار إليها أدناه ثم الحفظ مرة أخرى.',
  'teams.form.reason': 'سبب التغيير (اختياري، يُحفَظ في سجل التغييرات)',
  'teams.form.reasonHint': 'مثلًا: مواعيد جديدة أعلنها البلد المضيف',
  'teams.form.confirm': 'نعم، هذا التاريخ صحيح (وهو بعيد في الماضي أو في المستقبل)',
  'teams.form.dateHint': '2025-03-04، 23–27 June 2025، 7 July 2025 13:30-14:30 Europe/Zurich، tba 2025، 21 days before cwg-42',
  'teams.form.staleForm': 'عدّل أحدٌ هذا البند بعد إنشاء هذا النموذج. وهذه حالته الراهنة:',
  'teams.form.labels.title': 'العنوان',
  'teams.form.labels.date': 'التاريخ',
  'teams.form.labels.status': 'الحالة',
  'teams.form.labels.place': 'المكان',
  'teams.form.labels.who': 'الجهة المعنية بالإجراء (مفصولة بفواصل: members, secretariat, chair, councillors, sectors, all-stakeholders, council-chair)',
  'teams.form.labels.tags': 'الوسوم (مفصولة بفواصل)',
  'teams.form.labels.sendTo': 'يُرسَل إلى',
  'teams.form.labels.url': 'الرابط',
  'teams.form.labels.source': 'الفقرة المصدر في تقرير النتائج',
  'teams.form.labels.organiser': 'الجهة المنظِّمة',
  'teams.form.labels.notes': 'ملاحظات',

  // branch ar: the zone of a timed date, in brackets after the time ("13:30–14:30 (Geneva, CET)"); {abbr} comes from Intl.
  'when.genevaZone': 'جنيف، {abbr}',
  'when.zoneLabel': '{zone}، {abbr}',
  // A day and a time ("Tue 11 Feb 2025, 13:30"), and an item's kind and status after its title.
  'when.dayTime': '{day}، {time}',
  'label.kindStatus': '{kind}، {status}',
  // branch runtime: startup and run-time errors the operator reads (npm start, npx cwg).
  'startup.cannotStart': 'تعذّر بدء cwg-bot: {reason}',
  'startup.dataPath.notAFolder':
    'ملف البيانات {file} غير صالح للاستخدام: {dir} ملف وليس مجلدًا. اضبط CWG_DATA_FILE (أو ‎--data) على مسار داخل مجلد، مثل /var/lib/cwg-bot/cwg.db.json.',
  'startup.dataPath.isAFolder': 'ملف البيانات {file} مجلد. اضبط CWG_DATA_FILE (أو ‎--data) على ملف داخله، مثل {file}/cwg.db.json.',
  'startup.dataPath.cannotCreate':
    'ملف البيانات {file} غير صالح للاستخدام: يتعذّر إنشاء المجلد {dir} ({reason}). أنشئه بنفسك، أو اضبط CWG_DATA_FILE (أو ‎--data) على مسار آخر.',
  'startup.dataPath.notWritable':
    'ملف البيانات {file} غير صالح للاستخدام: لا يستطيع هذا المستخدم الكتابة في {dir} ({reason}). امنحه صلاحية الكتابة في هذا المجلد، أو اضبط CWG_DATA_FILE (أو ‎--data) على مسار آخر.',
  'startup.platformAuth': 'رفضت {platform} قيمة {variable} ({reason}). انسخ الرمز المميّز من جديد من إعدادات التطبيق إلى {variable}، ثم أعد التشغيل.',
  'startup.unexpected': 'خطأ غير متوقّع: {message}',
  'startup.rehearsalCopy': 'تجربة: العمل على نسخة مؤقتة من {file}: {scratch} (اضبط CWG_DATA_FILE أو ‎--data لإجراء التجربة على ملف من اختيارك)',
  'startup.dataPath.noAccess':
    'ملف البيانات {file} غير صالح للاستخدام: لا يستطيع هذا المستخدم قراءته والكتابة فيه ({reason}). امنحه صلاحيتي القراءة والكتابة (chown، chmod)، أو اضبط CWG_DATA_FILE (أو ‎--data) على مسار آخر.',
  'startup.portInUse':
    'يتعذّر استخدام المنفذ PORT {port} ({reason}): تستمع إليه عملية أخرى، أو يتطلّب المنفذ صلاحيات خاصة. أوقف تلك العملية، أو اضبط PORT على منفذ آخر.',
  // branch arfill: Arabic for the ids of branch asking (how people ask, personal reminders, short review markers).
  // Question words the parser reads stay in English, written as the full command («/cwg this week») so they can be copied.
  'asking.review.date': 'يلزم التحقق من التاريخ',
  'asking.review.reading': 'يلزم التحقق من قراءتنا للتقرير',
  'asking.heading.today': 'اليوم، {day}',
  'asking.heading.thisWeek': 'هذا الأسبوع، حتى {day}',
  'asking.heading.thisMonth': 'هذا الشهر، حتى {day}',
  // As heading.upcoming: «الأسابيع الـ# القادمة» names the count apart, so the noun need not agree with it.
  'asking.heading.weeks':
    '{n, plural, zero {ما هو مقبل خلال الأسابيع الـ# القادمة} one {ما هو مقبل خلال الأسبوع القادم} two {ما هو مقبل خلال الأسبوعين القادمين} few {ما هو مقبل خلال الأسابيع الـ# القادمة} many {ما هو مقبل خلال الأسابيع الـ# القادمة} other {ما هو مقبل خلال الأسابيع الـ# القادمة}}',
  'asking.heading.months':
    '{n, plural, zero {ما هو مقبل خلال الأشهر الـ# القادمة} one {ما هو مقبل خلال الشهر القادم} two {ما هو مقبل خلال الشهرين القادمين} few {ما هو مقبل خلال الأشهر الـ# القادمة} many {ما هو مقبل خلال الأشهر الـ# القادمة} other {ما هو مقبل خلال الأشهر الـ# القادمة}}',
  'asking.heading.tag': 'ما هو مقبل: {words}',
  'asking.heading.nextFew':
    '{kind, select, deadline {{n, plural, zero {المواعيد النهائية الـ# التالية} one {الموعد النهائي التالي} two {الموعدان النهائيان التاليان} few {المواعيد النهائية الـ# التالية} many {المواعيد النهائية الـ# التالية} other {المواعيد النهائية الـ# التالية}}} other {{n, plural, zero {الفعاليات الـ# التالية} one {الفعالية التالية} two {الفعاليتان التاليتان} few {الفعاليات الـ# التالية} many {الفعاليات الـ# التالية} other {الفعاليات الـ# التالية}}}}',
  'asking.empty.period': '{period}: لا شيء مقرر{filter}.',
  'asking.empty.tag': 'لا شيء مقبل في التقويم{filter}.',
  'asking.search.scope':
    'يشمل البحث العناوين والأوصاف والأماكن والجهات المنظِّمة والوسوم والمعرِّفات وفقرات التقرير؛ والبحث عن §6.7 يجد أيضًا فقراتها الفرعية (6.7.1، 6.7.9…).',
  'asking.help.ways':
    'اسأل كما تقول عادةً (بكلمات الأوامر الإنكليزية): «/cwg next events»، «/cwg next deadlines»، «/cwg today»، «/cwg this week»، «/cwg this month»، «/cwg upcoming 2 weeks»، «/cwg upcoming 3 months»، أو بوسم وحده («/cwg igf»).',
  'asking.help.mine':
    'تقصر كلمة «mine» السؤال على ما يتعيّن عليك اتخاذ إجراء بشأنه: ما يخص الأعضاء بالنسبة إلى المندوبين، وما يخص الأمانة بالنسبة إلى الأمانة (مثل «/cwg next-deadline mine»).',
  'asking.help.personal':
    'التذكيرات الشخصية: اكتب «/cwg subscribe» في رسالة مباشرة إليّ (Slack) أو في محادثتنا الفردية (Teams)، أو «/cwg remind me <id>» للتذكير ببند واحد.',
  'asking.personal.done': 'ستتلقى تذكيراتك الخاصة في هذه المحادثة المباشرة: {what}.',
  'asking.personal.updated': 'حُدِّثت تذكيراتك الخاصة: {what}.',
  'asking.personal.manage': 'يعرضها «/cwg subscriptions»؛ ويوقفها «/cwg unsubscribe»؛ ويضيف «/cwg remind me <id>» تذكيرات ببند واحد.',
  'asking.remindMe.done': 'سأذكّرك بالبند {title} ({id}) في محادثتنا المباشرة: {offsets}.',
  'asking.remindMe.undated': 'لم يُحدَّد بعدُ موعد {title}: تبدأ التذكيرات حالما يُعلَن موعده.',
  'asking.remindMe.over': 'انتهى البند {title} ({id}) أو أُغلق: فلا يوجد ما أذكّرك به.',
  'asking.remindMe.usage': 'remind me <id> [offsets 7d,1d]',
  'asking.remindMe.missingId': 'أيّ بند؟ اكتب معرِّفه بعد «remind me»، مثل «remind me igf-2025 7d,1d».',
  'asking.remindMe.needsDirect': 'لا يمكنني أن أذكّرك على انفراد إلا في محادثتنا الفردية: افتح محادثة معي واكتب فيها «remind me {id}».',
  'asking.remindMe.notOnConsole':
    'تُرسَل التذكيرات الشخصية برسالة مباشرة في Slack أو Teams؛ ولا توجد محادثة مباشرة في وحدة التحكم ولا في سطر الأوامر. اكتب «/cwg remind me {id}» في Slack أو Teams (ولتذكيرات وحدة التحكم نفسها: «/cwg help subscribe»).',
  'asking.remindMe.stop': 'يوقف «/cwg unsubscribe {id}» في محادثتنا المباشرة هذه التذكيرات.',
  'asking.subscriptions.itemsHeading': 'تذكيرات ببنود منفردة:',
  'asking.subscriptions.item': '• {title} ({id}): {offsets}',
  'asking.unsubscribe.item': 'لن تُرسَل بعد الآن تذكيرات بالبند {id}.',
  'asking.unsubscribe.noItem': 'لا يوجد تذكير بالبند {id} في هذه المحادثة.',
  'asking.describe.offsetsEvents': 'الفعاليات قبل بدئها بـ30 و7 أيام وبيوم واحد',
  'asking.describe.offsetsDeadlines': 'المواعيد النهائية قبلها بـ7 أيام وبيوم واحد وصباح يوم الاستحقاق',
  'asking.nextWhat.reminder': '{title}، {day} ({distance})',
  'asking.more.upcoming':
    'ويمكنك أيضًا أن تسأل: «/cwg upcoming 2 weeks»، «/cwg upcoming 3 months»، «/cwg today»، «/cwg this week»، «/cwg this month» (بأيام جنيف)؛ والوسم وحده («/cwg igf») أو كلمة «mine» وحدها تسرد كل ما هو مقبل بشأنه.',
  'asking.more.next-deadline':
    'ويمكنك أيضًا أن تسأل: «/cwg next deadlines» (المواعيد النهائية الـ5 التالية)، «/cwg next 3 deadlines»، «/cwg next event»، «/cwg next events»؛ و«mine» لعرض ما يتعيّن عليك اتخاذ إجراء بشأنه.',
  'asking.more.next-event':
    'ويمكنك أيضًا أن تسأل: «/cwg next events» (الفعاليات الـ5 التالية)، «/cwg next 3 events»؛ و«mine» لعرض ما يتعيّن عليك اتخاذ إجراء بشأنه.',
  'asking.more.search': 'يطابق البحث أيضًا الأوصاف والجهات المنظِّمة والمعرِّفات. ويجد §6.7.9 أو 6.7.9 بنود تلك الفقرة؛ ويجد 6.7 أيضًا بنود 6.7.1، 6.7.9…',
  'asking.more.subscribe':
    'في رسالة مباشرة إليّ (Slack) أو في محادثتنا الفردية (Teams)، يمنحك «/cwg subscribe» تذكيراتك الخاصة. ويذكّرك «/cwg remind me <id> [7d,1d]» وحدك ببند واحد، برسالة مباشرة.\nوكلمة «all» وحدها تعني جميع البنود من جديد؛ و«events» أو «deadlines» لا تغيّران إلا النوع؛ والوسوم وكلمات الجهة المعنية بالإجراء لا تغيّر إلا نفسها.',
  'asking.more.unsubscribe': 'يوقف «/cwg unsubscribe <id>» التذكيرات ببند واحد (تلك المضافة بـ«remind me <id>»).',
  // branch arfill2: Arabic for the ids of branches intake (import drafts), editing (documents, short ids, tags, undo
  // confirmation, import errors), pg (backup/restore) and lang (languages). Command words, field names and file
  // types stay in Latin as in English; «مسودة الاستيراد» is the import draft, «اقتراح» one proposal in it.
  'intake.usage':
    'import <file> · import show [n | page n] · import accept <n,n-m|all> · import reject <n…> · import edit <n> field=value… · import discard · import confirm <code>',
  'intake.needFile':
    'أرسل الملف مع الأمر: في Slack، حمِّله في رسالة مباشرة إليّ (أو استخدم نموذج «/cwg import»)؛ وفي Teams، أرفقه في محادثتنا الفردية 1:1؛ وفي سطر الأوامر، اذكر مساره (npx cwg import report.docx).',
  'intake.pathLocalOnly': 'لا تمكن قراءة ملف عبر مساره إلا في سطر أوامر الروبوت نفسه؛ أما في المحادثة فأرسل الملف نفسه.',
  'intake.badNumbers': '«{word}» ليس قائمة بأرقام الاقتراحات (مثل 1,3,5-8 أو all).',
  'intake.badCode': 'يتطلب confirm الرمز المكوَّن من 6 أحرف الذي تعرضه المسودة، مثل «confirm 3fa9c1».',
  'intake.nothingToEdit': 'حدِّد ما يجب تغييره، مثل: import edit 3 date="4 March 2026" title="…"',
  'intake.reading': 'جارٍ قراءة {filename}…',
  'intake.readingPage': 'جارٍ قراءة {filename}: الصفحة {page} من {pages}…',
  'intake.draft.heading': 'مسودة الاستيراد من {document} (لم يتغيّر شيء بعدُ)',
  'intake.draft.summary': 'جديد: {add} · متغيّر: {change} · دون تغيير: {unchanged} · تعذّرت قراءته: {unread} · مقبول: {accepted}',
  'intake.draft.group.add': 'جديد',
  'intake.draft.group.change': 'متغيّر',
  'intake.draft.group.unchanged': 'موجود في التقويم، دون تغيير',
  'intake.draft.group.unread': 'تعذّرت قراءته',
  'intake.draft.line': '{n}. [{decision}] {kind}: {title} · {when} · {id}',
  'intake.draft.unchangedLine': '{n}. {title} ({id})',
  'intake.draft.changes': 'التغييرات: {fields}',
  'intake.draft.evidence': '§{paragraph}: «{sentence}»',
  'intake.draft.evidenceBare': '§{paragraph}',
  'intake.draft.flag': '⚠ ورد مطبوعًا «{printed}»، وقُرئ على أنه {interpretation}: {reason}',
  'intake.draft.decision.pending': 'للمراجعة',
  'intake.draft.decision.accepted': 'مقبول',
  'intake.draft.decision.rejected': 'مرفوض',
  'intake.draft.page': 'الصفحة {page} من {pages}.',
  'intake.draft.nextPage': 'الصفحة التالية: /cwg import show page {next}',
  'intake.draft.howTo': 'المراجعة: /cwg import show <n> · accept <n,n-m|all> · reject <n…> · edit <n> field=value… · discard',
  'intake.draft.confirm':
    '{n, plural, zero {لم يُقبَل أي اقتراح} one {قُبل اقتراح واحد} two {قُبل اقتراحان} few {قُبلت # اقتراحات} many {قُبل # اقتراحًا} other {قُبل # اقتراح}}. للتطبيق: /cwg import confirm {code}',
  'intake.draft.noneAccepted': 'لم يُقبَل أي اقتراح بعدُ: /cwg import accept all (أو بعض الأرقام)، ثم confirm.',
  'intake.draft.nothingNew': 'كل ما يتضمنه الملف موجود بالفعل في التقويم: فلا جديد للاستيراد.',
  'intake.draft.nothingUsable': 'لا شيء للاستيراد حاليًا: لا جديد ولا متغيّر في الملف، ويجب تصحيح ما يرد تحت «تعذّرت قراءته» في الملف قبل استيراده مرة أخرى.',
  'intake.draft.nothingFound':
    'لم أجد في هذا الملف ما يمكن استيراده (لا فعالية ولا موعد نهائي ولا صف مؤرَّخ). تحقّق من أنه الملف الصحيح، ومن أن جدول البيانات يتضمن صفوفًا تحت صف العناوين.',
  'intake.draft.expires': 'يُحتفَظ بالمسودة حتى {at}.',
  'intake.draft.proposalHeading': 'الاقتراح {n} من {total} ({action}، {decision})',
  'intake.draft.action.add': 'جديد',
  'intake.draft.action.change': 'تغيير',
  'intake.draft.action.unchanged': 'دون تغيير',
  'intake.accepted':
    '{n, plural, zero {لم يُقبَل أي اقتراح.} one {قُبل اقتراح واحد.} two {قُبل اقتراحان.} few {قُبلت # اقتراحات.} many {قُبل # اقتراحًا.} other {قُبل # اقتراح.}}',
  'intake.rejected':
    '{n, plural, zero {لم يُرفَض أي اقتراح.} one {رُفض اقتراح واحد.} two {رُفض اقتراحان.} few {رُفضت # اقتراحات.} many {رُفض # اقتراحًا.} other {رُفض # اقتراح.}}',
  'intake.edited': 'عُدِّل الاقتراح {n} وقُبل.',
  'intake.discarded': 'أُلغيت المسودة المستمدة من {document}؛ ولم يتغيّر التقويم.',
  'intake.noDraftToDiscard': 'ليست لديك مسودة استيراد.',
  'intake.applied': 'تم الاستيراد من {document}: عدد البنود المضافة {added}، والمتغيّرة {changed}. ويتراجع «/cwg undo» عن عملية الاستيراد كاملة.',
  'intake.error.noDraft': 'ليست لديك مسودة استيراد. أرسل أولًا ملفًا مع /cwg import.',
  'intake.error.expired': 'انتهت صلاحية مسودتك المستمدة من {document}؛ استورد الملف مرة أخرى.',
  'intake.error.noProposal': 'لا يوجد اقتراح برقم {n} في المسودة (تمتد الأرقام من 1 إلى {last}).',
  'intake.error.wrongCode': '«{code}» ليس رمز مسودتك: تحقّق منه (يعرض «/cwg import show» الرمز الحالي). ولم يُطبَّق شيء.',
  'intake.error.stale': 'تغيّر التقويم منذ إعداد المسودة ({ids})، فلم يُطبَّق شيء. استورد الملف مرة أخرى لرؤية الفروق كما هي الآن.',
  'intake.error.nothingAccepted': 'لا يوجد اقتراح مقبول، فلا شيء للتطبيق. اقبل بعض الاقتراحات أولًا: /cwg import accept <n,n-m|all>',
  'intake.error.anchorNotAccepted':
    'يُحسَب موعد الاقتراح {n} انطلاقًا من {anchor}، وهو ليس في التقويم ولم يُقبَل. {hasAnchorN, select, yes {اقبل الاقتراح {anchorN} أيضًا، أو عدِّل {n}.} other {عدِّل {n} أو ارفضه.}}',
  'intake.unread.report': '{where}: «{value}»: {problem}',
  'intake.unread.row.required': 'الصف {row}: الحقل {field} فارغ.',
  'intake.unread.row.date': 'الصف {row}: تتعذّر قراءة {field} «{value}». المقبول: {example}.',
  'intake.unread.row.ambiguousDate':
    'الصف {row}: يمكن أن تكون «{value}» يومًا/شهرًا أو شهرًا/يومًا، ولا يحسم ذلك أي صف آخر. اكتبه على النحو 4 March 2025 أو 2025-03-04.',
  'intake.unread.row.kind': 'الصف {row}: النوع «{value}» غير معروف لديّ. المقبول: {example}.',
  'intake.unread.row.time': 'الصف {row}: تتعذّر قراءة الوقت «{value}» (يتطلب الوقت يومًا واحدًا). المقبول: {example}.',
  'intake.unread.row.zone': 'الصف {row}: «{value}» ليست منطقة زمنية. المقبول: {example}.',
  'intake.unread.row.who': 'الصف {row}: «{value}» ليست من بين {example}.',
  'intake.unread.row.tag': 'الصف {row}: الوسم «{value}» غير صالح للاستخدام. المقبول: {example}.',
  'intake.unread.row.id': 'الصف {row}: المعرِّف «{value}» غير صالح للاستخدام. المقبول: {example}.',
  'intake.unread.row.duplicateId': 'الصف {row}: المعرِّف «{value}» يستخدمه صف سابق.',
  'intake.unread.row.end': 'الصف {row}: النهاية «{value}» لا تتوافق مع البداية (اليوم نفسه أو ما بعده، وتاريخ فقط إذا كانت البداية تاريخًا).',
  'intake.unread.row.invalid': 'الصف {row}: {field}: {problem}.',
  'intake.unread.ics.noStart': '{where}: لا يوجد تاريخ بداية (DTSTART).',
  'intake.unread.ics.noDue': '{where}: تم تخطّي مهمة بلا تاريخ استحقاق (DUE).',
  'intake.unread.ics.zone': '{where}: المنطقة الزمنية «{value}» غير معروفة وغير معرَّفة في الملف.',
  'intake.unread.ics.noSummary': '{where}: لا يوجد عنوان (SUMMARY).',
  'intake.unread.ics.recurrence': '{where}: تتعذّر قراءة قاعدة تكراره ({problem}).',
  'intake.unread.ics.invalid': '{where}: {problem}.',
  'intake.unread.ics.duplicateUid': '{where}: يرد المعرِّف UID نفسه مرتين؛ وتم تخطّي الثاني.',
  'intake.warning.AUTO_NUMBERING': 'عدد الفقرات التي تستخدم الترقيم التلقائي في Word: {paragraphs}؛ وقد عددتُ الأرقام بنفسي، فقارنها بالوثيقة.',
  'intake.warning.ENCODING_FALLBACK': 'الملف ليس بترميز UTF-8؛ وقد قرأته بترميز Windows-1252. تحقّق من الأحرف التي تحمل علامات مميِّزة (مثل é وü).',
  'intake.warning.PDF_HEADERS_REMOVED': 'أُسقطت أسطر الرؤوس والتذييلات وأرقام الصفحات المتكررة، وعددها: {lines}.',
  'intake.warning.PDF_PAGES_WITHOUT_TEXT': 'تم تخطّي صفحات لا تتضمن أي نص (صفحات ممسوحة ضوئيًا؟)، وعددها: {pages}.',
  'intake.warning.DOCX_MESSAGES': 'تعذّرت قراءة أجزاء من الوثيقة فتم تخطّيها، وعددها: {count}.',
  'intake.warning.TABLE_UNKNOWN_COLUMNS': 'تم تجاهل أعمدة غير معروفة لديّ: {columns}.',
  'intake.warning.TABLE_BY_CONTENT':
    'اسم الملف «{filename}» لا ينتهي بـ .csv، لكنه جدول يتضمن صفًا للعناوين بأعمدة جدول البيانات (title، date…)، لذا قرأته بصيغة CSV. أعد تسميته بامتداد .csv لضمان قراءته دائمًا بهذه الطريقة.',
  'intake.warning.TABLE_EXTRA_SHEETS': 'لم تُقرأ إلا ورقة العمل «{read}»؛ وتم تجاهل: {ignored}.',
  'intake.warning.ICS_ZONE_APPROXIMATED': 'حُوِّلت الأوقات الواردة بالمنطقة {tzids} إلى التوقيت العالمي UTC (فهي ليست منطقة أعرفها باسمها).',
  'intake.warning.ICS_FLOATING_TIME': 'وردت بعض الأوقات بلا منطقة زمنية؛ فقُرئت بتوقيت {zone}.',
  'intake.warning.ICS_RECURRENCE_CAPPED': 'لفعالية متكررة ({uid}) مواعيد خلال الأشهر الـ12 القادمة يتجاوز عددها {limit}؛ ولم يُقرأ منها إلا أول {limit}.',
  'intake.warning.ICS_SKIPPED_COMPONENTS': 'تم تجاهل مُدخَلات ليست فعاليات ولا مهام، وعددها: {count}.',
  'intake.fileError.EMPTY': 'الملف فارغ. ولم يتغيّر شيء.',
  'intake.fileError.TOO_BIG': 'حجم الملف {size} MB؛ ولا يمكن استيراد ملفات يتجاوز حجمها {maxMb} MB (CWG_IMPORT_MAX_MB). ولم يتغيّر شيء.',
  'intake.fileError.UNKNOWN_TYPE': 'لا يمكنني تحديد نوع هذا الملف. أقرأ ملفات .docx و.pdf و.txt و.html و.csv و.xlsx و.ics و.json.',
  'intake.fileError.TYPE_MISMATCH':
    'يحمل الملف امتداد .{claimed} لكنه {found, select, binary {يحتوي على بيانات ثنائية} txt {يحتوي على نص عادي} html {يحتوي على صفحة ويب (HTML)} other {في الواقع ملف .{found}}}. أعد تسميته أو صدِّره مرة أخرى بالصيغة الصحيحة. ولم يتغيّر شيء.',
  'intake.fileError.UNSUPPORTED_TYPE': 'لا يمكنني قراءة ملفات .{extension}. احفظه بصيغة .{saveAs} وأرسله مرة أخرى.',
  'intake.fileError.OFFICE_ENCRYPTED': 'الملف محمي بكلمة مرور. أزل كلمة المرور في Word أو Excel وأرسله مرة أخرى.',
  'intake.fileError.BINARY':
    'الملف ليس نصًا (يبدو أنه بيانات ثنائية). أرسل التقرير بصيغة .docx أو .pdf أو .txt أو .html، أو القائمة بصيغة .csv أو .xlsx. ولم يتغيّر شيء.',
  'intake.fileError.LINE_TOO_LONG': 'عدد أحرف السطر {line} هو {chars} (والحد الأقصى {limit}): لا يبدو هذا تقريرًا.',
  'intake.fileError.ZIP_INVALID': 'الملف تالف (تتعذّر قراءة بنيته بصيغة zip). احفظه مرة أخرى وأعد إرساله. ولم يتغيّر شيء.',
  'intake.fileError.ZIP_BOMB': 'سيتمدد الملف إلى بيانات تفوق بكثير ما تحتويه أي وثيقة، فلم أفتحه. ولم يتغيّر شيء.',
  'intake.fileError.ZIP_ENCRYPTED': 'الملف مشفَّر. احفظ نسخة غير مشفَّرة وأرسلها مرة أخرى.',
  'intake.fileError.NOT_DOCX': 'الملف أرشيف بصيغة zip لكنه ليس وثيقة Word.',
  'intake.fileError.NOT_XLSX': 'الملف أرشيف بصيغة zip لكنه ليس مصنَّف Excel.',
  'intake.fileError.DOCX_UNREADABLE': 'تعذّرت عليّ قراءة وثيقة Word هذه. افتحها في Word، واحفظها مرة أخرى بصيغة .docx، وأعد إرسالها.',
  'intake.fileError.PDF_MALFORMED': 'ملف PDF تالف وتعذّرت عليّ قراءته. صدِّره مرة أخرى من الوثيقة الأصلية. ولم يتغيّر شيء.',
  'intake.fileError.PDF_TRUNCATED': 'يبدو أن ملف PDF مبتور (تنزيل غير مكتمل؟). نزِّله أو صدِّره مرة أخرى.',
  'intake.fileError.PDF_ENCRYPTED': 'ملف PDF محمي بكلمة مرور. أرسل نسخة بلا كلمة مرور.',
  'intake.fileError.PDF_NO_TEXT': 'لا تتضمن صفحات ملف PDF أي نص (نسخة ممسوحة ضوئيًا؟). أرسل نسخة Word، أو ملف PDF مُصدَّرًا منها.',
  'intake.fileError.PDF_TOO_MANY_PAGES': 'عدد صفحات ملف PDF هو {pages}؛ والحد الأقصى {limit}.',
  'intake.fileError.TIMEOUT': 'تجاوزت قراءة الملف المدة المسموح بها (بالثواني: {seconds})، فتوقفت. ولم يتغيّر شيء.',
  'intake.fileError.UNREADABLE': 'تعذّرت عليّ قراءة هذا الملف. ولم يتغيّر شيء.',
  'intake.fileError.NOT_FOUND': 'لا يوجد ملف في «{path}». تحقّق من المسار (يبدأ المسار النسبي من المجلد الذي يُشغَّل منه الأمر). لم يُغيَّر شيء.',
  'intake.fileError.NOT_A_FILE': '«{path}» مجلد وليس ملفاً. أدخِل مسار التقرير أو جدول البيانات أو ملف التقويم نفسه. لم يُغيَّر شيء.',
  'intake.fileError.NO_ACCESS':
    'ليس لديّ إذن بقراءة «{path}» (صلاحيات الملف). اجعله قابلاً للقراءة للمستخدم الذي يشغّل البوت، أو انسخه إلى مكان آخر. لم يُغيَّر شيء.',
  'intake.fileError.TABLE_UNREADABLE': 'تتعذّر قراءة جدول البيانات. تحقّق من وجود علامة اقتباس غير مغلقة، أو احفظه مرة أخرى.',
  'intake.fileError.TABLE_NO_HEADER':
    'لم أجد صف عناوين. يجب أن يسمّي الصف الأول الأعمدة، ومنها على الأقل title وdate (وكذلك kind وend وtime وzone وplace وwho وtags وsend-to وdocument وparagraph وid).',
  'intake.fileError.TABLE_MISSING_COLUMNS': 'لا يوجد في ورقة العمل عمود {missing} (الموجود: {found}).',
  'intake.fileError.TABLE_TOO_MANY_ROWS': 'عدد صفوف ورقة العمل {rows}؛ والحد الأقصى {limit}.',
  'intake.fileError.ICS_MALFORMED': 'ملف التقويم ليس بصيغة iCalendar صالحة. صدِّره مرة أخرى من برنامج التقويم لديك.',
  'intake.fileError.ICS_EMPTY': 'لا يتضمن ملف التقويم أي فعاليات أو مهام.',
  'intake.fileError.ICS_TOO_MANY_ITEMS': 'عدد الفعاليات في ملف التقويم {found}؛ والحد الأقصى {limit}.',
  'intake.fileError.DOWNLOAD_FAILED': 'تعذّر عليّ تنزيل الملف من {platform}. أرسله مرة أخرى؛ ولم يتغيّر شيء.',
  'intake.button.accept': 'قبول',
  'intake.button.reject': 'رفض',
  'intake.button.acceptPage': 'قبول هذه الصفحة',
  'intake.button.rejectPage': 'رفض هذه الصفحة',
  'intake.button.next': 'الصفحة التالية',
  'intake.button.confirm': 'تطبيق المقبول',
  'intake.button.discard': 'إلغاء المسودة',
  'intake.modal.title': 'استيراد ملف',
  'intake.modal.label': 'تقرير (.docx، .pdf، .txt، .html)، أو جدول بيانات (.csv، .xlsx)، أو تقويم (.ics، .json)',
  'intake.modal.submit': 'اقرأه',
  'label.documentLink': 'الوثيقة',
  'label.revision': 'النسخة',
  'when.waitingForAnchor': 'لم يُحدَّد بعدُ موعد {anchorTitle}',
  'teams.button.document': 'فتح الوثيقة',
  'slack.modal.document': 'الوثيقة',
  'slack.modal.documentHint': 'عنوان الوثيقة التي ورد فيها البند أو رمزها. إن تُرك فارغًا: أضافته الأمانة.',
  'slack.modal.link': 'رابط الوثيقة',
  'slack.modal.linkHint': 'عنوان الوثيقة على الويب، https://…',
  'teams.form.labels.document': 'الوثيقة (العنوان أو الرمز؛ إن تُرك فارغًا: أضافته الأمانة)',
  'teams.form.labels.link': 'رابط الوثيقة (https://…)',
  'editing.field.badLink': 'اذكر عنوان الوثيقة على الويب، بادئًا بـhttps://‎ (أو http://‎)',
  'editing.field.documentNotLink': 'اذكر هنا عنوان الوثيقة أو رمزها، وعنوانها على الويب في link=',
  'editing.field.paragraphNeedsDocument':
    '{hasDocuments, select, yes {حدِّد الوثيقة التي ترد فيها هذه الفقرة باستخدام document="…" (عنوانها أو رمزها)، مثل document="{documents}"} other {حدِّد الوثيقة التي ترد فيها هذه الفقرة باستخدام document="…" (عنوانها أو رمزها)}}',
  'editing.field.anchorMissingSuggest': 'لا يوجد بند «{anchor}»؛ هل تقصد {suggestions}؟',
  'editing.field.tagNotOnItem': 'لا يحمل البند الوسم «{tag}» (وسومه: {tags})',
  'editing.tagsNew':
    '{n, plural, zero {ملاحظة: الوسوم {tags} جديدة، ولا يحملها أي بند آخر.} one {ملاحظة: الوسم {tags} جديد، ولا يحمله أي بند آخر.} two {ملاحظة: الوسمان {tags} جديدان، ولا يحملهما أي بند آخر.} few {ملاحظة: الوسوم {tags} جديدة، ولا يحملها أي بند آخر.} many {ملاحظة: الوسوم {tags} جديدة، ولا يحملها أي بند آخر.} other {ملاحظة: الوسوم {tags} جديدة، ولا يحملها أي بند آخر.}} تحقّق من الإملاء (الوسوم المستخدمة: {known}). ويضيف tags+=… وسمًا واحدًا مع الإبقاء على الوسوم الأخرى؛ ويزيل tags-=… وسمًا واحدًا.',
  'editing.dateProblem.ambiguousZone': '«{subject}» مختصر لعدة مناطق زمنية؛ سمِّ المنطقة الزمنية',
  'editing.undoConfirm':
    '{wrong, select, yes {هذا ليس رمز عملية التراجع هذه. } other {}}لم يُجرِ أمرك الأخير هذا التغيير: فالتراجع سيُلغي عملية «{action}» التي أُجريت على البند «{id}» ({at}). إن كان هذا ما تريده، فأرسل «/cwg undo confirm {code}»',
  'editing.importCodeWrong': '«{given}» ليس رمز هذه المعاينة (ولم يتغيّر شيء منذئذ): أرسل الاستيراد مرة أخرى مع confirm {code}',
  'editing.import.field': '«{path}»: {accepted}',
  'editing.import.oneOf': 'المتوقَّع إحدى القيم {values}',
  'editing.import.unknownKeys': 'ليست حقولًا لبند في التقويم: {keys}',
  'editing.import.tooLong': 'أطول من اللازم (الحد الأقصى {max})',
  'editing.import.type': 'المتوقَّع قيمة من النوع {expected}',
  'editing.import.missing': 'مفقود؛ ويلزم لكل بند',
  'editing.import.date': 'المتوقَّع تاريخ حقيقي مكتوب على النحو YYYY-MM-DD',
  'editing.import.datetime': 'المتوقَّع تاريخ ووقت حقيقيان مكتوبان على النحو YYYY-MM-DDTHH:mm',
  'editing.import.zone': 'المتوقَّع منطقة زمنية وفق IANA، مثل Europe/Zurich',
  'editing.import.id': 'المتوقَّع معرِّف: من 2 إلى 64 من الأحرف اللاتينية الصغيرة والأرقام والشرطات (ويجب أن يكون البند المرجعي معرِّف بند)',
  'editing.import.tag': 'المتوقَّع وسوم بأحرف لاتينية صغيرة: أحرف وأرقام وشرطات، بحد أقصى 32',
  'editing.import.approx': 'المتوقَّع سنة (2025) أو شهر (2025-07)',
  'editing.import.url': 'المتوقَّع عنوان على الويب يبدأ بـhttps://‎ (أو http://‎)',
  'editing.import.statusForWhen':
    'لا يتوافق مع التاريخ: تقترن «tba» بقيمة when.type «tba» أو «relative»، والبند غير المؤرَّخ حالته «tba» أو «cancelled» أو «done»',
  'editing.import.endBeforeStart': 'النهاية تسبق البداية',
  'editing.import.text': 'ليس بالشكل الذي يستخدمه ملف تصدير التقويم (انظر docs/editing.md)',
  'command.add.more':
    'يحدِّد document="…" الوثيقة التي ورد فيها البند (عنوانها أو رمزها)، ويحدِّد link=https://… عنوانها على الويب؛ ويتطلب source=6.7.9 (فقرتها) تحديد document=. ومن دونهما يُعرَض البند على أنه أضافته الأمانة.\nالمعرِّف قصير ومشتق من العنوان: مختصره ورقمه الترتيبي وسنته (العنوان الذي يتضمن المختصر CSTD والرقم الترتيبي 29 يعطي cstd-29)؛ واستخدم id=… لاختياره بنفسك. ويذكر كل رد المعرِّف.\nتُكتب الأوقات مع منطقتها الزمنية أو مختصرها: 10:00 EST، 15:00 CET، 09:00 JST (وتُرفض IST وCST وAST لأن كلًّا منها يدل على عدة مناطق). والفترات: 2025-06-04 - 2025-06-05.',
  'command.edit.more':
    'يضيف tags+=newtag وسمًا واحدًا ويزيل tags-=old وسمًا واحدًا؛ ويستبدل tags= الوسوم كلها وينبّه عندما يكون وسم ما جديدًا على التقويم.\nيحدِّد document="…" وlink=https://… الوثيقة التي ورد فيها البند؛ ويعرض /cwg show <id> رقم النسخة الذي يُعطى في rev=N. ويجوز وضع القيم بين علامتي اقتباس مزدوجتين أو مفردتين.',
  'command.undo.more': 'إذا أخفق أمرك الأخير أو لم يُجرِ التغيير الذي سيُلغيه التراجع، فإن undo يبيّن أولًا أي تغيير هو ويطلب منك إرسال «/cwg undo confirm <code>».',
  'cli.data.usage': `البيانات (أيًّا كان نظام التخزين: ملف البيانات، أو PostgreSQL مع CWG_DATABASE_URL أو ‎--database):
  npx cwg backup FILE              كتابة كل شيء (التقويم، وسجل التغييرات، والاشتراكات، وسجل عمليات
                                   الإرسال، والإعدادات) في ملف JSON واحد
  npx cwg restore FILE [--force]   تحميل نسخة احتياطية في مخزن فارغ (‎--force: استبدال ما يحتويه)
  npx cwg migrate-data --from A --to B [--force]
                                   نسخ جميع البيانات من A إلى B؛ وكل منهما مسار ملف بيانات أو عنوان postgres://
  --database URL                   استخدام قاعدة بيانات PostgreSQL هذه (الافتراضي: $CWG_DATABASE_URL)`,
  'cli.data.contents':
    '{items, plural, zero {لا بنود} one {بند واحد} two {بندان} few {# بنود} many {# بندًا} other {# بند}}، {audit, plural, zero {لا قيود في سجل التغييرات} one {قيد واحد في سجل التغييرات} two {قيدان في سجل التغييرات} few {# قيود في سجل التغييرات} many {# قيدًا في سجل التغييرات} other {# قيد في سجل التغييرات}}، {subscriptions, plural, zero {لا اشتراكات} one {اشتراك واحد} two {اشتراكان} few {# اشتراكات} many {# اشتراكًا} other {# اشتراك}}، {deliveries, plural, zero {لا قيود إرسال} one {قيد إرسال واحد} two {قيدا إرسال} few {# قيود إرسال} many {# قيدًا للإرسال} other {# قيد إرسال}}',
  'cli.data.backedUp': 'كُتبت النسخة الاحتياطية من {source} في {file} ({contents}).',
  'cli.data.restored': 'استُعيد {target} من {file} ({contents}).',
  'cli.data.copied': 'نُسخ {source} إلى {target} ({contents}).',
  'cli.data.notEmpty': 'يحتوي {target} بالفعل على بيانات ({contents}). والاستعادة ستستبدلها كلها، فلم يتغيّر شيء. أعد التشغيل مع ‎--force لاستبدالها.',
  'cli.data.missing': '{source} غير موجود: فلا شيء لنسخه أو لحفظ نسخة احتياطية منه.',
  'cli.data.noBackup': 'لا يوجد ملف نسخة احتياطية في {file}: اذكر مسار ملف كتبه الأمر «npx cwg backup FILE». لم يتغيّر شيء.',
  'cli.data.needFile': 'cwg {command}: سمِّ ملف النسخة الاحتياطية، مثل npx cwg {command} cwg-backup.json',
  'cli.data.needFromTo': 'cwg migrate-data: اذكر ‎--from و‎--to كليهما (وكل منهما مسار ملف بيانات أو عنوان postgres://).',
  'command.language.summary': 'اختيار اللغة التي يجيبك بها الروبوت، أو لغة هذه القناة.',
  'command.language.usage': 'language [ar|zh|en|fr|ru|es|auto] [channel]',
  'command.language.help':
    'من دون رمز: اللغة المعمول بها بالنسبة إليك وإلى هذه القناة، وسبب ذلك.\n«/cwg language fr» يجيبك بالفرنسية من الآن فصاعدًا (واختيارك الشخصي مقدَّم على غيره).\n«/cwg language fr channel» يجعل تذكيرات هذه القناة وموجزاتها وإشعارات التغيير فيها بالفرنسية؛ ويجوز ضبطها لكل من يحق له إدارة تذكيرات القناة.\n«auto» يزيل اختيارًا: اختيارك، أو اختيار القناة مع «channel».\nوما لم تختر لغة بنفسك، تتلقى لغة Slack أو Teams لديك إن كانت متاحة لدى الروبوت، ثم لغة القناة، ثم اللغة الافتراضية للروبوت.',
  'language.current': 'تتلقى الإجابات باللغة {name} ({code}): {why}.',
  'language.why':
    '{rule, select, flag {محدَّدة بـ‎--lang في سطر الأوامر هذا} user {اختيارك الشخصي} locale {إعداد اللغة لديك في {platform} ({locale})} channel {لغة هذه القناة} other {اللغة الافتراضية للروبوت}}',
  'language.channel':
    '{state, select, set {تذكيرات هذه القناة وموجزاتها وإشعارات التغيير فيها باللغة {name} ({code}).} other {ليست لهذه القناة لغة خاصة بها: فتذكيراتها وموجزاتها وإشعارات التغيير فيها باللغة {name} ({code})، وهي اللغة الافتراضية للروبوت.}}',
  'language.setUser': 'من الآن فصاعدًا أجيبك باللغة {name} ({code}).',
  'language.setChannel': 'من الآن فصاعدًا تكون تذكيرات هذه القناة وموجزاتها وإشعارات التغيير فيها باللغة {name} ({code}).',
  'language.clearedUser': 'أُزيل اختيارك الشخصي: فأنت تتلقى الآن الإجابات باللغة {name} ({code})، {why}.',
  'language.clearedChannel': 'لم تعد لهذه القناة لغة خاصة بها: فما يُنشَر هنا باللغة {name} ({code})، وهي اللغة الافتراضية للروبوت.',
  'language.unknown': '«{code}» ليست من لغات الروبوت. اختر إحدى اللغات التالية: {list}.',
  'language.needsConversation': 'لا يمكن ضبط لغة قناة إلا في تلك القناة.',
  'language.hint': 'لتغييرها: /cwg language <code> لك، و/cwg language <code> channel لهذه القناة. والرموز: {codes}.',
  'language.notYet': 'فهرس اللغة {name} غير متاح بعدُ: فأنت ترى النص الإنكليزي ريثما يتاح.',
  'language.badWords': 'اذكر رمز لغة واحدًا، ثم «channel» لضبط لغة هذه القناة.',
  'editing.badTranslation': '«{field}»: الترجمة هي title أو place أو notes، تليها نقطة ورمز لغة ({codes})، مثل title.fr="…".',
  'cli.usageLang': '  --lang CODE      الإجابة بهذه اللغة: ar أو zh أو en أو fr أو ru أو es (الافتراضي: لغتك في /cwg language، وإلا $CWG_LANG، وإلا en)',
  'cli.badLang': 'cwg: ‎--lang «{value}» ليست من اللغات: {codes}',
  'editing.translationsHelp':
    'الترجمات: تعطي title.fr="…" وplace.es="…" وnotes.ru="…" (ar، zh، fr، ru، es) نص البند بتلك اللغة؛ فيرى قراؤها الترجمة، ويرى غيرهم النص الإنكليزي. والقيمة الفارغة تزيل ترجمة.',
  'slack.modal.translations': 'الترجمات',
  'slack.modal.translationsHint': 'ترجمة في كل سطر: title.fr=…، place.es=…، notes.ru=… (ar، zh، fr، ru، es). احذف سطرًا لإزالة تلك الترجمة.',
  'teams.form.labels.translations': 'الترجمات، ترجمة في كل سطر: title.fr=…، place.es=…، notes.ru=… (ar، zh، fr، ru، es)',
  // branch everyday2: tomorrow/next week/next month, product words, teams notes
  'asking.heading.tomorrow': 'غدًا، {day}',
  'asking.heading.nextWeek': 'الأسبوع المقبل، {days}',
  'asking.heading.nextMonth': 'الشهر المقبل، {days}',
  'asking.help.ahead':
    'لما هو أبعد: «/cwg tomorrow» (غدًا)، «/cwg next week» (الأسبوع المقبل، من الاثنين إلى الأحد)، «/cwg next month» (الشهر المقبل، من يومه الأول إلى الأخير).',
  'language.platform': '{platform, select, slack {Slack} teams {Microsoft Teams} console {وحدة التحكم} cli {سطر الأوامر} other {{platform}}}',
  'intake.pasted': 'نص JSON ملصق',
};

export default ar;
