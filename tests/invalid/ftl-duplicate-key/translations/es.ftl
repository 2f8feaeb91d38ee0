# Interface strings in Spanish, the source language. Every key used by the default theme is here;
# other languages fall back to this file for any key they lack.
# $language is a language's name in itself (Español, English); $code its code (es, en).

skip-to-content = Ir al contenido
languages = Idiomas
all-languages = Todos los idiomas
menu = Temas
home = Inicio
home = Página principal
help-title = ¿Necesitas ayuda?
help-call = Llama al
help-whatsapp = WhatsApp
key-points = Lo más importante
updated-on = Actualizado el { $date }
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
# Added after the case was written, at the end so its line numbers stay.
help-emergency = ¿Estás en peligro ahora?
help-emergency-call = Llama al { $number }
help-emergency-free = Es gratis.
help-legal = Orientación legal con KIND México:
legal-review = Revisado por { $name } el { $date }
sources-title = ¿De dónde sale esta información?
source-checked = Consultado el { $date }
