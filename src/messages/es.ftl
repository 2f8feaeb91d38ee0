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
# (end of the rendering section)

## faro check's other notes, faro serve and faro edit's problems (check/, serve/, editor/).
#
# faro check: los textos de la interfaz (translations/*.ftl)
check-strings-no-file-with-pages = el { $language } tiene páginas propias, pero no tiene textos de la interfaz: los menús y botones de esas páginas salen en { $shown }
check-strings-no-file-with-pages-hint = traduce translations/{ $default }.ftl y guárdalo como { $file }
check-strings-no-file = el { $language } no tiene textos de la interfaz; sus lectores los ven en el siguiente idioma de su cadena de respaldo
check-strings-no-file-hint = traduce translations/{ $default }.ftl y guárdalo como { $file }
check-string-missing = falta `{ $key }` (se usa en { $template }:{ $line }); los lectores lo ven en otro idioma
check-string-missing-hint = agrega `{ $key } = …`, traducido de translations/{ $default }.ftl
check-string-unused = ninguna plantilla usa `{ $key }`
check-string-unused-hint = bórralo, o revisa que la clave esté escrita igual que en las plantillas
# faro check: enlaces, anclas y direcciones
check-anchor-missing = el enlace `{ $link }` lleva a `#{ $fragment }`, pero { $file } no tiene esa parte (en { $language })
check-anchor-missing-hint = enlaza al id de un título (se ve en la dirección de la página cuando le das clic), o dale al título un id fijo: `## Título {"{"}#id{"}"}`
check-template-link-broken = un enlace que escribe una plantilla, `{ $link }`, lleva { $kind ->
        [above] más arriba de la raíz del sitio, fuera del sitio
        [id] a `#{ $fragment }`, un id que { $target } no tiene
       *[missing] a { $target }, que no existe en el sitio
    } ({ $count ->
        [one] en { $first }
       *[other] en { $count } páginas; la primera es { $first }
    })
check-template-link-broken-hint = los enlaces de las páginas se revisan donde están escritos; este viene del tema: corrígelo en sus plantillas
check-page-unreachable = ningún enlace del sitio lleva a { $path } ({ $language }): los lectores no la van a encontrar
check-page-unreachable-hint = dale un lugar en el menú: ponla en una carpeta de sección cuyo _index.md tenga enlaces que lleguen a ella, y revisa que `order` no la esconda
check-address-changes = en { $language }, la dirección de esta página cambiaría de { $old } a { $new }: a quien guardó la anterior se le mandará a la nueva
check-address-changes-hint = si eso es lo que quieres, corre `faro build` y sube addresses.lock al repositorio (commit) con este cambio; para conservar la dirección anterior, dale a la página (en { $language }) el slug que tenía
check-address-gone = la página { $page } ({ $language }) ya no existiría: a quien guardó { $address } se le mandará a la página de inicio
check-address-gone-hint = si borraste la página a propósito, corre `faro build` y sube addresses.lock al repositorio (commit); si le cambiaste el nombre, su dirección anterior lleva a la página de inicio, a menos que el archivo nuevo conserve su slug
# faro check: lenguaje sencillo
check-hard-to-read = la página es difícil de leer: { $formula } { $score }, menos de { $floor }
check-hard-to-read-hint = usa oraciones más cortas y palabras de todos los días; docs/plain-language.md explica la medida
check-formula-flesch = facilidad de lectura de Flesch
check-long-sentence = una oración de { $words } palabras (el máximo es { $max }): "{ $start }…"
check-long-sentence-hint = pártela en dos oraciones
check-hard-word = "{ $word }" está en la lista de palabras difíciles del glosario, y el glosario no la explica
check-hard-word-hint = usa una palabra de todos los días, o agrega una entrada para "{ $word }" en `terms` de { $file }
# faro check: fechas, revisiones y la cabecera (front matter) que pide site.yaml
check-updated-in-future = `updated:` dice { $date }, un día que todavía no llega
check-updated-in-future-hint = escribe el día en que revisaste la página: hoy o antes
check-review-due = la última vez que se revisó la página contra sus fuentes fue el { $date }, hace más de { $months } meses
check-review-due-hint = { $interval ->
        [page] revisa cada dato contra su fuente (las reglas pueden haber cambiado) y luego pon la fecha de hoy en `updated:`
       *[site] revisa cada dato contra su fuente y luego pon la fecha de hoy en `updated:`; con `review_every: N` puedes poner otro plazo, en meses
    }
