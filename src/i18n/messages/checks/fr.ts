/**
 * Ce que les règles de cohérence disent d’un problème, en français : les mêmes
 * clés et paramètres que checks/en.ts, rédigés librement, en vouvoyant comme le
 * reste de l’outil de rédaction. Un message suit le champ qu’il concerne
 * (« review.notes : est vide… ») ou le nomme ; les données (identifiants,
 * chemins de champ, valeurs, texte cité de la page, adresses) restent telles quelles.
 */
import type { checksEn } from './en.ts';

export const checksFr: Record<keyof typeof checksEn, string> = {
  'check.severity.error': 'erreur',
  'check.severity.warning': 'avertissement',
  'check.finding': '{severity} [{rule}] : {text}',
  'check.findingAt': '{path} : {severity} [{rule}] : {text}',
  'check.score': '{score, number}',
  'check.unknown': 'inconnu',

  'check.pageRenders.failed': 'impossible de générer la page : {error}',

  'check.factSources.none': 'un fait connu doit citer au moins une source ; ajoutez l’identifiant de la source qui l’établit',
  'check.factSources.undeclared': 'cite la source « {id} », qui n’est pas déclarée sous sources ; déclarez-la ou corrigez l’identifiant',
  'check.sourceUnused': 'est déclarée, mais aucun fait ne la cite ; citez-la pour le fait qu’elle établit, ou supprimez-la',
  'check.sourceUrl.notAbsolute': '« {url} » n’est pas une adresse http(s) complète ; écrivez l’adresse en entier, par exemple https://example.org/privacy',
  'check.sourceUrl.auditNotAbsolute': '« {url} » n’est pas une adresse http(s) complète',
  'check.sourceHostDenied': '{host} est un domaine exclu ({why}) ; citez plutôt le document de l’éditeur lui-même, ou une copie archivée de celui-ci',
  'check.sourceHostUnclassified': '{host} n’est pas classé dans {file} ; classez-le (vendor, press, archive… ou denied)',
  'check.sourceArchivedCopy.notArchive':
    '{host} est classé comme « {class} », et non comme archive ; mettez l’adresse de l’éditeur dans url et la copie archivée dans archived',
  'check.sourceArchivedCopy.sameUrl': 'est la même adresse que url ; omettez archived quand la page a été lue en ligne',
  'check.sourceArchivedCopy.afterRead': '{date} est postérieure à la lecture de la source ({read}) ; la copie lue devait déjà exister',
  'check.coreFactSource':
    'est un fait essentiel, mais ne repose sur aucune source primaire ni sur aucun article de presse sérieux ({classes}) ; citez le document de l’éditeur, une étiquette de boutique d’applications, un régulateur, un tribunal, un audit ou un article de presse sérieux, ou indiquez que le fait est inconnu',
  'check.coreFactStale':
    'sa source la plus récente ({source}, {newest}) est antérieure au {limit}, soit {years, plural, one {# an} other {# ans}} avant la date de l’analyse ; relisez une version plus récente du document, sinon le fait est signalé comme dépassé',
  'check.futureDate':
    '{what, select, read {la date de lecture} published {la date de publication} controversy {la date de la controverse} audit {la date de l’audit} other {la date de l’analyse}} {date} se situe dans le futur (aujourd’hui : {today}) ; corrigez la date',
  'check.reviewStale':
    'les faits ont été vérifiés pour la dernière fois le {reviewed}, il y a {months} mois ; revérifiez les sources et mettez à jour review.reviewed',
  'check.reviewExpired':
    'les faits ont été vérifiés pour la dernière fois le {reviewed}, il y a {months} mois (limite : {limit}) ; revérifiez chaque source avant de publier',

  'check.claim.editorial': '{sentence} affirme « {claim} », mais {why} ; corrigez la phrase ou le fait',
  'check.claim.page': '{sentence} affirme « {claim} », mais {why}',
  'check.claim.unknown': '{fact} est inconnu, et un fait inconnu ne permet aucune affirmation',
  'check.claim.closedSource': 'app.clientOpenSource vaut « no » (code fermé)',
  'check.claim.isValue': '{fact} vaut « {value} »',
  'check.claim.isBoolean': '{fact} vaut {value}',
  'check.claim.noAudit': 'app.audits ne recense aucun audit',
  'check.claim.notDefault': '{fact} vaut {value}, et non « default »',
  'check.claim.exceptionsUnknown': 'encryption.exceptions est inconnu : rien ne montre donc que le fournisseur ne peut pas lire les contenus',
  'check.claim.exceptionsLetRead': 'encryption.exceptions recense {exceptions}, qui permettent au fournisseur de lire les contenus',
  'check.comparison': '{sentence} compare {name} à sa catégorie, mais {why} ; corrigez la phrase ou les faits',
  'check.comparison.unknown': 'dataCollected est inconnu, et un fait inconnu ne permet aucune affirmation',
  'check.comparison.noOthers': 'aucune autre application de la catégorie {category} n’a de liste de données connue à laquelle la comparer',
  'check.comparison.median':
    'elle collecte {own, plural, one {# type de données} other {# types de données}}, pour une médiane de {median} parmi les autres applications de la catégorie {category}',

  'check.reference.category': '« {id} » n’est pas une catégorie de categories.yaml (existantes : {known})',
  'check.reference.dataType': '« {id} » n’est pas un type de données de taxonomy.yaml',
  'check.reference.purpose': '« {id} » n’est pas une finalité de taxonomy.yaml (existantes : {known})',
  'check.reference.exception': '« {id} » n’est pas une exception de taxonomy.yaml (existantes : {known})',
  'check.reference.party': '« {id} » n’est pas un type de destinataire de taxonomy.yaml (existants : {known})',
  'check.reference.control': '« {id} » n’est pas un réglage de confidentialité de taxonomy.yaml (existants : {known})',
  'check.reference.controlNotApplicable': 'ne s’applique pas à la catégorie {category} ; supprimez-le',
  'check.reference.controlMissing': 'n’a pas d’entrée pour « {id} » ; renseignez-la, au besoin sous la forme {unknownForm}',
  'check.reference.advice': '« {id} » n’est pas un identifiant de conseil de taxonomy.yaml (existants : {known})',
  'check.reference.documentId': '« {id} » est déjà l’identifiant d’un autre document de cette analyse ; les identifiants de document doivent être uniques',
  'check.reference.source': 'cite la source « {id} », qui n’est pas déclarée sous sources',
  'check.reference.verdictApp': 'cite l’application « {id} », qui n’a pas d’analyse dans apps/',
  'check.duplicateId.slug': '« {id} » est déjà le slug d’une autre analyse ; les slugs sont des adresses et doivent être uniques',
  'check.duplicateId.category': '« {id} » est déjà utilisé par une autre catégorie',
  'check.duplicateId.product': '« {id} » est déjà utilisé par un autre produit',
  'check.duplicateId.taxonomy': '« {id} » figure deux fois dans {list}',
  'check.duplicateId.controversy': '« {id} » est déjà utilisé par une autre controverse de cette analyse',
  'check.staleScore.revision': '{slug}, version {revision}',
  'check.staleScore.invalid': '{where} : les faits enregistrés ne respectent pas le schéma des analyses ({problem}) ; réimportez le jeu de données',
  'check.staleScore.stale': '{where} n’est plus à jour ({differences}) ; lancez privacydefend import pour recalculer le score',
  'check.e2eeExceptions.optInButDefault':
    'indique que le chiffrement de bout en bout doit être activé par l’utilisateur, mais encryption.e2ee.content vaut « default » ; corrigez l’un des deux',
  'check.e2eeExceptions.optInButNone':
    'indique que le chiffrement de bout en bout peut être activé, mais encryption.e2ee.content vaut « none » ; indiquez « opt-in » ou retirez l’exception',
  'check.e2eeExceptions.missing':
    'vaut « opt-in », mais encryption.exceptions ne mentionne pas opt-in-only ; ajoutez cette exception (avec ses sources) ou corrigez la valeur',
  'check.sharingAgrees.sells': 'vaut « no », mais sharing.sellsData vaut true : vendre des données, c’est les transmettre à des tiers ; corrigez l’un des deux',
  'check.sharingAgrees.ads':
    'vaut « no », mais sharing.advertising vaut « third-party » : la publicité de tiers transmet des données aux annonceurs ; corrigez l’un des deux',
  'check.backupsAgree.offered':
    'vaut « {value} », mais encryption.e2ee.backups vaut « none » ; ce réglage n’existe que si les sauvegardes peuvent être chiffrées de bout en bout',
  'check.backupsAgree.notOffered':
    'vaut « no », mais encryption.e2ee.backups vaut « {backups} » ; un réglage à activer compte comme un réglage proposé (« yes »)',
  'check.sharedPolicy':
    '{fact} vaut {here} ici, mais {there} dans {file}, et les deux reposent uniquement sur la même version d’une seule politique de confidentialité ({policy}) ; lisez-la de la même façon dans les deux analyses, ou citez le document propre au produit qui explique la différence',
  'check.settingAdvice.second': 'un deuxième réglage pour « {advice} » ; ne nommez qu’un réglage par conseil',
  'check.settingAdvice.noSentence': 'pour le conseil « {advice} », aucune phrase ne nomme un réglage propre à l’application ({message})',
  'check.settingAdvice.neverNamed':
    '« {name} » met en œuvre « {advice} », un conseil donné seulement quand {fact} vaut {values} ; ici, la valeur est {value} : la page ne nommerait donc jamais ce réglage',
  'check.storeLinks.platform':
    '« {platform} » ne fait pas partie des plateformes de l’application ({platforms}) ; ajoutez-la à cette liste ou corrigez le lien',
  'check.storeLinks.second': 'un deuxième lien {store} pour {platform} ; ne citez chaque boutique et chaque plateforme qu’une fois',
  'check.storeLinks.ownership':
    'aucune source ne montre que cette fiche appartient à l’éditeur ({classes}) ; citez la page de téléchargement de l’éditeur qui y renvoie, ou la page de la boutique elle-même',
  'check.sourceDates.published': '{published} est postérieure à la date de lecture de la source ({read}) ; corrigez l’une des deux dates',
  'check.sourceDates.reviewed':
    '{reviewed} est antérieure à la date de lecture {count, plural, one {de la source citée} other {des sources citées}} {ids} (dernière lecture : {newest}) ; datez l’analyse du jour où ses faits ont été vérifiés pour la dernière fois',
  'check.duplicateException': '« {kind} » figure déjà à encryption.exceptions.value[{first}] ; fusionnez les deux descriptions et leurs sources en une seule',
  'check.blankText': 'est vide ou ne contient que des espaces ; écrivez le texte ou supprimez le champ',
  'check.productConcerns.concern':
    '« {id} » n’est pas un point faible qu’une page d’analyse puisse afficher : {product} n’apparaîtrait donc jamais pour lui (existants : {known})',
  'check.productConcerns.category': '« {id} » n’est pas une catégorie de categories.yaml : {product} n’y apparaîtrait donc jamais (existantes : {known})',
  'check.productConcerns.app': '« {app} » n’est pas une application analysée (il n’y a pas de fichier apps/{app}.yaml)',
  'check.productConcerns.denied': '{host} est un domaine exclu ({why}) ; pour {product}, citez la page de l’éditeur lui-même',
  'check.productConcerns.advice': '« {id} » n’est pas un point faible qu’une page d’analyse puisse afficher : le conseil « {advice} » n’est donc jamais donné',
  'check.rubricVersion.noHash':
    'aucune empreinte du contenu n’est enregistrée pour la grille {version} dans rubric-hashes.json ; ajoutez une entrée au journal des modifications pour {version} et lancez npm run golden',
  'check.rubricVersion.changed':
    'le contenu de la grille a changé, mais sa version est toujours {version} ; augmentez le numéro de version, ajoutez une entrée au journal des modifications et lancez npm run golden',
  'check.rubricVersion.noChangelog': 'n’a pas d’entrée pour la version {version} ; indiquez ce qui a changé',

  'check.pageEmptySection.heading': 'le titre n’est suivi d’aucun contenu ; omettez la section quand il n’y a rien à dire',
  'check.pageEmptySection.intro': 'la section a une introduction mais ne liste rien ; omettez-la quand il n’y a rien à lister',
  'check.pageDanglingIntro': '{sentence} annonce une liste absente ; générez la liste à partir des faits ou supprimez la phrase',
  'check.pageFaqUnanswered': 'la question n’a pas de réponse ; ne la posez que si les faits y répondent',
  'check.pagePlaceholderText': 'affiche « {placeholder} » dans « …{around}… » ; une valeur manquait à la génération de la page',
  'check.pageFindingSide.negativeAsStrength': 'présente le constat négatif « {id} » ({text}) comme un point fort',
  'check.pageFindingSide.positiveAsConcern': 'présente le constat positif « {id} » ({text}) comme un point faible',
  'check.pageFindingSide.readsBad': '{text} figure parmi les points forts, mais sa formulation évoque {reading} ; la place d’un constat se déduit des faits',
  'check.pageFindingSide.readsGood': '{text} figure parmi les points faibles, mais sa formulation évoque {reading} ; la place d’un constat se déduit des faits',
  'check.pageFindingSide.aConcern': 'un point faible de cette application',
  'check.pageFindingSide.aStrength': 'un point fort de cette application',
  'check.phrase.lowDataCollection': 'une faible collecte de données',
  'check.phrase.littleData': 'peu ou pas de collecte de données',
  'check.phrase.strongEncryption': 'un chiffrement fort',
  'check.phrase.goodControls': 'de bons réglages de confidentialité',
  'check.phrase.openSource': 'un code source ouvert',
  'check.phrase.audited': 'un audit',
  'check.phrase.e2eeByDefault': 'un chiffrement de bout en bout par défaut',
  'check.phrase.noSellingOrSharing': 'l’absence de vente ou de partage des données',
  'check.phrase.noTracking': 'l’absence de pistage',
  'check.phrase.forwardSecrecy': 'la confidentialité persistante (forward secrecy)',
  'check.phrase.closedSource': 'un code fermé',
  'check.phrase.weakEncryption': 'un chiffrement faible ou absent',
  'check.phrase.highDataCollection': 'une collecte de données importante',
  'check.phrase.sellsData': 'la vente de données',
  'check.phrase.thirdPartySharing': 'le partage avec des tiers',
  'check.phrase.advertising': 'la publicité',
  'check.phrase.tracking': 'le pistage',
  'check.phrase.weakProtection': 'une protection du compte insuffisante ou des réglages lacunaires',
  'check.pageAlternatives.noReview': 'propose « {slug} », qui n’a pas d’analyse',
  'check.pageAlternatives.otherCategory':
    'propose {alternative}, de la catégorie {altCategory}, comme alternative à une application de la catégorie {category}',
  'check.pageAlternatives.unscored': 'présente {alternative} comme plus sûre, mais {name} n’a pas de score de sécurité qui permette la comparaison',
  'check.pageAlternatives.notHigher': 'présente {alternative} ({altScore}) comme plus sûre que {name} ({score}) ; une alternative doit avoir un meilleur score',
  'check.pageAlternatives.notScored': 'sans score',
  'check.pageInternalLinks.anchor': 'renvoie à « {href} », mais aucun élément de la page ne porte cet identifiant',
  'check.pageInternalLinks.route':
    'renvoie à « {path} », qui n’est pas une page du site (existantes : /, /methodology, /about, /apps/<slug>, /categories/<id>, /compare/<slug>-vs-<slug>, /assets/...)',
  'check.pageProducts.empty':
    'affiche {disclosed, select, yes {une mention d’affiliation} other {un titre}} mais aucun produit ; n’affichez ce bloc que si un produit répond à l’un des points faibles de l’application',
  'check.pageProducts.undisclosed': 'liste des produits sans la mention d’affiliation ; placez-la à côté',
  'check.pageProducts.notSponsored': 'renvoie à {href} sans {attribute}',
  'check.pageRepeated.section': 'apparaît {count, plural, other {# fois}} ; n’affichez chaque section qu’une fois',
  'check.pageRepeated.heading': 'figure plusieurs fois ; regroupez ce qui suit ces titres',
  'check.pageRepeated.finding': '{text} figure {count, plural, other {# fois}}',
  'check.pageRepeated.question': 'est posée deux fois ; ne posez chaque question qu’une fois',
  'check.pageRepeated.shortAnswer': 'répète mot pour mot la réponse courte : {sentence} ; répondez autrement ou ajoutez ce que la réponse courte ne dit pas',
  'check.pageBothSides': 'énonce {fact}, déjà énoncé sous « Points forts » ({text}) ; présentez ce fait en un seul constat, avec ses nuances',
  'check.pageLabelNumber.both': 'affiche « {label} » à côté du score {score}/10 ; affichez les mots ou le chiffre, pas les deux',
  'check.pageLabelNumber.range': 'affiche un score de {score} sur 10',
  'check.pageInternalId': 'affiche l’identifiant « {id} » ; affichez plutôt son libellé tiré de taxonomy.yaml',
};
