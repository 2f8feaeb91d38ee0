# Los mensajes de faro en español (de México, de tú). Cada mensaje está también en en.ftl (una
# prueba lo revisa). Los argumentos ({ $file }, { $field }, …) son rutas de archivos, nombres de
# campos y valores: no se traducen.

## Etiquetas de las líneas de un diagnóstico

label-error = error
label-warning = aviso
label-note = nota
label-hint = sugerencia

## Los resúmenes de la línea de comandos

build-done = Listo: { $pages } páginas en { $languages } idiomas en { $ms } ms{ $weight }
build-weight = ; las páginas pesan { $median } KB (la mediana) y { $largest } KB como máximo, con brotli
build-failed = No se pudo construir el sitio: { $errors ->
        [one] hubo 1 error
       *[other] hubo { $errors } errores
    }. El sitio anterior quedó como estaba.
build-timing-pages = { $remembered } de { $pages } tal como las hizo la última construcción, sin volver a generarlas
build-timing-compressed = { $compressed } comprimidos, { $reused } tomados de la caché
build-timing-against-home = { $count }, { $reused } de ellos tomados de la caché
check-summary = { $errors ->
        [one] 1 error
       *[other] { $errors } errores
    }, { $warnings ->
        [one] 1 aviso
       *[other] { $warnings } avisos
    }, { $notes ->
        [one] 1 nota
       *[other] { $notes } notas
    }
status-report-written = Guardé el reporte en { $file }
status-report-not-written = { $file }: no se pudo guardar el reporte: { $error }
new-written = Creé { $file } (es un borrador hasta que quites `draft: true`)
po-exported = Creé { $files } archivos PO para { $lang } en { $folder }: { $entries } entradas, { $translated } traducidas ({ $fuzzy } de ellas por revisar)
po-imported = Guardé { $written } páginas; { $unchanged } sin cambios y { $incomplete } se quedaron como estaban
zim-failed = No se escribió ningún archivo ZIM para los idiomas que tuvieron un problema.
zim-built = Páginas de { $languages } idiomas listas en { $ms } ms
zim-file = { $lang }: { $file } ({ $pages } páginas, { $kb } KB) en { $ms } ms

## Avance (una barra en la terminal, para trabajos largos)

progress-loading = Leyendo el sitio
progress-rendering = Generando las páginas
progress-compressing = Comprimiendo archivos
progress-writing = Guardando el sitio
progress-of = de
progress-zim = Escribiendo los archivos ZIM
progress-po = Escribiendo los archivos PO

## faro status

status-page = página
status-legal-review = revisión legal
status-review-none = ninguna
status-state-source = original
status-state-current = al día
status-state-stale = desactualizada
status-state-draft = borrador
status-state-fallback = sin traducir
status-count-source = { $count ->
        [one] 1 original
       *[other] { $count } originales
    }
status-count-current = { $count } al día
status-count-stale = { $count ->
        [one] 1 desactualizada
       *[other] { $count } desactualizadas
    }
status-count-draft = { $count ->
        [one] 1 borrador
       *[other] { $count } borradores
    }
status-count-fallback = { $count } sin traducir
status-review-summary = revisión legal: { $done } de { $needed } páginas con datos legales ({ $none } no tienen ninguna)
status-interface-strings = textos de la interfaz ({ $folder }/):
status-strings-no-file = no hay archivo; los lectores ven los textos de los idiomas de respaldo
status-strings-none-stale = ninguno desactualizado
status-strings-stale = { $count } desactualizados ({ $keys })
status-strings-stale-unknown = no se sabe si hay desactualizados (el archivo no está en el historial de git)
status-strings-none-missing = no falta ninguno
status-strings-missing = faltan { $count } ({ $keys })
status-html-title = Estado de las traducciones
status-html-legend = Verde: traducida y revisada. Amarillo: un borrador que nadie ha revisado. Naranja: el español cambió después de que se tradujo. Rojo: sin traducir; los lectores ven otro idioma. Revisión legal: quién revisó el contenido legal de la página y cuándo; «ninguna» quiere decir que no hay una revisión registrada.
status-html-by-language = Por idioma
status-html-interface-strings = Textos de la interfaz

