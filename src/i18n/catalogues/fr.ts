/**
 * Catalogue français : tous les mots que le robot affiche, en ICU MessageFormat (intl-messageformat 12).
 * Mêmes identifiants et mêmes paramètres que en.ts (la référence) ; tests/i18n/catalogues-complete.test.ts le vérifie.
 *
 * Translation status: machine-assisted draft by the development team, not yet reviewed by an ITU language service.
 *
 * Restent tels quels : les mots de commande (next-deadline, subscribe, /cwg …), les identifiants d'éléments,
 * les mots-clés lus par l'analyseur (past, all, confirm, days, at, tz, offsets, digest on|off, retry, failed),
 * les noms de champs (title=, date=, who=, send-to=…), les paramètres {…} et la syntaxe des exemples.
 * Typographie : espace fine insécable (U+202F) avant « : ; ? ! » et à l'intérieur des guillemets « » ;
 * apostrophe typographique ’ dans le texte (l'apostrophe droite est un caractère d'échappement en ICU).
 * Pluriels : one (0 et 1), many (grands nombres ronds : « 1 000 000 de jours »), other.
 *
 * Glossaire :
 *   ITU = UIT ; ITU Council = Conseil de l’UIT ; councillors = conseillers ; ITU Sectors = Secteurs de l’UIT
 *   CWG-WSIS&SDG = GTC-SMSI&ODD (Groupe de travail du Conseil sur le SMSI et les ODD)
 *   WSIS = SMSI ; WSIS+20 = SMSI+20 ; SDGs = ODD ; IGF = FGI (Forum sur la gouvernance de l’Internet)
 *   CSTD = CSTD (Commission de la science et de la technique au service du développement) ; HLPF = FPHN
 *   GDC = Pacte numérique mondial ; RDF = Forum régional de développement (FRD)
 *   secretariat = secrétariat ; Member States = États Membres ; members = membres ; Chair = présidence
 *   all stakeholders = toutes les parties prenantes ; delegates = délégués
 *   outcomes report = rapport sur les résultats ; paragraph = paragraphe (§)
 *   event = manifestation ; deadline = échéance ; item = élément ; calendar = calendrier
 *   (manifestation et échéance sont féminins : les accords « passées », « confirmée »… valent pour les deux)
 *   to be announced (tba) = date à annoncer ; announce = annoncer la date ; reschedule = reprogrammer
 *   cancel = annuler ; done = terminée ; undo = annuler la dernière modification (« opération annulée »)
 *   reminder = rappel ; weekly digest = récapitulatif hebdomadaire ; change notice = avis de modification
 *   subscribe = s’abonner ; channel = canal ; chat (Teams) = conversation ; delivery = envoi
 *   tag = étiquette ; who must act = qui doit agir ; review flag = signalement pour vérification
 *   audit trail = piste d’audit ; revision = révision ; feed = flux du calendrier ; Geneva time = heure de Genève
 *   time zone = fuseau horaire ; id = identifiant ; field = champ ; form = formulaire
 */
import type { Catalogue } from '../messages.js';

