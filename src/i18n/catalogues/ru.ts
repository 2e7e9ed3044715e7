import type { Catalogue } from '../messages.js';

/**
 * Русский каталог (Russian catalogue): every word the bot shows, as ICU MessageFormat (intl-messageformat 12),
 * with the same ids and placeholders as en.ts. Plurals use the four CLDR categories one/few/many/other
 * (1 день, 2 дня, 5 дней, 1,5 дня; 21 день, 11 дней). Command words, item ids, keywords the parser reads
 * (past, all, confirm, field=…), placeholders and example command syntax stay as in English; the prose around
 * them is translated. Quotes are «ёлочки»; «е» is written for «ё», as in UN Russian documents.
 *
 * Translation status: machine-assisted draft by the development team, not yet reviewed by an ITU language service.
 * Corrections: propose a change to this one file (see docs/languages.md).
 *
 * Glossary (English → Russian):
 *   ITU → МСЭ; ITU Council → Совет МСЭ; ITU Sectors → Секторы МСЭ; councillors → члены Совета
 *   CWG-WSIS&SDG → РГС-ВВУИО&ЦУР (Рабочая группа Совета по ВВУИО и ЦУР)
 *   Council Working Group on WSIS and the SDGs → Рабочая группа Совета по ВВУИО и ЦУР
 *   WSIS → ВВУИО; WSIS+20 → ВВУИО+20; SDGs → ЦУР; IGF → ФУИ (Форум по управлению интернетом)
 *   CSTD → КНТР (Комиссия по науке и технике в целях развития); HLPF → ПФВУ; GDC → Глобальный цифровой договор
 *   RDF → Региональный форум по развитию (РФР); secretariat → секретариат; Member States → Государства-Члены
 *   members → члены; Chair → Председатель; all stakeholders → все заинтересованные стороны
 *   event → мероприятие; deadline → срок; action deadline → срок выполнения действий; item → запись
 *   who must act → кто должен принять меры; tag → тег; source paragraph → пункт-источник (пункт отчета)
 *   outcomes report → отчет о результатах; review flag → отметка о проверке; to be announced → будет объявлена позднее
 *   reminder → напоминание; weekly digest → еженедельная сводка; change notice → уведомление об изменении
 *   channel → канал; subscribe → подписать(ся); delivery → доставка; Geneva time → женевское время
 *   reschedule → перенести; announce a date → объявить дату; cancel → отменить; mark done → отметить как выполненное
 *   undo → отменить последнее изменение; audit trail → журнал изменений; revision → версия; calendar feed → канал календаря (URL)
 */
