# Interface strings in Spanish, the source language. Every key used by the default theme is here;
# other languages fall back to this file for any key they lack.
# $language is a language's name in itself (Español, English); $code its code (es, en).

skip-to-content = Ir al contenido
languages = Idiomas
all-languages = Todos los idiomas
menu = Temas
home = Inicio
help-title = ¿Necesitas ayuda?
help-call = Llama al
help-whatsapp = WhatsApp
key-points = Lo más importante
help-emergency = ¿Estás en peligro ahora?
help-emergency-call = Llama al { $number }
help-emergency-free = Es gratis.
help-legal = Orientación legal con KIND México:
updated-on = Actualizado el { $date }
legal-review = Revisado por { $name } el { $date }
sources-title = ¿De dónde sale esta información?
source-checked = Consultado el { $date }
notice-fallback = Esta página todavía no está en tu idioma. Aquí la tienes en { $code ->
        [es] español
        [en] inglés
        [fr] francés
        [ht] criollo haitiano
        [pt] portugués
       *[other] { $language }
    }.
notice-draft = Esta traducción todavía no la ha revisado una persona. Puede tener errores.
notice-stale = El texto en { $code ->
        [es] español
        [en] inglés
        [fr] francés
        [ht] criollo haitiano
        [pt] portugués
       *[other] { $language }
    } cambió después de esta traducción. Puede faltar información nueva.
notice-read-source = Leer en { $code ->
        [es] español
        [en] inglés
        [fr] francés
        [ht] criollo haitiano
        [pt] portugués
       *[other] { $language }
    }
section-pages = { $count ->
    [one] Una página en esta sección
   *[other] { $count } páginas en esta sección
}
date-long = { $day } de { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
} de { $year }
quick-exit = Salir rápido
print-address = Esta página en internet:
not-found-title = No encontramos esta página
not-found-text = Puede que la dirección tenga un error, o que la página ya no exista. No te preocupes: desde el inicio puedes encontrar todo.
not-found-home = Ir al inicio
booklet-file-name = guia
booklet-title = Guía: tus derechos
booklet-intro = Todas las páginas en un solo archivo. Puedes guardarlo, imprimirlo o compartirlo. Funciona sin internet.
booklet-download = Descargar la guía completa ({ $size } KB)
booklet-online = Escanea el código para abrir esta página en internet:
contents = Contenido
offline-title = Guardar para leer sin internet
offline-explain = Puedes guardar todas las páginas en español en este teléfono. Así las lees sin internet. Usará unos { $size } KB de datos, una sola vez.
offline-save = Guardar en este teléfono
offline-done = Listo. Estas páginas ya se pueden leer sin internet.
audio-listen = Escuchar esta página ({ $size })
moved-title = Esta página cambió de lugar
moved-text = Ahora está aquí. Si no se abre sola, toca el enlace:
gone-title = Esta página ya no está
gone-text = Quitamos esta página. En el inicio encuentras todo lo demás.
gone-home = Ir al inicio
gone-notice = La página que buscabas ya no está. Aquí, en el inicio, encuentras todo lo demás.
