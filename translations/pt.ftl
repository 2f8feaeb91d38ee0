# Interface strings in Portuguese. Translated from es.ftl (the source); any key missing here
# falls back along the language's chain in site.yaml.
# $language is a language's name in itself (Español, English); $code its code (es, en).

skip-to-content = Ir para o conteúdo
languages = Idiomas
all-languages = Todos os idiomas
menu = Temas
home = Início
help-title = Precisas de ajuda?
help-call = Liga para o
help-whatsapp = WhatsApp
key-points = O mais importante
help-emergency = Estás em perigo agora?
help-emergency-call = Liga para o { $number }
help-emergency-free = É grátis.
help-legal = Orientação jurídica com a KIND México:
updated-on = Atualizado em { $date }
legal-review = Revisto por { $name } em { $date }
sources-title = De onde vem esta informação?
source-checked = Consultado em { $date }
notice-fallback = Esta página ainda não está na tua língua. Aqui está em { $code ->
        [es] espanhol
        [en] inglês
        [fr] francês
        [ht] crioulo haitiano
        [pt] português
       *[other] { $language }
    }.
notice-draft = Esta tradução ainda não foi verificada por uma pessoa. Pode ter erros.
notice-stale = O texto em { $code ->
        [es] espanhol
        [en] inglês
        [fr] francês
        [ht] crioulo haitiano
        [pt] português
       *[other] { $language }
    } mudou depois desta tradução. Pode faltar informação nova.
notice-read-source = Ler em { $code ->
        [es] espanhol
        [en] inglês
        [fr] francês
        [ht] crioulo haitiano
        [pt] português
       *[other] { $language }
    }
section-pages = { $count ->
    [one] Uma página sobre este tema
   *[other] { $count } páginas sobre este tema
}
date-long = { $day } de { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
} de { $year }
quick-exit = Sair rápido
print-address = Esta página na internet:
not-found-title = Não encontrámos esta página
not-found-text = Pode haver um erro no endereço, ou a página já não existe. Não te preocupes: a partir do início, podes encontrar tudo.
not-found-home = Ir para o início
booklet-file-name = guia
booklet-title = Guia: os teus direitos
booklet-intro = Todas as páginas num só ficheiro. Podes guardá-lo, imprimi-lo ou partilhá-lo. Funciona sem internet.
booklet-download = Descarregar o guia completo ({ $size } KB)
booklet-online = Lê o código para abrir esta página na internet:
contents = Índice
offline-title = Guardar para ler sem internet
offline-explain = Podes guardar todas as páginas em português neste telefone. Assim, lês sem internet. Usa cerca de { $size } KB de dados, uma só vez.
offline-save = Guardar neste telefone
offline-done = Pronto. Já podes ler estas páginas sem internet.
audio-listen = Ouvir esta página ({ $size })
moved-title = Esta página mudou de lugar
moved-text = Agora está aqui. Se não abrir sozinha, toca no link:
gone-title = Esta página já não existe
gone-text = Tirámos esta página. No início encontras tudo o resto.
gone-home = Ir para o início
gone-notice = A página que procuravas já não existe. Aqui, no início, encontras tudo o resto.