## Diagnósticos de todas las etapas

file-not-utf8 = el archivo no está guardado como texto UTF-8
file-not-utf8-hint = guarda el archivo como UTF-8 en tu editor («Guardar con codificación» → UTF-8)

## site.yaml y la cabecera de las páginas (YAML). $serde es el mensaje original de serde_yaml,
## en inglés; $at es la ruta del valor, como `sources[0]: `.

yaml-not-a-date = «{ $value }» no es una fecha escrita como AAAA-MM-DD (por ejemplo 2026-11-28)
yaml-not-a-date-hint = escribe las fechas como AAAA-MM-DD, por ejemplo 2026-11-28
yaml-duplicate-key = { $at }el campo «{ $key }» aparece dos veces
yaml-duplicate-key-hint = cada campo puede aparecer una sola vez; borra uno de los dos
yaml-unknown-value = { $at }«{ $value }» no es un valor permitido aquí; los valores permitidos son: { $allowed }
yaml-unknown-required-field-hint = pon en la lista solo campos que nombra el mensaje; `title`, `updated` y `sources` se revisan sin que los pongas
yaml-unknown-value-hint = usa uno de los valores que da el mensaje
yaml-tab = hay un carácter que YAML no acepta aquí, seguramente un tabulador
yaml-tab-hint = YAML no acepta tabuladores; usa espacios para las sangrías
yaml-unknown-field = { $at }el campo «{ $field }» no existe; los campos que faro conoce son: { $allowed }
yaml-unknown-field-hint = revisa cómo está escrito el campo; el mensaje dice cuáles se permiten
yaml-wrong-type = { $at }este valor no es del tipo que faro espera ({ $detail })
yaml-wrong-type-hint = revisa el tipo del valor: texto, un número, una lista (líneas que empiezan con '- ') o true/false
yaml-missing-field = { $at }falta el campo «{ $field }»
yaml-missing-field-hint = agrega el campo que falta
yaml-syntax = la sintaxis YAML no es válida aquí ({ $serde })
yaml-syntax-hint = revisa la sintaxis YAML: `campo: valor`, sangrías de dos espacios y comillas alrededor del texto que lleva ':' o '#'

## Los valores de site.yaml

config-bad-language-code = «{ $code }» no es un código de idioma BCP 47
config-bad-language-code-hint = usa un código como es, en, pt-BR, quc o mam
config-language-twice = el idioma «{ $code }» aparece dos veces
config-language-twice-hint = deja una sola entrada por idioma
config-language-no-name = el idioma «{ $code }» no tiene nombre
config-language-no-name-hint = escribe el nombre del idioma en ese mismo idioma, por ejemplo `name: Español`
config-fallback-undeclared = el idioma «{ $code }» usa «{ $fallback }» como respaldo, pero ese idioma no está declarado
config-fallback-undeclared-hint = declara ese idioma en `languages:` o quítalo de la lista de respaldo (`fallback:`)
config-bad-brotli-quality = brotli_quality vale { $quality }, pero faro comprime con calidades de 5 a 11
config-bad-brotli-quality-hint = usa 11 (el valor normal: los archivos más pequeños), 10 (construye desde una caché vacía en más o menos la mitad del tiempo, con archivos un 3 % más grandes) o 5 (en más o menos un tercio del tiempo, con archivos un 9 % más grandes: para vistas previas)
config-no-languages = no hay ningún idioma declarado
config-no-languages-hint = agrega una lista `languages:` con al menos el idioma principal
config-default-language-undeclared = el idioma principal «{ $code }» no está declarado
config-default-language-undeclared-hint = agrégalo en `languages:`
config-no-default-title = el sitio no tiene título en el idioma principal
config-no-default-title-hint = agrega `{ $code }: …` en `title:`
config-title-undeclared-language = hay un título para «{ $code }», pero ese idioma no está declarado
config-title-undeclared-language-hint = declara el idioma o borra su título
config-check-complete-undeclared = `check: complete` incluye «{ $code }», pero ese idioma no está declarado
config-check-complete-undeclared-hint = pon solo códigos declarados en `languages:`, por ejemplo `complete: [es, en]`, o declara el idioma
config-bad-emergency = el número de emergencias «{ $number }» no es un número corto de solo dígitos
config-bad-emergency-hint = escribe el número que alguien marca en una emergencia, por ejemplo "911"
config-bad-quick-exit = quick_exit_url «{ $url }» no es una dirección https
config-bad-quick-exit-hint = escribe la dirección completa de un sitio neutral, por ejemplo https://www.google.com/search?q=clima
config-bad-limit = `limits: { $key }` vale { $mb }; un límite es un número de megabytes mayor que 0
config-bad-limit-hint = escribe el tamaño del archivo más grande de ese tipo que piensas publicar, por ejemplo `image_mb: 5`, o borra la línea para usar el valor normal
config-base-url = base_url «{ $url }» no es una dirección http(s)
config-base-url-hint = escribe la dirección completa, por ejemplo https://example.org/, o borra la línea
config-bad-phone = el número { $key ->
        [whatsapp] de WhatsApp
       *[other] de teléfono
    } «{ $number }» no está en formato internacional
