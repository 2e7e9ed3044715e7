/**
 * Catálogo en español: todas las palabras que muestra el bot, en ICU MessageFormat (intl-messageformat 12).
 * Mismos identificadores y mismos parámetros que en.ts (la referencia); tests/i18n/catalogues-complete.test.ts lo comprueba.
 *
 * Translation status: machine-assisted draft by the development team, not yet reviewed by an ITU language service.
 *
 * Se mantienen sin traducir: las palabras de comando (next-deadline, subscribe, /cwg …), los identificadores de
 * elementos, las palabras clave que lee el analizador (past, all, confirm, days, at, tz, offsets, digest on|off,
 * retry, failed), los nombres de campo (title=, date=, who=, send-to=…), los parámetros {…} y la sintaxis de los ejemplos.
 * Tipografía: comillas angulares «» en todo el texto; signos de apertura ¿ ¡.
 * Plurales: one, many (números redondos grandes: «1.000.000 de días»), other.
 *
 * Glosario:
 *   ITU = UIT; ITU Council = Consejo de la UIT; councillors = consejeros; ITU Sectors = Sectores de la UIT
 *   CWG-WSIS&SDG = GTC-CMSI&ODS (Grupo de Trabajo del Consejo sobre la CMSI y los ODS)
 *   WSIS = CMSI; WSIS+20 = CMSI+20; SDGs = ODS; IGF = FGI (Foro para la Gobernanza de Internet)
 *   CSTD = CCTD (Comisión de Ciencia y Tecnología para el Desarrollo); HLPF = FPAN
 *   GDC = Pacto Digital Global; RDF = Foro Regional de Desarrollo (FRD)
 *   secretariat = secretaría; Member States = Estados Miembros; members = miembros; Chair = Presidencia
 *   all stakeholders = todas las partes interesadas; delegates = delegados
 *   outcomes report = informe de resultados; paragraph = párrafo (§)
 *   event = evento; deadline = plazo; item = elemento; calendar = calendario
 *   (evento y plazo son masculinos: «pasados», «confirmado»… valen para ambos)
 *   to be announced (tba) = fecha por anunciar; announce = anunciar la fecha; reschedule = reprogramar
 *   cancel = cancelar; done = completado; undo = deshacer
 *   reminder = recordatorio; weekly digest = resumen semanal; change notice = aviso de cambio
 *   subscribe = suscribir(se); channel = canal; chat (Teams) = chat; delivery = envío
 *   tag = etiqueta; who must act = quién debe actuar; review flag = marca de verificación
 *   audit trail = registro de auditoría; revision = versión; feed = suscripción al calendario (fuente)
 *   Geneva time = hora de Ginebra; time zone = zona horaria; id = identificador; field = campo; form = formulario
 */
import type { Catalogue } from '../messages.js';