const ru: Catalogue = {
  /** The Intl locale dates and numbers are formatted with (digits pinned with -u-nu-). */
  'meta.locale': 'ru-RU',
  'meta.numberingSystem': 'latn',

  'list.separator': ', ',
  'list.and': ' и ',
  'list.or': ' или ',
  quote: '«{text}»',

  'status.confirmed': 'подтверждено',
  'status.tba': 'дата будет объявлена позднее',
  'status.rescheduled': 'перенесено',
  'status.cancelled': 'отменено',
  'status.done': 'выполнено',
  'kind.event': 'мероприятие',
  'kind.deadline': 'срок',
  'kindPlural.event': 'мероприятия',
  'kindPlural.deadline': 'сроки',
  'actor.secretariat': 'секретариат',
  'actor.members': 'члены',
  'actor.chair': 'Председатель',
  'actor.all-stakeholders': 'все заинтересованные стороны',
  'actor.sectors': 'Секторы МСЭ',
  'actor.councillors': 'члены Совета',

  'actor.council-chair': 'Председатель Совета МСЭ',
  'label.when': 'Когда',
  'label.yourTime': 'Ваше время',
  'label.place': 'Место',
  'label.organiser': 'Организатор',
  'label.whoMustAct': 'Кто должен принять меры',
  'label.sendTo': 'Куда направлять',
  'label.source': 'Источник',
  'label.status': 'Статус',
  'label.tags': 'Теги',
  'label.previously': 'Ранее',
  'label.anchor': 'Привязано к',
  'label.review': 'Проверка',
  'label.id': 'id',
  'label.link': 'Ссылка',
  'label.details': 'Подробности',

  'when.tba': 'дата будет объявлена позднее',
  'when.expected': 'ожидается {approx}',
  'when.waitingFor': '{wording}: дата «{anchorTitle}» еще не определена',
  'when.endOfDayGeneva': 'до конца дня {day} (по женевскому времени)',
  'when.atGeneva': '{text} по женевскому времени',
  'when.inZone': '{text} ({zone})',
  'when.anchored': '{wording} (переносится вместе с «{anchorTitle}»)',
  'when.offset':
    '{direction, select, before {{n, plural, one {за # день до} few {за # дня до} many {за # дней до} other {за # дня до}}} after {{n, plural, one {через # день после} few {через # дня после} many {через # дней после} other {через # дня после}}} other {в тот же день}}',
  'when.offsetFrom':
    '{direction, select, before {{n, plural, one {за # день до даты «{anchor}»} few {за # дня до даты «{anchor}»} many {за # дней до даты «{anchor}»} other {за # дня до даты «{anchor}»}}} after {{n, plural, one {через # день после даты «{anchor}»} few {через # дня после даты «{anchor}»} many {через # дней после даты «{anchor}»} other {через # дня после даты «{anchor}»}}} other {в день «{anchor}»}}',

  'countdown.now': 'сейчас',
  'countdown.today': 'сегодня',
  'countdown.tomorrow': 'завтра',
  'countdown.yesterday': 'вчера',
  'countdown.inDays': '{n, plural, one {через # день} few {через # дня} many {через # дней} other {через # дня}}',
  'countdown.daysAgo': '{n, plural, one {# день назад} few {# дня назад} many {# дней назад} other {# дня назад}}',
  'countdown.inHours': '{n, plural, one {через # час} few {через # часа} many {через # часов} other {через # часа}}',
  'countdown.hoursAgo': '{n, plural, one {# час назад} few {# часа назад} many {# часов назад} other {# часа назад}}',
  'countdown.ongoing': 'проходит сейчас, завершится {endsIn}',

  'review.printed': 'дата в том виде, как она напечатана в отчете: «{printed}» · наше прочтение: {interpretation}',
  previously: '{hasNote, select, yes {{when} ({note})} other {{when}}}',
  'source.paragraph': 'п. {paragraph}, {document}',
  'source.secretariat': 'Добавлено секретариатом РГС-ВВУИО&ЦУР',
  paragraph: 'п. {paragraph}',

  'doubts.unverified': 'дата не проверена',
  'doubts.dependsOn': 'дата зависит от непроверенной даты «{anchorTitle}»',
  'doubts.extended': 'продленный срок',
  'doubts.during': 'в рамках мероприятия «{eventTitle}», {dates}',
  'doubts.duringAnchor': 'в рамках мероприятия',
  'doubts.hours': '{dates} ({hours})',
  'doubts.review.unverified': 'дата не проверена: «{printed}» · {note}',
  'doubts.review.interpretation': 'в отчете сказано: «{printed}» · наше прочтение: {reading}',
  'doubts.review.wording': 'неясная формулировка в отчете: «{printed}» · наше прочтение: {reading}',
  'doubts.neverDated.heading': 'Ожидалось: {period}; дата так и не назначена',
  'doubts.neverDated.hint':
    'Для секретариата: назначьте каждой записи (или записи, от которой она зависит) дату командой «/cwg announce <id> <date>» либо закройте ее командой «/cwg done <id>» или «/cwg cancel <id>».',
  'doubts.neverDated.count':
    '{n, plural, =1 {Для 1 записи (ожидалась: {period}) дата так и не назначена; ее выводит «/cwg {command}».} one {Для # записи (ожидались: {period}) дата так и не назначена; их выводит «/cwg {command}».} few {Для # записей (ожидались: {period}) дата так и не назначена; их выводит «/cwg {command}».} many {Для # записей (ожидались: {period}) дата так и не назначена; их выводит «/cwg {command}».} other {Для # записи (ожидались: {period}) дата так и не назначена; их выводит «/cwg {command}».}}',
  'heading.nextDeadline': 'Ближайший срок',
  'heading.nextDeadlines': 'Ближайшие сроки ({day}): {n}',
  'heading.nextEvent': 'Ближайшее мероприятие',
  'heading.nextEvents': 'Ближайшие мероприятия (начало {day}): {n}',
  'heading.ongoing': 'Проходит сейчас',
  // The code passes {days} and {n} here as text, not as plural numbers: the abbreviation «дн.» («изм.», «симв.») fits every number.
  'heading.upcoming': 'Предстоит в ближайшие {days} дн.',
  'heading.list': '{scope, select, past {Прошедшие {kind}} all {Все {kind}} other {Предстоящие {kind}}}',
  'heading.search': 'Поиск: {words}',
  'heading.show': '{title}',
  'heading.review': 'Записи, отмеченные для проверки',
  filterSuffix: ' по запросу «{filter}»',

  'empty.nothingUpcoming': 'Впереди ничего нет: в календаре нет предстоящих записей категории «{what}»{filter}.',
  'empty.mostRecent': 'Последняя прошедшая запись (категория «{what}»):',
  'empty.noneAtAll': 'В календаре нет записей категории «{what}»{filter}.',
  'empty.howToAdd':
    'Секретариат добавляет новые записи командами «/cwg add event …» или «/cwg add deadline …» либо объявляет дату командой «/cwg announce <id> <date>».',
  'empty.upcomingWindow': 'В ближайшие {days} дн. ничего нет{filter}.',
  'empty.undatedCount':
    '{n, plural, =1 {Еще у 1 записи пока нет даты (ее выводит «/cwg events»).} one {Еще у # записи пока нет даты (их выводят «/cwg events» и «/cwg deadlines»).} few {Еще у # записей пока нет даты (их выводят «/cwg events» и «/cwg deadlines»).} many {Еще у # записей пока нет даты (их выводят «/cwg events» и «/cwg deadlines»).} other {Еще у # записи пока нет даты (их выводят «/cwg events» и «/cwg deadlines»).}}',
  'empty.searchNone':
    'В календаре нет ничего, что соответствует запросу «{words}». Попробуйте меньше слов или другие слова, тег (igf, cstd, wsis20…) или «/cwg events all».',
  'empty.reviewNone': 'Нет записей, отмеченных для проверки.',
  'empty.moreResults': 'Еще результатов: {n}; добавьте слова, чтобы сузить поиск.',
  'empty.pastHint': 'Добавьте «past», чтобы увидеть завершившиеся записи, или «all», чтобы увидеть все.',

  'error.emptyInput': 'Введите команду после /cwg, например «/cwg next-deadline». Список всех команд выводит «/cwg help».',
  'error.tooLong': 'Команда слишком длинная (более {max} символов). Сократите ее и повторите попытку.',
  'error.unknownCommand':
    '«{word}» не является командой /cwg.{hasSuggestion, select, yes { Возможно, вы имели в виду «{suggestion}»?} other {}} Список команд выводит «/cwg help».',
  'error.notFound':
    'Нет записи с id «{id}».{hasSuggestions, select, yes { Возможно, вы имели в виду {suggestions}?} other {}} Команда «/cwg search <words>» находит записи по названию.',
  'error.usage': '{message}\nФормат: {usage}',
  'error.useCommand': 'использовать «/cwg {name}»',
  'error.forbidden': 'К сожалению, {action} может только секретариат МСЭ. Просьба обратиться к секретариату РГС-ВВУИО&ЦУР с просьбой внести это изменение.',
  'error.action.changeCalendar': 'изменять календарь',
  'error.action.listSubscriptions': 'просматривать список всех подписанных каналов',
  'error.internal':
    'Что-то пошло не так на нашей стороне; ничего не изменено. Просьба повторить попытку и, если ошибка повторяется, сообщить об этом секретариату.',
  'error.writeRejected':
    'Изменение не сохранено: оно сделало бы данные календаря недействительными. Ничего не изменено; просьба сообщить об этом секретариату.',
  'error.storeClosed': 'Календарь завершает работу, поэтому изменение не сохранено. Просьба повторить попытку через минуту.',
  'error.unknownFilter': '«{word}» не является ни тегом, ни указанием на то, кто должен принять меры. Теги: {tags}. Кто должен принять меры: {actors}.',
  'error.badDays': '«{word}» не является числом дней от 1 до 3660.',
  'error.missingId': 'Укажите id записи, например «/cwg show igf-2025». Команда «/cwg search <words>» находит id.',
  'error.missingWords': 'Укажите одно или несколько слов для поиска, например «/cwg search igf».',
  'error.noArguments': 'Команда {command} не принимает аргументов{hasWhat, select, yes {: {what}} other {}}.',
  'error.helpTakesOne': 'Команда help принимает не более одного названия команды.',

  'help.intro': 'Бот-календарь РГС-ВВУИО&ЦУР: мероприятия и сроки выполнения действий Рабочей группы Совета по ВВУИО и ЦУР.',
  'help.footer':
    'Даты указаны по женевскому времени (и по вашему, если оно отличается). Срок, для которого указана только дата, истекает в конце этого дня по женевскому времени. «/cwg help <command>» поясняет одну команду.',
  'help.heading': 'Команды',
  'help.group.query': 'Запросы',
  'help.group.edit': 'Секретариат',
  'help.group.reminders': 'Напоминания',
  'help.group.export': 'Экспорт календаря',
  'help.group.other': 'Прочее',
  'help.unknownTopic': 'Команды «{topic}» нет. Список всех команд выводит «/cwg help».',
  'help.also': 'Также: {aliases}',

  consoleBanner: 'Бот РГС-ВВУИО&ЦУР, чат в консоли. Введите «/cwg help» (или просто «help»); для выхода нажмите Ctrl-D.',
  'cli.usage': `Формат: npx cwg <command words> [options]

Выводит простым текстом ответ, который бот дал бы на «/cwg <command words>».

Параметры:
  --now ISO-8601   выполнить так, как если бы сейчас был указанный момент (например, 2025-03-01T09:00:00+01:00)
  --json           вывести модель ответа в формате JSON ('{ text, items, ... }')
  --data FILE      файл данных (по умолчанию: $CWG_DATA_FILE или data/cwg.db.json)
  --tz ZONE        ваш часовой пояс IANA, чтобы видеть даты и в нем (например, America/New_York)
  -y, --confirm    подтвердить дату в далеком прошлом или будущем (то же, что слово «confirm»)
  --user ID        выполнить от имени этого пользователя чата, с его ролью (Slack U…, object id в Teams;
                   для ясности добавьте префикс slack: или teams:). Без этого параметра вы действуете как секретариат.
  -h, --help       эта справка

Примеры:
  npx cwg next-deadline
  npx cwg upcoming 60 --now 2025-02-15T09:00:00+01:00
  npx cwg show igf-2025 --json
  npx cwg help            (собственный список команд бота)

Код завершения: 0 при успехе, 2 при ошибке в формате вызова, 1 при любой другой ошибке.`,
  'cli.badOption': 'cwg: {problem}\n\n{usage}',
  'cli.noCommand': 'cwg: команда не указана.',
  'cli.badNow': 'cwg: --now «{value}» не является моментом времени в формате ISO 8601; попробуйте, например, 2025-03-01T09:00:00+01:00',
  'cli.badTz': 'cwg: --tz «{value}» не является часовым поясом IANA; попробуйте, например, Europe/Zurich или America/New_York',
  'cli.failed': 'cwg: {message}',

  'command.next-deadline.summary': 'Ближайший срок выполнения действий (и все сроки, истекающие в тот же день).',
  'command.next-deadline.usage': 'next-deadline [tag | who-must-act …]',
  'command.next-deadline.help':
    'Показывает ближайший еще не истекший срок, а также все другие сроки, истекающие в тот же день.\nСузить выбор можно тегом (igf, cstd, wsis20, hlpf, gdc, ai, council, rdf…) или указанием на то, кто должен принять меры (members, secretariat, chair).\nПример: /cwg next-deadline members',
  'command.next-event.summary': 'Ближайшее мероприятие и все мероприятия, которые проходят сейчас.',
  'command.next-event.usage': 'next-event [tag | who-must-act …]',
  'command.next-event.help': 'Показывает мероприятия, которые проходят сейчас, и ближайшее из предстоящих.\nПример: /cwg next-event igf',
  'command.upcoming.summary': 'Мероприятия и сроки в ближайшие N дней (по умолчанию 30).',
  'command.upcoming.usage': 'upcoming [N days] [tag | who-must-act …]',
  'command.upcoming.help':
    'Перечисляет то, что начинается или истекает в ближайшие дни, а также мероприятия, которые проходят сейчас.\nПримеры: /cwg upcoming, /cwg upcoming 90, /cwg upcoming 14 days members',
  'command.deadlines.summary': 'Все предстоящие сроки (добавьте «past» или «all», чтобы увидеть прошедшие).',
  'command.deadlines.usage': 'deadlines [past | all] [tag | who-must-act …]',
  'command.deadlines.help':
    'Перечисляет еще не истекшие сроки, а затем сроки, дата которых будет объявлена позднее.\n«/cwg deadlines past» перечисляет истекшие сроки (начиная с последнего); «/cwg deadlines all» перечисляет все.\nПример: /cwg deadlines past wsis20',
  'command.events.summary': 'Все предстоящие мероприятия (добавьте «past» или «all», чтобы увидеть прошедшие).',
  'command.events.usage': 'events [past | all] [tag | who-must-act …]',
  'command.events.help':
    'Перечисляет еще не завершившиеся мероприятия, а затем мероприятия, дата которых будет объявлена позднее.\n«/cwg events past» перечисляет завершившиеся (начиная с последнего); «/cwg events all» перечисляет все.\nПример: /cwg events past wsis20',
  'command.show.summary': 'Все сведения об одной записи: даты, место, кто должен принять меры, пункт-источник.',
  'command.show.usage': 'show <id>',
  'command.show.help':
    'Показывает одну запись полностью, с пунктом отчета, из которого она взята, и прежними датами, если они были.\nПример: /cwg show igf-2025',
  'command.search.summary': 'Поиск записей по словам в названии, месте, тегах или пункте-источнике.',
  'command.search.usage': 'search <words>',
  'command.search.help': 'Должно совпасть каждое слово. Диакритические знаки и регистр не учитываются.\nПримеры: /cwg search unesco forum, /cwg search 6.7.9',
  'command.add.summary': 'Добавить в календарь мероприятие или срок.',
  'command.add.usage': 'add event|deadline title="…" date="…" [place=… who=… tags=… send-to=… id=…]',
  'command.add.help':
    'Дата, отстоящая более чем на год в прошлое или более чем на три года вперед, скорее всего, введена с опечаткой: бот попросит повторить команду, добавив в конце «confirm».\nДаты: 2025-03-04, 4 March 2025, 23–27 June 2025, 2025-06-04..2025-06-05, 7 July 2025 13:30-14:30 Europe/Zurich, tba 2025, "21 days before cwg-42".\nwho: members, secretariat, chair, all-stakeholders, sectors, councillors, council-chair (через запятую). tags: igf,ai. Если id не указан, он составляется из названия и года.\nПример: /cwg add deadline title="Замечания по проекту отчета" date="4 March 2025" who=members send-to=wsis-info@itu.int tags=wsis20',
  'command.edit.summary': 'Изменить поля записи.',
  'command.edit.usage': 'edit <id> field=value …',
  'command.edit.help':
    'Поля: title, date, place, notes, who, tags, send-to, url, organiser, source (пункт отчета), status, kind. Пустое значение очищает поле (place="").\nИзменение date= исправляет дату (если дата перенесена, используйте reschedule). rev=N отклоняет изменение, если после того, как вы видели версию N, запись кто-то изменил.\nreview=resolved снимает с записи отметки о проверке («дата в том виде, как она напечатана в отчете») после того, как секретариат проверил дату; в истории они сохраняются.\nПример: /cwg edit igf-2025 place="Лиллестрём, Норвегия" tags=igf,ai',
  'command.reschedule.summary': 'Перенести запись на новую дату (привязанные к ней сроки переносятся вместе с ней).',
  'command.reschedule.usage': 'reschedule <id> <date or range> [reason="…"]',
  'command.reschedule.help':
    'Дата, отстоящая более чем на год в прошлое или более чем на три года вперед, скорее всего, введена с опечаткой: бот попросит повторить команду, добавив в конце «confirm».\nПрежняя дата сохраняется и показывается как «ранее». Сроки, отсчитываемые от этой записи («за три недели до собрания»), переносятся вместе с ней; в ответе они перечислены.\nПример: /cwg reschedule cwg-42 10-11 February 2025 reason="смена зала"',
  'command.announce.summary': 'Указать дату записи, дата которой должна была быть объявлена позднее.',
  'command.announce.usage': 'announce <id> <date or range>',
  'command.announce.help':
    'Сроки, отсчитываемые от этой записи, также получают даты; в ответе они перечислены.\nПример: /cwg announce council-2025 2025-06-17..2025-06-27',
  'command.cancel.summary': 'Отметить запись как отмененную (она остается в календаре с соответствующей отметкой).',
  'command.cancel.usage': 'cancel <id> [reason]',
  'command.cancel.help':
    'Напоминания прекращаются; подписчики получают уведомление. «/cwg undo» отменяет это действие.\nПример: /cwg cancel strategic-plan-workshop перенесено в онлайн-формат, см. следующее собрание',
  'command.done.summary': 'Отметить запись как выполненную (действие осуществлено).',
  'command.done.usage': 'done <id>',
  'command.done.help': 'Пример: /cwg done hlpf-2025-comments',
  'command.undo.summary': 'Отменить ваше последнее изменение.',
  'command.undo.usage': 'undo',
  'command.undo.help':
    'Возможно, только если с тех пор запись никто не изменял; в противном случае бот сообщает, кто и когда ее изменил. Повторите команду, чтобы вернуться еще на шаг назад.',
  'command.history.summary': 'Показать, кто, когда и откуда изменял запись и что именно было изменено.',
  'command.history.usage': 'history <id>',
  'command.history.help': 'Пример: /cwg history cwg-42',
  'command.review.summary': 'Перечислить записи, отмеченные для проверки, с формулировками самого отчета.',
  'command.review.usage': 'review',
  'command.review.help':
    'Для каждой записи показаны дата в том виде, как она напечатана в отчете, прочтение бота и причина отметки. Исправить запись можно командой «/cwg edit <id> …».',
  'command.export.summary': 'Весь календарь в виде файла JSON (его читает команда «import»).',
  'command.export.usage': 'export',
  'command.export.help': 'Только записи: без журнала изменений, подписок и сведений о доставке.',
  'command.import.summary': 'Загрузить записи из файла календаря в формате JSON, предварительно показав, что изменится.',
  'command.import.usage': `import <path | ''json''> [confirm <code>]`,
  'command.import.help':
    'При первом запуске показываются различия и код подтверждения; ничего не меняется, пока вы не запустите команду снова с «confirm <code>».\nЗаписи из файла добавляются или заменяют запись с тем же id; записи, которых нет в файле, сохраняются. «/cwg undo» отменяет весь импорт целиком.\nПуть к файлу можно указать только в командной строке самого бота (npx cwg import backup.json); в чате вставьте небольшой JSON в одинарных кавычках.',
  'command.help.summary': 'Перечислить команды или пояснить одну из них.',
  'command.help.usage': 'help [command]',
  'command.help.help': '',
  'command.subscribe.summary': 'Публиковать в этом канале напоминания о мероприятиях и сроках.',
  'command.subscribe.usage': 'subscribe [all | events | deadlines] [tag | who-must-act …] [at HH:MM] [tz ZONE] [offsets 14d,3d,1d] [digest off]',
  'command.subscribe.help':
    'Этот канал получает напоминания перед мероприятиями (за 30, 7 и 1 день) и сроками (за 7 и 1 день, а также утром в день истечения срока),\nеженедельную сводку по понедельникам на ближайшие 14 дней и уведомление, когда отслеживаемая запись добавлена, перенесена, отменена или получила дату.\nНапоминания приходят в 09:00 по женевскому времени, если не указано иное. Повторный запуск меняет только то, что вы указали.\nПримеры: /cwg subscribe, /cwg subscribe deadlines members at 08:30 tz America/New_York, /cwg subscribe igf offsets 14d,3d digest off',
  'command.unsubscribe.summary': 'Прекратить напоминания в этом канале.',
  'command.unsubscribe.usage': 'unsubscribe',
  'command.unsubscribe.help': '',
  'command.subscriptions.summary': 'О чем напоминают этому каналу и когда будет следующее напоминание.',
  'command.subscriptions.usage': 'subscriptions [all]',
  'command.subscriptions.help':
    'Показывает настройки напоминаний этого канала и следующее запланированное напоминание.\nСекретариат может вывести список всех подписанных каналов командой «/cwg subscriptions all».',
  'command.deliveries.summary': 'Просмотреть недоставленные напоминания и отправить их повторно.',
  'command.deliveries.usage': 'deliveries [failed | retry <key> | retry all]',
  'command.deliveries.help':
    'Без параметров: когда последний раз рассылались напоминания и сколько из них не доставлено.\n«failed» перечисляет доставки, не удавшиеся после нескольких попыток (с последней ошибкой); «retry <key>» или «retry all» отправляет их повторно при следующем запуске.',
  'command.ics.summary': 'Календарь в виде файла .ics для Outlook или Google Календаря (или одна запись для добавления в ваш календарь).',
  'command.ics.usage': 'ics [tag | who-must-act … | <id>]',
  'command.ics.help':
    'Выдает календарь (или его часть, соответствующую тегу или указанию на то, кто должен принять меры) в виде файла iCalendar для импорта, а также адрес для подписки на него.\nС id записи выдает только эту запись для добавления в ваш собственный календарь.\nЗаписи, дата которых будет объявлена позднее, не включаются, пока у них нет даты; отмененные записи остаются с отметкой об отмене.\nПримеры: /cwg ics · /cwg ics wsis20 members · /cwg ics igf-2025',

  'editing.field.mustBeText': 'должно быть текстом',
  'editing.field.empty': 'не может быть пустым',
  'editing.field.tooLong': 'длина — {n} симв.; допускается не более {limit}',
  'editing.field.noLinks': 'не может содержать ссылок; укажите ссылку в url=',
  'editing.field.badDate': '{problem}; запишите, например, так: {example}',
  'editing.field.notADate': 'не является допустимой датой',
  'editing.field.badActor': '«{word}» не входит в число допустимых значений: {actors}',
  'editing.field.badTag': '«{word}» не является тегом: строчные латинские буквы, цифры и дефисы, не более 32 символов',
  'editing.field.tooManyTags': 'не более 20 тегов',
  'editing.field.badSendTo': 'укажите адрес электронной почты (wsis-info@itu.int) или ссылку https://',
  'editing.field.badUrl': 'укажите веб-ссылку, начинающуюся с https:// (или http://)',
  'editing.field.badSource': 'укажите пункт отчета, например 6.7.9',
  'editing.field.badStatus': 'должно быть одним из значений: {statuses}',
  'editing.field.badKind': 'должно быть event или deadline',
  'editing.field.badReview': 'review=resolved снимает отметки о проверке после того, как дата проверена (в журнале изменений они сохраняются)',
  'editing.field.badId': 'id состоит из 2–64 строчных латинских букв, цифр и дефисов, например igf-2025',
  'editing.field.idTaken': '«{id}» уже используется; выберите другой id',
  'editing.field.needTitle': 'укажите название',
  'editing.field.needDate': 'укажите дату или «tba»',
  'editing.field.noDateYet': 'у «{id}» еще нет даты; чтобы указать ее, используйте announce',
  'editing.field.sameDate': 'у «{id}» уже указана эта дата',
  'editing.field.anchored': 'дата «{id}» отсчитывается от «{anchor}»; объявите дату той записи или перенесите эту',
  'editing.field.hasDate': 'у «{id}» уже есть дата; чтобы изменить ее, используйте reschedule',
  'editing.field.announceTba': 'укажите объявляемую дату, а не «tba»',
  'editing.field.alreadyCancelled': '«{id}» уже отменена',
  'editing.field.alreadyDone': '«{id}» уже отмечена как выполненная',
  'editing.field.cancelledNotDone': '«{id}» отменена; ее нельзя отметить как выполненную',
  'editing.field.reasonTooLong': 'не более {limit} символов',
  'editing.field.fileTooBig': 'больше {mb} МБ',
  'editing.field.fileNotJson': 'не является допустимым JSON{hasPosition, select, yes { (в позиции {position})} other {}}',
  'editing.field.fileShape': `должно быть экспортом календаря ('{"items": [...]}') или списком записей`,
  'editing.field.fileTooManyItems': 'содержит более 5000 записей',
  'editing.field.duplicateId': 'повторяющийся id «{id}»',
  'editing.field.unsafeUrl': '{field}: допускаются только ссылки https:, http: или mailto:',
  'editing.field.itemLabel': 'запись {n}{hasId, select, yes { ({id})} other {}}',
  'editing.field.fileUnreadable': 'Не удается прочитать «{path}»: {reason}.',
  'editing.field.fileTooBigReason': 'больше {mb} МБ',
  'editing.field.anchorMissing': 'опорной записи «{anchor}» не существует',
  'editing.field.anchorCycle': 'привязки образуют замкнутый круг через «{id}»',
  'editing.field.aboutItem': '{id}: {message}',
  'editing.field.invalid': 'здесь это значение недопустимо',
  'editing.field.badEntry': '«{path}» отсутствует или имеет не тот вид, который используется в экспорте календаря',

  'editing.dateProblem.empty': 'дата не указана',
  'editing.dateProblem.tooLong': 'это слишком длинно для одной даты',
  'editing.dateProblem.notMonth': '«{subject}» не является месяцем',
  'editing.dateProblem.offsetTooLarge': 'смещение превышает десять лет',
  'editing.dateProblem.rangeBackwards': 'период заканчивается раньше, чем начинается ({subject})',
  'editing.dateProblem.timesOnRange': 'укажите время для одного дня или период из нескольких дней без времени',
  'editing.dateProblem.timeBackwards': 'время окончания не позже времени начала ({subject})',
  'editing.dateProblem.ambiguous': '«{subject}» допускает двоякое толкование: в разных странах день и месяц записываются в разном порядке',
  'editing.dateProblem.notZone': '«{subject}» не является часовым поясом',
  'editing.dateProblem.unreadableTime': 'не удается прочитать время в «{subject}»',
  'editing.dateProblem.notTime': '{subject} не является временем суток',
  'editing.dateProblem.noYear': 'в «{subject}» не указан год',
  'editing.dateProblem.unreadable': 'не удается прочитать «{subject}» как дату',
  'editing.dateProblem.notReal': '«{subject}» не является существующей календарной датой',
  'editing.dateProblem.hoursOnDates': 'слова в скобках (часы, указанные в источнике) допускаются только после дат на весь день',
  'editing.farPast': '{day} — это более чем на год в прошлом',
  'editing.farAhead': '{day} — это более чем на три года вперед',
  'editing.importCodeStale': 'календарь или файл изменились после этого предварительного просмотра; проверьте новый предварительный просмотр (код {code})',
  'editing.verb.add': 'Добавлено',
  'editing.verb.edit': 'Изменено',
  'editing.verb.reschedule': 'Перенесено',
  'editing.verb.announce': 'Объявлена дата',
  'editing.verb.cancel': 'Отменено',
  'editing.verb.done': 'Отмечено как выполненное',
  'editing.verb.undo': 'Возвращено в прежнее состояние',
  'editing.verb.import': 'Импортировано',
  'editing.actionName.add': 'добавление',
  'editing.actionName.edit': 'правка',
  'editing.actionName.reschedule': 'перенос',
  'editing.actionName.announce': 'объявление даты',
  'editing.actionName.cancel': 'отмена',
  'editing.actionName.done': 'отметка о выполнении',
  'editing.actionName.undo': 'отмена изменения',
  'editing.actionName.import': 'импорт',
  'editing.changed': '{verb}: «{id}». Текущее состояние записи:',
  'editing.unchanged': 'Ничего не изменено: у «{id}» уже есть эти значения.',
  'editing.movedHeading':
    '{n, plural, one {# запись, привязанная к «{anchor}», перенесена вместе с ней:} few {# записи, привязанные к «{anchor}», перенесены вместе с ней:} many {# записей, привязанных к «{anchor}», перенесены вместе с ней:} other {# записи, привязанной к «{anchor}», перенесены вместе с ней:}}',
  'editing.movedLine': '• {title} ({id}): {after} (было: {before})',
  'editing.undoHint': 'Ошиблись? «/cwg undo» отменяет ваше последнее изменение.',
  'editing.actionNoun.add': 'добавление',
  'editing.actionNoun.edit': 'правка',
  'editing.actionNoun.reschedule': 'перенос',
  'editing.actionNoun.announce': 'объявление даты',
  'editing.actionNoun.cancel': 'отмена',
  'editing.actionNoun.done': 'отметка о выполнении',
  'editing.actionNoun.import': 'импорт',
  'editing.undone':
    'Отменено ваше действие «{action}» в отношении «{id}»{others, plural, =0 {} one { (а также # запись, перенесенная вместе с ней)} few { (а также # записи, перенесенные вместе с ней)} many { (а также # записей, перенесенных вместе с ней)} other { (а также # записи, перенесенные вместе с ней)}}. Восстановлено прежнее состояние:',
  'editing.undoneImport':
    'Ваш импорт отменен. {n, plural, one {# запись, которую он добавил или изменил, возвращена в прежнее состояние} few {# записи, которые он добавил или изменил, возвращены в прежнее состояние} many {# записей, которые он добавил или изменил, возвращены в прежнее состояние} other {# записи, которые он добавил или изменил, возвращены в прежнее состояние}} (добавленные записи удалены).',
  'editing.undoneRemoved':
    'Отменено: «{id}» снова удалена (она была добавлена отмененным изменением){others, plural, =0 {} one {; еще # запись из этого изменения возвращена в прежнее состояние} few {; еще # записи из этого изменения возвращены в прежнее состояние} many {; еще # записей из этого изменения возвращены в прежнее состояние} other {; еще # записи из этого изменения возвращены в прежнее состояние}}.',
  'editing.invalid': 'Изменение не внесено:',
  'editing.invalidField': '• {field}: {message}',
  'editing.conflict': '«{id}» изменена после того, как вы ее открыли{hasBy, select, yes { ({action}: {by}, {at})} other {}}; ваше изменение не сохранено.',
  'editing.conflictChanged': 'изменение',
  'editing.conflictNow': 'Сейчас: {summary}',
  'editing.conflictYours': 'Ваш вариант (на основе версии {fromRevision}): {summary}',
  'editing.conflictAgain': 'Откройте запись снова, чтобы начать с текущей версии, а затем внесите свое изменение.',
  'editing.confirmNeeded': 'Просьба подтвердить: {reason}. Если это верно, отправьте ту же команду еще раз, добавив в конце «confirm».',
  'editing.confirmCode': '{reason}.',
  'editing.undoWhat': 'она отменяет ваше последнее изменение',
  'editing.exportWhat': 'она выдает весь календарь',
  'editing.undoNothing': 'Вам больше нечего отменять. (Undo отменяет ваше собственное последнее изменение.)',
  'editing.undoBlocked':
    'Ваше последнее изменение «{id}» нельзя отменить: {hasBy, select, yes {после него запись изменил(а) {by} ({action}, {at})} other {после него запись изменилась}}. Внесите исправление командой «/cwg edit {id} …».',
  'editing.undoGone': 'Ваше последнее изменение «{id}» нельзя отменить: этой записи больше нет.',
  'editing.badDate': '{message}. Запишите, например, так: {example}.',
  'editing.revision': 'версия {n}',
  'editing.atGeneva': '{day} {time} по Женеве',
  'editing.historyHeading': 'История «{id}»',
  'editing.historyNone': '«{id}» не изменялась с момента загрузки из отчета.',
  'editing.historyLine': '{at} · {action}, автор: {by} ({surface})',
  'editing.historyUndone': '  (отменено; автор отмены: {by})',
  'editing.historyReason': '  причина: {reason}',
  'editing.reason.movedWith': 'перенесено вместе с {anchor}',
  'editing.reason.undoOf': 'отмена действия «{action}» ({id})',
  'editing.historyField': '  {field}: {before} → {after}',
  'editing.historyMoved': '  дата: {before} → {after}',
  'editing.nothingValue': '(нет)',
  'editing.reviewValue': 'отмечено: «{printed}»',
  'editing.exported': 'Весь календарь: записей — {n}, в формате JSON ({filename}). Команда «/cwg import» читает этот файл.',
  'editing.importHeading': 'Предварительный просмотр импорта (пока ничего не изменено)',
  'editing.importAdded': '{n, plural, one {# новая запись:} few {# новые записи:} many {# новых записей:} other {# новой записи:}}',
  'editing.importChanged': '{n, plural, one {# измененная запись:} few {# измененные записи:} many {# измененных записей:} other {# измененной записи:}}',
  'editing.importChangedLine': '  ~ {id}: {fields}',
  'editing.importAddedLine': '  + {id}: {title}',
  'editing.importSame':
    'Без изменений: {n, plural, one {# запись} few {# записи} many {# записей} other {# записи}}; {kept, plural, one {# запись календаря отсутствует} few {# записи календаря отсутствуют} many {# записей календаря отсутствуют} other {# записи календаря отсутствуют}} в файле (они сохраняются как есть).',
  'editing.importConfirm': 'Чтобы применить именно эти изменения, отправьте: /cwg import {again} confirm {code}',
  'editing.importMore': '… и еще {n}, не перечисленных здесь.',
  'editing.importBadCode': 'После confirm нужен 6-значный код, показанный при предварительном просмотре, например «confirm 3fa9c1».',
  'editing.importNothing': 'Файл совпадает с календарем; импортировать нечего.',
  'editing.importApplied': 'Импортировано: добавлено — {added}, изменено — {changed}. «/cwg undo» отменяет весь импорт.',
  'editing.importNeedsSource': `Укажите файл для импорта: в командной строке — путь (import data/calendar.json), в чате — JSON в одинарных кавычках (import '''{"items": [...]}'''), либо воспользуйтесь формой импорта в Slack/Teams.`,
  'editing.importPathLocalOnly':
    'Чтение файла по пути возможно только в командной строке самого бота; в чате вставьте JSON в одинарных кавычках или воспользуйтесь формой импорта.',
  'editing.reviewIntro': 'В отчете эти даты указаны непоследовательно; бот показывает свое прочтение рядом с напечатанной формулировкой.',
  'editing.usage.add':
    'add event|deadline title="…" date="…" [place=… who=members,secretariat tags=igf,ai send-to=… url=… notes="…" source=6.7.9 id=…] [confirm]',
  'editing.usage.edit':
    'edit <id> field=value … (title, date, place, notes, who, tags, send-to, url, organiser, source, status, kind, review=resolved) [confirm]',
  'editing.usage.reschedule': 'reschedule <id> <date or range> [reason="…"] [confirm]',
  'editing.usage.announce': 'announce <id> <date or range> [confirm]',
  'editing.usage.cancel': 'cancel <id> [reason]',
  'editing.usage.done': 'done <id>',
  'editing.usage.history': 'history <id>',
  'editing.usage.import': `import <path | ''json''> [confirm <code>]`,
  'editing.missingKind': 'Укажите, что добавить: «add event …» или «add deadline …».',
  'editing.notAField': '«{word}» не имеет вида field=value. Поля: {allowed}.',
  'editing.unknownField': 'Поля «{field}» нет. Поля: {allowed}.',
  'editing.missingDate': 'Укажите новую дату, например «2025-03-04», «4-5 June 2025» или «7 July 2025 13:30-14:30 Europe/Zurich».',
  'editing.nothingToEdit': 'Укажите хотя бы одно изменяемое поле в виде field=value, например place="Женева, CICG".',
  'editing.badRevision': 'rev= принимает номер версии, которую вы видели, например rev=3.',

  'export.calendarName': 'Календарь РГС-ВВУИО&ЦУР',
  'export.calendarNameFiltered': 'Календарь РГС-ВВУИО&ЦУР ({filter})',
  'export.calendarDescription':
    'Мероприятия и сроки выполнения действий Рабочей группы Совета МСЭ по ВВУИО и ЦУР; источник: {document}. Даты мероприятий на весь день и сроков без указания времени — это даты по Женеве; срок без указания времени истекает в конце этого дня по женевскому времени.',
  'export.leftOutTba':
    '{n, plural, one {# запись, дата которой будет объявлена позднее, пока не включена; она появится, когда у нее будет дата.} few {# записи, даты которых будут объявлены позднее, пока не включены; они появятся, когда у них будут даты.} many {# записей, даты которых будут объявлены позднее, пока не включены; они появятся, когда у них будут даты.} other {# записи, даты которых будут объявлены позднее, пока не включены; они появятся, когда у них будут даты.}}',
  'export.deadlineSummary': 'Срок: {title}',
  'export.cancelledSummary': 'Отменено: {summary}',
  'export.deadlineAlarm': 'Срок истекает завтра: {title}',
  'export.deadlineDue': 'Срок: {when}',
  'export.statusLine': 'Статус: {status}',
  'export.sourceLine': '{hasWording, select, yes {Источник: {label}: «{wording}»} other {Источник: {label}}}',
  'export.moreLine': 'В боте: /cwg show {id}',
  'export.fileHeading': 'Файл календаря (.ics)',
  'export.fileHeadingOne': 'Добавить в ваш календарь: {title}',
  'export.fileCount':
    '{n, plural, one {В файле # запись} few {В файле # записи} many {В файле # записей} other {В файле # записи}}{cancelled, plural, =0 {} one { (# отменена, сохранена с отметкой об отмене)} few { (# отменены, сохранены с отметкой об отмене)} many { (# отменены, сохранены с отметкой об отмене)} other { (# отменены, сохранены с отметкой об отмене)}}.',
  'export.fileOneHint':
    'Откройте файл, чтобы добавить эту запись в Outlook, Google Календарь или Календарь Apple; при повторном импорте запись обновится, а не продублируется.',
  'export.fileOpenHint':
    'Откройте или импортируйте файл в Outlook, Google Календарь или Календарь Apple. Это снимок текущего состояния: чтобы получать изменения, подпишитесь на канал календаря.',
  'export.subscribeHint':
    'Подпишитесь, чтобы получать обновления (Outlook: «Добавить календарь» › «Подписаться из Интернета»; Google Календарь: «Другие календари» › «Добавить по URL»): {url}',
  'export.noSubscribeUrl': 'Чтобы подписаться и получать изменения автоматически, запросите у ИТ-службы адрес канала календаря (CWG_PUBLIC_URL не задан).',
  'export.nothingToExport': 'Нет записей с датами{filter}, которые можно поместить в файл календаря.',
  'export.itemUndated': 'У «{title}» еще нет даты (будет объявлена позднее), поэтому добавлять в календарь нечего. Команда «/cwg ics» выдает весь календарь.',
  'export.savedTo': 'Файл календаря сохранен: {path}',
  'export.saveFailed': 'Не удалось сохранить файл календаря в {dir}: {reason}. Укажите в CWG_EXPORT_DIR каталог, доступный для записи.',
  'export.feedBadQuery': 'Неверный запрос: {message}\n',
  'export.feedUnknownParam':
    '«{value}» не является допустимым значением {name}. Используйте одно или несколько из следующих значений: {allowed} (через запятую).',
  'export.feedOneItemId': 'один id записи, например igf-2025',
  'export.feedUnknownItem': 'Нет записи с id «{id}».\n',
  'export.feedItemUndated': 'У записи «{id}» еще нет даты (будет объявлена позднее).\n',
  'export.feedBusy': 'Канал календаря занят. Повторите попытку через несколько секунд.\n',
  'export.exportDirUnsafe':
    'Файл календаря не сохранен: {dir} {reason, select, symlink {— символическая ссылка} notDirectory {— не папка} notFile {существует и не является обычным файлом} notOwned {принадлежит другому пользователю} writableByOthers {доступна для записи другим пользователям (группе или всем)} other {небезопасна}}. Укажите в CWG_EXPORT_DIR папку, запись в которую разрешена только вам (chmod 700), или удалите эту переменную, чтобы использовать личную папку рядом с файлом данных.',

  'reminders.heading.event': 'Напоминание: {title} — начало {when}',
  'reminders.heading.deadline': 'Напоминание: {title} — срок истекает {when}',
  'reminders.heading.digest': 'Еженедельная сводка: {n, plural, one {# запись} few {# записи} many {# записей} other {# записи}} на ближайшие {days} дн.',
  'reminders.heading.added': 'Новое в календаре: {title}',
  'reminders.heading.rescheduled': 'Перенесено: {title}',
  'reminders.heading.cancelled': 'Отменено: {title}',
  'reminders.heading.reinstated': 'Снова в календаре (отмена снята): {title}',
  'reminders.heading.announced': 'Объявлена дата: {title}',
  'reminders.heading.removed': 'Удалено из календаря: {title}',
  'reminders.batch.heading': 'Календарь обновлен: изменения в том, что отслеживает этот канал, — {n}',
  'reminders.batch.line': '• {what} ({id}){form, select, wasNow {: было {was}, стало {now}} when {: {when}} other {}}',
  'reminders.batch.more': '…и еще {n} («/cwg upcoming» покажет, что предстоит).',
  'reminders.offset': '{days, plural, =0 {сегодня} =1 {завтра} one {через # день} few {через # дня} many {через # дней} other {через # дня}}',
  'reminders.was': 'Было: {was}',
  'reminders.now': 'Стало: {now}',
  'reminders.details': 'Подробности: /cwg show {id}',
  'reminders.addToCalendar': 'Добавить в ваш календарь: /cwg ics {id}',
  'reminders.delayed': '(с задержкой: должно было прийти {dueAt}, отправлено позже)',
  'reminders.footer':
    'Вы получаете это сообщение, поскольку этот канал подписан на напоминания («/cwg subscriptions» показывает, о чем и когда; «/cwg unsubscribe» прекращает их).',
  'reminders.subscribe.needsConversation': 'Выполните эту команду в канале или чате, который должен получать напоминания.',
  'reminders.subscribe.done': 'Этот канал будет получать напоминания: {what}.',
  'reminders.subscribe.updated': 'Напоминания этого канала обновлены: {what}.',
  'reminders.subscribe.usage': 'subscribe [all | events | deadlines] [tag | who-must-act …] [at HH:MM] [tz ZONE] [offsets 14d,3d,1d] [digest on|off]',
  'reminders.subscribe.badTime': '«{word}» не является временем суток; используйте формат ЧЧ:ММ, например «at 08:30».',
  'reminders.subscribe.badZone': '«{word}» не является часовым поясом IANA; используйте название вида Europe/Zurich или America/New_York.',
  'reminders.subscribe.badOffsetItems':
    '{n, plural, one {{bad} в «{word}» не является числом дней} few {{bad} в «{word}» не являются числами дней} many {{bad} в «{word}» не являются числами дней} other {{bad} в «{word}» не являются числами дней}} до записи; используйте, например, «offsets 14d,3d,1d» (0d — в тот же день, не более 365d).',
  'reminders.subscribe.badOffsetList':
    '«{word}» не является списком из не более чем 10 смещений; используйте, например, «offsets 14d,3d,1d» (0d — в тот же день, не более 365d).',
  'reminders.subscribe.badDigest': 'После «digest» укажите «on» или «off», а не «{word}».',
  'reminders.subscribe.missingValue': 'После «{word}» требуется значение.',
  'reminders.subscribe.manage': '«/cwg subscriptions» показывает, что и когда получает этот канал; «/cwg unsubscribe» прекращает напоминания.',
  'reminders.subscribe.slackInvite':
    'Бот сам публикует напоминания: если его еще нет в этом канале, добавьте его командой «/invite @CWG calendar» (канал, в котором бот не может публиковать сообщения, отписывается при первом же напоминании).',
  'reminders.describe.scope.all': 'мероприятия и сроки',
  'reminders.describe.scope.events': 'мероприятия',
  'reminders.describe.scope.deadlines': 'сроки',
  'reminders.describe.filter': ' по теме {words}',
  'reminders.describe.at': 'в {time} {tz}',
  'reminders.describe.offsetsDefault': 'о мероприятиях — за 30, 7 и 1 день до начала; о сроках — за 7 и 1 день, а также утром в день истечения срока',
  'reminders.describe.offsetsBefore':
    // The code passes the single offset, or the list's length when there are several; Russian agrees with the last
    // numeral («за 7 и 1 день», «за 14 и 3 дня»), which a list's length cannot tell, so lists take the abbreviation «дн.».
    '{count, plural, one {за {list} день} few {за {list} дн.} many {за {list} дн.} other {за {list} дн.}}',
  'reminders.describe.offsetsMorning': 'утром в тот же день',
  'reminders.describe.offsetsBoth': '{before} и {morning}',
  'reminders.describe.digest': '{on, select, yes {еженедельная сводка по понедельникам} other {без еженедельной сводки}}',
  'reminders.describe.line': '{scope}{filter}, {at}; {offsets}; {digest}',
  'reminders.unsubscribe.done': 'Этот канал больше не будет получать напоминания.',
  'reminders.unsubscribe.notSubscribed': 'Этот канал не был подписан на напоминания.',
  'reminders.unsubscribe.noWords': 'Команда unsubscribe не принимает параметров (она прекращает все напоминания в этом канале).',
  'reminders.subscriptions.none': 'Этот канал не получает напоминаний. «/cwg subscribe» включает их (мероприятия и сроки, 09:00 по женевскому времени).',
  'reminders.subscriptions.heading': 'Напоминания в этом канале',
  'reminders.subscriptions.current': 'Этот канал получает: {what}.',
  'reminders.subscriptions.next': 'Следующее напоминание: {when}, {what}.',
  'reminders.subscriptions.atGeneva': '{when} по женевскому времени',
  'reminders.subscriptions.atZoneAndGeneva': '{when} {zone} ({geneva} по женевскому времени)',
  'reminders.subscriptions.nextNone': 'По тому, что отслеживает этот канал, в ближайший год ничего не запланировано.',
  'reminders.subscriptions.allHeading': '{n, plural, one {Подписан # канал} few {Подписаны # канала} many {Подписаны # каналов} other {Подписаны # канала}}',
  'reminders.subscriptions.allLine': '• {where}: {what}',
  'reminders.subscriptions.allHint': 'Для секретариата: «/cwg subscriptions all» выводит список всех подписанных каналов.',
  'reminders.subscriptions.allOrNothing': 'Добавьте «all» или ничего не добавляйте.',
  'reminders.nextWhat.reminder': '{title} ({offset})',
  'reminders.nextWhat.digest': 'еженедельная сводка',
  'reminders.nextWhat.notice': 'уведомление об изменении',
  'reminders.deliveries.usage': 'deliveries [failed | retry <key> | retry all]',
  'reminders.deliveries.status':
    'Доставка напоминаний: последний запуск — {lastTick}; {subs, plural, one {# подписанный канал} few {# подписанных канала} many {# подписанных каналов} other {# подписанного канала}}; {confirmed, plural, one {# доставка} few {# доставки} many {# доставок} other {# доставки}} в журнале; не доставлено: {failed}.',
  'reminders.deliveries.neverRan': 'ни разу',
  'reminders.deliveries.noneFailed': 'Недоставленных напоминаний нет.',
  'reminders.deliveries.failedHeading':
    '{n, plural, one {# недоставленное напоминание} few {# недоставленных напоминания} many {# недоставленных напоминаний} other {# недоставленного напоминания}}',
  'reminders.deliveries.failedLine':
    '• {key}\n  куда: {where}, попыток: {attempts}, последняя ошибка «{error}» в {at}{retrying, select, yes { (запрошена повторная отправка)} other {}}',
  'reminders.deliveries.retryHint':
    '«/cwg deliveries retry <key>» или «/cwg deliveries retry all» повторно отправляет их при следующем запуске (в течение минуты).',
  'reminders.deliveries.retried':
    '{n, plural, one {# доставка будет повторена} few {# доставки будут повторены} many {# доставок будут повторены} other {# доставки будут повторены}} при следующем запуске (в течение минуты).',
  'reminders.deliveries.unknownKey': 'Нет недоставленного напоминания с ключом «{key}». Список выводит «/cwg deliveries failed».',
  'reminders.deliveries.whichRetry': 'Укажите, какую доставку повторить: ее ключ (из «/cwg deliveries failed») или «all».',
  'reminders.deliveries.notUnderstood': '«{word}» здесь не распознано.',

  'slack.button.details': 'Подробности',
  'slack.button.subscribe': 'Подписать этот канал',
  'slack.button.calendar': 'Добавить в мой календарь',
  'slack.button.share': 'Поделиться в канале',
  'slack.button.shareItem': 'Поделиться этой записью',
  'slack.button.edit': 'Изменить',
  'slack.button.reschedule': 'Перенести',
  'slack.button.cancel': 'Отменить запись',
  'slack.button.markDone': 'Отметить как выполненное',
  'slack.yourTime': 'Ваше время: {when}',
  'slack.sharedBy': 'Поделился(-ась): {user}',
  'slack.moreItems': '…и еще {n}, не показанных здесь. Уточните запрос с помощью тега, указания на то, кто должен принять меры, или меньшего числа дней.',
  'slack.shareUsage': 'Укажите, чем поделиться, например «/cwg share next-deadline» или «/cwg next-deadline share».',
  'slack.notMember': 'Мне не удалось опубликовать сообщение в этом канале. Пригласите меня командой «/invite @CWG calendar» и повторите попытку.',
  'slack.fileFailed': 'Мне не удалось отправить вам файл. Проверьте, что вы можете получать сообщения от приложения, и повторите попытку.',
  'slack.notSecretariat':
    'К сожалению, изменять календарь может только секретариат МСЭ. Просьба обратиться к секретариату РГС-ВВУИО&ЦУР с просьбой внести это изменение.',
  'slack.subscribeUnavailable': 'Напоминания в каналах пока недоступны. Уточните у секретариата, когда они появятся.',
  'slack.calendarUnavailable': 'Файлы календаря пока недоступны.',
  'slack.editingUnavailable': 'Редактирование из Slack пока недоступно; секретариат может вносить изменения из консоли.',
  'slack.cancelConfirm.title': 'Отменить эту запись?',
  'slack.cancelConfirm.text': 'Делегаты увидят ее как отмененную.',
  'slack.cancelConfirm.confirm': 'Отменить запись',
  'slack.cancelConfirm.deny': 'Оставить',
  'slack.doneConfirm.title': 'Отметить как выполненное?',
  'slack.doneConfirm.text': 'Запись больше не будет отображаться как предстоящая.',
  'slack.doneConfirm.confirm': 'Отметить как выполненное',
  'slack.doneConfirm.deny': 'Пока нет',
  'slack.home.title': 'Календарь РГС-ВВУИО&ЦУР',
  'slack.home.intro': 'Мероприятия и сроки выполнения действий Рабочей группы Совета по ВВУИО и ЦУР. Даты указаны по женевскому времени, а рядом — по вашему.',
  'slack.home.deadlines': 'Ближайшие сроки',
  'slack.home.events': 'Ближайшие мероприятия',
  'slack.home.none': 'В календаре ничего не предстоит.',
  'slack.home.subscriptions': 'Ваши каналы с напоминаниями',
  'slack.home.noSubscriptions': 'Ни один из ваших каналов не получает напоминаний. Чтобы включить их, введите в канале «/cwg subscribe».',
  'slack.home.review': 'Отмечено для проверки (секретариат)',
  'slack.home.noReview': 'Нет записей, отмеченных для проверки.',
  'slack.home.addButton': 'Добавить мероприятие или срок',
  'slack.home.zone': 'Время указано для {tz}.',
  'slack.modal.addTitle': 'Добавить в календарь',
  'slack.modal.editTitle': 'Изменить запись',
  'slack.modal.rescheduleTitle': 'Перенести',
  'slack.modal.cancelTitle': 'Отменить запись',
  'slack.modal.doneTitle': 'Отметить выполнение',
  'slack.modal.submit': 'Сохранить',
  'slack.modal.close': 'Закрыть',
  'slack.modal.kind': 'Тип',
  'slack.modal.kindEvent': 'Мероприятие',
  'slack.modal.kindDeadline': 'Срок',
  'slack.modal.id': 'Id',
  'slack.modal.idHint': 'Строчные латинские буквы, цифры и дефисы, например igf-2026. Оставьте пустым, чтобы id был составлен из названия.',
  'slack.modal.title': 'Название',
  'slack.modal.start': 'Дата или начало',
  'slack.modal.startHint': 'ГГГГ-ММ-ДД или ГГГГ-ММ-ДД ЧЧ:мм для записи со временем (по женевскому времени, если не указан часовой пояс).',
  'slack.modal.end': 'Окончание (необязательно)',
  'slack.modal.place': 'Место (необязательно)',
  'slack.modal.whoMustAct': 'Кто должен принять меры (необязательно)',
  'slack.modal.paragraph': 'Пункт-источник',
  'slack.modal.paragraphHint': 'Пункт отчета о результатах, из которого взята запись, например 6.7.9.',
  'slack.modal.note': 'Примечание (необязательно)',
  'slack.modal.noteHint': 'Причина изменения; сохраняется в журнале изменений.',
  'slack.modal.reason': 'Причина (необязательно)',
  'slack.modal.saved': 'Сохранено: {title}',
  'slack.modal.confirmAgain': 'Нажмите «Сохранить» еще раз для подтверждения.',
  'slack.modal.confirmField': '{reason}. Нажмите «Сохранить» еще раз для подтверждения.',
  'slack.modal.stale': 'После того как вы открыли форму, запись кто-то изменил. Закройте форму и откройте ее снова, чтобы увидеть последнюю версию.',

  'teams.fact.whenGeneva': 'Когда (по Женеве)',
  'teams.fact.yourTime': 'Ваше время ({tz})',
  'teams.fact.yourTimeNoZone': 'Ваше время',
  'teams.button.details': 'Подробности',
  'teams.button.subscribe': 'Подписать этот чат на напоминания',
  'teams.button.edit': 'Изменить',
  'teams.button.save': 'Сохранить',
  'teams.button.download': 'Скачать файл календаря (.ics)',
  'teams.button.addToCalendar': 'Добавить в мой календарь',
  'teams.fileNotSent':
    'Teams позволяет мне отправлять файлы только в личном чате: откройте чат со мной и отправьте те же слова («ics …»), чтобы получить файл. Чтобы вместо этого подписаться на календарь, запросите у ИТ-службы адрес канала календаря (CWG_PUBLIC_URL).',
  'teams.file.offer': '{filename}: файл календаря, который можно открыть в Outlook, Google Календаре или Календаре Apple. Разрешите его получение.',
  'teams.file.uploaded': 'Вот {filename}. Откройте его, чтобы добавить записи в свой календарь.',
  'teams.file.uploadFailed': 'Мне не удалось доставить файл календаря. Запросите его снова («ics …»), чтобы получить новый.',
  'teams.file.declined': 'Хорошо, файл не отправлен. Запросите его снова («ics …»), когда он понадобится.',
  'teams.moreItems': '…и еще {n}, не показанных здесь. Уточните запрос с помощью тега, указания на то, кто должен принять меры, или меньшего числа дней.',
  'teams.welcome':
    'Здравствуйте! Я отвечаю на вопросы о мероприятиях и сроках выполнения действий Рабочей группы Совета по ВВУИО и ЦУР. Попробуйте «next-deadline», «upcoming» или «help» (в канале сначала упомяните меня: @CWG next-deadline).',
  'teams.unknownSubmit': 'Эта кнопка относится к устаревшей карточке; повторите запрос, чтобы получить новую.',
  'teams.form.title': 'Изменение: {title}',
  'teams.form.fieldError': '⚠ {message}',
  'teams.form.fixBelow': 'Ничего не сохранено. Просьба исправить отмеченные ниже поля и сохранить снова.',
  'teams.form.reason': 'Причина изменения (необязательно, сохраняется в журнале изменений)',
  'teams.form.reasonHint': 'например, принимающая сторона объявила новые даты',
  'teams.form.confirm': 'Да, эта дата верна (она в далеком прошлом или далеко впереди)',
  'teams.form.dateHint': '2025-03-04, 23–27 June 2025, 7 July 2025 13:30-14:30 Europe/Zurich, tba 2025, 21 days before cwg-42',
  'teams.form.staleForm': 'После создания этой формы запись кто-то изменил. Вот ее текущее состояние:',
  'teams.form.labels.title': 'Название',
  'teams.form.labels.date': 'Дата',
  'teams.form.labels.status': 'Статус',
  'teams.form.labels.place': 'Место',
  'teams.form.labels.who': 'Кто должен принять меры (через запятую: members, secretariat, chair, councillors, sectors, all-stakeholders, council-chair)',
  'teams.form.labels.tags': 'Теги (через запятую)',
  'teams.form.labels.sendTo': 'Куда направлять',
  'teams.form.labels.url': 'Ссылка',
  'teams.form.labels.source': 'Пункт-источник в отчете о результатах',
  'teams.form.labels.organiser': 'Организатор',
  'teams.form.labels.notes': 'Примечания',
  // branch pg: backup, restore and migrate-data (npx cwg), and PostgreSQL.
  'cli.data.usage': `Данные (оба хранилища: файл данных или PostgreSQL через CWG_DATABASE_URL или --database):
  npx cwg backup ФАЙЛ              записать всё (календарь, журнал аудита, подписки, журнал
                                   доставки, настройки) в один JSON-файл
  npx cwg restore ФАЙЛ [--force]   загрузить резервную копию в пустое хранилище (--force: заменить его содержимое)
  npx cwg migrate-data --from A --to B [--force]
                                   скопировать все данные из A в B; каждый — путь к файлу или URL postgres://
  --database URL                   использовать эту базу PostgreSQL (по умолчанию: $CWG_DATABASE_URL)`,
  'cli.data.contents':
    '{items, plural, one {# элемент} few {# элемента} many {# элементов} other {# элемента}}, {audit, plural, one {# запись аудита} few {# записи аудита} many {# записей аудита} other {# записи аудита}}, {subscriptions, plural, one {# подписка} few {# подписки} many {# подписок} other {# подписки}}, {deliveries, plural, one {# запись о доставке} few {# записи о доставке} many {# записей о доставке} other {# записи о доставке}}',
  'cli.data.backedUp': 'Резервная копия {source} записана в {file} ({contents}).',
  'cli.data.restored': '{target} восстановлено из {file} ({contents}).',
  'cli.data.copied': '{source} скопировано в {target} ({contents}).',
  'cli.data.notEmpty':
    '{target} уже содержит данные ({contents}). Восстановление заменило бы их все, поэтому ничего не изменено. Запустите снова с --force, чтобы заменить их.',
  'cli.data.missing': '{source} не существует: копировать или сохранять нечего.',
  'cli.data.needFile': 'cwg {command}: укажите файл резервной копии, например npx cwg {command} cwg-backup.json',
  'cli.data.needFromTo': 'cwg migrate-data: укажите и --from, и --to (каждый — путь к файлу данных или URL postgres://).',
};

export default ru;