config-bad-phone-hint = escríbelo con el código del país, por ejemplo "+52 55 7100 1542"

## Las páginas y su cabecera (front matter)

slug-slash = tiene una barra; un slug es una sola parte de la dirección
slug-dot = empieza con un punto o con un guion
slug-unsafe = tiene caracteres que no son seguros en una dirección web (usa letras, números y guiones)
slug-capitals = tiene mayúsculas
page-reviewed-renamed = `reviewed:` ahora son dos campos: `updated:` y `legal_review:`
page-reviewed-renamed-hint = escribe `updated: AAAA-MM-DD` con el día en que revisaste la página contra sus fuentes; agrega `legal_review: {"{"}by: Nombre, date: AAAA-MM-DD{"}"}` solo cuando una persona con nombre la revisó
page-empty-title = el título de la página está vacío
page-empty-title-hint = escribe el título después de `title:`
page-bad-slug = el slug «{ $slug }» { $why }
page-bad-slug-hint = un slug es una sola parte de la dirección: minúsculas, números y guiones, por ejemplo `tus-derechos`
page-bad-file-name = el nombre de archivo o carpeta «{ $name }» se vuelve la dirección de esta página, y { $why }
page-bad-file-name-hint = cámbiale el nombre usando minúsculas, números y guiones (por ejemplo `asilo.md`), o pon `slug:` en la cabecera
page-no-front-matter = la página no tiene cabecera (front matter)
page-no-front-matter-hint = empieza el archivo con una línea `---`, luego `title: …` y luego otra línea `---`
page-unclosed-front-matter = la cabecera (front matter) nunca se cierra
page-unclosed-front-matter-hint = agrega una línea que solo diga `---` después de la última línea de la cabecera

## La ayuda de la línea de comandos (`faro --help`, `faro build --help`).