check-legal-review-in-future = la revisión legal tiene fecha { $date }, un día que todavía no llega
check-legal-review-in-future-hint = escribe el día en que se hizo la revisión
check-required-empty = `{ $key }:` está vacío, y `check: required` de site.yaml pide que todas las páginas lo llenen
check-required-empty-hint = { $key ->
        [description] entre las líneas `---` de arriba, escribe `description:` y una oración que diga para qué es la página, como se ve en los buscadores y en las vistas previas de los enlaces; por ejemplo `description: Cómo pedir refugio en México, paso a paso.`
        [summary] entre las líneas `---` de arriba, escribe `summary:` y debajo las ideas clave de la página: de dos a cuatro oraciones cortas, cada una en su propia línea que empiece con `  - `; por ejemplo `  - Puedes pedir refugio. Es gratis.`
       *[order] entre las líneas `---` de arriba, escribe `order:` y el lugar de la página en el menú, por ejemplo `order: 3`; las páginas con números más chicos van primero
    }
check-required-missing = la página no tiene `{ $key }:`, y `check: required` de site.yaml lo pide en todas las páginas
check-required-missing-hint = { check-required-empty-hint }
# faro check: traducciones y el glosario
check-translation-no-version = la traducción no dice de qué versión de { $file } se hizo, así que faro no puede saber cuándo cambia esa página
check-translation-no-version-hint = compara las dos páginas; cuando digan lo mismo, escribe { $section ->
        [yes] en `translation:` la línea
       *[no] `translation:` y debajo la línea
    } `  source_version: "{ $version }"`, que es la versión actual de la página en { $lang }
check-translation-stale = la página en { $lang } cambió después de que se hizo esta traducción
check-translation-stale-hint = actualiza la traducción a partir de { $file } y luego pon `source_version: "{ $version }"`, que es la versión actual de la página en { $lang }
check-glossary-missing-word = al glosario le falta la palabra `{ $id }` ("{ $term }" en { $file }); `check: complete` de site.yaml pide que el { $language } tenga todas las palabras del glosario
check-glossary-missing-word-hint = agrégala en `terms:`: una línea `  - id: { $id }` y luego `term:` y `definition:` en { $language }, traducidos de { $file }
# faro serve: el servidor
serve-cannot-open-site = no se pudo abrir la carpeta del sitio: { $error }
serve-cannot-open-site-hint = indica con --root la carpeta donde está site.yaml
serve-bad-out = no se puede usar esta carpeta para el sitio que se muestra: { $error }
serve-bad-out-hint = indica otra carpeta con --out, o no pongas --out
serve-cannot-listen = no se pudo escuchar en esta dirección: { $error }
serve-cannot-listen-hint = puede que otro programa esté usando el puerto: prueba otro con --port
serve-cannot-watch-site = no se pueden vigilar los cambios en los archivos del sitio: { $error }
serve-cannot-watch-site-hint = puede que el sistema ya esté vigilando demasiados archivos: cierra otros programas que vigilen archivos, o sube fs.inotify.max_user_watches
serve-cannot-watch = no se pueden vigilar los cambios aquí: { $error }
serve-cannot-watch-hint = revisa que se pueda leer; también puede que el sistema ya esté vigilando demasiados archivos (fs.inotify.max_user_watches)
serve-failed = { $step ->
        [socket] no se pudo usar la conexión de red (socket)
        [thread] no se pudo iniciar la tarea que vuelve a construir el sitio
        [start] no se pudo iniciar el servidor
       *[stopped] el servidor se detuvo
    }: { $error }