const fr: Catalogue = {
  'meta.locale': 'fr',
  'meta.numberingSystem': 'latn',

  'list.separator': ', ',
  'list.and': ' et ',
  'list.or': ' ou ',
  quote: '« {text} »',

  'status.confirmed': 'confirmée',
  'status.tba': 'date à annoncer',
  'status.rescheduled': 'reprogrammée',
  'status.cancelled': 'annulée',
  'status.done': 'terminée',
  'kind.event': 'manifestation',
  'kind.deadline': 'échéance',
  'kindPlural.event': 'manifestations',
  'kindPlural.deadline': 'échéances',
  'actor.secretariat': 'le secrétariat',
  'actor.members': 'les membres',
  'actor.chair': 'la présidence',
  'actor.all-stakeholders': 'toutes les parties prenantes',
  'actor.sectors': 'les Secteurs de l’UIT',
  'actor.councillors': 'les conseillers',

  'actor.council-chair': 'la présidence du Conseil de l’UIT',
  'label.when': 'Date',
  'label.yourTime': 'Votre heure',
  /** Between a label and its value ("Place: Geneva"): French puts a narrow no-break space before the colon, Chinese a full-width colon. */
  'punct.colon': ' : ',
  'label.place': 'Lieu',
  'label.organiser': 'Organisateur',
  'label.whoMustAct': 'Qui doit agir',
  'label.sendTo': 'Envoyer à',
  'label.source': 'Source',
  'label.status': 'Statut',
  'label.tags': 'Étiquettes',
  'label.previously': 'Précédemment',
  'label.anchor': 'Lié à',
  'label.review': 'À vérifier',
  'label.id': 'identifiant',
  'label.link': 'Lien',
  'label.details': 'Détails',

  'when.tba': 'date à annoncer',
  'when.expected': 'prévue : {approx}',
  'when.waitingFor': '{wording} : {anchorTitle} n’a pas encore de date',
  'when.endOfDayGeneva': 'au plus tard le {day}, en fin de journée (heure de Genève)',
  'when.atGeneva': '{text}, heure de Genève',
  'when.inZone': '{text} (fuseau {zone})',
  'when.anchored': '{wording} (suit la date de {anchorTitle})',
  'when.offset':
    '{direction, select, before {{n, plural, one {# jour avant} many {# de jours avant} other {# jours avant}}} after {{n, plural, one {# jour après} many {# de jours après} other {# jours après}}} other {le jour même}}',
  'when.offsetFrom':
    '{direction, select, before {{n, plural, one {# jour avant {anchor}} many {# de jours avant {anchor}} other {# jours avant {anchor}}}} after {{n, plural, one {# jour après {anchor}} many {# de jours après {anchor}} other {# jours après {anchor}}}} other {le jour même de {anchor}}}',

  'countdown.now': 'maintenant',
  'countdown.today': 'aujourd’hui',
  'countdown.tomorrow': 'demain',
  'countdown.yesterday': 'hier',
  'countdown.inDays': '{n, plural, one {dans # jour} many {dans # de jours} other {dans # jours}}',
  'countdown.daysAgo': '{n, plural, one {il y a # jour} many {il y a # de jours} other {il y a # jours}}',
  'countdown.inHours': '{n, plural, one {dans # heure} many {dans # d’heures} other {dans # heures}}',
  'countdown.hoursAgo': '{n, plural, one {il y a # heure} many {il y a # d’heures} other {il y a # heures}}',
  'countdown.ongoing': 'en cours, se termine {endsIn}',

  'review.printed': 'date telle qu’imprimée dans le rapport : « {printed} » · notre lecture : {interpretation}',
  previously: '{hasNote, select, yes {{when} ({note})} other {{when}}}',
  'source.paragraph': '§ {paragraph}, {document}',
  'source.secretariat': 'Ajouté par le secrétariat du GTC-SMSI&ODD',
  paragraph: '§ {paragraph}',

  'doubts.unverified': 'date non vérifiée',
  'doubts.dependsOn': 'date dépendant de la date non vérifiée de {anchorTitle}',
  'doubts.extended': 'échéance prolongée',
  'doubts.during': 'pendant {eventTitle}, {dates}',
  'doubts.duringAnchor': 'pendant',
  'doubts.hours': '{dates} ({hours})',
  'doubts.review.unverified': 'date non vérifiée : « {printed} » · {note}',
  'doubts.review.interpretation': 'le rapport indique « {printed} » · notre lecture : {reading}',
  'doubts.review.wording': 'formulation peu claire dans le rapport : « {printed} » · notre lecture : {reading}',
  'doubts.neverDated.heading': 'Prévues en {period}, jamais datées',
  'doubts.neverDated.hint':
    'Pour le secrétariat : datez chaque élément (ou celui dont il dépend) avec « /cwg announce <id> <date> », ou clôturez-le avec « /cwg done <id> » ou « /cwg cancel <id> ».',
  'doubts.neverDated.count':
    '{n, plural, one {# élément prévu en {period} n’a jamais été daté (« /cwg {command} » l’affiche).} many {# d’éléments prévus en {period} n’ont jamais été datés (« /cwg {command} » les affiche).} other {# éléments prévus en {period} n’ont jamais été datés (« /cwg {command} » les affiche).}}',
  'heading.nextDeadline': 'Prochaine échéance',
  'heading.nextDeadlines': 'Prochaines échéances : {n} le {day}',
  'heading.nextEvent': 'Prochaine manifestation',
  'heading.nextEvents': 'Prochaines manifestations : {n} à partir du {day}',
  'heading.ongoing': 'En cours',
  'heading.upcoming': 'À venir dans les {days} prochains jours',
  'heading.list': '{scope, select, past {Liste des {kind} passées} all {Liste de toutes les {kind}} other {Liste des {kind} à venir}}',
  'heading.search': 'Recherche : {words}',
  'heading.show': '{title}',
  'heading.review': 'Éléments signalés pour vérification',
  filterSuffix: ' correspondant à « {filter} »',

  'empty.nothingUpcoming': 'Rien à venir : le calendrier ne prévoit plus rien ({what}){filter}.',
  'empty.mostRecent': 'La dernière {what} en date était :',
  'empty.noneAtAll': 'Le calendrier ne contient pas de {what}{filter}.',
  'empty.howToAdd':
    'Le secrétariat ajoute des éléments avec « /cwg add event … » ou « /cwg add deadline … », ou annonce une date avec « /cwg announce <id> <date> ».',
  'empty.upcomingWindow': 'Rien dans les {days} prochains jours{filter}.',
  'empty.undatedCount':
    '{n, plural, one {# autre élément n’a pas encore de date (« /cwg events » l’affiche).} many {# d’autres éléments n’ont pas encore de date (« /cwg events » et « /cwg deadlines » les affichent).} other {# autres éléments n’ont pas encore de date (« /cwg events » et « /cwg deadlines » les affichent).}}',
  'empty.searchNone':
    'Aucun élément du calendrier ne correspond à « {words} ». Essayez avec moins de mots ou d’autres mots, une étiquette (igf, cstd, wsis20…) ou « /cwg events all ».',
  'empty.reviewNone': 'Aucun élément n’est signalé pour vérification.',
  'empty.moreResults': '{n} autres résultats ; ajoutez des mots pour affiner la recherche.',
  'empty.pastHint': 'Ajoutez « past » pour voir les éléments passés, ou « all » pour tout voir.',

  'error.emptyInput': 'Tapez une commande après /cwg, par exemple « /cwg next-deadline ». « /cwg help » les affiche toutes.',
  'error.tooLong': 'Cette commande est trop longue (plus de {max} caractères). Raccourcissez-la et réessayez.',
  'error.unknownCommand':
    '« {word} » n’est pas une commande /cwg.{hasSuggestion, select, yes { Vouliez-vous dire « {suggestion} » ?} other {}} « /cwg help » affiche les commandes.',
  'error.notFound':
    'Aucun élément n’a l’identifiant « {id} ».{hasSuggestions, select, yes { Vouliez-vous dire {suggestions} ?} other {}} « /cwg search <mots> » trouve les éléments par leur nom.',
  'error.usage': '{message}\nSyntaxe : {usage}',
  'error.useCommand': 'utiliser « /cwg {name} »',
  'error.forbidden': 'Désolé, seul le secrétariat de l’UIT peut {action}. Veuillez demander ce changement au secrétariat du GTC-SMSI&ODD.',
  'error.action.changeCalendar': 'modifier le calendrier',
  'error.action.listSubscriptions': 'afficher tous les canaux abonnés',
  'error.internal': 'Un problème est survenu de notre côté ; rien n’a été modifié. Veuillez réessayer et prévenir le secrétariat si le problème persiste.',
  'error.writeRejected':
    'Cette modification n’a pas été enregistrée : elle aurait rendu les données du calendrier invalides. Rien n’a été modifié ; veuillez prévenir le secrétariat.',
  'error.storeClosed': 'Le calendrier est en cours d’arrêt ; cette modification n’a donc pas été enregistrée. Veuillez réessayer dans une minute.',
  'error.unknownFilter': '« {word} » n’est ni une étiquette ni un acteur. Étiquettes : {tags}. Qui doit agir : {actors}.',
  'error.unknownIdOrFilter':
    'Aucun élément n’a l’identifiant « {word} », et ce n’est pas non plus un filtre.{hasSuggestions, select, yes { Vouliez-vous dire {suggestions} ?} other {}} Indiquez l’identifiant d’un élément tel que l’affiche « /cwg upcoming » (par exemple « /cwg ics igf-2025 ») ou des mots de filtre : étiquettes ({tags}) ou qui doit agir ({actors}).',
  'error.badDays': '« {word} » n’est pas un nombre de jours compris entre 1 et 3660.',
  'error.missingId': 'Indiquez l’identifiant d’un élément, par exemple « /cwg show igf-2025 ». « /cwg search <mots> » trouve les identifiants.',
  'error.missingWords': 'Indiquez un ou plusieurs mots à rechercher, par exemple « /cwg search igf ».',
  'error.noArguments': '{command} ne prend aucun argument{hasWhat, select, yes { : {what}} other {}}.',
  'error.helpTakesOne': 'help prend au plus un nom de commande.',

  'help.intro': 'Robot calendrier du GTC-SMSI&ODD : manifestations et échéances d’action du Groupe de travail du Conseil sur le SMSI et les ODD.',
  'help.footer':
    'Les dates sont données à l’heure de Genève (et à la vôtre si elle diffère). Une échéance sans heure arrive à terme à la fin de la journée, heure de Genève. « /cwg help <commande> » explique une commande.',
  'help.heading': 'Commandes',
  'help.group.query': 'Consulter',
  'help.group.edit': 'Secrétariat',
  'help.group.reminders': 'Rappels',
  'help.group.export': 'Export du calendrier',
  'help.group.other': 'Divers',
  'help.unknownTopic': 'Il n’existe pas de commande « {topic} ». « /cwg help » les affiche toutes.',
  'help.also': 'Également : {aliases}',

  consoleBanner: 'Robot du GTC-SMSI&ODD, conversation en console. Tapez « /cwg help » (ou simplement « help ») ; Ctrl-D pour quitter.',
  'cli.usage': `Syntaxe : npx cwg <mots de commande> [options]

Affiche, en texte brut, ce que répondrait « /cwg <mots de commande> ».

Options :
  --now ISO-8601   s’exécuter comme à cet instant (par ex. 2025-03-01T09:00:00+01:00), sur une
                   copie du fichier de données, sauf si --data ou CWG_DATA_FILE nomme le fichier
  --json           afficher le modèle de réponse en JSON ('{ text, items, ... }')
  --data FICHIER   le fichier de données (par défaut : $CWG_DATA_FILE ou data/cwg.db.json)
  --tz FUSEAU      votre fuseau horaire IANA, pour y voir aussi les dates (par ex. America/New_York)
  -y, --confirm    confirmer une date très éloignée dans le passé ou l’avenir (comme le mot « confirm »)
  --user ID        s’exécuter en tant que cet utilisateur, avec son rôle (Slack U…, identifiant d’objet Teams ;
                   préfixe slack: ou teams: pour être explicite). Sans cette option, vous agissez en tant que secrétariat.
  -h, --help       cette aide

Exemples :
  npx cwg next-deadline
  npx cwg upcoming 60 --now 2025-02-15T09:00:00+01:00
  npx cwg show igf-2025 --json
  npx cwg import rapport.docx --json  (un brouillon à examiner : import accept all, puis import confirm <code>)
  npx cwg help            (la liste des commandes du robot)
  npx cwg config check    (la configuration en vigueur et ses problèmes ; --json pour les scripts)
  npx cwg <commande> --help   (l’aide de cette commande, comme /cwg help <commande>)

Code de sortie : 0 en cas de succès, 2 en cas d’erreur de syntaxe ou de configuration, 3 si le
fichier de données est inutilisable, 1 pour toute autre erreur.`,
  'cli.badOption': 'cwg : {problem}\n\n{usage}',
  'cli.noCommand': 'cwg : aucune commande indiquée.',
  'cli.badNow': 'cwg : --now « {value} » n’est pas un instant ISO 8601 ; essayez par ex. 2025-03-01T09:00:00+01:00',
  'cli.badTz': 'cwg : --tz « {value} » n’est pas un fuseau horaire IANA ; essayez par ex. Europe/Zurich ou America/New_York',
  'cli.failed': 'cwg : {message}',

  'command.next-deadline.summary': 'La prochaine échéance d’action (et toutes celles du même jour).',
  'command.next-deadline.usage': 'next-deadline [étiquette | qui-doit-agir …]',
  'command.next-deadline.help':
    'Affiche la prochaine échéance non encore passée, avec toutes les autres échéances du même jour.\nPour restreindre : une étiquette (igf, cstd, wsis20, hlpf, gdc, ai, council, rdf…) ou qui doit agir (members, secretariat, chair).\nExemple : /cwg next-deadline members',
  'command.next-event.summary': 'La prochaine manifestation, et toute manifestation en cours.',
  'command.next-event.usage': 'next-event [étiquette | qui-doit-agir …]',
  'command.next-event.help': 'Affiche les manifestations en cours et la prochaine à commencer.\nExemple : /cwg next-event igf',
  'command.upcoming.summary': 'Manifestations et échéances des N prochains jours (30 par défaut).',
  'command.upcoming.usage': 'upcoming [N days] [étiquette | qui-doit-agir …]',
  'command.upcoming.help':
    'Affiche ce qui commence ou arrive à échéance dans les jours qui viennent, ainsi que les manifestations en cours.\nExemples : /cwg upcoming, /cwg upcoming 90, /cwg upcoming 14 days members',
  'command.deadlines.summary': 'Toutes les échéances à venir (ajoutez « past » ou « all » pour voir les précédentes).',
  'command.deadlines.usage': 'deadlines [past | all] [étiquette | qui-doit-agir …]',
  'command.deadlines.help':
    'Affiche les échéances non encore passées, puis celles dont la date est à annoncer.\n« /cwg deadlines past » affiche les échéances passées (les plus récentes d’abord) ; « /cwg deadlines all » affiche tout.\nExemple : /cwg deadlines past wsis20',
  'command.events.summary': 'Toutes les manifestations à venir (ajoutez « past » ou « all » pour voir les précédentes).',
  'command.events.usage': 'events [past | all] [étiquette | qui-doit-agir …]',
  'command.events.help':
    'Affiche les manifestations non encore terminées, puis celles dont la date est à annoncer.\n« /cwg events past » affiche les manifestations passées (les plus récentes d’abord) ; « /cwg events all » affiche tout.\nExemple : /cwg events past wsis20',
  'command.show.summary': 'Tout sur un élément : dates, lieu, qui doit agir, paragraphe source.',
  'command.show.usage': 'show <id>',
  'command.show.help':
    'Affiche un élément en entier, avec le paragraphe du rapport dont il est tiré et ses éventuelles dates antérieures.\nExemple : /cwg show igf-2025',
  'command.search.summary': 'Trouver des éléments d’après les mots de leur titre, lieu, étiquettes ou paragraphe source.',
  'command.search.usage': 'search <mots>',
  'command.search.help':
    'Chaque mot doit correspondre. Les accents et les majuscules sont sans importance.\nExemples : /cwg search unesco forum, /cwg search 6.7.9',
  'command.add.summary': 'Ajouter une manifestation ou une échéance au calendrier.',
  'command.add.usage': 'add event|deadline title="…" date="…" [place=… who=… tags=… send-to=… id=…]',
  'command.add.help':
    'Une date antérieure de plus d’un an ou postérieure de plus de trois ans est probablement une faute de frappe : le robot vous demande de renvoyer la commande en ajoutant « confirm » à la fin.\nDates : 2025-03-04, 4 March 2025, 23–27 June 2025, 2025-06-04..2025-06-05, 7 July 2025 13:30-14:30 Europe/Zurich, tba 2025, "21 days before cwg-42".\nwho : members, secretariat, chair, all-stakeholders, sectors, councillors, council-chair (séparés par des virgules). tags : igf,ai. Sauf indication contraire, l’identifiant est formé à partir du titre et de l’année.\nExemple : /cwg add deadline title="Observations sur le projet de rapport" date="4 March 2025" who=members send-to=wsis-info@itu.int tags=wsis20',
  'command.edit.summary': 'Modifier des champs d’un élément.',
  'command.edit.usage': 'edit <id> champ=valeur …',
  'command.edit.help':
    'Champs : title, date, place, notes, who, tags, send-to, url, organiser, source (paragraphe du rapport), status, kind. Une valeur vide efface un champ (place="").\nModifier date= corrige la date (utilisez reschedule si la date a changé). rev=N refuse la modification si quelqu’un a modifié l’élément depuis la révision N que vous avez vue.\nreview=resolved efface les signalements pour vérification d’un élément (« date telle qu’imprimée dans le rapport ») une fois la date vérifiée par le secrétariat ; l’historique les conserve.\nExemple : /cwg edit igf-2025 place="Lillestrøm, Norvège" tags=igf,ai',
  'command.reschedule.summary': 'Déplacer un élément à une nouvelle date (les échéances qui en dépendent suivent).',
  'command.reschedule.usage': 'reschedule <id> <date ou période> [reason="…"]',
  'command.reschedule.help':
    'Une date antérieure de plus d’un an ou postérieure de plus de trois ans est probablement une faute de frappe : le robot vous demande de renvoyer la commande en ajoutant « confirm » à la fin.\nL’ancienne date est conservée et affichée sous « Précédemment ». Les échéances calculées à partir de cet élément (« trois semaines avant la réunion ») sont déplacées avec lui ; la réponse les énumère.\nExemple : /cwg reschedule cwg-42 10-11 February 2025 reason="changement de salle"',
  'command.announce.summary': 'Donner une date à un élément dont la date était à annoncer.',
  'command.announce.usage': 'announce <id> <date ou période>',
  'command.announce.help':
    'Les échéances calculées à partir de cet élément reçoivent aussi leur date ; la réponse les énumère.\nExemple : /cwg announce council-2025 2025-06-17..2025-06-27',
  'command.cancel.summary': 'Marquer un élément comme annulé (il reste dans le calendrier, avec cette mention).',
  'command.cancel.usage': 'cancel <id> [motif]',
  'command.cancel.help':
    'Les rappels cessent ; les abonnés en sont avisés. « /cwg undo » annule l’opération.\nExemple : /cwg cancel strategic-plan-workshop organisé en ligne, voir la prochaine réunion',
  'command.done.summary': 'Marquer un élément comme terminé (l’action a été menée).',
  'command.done.usage': 'done <id>',
  'command.done.help': 'Exemple : /cwg done hlpf-2025-comments',
  'command.undo.summary': 'Annuler votre dernière modification.',
  'command.undo.usage': 'undo',
  'command.undo.help':
    'Uniquement si personne n’a modifié l’élément entre-temps ; sinon, le robot indique qui l’a fait et quand. Relancez la commande pour remonter plus loin.',
  'command.history.summary': 'Montrer qui a modifié un élément, quand, depuis où et ce qui a changé.',
  'command.history.usage': 'history <id>',
  'command.history.help': 'Exemple : /cwg history cwg-42',
  'command.review.summary': 'Afficher les éléments signalés pour vérification, avec le libellé du rapport lui-même.',
  'command.review.usage': 'review',
  'command.review.help':
    'Chaque élément indique la date telle qu’imprimée dans le rapport, la lecture du robot et le motif du signalement. Pour corriger un élément : « /cwg edit <id> … ».',
  'command.export.summary': 'Tout le calendrier sous forme de fichier JSON (celui que lit « import »).',
  'command.export.usage': 'export',
  'command.export.help': 'Les éléments seulement : ni piste d’audit, ni abonnements, ni registre des envois.',
  'command.import.summary':
    'Lire un rapport (.docx, .pdf, .txt, .html), un tableur (.csv, .xlsx) ou un calendrier (.ics, .json) dans un brouillon à examiner, puis l’appliquer.',
  'command.import.usage': 'import <fichier> | show [n] | accept <n,n-m|all> | reject <n…> | edit <n> champ=valeur… | discard | confirm <code>',
  'command.import.help':
    'Lit le fichier dans un brouillon de propositions numérotées (nouvelles, modifiées, inchangées, illisibles), chacune avec le paragraphe et la phrase d’où elle vient ; le calendrier ne change pas encore.\nExamen : import show [n | page n] · import accept 1,3,5-8 (ou all) · import reject 4 · import edit 2 date="4 March 2026" title="…" (les champs de /cwg edit) · import discard.\n« import confirm <code> » applique les propositions acceptées en un seul lot ; « /cwg undo » annule toute l’importation. Un brouillon est conservé 24 heures.\nDans Slack, envoyez-moi le fichier en message direct ou utilisez le formulaire de « /cwg import » ; dans Teams, joignez-le dans notre conversation 1:1 ; en ligne de commande, donnez son chemin (npx cwg import rapport.docx ; --json affiche les propositions).',
  'command.help.summary': 'Afficher les commandes, ou en expliquer une.',
  'command.help.usage': 'help [commande]',
  'command.help.help': '',
  'command.subscribe.summary': 'Publier dans ce canal des rappels des manifestations et des échéances.',
  'command.subscribe.usage': 'subscribe [all | events | deadlines] [étiquette | qui-doit-agir …] [at HH:MM] [tz FUSEAU] [offsets 14d,3d,1d] [digest off]',
  'command.subscribe.help':
    'Ce canal reçoit des rappels avant les manifestations (30, 7 et 1 jours avant) et avant les échéances (7 et 1 jours avant, et le matin du jour même),\nun récapitulatif hebdomadaire le lundi pour les 14 jours suivants, et un avis lorsqu’un élément suivi est ajouté, déplacé, annulé ou reçoit sa date.\nLes rappels arrivent à 09:00, heure de Genève, sauf indication contraire. Relancer la commande ne modifie que ce que vous précisez.\nExemples : /cwg subscribe, /cwg subscribe deadlines members at 08:30 tz America/New_York, /cwg subscribe igf offsets 14d,3d digest off',
  'command.unsubscribe.summary': 'Arrêter les rappels dans ce canal.',
  'command.unsubscribe.usage': 'unsubscribe',
  'command.unsubscribe.help': '',
  'command.subscriptions.summary': 'Ce dont ce canal est informé, et la date du prochain rappel.',
  'command.subscriptions.usage': 'subscriptions [all]',
  'command.subscriptions.help':
    'Affiche les paramètres de rappel de ce canal et le prochain rappel prévu.\nLe secrétariat peut afficher tous les canaux abonnés avec « /cwg subscriptions all ».',
  'command.deliveries.summary': 'Voir les envois de rappels qui ont échoué, et les relancer.',
  'command.deliveries.usage': 'deliveries [failed | retry <clé> | retry all]',
  'command.deliveries.help':
    'Sans mot : quand les rappels ont été envoyés pour la dernière fois et combien ont échoué.\n« failed » affiche les envois qui ont échoué après plusieurs tentatives (avec la dernière erreur) ; « retry <clé> » ou « retry all » les relance lors du prochain passage.',
  'command.ics.summary': 'Le calendrier en fichier .ics pour Outlook ou Google Agenda (ou un seul élément, à ajouter à votre agenda).',
  'command.ics.usage': 'ics [étiquette | qui-doit-agir … | <id>]',
  'command.ics.help':
    'Fournit le calendrier (ou la partie correspondant à une étiquette ou à qui doit agir) sous forme de fichier iCalendar à importer, ainsi que l’adresse pour s’y abonner.\nAvec l’identifiant d’un élément, fournit cet élément seul, à ajouter à votre propre agenda.\nLes éléments dont la date est à annoncer sont omis jusqu’à ce qu’ils aient une date ; les éléments annulés restent, marqués comme annulés.\nExemples : /cwg ics · /cwg ics wsis20 members · /cwg ics igf-2025',

  'editing.field.mustBeText': 'doit être du texte',
  'editing.field.empty': 'ne peut pas être vide',
  'editing.field.tooLong': 'compte {n} caractères ; ne dépassez pas {limit}',
  'editing.field.noLinks': 'ne peut pas contenir de liens ; mettez le lien dans url=',
  'editing.field.badDate': '{problem} ; écrivez-la par exemple {example}',
  'editing.field.notADate': 'n’est pas une date valide',
  'editing.field.badActor': '« {word} » ne fait pas partie de : {actors}',
  'editing.field.badTag': '« {word} » n’est pas une étiquette : lettres minuscules, chiffres et traits d’union, 32 au plus',
  'editing.field.tooManyTags': '20 étiquettes au plus',
  'editing.field.badSendTo': 'indiquez une adresse électronique (wsis-info@itu.int) ou un lien https://',
  'editing.field.badUrl': 'indiquez un lien web commençant par https:// (ou http://)',
  'editing.field.badSource': 'indiquez le paragraphe du rapport, par ex. 6.7.9',
  'editing.field.badStatus': 'doit être l’une des valeurs suivantes : {statuses}',
  'editing.field.badKind': 'doit être event ou deadline',
  'editing.field.badReview': 'review=resolved efface les signalements pour vérification une fois la date vérifiée (la piste d’audit les conserve)',
  'editing.field.badId': 'un identifiant compte de 2 à 64 lettres minuscules, chiffres et traits d’union, par ex. igf-2025',
  'editing.field.idTaken': '« {id} » est déjà utilisé ; choisissez un autre identifiant',
  'editing.field.needTitle': 'indiquez un titre',
  'editing.field.needDate': 'indiquez une date, ou « tba »',
  'editing.field.noDateYet': '« {id} » n’a pas encore de date ; utilisez announce pour lui en donner une',
  'editing.field.sameDate': '« {id} » a déjà cette date',
  'editing.field.anchored': '« {id} » est daté à partir de « {anchor} » ; annoncez la date de cet élément, ou reprogrammez celui-ci',
  'editing.field.hasDate': '« {id} » a déjà une date ; utilisez reschedule pour la modifier',
  'editing.field.announceTba': 'indiquez la date annoncée, et non « tba »',
  'editing.field.alreadyCancelled': '« {id} » est déjà annulé',
  'editing.field.alreadyDone': '« {id} » est déjà marqué comme terminé',
  'editing.field.cancelledNotDone': '« {id} » est annulé ; il ne peut pas être marqué comme terminé',
  'editing.field.reasonTooLong': 'ne dépassez pas {limit} caractères',
  'editing.field.fileTooBig': 'dépasse {mb} Mo',
  'editing.field.fileNotJson': 'n’est pas un JSON valide{hasPosition, select, yes { (au caractère {position})} other {}}',
  'editing.field.fileShape': `doit être un export du calendrier ('{"items": [...]}') ou une liste d’éléments`,
  'editing.field.fileTooManyItems': 'contient plus de 5000 éléments',
  'editing.field.duplicateId': 'identifiant « {id} » en double',
  'editing.field.unsafeUrl': '{field} : seuls les liens https:, http: ou mailto: sont acceptés',
  'editing.field.itemLabel': 'élément {n}{hasId, select, yes { ({id})} other {}}',
  'editing.field.fileUnreadable': 'Impossible de lire « {path} » : {reason}.',
  'editing.field.fileTooBigReason': 'plus de {mb} Mo',

  'editing.field.anchorMissing': 'l’élément de référence « {anchor} » n’existe pas',
  'editing.field.anchorCycle': 'les dates de référence forment une boucle passant par « {id} »',
  'editing.field.aboutItem': '{id} : {message}',
  'editing.field.invalid': 'n’est pas une valeur valide ici',
  'editing.field.badEntry': '« {path} » est absent ou n’a pas la forme qu’utilise un export du calendrier',
  'editing.dateProblem.empty': 'aucune date indiquée',
  'editing.dateProblem.tooLong': 'c’est trop long pour une seule date',
  'editing.dateProblem.notMonth': '« {subject} » n’est pas un mois',
  'editing.dateProblem.offsetTooLarge': 'ce décalage dépasse dix ans',
  'editing.dateProblem.rangeBackwards': 'la période se termine avant de commencer ({subject})',
  'editing.dateProblem.timesOnRange': 'indiquez des heures pour un seul jour, ou une période de plusieurs jours sans heures',
  'editing.dateProblem.timeBackwards': 'l’heure de fin n’est pas postérieure à l’heure de début ({subject})',
  'editing.dateProblem.ambiguous': '« {subject} » est ambigu : l’ordre du jour et du mois varie selon les pays',
  'editing.dateProblem.notZone': '« {subject} » n’est pas un fuseau horaire',
  'editing.dateProblem.unreadableTime': 'impossible de lire l’heure dans « {subject} »',
  'editing.dateProblem.notTime': '{subject} n’est pas une heure de la journée',
  'editing.dateProblem.noYear': '« {subject} » n’indique pas l’année',
  'editing.dateProblem.unreadable': 'impossible de lire « {subject} » comme une date',
  'editing.dateProblem.notReal': '« {subject} » n’est pas une date réelle du calendrier',
  'editing.dateProblem.hoursOnDates': 'les mots entre parenthèses (les heures que donne la source) ne se placent qu’après des dates sur une journée entière',
  'editing.farPast': '{day} remonte à plus d’un an',
  'editing.farAhead': '{day} est à plus de trois ans',
  'editing.importCodeStale': 'le calendrier ou le fichier a changé depuis cet aperçu ; vérifiez le nouvel aperçu (code {code})',
  'editing.verb.add': 'Ajout effectué',
  'editing.verb.edit': 'Modification effectuée',
  'editing.verb.reschedule': 'Reprogrammation effectuée',
  'editing.verb.announce': 'Date annoncée',
  'editing.verb.cancel': 'Annulation effectuée',
  'editing.verb.done': 'Marquage « terminée » effectué',
  'editing.verb.undo': 'Opération annulée',
  'editing.verb.import': 'Importation effectuée',
  'editing.actionName.add': 'ajout',
  'editing.actionName.edit': 'modification',
  'editing.actionName.reschedule': 'reprogrammation',
  'editing.actionName.announce': 'annonce de date',
  'editing.actionName.cancel': 'annulation',
  'editing.actionName.done': 'marquage « terminée »',
  'editing.actionName.undo': 'annulation de modification',
  'editing.actionName.import': 'importation',
  'editing.changed': '{verb} pour « {id} ». L’élément se présente désormais ainsi :',
  'editing.unchanged': 'Aucune modification : « {id} » a déjà ces valeurs.',
  'editing.movedHeading':
    '{n, plural, one {# élément lié à « {anchor} » a été déplacé avec lui :} many {# d’éléments liés à « {anchor} » ont été déplacés avec lui :} other {# éléments liés à « {anchor} » ont été déplacés avec lui :}}',
  'editing.movedLine': '• {title} ({id}) : {after} (auparavant {before})',
  'editing.undoHint': 'Une erreur ? « /cwg undo » annule votre dernière modification.',
  'editing.actionNoun.add': 'ajout',
  'editing.actionNoun.edit': 'modification',
  'editing.actionNoun.reschedule': 'reprogrammation',
  'editing.actionNoun.announce': 'annonce de date',
  'editing.actionNoun.cancel': 'annulation',
  'editing.actionNoun.done': 'marquage « terminée »',
  'editing.actionNoun.import': 'importation',
  'editing.undone':
    'Opération annulée : votre {action} de « {id} »{others, plural, =0 {} one { (et # élément déplacé avec lui)} many { (et # d’éléments déplacés avec lui)} other { (et # éléments déplacés avec lui)}}. L’élément a retrouvé son état antérieur :',
  'editing.undoneImport':
    'Opération annulée : votre importation. {n, plural, one {L’élément qu’elle avait ajouté ou modifié a retrouvé son état antérieur} many {Les # d’éléments qu’elle avait ajoutés ou modifiés ont retrouvé leur état antérieur} other {Les # éléments qu’elle avait ajoutés ou modifiés ont retrouvé leur état antérieur}} (les éléments ajoutés sont supprimés).',
  'editing.undoneRemoved':
    'Opération annulée : « {id} » a de nouveau été supprimé (il avait été ajouté par la modification annulée){others, plural, =0 {} one { ; # autre élément de cette modification a retrouvé son état antérieur} many { ; # d’autres éléments de cette modification ont retrouvé leur état antérieur} other { ; # autres éléments de cette modification ont retrouvé leur état antérieur}}.',
  'editing.invalid': 'Cette modification n’a pas été effectuée :',
  'editing.invalidImport': 'Rien n’a été importé ; le JSON du calendrier pose ces problèmes :',
  'editing.invalidField': '• {field} : {message}',
  'editing.conflict':
    '« {id} » a changé depuis que vous l’avez ouvert{hasBy, select, yes { ({action} par {by}, {at})} other {}} ; votre modification n’a pas été enregistrée.',
  'editing.conflictChanged': 'modifié',
  'editing.conflictNow': 'Actuellement : {summary}',
  'editing.conflictYours': 'Votre version (à partir de la révision {fromRevision}) : {summary}',
  'editing.conflictAgain': 'Rouvrez-le pour partir de la version actuelle, puis refaites votre modification.',
  'editing.confirmNeeded': 'Veuillez confirmer : {reason}. Si c’est exact, renvoyez la même commande en ajoutant « confirm » à la fin.',
  'editing.confirmCode': '{reason}.',
  'editing.undoWhat': 'elle annule votre propre dernière modification',
  'editing.exportWhat': 'elle fournit le calendrier entier',
  'editing.undoNothing': 'Vous n’avez plus de modification à annuler. (undo annule votre propre dernière modification.)',
  'editing.undoBlocked':
    'Votre dernière modification de « {id} » ne peut pas être annulée : {hasBy, select, yes {{by} l’a modifié depuis ({action}, {at})} other {l’élément a changé depuis}}. Faites plutôt la correction avec « /cwg edit {id} … ».',
  'editing.undoGone': 'Votre dernière modification de « {id} » ne peut pas être annulée : l’élément n’existe plus.',
  'editing.badDate': '{message}. Écrivez-la par exemple {example}.',
  'editing.revision': 'révision {n}',
  'editing.atGeneva': '{day} {time} (Genève)',
  'editing.historyHeading': 'Historique de « {id} »',
  'editing.historyNone': '« {id} » n’a pas été modifié depuis son chargement à partir du rapport.',
  'editing.historyLine': '{at} · {action} par {by} ({surface})',
  'editing.historyUndone': '  (annulé par {by})',
  'editing.historyReason': '  motif : {reason}',
  'editing.reason.movedWith': 'a suivi la date de {anchor}',
  'editing.reason.undoOf': 'annulation de l’opération « {action} » ({id})',
  'editing.historyField': '  {field} : {before} → {after}',
  'editing.historyMoved': '  date : {before} → {after}',
  'editing.nothingValue': '(aucun)',
  'editing.reviewValue': 'signalé : « {printed} »',
  'editing.exported': 'Le calendrier entier : {n} éléments, en JSON ({filename}). « /cwg import » relit ce fichier.',
  'editing.importHeading': 'Aperçu de l’importation (rien n’a encore changé)',
  'editing.importAdded': '{n, plural, one {# nouvel élément :} many {# de nouveaux éléments :} other {# nouveaux éléments :}}',
  'editing.importChanged': '{n, plural, one {# élément modifié :} many {# d’éléments modifiés :} other {# éléments modifiés :}}',
  'editing.importChangedLine': '  ~ {id} : {fields}',
  'editing.importAddedLine': '  + {id} : {title}',
  'editing.importSame':
    '{n, plural, one {# élément identique} many {# d’éléments identiques} other {# éléments identiques}} ; {kept, plural, one {# élément du calendrier absent du fichier (conservé tel quel)} many {# d’éléments du calendrier absents du fichier (conservés tels quels)} other {# éléments du calendrier absents du fichier (conservés tels quels)}}.',
  'editing.importConfirm': 'Pour appliquer exactement ces changements, envoyez : /cwg import {again} confirm {code}',
  'editing.importMore': '… et {n} autres, non énumérés ici.',
  'editing.importBadCode': 'confirm doit être suivi du code de 6 caractères indiqué dans l’aperçu, par ex. « confirm 3fa9c1 ».',
  'editing.importNothing': 'Le fichier correspond au calendrier ; il n’y a rien à importer.',
  'editing.importApplied': 'Importation effectuée : {added} ajouté(s), {changed} modifié(s). « /cwg undo » annule toute l’importation.',
  'editing.importNeedsSource': `Indiquez le fichier à importer : sur la ligne de commande, un chemin (import data/calendar.json) ; dans une conversation, le JSON entre apostrophes droites (import '''{"items": [...]}''') ; ou utilisez le formulaire d’importation Slack ou Teams.`,
  'editing.importPathLocalOnly':
    'La lecture d’un fichier par son chemin n’est possible que sur la ligne de commande du robot ; dans une conversation, collez le JSON entre apostrophes droites ou utilisez le formulaire d’importation.',
  'editing.reviewIntro': 'Le rapport indique ces dates de manière incohérente ; le robot affiche sa lecture à côté du libellé imprimé.',
  'editing.usage.add':
    'add event|deadline title="…" date="…" [place=… who=members,secretariat tags=igf,ai send-to=… url=… notes="…" source=6.7.9 document="…" link=https://… id=…] [confirm]',
  'editing.usage.edit':
    'edit <id> champ=valeur … (title, date, place, notes, who, tags, tags+=, tags-=, send-to, url, organiser, source, document, link, status, kind, review=resolved) [confirm]',
  'editing.usage.reschedule': 'reschedule <id> <date ou période> [reason="…"] [confirm]',
  'editing.usage.announce': 'announce <id> <date ou période> [confirm]',
  'editing.usage.cancel': 'cancel <id> [motif]',
  'editing.usage.done': 'done <id>',
  'editing.usage.history': 'history <id>',
  'editing.usage.import': 'import <fichier> | show [n] | accept <n,n-m|all> | reject <n…> | edit <n> champ=valeur… | discard | confirm <code>',
  'editing.missingKind': 'Précisez ce qu’il faut ajouter : « add event … » ou « add deadline … ».',
  'editing.notAField': '« {word} » n’est pas de la forme champ=valeur. Champs : {allowed}.',
  'editing.unknownField': 'Il n’existe pas de champ « {field} ». Champs : {allowed}.',
  'editing.missingDate': 'Indiquez la nouvelle date, par ex. « 2025-03-04 », « 4-5 June 2025 » ou « 7 July 2025 13:30-14:30 Europe/Zurich ».',
  'editing.nothingToEdit': 'Indiquez au moins un champ=valeur à modifier, par ex. place="Genève, CICG".',
  'editing.badRevision': 'rev= prend le numéro de la révision que vous avez vue, par ex. rev=3.',

  'export.calendarName': 'Calendrier du GTC-SMSI&ODD',
  'export.calendarNameFiltered': 'Calendrier du GTC-SMSI&ODD ({filter})',
  'export.calendarDescription':
    'Manifestations et échéances d’action du Groupe de travail du Conseil de l’UIT sur le SMSI et les ODD, d’après le document {document}. Les dates des éléments sur une journée entière et des échéances sans heure sont celles de Genève ; une échéance sans heure arrive à terme à la fin de la journée, heure de Genève.',
  'export.leftOutTba':
    '{n, plural, one {# élément dont la date est à annoncer n’est pas encore inclus ; il apparaîtra dès qu’il aura une date.} many {# d’éléments dont la date est à annoncer ne sont pas encore inclus ; ils apparaîtront dès qu’ils auront une date.} other {# éléments dont la date est à annoncer ne sont pas encore inclus ; ils apparaîtront dès qu’ils auront une date.}}',
  'export.deadlineSummary': 'Échéance : {title}',
  'export.cancelledSummary': 'Annulé : {summary}',
  'export.deadlineAlarm': 'Échéance demain : {title}',
  'export.deadlineDue': 'Échéance : {when}',
  'export.statusLine': 'Statut : {status}',
  'export.sourceLine': '{hasWording, select, yes {Source : {label} : « {wording} »} other {Source : {label}}}',
  'export.moreLine': 'Dans le robot : /cwg show {id}',
  'export.fileHeading': 'Fichier de calendrier (.ics)',
  'export.fileHeadingOne': 'Ajouter à votre agenda : {title}',
  'export.fileCount':
    '{n, plural, one {# élément} many {# d’éléments} other {# éléments}} dans le fichier{cancelled, plural, =0 {} one { (dont # annulé, conservé et marqué comme annulé)} many { (dont # d’éléments annulés, conservés et marqués comme annulés)} other { (dont # annulés, conservés et marqués comme annulés)}}.',
  'export.fileOneHint':
    'Ouvrez le fichier pour ajouter cet élément à Outlook, Google Agenda ou Calendrier d’Apple ; si vous l’importez de nouveau plus tard, il sera mis à jour au lieu d’être dupliqué.',
  'export.fileOpenHint':
    'Ouvrez ou importez le fichier dans Outlook, Google Agenda ou Calendrier d’Apple. Il s’agit d’un instantané : abonnez-vous au flux pour recevoir les modifications.',
  'export.subscribeHint':
    'Abonnez-vous pour rester à jour (Outlook : Ajouter un calendrier › S’abonner à partir du web ; Google Agenda : Autres agendas › À partir de l’URL) : {url}',
  'export.noSubscribeUrl':
    'Demandez à l’équipe informatique l’adresse du flux du calendrier (CWG_PUBLIC_URL n’est pas défini) pour vous abonner et recevoir automatiquement les modifications.',
  'export.nothingToExport': 'Aucun élément daté{filter} à mettre dans un fichier de calendrier.',
  'export.itemUndated':
    '« {title} » n’a pas encore de date (date à annoncer) : il n’y a donc rien à ajouter à un agenda. « /cwg ics » fournit le calendrier entier.',
  'export.savedTo': 'Fichier de calendrier enregistré sous {path}',
  'export.saveFailed': 'Impossible d’enregistrer le fichier de calendrier dans {dir} : {reason}. Donnez à CWG_EXPORT_DIR un répertoire accessible en écriture.',
  'export.feedBadQuery': 'Requête incorrecte : {message}\n',
  'export.feedUnknownParam':
    '« {value} » n’est pas une valeur valide pour {name}. Utilisez une ou plusieurs des valeurs suivantes : {allowed} (séparées par des virgules).',
  'export.feedOneItemId': 'un identifiant d’élément, par ex. igf-2025',
  'export.feedUnknownItem': 'Aucun élément n’a l’identifiant « {id} ».\n',
  'export.feedItemUndated': 'L’élément « {id} » n’a pas encore de date (date à annoncer).\n',
  'export.feedBusy': 'Le flux du calendrier est occupé. Réessayez dans quelques secondes.\n',
  'export.exportDirUnsafe':
    'Enregistrement du fichier de calendrier refusé : {dir} {reason, select, symlink {est un lien symbolique} notDirectory {n’est pas un dossier} notFile {existe et n’est pas un fichier ordinaire} notOwned {appartient à un autre utilisateur} writableByOthers {est accessible en écriture à d’autres utilisateurs (groupe ou tous)} other {n’est pas sûr}}. Faites pointer CWG_EXPORT_DIR vers un dossier où vous seul pouvez écrire (chmod 700), ou supprimez cette variable pour utiliser le dossier privé situé à côté du fichier de données.',

  'reminders.heading.event': 'Rappel : {title}, début {when}',
  'reminders.heading.deadline': 'Rappel : {title}, échéance {when}',
  'reminders.heading.digest':
    'Récapitulatif hebdomadaire : {n, plural, one {# élément} many {# d’éléments} other {# éléments}} dans les {days} prochains jours',
  'reminders.heading.added': 'Nouveau dans le calendrier : {title}',
  'reminders.heading.rescheduled': 'Reprogrammé : {title}',
  'reminders.heading.cancelled': 'Annulé : {title}',
  'reminders.heading.reinstated': 'De retour dans le calendrier (annulation levée) : {title}',
  'reminders.heading.announced': 'Date annoncée : {title}',
  'reminders.heading.removed': 'Retiré du calendrier : {title}',
  'reminders.batch.heading': 'Calendrier mis à jour : {n} modifications concernant ce que suit ce canal',
  'reminders.batch.line': '• {what} ({id}){form, select, wasNow { : auparavant {was}, désormais {now}} when { : {when}} other {}}',
  'reminders.batch.more': '… et {n} autres (« /cwg upcoming » affiche ce qui vient).',
  'reminders.offset': '{days, plural, =0 {aujourd’hui} =1 {demain} one {dans # jour} many {dans # de jours} other {dans # jours}}',
  'reminders.was': 'Auparavant : {was}',
  'reminders.now': 'Désormais : {now}',
  'reminders.details': 'Détails : /cwg show {id}',
  'reminders.addToCalendar': 'Ajouter à votre agenda : /cwg ics {id}',
  'reminders.delayed': '(envoi tardif : ce message était prévu pour {dueAt})',
  'reminders.footer':
    'Vous recevez ce message parce que ce canal est abonné (« /cwg subscriptions » indique quoi et quand ; « /cwg unsubscribe » arrête les rappels).',
  'reminders.subscribe.needsConversation': 'Lancez cette commande dans le canal ou la conversation qui doit recevoir les rappels.',
  'reminders.subscribe.done': 'Ce canal recevra des rappels : {what}.',
  'reminders.subscribe.updated': 'Rappels de ce canal mis à jour : {what}.',
  'reminders.subscribe.usage': 'subscribe [all | events | deadlines] [étiquette | qui-doit-agir …] [at HH:MM] [tz FUSEAU] [offsets 14d,3d,1d] [digest on|off]',
  'reminders.subscribe.badTime': '« {word} » n’est pas une heure de la journée ; utilisez HH:MM, par exemple « at 08:30 ».',
  'reminders.subscribe.badZone': '« {word} » n’est pas un fuseau horaire IANA ; utilisez un nom comme Europe/Zurich ou America/New_York.',
  'reminders.subscribe.badOffsetItems':
    '{bad} dans « {word} » {n, plural, one {n’est pas un nombre de jours} many {ne sont pas des nombres de jours} other {ne sont pas des nombres de jours}} avant l’élément ; utilisez par exemple « offsets 14d,3d,1d » (0d = le jour même, 365d au plus).',
  'reminders.subscribe.badOffsetList':
    '« {word} » n’est pas une liste de 10 décalages au plus ; utilisez par exemple « offsets 14d,3d,1d » (0d = le jour même, 365d au plus).',
  'reminders.subscribe.badDigest': 'Après « digest », écrivez « on » ou « off », et non « {word} ».',
  'reminders.subscribe.missingValue': '« {word} » doit être suivi d’une valeur.',
  'reminders.subscribe.manage': '« /cwg subscriptions » indique ce que reçoit ce canal et quand ; « /cwg unsubscribe » arrête les rappels.',
  'reminders.subscribe.slackInvite':
    'Le robot publie lui-même les rappels : s’il n’est pas encore dans ce canal, ajoutez-le avec « /invite @CWG calendar » (un canal où il ne peut pas publier est désabonné dès le premier rappel).',
  'reminders.describe.scope.all': 'manifestations et échéances',
  'reminders.describe.scope.events': 'manifestations',
  'reminders.describe.scope.deadlines': 'échéances',
  'reminders.describe.filter': ' concernant {words}',
  'reminders.describe.at': 'à {time} ({tz})',
  'reminders.describe.offsetsDefault': 'manifestations 30, 7 et 1 jours avant leur début ; échéances 7 et 1 jours avant, et le matin du jour même',
  'reminders.describe.offsetsBefore': '{count, plural, one {{list} jour avant} many {{list} de jours avant} other {{list} jours avant}}',
  'reminders.describe.offsetsMorning': 'le matin du jour même',
  'reminders.describe.offsetsBoth': '{before} et {morning}',
  'reminders.describe.digest': '{on, select, yes {récapitulatif hebdomadaire le lundi} other {pas de récapitulatif hebdomadaire}}',
  'reminders.describe.line': '{scope}{filter}, {at} ; {offsets} ; {digest}',
  'reminders.unsubscribe.done': 'Ce canal ne recevra plus de rappels.',
  'reminders.unsubscribe.notSubscribed': 'Ce canal n’était pas abonné aux rappels.',
  'reminders.unsubscribe.noWords': 'unsubscribe ne prend aucun mot (la commande arrête tous les rappels de ce canal).',
  'reminders.subscriptions.none':
    'Ce canal ne reçoit aucun rappel. « /cwg subscribe » les met en place (manifestations et échéances, à 09:00, heure de Genève).',
  'reminders.subscriptions.heading': 'Rappels dans ce canal',
  'reminders.subscriptions.current': 'Ce canal reçoit : {what}.',
  'reminders.subscriptions.next': 'Prochain rappel : {when}, {what}.',
  'reminders.subscriptions.atGeneva': '{when}, heure de Genève',
  'reminders.subscriptions.atZoneAndGeneva': '{when} {zone} ({geneva}, heure de Genève)',
  'reminders.subscriptions.nextNone': 'Rien n’est prévu dans l’année à venir pour ce que suit ce canal.',
  'reminders.subscriptions.allHeading': '{n, plural, one {# canal abonné} many {# de canaux abonnés} other {# canaux abonnés}}',
  'reminders.subscriptions.allLine': '• {where} : {what}',
  'reminders.subscriptions.allHint': 'Secrétariat : « /cwg subscriptions all » affiche tous les canaux abonnés.',
  'reminders.subscriptions.allOrNothing': 'Ajoutez « all » ou rien.',
  'reminders.nextWhat.reminder': '{title} ({offset})',
  'reminders.nextWhat.digest': 'le récapitulatif hebdomadaire',
  'reminders.nextWhat.notice': 'un avis de modification',
  'reminders.deliveries.usage': 'deliveries [failed | retry <clé> | retry all]',
  'reminders.deliveries.status':
    'Envoi des rappels : dernier passage {lastTick} ; {subs, plural, one {# canal abonné} many {# de canaux abonnés} other {# canaux abonnés}} ; {confirmed, plural, one {# envoi enregistré} many {# d’envois enregistrés} other {# envois enregistrés}} ; échecs : {failed}.',
  'reminders.deliveries.neverRan': 'jamais',
  'reminders.deliveries.noneFailed': 'Aucun envoi n’a échoué.',
  'reminders.deliveries.failedHeading': '{n, plural, one {# envoi en échec} many {# d’envois en échec} other {# envois en échec}}',
  'reminders.deliveries.failedLine':
    '• {key}\n  à {where}, {attempts} tentatives, dernière erreur « {error} » le {at}{retrying, select, yes { (nouvel essai demandé)} other {}}',
  'reminders.deliveries.retryHint': '« /cwg deliveries retry <clé> » ou « /cwg deliveries retry all » les renvoie lors du prochain passage (dans la minute).',
  'reminders.deliveries.retried':
    '{n, plural, one {# envoi sera relancé} many {# d’envois seront relancés} other {# envois seront relancés}} lors du prochain passage (dans la minute).',
  'reminders.deliveries.unknownKey': 'Aucun envoi en échec n’a la clé « {key} ». « /cwg deliveries failed » les affiche.',
  'reminders.deliveries.whichRetry': 'Précisez l’envoi à relancer : sa clé (voir « /cwg deliveries failed ») ou « all ».',
  'reminders.deliveries.notUnderstood': '« {word} » n’est pas compris ici.',

  'slack.button.details': 'Détails',
  'slack.button.subscribe': 'Abonner ce canal',
  'slack.button.calendar': 'Ajouter à mon agenda',
  'slack.button.share': 'Partager dans le canal',
  'slack.button.shareItem': 'Partager cet élément',
  'slack.button.edit': 'Modifier',
  'slack.button.reschedule': 'Reprogrammer',
  'slack.button.cancel': 'Annuler l’élément',
  'slack.button.markDone': 'Marquer comme terminé',
  'slack.yourTime': 'Votre heure : {when}',
  'slack.sharedBy': 'Partagé par {user}',
  'slack.moreItems': '… et {n} autres, non affichés ici. Affinez la question avec une étiquette, qui doit agir ou un nombre de jours plus petit.',
  'slack.shareUsage': 'Précisez ce qu’il faut partager, par exemple « /cwg share next-deadline » ou « /cwg next-deadline share ».',
  'slack.notMember': 'Je n’ai pas pu publier dans ce canal. Invitez-moi avec « /invite @CWG calendar » et réessayez.',
  'slack.fileFailed': 'Je n’ai pas pu vous envoyer le fichier. Vérifiez que vous pouvez recevoir des messages de l’application, puis réessayez.',
  'slack.notSecretariat': 'Désolé, seul le secrétariat de l’UIT peut modifier le calendrier. Veuillez demander ce changement au secrétariat du GTC-SMSI&ODD.',
  'slack.subscribeUnavailable': 'Les rappels dans les canaux ne sont pas encore disponibles. Demandez au secrétariat quand ils le seront.',
  'slack.calendarUnavailable': 'Les fichiers de calendrier ne sont pas encore disponibles.',
  'slack.editingUnavailable': 'La modification depuis Slack n’est pas encore disponible ; le secrétariat peut modifier depuis la console.',
  'slack.cancelConfirm.title': 'Annuler cet élément ?',
  'slack.cancelConfirm.text': 'Les délégués le verront comme annulé.',
  'slack.cancelConfirm.confirm': 'Annuler l’élément',
  'slack.cancelConfirm.deny': 'Le conserver',
  'slack.doneConfirm.title': 'Marquer comme terminé ?',
  'slack.doneConfirm.text': 'Il n’apparaîtra plus parmi les éléments à venir.',
  'slack.doneConfirm.confirm': 'Marquer comme terminé',
  'slack.doneConfirm.deny': 'Pas encore',
  'slack.home.title': 'Calendrier du GTC-SMSI&ODD',
  'slack.home.intro':
    'Manifestations et échéances d’action du Groupe de travail du Conseil sur le SMSI et les ODD. Dates à l’heure de Genève, avec la vôtre en regard.',
  'slack.home.deadlines': 'Prochaines échéances',
  'slack.home.events': 'Prochaines manifestations',
  'slack.home.none': 'Rien à venir dans le calendrier.',
  'slack.home.subscriptions': 'Vos canaux abonnés aux rappels',
  'slack.home.noSubscriptions': 'Aucun de vos canaux ne reçoit de rappels. Dans un canal, tapez « /cwg subscribe » pour commencer.',
  'slack.home.review': 'Signalés pour vérification (secrétariat)',
  'slack.home.noReview': 'Aucun élément n’est signalé pour vérification.',
  'slack.home.addButton': 'Ajouter une manifestation ou une échéance',
  'slack.home.zone': 'Heures indiquées pour {tz}.',
  'slack.modal.addTitle': 'Ajouter au calendrier',
  'slack.modal.editTitle': 'Modifier l’élément',
  'slack.modal.rescheduleTitle': 'Reprogrammer',
  'slack.modal.cancelTitle': 'Annuler l’élément',
  'slack.modal.doneTitle': 'Marquer comme terminé',
  'slack.modal.submit': 'Enregistrer',
  'slack.modal.close': 'Fermer',
  'slack.modal.kind': 'Type',
  'slack.modal.kindEvent': 'Manifestation',
  'slack.modal.kindDeadline': 'Échéance',
  'slack.modal.id': 'Identifiant',
  'slack.modal.idHint': 'Lettres minuscules, chiffres et traits d’union, par ex. igf-2026. Laissez vide pour le former à partir du titre.',
  'slack.modal.title': 'Titre',
  'slack.modal.start': 'Date ou début',
  'slack.modal.startHint': 'AAAA-MM-JJ, ou AAAA-MM-JJ HH:mm pour un élément avec heure (heure de Genève, sauf si un fuseau est indiqué).',
  'slack.modal.end': 'Fin (facultatif)',
  'slack.modal.place': 'Lieu (facultatif)',
  'slack.modal.whoMustAct': 'Qui doit agir (facultatif)',
  'slack.modal.paragraph': 'Paragraphe source',
  'slack.modal.paragraphHint': 'Le paragraphe du rapport sur les résultats dont il est tiré, par ex. 6.7.9.',
  'slack.modal.note': 'Note (facultatif)',
  'slack.modal.noteHint': 'Pourquoi il a changé ; conservé dans la piste d’audit.',
  'slack.modal.reason': 'Motif (facultatif)',
  'slack.modal.saved': 'Enregistré : {title}',
  'slack.modal.confirmAgain': 'Appuyez de nouveau sur Enregistrer pour confirmer.',
  'slack.modal.confirmField': '{reason}. Appuyez de nouveau sur Enregistrer pour confirmer.',
  'slack.modal.stale': 'Quelqu’un a modifié cet élément depuis que vous avez ouvert le formulaire. Fermez-le et rouvrez-le pour voir la dernière version.',

  'teams.fact.whenGeneva': 'Date (Genève)',
  'teams.fact.yourTime': 'Votre heure ({tz})',
  'teams.fact.yourTimeNoZone': 'Votre heure',
  'teams.button.details': 'Détails',
  'teams.button.subscribe': 'Abonner cette conversation aux rappels',
  'teams.button.edit': 'Modifier',
  'teams.button.save': 'Enregistrer',
  'teams.button.download': 'Télécharger le fichier de calendrier (.ics)',
  'teams.button.addToCalendar': 'Ajouter à mon agenda',
  'teams.fileNotSent':
    'Teams ne me permet d’envoyer des fichiers que dans une conversation individuelle : ouvrez une conversation avec moi et envoyez les mêmes mots (« ics … ») pour recevoir le fichier. Pour vous abonner plutôt au calendrier, demandez l’adresse du flux à l’équipe informatique (CWG_PUBLIC_URL).',
  'teams.file.offer': '{filename} : le fichier de calendrier à ouvrir dans Outlook, Google Agenda ou Calendrier d’Apple. Acceptez de le recevoir.',
  'teams.file.uploaded': 'Voici {filename}. Ouvrez-le pour ajouter les éléments à votre agenda.',
  'teams.file.uploadFailed': 'Je n’ai pas pu remettre le fichier de calendrier. Redemandez-le (« ics … ») pour en obtenir un nouveau.',
  'teams.file.declined': 'Entendu, aucun fichier n’a été envoyé. Redemandez-le (« ics … ») quand vous le souhaitez.',
  'teams.moreItems': '… et {n} autres, non affichés ici. Affinez la question avec une étiquette, qui doit agir ou un nombre de jours plus petit.',
  'teams.welcome':
    'Bonjour ! Je réponds aux questions sur les manifestations et les échéances d’action du Groupe de travail du Conseil sur le SMSI et les ODD. Essayez « next-deadline », « upcoming » ou « help » (dans un canal, mentionnez-moi d’abord : @CWG next-deadline).',
  'teams.unknownSubmit': 'Ce bouton provient d’une ancienne carte ; reposez la question pour en obtenir une nouvelle.',
  'teams.form.title': 'Modifier : {title}',
  'teams.form.fieldError': '⚠ {message}',
  'teams.form.fixBelow': 'Rien n’a été enregistré. Veuillez corriger les champs signalés ci-dessous et enregistrer de nouveau.',
  'teams.form.reason': 'Motif de la modification (facultatif, conservé dans la piste d’audit)',
  'teams.form.reasonHint': 'par ex. nouvelles dates annoncées par le pays hôte',
  'teams.form.confirm': 'Oui, cette date est exacte (elle est très éloignée dans le passé ou dans l’avenir)',
  'teams.form.dateHint': '2025-03-04, 23–27 June 2025, 7 July 2025 13:30-14:30 Europe/Zurich, tba 2025, 21 days before cwg-42',
  'teams.form.staleForm': 'Quelqu’un a modifié cet élément après la création de ce formulaire. Le voici tel qu’il se présente maintenant :',
  'teams.form.labels.title': 'Titre',
  'teams.form.labels.date': 'Date',
  'teams.form.labels.status': 'Statut',
  'teams.form.labels.place': 'Lieu',
  'teams.form.labels.who': 'Qui doit agir (séparés par des virgules : members, secretariat, chair, councillors, sectors, all-stakeholders, council-chair)',
  'teams.form.labels.tags': 'Étiquettes (séparées par des virgules)',
  'teams.form.labels.sendTo': 'Envoyer à',
  'teams.form.labels.url': 'Lien',
  'teams.form.labels.source': 'Paragraphe source du rapport sur les résultats',
  'teams.form.labels.organiser': 'Organisateur',
  'teams.form.labels.notes': 'Notes',

  // branch ar: the zone of a timed date, in brackets after the time ("13:30–14:30 (Geneva, CET)"); {abbr} comes from Intl.
  'when.genevaZone': 'Genève, {abbr}',
  'when.zoneLabel': '{zone}, {abbr}',
  // A day and a time ("Tue 11 Feb 2025, 13:30"), and an item's kind and status after its title.
  'when.dayTime': '{day}, {time}',
  'label.kindStatus': '{kind}, {status}',
  // branch runtime: startup and run-time errors the operator reads (npm start, npx cwg).
  'startup.cannotStart': 'cwg-bot ne peut pas démarrer : {reason}',
  'startup.dataPath.notAFolder':
    'le fichier de données {file} est inutilisable : {dir} est un fichier, pas un dossier. Donnez à CWG_DATA_FILE (ou --data) un chemin dans un dossier, par ex. /var/lib/cwg-bot/cwg.db.json.',
  'startup.dataPath.isAFolder':
    'le fichier de données {file} est un dossier. Donnez à CWG_DATA_FILE (ou --data) un fichier dans ce dossier, par ex. {file}/cwg.db.json.',
  'startup.dataPath.cannotCreate':
    'le fichier de données {file} est inutilisable : impossible de créer le dossier {dir} ({reason}). Créez-le, ou donnez un autre chemin à CWG_DATA_FILE (ou --data).',
  'startup.dataPath.notWritable':
    'le fichier de données {file} est inutilisable : cet utilisateur ne peut pas écrire dans {dir} ({reason}). Donnez-lui le droit d’écriture sur ce dossier, ou un autre chemin à CWG_DATA_FILE (ou --data).',
  'startup.platformAuth': '{platform} a refusé {variable} ({reason}). Recopiez le jeton depuis les réglages de l’application dans {variable}, puis redémarrez.',
  'startup.unexpected': 'erreur inattendue : {message}',
  'startup.rehearsalCopy':
    'répétition : travail sur une copie de {file} : {scratch} (définissez CWG_DATA_FILE ou --data pour répéter sur le fichier de votre choix)',
  'startup.dataPath.noAccess':
    'le fichier de données {file} est inutilisable : cet utilisateur ne peut ni le lire ni l’écrire ({reason}). Donnez-lui les droits de lecture et d’écriture (chown, chmod), ou un autre chemin à CWG_DATA_FILE (ou --data).',
  'startup.portInUse':
    'le PORT {port} est inutilisable ({reason}) : un autre processus l’écoute, ou ce port demande des privilèges. Arrêtez ce processus, ou donnez un autre port à PORT.',
  // branch asking (issue 15, answers): how people ask, personal reminders, short review markers.
  'asking.review.date': 'date à vérifier',
  'asking.review.reading': 'lecture du rapport à vérifier',
  'asking.heading.today': 'Aujourd’hui, {day}',
  'asking.heading.thisWeek': 'Cette semaine, jusqu’au {day}',
  'asking.heading.thisMonth': 'Ce mois-ci, jusqu’au {day}',
  'asking.heading.weeks':
    '{n, plural, one {À venir la semaine prochaine} many {À venir dans les # prochaines semaines} other {À venir dans les # prochaines semaines}}',
  'asking.heading.months': '{n, plural, one {À venir le mois prochain} many {À venir dans les # prochains mois} other {À venir dans les # prochains mois}}',
  'asking.heading.tag': 'À venir : {words}',
  'asking.heading.nextFew':
    '{kind, select, deadline {{n, plural, one {La prochaine échéance} many {Les # prochaines échéances} other {Les # prochaines échéances}}} other {{n, plural, one {La prochaine manifestation} many {Les # prochaines manifestations} other {Les # prochaines manifestations}}}}',
  'asking.empty.period': '{period} : rien de prévu{filter}.',
  'asking.empty.tag': 'Rien à venir dans le calendrier{filter}.',
  'asking.search.scope':
    'La recherche porte sur les titres, descriptions, lieux, organisateurs, étiquettes, identifiants et paragraphes du rapport ; §6.7 trouve aussi ses sous-paragraphes (6.7.1, 6.7.9…).',
  'asking.help.ways':
    'Demandez comme vous le diriez (mots de commande en anglais) : next events, next deadlines, today, this week, this month, upcoming 2 weeks, upcoming 3 months, ou une étiquette seule (/cwg igf).',
  'asking.help.mine':
    '« mine » limite une question à ce que vous devez faire : les membres pour les délégués, le secrétariat pour le secrétariat (par ex. /cwg next-deadline mine).',
  'asking.help.personal':
    'Rappels personnels : tapez « /cwg subscribe » dans un message direct avec moi (Slack) ou dans notre conversation 1:1 (Teams), ou « /cwg remind me <id> » pour un seul élément.',
  'asking.personal.done': 'Vous recevrez vos propres rappels dans cette conversation directe : {what}.',
  'asking.personal.updated': 'Vos rappels personnels sont mis à jour : {what}.',
  'asking.personal.manage':
    '« /cwg subscriptions » les affiche ; « /cwg unsubscribe » les arrête ; « /cwg remind me <id> » ajoute des rappels pour un élément.',
  'asking.remindMe.done': 'Je vous rappellerai {title} ({id}) dans notre conversation directe : {offsets}.',
  'asking.remindMe.undated': '{title} n’a pas encore de date : les rappels commenceront dès qu’elle sera annoncée.',
  'asking.remindMe.over': '{title} ({id}) est passé ou clos : il n’y a rien à vous rappeler.',
  'asking.remindMe.usage': 'remind me <id> [offsets 7d,1d]',
  'asking.remindMe.missingId': 'Quel élément ? Indiquez son identifiant après « remind me », par ex. « remind me igf-2025 7d,1d ».',
  'asking.remindMe.needsDirect':
    'Je ne peux vous envoyer des rappels privés que dans notre conversation 1:1 : ouvrez une conversation avec moi et tapez-y « remind me {id} ».',
  'asking.remindMe.notOnConsole':
    'Les rappels personnels sont envoyés par message direct dans Slack ou Teams ; la console et la ligne de commande n’ont pas de conversation directe. Tapez « /cwg remind me {id} » dans Slack ou Teams (pour les rappels de la console elle-même : « /cwg help subscribe »).',
  'asking.remindMe.stop': '« /cwg unsubscribe {id} » dans notre conversation directe arrête ces rappels.',
  'asking.subscriptions.itemsHeading': 'Rappels d’éléments particuliers :',
  'asking.subscriptions.item': '• {title} ({id}) : {offsets}',
  'asking.unsubscribe.item': 'Plus de rappels pour {id}.',
  'asking.unsubscribe.noItem': 'Il n’y a pas de rappel pour {id} dans cette conversation.',
  'asking.describe.offsetsEvents': 'manifestations 30, 7 et 1 jours avant leur début',
  'asking.describe.offsetsDeadlines': 'échéances 7 et 1 jours avant, et le matin du jour même',
  'asking.nextWhat.reminder': '{title}, {day} ({distance})',
  'asking.more.upcoming':
    'Aussi : upcoming 2 weeks, upcoming 3 months, today, this week, this month (jours de Genève) ; une étiquette seule (/cwg igf) ou « mine » seul liste tout ce qui est à venir.',
  'asking.more.next-deadline': 'Aussi : next deadlines (les 5 prochaines), next 3 deadlines, next event, next events ; « mine » pour ce que vous devez faire.',
  'asking.more.next-event': 'Aussi : next events (les 5 prochaines), next 3 events ; « mine » pour ce que vous devez faire.',
  'asking.more.search':
    'La recherche porte aussi sur les descriptions, les organisateurs et les identifiants. §6.7.9 ou 6.7.9 trouve les éléments de ce paragraphe ; 6.7 aussi ceux de 6.7.1, 6.7.9…',
  'asking.more.subscribe':
    'Dans un message direct avec moi (Slack) ou notre conversation 1:1 (Teams), « /cwg subscribe » vous donne vos propres rappels. « /cwg remind me <id> [7d,1d] » vous rappelle un élément, à vous seul, par message direct.\n« all » seul revient à tous les éléments ; « events » ou « deadlines » ne changent que le type ; les étiquettes et les mots « qui doit agir » ne changent qu’eux-mêmes.',
  'asking.more.unsubscribe': '« /cwg unsubscribe <id> » arrête les rappels d’un élément (« remind me <id> »).',
  // import (issue 13): the import draft, its review, file errors and warnings.
  'intake.usage':
    'import <fichier> · import show [n | page n] · import accept <n,n-m|all> · import reject <n…> · import edit <n> champ=valeur… · import discard · import confirm <code>',
  'intake.needFile':
    'Envoyez le fichier avec la commande : dans Slack, en message direct (ou avec le formulaire de « /cwg import ») ; dans Teams, en pièce jointe dans notre conversation 1:1 ; en ligne de commande, avec son chemin (npx cwg import rapport.docx).',
  'intake.pathLocalOnly':
    'La lecture d’un fichier par son chemin n’est possible que sur la ligne de commande du bot ; dans une conversation, envoyez le fichier lui-même.',
  'intake.badNumbers': '« {word} » n’est pas une liste de numéros de propositions (par exemple 1,3,5-8 ou all).',
  'intake.badCode': 'confirm attend le code de 6 caractères affiché par le brouillon, par exemple « confirm 3fa9c1 ».',
  'intake.nothingToEdit': 'Indiquez ce qu’il faut changer, par exemple : import edit 3 date="4 March 2026" title="…"',
  'intake.reading': 'Lecture de {filename}…',
  'intake.readingPage': 'Lecture de {filename} : page {page} sur {pages}…',
  'intake.draft.heading': 'Brouillon d’importation de {document} (rien n’a encore changé)',
  'intake.draft.summary': 'Nouvelles : {add} · Modifiées : {change} · Inchangées : {unchanged} · Illisibles : {unread} · Acceptées : {accepted}',
  'intake.draft.group.add': 'Nouvelles',
  'intake.draft.group.change': 'Modifiées',
  'intake.draft.group.unchanged': 'Déjà dans le calendrier, inchangées',
  'intake.draft.group.unread': 'Illisibles',
  'intake.draft.line': '{n}. [{decision}] {kind} : {title} · {when} · {id}',
  'intake.draft.unchangedLine': '{n}. {title} (id {id})',
  'intake.draft.changes': 'changements : {fields}',
  'intake.draft.evidence': '§{paragraph} : « {sentence} »',
  'intake.draft.evidenceBare': '§{paragraph}',
  'intake.draft.flag': '⚠ imprimé « {printed} », lu comme {interpretation} : {reason}',
  'intake.draft.decision.pending': 'à examiner',
  'intake.draft.decision.accepted': 'acceptée',
  'intake.draft.decision.rejected': 'rejetée',
  'intake.draft.page': 'Page {page} sur {pages}.',
  'intake.draft.nextPage': 'Page suivante : /cwg import show page {next}',
  'intake.draft.howTo': 'Examen : /cwg import show <n> · accept <n,n-m|all> · reject <n…> · edit <n> champ=valeur… · discard',
  'intake.draft.confirm':
    '{n, plural, one {# proposition est acceptée} many {# de propositions sont acceptées} other {# propositions sont acceptées}}. Pour appliquer : /cwg import confirm {code}',
  'intake.draft.noneAccepted': 'Rien n’est encore accepté : /cwg import accept all (ou certains numéros), puis confirm.',
  'intake.draft.nothingNew': 'Tout ce que contient le fichier est déjà dans le calendrier : rien de nouveau à importer.',
  'intake.draft.nothingUsable':
    'Rien à importer pour l’instant : rien dans le fichier n’est nouveau ni modifié, et ce qui figure sous « Illisibles » doit être corrigé dans le fichier avant de l’importer à nouveau.',
  'intake.draft.nothingFound':
    'Je n’ai rien trouvé à importer dans ce fichier (aucun événement, aucune échéance, aucune ligne datée). Vérifiez que c’est le bon fichier et, pour un tableur, qu’il a des lignes sous son en-tête.',
  'intake.draft.expires': 'Le brouillon est conservé jusqu’au {at}.',
  'intake.draft.proposalHeading': 'Proposition {n} sur {total} ({action}, {decision})',
  'intake.draft.action.add': 'nouvelle',
  'intake.draft.action.change': 'modification',
  'intake.draft.action.unchanged': 'inchangée',
  'intake.accepted': '{n, plural, one {# proposition acceptée.} many {# de propositions acceptées.} other {# propositions acceptées.}}',
  'intake.rejected': '{n, plural, one {# proposition rejetée.} many {# de propositions rejetées.} other {# propositions rejetées.}}',
  'intake.edited': 'Proposition {n} modifiée et acceptée.',
  'intake.discarded': 'Le brouillon de {document} a été abandonné ; le calendrier n’a pas changé.',
  'intake.noDraftToDiscard': 'Vous n’avez pas de brouillon d’importation.',
  'intake.applied': 'Importé de {document} : {added} ajouté(s), {changed} modifié(s). « /cwg undo » annule toute l’importation.',
  'intake.error.noDraft': 'Vous n’avez pas de brouillon d’importation. Envoyez d’abord un fichier avec /cwg import.',
  'intake.error.expired': 'Votre brouillon de {document} a expiré ; importez à nouveau le fichier.',
  'intake.error.noProposal': 'Le brouillon n’a pas de proposition {n} (les numéros vont de 1 à {last}).',
  'intake.error.wrongCode': '« {code} » n’est pas le code de votre brouillon : vérifiez-le (« /cwg import show » donne le code actuel). Rien n’a été appliqué.',
  'intake.error.stale':
    'Le calendrier a changé depuis la création du brouillon ({ids}), donc rien n’a été appliqué. Importez à nouveau le fichier pour voir les différences actuelles.',
  'intake.error.nothingAccepted': 'Aucune proposition n’est acceptée, il n’y a donc rien à appliquer. Acceptez-en d’abord : /cwg import accept <n,n-m|all>',
  'intake.error.anchorNotAccepted':
    'La proposition {n} est comptée à partir de {anchor}, qui n’est ni dans le calendrier ni acceptée. {hasAnchorN, select, yes {Acceptez aussi la proposition {anchorN}, ou modifiez la {n}.} other {Modifiez la {n} ou rejetez-la.}}',
  'intake.unread.report': '{where} : « {value} » : {problem}',
  'intake.unread.row.required': 'Ligne {row} : {field} est vide.',
  'intake.unread.row.date': 'Ligne {row} : impossible de lire {field} « {value} ». Formes acceptées : {example}.',
  'intake.unread.row.ambiguousDate':
    'Ligne {row} : « {value} » peut être jour/mois ou mois/jour et aucune autre ligne ne tranche. Écrivez 4 March 2025 ou 2025-03-04.',
  'intake.unread.row.kind': 'Ligne {row} : le type « {value} » est inconnu. Acceptés : {example}.',
  'intake.unread.row.time': 'Ligne {row} : impossible de lire l’heure « {value} » (une heure exige un seul jour). Formes acceptées : {example}.',
  'intake.unread.row.zone': 'Ligne {row} : « {value} » n’est pas un fuseau horaire. Acceptés : {example}.',
  'intake.unread.row.who': 'Ligne {row} : « {value} » ne fait pas partie de {example}.',
  'intake.unread.row.tag': 'Ligne {row} : l’étiquette « {value} » est inutilisable. Formes acceptées : {example}.',
  'intake.unread.row.id': 'Ligne {row} : l’identifiant « {value} » est inutilisable. Formes acceptées : {example}.',
  'intake.unread.row.duplicateId': 'Ligne {row} : l’identifiant « {value} » est déjà utilisé par une ligne précédente.',
  'intake.unread.row.end': 'Ligne {row} : la fin « {value} » ne correspond pas au début (le même jour ou plus tard, et une date si le début est une date).',
  'intake.unread.row.invalid': 'Ligne {row} : {field} : {problem}.',
  'intake.unread.ics.noStart': '{where} : pas de date de début (DTSTART).',
  'intake.unread.ics.noDue': '{where} : une tâche sans échéance (DUE) a été ignorée.',
  'intake.unread.ics.zone': '{where} : le fuseau horaire « {value} » est inconnu et n’est pas défini dans le fichier.',
  'intake.unread.ics.noSummary': '{where} : pas de titre (SUMMARY).',
  'intake.unread.ics.recurrence': '{where} : sa règle de répétition est illisible ({problem}).',
  'intake.unread.ics.invalid': '{where} : {problem}.',
  'intake.unread.ics.duplicateUid': '{where} : le même UID apparaît deux fois ; le second a été ignoré.',
  'intake.warning.AUTO_NUMBERING':
    '{paragraphs} paragraphes utilisent la numérotation automatique de Word ; j’ai compté les numéros moi-même, vérifiez-les dans le document.',
  'intake.warning.ENCODING_FALLBACK': 'Le fichier n’est pas en UTF-8 ; je l’ai lu en Windows-1252. Vérifiez les lettres accentuées.',
  'intake.warning.PDF_HEADERS_REMOVED': '{lines} lignes d’en-tête, de pied de page ou de numéro de page ont été omises.',
  'intake.warning.PDF_PAGES_WITHOUT_TEXT': '{pages} pages ne contiennent pas de texte (pages numérisées ?) et ont été ignorées.',
  'intake.warning.DOCX_MESSAGES': '{count} parties du document n’ont pas pu être lues et ont été ignorées.',
  'intake.warning.TABLE_UNKNOWN_COLUMNS': 'Colonnes inconnues ignorées : {columns}.',
  'intake.warning.TABLE_BY_CONTENT':
    '« {filename} » ne porte pas l’extension .csv, mais c’est un tableau dont la ligne d’en-tête donne les colonnes du tableur (title, date…) ; je l’ai donc lu comme un fichier CSV. Renommez-le en .csv pour qu’il soit toujours lu ainsi.',
  'intake.warning.TABLE_EXTRA_SHEETS': 'Seule la feuille « {read} » a été lue ; ignorées : {ignored}.',
  'intake.warning.ICS_ZONE_APPROXIMATED': 'Les heures en {tzids} ont été converties en UTC (fuseau que je ne connais pas par son nom).',
  'intake.warning.ICS_FLOATING_TIME': 'Certaines heures n’avaient pas de fuseau ; elles ont été lues à l’heure de {zone}.',
  'intake.warning.ICS_RECURRENCE_CAPPED':
    'Un événement récurrent ({uid}) a plus de {limit} occurrences dans les 12 prochains mois ; seules les {limit} premières ont été lues.',
  'intake.warning.ICS_SKIPPED_COMPONENTS': '{count} entrées qui ne sont ni des événements ni des tâches ont été ignorées.',
  'intake.fileError.EMPTY': 'Le fichier est vide. Rien n’a été modifié.',
  'intake.fileError.TOO_BIG': 'Le fichier fait {size} Mo ; on peut importer des fichiers jusqu’à {maxMb} Mo (CWG_IMPORT_MAX_MB). Rien n’a été modifié.',
  'intake.fileError.UNKNOWN_TYPE': 'Je ne sais pas quel type de fichier c’est. Je lis les .docx, .pdf, .txt, .html, .csv, .xlsx, .ics et .json.',
  'intake.fileError.TYPE_MISMATCH':
    'Le fichier est nommé .{claimed} mais {found, select, binary {contient des données binaires} txt {contient du texte brut} html {contient une page web (HTML)} other {est en réalité un fichier .{found}}}. Renommez-le ou exportez-le à nouveau dans le bon format. Rien n’a été modifié.',
  'intake.fileError.UNSUPPORTED_TYPE': 'Je ne sais pas lire les fichiers .{extension}. Enregistrez-le en .{saveAs} et envoyez-le à nouveau.',
  'intake.fileError.OFFICE_ENCRYPTED': 'Le fichier est protégé par un mot de passe. Retirez le mot de passe dans Word ou Excel et envoyez-le à nouveau.',
  'intake.fileError.BINARY':
    'Le fichier n’est pas du texte (il ressemble à des données binaires). Envoyez le rapport en .docx, .pdf, .txt ou .html, ou la liste en .csv ou .xlsx. Rien n’a été modifié.',
  'intake.fileError.LINE_TOO_LONG': 'La ligne {line} fait {chars} caractères (la limite est {limit}) : cela ne ressemble pas à un rapport.',
  'intake.fileError.ZIP_INVALID': 'Le fichier est endommagé (sa structure zip est illisible). Enregistrez-le à nouveau et renvoyez-le. Rien n’a été modifié.',
  'intake.fileError.ZIP_BOMB':
    'Le fichier se décompresserait en bien plus de données qu’un document n’en contient, je ne l’ai donc pas ouvert. Rien n’a été modifié.',
  'intake.fileError.ZIP_ENCRYPTED': 'Le fichier est chiffré. Enregistrez une copie non chiffrée et envoyez-la à nouveau.',
  'intake.fileError.NOT_DOCX': 'Le fichier est une archive zip mais pas un document Word.',
  'intake.fileError.NOT_XLSX': 'Le fichier est une archive zip mais pas un classeur Excel.',
  'intake.fileError.DOCX_UNREADABLE': 'Je n’ai pas pu lire ce document Word. Ouvrez-le dans Word, enregistrez-le à nouveau en .docx et renvoyez-le.',
  'intake.fileError.PDF_MALFORMED': 'Le PDF est endommagé et je n’ai pas pu le lire. Exportez-le à nouveau depuis le document d’origine. Rien n’a été modifié.',
  'intake.fileError.PDF_TRUNCATED': 'Le PDF semble tronqué (téléchargement incomplet ?). Téléchargez-le ou exportez-le à nouveau.',
  'intake.fileError.PDF_ENCRYPTED': 'Le PDF est protégé par un mot de passe. Envoyez une copie sans mot de passe.',
  'intake.fileError.PDF_NO_TEXT':
    'Les pages du PDF ne contiennent pas de texte (une numérisation ?). Envoyez la version Word, ou un PDF exporté depuis celle-ci.',
  'intake.fileError.PDF_TOO_MANY_PAGES': 'Le PDF a {pages} pages ; la limite est {limit}.',
  'intake.fileError.TIMEOUT': 'La lecture du fichier a pris plus de {seconds} secondes, je l’ai donc arrêtée. Rien n’a été modifié.',
  'intake.fileError.UNREADABLE': 'Je n’ai pas pu lire ce fichier. Rien n’a été modifié.',
  'intake.fileError.NOT_FOUND':
    'Il n’y a pas de fichier à « {path} ». Vérifiez le chemin (un chemin relatif part du dossier où la commande est lancée). Rien n’a été modifié.',
  'intake.fileError.NOT_A_FILE':
    '« {path} » est un dossier, pas un fichier. Indiquez le chemin du rapport, du tableur ou du fichier de calendrier lui-même. Rien n’a été modifié.',
  'intake.fileError.NO_ACCESS':
    'Je n’ai pas le droit de lire « {path} » (droits d’accès au fichier). Rendez-le lisible pour l’utilisateur qui fait tourner le bot, ou copiez-le ailleurs. Rien n’a été modifié.',
  'intake.fileError.TABLE_UNREADABLE': 'Le tableur est illisible. Vérifiez qu’aucun guillemet n’est resté ouvert, ou enregistrez-le à nouveau.',
  'intake.fileError.TABLE_NO_HEADER':
    'Je n’ai trouvé aucune ligne d’en-tête. La première ligne doit nommer les colonnes, au moins title et date (aussi kind, end, time, zone, place, who must act, tags, send-to, document, paragraph, id).',
  'intake.fileError.TABLE_MISSING_COLUMNS': 'La feuille n’a pas de colonne {missing} (trouvées : {found}).',
  'intake.fileError.TABLE_TOO_MANY_ROWS': 'La feuille a {rows} lignes ; la limite est {limit}.',
  'intake.fileError.ICS_MALFORMED': 'Le fichier de calendrier n’est pas un iCalendar valide. Exportez-le à nouveau depuis votre logiciel de calendrier.',
  'intake.fileError.ICS_EMPTY': 'Le fichier de calendrier ne contient ni événement ni tâche.',
  'intake.fileError.ICS_TOO_MANY_ITEMS': 'Le fichier de calendrier contient {found} événements ; la limite est {limit}.',
  'intake.fileError.DOWNLOAD_FAILED': 'Je n’ai pas pu télécharger le fichier depuis {platform}. Envoyez-le à nouveau ; rien n’a été modifié.',
  'intake.button.accept': 'Accepter',
  'intake.button.reject': 'Rejeter',
  'intake.button.acceptPage': 'Accepter cette page',
  'intake.button.rejectPage': 'Rejeter cette page',
  'intake.button.next': 'Page suivante',
  'intake.button.confirm': 'Appliquer les acceptées',
  'intake.button.discard': 'Abandonner le brouillon',
  'intake.modal.title': 'Importer un fichier',
  'intake.modal.label': 'Rapport (.docx, .pdf, .txt, .html), tableur (.csv, .xlsx) ou calendrier (.ics, .json)',
  'intake.modal.submit': 'Lire',
  // editing branch (issue 15, secretariat editing): document=/link=, short ids, tags+=/-=, zones, undo and import confirmations
  'label.documentLink': 'Document',
  'label.revision': 'révision',
  'when.waitingForAnchor': '{anchorTitle} n’a pas encore de date',
  'when.waitingForUnknown': '{wording} : « {anchor} » n’est pas dans le calendrier (identifiant inconnu)',
  'when.anchorUnknown': '« {anchor} » n’est pas dans le calendrier (identifiant inconnu)',
  'when.waitingForCancelled': '{wording} : l’élément « {anchorTitle} » est annulé',
  'when.anchorCancelled': 'l’élément « {anchorTitle} » est annulé',
  'teams.button.document': 'Ouvrir le document',
  'slack.modal.document': 'Document',
  'slack.modal.documentHint': 'Titre ou cote du document d’où vient l’élément. Vide : ajouté par le secrétariat.',
  'slack.modal.link': 'Lien vers le document',
  'slack.modal.linkHint': 'L’adresse du document, https://…',
  'teams.form.labels.document': 'Document (titre ou cote ; vide : ajouté par le secrétariat)',
  'teams.form.labels.link': 'Lien vers le document (https://…)',
  'editing.field.badLink': 'indiquez l’adresse du document, commençant par https:// (ou http://)',
  'editing.field.documentNotLink': 'indiquez ici le titre ou la cote du document, et son adresse dans link=',
  'editing.field.paragraphNeedsDocument':
    '{hasDocuments, select, yes {indiquez dans quel document se trouve ce paragraphe avec document="…" (son titre ou sa cote), par exemple document="{documents}"} other {indiquez dans quel document se trouve ce paragraphe avec document="…" (son titre ou sa cote)}}',
  'editing.field.anchorMissingSuggest': 'il n’y a pas d’élément « {anchor} » ; vouliez-vous dire {suggestions} ?',
  'editing.field.tagNotOnItem': 'l’élément n’a pas l’étiquette « {tag} » (ses étiquettes : {tags})',
  'editing.tagsNew':
    '{n, plural, one {Remarque : l’étiquette {tags} est nouvelle, aucun autre élément ne l’a.} many {Remarque : les étiquettes {tags} sont nouvelles, aucun autre élément ne les a.} other {Remarque : les étiquettes {tags} sont nouvelles, aucun autre élément ne les a.}} Vérifiez l’orthographe (étiquettes utilisées : {known}). tags+=… ajoute une étiquette et garde les autres ; tags-=… en retire une.',
  'editing.dateProblem.ambiguousZone': '« {subject} » est l’abréviation de plusieurs fuseaux horaires ; nommez le fuseau',
  'editing.undoConfirm':
    '{wrong, select, yes {Ce n’est pas le code de cette annulation. } other {}}Votre dernière commande n’a pas fait ce changement : undo annulerait l’action « {action} » sur « {id} » faite le {at}. Si c’est bien ce que vous voulez, envoyez « /cwg undo confirm {code} »',
  'editing.importCodeWrong': '« {given} » n’est pas le code de cet aperçu (rien n’a changé depuis) : renvoyez l’import avec confirm {code}',
  'editing.import.field': '« {path} » : {accepted}',
  'editing.import.oneOf': 'valeurs acceptées : {values}',
  'editing.import.unknownKeys': 'pas un champ d’un élément du calendrier : {keys}',
  'editing.import.tooLong': 'trop long (au plus {max})',
  'editing.import.type': 'valeur attendue de type {expected}',
  'editing.import.missing': 'absent ; chaque élément en a besoin',
  'editing.import.date': 'une vraie date écrite AAAA-MM-JJ est attendue',
  'editing.import.datetime': 'une vraie date et heure écrite AAAA-MM-JJTHH:mm est attendue',
  'editing.import.zone': 'un fuseau horaire IANA comme Europe/Zurich est attendu',
  'editing.import.id': 'un identifiant est attendu : 2 à 64 lettres minuscules, chiffres et tirets (une ancre doit être l’identifiant d’un élément)',
  'editing.import.tag': 'des étiquettes en minuscules sont attendues : lettres, chiffres et tirets, 32 au plus',
  'editing.import.approx': 'une année (2025) ou un mois (2025-07) est attendu',
  'editing.import.url': 'une adresse web commençant par https:// (ou http://) est attendue',
  'editing.import.statusForWhen':
    'ne correspond pas à la date : « tba » va avec when.type « tba » ou « relative », et un élément sans date est « tba », « cancelled » ou « done »',
  'editing.import.endBeforeStart': 'la fin est avant le début',
  'editing.import.text': 'pas sous la forme qu’utilise un export du calendrier (voir docs/editing.md)',
  'command.add.more':
    'document="…" nomme le document d’où vient l’élément (titre ou cote) et link=https://… son adresse ; source=6.7.9 (son paragraphe) demande document=. Sans eux, l’élément est présenté comme ajouté par le secrétariat.\nL’identifiant est court et tiré du titre : son sigle, son ordinal et son année (« 29th session of the CSTD » donne cstd-29) ; id=… permet de le choisir. Chaque réponse donne l’identifiant.\nLes heures prennent un fuseau ou son abréviation : 10:00 EST, 15:00 CET, 09:00 JST (IST, CST et AST désignent plusieurs fuseaux et sont refusées). Périodes : 2025-06-04 - 2025-06-05.',
  'command.edit.more':
    'tags+=nouvelle ajoute une étiquette et tags-=ancienne en retire une ; tags= les remplace toutes et avertit quand une étiquette est nouvelle dans le calendrier.\ndocument="…" et link=https://… indiquent le document d’où vient l’élément ; /cwg show <id> affiche la révision à donner dans rev=N. Les valeurs peuvent être entre guillemets doubles ou simples.',
  'command.undo.more':
    'Si votre dernière commande a échoué ou n’a pas fait le changement que undo annulerait, undo dit d’abord de quel changement il s’agit et vous demande d’envoyer « /cwg undo confirm <code> ».',
  // branch pg: backup, restore and migrate-data (npx cwg), and PostgreSQL.
  'cli.data.usage': `Données (les deux stockages : le fichier de données, ou PostgreSQL avec CWG_DATABASE_URL ou --database) :
  npx cwg backup FICHIER              écrit tout (calendrier, journal d’audit, abonnements, registre
                                      des envois, réglages) dans un seul fichier JSON
  npx cwg restore FICHIER [--force]   charge une sauvegarde dans un stockage vide (--force : remplace son contenu)
  npx cwg migrate-data --from A --to B [--force]
                                      copie toutes les données de A vers B ; chacun un chemin de fichier ou une URL postgres://
  --database URL                      utilise cette base PostgreSQL (par défaut : $CWG_DATABASE_URL)`,
  'cli.data.contents':
    '{items, plural, one {# élément} many {# éléments} other {# éléments}}, {audit, plural, one {# entrée d’audit} many {# entrées d’audit} other {# entrées d’audit}}, {subscriptions, plural, one {# abonnement} many {# abonnements} other {# abonnements}}, {deliveries, plural, one {# envoi enregistré} many {# envois enregistrés} other {# envois enregistrés}}',
  'cli.data.backedUp': 'Sauvegarde de {source} écrite dans {file} ({contents}).',
  'cli.data.restored': '{target} restauré depuis {file} ({contents}).',
  'cli.data.copied': '{source} copié vers {target} ({contents}).',
  'cli.data.notEmpty':
    '{target} contient déjà des données ({contents}). La restauration les remplacerait toutes : rien n’a été modifié. Relancez avec --force pour les remplacer.',
  'cli.data.missing': '{source} n’existe pas : il n’y a rien à copier ni à sauvegarder.',
  'cli.data.noBackup':
    'Il n’y a pas de fichier de sauvegarde à {file} : indiquez le chemin d’un fichier écrit par « npx cwg backup FILE ». Rien n’a été modifié.',
  'cli.data.needFile': 'cwg {command} : indiquez le fichier de sauvegarde, par ex. npx cwg {command} cwg-backup.json',
  'cli.data.needFromTo': 'cwg migrate-data : indiquez --from et --to (chacun un chemin de fichier de données ou une URL postgres://).',
  // branch lang: /cwg language, item translations
  'command.language.summary': 'Choisir la langue dans laquelle le bot vous répond, ou celle de ce canal.',
  'command.language.usage': 'language [ar|zh|en|fr|ru|es|auto] [channel]',
  'command.language.help':
    'Sans code : la langue en vigueur pour vous et pour ce canal, et pourquoi.\n« /cwg language fr » : le bot vous répond désormais en français (votre propre choix passe en premier).\n« /cwg language fr channel » : les rappels, récapitulatifs et avis de modification de ce canal seront en français ; toute personne pouvant gérer les rappels du canal peut la fixer.\n« auto » retire un choix : le vôtre, ou avec « channel » celui du canal.\nSans choix de votre part, vous recevez la langue de votre Slack ou de votre Teams si le bot la possède, puis celle du canal, puis la langue par défaut du bot.',
  'language.current': 'Vous recevez le {name} ({code}) : {why}.',
  'language.why':
    '{rule, select, flag {indiqué par --lang sur cette ligne de commande} user {votre propre choix} locale {le réglage de langue de votre {platform} ({locale})} channel {la langue de ce canal} other {la langue par défaut du bot}}',
  'language.channel':
    '{state, select, set {Les rappels, récapitulatifs et avis de modification de ce canal sont en {name} ({code}).} other {Ce canal n’a pas de langue propre : ses rappels, récapitulatifs et avis de modification sont en {name} ({code}), la langue par défaut du bot.}}',
  'language.setUser': 'Désormais, je vous réponds en {name} ({code}).',
  'language.setChannel': 'Désormais, les rappels, récapitulatifs et avis de modification de ce canal sont en {name} ({code}).',
  'language.clearedUser': 'Votre propre choix est retiré : vous recevez maintenant le {name} ({code}), {why}.',
  'language.clearedChannel': 'Ce canal n’a plus de langue propre : ce qui y est publié est en {name} ({code}), la langue par défaut du bot.',
  'language.unknown': '« {code} » ne fait pas partie des langues du bot. Choisissez l’une de celles-ci : {list}.',
  'language.needsConversation': 'La langue d’un canal ne peut être fixée que dans ce canal.',
  'language.hint': 'Pour la changer : /cwg language <code> pour vous, /cwg language <code> channel pour ce canal. Les codes : {codes}.',
  'language.notYet': 'Le catalogue en {name} n’est pas encore disponible : vous voyez l’anglais en attendant.',
  'language.badWords': 'Indiquez un seul code de langue, puis « channel » pour fixer celle de ce canal.',
  'editing.badTranslation': '« {field} » : une traduction s’écrit title, place ou notes, un point et un code de langue ({codes}), par exemple title.fr="…".',
  'cli.usageLang': '  --lang CODE      répondre dans cette langue : ar, zh, en, fr, ru ou es (par défaut : votre /cwg language, sinon $CWG_LANG, sinon en)',
  'cli.badLang': 'cwg : --lang « {value} » ne fait pas partie des langues : {codes}',
  'editing.translationsHelp':
    'Traductions : title.fr="…", place.es="…", notes.ru="…" (ar, zh, fr, ru, es) donnent le texte de l’élément dans cette langue ; ses lecteurs voient la traduction, les autres le texte anglais. Une valeur vide en retire une.',
  'slack.modal.translations': 'Traductions',
  'slack.modal.translationsHint': 'Une par ligne : title.fr=…, place.es=…, notes.ru=… (ar, zh, fr, ru, es). Supprimez une ligne pour retirer cette traduction.',
  'teams.form.labels.translations': 'Traductions, une par ligne : title.fr=…, place.es=…, notes.ru=… (ar, zh, fr, ru, es)',
  // branch everyday2: tomorrow/next week/next month, product words, teams notes
  'asking.heading.tomorrow': 'Demain, {day}',
  'asking.heading.nextWeek': 'La semaine prochaine, {days}',
  'asking.heading.nextMonth': 'Le mois prochain, {days}',
  'asking.help.ahead':
    'Plus loin : tomorrow (demain), next week (la semaine prochaine, du lundi au dimanche), next month (le mois prochain, du premier au dernier jour).',
  'language.platform': '{platform, select, slack {Slack} teams {Microsoft Teams} console {console} cli {ligne de commande} other {{platform}}}',
  'intake.pasted': 'JSON collé',
};

export default fr;