cli = Construye un sitio en varios idiomas, en lenguaje sencillo y tan ligero que se abre bien en teléfonos baratos
cli-usage = Uso
cli-commands = Comandos
cli-options = Opciones
cli-arguments = Argumentos
cli-help = Muestra esta ayuda
cli-version = Muestra la versión
cli-lang = El idioma de los mensajes de faro: `es` o `en` [si no lo pones: $FARO_LANG, si no, el del sistema]
cli-build = Construye el sitio en public/ (solo se reemplaza cuando toda la construcción sale bien)
cli-build-root = La carpeta del sitio, donde está site.yaml
cli-build-out = Dónde guardar el sitio [si no lo pones: <root>/public]
cli-build-drafts = Incluye las páginas marcadas con `draft: true`
cli-build-timings = Muestra cuánto tardó cada etapa de la construcción
cli-check = Revisa el sitio sin escribir nada: enlaces y páginas rotos, textos difíciles de leer, oraciones largas, revisiones vencidas y traducciones que necesitan trabajo
cli-check-root = La carpeta del sitio, donde está site.yaml
cli-check-strict = Falla también con avisos, no solo con errores
cli-check-format = `text` para personas, `json` para otros programas
cli-status = Muestra qué páginas están traducidas, desactualizadas, en borrador o sin traducir en cada idioma
cli-status-root = La carpeta del sitio, donde está site.yaml
cli-status-html = Guarda además un reporte a colores de una página en este archivo
cli-serve = Construye el sitio y lo muestra en http://127.0.0.1:1111; vuelve a construir lo que cambias y recarga el navegador mientras escribes
cli-serve-root = La carpeta del sitio, donde está site.yaml
cli-serve-out = Dónde construir [si no lo pones: <root>/.faro-cache/serve; nunca public/]
cli-serve-drafts = Incluye las páginas marcadas con `draft: true`
cli-serve-bind = La dirección en la que escucha; cualquiera que no sea la de este equipo deja que otras computadoras lean el sitio
cli-serve-port = El puerto en el que escucha (0: cualquier puerto libre)
cli-po = Las páginas como archivos PO para las herramientas de traducción (Weblate, Pontoon, Poedit, Crowdin), y las traducciones de vuelta a páginas
cli-po-export = Escribe un archivo PO por página para un idioma: su español y la traducción si ya existe, marcada por revisar (fuzzy) donde el español cambió desde entonces
cli-po-export-lang = El idioma al que se traduce, por ejemplo `fr`
cli-po-export-root = La carpeta del sitio, donde está site.yaml
cli-po-export-out = Dónde guardar los archivos [si no lo pones: <root>/po/<lang>]
cli-po-export-force = Reemplaza los archivos PO aunque tengan traducciones que todavía no se importan
cli-po-import = Escribe las páginas traducidas de los archivos PO (una página se escribe cuando todas sus entradas están traducidas y ninguna está por revisar)
cli-po-import-files = Los archivos PO, tal como los escribió `faro po export`
cli-po-import-root = La carpeta del sitio, donde está site.yaml
cli-po-import-force = Sobrescribe las páginas que cambiaron después de exportar su archivo PO
cli-edit = Abre el editor en el navegador (Decap CMS) con los archivos de este sitio, en http://127.0.0.1:1112; cada vez que guardas, se revisa como lo haría `faro build`
cli-edit-root = La carpeta del sitio, donde está site.yaml
cli-edit-port = El puerto en el que escucha (0: cualquier puerto libre); siempre solo en esta computadora
cli-edit-bundle = El JavaScript del editor [si no lo pones: <root>/editor/node_modules/decap-cms/dist]
cli-zim = Escribe un archivo ZIM por idioma para los lectores de Kiwix, las redes Kiwix e Internet-in-a-Box (necesita zimwriterfs de openZIM: `apt-get install zim-tools`)
cli-zim-root = La carpeta del sitio, donde está site.yaml
cli-zim-out = Dónde guardar los archivos [si no lo pones: <root>/zim]
cli-new = Empieza una página (o la traducción de una página en español) con su cabecera ya llenada
cli-new-lang = El idioma de la página, por ejemplo `es` o `fr`
cli-new-path = La ruta de la página dentro de la carpeta del idioma, por ejemplo `asilo.md` o `derechos/asilo.md`
cli-new-root = La carpeta del sitio, donde está site.yaml

## faro serve

serve-beyond-loopback = al servir en { $address }, otras computadoras de la red pueden leer el sitio, con todo y borradores; `faro serve` es para escribir. Para publicar, usa `faro build` y un servidor web de verdad.
serve-serving = El sitio se ve en { $url } (presiona Ctrl-C para detenerlo)
serve-page-not-rebuilt = faro serve: no se pudo volver a construir el sitio. Estás viendo la última versión que funcionó.
serve-rebuilt-site = Listo: todo el sitio en { $ms } ms
serve-rebuilt-files = Listo: { $written ->
        [one] 1 archivo
       *[other] { $written } archivos
    } ({ $unchanged } sin cambios) en { $ms } ms
serve-not-rebuilt = No se volvió a construir: { $errors ->
        [one] hubo 1 error
       *[other] hubo { $errors } errores
    }. Se sigue mostrando el último sitio que funcionó.

## faro new