const es: Catalogue = {
  'meta.locale': 'es',
  'meta.numberingSystem': 'latn',

  'list.separator': ', ',
  'list.and': ' y ',
  'list.or': ' o ',
  quote: '«{text}»',

  'status.confirmed': 'confirmado',
  'status.tba': 'fecha por anunciar',
  'status.rescheduled': 'reprogramado',
  'status.cancelled': 'cancelado',
  'status.done': 'completado',
  'kind.event': 'evento',
  'kind.deadline': 'plazo',
  'kindPlural.event': 'eventos',
  'kindPlural.deadline': 'plazos',
  'actor.secretariat': 'la secretaría',
  'actor.members': 'los miembros',
  'actor.chair': 'la Presidencia',
  'actor.all-stakeholders': 'todas las partes interesadas',
  'actor.sectors': 'los Sectores de la UIT',
  'actor.councillors': 'los consejeros',

  'actor.council-chair': 'la Presidencia del Consejo de la UIT',
  'label.when': 'Fecha',
  'label.yourTime': 'Su hora',
  'label.place': 'Lugar',
  'label.organiser': 'Organizador',
  'label.whoMustAct': 'Quién debe actuar',
  'label.sendTo': 'Enviar a',
  'label.source': 'Fuente',
  'label.status': 'Estado',
  'label.tags': 'Etiquetas',
  'label.previously': 'Anteriormente',
  'label.anchor': 'Vinculado a',
  'label.review': 'Verificar',
  'label.id': 'identificador',
  'label.link': 'Enlace',
  'label.details': 'Detalles',

  'when.tba': 'fecha por anunciar',
  'when.expected': 'prevista: {approx}',
  'when.waitingFor': '{wording}: {anchorTitle} aún no tiene fecha',
  'when.endOfDayGeneva': 'a más tardar el {day}, al final del día (hora de Ginebra)',
  'when.atGeneva': '{text}, hora de Ginebra',
  'when.inZone': '{text} (zona {zone})',
  'when.anchored': '{wording} (se desplaza con {anchorTitle})',
  'when.offset':
    '{direction, select, before {{n, plural, one {# día antes} many {# de días antes} other {# días antes}}} after {{n, plural, one {# día después} many {# de días después} other {# días después}}} other {el mismo día}}',
  'when.offsetFrom':
    '{direction, select, before {{n, plural, one {# día antes de {anchor}} many {# de días antes de {anchor}} other {# días antes de {anchor}}}} after {{n, plural, one {# día después de {anchor}} many {# de días después de {anchor}} other {# días después de {anchor}}}} other {el mismo día de {anchor}}}',

  'countdown.now': 'ahora',
  'countdown.today': 'hoy',
  'countdown.tomorrow': 'mañana',
  'countdown.yesterday': 'ayer',
  'countdown.inDays': '{n, plural, one {dentro de # día} many {dentro de # de días} other {dentro de # días}}',
  'countdown.daysAgo': '{n, plural, one {hace # día} many {hace # de días} other {hace # días}}',
  'countdown.inHours': '{n, plural, one {dentro de # hora} many {dentro de # de horas} other {dentro de # horas}}',
  'countdown.hoursAgo': '{n, plural, one {hace # hora} many {hace # de horas} other {hace # horas}}',
  'countdown.ongoing': 'en curso, termina {endsIn}',

  'review.printed': 'fecha tal como figura en el informe: «{printed}» · nuestra interpretación: {interpretation}',
  previously: '{hasNote, select, yes {{when} ({note})} other {{when}}}',
  'source.paragraph': '§ {paragraph}, {document}',
  'source.secretariat': 'Añadido por la secretaría del GTC-CMSI&ODS',
  paragraph: '§ {paragraph}',

  'doubts.unverified': 'fecha no verificada',
  'doubts.dependsOn': 'fecha que depende de la fecha no verificada de {anchorTitle}',
  'doubts.extended': 'plazo prorrogado',
  'doubts.during': 'durante {eventTitle}, {dates}',
  'doubts.duringAnchor': 'durante',
  'doubts.hours': '{dates} ({hours})',
  'doubts.review.unverified': 'fecha no verificada: «{printed}» · {note}',
  'doubts.review.interpretation': 'el informe dice «{printed}» · nuestra interpretación: {reading}',
  'doubts.review.wording': 'redacción poco clara en el informe: «{printed}» · nuestra interpretación: {reading}',
  'doubts.neverDated.heading': 'Previstos en {period}, nunca fechados',
  'doubts.neverDated.hint':
    'Para la secretaría: asigne una fecha a cada elemento (o al elemento del que depende) con «/cwg announce <id> <date>», o ciérrelo con «/cwg done <id>» o «/cwg cancel <id>».',
  'doubts.neverDated.count':
    '{n, plural, one {# elemento previsto en {period} nunca recibió fecha («/cwg {command}» lo muestra).} many {# de elementos previstos en {period} nunca recibieron fecha («/cwg {command}» los muestra).} other {# elementos previstos en {period} nunca recibieron fecha («/cwg {command}» los muestra).}}',
  'heading.nextDeadline': 'Próximo plazo',
  'heading.nextDeadlines': 'Próximos plazos: {n} vencen el {day}',
  'heading.nextEvent': 'Próximo evento',
  'heading.nextEvents': 'Próximos eventos: {n} empiezan el {day}',
  'heading.ongoing': 'En curso',
  'heading.upcoming': 'Próximos {days} días',
  'heading.list': '{scope, select, past {Lista de {kind} pasados} all {Lista de todos los {kind}} other {Lista de próximos {kind}}}',
  'heading.search': 'Búsqueda: {words}',
  'heading.show': '{title}',
  'heading.review': 'Elementos marcados para verificación',
  filterSuffix: ' que coinciden con «{filter}»',

  'empty.nothingUpcoming': 'Nada próximo: el calendario ya no prevé {what}{filter}.',
  'empty.mostRecent': 'El último {what} fue:',
  'empty.noneAtAll': 'No hay {what}{filter} en el calendario.',
  'empty.howToAdd': 'La secretaría añade elementos con «/cwg add event …» o «/cwg add deadline …», o anuncia una fecha con «/cwg announce <id> <fecha>».',
  'empty.upcomingWindow': 'Nada en los próximos {days} días{filter}.',
  'empty.undatedCount':
    '{n, plural, one {# elemento más aún no tiene fecha («/cwg events» lo muestra).} many {# de elementos más aún no tienen fecha («/cwg events» y «/cwg deadlines» los muestran).} other {# elementos más aún no tienen fecha («/cwg events» y «/cwg deadlines» los muestran).}}',
  'empty.searchNone':
    'Ningún elemento del calendario coincide con «{words}». Pruebe con menos palabras o con otras, con una etiqueta (igf, cstd, wsis20…) o con «/cwg events all».',
  'empty.reviewNone': 'No hay elementos marcados para verificación.',
  'empty.moreResults': '{n} resultados más; añada palabras para acotar la búsqueda.',
  'empty.pastHint': 'Añada «past» para ver los elementos ya pasados, o «all» para verlo todo.',

  'error.emptyInput': 'Escriba un comando después de /cwg, por ejemplo «/cwg next-deadline». «/cwg help» los muestra todos.',
  'error.tooLong': 'Ese comando es demasiado largo (más de {max} caracteres). Acórtelo y vuelva a intentarlo.',
  'error.unknownCommand':
    '«{word}» no es un comando de /cwg.{hasSuggestion, select, yes { ¿Quiso decir «{suggestion}»?} other {}} «/cwg help» muestra los comandos.',
  'error.notFound':
    'Ningún elemento tiene el identificador «{id}».{hasSuggestions, select, yes { ¿Quiso decir {suggestions}?} other {}} «/cwg search <palabras>» busca elementos por su nombre.',
  'error.usage': '{message}\nSintaxis: {usage}',
  'error.useCommand': 'utilizar «/cwg {name}»',
  'error.forbidden': 'Lo sentimos, solo la secretaría de la UIT puede {action}. Solicite este cambio a la secretaría del GTC-CMSI&ODS.',
  'error.action.changeCalendar': 'modificar el calendario',
  'error.action.listSubscriptions': 'ver todos los canales suscritos',
  'error.internal': 'Algo ha fallado por nuestra parte; no se ha modificado nada. Vuelva a intentarlo e informe a la secretaría si el problema persiste.',
  'error.writeRejected':
    'Ese cambio no se ha guardado: habría dejado los datos del calendario en un estado no válido. No se ha modificado nada; informe a la secretaría.',
  'error.storeClosed': 'El calendario se está cerrando, por lo que ese cambio no se ha guardado. Vuelva a intentarlo dentro de un minuto.',
  'error.unknownFilter': '«{word}» no es una etiqueta ni indica quién debe actuar. Etiquetas: {tags}. Quién debe actuar: {actors}.',
  'error.badDays': '«{word}» no es un número de días entre 1 y 3660.',
  'error.missingId': 'Indique el identificador de un elemento, por ejemplo «/cwg show igf-2025». «/cwg search <palabras>» encuentra identificadores.',
  'error.missingWords': 'Indique una o varias palabras que buscar, por ejemplo «/cwg search igf».',
  'error.noArguments': '{command} no admite argumentos{hasWhat, select, yes {: {what}} other {}}.',
  'error.helpTakesOne': 'help admite como máximo un nombre de comando.',

  'help.intro': 'Bot de calendario del GTC-CMSI&ODS: eventos y plazos de actuación del Grupo de Trabajo del Consejo sobre la CMSI y los ODS.',
  'help.footer':
    'Las fechas se indican en hora de Ginebra (y en la suya si es distinta). Un plazo sin hora vence al final de ese día, hora de Ginebra. «/cwg help <comando>» explica un comando.',
  'help.heading': 'Comandos',
  'help.group.query': 'Consultar',
  'help.group.edit': 'Secretaría',
  'help.group.reminders': 'Recordatorios',
  'help.group.export': 'Exportación del calendario',
  'help.group.other': 'Otros',
  'help.unknownTopic': 'No existe el comando «{topic}». «/cwg help» los muestra todos.',
  'help.also': 'También: {aliases}',

  consoleBanner: 'Bot del GTC-CMSI&ODS, chat en consola. Escriba «/cwg help» (o simplemente «help»); Ctrl-D para salir.',
  'cli.usage': `Sintaxis: npx cwg <palabras de comando> [opciones]

Muestra, como texto sin formato, lo que respondería «/cwg <palabras de comando>».

Opciones:
  --now ISO-8601   ejecutar como si fuera ese instante (p. ej., 2025-03-01T09:00:00+01:00), sobre
                   una copia del archivo de datos, salvo que --data o CWG_DATA_FILE lo nombren
  --json           mostrar el modelo de respuesta en JSON ('{ text, items, ... }')
  --data ARCHIVO   el archivo de datos (por defecto: $CWG_DATA_FILE o data/cwg.db.json)
  --tz ZONA        su zona horaria IANA, para ver también las fechas en ella (p. ej., America/New_York)
  -y, --confirm    confirmar una fecha muy lejana en el pasado o en el futuro (igual que la palabra «confirm»)
  --user ID        ejecutar como ese usuario del chat, con su función (Slack U…, identificador de objeto de Teams;
                   prefijo slack: o teams: para ser explícito). Sin esta opción, actúa como la secretaría.
  -h, --help       esta ayuda

Ejemplos:
  npx cwg next-deadline
  npx cwg upcoming 60 --now 2025-02-15T09:00:00+01:00
  npx cwg show igf-2025 --json
  npx cwg help            (la lista de comandos del propio bot)

Código de salida: 0 si todo va bien, 2 si hay un error de sintaxis o de configuración, 3 si el
archivo de datos no sirve, 1 ante cualquier otro error.`,
  'cli.badOption': 'cwg: {problem}\n\n{usage}',
  'cli.noCommand': 'cwg: no se ha indicado ningún comando.',
  'cli.badNow': 'cwg: --now «{value}» no es un instante ISO 8601; pruebe, p. ej., con 2025-03-01T09:00:00+01:00',
  'cli.badTz': 'cwg: --tz «{value}» no es una zona horaria IANA; pruebe, p. ej., con Europe/Zurich o America/New_York',
  'cli.failed': 'cwg: {message}',

  'command.next-deadline.summary': 'El próximo plazo de actuación (y todos los que vencen ese mismo día).',
  'command.next-deadline.usage': 'next-deadline [etiqueta | quién-debe-actuar …]',
  'command.next-deadline.help':
    'Muestra el próximo plazo que aún no ha vencido, junto con los demás plazos que vencen el mismo día.\nPara acotar: una etiqueta (igf, cstd, wsis20, hlpf, gdc, ai, council, rdf…) o quién debe actuar (members, secretariat, chair).\nEjemplo: /cwg next-deadline members',
  'command.next-event.summary': 'El próximo evento, y cualquier evento en curso.',
  'command.next-event.usage': 'next-event [etiqueta | quién-debe-actuar …]',
  'command.next-event.help': 'Muestra los eventos en curso y el próximo que comenzará.\nEjemplo: /cwg next-event igf',
  'command.upcoming.summary': 'Eventos y plazos de los próximos N días (30 por defecto).',
  'command.upcoming.usage': 'upcoming [N days] [etiqueta | quién-debe-actuar …]',
  'command.upcoming.help':
    'Muestra lo que comienza o vence en los próximos días, y los eventos en curso.\nEjemplos: /cwg upcoming, /cwg upcoming 90, /cwg upcoming 14 days members',
  'command.deadlines.summary': 'Todos los próximos plazos (añada «past» o «all» para ver los anteriores).',
  'command.deadlines.usage': 'deadlines [past | all] [etiqueta | quién-debe-actuar …]',
  'command.deadlines.help':
    'Muestra los plazos que aún no han vencido y, a continuación, los que tienen la fecha por anunciar.\n«/cwg deadlines past» muestra los ya vencidos (los más recientes primero); «/cwg deadlines all» lo muestra todo.\nEjemplo: /cwg deadlines past wsis20',
  'command.events.summary': 'Todos los próximos eventos (añada «past» o «all» para ver los anteriores).',
  'command.events.usage': 'events [past | all] [etiqueta | quién-debe-actuar …]',
  'command.events.help':
    'Muestra los eventos que aún no han terminado y, a continuación, los que tienen la fecha por anunciar.\n«/cwg events past» muestra los ya terminados (los más recientes primero); «/cwg events all» lo muestra todo.\nEjemplo: /cwg events past wsis20',
  'command.show.summary': 'Todo sobre un elemento: fechas, lugar, quién debe actuar, párrafo de origen.',
  'command.show.usage': 'show <id>',
  'command.show.help':
    'Muestra un elemento completo, con el párrafo del informe del que procede y las fechas anteriores que haya tenido.\nEjemplo: /cwg show igf-2025',
  'command.search.summary': 'Buscar elementos por palabras de su título, lugar, etiquetas o párrafo de origen.',
  'command.search.usage': 'search <palabras>',
  'command.search.help': 'Deben coincidir todas las palabras. No importan las tildes ni las mayúsculas.\nEjemplos: /cwg search unesco forum, /cwg search 6.7.9',
  'command.add.summary': 'Añadir un evento o un plazo al calendario.',
  'command.add.usage': 'add event|deadline title="…" date="…" [place=… who=… tags=… send-to=… id=…]',
  'command.add.help':
    'Una fecha de hace más de un año o para dentro de más de tres años es probablemente un error de escritura: el bot le pedirá que vuelva a enviar el comando con «confirm» al final.\nFechas: 2025-03-04, 4 March 2025, 23–27 June 2025, 2025-06-04..2025-06-05, 7 July 2025 13:30-14:30 Europe/Zurich, tba 2025, "21 days before cwg-42".\nwho: members, secretariat, chair, all-stakeholders, sectors, councillors, council-chair (separados por comas). tags: igf,ai. Salvo que se indique, el identificador se forma a partir del título y el año.\nEjemplo: /cwg add deadline title="Comentarios sobre el proyecto de informe" date="4 March 2025" who=members send-to=wsis-info@itu.int tags=wsis20',
  'command.edit.summary': 'Modificar campos de un elemento.',
  'command.edit.usage': 'edit <id> campo=valor …',
  'command.edit.help':
    'Campos: title, date, place, notes, who, tags, send-to, url, organiser, source (párrafo del informe), status, kind. Un valor vacío borra el campo (place="").\nCambiar date= corrige la fecha (use reschedule si la fecha se ha desplazado). rev=N rechaza el cambio si alguien ha modificado el elemento desde la versión N que usted vio.\nreview=resolved borra las marcas de verificación de un elemento («fecha tal como figura en el informe») una vez que la secretaría ha comprobado la fecha; el historial las conserva.\nEjemplo: /cwg edit igf-2025 place="Lillestrøm, Noruega" tags=igf,ai',
  'command.reschedule.summary': 'Trasladar un elemento a una nueva fecha (los plazos vinculados a él se trasladan también).',
  'command.reschedule.usage': 'reschedule <id> <fecha o periodo> [reason="…"]',
  'command.reschedule.help':
    'Una fecha de hace más de un año o para dentro de más de tres años es probablemente un error de escritura: el bot le pedirá que vuelva a enviar el comando con «confirm» al final.\nLa fecha anterior se conserva y se muestra como «Anteriormente». Los plazos que se cuentan a partir de este elemento («tres semanas antes de la reunión») se trasladan con él; la respuesta los enumera.\nEjemplo: /cwg reschedule cwg-42 10-11 February 2025 reason="cambio de sala"',
  'command.announce.summary': 'Dar fecha a un elemento cuya fecha estaba por anunciar.',
  'command.announce.usage': 'announce <id> <fecha o periodo>',
  'command.announce.help':
    'Los plazos que se cuentan a partir de este elemento reciben también su fecha; la respuesta los enumera.\nEjemplo: /cwg announce council-2025 2025-06-17..2025-06-27',
  'command.cancel.summary': 'Marcar un elemento como cancelado (permanece en el calendario, con esa indicación).',
  'command.cancel.usage': 'cancel <id> [motivo]',
  'command.cancel.help':
    'Cesan los recordatorios y se informa a los suscriptores. «/cwg undo» lo deshace.\nEjemplo: /cwg cancel strategic-plan-workshop se celebra en línea, véase la próxima reunión',
  'command.done.summary': 'Marcar un elemento como completado (se ha llevado a cabo la acción).',
  'command.done.usage': 'done <id>',
  'command.done.help': 'Ejemplo: /cwg done hlpf-2025-comments',
  'command.undo.summary': 'Deshacer su propio cambio más reciente.',
  'command.undo.usage': 'undo',
  'command.undo.help':
    'Solo si nadie ha modificado el elemento desde entonces; de lo contrario, indica quién lo hizo y cuándo. Ejecútelo de nuevo para retroceder más.',
  'command.history.summary': 'Mostrar quién modificó un elemento, cuándo, desde dónde y qué cambió.',
  'command.history.usage': 'history <id>',
  'command.history.help': 'Ejemplo: /cwg history cwg-42',
  'command.review.summary': 'Mostrar los elementos marcados para verificación, con la redacción literal del informe.',
  'command.review.usage': 'review',
  'command.review.help':
    'Cada elemento muestra la fecha tal como figura en el informe, la interpretación del bot y el motivo de la marca. Para corregir uno: «/cwg edit <id> …».',
  'command.export.summary': 'Todo el calendario como archivo JSON (el que lee «import»).',
  'command.export.usage': 'export',
  'command.export.help': 'Solo los elementos: sin registro de auditoría, suscripciones ni registros de envío.',
  'command.import.summary': 'Cargar elementos de un archivo JSON de calendario, tras mostrar lo que cambiaría.',
  'command.import.usage': `import <ruta | ''json''> [confirm <code>]`,
  'command.import.help': `La primera ejecución muestra las diferencias y un código de confirmación; nada cambia hasta que se vuelve a ejecutar con «confirm <code>».\nLos elementos del archivo se añaden o sustituyen al elemento con el mismo identificador; los que no figuran en el archivo se conservan. «/cwg undo» deshace toda una importación.\nUna ruta solo funciona en la línea de comandos del propio bot (npx cwg import backup.json); en el chat, pegue un JSON breve entre comillas simples.`,
  'command.help.summary': 'Mostrar los comandos, o explicar uno de ellos.',
  'command.help.usage': 'help [comando]',
  'command.help.help': '',
  'command.subscribe.summary': 'Publicar en este canal recordatorios de eventos y plazos.',
  'command.subscribe.usage': 'subscribe [all | events | deadlines] [etiqueta | quién-debe-actuar …] [at HH:MM] [tz ZONA] [offsets 14d,3d,1d] [digest off]',
  'command.subscribe.help':
    'Este canal recibe recordatorios antes de los eventos (30, 7 y 1 días antes) y de los plazos (7 y 1 días antes, y la mañana del día de vencimiento),\nun resumen semanal los lunes de los 14 días siguientes y un aviso cuando un elemento que sigue se añade, se traslada, se cancela o recibe su fecha.\nLos recordatorios llegan a las 09:00, hora de Ginebra, salvo que se indique otra cosa. Si lo ejecuta de nuevo, solo cambia lo que indique.\nEjemplos: /cwg subscribe, /cwg subscribe deadlines members at 08:30 tz America/New_York, /cwg subscribe igf offsets 14d,3d digest off',
  'command.unsubscribe.summary': 'Detener los recordatorios en este canal.',
  'command.unsubscribe.usage': 'unsubscribe',
  'command.unsubscribe.help': '',
  'command.subscriptions.summary': 'De qué se avisa a este canal y cuándo está previsto el próximo recordatorio.',
  'command.subscriptions.usage': 'subscriptions [all]',
  'command.subscriptions.help':
    'Muestra la configuración de recordatorios de este canal y el próximo recordatorio previsto.\nLa secretaría puede ver todos los canales suscritos con «/cwg subscriptions all».',
  'command.deliveries.summary': 'Ver los envíos de recordatorios que han fallado y volver a enviarlos.',
  'command.deliveries.usage': 'deliveries [failed | retry <clave> | retry all]',
  'command.deliveries.help':
    'Sin palabras: cuándo se enviaron los recordatorios por última vez y cuántos fallaron.\n«failed» muestra los envíos que fallaron tras varios intentos (con el último error); «retry <clave>» o «retry all» los vuelve a enviar en la siguiente ejecución.',
  'command.ics.summary': 'El calendario como archivo .ics para Outlook o Google Calendar (o un solo elemento, para añadirlo a su calendario).',
  'command.ics.usage': 'ics [etiqueta | quién-debe-actuar … | <id>]',
  'command.ics.help':
    'Ofrece el calendario (o la parte que corresponde a una etiqueta o a quién debe actuar) como archivo iCalendar para importar, y la dirección para suscribirse a él.\nCon el identificador de un elemento, ofrece solo ese elemento, para añadirlo a su propio calendario.\nLos elementos con fecha por anunciar se omiten hasta que tengan fecha; los cancelados permanecen, marcados como cancelados.\nEjemplos: /cwg ics · /cwg ics wsis20 members · /cwg ics igf-2025',

  'editing.field.mustBeText': 'debe ser texto',
  'editing.field.empty': 'no puede estar vacío',
  'editing.field.tooLong': 'tiene {n} caracteres; no supere los {limit}',
  'editing.field.noLinks': 'no puede contener enlaces; ponga el enlace en url=',
  'editing.field.badDate': '{problem}; escríbala, por ejemplo, así: {example}',
  'editing.field.notADate': 'no es una fecha válida',
  'editing.field.badActor': '«{word}» no es ninguno de estos valores: {actors}',
  'editing.field.badTag': '«{word}» no es una etiqueta: letras minúsculas, cifras y guiones, hasta 32',
  'editing.field.tooManyTags': 'como máximo 20 etiquetas',
  'editing.field.badSendTo': 'indique una dirección de correo electrónico (wsis-info@itu.int) o un enlace https://',
  'editing.field.badUrl': 'indique un enlace web que empiece por https:// (o http://)',
  'editing.field.badSource': 'indique el párrafo del informe, p. ej., 6.7.9',
  'editing.field.badStatus': 'debe ser uno de estos valores: {statuses}',
  'editing.field.badKind': 'debe ser event o deadline',
  'editing.field.badReview': 'review=resolved borra las marcas de verificación una vez comprobada la fecha (el registro de auditoría las conserva)',
  'editing.field.badId': 'los identificadores tienen de 2 a 64 letras minúsculas, cifras y guiones, p. ej., igf-2025',
  'editing.field.idTaken': '«{id}» ya está en uso; elija otro identificador',
  'editing.field.needTitle': 'indique un título',
  'editing.field.needDate': 'indique una fecha, o «tba»',
  'editing.field.noDateYet': '«{id}» aún no tiene fecha; use announce para asignársela',
  'editing.field.sameDate': '«{id}» ya tiene esa fecha',
  'editing.field.anchored': '«{id}» se fecha a partir de «{anchor}»; anuncie la fecha de ese elemento o reprograme este',
  'editing.field.hasDate': '«{id}» ya tiene fecha; use reschedule para cambiarla',
  'editing.field.announceTba': 'indique la fecha que se anuncia, no «tba»',
  'editing.field.alreadyCancelled': '«{id}» ya está cancelado',
  'editing.field.alreadyDone': '«{id}» ya está marcado como completado',
  'editing.field.cancelledNotDone': '«{id}» está cancelado; no puede marcarse como completado',
  'editing.field.reasonTooLong': 'no supere los {limit} caracteres',
  'editing.field.fileTooBig': 'supera los {mb} MB',
  'editing.field.fileNotJson': 'no es un JSON válido{hasPosition, select, yes { (en el carácter {position})} other {}}',
  'editing.field.fileShape': `debe ser una exportación del calendario ('{"items": [...]}') o una lista de elementos`,
  'editing.field.fileTooManyItems': 'tiene más de 5000 elementos',
  'editing.field.duplicateId': 'identificador «{id}» duplicado',
  'editing.field.unsafeUrl': '{field}: solo se aceptan enlaces https:, http: o mailto:',
  'editing.field.itemLabel': 'elemento {n}{hasId, select, yes { ({id})} other {}}',
  'editing.field.fileUnreadable': 'No se puede leer «{path}»: {reason}.',
  'editing.field.fileTooBigReason': 'de más de {mb} MB',

  'editing.field.anchorMissing': 'el elemento de referencia «{anchor}» no existe',
  'editing.field.anchorCycle': 'las referencias forman un ciclo que pasa por «{id}»',
  'editing.field.aboutItem': '{id}: {message}',
  'editing.field.invalid': 'no es un valor válido aquí',
  'editing.field.badEntry': '«{path}» falta o no tiene la forma que usa una exportación del calendario',
  'editing.dateProblem.empty': 'no se ha indicado ninguna fecha',
  'editing.dateProblem.tooLong': 'es demasiado largo para ser una sola fecha',
  'editing.dateProblem.notMonth': '«{subject}» no es un mes',
  'editing.dateProblem.offsetTooLarge': 'ese desplazamiento supera los diez años',
  'editing.dateProblem.rangeBackwards': 'el periodo termina antes de empezar ({subject})',
  'editing.dateProblem.timesOnRange': 'indique horas para un solo día, o un periodo de varios días sin horas',
  'editing.dateProblem.timeBackwards': 'la hora de fin no es posterior a la de inicio ({subject})',
  'editing.dateProblem.ambiguous': '«{subject}» es ambiguo: el orden del día y el mes varía de un país a otro',
  'editing.dateProblem.notZone': '«{subject}» no es una zona horaria',
  'editing.dateProblem.unreadableTime': 'no se puede leer la hora en «{subject}»',
  'editing.dateProblem.notTime': '{subject} no es una hora del día',
  'editing.dateProblem.noYear': '«{subject}» no indica el año',
  'editing.dateProblem.unreadable': 'no se puede leer «{subject}» como fecha',
  'editing.dateProblem.notReal': '«{subject}» no es una fecha real del calendario',
  'editing.dateProblem.hoursOnDates': 'las palabras entre paréntesis (el horario que indica la fuente) solo pueden ir después de fechas de día completo',
  'editing.farPast': '{day} queda a más de un año en el pasado',
  'editing.farAhead': '{day} queda a más de tres años en el futuro',
  'editing.importCodeStale': 'el calendario o el archivo han cambiado desde esa vista previa; revise la nueva vista previa (código {code})',
  'editing.verb.add': 'Se ha añadido',
  'editing.verb.edit': 'Se ha modificado',
  'editing.verb.reschedule': 'Se ha reprogramado',
  'editing.verb.announce': 'Se ha anunciado la fecha de',
  'editing.verb.cancel': 'Se ha cancelado',
  'editing.verb.done': 'Se ha marcado como completado',
  'editing.verb.undo': 'Se ha deshecho',
  'editing.verb.import': 'Se ha importado',
  'editing.actionName.add': 'adición',
  'editing.actionName.edit': 'modificación',
  'editing.actionName.reschedule': 'reprogramación',
  'editing.actionName.announce': 'anuncio de fecha',
  'editing.actionName.cancel': 'cancelación',
  'editing.actionName.done': 'marca de «completado»',
  'editing.actionName.undo': 'deshacer',
  'editing.actionName.import': 'importación',
  'editing.changed': '{verb} «{id}». Así queda ahora:',
  'editing.unchanged': 'No ha cambiado nada: «{id}» ya tiene esos valores.',
  'editing.movedHeading':
    '{n, plural, one {# elemento vinculado a «{anchor}» se ha trasladado con él:} many {# de elementos vinculados a «{anchor}» se han trasladado con él:} other {# elementos vinculados a «{anchor}» se han trasladado con él:}}',
  'editing.movedLine': '• {title} ({id}): {after} (antes: {before})',
  'editing.undoHint': '¿Se ha equivocado? «/cwg undo» deshace su último cambio.',
  'editing.actionNoun.add': 'adición',
  'editing.actionNoun.edit': 'modificación',
  'editing.actionNoun.reschedule': 'reprogramación',
  'editing.actionNoun.announce': 'anuncio de fecha',
  'editing.actionNoun.cancel': 'cancelación',
  'editing.actionNoun.done': 'marca de «completado»',
  'editing.actionNoun.import': 'importación',
  'editing.undone':
    'Deshecho: su {action} de «{id}»{others, plural, =0 {} one { (y # elemento que se trasladó con él)} many { (y # de elementos que se trasladaron con él)} other { (y # elementos que se trasladaron con él)}}. Vuelve a estar como antes:',
  'editing.undoneImport':
    'Deshecho: su importación. {n, plural, one {El elemento que añadió o modificó vuelve a estar como antes} many {Los # de elementos que añadió o modificó vuelven a estar como antes} other {Los # elementos que añadió o modificó vuelven a estar como antes}} (se han eliminado los elementos añadidos).',
  'editing.undoneRemoved':
    'Deshecho: «{id}» se ha vuelto a eliminar (lo había añadido el cambio que ha deshecho){others, plural, =0 {} one {; # elemento más de ese cambio vuelve a estar como antes} many {; # de elementos más de ese cambio vuelven a estar como antes} other {; # elementos más de ese cambio vuelven a estar como antes}}.',
  'editing.invalid': 'Ese cambio no se ha efectuado:',
  'editing.invalidField': '• {field}: {message}',
  'editing.conflict': '«{id}» ha cambiado desde que lo abrió{hasBy, select, yes { ({action} por {by}, {at})} other {}}; su cambio no se ha guardado.',
  'editing.conflictChanged': 'modificado',
  'editing.conflictNow': 'Ahora: {summary}',
  'editing.conflictYours': 'Su versión (hecha sobre la versión {fromRevision}): {summary}',
  'editing.conflictAgain': 'Ábralo de nuevo para partir de la versión actual y vuelva a hacer su cambio.',
  'editing.confirmNeeded': 'Confirme, por favor: {reason}. Si es correcto, vuelva a enviar el mismo comando con «confirm» al final.',
  'editing.confirmCode': '{reason}.',
  'editing.undoWhat': 'deshace su propio cambio más reciente',
  'editing.exportWhat': 'ofrece todo el calendario',
  'editing.undoNothing': 'No le queda ningún cambio que deshacer. (undo deshace su propio cambio más reciente.)',
  'editing.undoBlocked':
    'Su último cambio en «{id}» no se puede deshacer: {hasBy, select, yes {{by} lo ha modificado desde entonces ({action}, {at})} other {ha cambiado desde entonces}}. Haga la corrección con «/cwg edit {id} …».',
  'editing.undoGone': 'Su último cambio en «{id}» no se puede deshacer: el elemento ya no existe.',
  'editing.badDate': '{message}. Escríbala, por ejemplo, así: {example}.',
  'editing.revision': 'versión {n}',
  'editing.atGeneva': '{day} {time} (Ginebra)',
  'editing.historyHeading': 'Historial de «{id}»',
  'editing.historyNone': '«{id}» no se ha modificado desde que se cargó a partir del informe.',
  'editing.historyLine': '{at} · {action} por {by} ({surface})',
  'editing.historyUndone': '  (deshecho por {by})',
  'editing.historyReason': '  motivo: {reason}',
  'editing.reason.movedWith': 'se desplazó con {anchor}',
  'editing.reason.undoOf': 'deshacer «{action}» ({id})',
  'editing.historyField': '  {field}: {before} → {after}',
  'editing.historyMoved': '  fecha: {before} → {after}',
  'editing.nothingValue': '(ninguno)',
  'editing.reviewValue': 'marcado: «{printed}»',
  'editing.exported': 'Todo el calendario: {n} elementos, en JSON ({filename}). «/cwg import» vuelve a leer este archivo.',
  'editing.importHeading': 'Vista previa de la importación (aún no ha cambiado nada)',
  'editing.importAdded': '{n, plural, one {# elemento nuevo:} many {# de elementos nuevos:} other {# elementos nuevos:}}',
  'editing.importChanged': '{n, plural, one {# elemento modificado:} many {# de elementos modificados:} other {# elementos modificados:}}',
  'editing.importChangedLine': '  ~ {id}: {fields}',
  'editing.importAddedLine': '  + {id}: {title}',
  'editing.importSame':
    '{n, plural, one {# elemento idéntico} many {# de elementos idénticos} other {# elementos idénticos}}; {kept, plural, one {# elemento del calendario que no figura en el archivo (se conserva tal cual)} many {# de elementos del calendario que no figuran en el archivo (se conservan tal cual)} other {# elementos del calendario que no figuran en el archivo (se conservan tal cual)}}.',
  'editing.importConfirm': 'Para aplicar exactamente esto, envíe: /cwg import {again} confirm {code}',
  'editing.importMore': '… y {n} más que no se enumeran aquí.',
  'editing.importBadCode': 'confirm necesita el código de 6 caracteres que mostró la vista previa, p. ej., «confirm 3fa9c1».',
  'editing.importNothing': 'El archivo coincide con el calendario; no hay nada que importar.',
  'editing.importApplied': 'Importación realizada: {added} añadidos, {changed} modificados. «/cwg undo» deshace toda la importación.',
  'editing.importNeedsSource': `Indique el archivo que se va a importar: en la línea de comandos, una ruta (import data/calendar.json); en el chat, el JSON entre comillas simples (import '''{"items": [...]}'''); o utilice el formulario de importación de Slack o Teams.`,
  'editing.importPathLocalOnly':
    'Leer un archivo a partir de su ruta solo es posible en la línea de comandos del propio bot; en el chat, pegue el JSON entre comillas simples o utilice el formulario de importación.',
  'editing.reviewIntro': 'El informe indica estas fechas de forma incoherente; el bot muestra su interpretación junto al texto impreso.',
  'editing.usage.add':
    'add event|deadline title="…" date="…" [place=… who=members,secretariat tags=igf,ai send-to=… url=… notes="…" source=6.7.9 id=…] [confirm]',
  'editing.usage.edit':
    'edit <id> campo=valor … (title, date, place, notes, who, tags, send-to, url, organiser, source, status, kind, review=resolved) [confirm]',
  'editing.usage.reschedule': 'reschedule <id> <fecha o periodo> [reason="…"] [confirm]',
  'editing.usage.announce': 'announce <id> <fecha o periodo> [confirm]',
  'editing.usage.cancel': 'cancel <id> [motivo]',
  'editing.usage.done': 'done <id>',
  'editing.usage.history': 'history <id>',
  'editing.usage.import': `import <ruta | ''json''> [confirm <code>]`,
  'editing.missingKind': 'Indique qué desea añadir: «add event …» o «add deadline …».',
  'editing.notAField': '«{word}» no tiene la forma campo=valor. Campos: {allowed}.',
  'editing.unknownField': 'No existe el campo «{field}». Campos: {allowed}.',
  'editing.missingDate': 'Indique la nueva fecha, p. ej., «2025-03-04», «4-5 June 2025» o «7 July 2025 13:30-14:30 Europe/Zurich».',
  'editing.nothingToEdit': 'Indique al menos un campo=valor que cambiar, p. ej., place="Ginebra, CICG".',
  'editing.badRevision': 'rev= admite el número de la versión que usted vio, p. ej., rev=3.',

  'export.calendarName': 'Calendario del GTC-CMSI&ODS',
  'export.calendarNameFiltered': 'Calendario del GTC-CMSI&ODS ({filter})',
  'export.calendarDescription':
    'Eventos y plazos de actuación del Grupo de Trabajo del Consejo de la UIT sobre la CMSI y los ODS, según el documento {document}. Las fechas de los elementos de día completo y de los plazos sin hora son fechas de Ginebra; un plazo sin hora vence al final de ese día, hora de Ginebra.',
  'export.leftOutTba':
    '{n, plural, one {Aún no se incluye # elemento con fecha por anunciar; aparecerá cuando tenga fecha.} many {Aún no se incluyen # de elementos con fecha por anunciar; aparecerán cuando tengan fecha.} other {Aún no se incluyen # elementos con fecha por anunciar; aparecerán cuando tengan fecha.}}',
  'export.deadlineSummary': 'Plazo: {title}',
  'export.cancelledSummary': 'Cancelado: {summary}',
  'export.deadlineAlarm': 'El plazo vence mañana: {title}',
  'export.deadlineDue': 'Vence: {when}',
  'export.statusLine': 'Estado: {status}',
  'export.sourceLine': '{hasWording, select, yes {Fuente: {label}: «{wording}»} other {Fuente: {label}}}',
  'export.moreLine': 'En el bot: /cwg show {id}',
  'export.fileHeading': 'Archivo de calendario (.ics)',
  'export.fileHeadingOne': 'Añadir a su calendario: {title}',
  'export.fileCount':
    '{n, plural, one {# elemento} many {# de elementos} other {# elementos}} en el archivo{cancelled, plural, =0 {} one { (# cancelado, que se conserva marcado como cancelado)} many { (# de ellos cancelados, que se conservan marcados como cancelados)} other { (# cancelados, que se conservan marcados como cancelados)}}.',
  'export.fileOneHint':
    'Abra el archivo para añadir este elemento a Outlook, Google Calendar o Calendario de Apple; si lo vuelve a importar más adelante, se actualizará en lugar de duplicarse.',
  'export.fileOpenHint':
    'Abra o importe el archivo en Outlook, Google Calendar o Calendario de Apple. Es una instantánea: suscríbase al calendario para recibir los cambios.',
  'export.subscribeHint':
    'Suscríbase para estar al día (Outlook: Agregar calendario › Suscribirse desde la Web; Google Calendar: Otros calendarios › Desde URL): {url}',
  'export.noSubscribeUrl':
    'Pida al equipo de TI la dirección de suscripción al calendario (CWG_PUBLIC_URL no está definida) para suscribirse y recibir los cambios automáticamente.',
  'export.nothingToExport': 'No hay elementos con fecha{filter} que incluir en un archivo de calendario.',
  'export.itemUndated':
    '«{title}» aún no tiene fecha (fecha por anunciar), así que no hay nada que añadir a un calendario. «/cwg ics» ofrece todo el calendario.',
  'export.savedTo': 'Archivo de calendario guardado en {path}',
  'export.saveFailed': 'No se ha podido guardar el archivo de calendario en {dir}: {reason}. Asigne a CWG_EXPORT_DIR un directorio con permiso de escritura.',
  'export.feedBadQuery': 'Solicitud incorrecta: {message}\n',
  'export.feedUnknownParam': '«{value}» no es un valor válido para {name}. Utilice uno o varios de estos valores: {allowed} (separados por comas).',
  'export.feedOneItemId': 'un identificador de elemento, p. ej., igf-2025',
  'export.feedUnknownItem': 'Ningún elemento tiene el identificador «{id}».\n',
  'export.feedItemUndated': 'El elemento «{id}» aún no tiene fecha (fecha por anunciar).\n',
  'export.feedBusy': 'La suscripción al calendario está ocupada. Vuelva a intentarlo en unos segundos.\n',
  'export.exportDirUnsafe':
    'Se rechazó guardar el archivo de calendario: {dir} {reason, select, symlink {es un enlace simbólico} notDirectory {no es una carpeta} notFile {existe y no es un archivo normal} notOwned {pertenece a otro usuario} writableByOthers {puede ser modificado por otros usuarios (grupo o todos)} other {no es seguro}}. Indique en CWG_EXPORT_DIR una carpeta en la que solo usted pueda escribir (chmod 700), o elimine la variable para usar la carpeta privada junto al archivo de datos.',

  'reminders.heading.event': 'Recordatorio: {title}, comienza {when}',
  'reminders.heading.deadline': 'Recordatorio: {title}, vence {when}',
  'reminders.heading.digest': 'Resumen semanal: {n, plural, one {# elemento} many {# de elementos} other {# elementos}} en los próximos {days} días',
  'reminders.heading.added': 'Nuevo en el calendario: {title}',
  'reminders.heading.rescheduled': 'Reprogramado: {title}',
  'reminders.heading.cancelled': 'Cancelado: {title}',
  'reminders.heading.reinstated': 'De nuevo en el calendario (ya no está cancelado): {title}',
  'reminders.heading.announced': 'Fecha anunciada: {title}',
  'reminders.heading.removed': 'Eliminado del calendario: {title}',
  'reminders.batch.heading': 'Calendario actualizado: {n} cambios en lo que sigue este canal',
  'reminders.batch.line': '• {what} ({id}){form, select, wasNow {: antes {was}, ahora {now}} when {: {when}} other {}}',
  'reminders.batch.more': '… y {n} más («/cwg upcoming» muestra lo próximo).',
  'reminders.offset': '{days, plural, =0 {hoy} =1 {mañana} one {dentro de # día} many {dentro de # de días} other {dentro de # días}}',
  'reminders.was': 'Antes: {was}',
  'reminders.now': 'Ahora: {now}',
  'reminders.details': 'Detalles: /cwg show {id}',
  'reminders.addToCalendar': 'Añadir a su calendario: /cwg ics {id}',
  'reminders.delayed': '(con retraso: estaba previsto para {dueAt} y se envía tarde)',
  'reminders.footer': 'Recibe este mensaje porque este canal está suscrito («/cwg subscriptions» muestra qué y cuándo; «/cwg unsubscribe» lo detiene).',
  'reminders.subscribe.needsConversation': 'Ejecute este comando en el canal o chat que deba recibir los recordatorios.',
  'reminders.subscribe.done': 'Este canal recibirá recordatorios: {what}.',
  'reminders.subscribe.updated': 'Se han actualizado los recordatorios de este canal: {what}.',
  'reminders.subscribe.usage': 'subscribe [all | events | deadlines] [etiqueta | quién-debe-actuar …] [at HH:MM] [tz ZONA] [offsets 14d,3d,1d] [digest on|off]',
  'reminders.subscribe.badTime': '«{word}» no es una hora del día; use HH:MM, por ejemplo «at 08:30».',
  'reminders.subscribe.badZone': '«{word}» no es una zona horaria IANA; use un nombre como Europe/Zurich o America/New_York.',
  'reminders.subscribe.badOffsetItems':
    '{bad} en «{word}» {n, plural, one {no es un número de días} many {no son números de días} other {no son números de días}} antes del elemento; use, por ejemplo, «offsets 14d,3d,1d» (0d = el mismo día, hasta 365d).',
  'reminders.subscribe.badOffsetList':
    '«{word}» no es una lista de hasta 10 antelaciones; use, por ejemplo, «offsets 14d,3d,1d» (0d = el mismo día, hasta 365d).',
  'reminders.subscribe.badDigest': 'Después de «digest» escriba «on» u «off», no «{word}».',
  'reminders.subscribe.missingValue': '«{word}» debe ir seguido de un valor.',
  'reminders.subscribe.manage': '«/cwg subscriptions» muestra qué recibe este canal y cuándo; «/cwg unsubscribe» lo detiene.',
  'reminders.subscribe.slackInvite':
    'El propio bot publica los recordatorios: si aún no está en este canal, añádalo con «/invite @CWG calendar» (un canal en el que no puede publicar se da de baja con el primer recordatorio).',
  'reminders.describe.scope.all': 'eventos y plazos',
  'reminders.describe.scope.events': 'eventos',
  'reminders.describe.scope.deadlines': 'plazos',
  'reminders.describe.filter': ' sobre {words}',
  'reminders.describe.at': 'a las {time} ({tz})',
  'reminders.describe.offsetsDefault': 'eventos 30, 7 y 1 días antes de su inicio; plazos 7 y 1 días antes, y la mañana del día de vencimiento',
  'reminders.describe.offsetsBefore': '{count, plural, one {{list} día antes} many {{list} de días antes} other {{list} días antes}}',
  'reminders.describe.offsetsMorning': 'la mañana del mismo día',
  'reminders.describe.offsetsBoth': '{before} y {morning}',
  'reminders.describe.digest': '{on, select, yes {resumen semanal los lunes} other {sin resumen semanal}}',
  'reminders.describe.line': '{scope}{filter}, {at}; {offsets}; {digest}',
  'reminders.unsubscribe.done': 'Este canal ya no recibirá recordatorios.',
  'reminders.unsubscribe.notSubscribed': 'Este canal no estaba suscrito a los recordatorios.',
  'reminders.unsubscribe.noWords': 'unsubscribe no admite palabras (detiene todos los recordatorios de este canal).',
  'reminders.subscriptions.none': 'Este canal no recibe recordatorios. «/cwg subscribe» los activa (eventos y plazos, a las 09:00, hora de Ginebra).',
  'reminders.subscriptions.heading': 'Recordatorios en este canal',
  'reminders.subscriptions.current': 'Este canal recibe: {what}.',
  'reminders.subscriptions.next': 'Próximo recordatorio: {when}, {what}.',
  'reminders.subscriptions.atGeneva': '{when}, hora de Ginebra',
  'reminders.subscriptions.atZoneAndGeneva': '{when} {zone} ({geneva}, hora de Ginebra)',
  'reminders.subscriptions.nextNone': 'No hay nada previsto en el próximo año para lo que sigue este canal.',
  'reminders.subscriptions.allHeading': '{n, plural, one {# canal suscrito} many {# de canales suscritos} other {# canales suscritos}}',
  'reminders.subscriptions.allLine': '• {where}: {what}',
  'reminders.subscriptions.allHint': 'Secretaría: «/cwg subscriptions all» muestra todos los canales suscritos.',
  'reminders.subscriptions.allOrNothing': 'Añada «all» o nada.',
  'reminders.nextWhat.reminder': '{title} ({offset})',
  'reminders.nextWhat.digest': 'el resumen semanal',
  'reminders.nextWhat.notice': 'un aviso de cambio',
  'reminders.deliveries.usage': 'deliveries [failed | retry <clave> | retry all]',
  'reminders.deliveries.status':
    'Envío de recordatorios: última ejecución {lastTick}; {subs, plural, one {# canal suscrito} many {# de canales suscritos} other {# canales suscritos}}; {confirmed, plural, one {# envío registrado} many {# de envíos registrados} other {# envíos registrados}}; fallidos: {failed}.',
  'reminders.deliveries.neverRan': 'nunca',
  'reminders.deliveries.noneFailed': 'No hay envíos fallidos.',
  'reminders.deliveries.failedHeading': '{n, plural, one {# envío fallido} many {# de envíos fallidos} other {# envíos fallidos}}',
  'reminders.deliveries.failedLine':
    '• {key}\n  a {where}, {attempts} intentos, último error «{error}» el {at}{retrying, select, yes { (reintento solicitado)} other {}}',
  'reminders.deliveries.retryHint':
    '«/cwg deliveries retry <clave>» o «/cwg deliveries retry all» los vuelve a enviar en la siguiente ejecución (en menos de un minuto).',
  'reminders.deliveries.retried':
    '{n, plural, one {# envío se reintentará} many {# de envíos se reintentarán} other {# envíos se reintentarán}} en la siguiente ejecución (en menos de un minuto).',
  'reminders.deliveries.unknownKey': 'Ningún envío fallido tiene la clave «{key}». «/cwg deliveries failed» los muestra.',
  'reminders.deliveries.whichRetry': 'Indique qué envío desea reintentar: su clave (de «/cwg deliveries failed») o «all».',
  'reminders.deliveries.notUnderstood': '«{word}» no se entiende aquí.',

  'slack.button.details': 'Detalles',
  'slack.button.subscribe': 'Suscribir este canal',
  'slack.button.calendar': 'Añadir a mi calendario',
  'slack.button.share': 'Compartir en el canal',
  'slack.button.shareItem': 'Compartir este elemento',
  'slack.button.edit': 'Modificar',
  'slack.button.reschedule': 'Reprogramar',
  'slack.button.cancel': 'Cancelar elemento',
  'slack.button.markDone': 'Marcar como completado',
  'slack.yourTime': 'Su hora: {when}',
  'slack.sharedBy': 'Compartido por {user}',
  'slack.moreItems': '… y {n} más que no se muestran aquí. Acote la consulta con una etiqueta, quién debe actuar o menos días.',
  'slack.shareUsage': 'Indique qué desea compartir, por ejemplo «/cwg share next-deadline» o «/cwg next-deadline share».',
  'slack.notMember': 'No he podido publicar en este canal. Invíteme con «/invite @CWG calendar» y vuelva a intentarlo.',
  'slack.fileFailed': 'No he podido enviarle el archivo. Compruebe que puede recibir mensajes de la aplicación y vuelva a intentarlo.',
  'slack.notSecretariat': 'Lo sentimos, solo la secretaría de la UIT puede modificar el calendario. Solicite este cambio a la secretaría del GTC-CMSI&ODS.',
  'slack.subscribeUnavailable': 'Los recordatorios en los canales aún no están disponibles. Pregunte a la secretaría cuándo lo estarán.',
  'slack.calendarUnavailable': 'Los archivos de calendario aún no están disponibles.',
  'slack.editingUnavailable': 'Aún no es posible modificar desde Slack; la secretaría puede hacerlo desde la consola.',
  'slack.cancelConfirm.title': '¿Cancelar este elemento?',
  'slack.cancelConfirm.text': 'Los delegados lo verán como cancelado.',
  'slack.cancelConfirm.confirm': 'Cancelar elemento',
  'slack.cancelConfirm.deny': 'Conservarlo',
  'slack.doneConfirm.title': '¿Marcar como completado?',
  'slack.doneConfirm.text': 'Dejará de aparecer entre los próximos elementos.',
  'slack.doneConfirm.confirm': 'Marcar como completado',
  'slack.doneConfirm.deny': 'Todavía no',
  'slack.home.title': 'Calendario del GTC-CMSI&ODS',
  'slack.home.intro': 'Eventos y plazos de actuación del Grupo de Trabajo del Consejo sobre la CMSI y los ODS. Fechas en hora de Ginebra, con la suya al lado.',
  'slack.home.deadlines': 'Próximos plazos',
  'slack.home.events': 'Próximos eventos',
  'slack.home.none': 'No hay nada próximo en el calendario.',
  'slack.home.subscriptions': 'Sus canales con recordatorios',
  'slack.home.noSubscriptions': 'Ninguno de sus canales recibe recordatorios. En un canal, escriba «/cwg subscribe» para empezar.',
  'slack.home.review': 'Marcados para verificación (secretaría)',
  'slack.home.noReview': 'No hay elementos marcados para verificación.',
  'slack.home.addButton': 'Añadir un evento o un plazo',
  'slack.home.zone': 'Horas indicadas para {tz}.',
  'slack.modal.addTitle': 'Añadir al calendario',
  'slack.modal.editTitle': 'Modificar elemento',
  'slack.modal.rescheduleTitle': 'Reprogramar',
  'slack.modal.cancelTitle': 'Cancelar elemento',
  'slack.modal.doneTitle': 'Marcar como completado',
  'slack.modal.submit': 'Guardar',
  'slack.modal.close': 'Cerrar',
  'slack.modal.kind': 'Tipo',
  'slack.modal.kindEvent': 'Evento',
  'slack.modal.kindDeadline': 'Plazo',
  'slack.modal.id': 'Identificador',
  'slack.modal.idHint': 'Letras minúsculas, cifras y guiones, p. ej., igf-2026. Déjelo vacío para formarlo a partir del título.',
  'slack.modal.title': 'Título',
  'slack.modal.start': 'Fecha o inicio',
  'slack.modal.startHint': 'AAAA-MM-DD, o AAAA-MM-DD HH:mm para un elemento con hora (hora de Ginebra, salvo que se indique una zona).',
  'slack.modal.end': 'Fin (opcional)',
  'slack.modal.place': 'Lugar (opcional)',
  'slack.modal.whoMustAct': 'Quién debe actuar (opcional)',
  'slack.modal.paragraph': 'Párrafo de origen',
  'slack.modal.paragraphHint': 'El párrafo del informe de resultados del que procede, p. ej., 6.7.9.',
  'slack.modal.note': 'Nota (opcional)',
  'slack.modal.noteHint': 'Por qué ha cambiado; se conserva en el registro de auditoría.',
  'slack.modal.reason': 'Motivo (opcional)',
  'slack.modal.saved': 'Guardado: {title}',
  'slack.modal.confirmAgain': 'Pulse Guardar de nuevo para confirmar.',
  'slack.modal.confirmField': '{reason}. Pulse Guardar de nuevo para confirmar.',
  'slack.modal.stale': 'Alguien ha modificado este elemento desde que abrió el formulario. Ciérrelo y vuelva a abrirlo para ver la versión más reciente.',

  'teams.fact.whenGeneva': 'Fecha (Ginebra)',
  'teams.fact.yourTime': 'Su hora ({tz})',
  'teams.fact.yourTimeNoZone': 'Su hora',
  'teams.button.details': 'Detalles',
  'teams.button.subscribe': 'Suscribir este chat a los recordatorios',
  'teams.button.edit': 'Modificar',
  'teams.button.save': 'Guardar',
  'teams.button.download': 'Descargar el archivo de calendario (.ics)',
  'teams.button.addToCalendar': 'Añadir a mi calendario',
  'teams.fileNotSent':
    'Teams solo me permite enviar archivos en un chat individual: abra un chat conmigo y envíe las mismas palabras («ics …») para recibir el archivo. Si prefiere suscribirse al calendario, pida al equipo de TI la dirección de suscripción (CWG_PUBLIC_URL).',
  'teams.file.offer': '{filename}: el archivo de calendario para abrir en Outlook, Google Calendar o Calendario de Apple. Acepte recibirlo.',
  'teams.file.uploaded': 'Aquí tiene {filename}. Ábralo para añadir los elementos a su calendario.',
  'teams.file.uploadFailed': 'No he podido entregar el archivo de calendario. Vuelva a pedirlo («ics …») para obtener uno nuevo.',
  'teams.file.declined': 'De acuerdo, no se ha enviado ningún archivo. Vuelva a pedirlo («ics …») cuando lo necesite.',
  'teams.moreItems': '… y {n} más que no se muestran aquí. Acote la consulta con una etiqueta, quién debe actuar o menos días.',
  'teams.welcome':
    '¡Hola! Respondo a preguntas sobre los eventos y plazos de actuación del Grupo de Trabajo del Consejo sobre la CMSI y los ODS. Pruebe «next-deadline», «upcoming» o «help» (en un canal, mencióneme primero: @CWG next-deadline).',
  'teams.unknownSubmit': 'Ese botón pertenece a una tarjeta antigua; vuelva a preguntar para obtener una nueva.',
  'teams.form.title': 'Modificar: {title}',
  'teams.form.fieldError': '⚠ {message}',
  'teams.form.fixBelow': 'No se ha guardado nada. Corrija los campos señalados a continuación y vuelva a guardar.',
  'teams.form.reason': 'Motivo del cambio (opcional, se conserva en el registro de auditoría)',
  'teams.form.reasonHint': 'p. ej., nuevas fechas anunciadas por el país anfitrión',
  'teams.form.confirm': 'Sí, esta fecha es correcta (está muy lejos en el pasado o en el futuro)',
  'teams.form.dateHint': '2025-03-04, 23–27 June 2025, 7 July 2025 13:30-14:30 Europe/Zurich, tba 2025, 21 days before cwg-42',
  'teams.form.staleForm': 'Alguien modificó este elemento después de crearse este formulario. Así está ahora:',
  'teams.form.labels.title': 'Título',
  'teams.form.labels.date': 'Fecha',
  'teams.form.labels.status': 'Estado',
  'teams.form.labels.place': 'Lugar',
  'teams.form.labels.who': 'Quién debe actuar (separado por comas: members, secretariat, chair, councillors, sectors, all-stakeholders, council-chair)',
  'teams.form.labels.tags': 'Etiquetas (separadas por comas)',
  'teams.form.labels.sendTo': 'Enviar a',
  'teams.form.labels.url': 'Enlace',
  'teams.form.labels.source': 'Párrafo de origen del informe de resultados',
  'teams.form.labels.organiser': 'Organizador',
  'teams.form.labels.notes': 'Notas',

  // branch ar: the zone of a timed date, in brackets after the time ("13:30–14:30 (Geneva, CET)"); {abbr} comes from Intl.
  'when.genevaZone': 'Ginebra, {abbr}',
  'when.zoneLabel': '{zone}, {abbr}',
  // A day and a time ("Tue 11 Feb 2025, 13:30"), and an item's kind and status after its title.
  'when.dayTime': '{day}, {time}',
  'label.kindStatus': '{kind}, {status}',
  // branch runtime: startup and run-time errors the operator reads (npm start, npx cwg).
  'startup.cannotStart': 'cwg-bot no puede arrancar: {reason}',
  'startup.dataPath.notAFolder':
    'el archivo de datos {file} no sirve: {dir} es un archivo, no una carpeta. Ponga en CWG_DATA_FILE (o --data) una ruta dentro de una carpeta, p. ej. /var/lib/cwg-bot/cwg.db.json.',
  'startup.dataPath.isAFolder':
    'el archivo de datos {file} es una carpeta. Ponga en CWG_DATA_FILE (o --data) un archivo dentro de ella, p. ej. {file}/cwg.db.json.',
  'startup.dataPath.cannotCreate':
    'el archivo de datos {file} no sirve: no se puede crear la carpeta {dir} ({reason}). Créela, o ponga otra ruta en CWG_DATA_FILE (o --data).',
  'startup.dataPath.notWritable':
    'el archivo de datos {file} no sirve: este usuario no puede escribir en {dir} ({reason}). Dele permiso de escritura en esa carpeta, o ponga otra ruta en CWG_DATA_FILE (o --data).',
  'startup.platformAuth':
    '{platform} rechazó {variable} ({reason}). Copie de nuevo el token desde la configuración de la aplicación en {variable} y vuelva a arrancar.',
  'startup.unexpected': 'error inesperado: {message}',
  'startup.rehearsalCopy': 'ensayo: se trabaja sobre una copia de {file}: {scratch} (defina CWG_DATA_FILE o --data para ensayar sobre el archivo que elija)',
  'startup.dataPath.noAccess':
    'el archivo de datos {file} no sirve: este usuario no puede leerlo ni escribirlo ({reason}). Dele permiso de lectura y escritura (chown, chmod), o ponga otra ruta en CWG_DATA_FILE (o --data).',
  'startup.portInUse':
    'no se puede usar el PORT {port} ({reason}): otro proceso escucha en él, o el puerto requiere privilegios. Detenga ese proceso o ponga otro puerto en PORT.',
};

export default es;