serve-failed-hint = vuelve a correr `faro serve`; si pasa otra vez, repórtalo con este mensaje
serve-not-found = No se encontró esta página
serve-cannot-read-page = no se pudo leer la página
serve-too-many-connections = hay demasiadas páginas abiertas esperando recargarse
# faro edit: al abrir el editor
edit-cannot-open-site = no se pudo abrir la carpeta del sitio: { $error }
edit-cannot-open-site-hint = indica con --root la carpeta donde está site.yaml
edit-not-installed = el JavaScript del editor no está instalado
edit-not-installed-hint = corre `npm ci` en la carpeta editor/ (README: "Editing in the browser"), o indica su carpeta dist/ con --bundle
edit-cannot-read-config = no se pudo leer site.yaml
edit-cannot-read-config-hint = corre faro check
edit-cannot-listen = no se pudo escuchar en esta dirección: { $error }
edit-cannot-listen-hint = puede que otro programa esté usando el puerto: prueba otro con --port
edit-failed = { $step ->
        [socket] no se pudo usar la conexión de red (socket)
        [start] no se pudo iniciar el servidor
       *[stopped] el servidor se detuvo
    }: { $error }
edit-failed-hint = vuelve a correr `faro edit`; si pasa otra vez, repórtalo con este mensaje
# faro edit --export: el editor del sitio publicado
edit-export-not-installed = el JavaScript del editor no está instalado
edit-export-not-installed-hint = corre `npm ci` en la carpeta editor/ (README: "Editing in the browser"), o indica con --bundle la carpeta dist/ de Decap
edit-export-inside-site = el editor no puede ir dentro del sitio
edit-export-inside-site-hint = las páginas que leen los niños nunca llevan el editor: indica una carpeta fuera de public/ y de content/, por ejemplo --export editor-site
edit-export-folder-not-empty = esta carpeta tiene otros archivos, y exportar el editor los reemplazaría
edit-export-folder-not-empty-hint = indica una carpeta vacía, o la carpeta de una exportación anterior
edit-export-no-stylesheet = el tema no tiene hoja de estilos para la vista previa del editor
edit-export-no-stylesheet-hint = la vista previa dibuja las páginas con static/style.css del tema
edit-export-cannot-write = no se pudieron guardar los archivos del editor: { $error }
edit-export-cannot-write-hint = revisa que se pueda escribir en la carpeta
edit-export-no-backend = falta `editor: backend:`: el editor no sabe dónde guardar
edit-export-no-backend-hint = agrega una sección `editor:` con `backend: github` o `backend: gitlab` y el `repo:` del sitio (README: "The published site's editor")
edit-export-unknown-backend = `editor: backend: { $name }` no es un servicio de git que el editor conozca
edit-export-unknown-backend-hint = escribe uno de estos: { $hosts }
edit-export-missing-setting = falta `editor: { $key }:` para `backend: { $backend }`
edit-export-missing-setting-hint = { $setting ->
        [github-repo] el repositorio del sitio en GitHub, por ejemplo `repo: kind-mexico/sitio`
        [github-auth] la dirección del servicio para entrar con GitHub (un cliente OAuth que maneja la organización); README: "The published site's editor"
        [gitlab-repo] el proyecto del sitio en GitLab, por ejemplo `repo: kind-mexico/sitio`
       *[gitlab-app] el id de la aplicación de GitLab con la que entra el equipo (en GitLab: Preferences → Applications); README: "The published site's editor"
    }
edit-export-not-https = `editor: { $key }: { $value }` no es una dirección https
edit-export-not-https-hint = para entrar solo se usa https, por ejemplo `https://auth.example.org`
# faro edit: lo que muestra el editor cuando no se puede guardar
edit-file-name-not-plain = «{ $name }» en `{ $path }` no es un nombre de archivo sencillo (usa solo letras, números, `-`, `_` y `.`)
edit-no-rename = { $file }: faro edit no le cambia el nombre a las páginas (el nombre del archivo es su id en todos los idiomas, y de él sale su dirección); cámbiale el nombre al archivo en content/ y corre faro build
edit-cannot-read-file = { $file }: no se pudo leer el archivo: { $error }
edit-cannot-write-file = { $file }: no se pudo guardar el archivo: { $error }; revisa que se pueda escribir en la carpeta
edit-cannot-copy-site = no se pudo copiar el sitio en .faro-cache/editor/ para revisar lo que guardas: { $error }; revisa que se pueda escribir en la carpeta
edit-cannot-check-save = no se pudo revisar lo que guardas: { $file }: { $error }
edit-save-stopped = no se terminó de guardar: { $error }
# (end of the check, serve and edit section)

## PO files and ZIM files (po/, zim/).
#
# (end of the po and zim section)