new-unknown-language = «{ $lang }» no es un idioma de este sitio
new-unknown-language-hint = usa uno de estos: { $languages }
new-path-outside = la ruta de la página tiene que quedar dentro de la carpeta del idioma
new-path-outside-hint = escribe una ruta como `asilo.md` o `derechos/asilo.md`
new-page-exists = esta página ya existe; faro new nunca sobrescribe un archivo
new-page-exists-hint = edita la página o elige otro nombre
new-cannot-write = no se pudo guardar la página: { $error }
new-cannot-write-hint = revisa que se pueda escribir en la carpeta

## La carpeta content

config-fallback-cycle = la cadena de idiomas de respaldo da vueltas: { $chain }
config-fallback-cycle-hint = un idioma no puede tenerse a sí mismo como respaldo, ni directamente ni a través de otros
content-unreadable = no se pudo leer la carpeta content: { $error }
content-unreadable-hint = las páginas van en content/<idioma>/, por ejemplo content/es/_index.md
content-file-at-top = un archivo que está directamente en content/ no pertenece a ningún idioma
content-file-at-top-hint = muévelo a la carpeta de un idioma, como content/{ $lang }/
content-undeclared-language = content/{ $lang }/ es para un idioma que site.yaml no declara
content-undeclared-language-hint = declara `{ $lang }` en `languages:` de site.yaml, o cámbiale el nombre a la carpeta por uno de estos: { $languages }
content-empty = no hay ninguna página
content-empty-hint = escribe primero la página de inicio: content/{ $lang }/_index.md
content-nfc-nfd = este archivo y { $other } tienen el mismo nombre, pero sus letras están guardadas de dos formas distintas (Unicode NFC y NFD)
content-nfc-nfd-hint = a la vista parecen un solo archivo; copia lo que necesites de uno al otro, quédate con uno y borra el otro
content-name-not-unicode = el nombre del archivo no es Unicode válido
content-name-not-unicode-hint = cámbiale el nombre al archivo usando letras, números y guiones
no-home-page = el sitio no tiene página de inicio
no-home-page-hint = escribe content/<idioma>/_index.md con al menos un título
section-without-index = la carpeta «{ $folder }» no tiene página de sección ({ $file }) en ningún idioma
section-without-index-hint = agrega content/{ $lang }/{ $folder }{ $file } con un título para la sección

## faro check

check-no-addresses-lock = el sitio todavía no tiene addresses.lock: `faro build` lo escribe con cada dirección que publica
check-no-addresses-lock-hint = súbelo al repositorio (commit): faro mantiene funcionando cada dirección de la lista aunque una página se mueva o se borre
check-no-updated = la página no tiene fecha `updated:`
check-no-updated-hint = agrega `updated: AAAA-MM-DD`, el último día en que revisaste la página contra sus fuentes
check-no-sources = la página no dice cuáles son sus fuentes
check-no-sources-hint = pon de dónde salen sus datos en `sources:` (title, url o law, checked), o escribe `sources:` y debajo `  none: <por qué la página no necesita fuentes>`
check-no-legal-review = no hay una revisión legal registrada para esta página
check-no-legal-review-hint = cuando un abogado o una abogada la haya revisado, agrega `legal_review:` con `by:` (su nombre) y `date:`
check-draft-translation = una traducción en borrador: nadie la ha revisado todavía
check-draft-translation-hint = cuando una persona que lee los dos idiomas la haya revisado, pon `reviewed: true` y `reviewed_by: <su nombre>` en `translation:`
check-not-translated-complete = no está traducida al { $language }, y `check: complete` de site.yaml pide que ese idioma tenga todas las páginas; los lectores ven el texto en { $shown }
check-not-translated-complete-hint = traduce { $file } al { $language }; `faro new { $code } { $id }` crea el archivo
check-not-translated = no está traducida al { $language }; los lectores ven el texto en { $shown }
check-not-translated-hint = empiézala con `faro new { $code } { $id }`

## faro edit: lo que muestra el editor cuando no puede guardar

