# Interface strings in French. Translated from es.ftl (the source); any key missing here
# falls back along the language's chain in site.yaml.
# $language is a language's name in itself (Español, English); $code its code (es, en).

skip-to-content = Aller au contenu
languages = Langues
all-languages = Toutes les langues
menu = Sujets
home = Accueil
help-title = Tu as besoin d’aide ?
help-call = Appelle le
help-whatsapp = WhatsApp
key-points = Le plus important
help-emergency = Tu es en danger maintenant ?
help-emergency-call = Appelle le { $number }
help-emergency-free = C’est gratuit.
help-legal = Conseil juridique avec KIND México :
updated-on = Mis à jour le { $date }
legal-review = Vérifié par { $name } le { $date }
sources-title = D’où vient cette information ?
source-checked = Consulté le { $date }
notice-fallback = Cette page n’est pas encore dans ta langue. La voici en { $code ->
        [es] espagnol
        [en] anglais
        [fr] français
        [ht] créole haïtien
        [pt] portugais
       *[other] { $language }
    }.
notice-draft = Personne n’a encore vérifié cette traduction. Elle peut contenir des erreurs.
notice-stale = Le texte en { $code ->
        [es] espagnol
        [en] anglais
        [fr] français
        [ht] créole haïtien
        [pt] portugais
       *[other] { $language }
    } a changé après cette traduction. Il peut manquer des informations nouvelles.
notice-read-source = Lire en { $code ->
        [es] espagnol
        [en] anglais
        [fr] français
        [ht] créole haïtien
        [pt] portugais
       *[other] { $language }
    }
section-pages = { $count ->
    [one] Une page dans cette rubrique
   *[other] { $count } pages dans cette rubrique
}
date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }
quick-exit = Sortie rapide
print-address = Cette page sur internet :
not-found-title = Nous n’avons pas trouvé cette page
not-found-text = L’adresse a peut-être une erreur, ou la page n’existe plus. Ne t’inquiète pas : depuis l’accueil, tu peux tout trouver.
not-found-home = Aller à l’accueil
booklet-file-name = guide
booklet-title = Guide : tes droits
booklet-intro = Toutes les pages dans un seul fichier. Tu peux l’enregistrer, l’imprimer ou le partager. Il marche sans internet.
booklet-download = Télécharger tout le guide ({ $size } Ko)
booklet-online = Scanne le code pour ouvrir cette page sur internet :
contents = Sommaire
offline-title = Enregistrer pour lire sans internet
offline-explain = Tu peux enregistrer toutes les pages en français sur ce téléphone. Tu pourras les lire sans internet. Cela utilise environ { $size } Ko de données, une seule fois.
offline-save = Enregistrer sur ce téléphone
offline-done = C’est fait. Tu peux lire ces pages sans internet.
audio-listen = Écouter cette page ({ $size })
moved-title = Cette page a changé de place
moved-text = Elle est ici maintenant. Si elle ne s’ouvre pas toute seule, touche le lien :
gone-title = Cette page n’existe plus
gone-text = Nous avons retiré cette page. Tu trouves tout le reste sur la page d’accueil.
gone-home = Aller à l’accueil
gone-notice = La page que tu cherchais n’existe plus. Tu trouves tout le reste ici, sur la page d’accueil.
