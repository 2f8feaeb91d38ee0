# Interface strings in Haitian Creole (Kreyòl ayisyen). Translated from es.ftl (the source);
# any key missing here falls back along the language's chain in site.yaml.
# $language is a language's name in itself (Español, English); $code its code (es, en).
# Kreyòl has no plural inflection: section-pages has only the default variant.

skip-to-content = Ale nan kontni an
languages = Lang
all-languages = Tout lang yo
menu = Sijè
home = Akèy
help-title = Ou bezwen èd?
help-call = Rele
help-whatsapp = WhatsApp
key-points = Sa ki pi enpòtan
help-emergency = Ou an danje kounye a?
help-emergency-call = Rele { $number }
help-emergency-free = Li gratis.
help-legal = Konsèy legal ak KIND México:
updated-on = Mete ajou: { $date }
legal-review = { $name } revize l: { $date }
sources-title = Ki kote enfòmasyon sa a soti?
source-checked = Gade: { $date }
notice-fallback = Paj sa a poko nan lang ou. Men li an { $code ->
        [es] espanyòl
        [en] angle
        [fr] fransè
        [ht] kreyòl ayisyen
        [pt] pòtigè
       *[other] { $language }
    }.
notice-draft = Pa gen okenn moun ki verifye tradiksyon sa a ankò. Li ka gen erè.
notice-stale = Apre tradiksyon sa a, yo chanje sa ki ekri an { $code ->
        [es] espanyòl
        [en] angle
        [fr] fransè
        [ht] kreyòl ayisyen
        [pt] pòtigè
       *[other] { $language }
    }. Tradiksyon an ka manke enfòmasyon nouvo.
notice-read-source = Li paj la an { $code ->
        [es] espanyòl
        [en] angle
        [fr] fransè
        [ht] kreyòl ayisyen
        [pt] pòtigè
       *[other] { $language }
    }
section-pages = { $count ->
   *[other] { $count } paj nan pati sa a
}
date-long = { $day } { $month ->
    [1] janvye
    [2] fevriye
    [3] mas
    [4] avril
    [5] me
    [6] jen
    [7] jiyè
    [8] out
    [9] septanm
    [10] oktòb
    [11] novanm
   *[12] desanm
} { $year }
quick-exit = Soti vit
print-address = Paj sa a sou entènèt:
not-found-title = Nou pa jwenn paj sa a
not-found-text = Petèt gen yon erè nan adrès la, oswa paj la pa egziste ankò. Pa enkyete w: ou ka jwenn tout bagay depi paj akèy la.
not-found-home = Ale nan paj akèy la
booklet-file-name = gid
booklet-title = Gid: dwa ou
booklet-intro = Tout paj yo nan yon sèl fichye. Ou ka anrejistre l, enprime l oswa pataje l. Li mache san entènèt.
booklet-download = Telechaje tout gid la ({ $size } KB)
booklet-online = Eskane kòd la pou louvri paj sa a sou entènèt:
contents = Sa ki ladan l
offline-title = Anrejistre pou li san entènèt
offline-explain = Ou ka anrejistre tout paj yo an kreyòl sou telefòn sa a. Konsa ou ka li yo san entènèt. Sa ap pran anviwon { $size } KB done, yon sèl fwa.
offline-save = Anrejistre sou telefòn sa a
offline-done = Fini. Ou ka li paj sa yo san entènèt kounye a.
audio-listen = Koute paj sa a ({ $size })
moved-title = Paj sa a chanje plas
moved-text = Li la a kounye a. Si li pa louvri poukont li, peze lyen an:
gone-title = Paj sa a pa la ankò
gone-text = Nou retire paj sa a. Ou ka jwenn tout lòt bagay yo nan paj akèy la.
gone-home = Ale nan paj akèy la
gone-notice = Paj ou t ap chèche a pa la ankò. Ou ka jwenn tout lòt bagay yo isit la, nan paj akèy la.
