/**
 * Le catalogue français : les mêmes clés et paramètres que le catalogue anglais
 * (vérifiés par src/i18n/check.ts), rédigés librement plutôt que traduits mot à mot.
 * Les phrases évitent les accords qui dépendraient du genre d’un paramètre.
 */
import type { Catalogue } from '../catalogue-type.ts';

export const fr: Catalogue = {
  // La réponse courte
  'answer.unscored.none':
    'Impossible de le dire pour l’instant : les sources que nous avons lues n’établissent aucun des faits que notre grille d’évaluation note, {name} n’a donc pas de score de sécurité.',
  'answer.unscored.some':
    'Impossible de le dire pour l’instant : les sources que nous avons lues n’établissent que {percent, number} % des faits que notre grille d’évaluation note, trop peu pour donner un score de sécurité à {name}.',
  'answer.e2ee.clean':
    'Oui, pour les conversations privées : vos {content} bénéficient par défaut du chiffrement de bout en bout : même {owner} ne peut pas les lire.',
  'answer.e2ee.unverified':
    'En partie : vos {content} bénéficient par défaut du chiffrement de bout en bout, mais nous n’avons pas pu vérifier ce qui affaiblit cette protection.',
  'answer.e2ee.gaps': 'Pour l’essentiel : vos {content} bénéficient par défaut du chiffrement de bout en bout, mais cela ne couvre pas {gaps}.',
  'answer.e2ee.optIn': 'Pas pour les conversations privées, sauf si vous activez le chiffrement de bout en bout : par défaut, {owner} peut lire vos {content}.',
  'answer.e2ee.none': 'Pas pour les conversations privées : {owner} peut lire vos {content}.',
  'answer.tone.good': 'Oui, d’après les éléments dont nous disposons. Son principal atout : {finding}.',
  'answer.tone.mixed': 'Avec prudence. Son principal point faible : {finding}.',
  'answer.tone.bad': 'Non, si la confidentialité compte pour vous. Son principal point faible : {finding}.',
  'answer.tone.plain': 'D’après les éléments dont nous disposons, {name} obtient la mention « {label} ».',
  'answer.score': '{name} obtient {score, number}/10 ({label}) selon notre grille d’évaluation.',
  'answer.sells': '{owner} vend des données sur ses utilisateurs.',
  'answer.ads.third': '{owner} utilise vos données pour la publicité de tiers.',
  'answer.ads.first': '{owner} utilise vos données pour sa propre publicité.',
  'answer.ads.none': '{owner} ne vend pas vos données et ne les utilise pas à des fins publicitaires.',

  // Ce que cela signifie pour vous
  'means.readable.network': 'Vos {content} circulent sans chiffrement et sont lisibles sur le réseau.',
  'means.readable.provider': 'Votre connexion à {owner} est chiffrée, mais {owner} voit vos {content}.',
  'means.unknown':
    'Nous n’avons pas pu vérifier si vos {content} bénéficient du chiffrement de bout en bout : partez du principe que le fournisseur, {owner}, peut les lire.',
  'means.clean': 'Seuls vous et les personnes avec qui vous les partagez pouvez lire vos {content} : même {owner} ne le peut pas.',
  'means.gaps': 'Le chiffrement de bout en bout empêche {owner} de lire vos {content} en chemin, mais il ne couvre pas {gaps}.',
  'means.unverified': 'Le chiffrement de bout en bout empêche {owner} de lire vos {content} en chemin, mais nous n’avons pas pu vérifier ce qui l’affaiblit.',
  'means.optIn': 'Tant que vous n’activez pas le chiffrement de bout en bout, {owner} peut lire vos {content}.',
  'means.none': '{owner} peut lire vos {content}.',

  // Constats qui réunissent plusieurs faits sur une même fonction
  'finding.backups.optIn.control.readable':
    'Des sauvegardes chiffrées de bout en bout existent mais sont désactivées par défaut : tant que vous ne les activez pas, {owner} peut lire vos sauvegardes',
  'finding.backups.optIn.control': 'Des sauvegardes chiffrées de bout en bout existent mais sont désactivées par défaut',
  'finding.backups.optIn.readable': 'Les sauvegardes ne sont chiffrées de bout en bout que si vous l’activez : d’ici là, {owner} peut les lire',
  'finding.backups.optIn': 'Les sauvegardes ne sont chiffrées de bout en bout que si vous l’activez',
  'finding.backups.none': 'Les sauvegardes ne sont pas chiffrées de bout en bout, et aucun réglage ne le permet',
  'finding.backups.readable': 'Les sauvegardes dans le cloud sont stockées avec des clés détenues par {owner}, qui peut donc les lire',
  'finding.content.optIn':
    'Les {content} ne bénéficient du chiffrement de bout en bout que si vous l’activez : d’ici là, {owner} les stocke avec ses propres clés et peut les lire',
  'finding.content.optInNoStore': 'Les {content} ne bénéficient du chiffrement de bout en bout que si vous l’activez : d’ici là, {owner} peut les lire',
  'finding.content.none': 'Les {content} ne bénéficient pas du chiffrement de bout en bout : {owner} les stocke avec ses propres clés et peut les lire',
  'finding.stored.besidesE2ee':
    '{owner} détient les clés des données stockées pour vous, hormis les {content}, qui bénéficient du chiffrement de bout en bout : l’entreprise peut donc les lire',
  'finding.stored.providerKeys': 'Le contenu stocké est chiffré avec des clés détenues par {owner}, qui peut donc le lire',
  'finding.sharing.parties': 'Partage vos données avec des tiers, notamment {parties}',
  'finding.parties': 'Les données sont transmises à : {parties}',
  'finding.e2ee.merged': 'Chiffrement de bout en bout par défaut pour : {subjects}',
  'finding.controls.good': 'De bons réglages de confidentialité : {controls}',
  'finding.controls.missing': 'Réglages de confidentialité absents : {controls}',
  'finding.exception': '{label} : {what}',
  'finding.twoFactor.missing': 'Pas d’authentification à deux facteurs pour protéger votre compte',
  'finding.phone': 'L’inscription exige un numéro de téléphone, qui rattache votre compte à votre identité',
  'finding.noAccount': 'Fonctionne sans compte, sans numéro de téléphone ni adresse e-mail',
  'finding.controversy': 'Non résolu : {title} ({date})',
  'finding.collection.nothing': 'Ne collecte aucune donnée vous concernant',
  'finding.collection.little': 'Collecte peu de données vous concernant',
  'finding.collection.lot': 'Collecte beaucoup de données vous concernant ({count, plural, one {# type de données} other {# types de données}})',
  'finding.noTracking': 'N’utilise pas vos données pour vous suivre à travers les applications et sites web d’autres entreprises',
  'finding.tracking':
    'Utilise des données pour vous suivre à travers les applications et sites web d’autres entreprises ({count, plural, one {# type de données sert} other {# types de données servent}} au pistage)',
  'finding.audited': 'Audit indépendant : {who}',
  'finding.noAudit': 'Aucun audit de sécurité indépendant publié au cours des cinq dernières années',
  'finding.groups.optIn': 'Les conversations de groupe ne sont chiffrées de bout en bout que si vous l’activez',
  'finding.calls.optIn': 'Les appels ne sont chiffrés de bout en bout que si vous l’activez',
  'finding.serviceProviders': '{owner} ne partage des données qu’avec des sous-traitants agissant pour son compte',
  'finding.ads.first': '{owner} utilise vos données pour sa propre publicité',
  'finding.partlyOpen': 'Seule une partie du code source de l’application est publique',

  // Collecte de données
  'data.comparison.explainLow':
    'La note de collecte de données pondère chaque type selon sa sensibilité et selon qu’il est lié ou non à vous, pas selon le nombre de types : {name} collecte plus de types que la plupart des {plural}, mais ils pèsent peu, d’où la note « {level} ».',
  'data.comparison.explainHigh':
    'La note de collecte de données pondère chaque type selon sa sensibilité et selon qu’il est lié ou non à vous, pas selon le nombre de types : {name} collecte moins de types que la plupart des {plural}, mais ils pèsent plus lourd, d’où la note « {level} ».',

  // Questions fréquentes
  'faq.safe.score': '{name} obtient {score, number} sur 10 ({label}) selon notre grille d’évaluation.',
  'faq.safe.unscored':
    'Nous ne le savons pas encore : {unknown, number} des faits que nous recherchons ne sont pas vérifiés pour {name}, qui n’a donc pas de score de sécurité. La section « Ce que nous n’avons pas pu vérifier » les énumère, avec la raison.',
  'faq.ads.third-party': 'Côté publicité : {owner} utilise vos données pour la publicité de tiers.',
  'faq.ads.first-party': 'Côté publicité : {owner} utilise vos données pour sa propre publicité.',
  'faq.ads.none': 'Côté publicité : {owner} n’utilise pas vos données à des fins publicitaires.',
  'faq.sells.yes': 'Oui : {owner} vend des données sur ses utilisateurs.',
  'faq.sells.no': 'Non : {owner} ne vend pas vos données.',
  'faq.safe.strength': 'Son point fort : {finding}.',
  'faq.safe.concern': 'Son principal point faible : {finding}.',

  // Comment vous protéger
  'protect.intro': 'Réglages et habitudes qui réduisent les points faibles ci-dessus :',

  // Chiffrement
  'e2ee.default': '{subject} bénéficient par défaut du chiffrement de bout en bout.',
  'e2ee.optIn': '{subject} ne bénéficient du chiffrement de bout en bout que si vous l’activez.',
  'e2ee.none': '{subject} ne bénéficient pas du chiffrement de bout en bout.',
  'subject.content': 'Les {content}',
  'subject.groups': 'Les conversations de groupe',
  'subject.calls': 'Les appels',
  'subject.backups': 'Les sauvegardes',
  'subject.inList.groups': 'conversations de groupe',
  'subject.inList.calls': 'appels',
  'subject.inList.backups': 'sauvegardes',
  'encryption.protocol': 'Protocole : {protocol}.',
  'encryption.inTransit.yes': 'Les données sont chiffrées pendant leur transfert.',
  'encryption.inTransit.no': 'Les données ne sont pas chiffrées pendant leur transfert.',
  'encryption.atRest.endToEnd': 'Les données stockées sont chiffrées avec des clés que vous seul détenez.',
  'encryption.atRest.besidesE2ee':
    '{owner} détient les clés des données stockées pour vous, hormis les {content}, qui bénéficient du chiffrement de bout en bout.',
  'encryption.atRest.providerKeys': '{owner} détient les clés qui chiffrent les données stockées.',
  'encryption.atRest.none': 'Les données stockées ne sont pas chiffrées.',
  'encryption.forwardSecrecy.yes':
    'L’application utilise la confidentialité persistante : une clé volée aujourd’hui ne permet pas de déchiffrer les messages passés.',
  'encryption.forwardSecrecy.no': 'L’application n’utilise pas la confidentialité persistante.',
  'encryption.client.yes': 'Le code source de l’application est public.',
  'encryption.client.partial': 'Une partie du code source de l’application est publique.',
  'encryption.client.no': 'Le code source de l’application n’est pas public.',
  'encryption.exception': '{label} : {description}',

  // Collecte de données
  'data.unknown': 'Nous n’avons pas pu vérifier quelles données {name} collecte : {why}',
  'data.nothing': '{name} ne collecte aucune donnée vous concernant.',
  'data.summary.count': '{name} collecte {count, plural, one {# type de données} other {# types de données}}',
  'data.summary.linked': '{count, number} liés à votre identité',
  'data.summary.tracking': '{count, number} servant au pistage',
  'data.summary.undetermined': '{count, number} dont les sources ne disent pas s’ils servent au pistage',
  'data.summary.end': '{parts}.',
  'data.level': 'Sa note de collecte de données : {level}.',
  'data.group.tracking.title': 'Données servant à vous pister',
  'data.group.tracking.description':
    'Peuvent être croisées avec des données provenant d’applications et de sites web d’autres entreprises pour cibler ou mesurer la publicité.',
  'data.group.maybeTracking.title': 'Données pouvant servir à vous pister',
  'data.group.maybeTracking.description': 'Les sources ne disent pas si ces données servent au pistage : nous ne pouvons donc pas l’exclure.',
  'data.group.linked.title': 'Données liées à vous',
  'data.group.linked.description': 'Rattachées à votre identité par votre compte, votre numéro de téléphone ou votre appareil.',
  'data.group.maybeLinked.title': 'Données pouvant être liées à vous',
  'data.group.maybeLinked.description': 'Les sources ne disent pas si ces données sont rattachées à votre identité.',
  'data.group.notLinked.title': 'Données non liées à vous',
  'data.group.notLinked.description': 'Collectées sans être rattachées à votre identité.',
  'data.why.tracking':
    'Les données servant au pistage peuvent être croisées avec ce que d’autres entreprises savent de vous, pour construire un profil publicitaire qui vous suit d’une application et d’un site à l’autre.',
  'data.why.linked': 'Les données liées à vous peuvent être divulguées si {owner} subit une fuite ou y est légalement contraint, et elles vous identifient.',
  'data.why.purposes': 'Selon {owner}, ces données servent aux fins suivantes : {purposes}.',
  'data.why.thirdParties': '{owner} partage aussi des données avec des tiers (voir ci-dessous).',
  'data.comparison.counts':
    'Parmi les {total, plural, one {# autre {singular}} other {# autres {plural}}} que nous évaluons et dont la liste de données est connue, {more, plural, one {# collecte} other {# collectent}} plus de types de données, {fewer, number} moins et {same, number} autant.',
  'data.comparison.median': 'Le nombre médian pour les {plural} est de {median, plural, one {# type de données} other {# types de données}}.',

  // Partage
  'sharing.thirdParties.no': '{owner} ne partage pas vos données avec des tiers.',
  'sharing.thirdParties.serviceProviders': '{owner} ne partage des données qu’avec des sous-traitants qui les traitent pour son compte.',
  'sharing.thirdParties.yes': '{owner} partage vos données avec des tiers.',
  'sharing.parties': 'Les données peuvent être transmises à : {parties}.',
  'sharing.sells.yes': '{owner} vend des données sur ses utilisateurs.',
  'sharing.sells.no': '{owner} ne vend pas vos données.',
  'sharing.ads.none': '{owner} n’utilise pas vos données à des fins publicitaires.',
  'sharing.ads.first-party': '{owner} utilise vos données pour sa propre publicité.',
  'sharing.ads.third-party': '{owner} utilise vos données pour la publicité de tiers.',

  // Questions, et les réponses qui ne figurent pas plus haut
  'faq.q.safe': '{name} est-il sûr en {year} ?',
  'faq.q.data': 'Quelles données {name} collecte-t-il sur moi ?',
  'faq.q.sells': '{name} vend-il mes données personnelles ?',
  'faq.q.e2ee': '{name} est-il chiffré de bout en bout ?',
  'faq.q.kids': '{name} est-il sûr pour les enfants ?',
  'faq.q.alternatives': 'Quelles sont les alternatives plus sûres à {name} ?',
  'faq.data.list': '{name} collecte : {types}. Sa note de collecte de données : {level}.',
  'faq.alternatives.item': '{name} ({score, number}/10)',
  'faq.alternatives.some': 'Parmi les {plural}, {count, plural, one {{apps} obtient} other {{apps} obtiennent}} un meilleur score.',
  'faq.alternatives.none': 'Nous n’évaluons aucune alternative parmi les {plural} qui dépasse {name}.',
  'faq.kids.minimumAge': '{name} exige dans ses conditions d’utilisation un âge minimum de {age, number} ans.',
  'faq.kids.noMinimumAge': 'Les conditions d’utilisation ne fixent pas d’âge minimum pour {name}.',

  // Alternatives plus sûres
  'alternative.reason': '{dimension} : {level} ({score, number}/10) contre {ownLevel} ({ownScore, number}/10)',

  // Produits
  'products.disclosure.affiliate':
    'Certains de ces liens sont des liens d’affiliation : nous pouvons toucher une commission si vous achetez par leur intermédiaire. Les produits n’influencent jamais les scores, les notes ni les alternatives.',
  'products.disclosure.none': 'Ces liens ne nous rapportent rien. Les produits n’influencent jamais les scores, les notes ni les alternatives.',

  // Ce que nous n’avons pas pu vérifier
  'fact.app.clientOpenSource': 'Si l’application est open source',
  'fact.app.serverOpenSource': 'Si le serveur est open source',
  'fact.app.audits': 'Audits de sécurité indépendants',
  'fact.app.accountRequires': 'Ce qu’exige un compte',
  'fact.app.minimumAge': 'Âge minimum',
  'fact.app.childrenOffering': 'Ce que l’application propose aux enfants',
  'fact.dataCollected': 'Les données collectées par l’application',
  'fact.encryption.inTransit': 'Chiffrement pendant le transfert',
  'fact.encryption.atRest': 'Chiffrement des données stockées',
  'fact.encryption.e2ee.content': 'Chiffrement de bout en bout des contenus',
  'fact.encryption.e2ee.groups': 'Chiffrement de bout en bout des groupes',
  'fact.encryption.e2ee.calls': 'Chiffrement de bout en bout des appels',
  'fact.encryption.e2ee.backups': 'Chiffrement de bout en bout des sauvegardes',
  'fact.encryption.protocol': 'Protocole de chiffrement',
  'fact.encryption.forwardSecrecy': 'Confidentialité persistante',
  'fact.encryption.exceptions': 'Ce qui affaiblit le chiffrement',
  'fact.sharing.thirdParties': 'Partage avec des tiers',
  'fact.sharing.sellsData': 'Vente de données',
  'fact.sharing.advertising': 'Utilisation des données pour la publicité',
  'fact.sharing.parties': 'Destinataires des données',

  // Ce qu’une exception au chiffrement de bout en bout ne couvre pas
  'gap.sms-fallback': 'les messages envoyés par SMS à défaut',
  'gap.provider-readable-backups': 'les sauvegardes dans le cloud, dont le fournisseur détient les clés',
  'gap.opt-in-only': 'les conversations où vous ne l’avez pas activé',
  'gap.reported-content-readable': 'les messages signalés par quelqu’un',
  'gap.business-or-ai-chats': 'les échanges avec des entreprises ou des fonctions d’IA',
  'gap.non-e2ee-features': 'les fonctions qui échappent au chiffrement de bout en bout',
  'gap.no-encryption-at-rest-by-default': 'les contenus stockés chez le fournisseur',

  // The page frame (src/web/views/layout.tsx)
  'ui.skip': 'Aller au contenu',
  'ui.search.label': 'Rechercher une application',
  'ui.search.region': 'Rechercher une application (en-tête)',
  'ui.search.button': 'Rechercher',
  'ui.nav.region': 'Site',
  'ui.nav.apps': 'Toutes les applications',
  'ui.nav.compare': 'Comparer',
  'ui.nav.methodology': 'Méthodologie',
  'ui.nav.about': 'À propos',
  'ui.language.region': 'Langue',
  'ui.footer.before': 'PrivacyDefend évalue les applications à partir de faits sourcés, selon une',
  'ui.footer.rubric': 'grille d’évaluation publiée',
  'ui.footer.after': '. Les données sont ouvertes (CC BY 4.0). Ce site ne dépose aucun cookie et ne charge rien depuis des tiers.',
  'ui.footer.downloads': 'Télécharger les données',
  'ui.footer.api': 'API',
  'ui.footer.feed': 'Mises à jour (flux Atom)',
  'ui.footer.about': 'À propos et financement',
  'ui.suggest': 'Cette page existe aussi en français.',
  'ui.freeText': '(en anglais)',
};
