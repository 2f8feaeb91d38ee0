# Interface strings in Portuguese. Translated from es.ftl (the source); any key missing here
# falls back along the language's chain in site.yaml.
# $language is a language's name in itself (Español, English); $code its code (es, en).

skip-to-content = Ir para o conteúdo
languages = Idiomas
all-languages = Todos os idiomas
menu = Temas
home = Início
help-title = Você precisa de ajuda?
help-call = Ligue para o
help-whatsapp = WhatsApp
key-points = O mais importante
help-emergency = Você está em perigo agora?
help-emergency-call = Ligue para o { $number }
help-emergency-free = É grátis.
help-legal = Orientação jurídica com a KIND México:
updated-on = Atualizado em { $date }
legal-review = Revisado por { $name } em { $date }
sources-title = De onde vêm estas informações?
source-checked = Consultado em { $date }
notice-fallback = Esta página ainda não está no seu idioma. Aqui ela está em { $code ->
        [es] espanhol
        [en] inglês
        [fr] francês
        [ht] crioulo haitiano
        [pt] português
       *[other] { $language }
    }.
notice-draft = Esta tradução ainda não foi revisada por uma pessoa. Ela pode ter erros.
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
    [one] Uma página nesta seção
   *[other] { $count } páginas nesta seção
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
not-found-title = Não encontramos esta página
not-found-text = Pode ser que o endereço tenha um erro, ou que a página não exista mais. Não se preocupe: a partir do início, você pode encontrar tudo.
not-found-home = Ir para o início
booklet-file-name = guia
booklet-title = Guia: seus direitos
booklet-intro = Todas as páginas em um só arquivo. Você pode salvar, imprimir ou compartilhar. Funciona sem internet.
booklet-download = Baixar o guia completo ({ $size } KB)
booklet-online = Escaneie o código para abrir esta página na internet:
contents = Conteúdo
offline-title = Salvar para ler sem internet
offline-explain = Você pode salvar todas as páginas em português neste telefone. Assim, você lê sem internet. Vai usar cerca de { $size } KB de dados, uma só vez.
offline-save = Salvar neste telefone
offline-done = Pronto. Estas páginas já podem ser lidas sem internet.
audio-listen = Ouvir esta página ({ $size })
moved-title = Esta página mudou de lugar
moved-text = Agora ela está aqui. Se não abrir sozinha, toque no link:
gone-title = Esta página não existe mais
gone-text = Tiramos esta página. Na página inicial você encontra todo o resto.
gone-home = Ir para a página inicial
gone-notice = A página que você procurava não existe mais. Aqui, na página inicial, você encontra todo o resto.