edit-page-exists = { $file }: esta página ya existe; ábrela desde la lista para cambiarla, o escoge otro título
edit-changed-on-disk = { $file }: el archivo cambió en la computadora después de que el editor lo abrió, y guardar borraría ese cambio; vuelve a cargar la página en el editor (tu texto queda en su copia de respaldo) y guarda otra vez
edit-save-refused = Con este cambio faro no podría construir el sitio, así que no se guardó nada:
edit-sources-and-none = { $file }: la página tiene fuentes y también dice por qué no necesita ninguna (`Sin fuentes: por qué`); deja solo una de las dos
edit-listening = El editor está en { $address } (Ctrl-C para detenerlo)
edit-exported = El editor del sitio publicado está en { $folder }

## Reading the site's files: limits, symlinks, the theme, the interface strings (.ftl), trust
## (load/). Each section below belongs to one part of faro; keep a message in its part.
#
# (end of the reading section)

## Pages, links, images, SVG, templates, addresses and the output folder (render/, resolve/,
## write/, build/).
#
link-empty = este enlace no tiene dirección, así que no lleva a ningún lado
link-empty-hint = escribe la dirección entre los paréntesis: `[texto](pagina.md)`
link-scheme = el enlace «{ $dest }» empieza con `{ $scheme }:`, un tipo de enlace que faro no publica
link-scheme-hint = un enlace puede ser la ruta de un archivo .md, relativa a esta página, o empezar con https:, mailto: o tel:
link-absolute = el enlace «{ $dest }» empieza con `/`; dejaría de funcionar cuando el sitio se abra desde una carpeta
link-absolute-hint = escribe el enlace como una ruta relativa a este archivo, por ejemplo `asilo.md` o `../derechos.md`
link-backslash = el enlace «{ $dest }» usa una barra invertida (\)
link-backslash-hint = separa las carpetas con una barra normal (/): `derechos/asilo.md`
link-refused = el enlace «{ $dest }» lleva a { $file }, que no se puede publicar: { $why }
link-refused-hint = corrige { $file } como dice su propio error, o quita el enlace
link-outside-content = el enlace «{ $dest }» sale de la carpeta { $folder }/
link-outside-content-hint = para enlazar otra página, usa el nombre de su archivo .md, relativo a este archivo, por ejemplo `[asilo](asilo.md)`
link-no-such-page = el enlace «{ $dest }» lleva a { $page }, una página que no existe en ningún idioma
link-no-such-page-hint = para enlazar otra página, usa el nombre de su archivo .md, relativo a este archivo, por ejemplo `[asilo](asilo.md)`
link-no-such-file = el enlace «{ $dest }» lleva a { $file }, que no existe
link-no-such-file-hint = para enlazar otra página, usa el nombre de su archivo .md, relativo a este archivo, por ejemplo `[asilo](asilo.md)`
image-format-not-published = «{ $dest }» se muestra como imagen, pero no está en un formato de imagen que el sitio publique
# La lista de formatos va escrita aquí, en español, en lugar de $formats (que está en inglés).
image-format-not-published-hint = guárdala como png, jpg, gif, webp o svg, o enlázala como archivo: `[texto]({ $dest })`
image-heavy = la imagen { $dest } pesa { $kb } KB; los lectores pagan por cada kilobyte
image-heavy-hint = hazla de menos de 50 KB: con menos pixeles (600 px de ancho bastan en un teléfono), o usa SVG para los dibujos
image-over-booklet-budget = la imagen { $dest } pesa { $kb } KB: en la guía imprimible, donde las imágenes van dentro del archivo, ella sola pasa el límite de la guía, que es de { $budget } KB
image-over-booklet-budget-hint = haz la imagen más pequeña (600 px de ancho bastan en un teléfono), o deja la página fuera de la guía con `booklet: false`
raw-html-denied = hay HTML dentro del Markdown de la página, y este sitio no lo permite (`raw_html: deny` en site.yaml)
raw-html-denied-hint = escríbelo en Markdown (títulos con ##, listas con -, enlaces con [texto](pagina.md))
raw-html-external = el HTML de la página cargaría { $url } desde otro sitio
raw-html-external-hint = los teléfonos de los lectores no deben conectarse a otros sitios: quítalo, o pon el archivo junto a la página y enlázalo con una ruta relativa
audio-refused = `audio: { $audio }` nombra { $file }, que no se puede publicar: { $why }
audio-refused-hint = corrige { $file } como dice su propio error, o borra la línea
audio-is-page = `audio: { $audio }` nombra una página, no una grabación
audio-is-page-hint = pon la grabación junto a la página y escribe el nombre de su archivo después de `audio:`, o borra la línea
audio-missing = la grabación «{ $audio }» no está junto a esta página
audio-missing-hint = pon la grabación junto a la página y escribe el nombre de su archivo después de `audio:`, o borra la línea
template-no-page = el tema no tiene { $template }
template-no-page-hint = todo tema necesita templates/page.html; cópialo de themes/default
template-no-booklet = el tema no tiene { $template }
template-no-booklet-hint = agrega templates/booklet.html, la guía imprimible con todas las páginas; cópialo de themes/default
template-no-404 = el tema no tiene { $template }
template-no-404-hint = agrega templates/404.html, la página que ve un lector en una dirección que no existe; cópialo de themes/default
template-no-redirect = el tema no tiene { $template }, y el sitio tiene direcciones antiguas que deben seguir funcionando
template-no-redirect-hint = agrega templates/redirect.html, la página que queda en una dirección de la que se movió una página; cópialo de themes/default
# Lo que dice Tera ($detail) queda en inglés; solo se traduce la frase que lo rodea.
template-missing-parent = plantilla: `extends` nombra «{ $parent }», que no existe
template-missing-parent-hint = revisa el nombre en {"{"}% extends %{"}"}; cada plantilla se nombra por su ruta dentro de templates/
template-string-missing = plantilla: { $detail }
template-string-missing-hint = agrega el mensaje al archivo translations/<idioma>.ftl del idioma principal, como `clave = texto`
template-unknown-filter = plantilla: { $detail }
template-unknown-filter-hint = revisa el nombre del filtro; algunos filtros de Tera son safe, length, lower, upper, default y join
template-unknown-function = plantilla: { $detail }
template-unknown-function-hint = las plantillas de faro tienen las funciones t(key=…) para los textos de la interfaz y url(path=…) para los enlaces
template-undefined = plantilla: { $detail }
template-undefined-hint = revisa cómo está escrito; puedes usar page.title, page.content, lang.code, site.title, contacts.phone, nav y translations, y las plantillas que se incluyen tienen que existir en templates/
template-error = plantilla: { $detail }
template-error-hint = consulta la documentación de Tera para ver cómo se escriben las plantillas: {"{{"} value {"}}"}, {"{"}% if %{"}"}…{"{"}% endif %{"}"}, {"{"}% for %{"}"}…{"{"}% endfor %{"}"}
# Va dentro del error de Tera, cuando una plantilla pide un texto de la interfaz que no tiene ningún idioma.
template-string-missing-detail = el texto de la interfaz `{ $key }` no está en ningún idioma; agrégalo a translations/{ $lang }.ftl
page-same-address = en { $language }, esta página y { $other } tienen la misma dirección: { $address }
page-same-address-hint = dale a una de las dos otro `slug:` en su cabecera (front matter)
lock-address-taken = la dirección { $address } era la de { $page } ({ $language }), que todavía existe, y ahora es la de { $file }: quien la haya guardado llegaría a otra página
lock-address-taken-hint = dale a { $file } otro `slug:`; o, si quien abra { $address } debe llegar ahora a esa página, borra esta línea a propósito
lock-address-two-pages = la dirección antigua { $address } era de { $first } y de { $other }, y las dos todavía existen: faro no puede saber a cuál debe llevar
lock-address-two-pages-hint = borra a propósito la línea de la página a la que no debe llevar la dirección
lock-not-saved = el sitio se publicó, pero no se pudieron guardar sus direcciones: { $error }
lock-not-saved-hint = revisa que se pueda escribir en la carpeta del sitio y vuelve a construirlo: mientras addresses.lock no las tenga, una dirección que publicó esta construcción no se mantiene funcionando si cambia
out-site-unreadable = no se pudo abrir la carpeta del sitio { $folder }: { $error }
out-site-unreadable-hint = revisa --root
out-is-site = la carpeta de salida es la carpeta del sitio o la contiene; construir ahí reemplazaría el sitio mismo
out-is-site-hint = usa una carpeta de salida dentro del sitio, como `public` (la que se usa si no pones otra)
out-parent-not-made = no se pudo crear la carpeta donde va la salida: { $error }
out-parent-not-made-hint = revisa --out y los permisos
out-parent-unreadable = no se pudo abrir la carpeta donde va la salida: { $error }
out-parent-unreadable-hint = revisa --out
out-in-sources = la carpeta de salida reemplazaría a { $folder }/, que escriben personas, o quedaría dentro de ella
out-in-sources-hint = usa una carpeta de salida aparte, como `public` (la que se usa si no pones otra)
out-is-file = la ruta de salida es un archivo, no una carpeta
out-is-file-hint = elige otro --out, o mueve el archivo a otro lado
out-not-made-by-faro = la carpeta de salida no está vacía y no la hizo faro; faro no la va a reemplazar
out-not-made-by-faro-hint = elige otro --out, o vacía tú la carpeta si no necesitas nada de lo que tiene
out-staging-not-made = no se pudo crear la carpeta temporal { $folder }: { $error }
out-staging-not-made-hint = revisa que se pueda escribir en la carpeta donde va la salida
# Por qué no se pudo copiar un archivo al sitio (va después de "no se pudo copiar este archivo: ").
out-file-grew = creció después de que se revisó, mientras se construía el sitio
out-cannot-copy = no se pudo copiar este archivo: { $error }
out-cannot-copy-hint = revisa que se pueda leer
out-cannot-write = no se pudo escribir: { $error }
out-cannot-write-hint = revisa que haya espacio libre en el disco y los permisos
out-not-placed = no se pudo poner el sitio nuevo en su lugar: { $error }
out-not-placed-hint = revisa que se pueda escribir en la carpeta de salida; el sitio anterior no cambió
out-not-placed-served = no se pudo poner el sitio nuevo en su lugar: { $error }
out-not-placed-served-hint = revisa que se pueda escribir en la carpeta; se sigue mostrando el sitio anterior
out-library-not-placed = no se pudieron poner en su lugar las páginas de la biblioteca sin conexión: { $error }
out-library-not-placed-hint = revisa que se pueda escribir en la carpeta del sitio
page-external-resource = la página { $file } cargaría { $url } desde otro sitio
page-external-resource-hint = los teléfonos de los lectores no deben conectarse a otros sitios: pon el archivo junto a la página o en la carpeta static/ del tema, y enlázalo con una ruta relativa
# $how: `raw` cuando la página se mide antes de comprimirla, `brotli` después.
page-over-budget = la página { $file } pesa { $kb } KB { $how ->
        [raw] sin comprimir
       *[brotli] comprimida con brotli
    }, y su límite es de { $limit } KB ya comprimida
page-over-budget-hint = los lectores pagan por cada kilobyte: acorta la página o divídela en dos; el límite está en `budgets: page_kb` de site.yaml
redirect-over-budget = la página { $file } pesa { $kb } KB { $how ->
        [raw] sin comprimir
       *[brotli] comprimida con brotli
    }, y su límite es de { $limit } KB ya comprimida
redirect-over-budget-hint = la página que queda en una dirección antigua la hace redirect.html del tema: hazla más pequeña; el límite está en `budgets: page_kb` de site.yaml
booklet-over-budget = la guía imprimible { $file } pesa { $kb } KB { $how ->
        [raw] sin comprimir
       *[brotli] comprimida con brotli
    }, y su límite es de { $limit } KB ya comprimida
booklet-over-budget-hint = deja algunas páginas fuera de la guía con `booklet: false`, o acórtalas; el límite está en `budgets: booklet_kb` de site.yaml
booklet-no-qr-codes = las guías imprimibles no tienen códigos QR porque no está puesta la dirección del sitio
booklet-no-qr-codes-hint = pon en `base_url:` la dirección donde se publica el sitio, o `booklet: {"{"}qr_codes: false{"}"}` mientras no se sepa
# (end of the rendering section)

## faro check's other notes, faro serve and faro edit's problems (check/, serve/, editor/).
#
# (end of the check, serve and edit section)

## PO files and ZIM files (po/, zim/).
#
# (end of the po and zim section)
