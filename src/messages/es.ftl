# Los mensajes de faro en español (de México, de tú). Cada mensaje está también en en.ftl (una
# prueba lo revisa). Los argumentos ({ $file }, { $field }, …) son rutas de archivos, nombres de
# campos y valores: no se traducen.

## Etiquetas de las líneas de un diagnóstico

label-error = error
label-warning = aviso
label-note = nota
label-hint = sugerencia

## Los resúmenes de la línea de comandos

build-done = Listo: { $pages ->
        [one] 1 página
       *[other] { $pages } páginas
    } en { $languages ->
        [one] 1 idioma
       *[other] { $languages } idiomas
    } en { $ms } ms{ $weight }
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
po-exported = Creé { $files ->
        [one] 1 archivo PO
       *[other] { $files } archivos PO
    } para { $lang } en { $folder }: { $entries ->
        [one] 1 entrada
       *[other] { $entries } entradas
    }, { $translated ->
        [one] 1 traducida
       *[other] { $translated } traducidas
    } ({ $fuzzy } de ellas por revisar)
po-imported = Guardé { $written ->
        [one] 1 página
       *[other] { $written } páginas
    }; { $unchanged } sin cambios y { $incomplete } se { $incomplete ->
        [one] quedó como estaba
       *[other] quedaron como estaban
    }
zim-failed = No se escribió ningún archivo ZIM para los idiomas que tuvieron un problema.
zim-built = Páginas de { $languages ->
        [one] 1 idioma
       *[other] { $languages } idiomas
    } listas en { $ms } ms
zim-file = { $lang }: { $file } ({ $pages ->
        [one] 1 página
       *[other] { $pages } páginas
    }, { $kb } KB) en { $ms } ms

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
status-review-summary = revisión legal: { $done } de { $needed } páginas que dan datos ({ $none ->
        [one] 1 no tiene ninguna
       *[other] { $none } no tienen ninguna
    })
status-interface-strings = textos de la interfaz ({ $folder }/):
status-strings-no-file = no hay archivo; los lectores ven los textos de los idiomas de respaldo
status-strings-none-stale = ninguno desactualizado
status-strings-stale = { $count ->
        [one] 1 desactualizado
       *[other] { $count } desactualizados
    } ({ $keys })
status-strings-stale-unknown = no se sabe si hay desactualizados (el archivo no está en el historial de git)
status-strings-none-missing = no falta ninguno
status-strings-missing = { $count ->
        [one] falta 1
       *[other] faltan { $count }
    } ({ $keys })
status-html-title = Estado de las traducciones
status-html-legend = Verde: traducida y revisada. Amarillo: un borrador que nadie ha revisado. Naranja: el español cambió después de que se tradujo. Rojo: sin traducir; los lectores ven otro idioma. Revisión legal: quién revisó el contenido legal de la página y cuándo; «ninguna» quiere decir que no hay una revisión registrada.
status-html-by-language = Por idioma
status-html-interface-strings = Textos de la interfaz

## Diagnósticos de todas las etapas

file-not-utf8 = el archivo no está guardado como texto UTF-8
file-not-utf8-hint = guarda el archivo como UTF-8 en tu editor («Guardar con codificación» → UTF-8)

## Lo que dice el sistema de un archivo o de una conexión (un caso raro conserva las palabras del sistema)

io-not-found = no existe ese archivo o esa carpeta
io-permission-denied = no hay permiso: este usuario no puede abrirlo
io-already-exists = ya existe
io-is-a-folder = es una carpeta, no un archivo
io-not-a-folder = una parte de la ruta es un archivo, no una carpeta
io-folder-not-empty = la carpeta no está vacía
io-disk-full = el disco está lleno
io-read-only = el disco es de solo lectura
io-address-in-use = la dirección está ocupada: otro programa (u otro faro) ya la está usando
io-address-not-available = esta computadora no tiene esa dirección

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
cli-usage-options = [OPCIONES]
cli-usage-command = COMANDO
cli-default = [si no lo pones: { $value }]
cli-possible-values = [valores posibles: { $values }]
cli-error-unknown-argument = faro no esperaba «{ $arg }» aquí
cli-error-unknown-command = «{ $command }» no es un comando de faro
cli-error-no-value = «{ $arg }» necesita un valor, y no le diste ninguno
cli-error-invalid-value = «{ $value }» no es un valor válido para «{ $arg }»
cli-error-missing-arguments = faltan estos argumentos:
cli-error-missing-command = después de «{ $command }» falta un comando
cli-error-repeated = «{ $arg }» se puede poner una sola vez
cli-error-conflict = «{ $arg }» no se puede usar junto con { $other }
cli-error-no-equals = escribe el valor de «{ $arg }» después de un signo =
cli-error-extra-value = sobra el valor «{ $value }» para «{ $arg }»
cli-error-not-utf8 = uno de los argumentos no es texto UTF-8
cli-error-unknown = faro no pudo leer el comando
cli-error-similar = hay uno parecido: «{ $similar }»
cli-error-try-help = Para saber más, escribe «--help».
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
cli-serve-bind = La dirección en la que escucha; cualquiera que no sea la de esta computadora deja que otras computadoras lean el sitio
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
cli-zim = Escribe un archivo ZIM por idioma para las aplicaciones de Kiwix, las redes Kiwix e Internet-in-a-Box (necesita zimwriterfs de openZIM: `apt-get install zim-tools`)
cli-zim-root = La carpeta del sitio, donde está site.yaml
cli-zim-out = Dónde guardar los archivos [si no lo pones: <root>/zim]
cli-new = Empieza una página (o la traducción de una página en español) con su cabecera ya llena
cli-new-lang = El idioma de la página, por ejemplo `es` o `fr`
cli-new-path = La ruta de la página dentro de la carpeta del idioma, por ejemplo `asilo.md` o `derechos/asilo.md`
cli-new-root = La carpeta del sitio, donde está site.yaml

## faro serve

serve-beyond-loopback = si el sitio se muestra en { $address }, otras computadoras de la red pueden leerlo, con todo y borradores; `faro serve` es para escribir. Para publicar, usa `faro build` y un servidor web de verdad.
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
new-page-exists = esta página ya existe; `faro new` nunca sobrescribe un archivo
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
check-not-translated-complete = no está traducida a { $language }, y `check: complete` de site.yaml pide que ese idioma tenga todas las páginas; los lectores ven el texto en { $shown }
check-not-translated-complete-hint = traduce { $file } a { $language }; `faro new { $code } { $id }` crea el archivo
check-not-translated = no está traducida a { $language }; los lectores ven el texto en { $shown }
check-not-translated-hint = empiézala con `faro new { $code } { $id }`

## faro edit: lo que muestra el editor cuando no puede guardar

edit-page-exists = { $file }: esta página ya existe; ábrela desde la lista para cambiarla, o elige otro título
edit-changed-on-disk = { $file }: el archivo cambió en la computadora después de que el editor lo abrió, y guardar borraría ese cambio; vuelve a cargar la página en el editor (tu texto queda en su copia de respaldo) y guarda otra vez
edit-save-refused = Con este cambio faro no podría construir el sitio, así que no se guardó nada:
edit-sources-and-none = { $file }: la página tiene fuentes y también dice por qué no necesita ninguna (`Sin fuentes: por qué`); deja solo una de las dos
edit-listening = El editor está en { $address } (presiona Ctrl-C para detenerlo)
edit-exported = El editor del sitio publicado está en { $folder }

## Reading the site's files: limits, symlinks, the theme, the interface strings (.ftl), trust
## (load/). Each section below belongs to one part of faro; keep a message in its part.
#
symlink-outside = un enlace simbólico que lleva fuera de la carpeta del sitio, a { $target }
symlink-outside-hint = faro solo publica lo que está dentro de la carpeta del sitio y no lee nada a través de este enlace: pon en el sitio una copia del archivo en lugar de un enlace, o borra el enlace
symlink-loop = no se pudo leer: las carpetas forman un ciclo: el enlace lleva a { $folder }/, una carpeta que lo contiene
symlink-loop-hint = un enlace simbólico apunta de regreso a una carpeta que lo contiene; borra el enlace
folder-unreadable = no se pudo leer: { $error }
folder-unreadable-hint = revisa que el archivo exista y que se pueda leer
file-not-regular = esto no es un archivo normal
file-not-regular-hint = faro solo lee archivos; saca del sitio la carpeta, el dispositivo o la tubería (pipe)
file-document = un archivo .{ $ext } es un documento que el navegador ejecuta, y faro lo publicaría tal cual, sin las revisiones ni la Content-Security-Policy que tienen sus propias páginas
file-document-hint = escribe la página en Markdown (un archivo .md) para que faro la construya, o publica el archivo en otro lugar y pon un enlace a él
file-grew-past-limit = creció a más de { $max } mientras se construía el sitio
config-too-big = site.yaml pesa { $size }; site.yaml puede pesar como máximo { $max }
config-too-big-hint = site.yaml solo guarda la configuración; borra lo que se pegó ahí por error
page-too-big = la página pesa { $size }; una página puede pesar como máximo { $max }
page-too-big-hint = divídela en páginas más cortas; si el texto se pegó por error, bórralo. El límite es `limits: page_mb` en site.yaml
image-too-big = la imagen pesa { $size }; una imagen puede pesar como máximo { $max }
image-too-big-hint = hazla más pequeña: 600 px de ancho bastan en un teléfono, guardada como JPEG o WebP; un archivo tan grande quizá ni siquiera sea una imagen (puede ser un video con otro nombre). El límite es `limits: image_mb` en site.yaml
audio-too-big = la grabación pesa { $size }; una grabación puede pesar como máximo { $max }
audio-too-big-hint = guarda la grabación con una calidad más baja (64 kbit/s en mono se oye claro para voz) o divídela en partes. El límite es `limits: audio_mb` en site.yaml
file-too-big = el archivo pesa { $size }; un archivo que se copia tal cual puede pesar como máximo { $max }
file-too-big-hint = haz el archivo más pequeño, o publícalo en otro lugar y pon un enlace a él. El límite es `limits: file_mb` en site.yaml
theme-file-too-big = el archivo del tema pesa { $size }; una plantilla, hoja de estilos o script puede pesar como máximo { $max }
theme-file-too-big-hint = un archivo del tema es texto que escribe una persona; borra lo que se pegó por error. El límite es `limits: theme_mb` en site.yaml
ftl-too-big = el archivo de textos de la interfaz pesa { $size }; un archivo de textos de la interfaz puede pesar como máximo { $max }
ftl-too-big-hint = un archivo .ftl guarda los textos cortos de la interfaz; borra lo que se pegó por error. El límite es `limits: translations_mb` en site.yaml
lock-too-big = addresses.lock pesa { $size }; addresses.lock puede pesar como máximo { $max }
lock-too-big-hint = addresses.lock tiene una línea por dirección; uno tan grande no lo escribió `faro build`: recupéralo de git
config-unreadable = no se pudo leer la configuración del sitio: { $error }
config-unreadable-hint = faro necesita un site.yaml en la carpeta principal del sitio; usa --root para indicar dónde está el sitio
page-unreadable = no se pudo leer la página: { $error }
page-unreadable-hint = revisa que el archivo exista y que se pueda leer (sus permisos)
image-unreadable = no se pudo leer la imagen: { $error }
image-unreadable-hint = revisa que el archivo exista y que se pueda leer (sus permisos)
audio-unreadable = no se pudo leer la grabación: { $error }
audio-unreadable-hint = revisa que el archivo exista y que se pueda leer (sus permisos)
file-unreadable = no se pudo leer el archivo: { $error }
file-unreadable-hint = revisa que el archivo exista y que se pueda leer (sus permisos)
theme-file-unreadable = no se pudo leer el archivo del tema: { $error }
theme-file-unreadable-hint = revisa que el archivo exista y que se pueda leer (sus permisos)
ftl-unreadable = no se pudieron leer los textos de la interfaz: { $error }
ftl-unreadable-hint = revisa que el archivo exista y que se pueda leer (sus permisos)
lock-unreadable = no se pudo leer addresses.lock: { $error }
lock-unreadable-hint = revisa que el archivo exista y que se pueda leer (sus permisos)
page-nested-lists = hay listas o citas una dentro de otra en más de { $max } niveles
page-nested-lists-hint = simplifica la lista: en un teléfono, quien lee puede seguir dos o tres niveles como máximo
page-nested-elements = hay elementos uno dentro de otro en más de { $max } niveles (énfasis, enlaces, listas o etiquetas HTML)
page-nested-elements-hint = busca una marca de énfasis (* o _) o una etiqueta HTML que se abre una y otra vez y nunca se cierra
page-long-line = una línea de { $chars } caracteres; una línea puede tener como máximo { $max }
page-long-line-hint = divídela en párrafos, con una línea vacía entre ellos; si se pegó por error, bórrala
page-changed-during-build = la página cambió mientras se construía el sitio
page-changed-during-build-hint = vuelve a construir el sitio: faro lee otra vez el texto de una página al armarla, y no publica nada si cambió en ese tiempo
page-unreadable-again = no se pudo volver a leer la página mientras se construía el sitio: { $error }
page-unreadable-again-hint = revisa que todavía exista y que se pueda leer, y vuelve a construir el sitio
page-sources-empty = `sources:` es una lista vacía
page-sources-empty-hint = escribe de dónde salen los datos de la página, o escribe `none:` y la razón por la que la página no necesita fuentes
page-source-no-title = una fuente tiene el `title:` vacío
page-source-no-title-hint = escribe el nombre de la fuente como alguien la buscaría, por ejemplo `Ley sobre Refugiados, Protección Complementaria y Asilo Político`
page-source-no-address = la fuente «{ $title }» no tiene ni dirección web ni ley
page-source-no-address-hint = agrega `url: https://…` (la página que leíste) o `law: artículo N` (el artículo de la ley que nombra el título)
page-source-bad-address = la dirección de la fuente «{ $url }» no es una dirección web
page-source-bad-address-hint = escribe la dirección completa, como la muestra el navegador, empezando con https://
page-sources-none-empty = `sources: none` necesita una razón
page-sources-none-empty-hint = di por qué la página no da datos que necesiten una fuente, por ejemplo `none: Esta página solo lleva a las otras.`
page-legal-review-nobody = `legal_review:` no dice quién hizo la revisión
page-legal-review-nobody-hint = escribe en `by:` quién revisó la página; no pongas `legal_review:` hasta que una persona la haya revisado
page-review-every-zero = `review_every:` es de 0 meses
page-review-every-zero-hint = escribe cada cuántos meses hay que volver a revisar la página, por ejemplo `review_every: 3`
page-translation-reviewed-nobody = `reviewed: true` en `translation:` no dice quién revisó la traducción
page-translation-reviewed-nobody-hint = agrega `reviewed_by: Nombre`, la persona que comparó la traducción con el original; mientras nadie lo haya hecho, escribe `reviewed: false`
ftl-no-folder = no hay carpeta translations/, así que las páginas no tienen textos de la interfaz
ftl-no-folder-hint = crea translations/{ $lang }.ftl con los textos que usa el tema
ftl-undeclared-language = «{ $code }» no es un idioma declarado en site.yaml; este archivo no se usa
ftl-undeclared-language-hint = declara el idioma en site.yaml o cámbiale el nombre al archivo a <código>.ftl
ftl-unicode-escape = después de `{ $escape }` tiene que haber { $digits } dígitos hexadecimales (0-9, A-F)
ftl-unicode-escape-hint = escribe la letra tal cual en lugar de su código; para una barra invertida dentro de texto entre comillas, escribe `\\`
ftl-too-many-braces = el archivo tiene demasiadas `{"{"}` y `(` para poder leerlo
ftl-too-many-braces-hint = los textos de la interfaz necesitan unos cientos como máximo; busca texto que se haya pegado por error
ftl-syntax-error = error de sintaxis de Fluent: { $error }
ftl-syntax-error-hint = un mensaje se escribe `clave = texto`; las líneas que siguen llevan sangría; mira https://projectfluent.org/fluent/guide/
ftl-duplicate-key = el mensaje `{ $key }` está definido dos veces
ftl-duplicate-key-hint = cada clave de mensaje puede aparecer una sola vez en un archivo; borra una de las dos o cámbiale el nombre
ftl-fixed-selector = esta elección se hace sobre un texto fijo o un número, así que siempre da la misma variante
ftl-fixed-selector-hint = haz la elección sobre una variable, como en `{"{"} $count -> … {"}"}`, o deja solo el texto de la variante que quieres
ftl-placeable-in-placeable = hay llaves dentro de otras llaves, como en `{"{"} {"{"} $count {"}"} {"}"}`
ftl-placeable-in-placeable-hint = quita las llaves de adentro: `{"{"} $count {"}"}`
ftl-nested-too-deep = aquí hay elecciones, llaves y llamadas a funciones una dentro de otra en más de { $max } niveles
ftl-nested-too-deep-hint = escribe las elecciones una después de otra, o pasa parte del texto a un mensaje propio y úsalo como `{"{"} otro-mensaje {"}"}`
theme-missing = el tema «{ $name }» no existe: no hay ninguna carpeta { $folder }/{ $name }/
theme-missing-hint = pon en `theme:` de site.yaml el nombre de una carpeta que esté en { $folder }/ (por lo general `default`)
theme-script-unparsable = el script no se puede leer como JavaScript: { $error }
theme-script-unparsable-hint = los navegadores tampoco lo van a ejecutar; se pone en la página tal como está escrito
lock-bad-line = no se puede leer esta línea: { $why }
lock-bad-line-hint = addresses.lock lo escribe `faro build`: recupéralo de git (`git checkout addresses.lock`) o corrige la línea, que se escribe `<archivo de la página> <idioma> <dirección>`, por ejemplo `derechos/asilo.md fr /fr/droits/asile/`; no se publica nada mientras tanto
lock-line-extra = hay «{ $extra }» después de la dirección; ahí solo puede ir `{ $old }`
lock-line-parts = tiene { $count ->
        [one] 1 parte
       *[other] { $count } partes
    }, no 3 (página, idioma, dirección)
lock-line-not-page = «{ $page }» no es el archivo de una página dentro de la carpeta de su idioma (como `derechos/asilo.md`)
lock-line-bad-language = «{ $lang }» no es un código de idioma
lock-line-address-ends = la dirección «{ $address }» tiene que empezar con `{ $prefix }` y terminar con `/`
lock-line-empty-part = la dirección «{ $address }» tiene una parte vacía, `.` o `..`
lock-line-bad-character = la dirección «{ $address }» tiene `{ $character }`, y faro nunca escribe direcciones con ese carácter
image-wrong-format = el archivo tiene nombre de imagen { $format }, pero en realidad es { $found }
image-wrong-format-hint = ábrelo en un editor de imágenes y expórtalo en el formato que dice su nombre, o ponle la extensión de lo que realmente es; el sitio publica imágenes png, jpg, gif, webp y svg
image-not-svg = el archivo tiene nombre de imagen SVG, pero en realidad es { $found }
image-not-svg-hint = ábrelo en un editor de imágenes y expórtalo en el formato que dice su nombre, o ponle la extensión de lo que realmente es; el sitio publica imágenes png, jpg, gif, webp y svg
image-found-empty = un archivo vacío, sin nada adentro
image-found-phone-video = un video o una foto de teléfono (MP4, MOV, HEIC)
image-found-webm-video = un video (WebM o Matroska)
image-found-avi-video = un video (AVI)
image-found-pdf = un documento PDF
image-found-zip = un archivo ZIP (o un documento de Office)
image-found-mp3 = una grabación (MP3)
image-found-ogg = una grabación (Ogg)
image-found-program = un programa
image-found-html = HTML, una página web
image-found-svg = un dibujo SVG
image-found-xml = texto XML o HTML
image-found-text = texto
image-found-png = una imagen PNG
image-found-jpeg = una imagen JPEG
image-found-gif = una imagen GIF
image-found-webp = una imagen WebP
image-found-bmp = una imagen BMP
image-found-tiff = una imagen TIFF
image-found-psd = un archivo de Photoshop
image-found-unknown = de un formato que faro no reconoce como imagen
image-found-other-xml = un documento XML que empieza con <{ $root }> y no con <svg xmlns="{ $namespace }">
svg-entity = el SVG declara una entidad (<!ENTITY …>)
svg-too-many-nodes = el SVG tiene más de { $max } elementos, textos y comentarios
svg-too-many-nodes-hint = simplifica el dibujo (Inkscape: Trayecto → Simplificar), o guárdalo como PNG
svg-not-xml = el SVG no es XML válido: { $error }
svg-not-xml-hint = exporta el dibujo otra vez desde su editor; un navegador muestra el XML roto como un error, no como una imagen
svg-processing-instruction = el SVG tiene una instrucción de procesamiento (<?{ $target } …?>), que puede cargar una hoja de estilos de otro sitio
svg-style-import = el SVG tiene un <style> que importa una hoja de estilos (@import)
svg-style-url = el SVG tiene un <style> que apunta a `{ $target }`, fuera del dibujo
svg-script = el SVG tiene un elemento <script>
svg-foreign-object = el SVG tiene un elemento <foreignObject>, que puede contener una página web con scripts
svg-element = el SVG tiene un elemento <{ $name }>, que faro no publica (solo dibujos, texto, degradados, máscaras y filtros)
svg-html-element = el SVG tiene un elemento de HTML o MathML (<{ $name }>), que los navegadores pueden ejecutar
svg-event-handler = el SVG tiene un manejador de eventos ({ $attribute }="…"), que ejecuta un script
svg-external-reference = el SVG tiene un enlace o una referencia a `{ $target }`, fuera del dibujo
svg-xml-base = el SVG tiene xml:base, que cambia a dónde llevan sus referencias
svg-attribute-import = el SVG tiene un atributo { $attribute } que importa una hoja de estilos (@import)
svg-attribute-url = el SVG tiene un atributo { $attribute } que apunta a `{ $target }`, fuera del dibujo
svg-unsafe-hint = en este sitio un SVG solo puede dibujar: no puede ejecutar scripts, reaccionar a eventos ni cargar nada de otro lugar. Borra esa parte en un editor de texto, o exporta el dibujo otra vez como SVG simple (Inkscape: Archivo → Guardar como → SVG simple; o pásalo por svgo)
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
image-heavy-hint = hazla de menos de 50 KB: con menos píxeles (600 px de ancho bastan en un teléfono), o usa SVG para los dibujos
image-over-booklet-budget = la imagen { $dest } pesa { $kb } KB: en la guía imprimible, donde las imágenes van dentro del archivo, por sí sola pasa del límite de la guía, que es de { $budget } KB
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
# faro check: los textos de la interfaz (translations/*.ftl)
check-strings-no-file-with-pages = { $language } tiene páginas propias, pero no tiene textos de la interfaz: los menús y botones de esas páginas salen en { $shown }
check-strings-no-file-with-pages-hint = traduce translations/{ $default }.ftl y guárdalo como { $file }
check-strings-no-file = { $language } no tiene textos de la interfaz; sus lectores los ven en el siguiente idioma de su cadena de respaldo
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
check-page-unreachable-hint = dale un lugar en el menú: ponla en una carpeta de sección a cuyo _index.md sí lleve algún enlace, y revisa que `order` no la esconda
check-address-changes = en { $language }, la dirección de esta página cambiaría de { $old } a { $new }: a quien guardó la anterior se le mandará a la nueva
check-address-changes-hint = si eso es lo que quieres, corre `faro build` y sube addresses.lock al repositorio (commit) con este cambio; para conservar la dirección anterior, dale a la página (en { $language }) el slug que tenía
check-address-gone = la página { $page } ({ $language }) ya no existiría: a quien guardó { $address } se le mandará a la página de inicio
check-address-gone-hint = si borraste la página a propósito, corre `faro build` y sube addresses.lock al repositorio (commit); si le cambiaste el nombre, su dirección anterior lleva a la página de inicio, a menos que el archivo nuevo conserve su slug
# faro check: lenguaje sencillo
check-hard-to-read = la página es difícil de leer: { $formula } { $score }, menos de { $floor }
check-hard-to-read-hint = usa oraciones más cortas y palabras de todos los días; docs/plain-language.md explica la medida
check-formula-flesch = facilidad de lectura de Flesch
check-long-sentence = una oración de { $words } palabras (el máximo es { $max }): «{ $start }…»
check-long-sentence-hint = pártela en dos oraciones
check-hard-word = «{ $word }» está en la lista de palabras difíciles del glosario, y el glosario no la explica
check-hard-word-hint = usa una palabra de todos los días, o agrega una entrada para «{ $word }» en `terms` de { $file }
# faro check: fechas, revisiones y la cabecera (front matter) que pide site.yaml
check-updated-in-future = `updated:` dice { $date }, un día que todavía no llega
check-updated-in-future-hint = escribe el día en que revisaste la página: hoy o antes
check-review-due = la última vez que se revisó la página contra sus fuentes fue el { $date }, hace más de { $months ->
        [one] 1 mes
       *[other] { $months } meses
    }
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
check-glossary-missing-word = al glosario le falta la palabra `{ $id }` («{ $term }» en { $file }); `check: complete` de site.yaml pide que { $language } tenga todas las palabras del glosario
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
edit-not-installed-hint = corre `npm ci` en la carpeta editor/ (README: «Editing in the browser»), o indica su carpeta dist/ con --bundle
edit-cannot-read-config = no se pudo leer site.yaml
edit-cannot-read-config-hint = corre `faro check`
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
edit-export-not-installed-hint = corre `npm ci` en la carpeta editor/ (README: «Editing in the browser»), o indica con --bundle la carpeta dist/ de Decap
edit-export-inside-site = el editor no puede ir dentro del sitio
edit-export-inside-site-hint = las páginas que leen los niños nunca llevan el editor: indica una carpeta fuera de public/ y de content/, por ejemplo --export editor-site
edit-export-folder-not-empty = esta carpeta tiene otros archivos, y exportar el editor los reemplazaría
edit-export-folder-not-empty-hint = indica una carpeta vacía, o la carpeta de una exportación anterior
edit-export-no-stylesheet = el tema no tiene hoja de estilos para la vista previa del editor
edit-export-no-stylesheet-hint = la vista previa muestra las páginas con el static/style.css del tema
edit-export-cannot-write = no se pudieron guardar los archivos del editor: { $error }
edit-export-cannot-write-hint = revisa que se pueda escribir en la carpeta
edit-export-no-backend = falta `editor: backend:`: el editor no sabe dónde guardar
edit-export-no-backend-hint = agrega una sección `editor:` con `backend: github` o `backend: gitlab` y el `repo:` del sitio (README: «The published site's editor»)
edit-export-unknown-backend = `editor: backend: { $name }` no es un servicio de git que el editor conozca
edit-export-unknown-backend-hint = escribe uno de estos: { $hosts }
edit-export-missing-setting = falta `editor: { $key }:` para `backend: { $backend }`
edit-export-missing-setting-hint = { $setting ->
        [github-repo] el repositorio del sitio en GitHub, por ejemplo `repo: kind-mexico/sitio`
        [github-auth] la dirección del servicio para entrar con GitHub (un cliente OAuth que maneja la organización); README: «The published site's editor»
        [gitlab-repo] el proyecto del sitio en GitLab, por ejemplo `repo: kind-mexico/sitio`
       *[gitlab-app] el id de la aplicación de GitLab con la que entra el equipo (en GitLab: Preferences → Applications); README: «The published site's editor»
    }
edit-export-not-https = `editor: { $key }: { $value }` no es una dirección https
edit-export-not-https-hint = para entrar solo se usa https, por ejemplo `https://auth.example.org`
# faro edit: lo que muestra el editor cuando no se puede guardar
edit-file-name-not-plain = «{ $name }» en `{ $path }` no es un nombre de archivo sencillo (usa solo letras, números, `-`, `_` y `.`)
edit-no-rename = { $file }: `faro edit` no le cambia el nombre a las páginas (el nombre del archivo es su id en todos los idiomas, y de él sale su dirección); cámbiale el nombre al archivo en content/ y corre `faro build`
edit-cannot-read-file = { $file }: no se pudo leer el archivo: { $error }
edit-cannot-write-file = { $file }: no se pudo guardar el archivo: { $error }; revisa que se pueda escribir en la carpeta
edit-cannot-copy-site = no se pudo copiar el sitio en .faro-cache/editor/ para revisar lo que guardas: { $error }; revisa que se pueda escribir en la carpeta
edit-cannot-check-save = no se pudo revisar lo que guardas: { $file }: { $error }
edit-save-stopped = no se terminó de guardar: { $error }
# (end of the check, serve and edit section)

## PO files and ZIM files (po/, zim/).
#
po-unknown-language = «{ $lang }» no es un idioma al que se traduzca este sitio
po-unknown-language-hint = usa uno de estos: { $languages }
po-unreadable = no se pudo leer el archivo: { $error }
po-unreadable-hint = revisa el nombre del archivo y que esté guardado como texto UTF-8
po-not-po = este no es un archivo PO que faro pueda leer: { $error }
po-not-po-hint = revísalo con `msgfmt --check`, o vuelve a exportar la página
po-cannot-write = no se pudo guardar el archivo: { $error }
po-export-unreadable-hint = mueve el archivo a otra carpeta, o usa --force para reemplazarlo
po-export-would-lose = esta traducción todavía no está en la página; si exportas otra vez, se pierde
po-export-would-lose-hint = primero importa el archivo (`faro po import { $file }`), o usa --force para reemplazarlo
po-import-no-header = la cabecera del archivo no tiene `Language` o no tiene `{ $header }`: este archivo no lo escribió `faro po export`
po-import-no-header-hint = exporta la página con `faro po export <idioma>` y traduce ese archivo
po-import-unknown-language = «{ $lang }» no es un idioma al que se traduzca este sitio
po-import-unknown-language-hint = en la cabecera del archivo, cambia `Language` por uno de los idiomas de site.yaml
po-import-no-source = no hay ninguna página { $page } en { $folder }
po-import-no-source-hint = la página cambió de nombre o se borró después de que se exportó el archivo; exporta otra vez
po-import-source-changed = { $file } cambió después de que se exportó este archivo
po-import-source-changed-hint = exporta otra vez (`faro po export { $lang }`) y deja que tu herramienta de traducción pase tu trabajo al archivo nuevo («actualizar desde la plantilla», o `msgmerge`)
po-import-incomplete-empty = { $count ->
        [one] 1 entrada sin traducir (línea { $lines })
       *[other] { $count } entradas sin traducir (líneas { $lines })
    }
po-import-incomplete-fuzzy = { $count ->
        [one] 1 entrada por revisar, marcada fuzzy (línea { $lines })
       *[other] { $count } entradas por revisar, marcadas fuzzy (líneas { $lines })
    }
po-import-incomplete-both = { $empty } y { $fuzzy }
po-import-incomplete = { $page } se quedó como estaba: hay { $entries }
po-import-incomplete-hint = tradúcelas y quita las marcas fuzzy en tu herramienta, y luego vuelve a importar; mientras tanto, los lectores ven la página como está, o el texto de su idioma de respaldo
po-import-page-changed = esta página cambió después de que se exportó { $file }; si importas, se pierde ese cambio
po-import-page-changed-hint = vuelve a exportar la página y traduce ese archivo, o usa --force para sobrescribir la página
po-import-cannot-write = no se pudo guardar la página: { $error }
po-import-msgid-changed = el español de esta entrada (msgid) no es el de la página
po-import-msgid-changed-hint = traduce solo el msgstr; vuelve a exportar la página para recuperar su español
po-import-markdown-changed = la traducción de «{ $piece }» no conserva el Markdown del español: { $difference }
po-import-markdown-changed-hint = conserva cada enlace (`[texto](pagina.md)`), imagen, `código` y etiqueta HTML del español, y déjala en un solo bloque
po-import-several-lines = la traducción de «{ $piece }» ocupa más de una línea
po-import-several-lines-hint = escríbela en una sola línea
po-import-bad-address = la dirección «{ $address }» { $why }
po-import-bad-address-hint = una dirección es una palabra, o unas pocas unidas con guiones: letras minúsculas sin acentos, números y guiones, por ejemplo `your-rights`
po-import-blocks-changed = al juntar las traducciones, la página ya no tendría los mismos bloques que el español a partir de «{ $piece }»
po-import-blocks-changed-hint = una traducción que empieza con `#`, `-`, `1.` o `>`, o que tiene una línea en blanco o una `|`, cambia los bloques de alrededor; escríbela como texto simple
# Lo que el Markdown de una traducción tiene que conservar, en los mensajes de arriba ($difference).
po-markdown-link = el enlace a `{ $url }`
po-markdown-image = la imagen `{ $url }`
po-markdown-code = el código `{ $code }`
po-markdown-html = el HTML `{ $html }`
po-markdown-rule = una línea horizontal
po-markdown-paragraph = un párrafo
po-markdown-heading = un título
po-markdown-list = una lista
po-markdown-quote = una cita
po-markdown-code-block = un bloque de código
po-markdown-html-block = HTML
po-markdown-table = una tabla
po-markdown-other-block = otro tipo de bloque
po-markdown-nothing = nada
po-markdown-then = { $before } y luego { $next }
po-markdown-other-blocks = se lee como { $translated }, pero en el español es { $spanish }; una línea en blanco, o `#`, `-`, `1.` o `>` al principio de una línea, cambian lo que Markdown entiende
po-markdown-missing = { $count ->
        [one] falta { $items }
       *[other] faltan { $items }
    }
po-markdown-added = { $count ->
        [one] { $items } no está en el español
       *[other] { $items } no están en el español
    }
po-markdown-missing-and-added = { $missing }, y { $added }
zim-missing-field = los archivos ZIM (para leer el sitio sin internet) necesitan `zim: { $key }:`, { $what }
zim-missing-field-hint = agrégalo en la sección `zim:` de site.yaml, por ejemplo `zim: {"{"}{ $key }: { $example }{"}"}` (README: «Offline libraries»)
zim-missing-name = el principio del nombre de cada archivo y de su nombre en el catálogo de Kiwix
zim-missing-creator = quién escribió el contenido
zim-missing-publisher = quién hizo los archivos ZIM
zim-missing-tags = las palabras con las que el catálogo de Kiwix los clasifica
zim-missing-description = una oración de { $max } caracteres como máximo en cada idioma, para el catálogo de Kiwix (un idioma que no tiene la suya usa la de su idioma de respaldo)
zim-bad-name = `zim: name: { $name }` solo puede llevar letras minúsculas de la a a la z, números y `-`
zim-bad-name-hint = Kiwix nombra los archivos `<nombre>_<idioma>_<selección>`; escríbelo como `kind-mexico`
zim-tag-semicolon = la etiqueta «{ $tag }» tiene un `;`
zim-tag-semicolon-hint = el formato ZIM separa las etiquetas con `;`: escribe cada etiqueta como un elemento aparte de la lista
zim-description-unknown-language = `zim: description:` tiene una descripción para «{ $lang }», que no es uno de los idiomas del sitio
zim-description-unknown-language-hint = usa un código de idioma de `languages:`
zim-description-too-long = `zim: description: { $lang }:` tiene { $length } caracteres; el catálogo de Kiwix muestra { $max } como máximo
zim-description-too-long-hint = acorta la descripción a una oración sencilla de { $max } caracteres como máximo
zim-no-description = el archivo ZIM en { $language } necesita una descripción: `zim: description:` no tiene ninguna para «{ $lang }» ni para sus idiomas de respaldo
zim-no-description-hint = agrega una línea `{ $lang }: …` debajo de `zim: description:` en site.yaml: una oración de { $max } caracteres como máximo para el catálogo de Kiwix
zim-not-iso-639 = el código de idioma «{ $lang }» no es un código ISO 639-1 ni ISO 639-3, y el catálogo de Kiwix ordena los archivos por esos códigos
zim-not-iso-639-hint = usa en `languages:` el código ISO 639-1 del idioma, de dos letras (`es`), o su código ISO 639-3, de tres letras (`quc`)
zim-missing-illustration = los archivos ZIM necesitan `zim: illustration:`, un PNG de 48×48 en la carpeta del tema, que Kiwix muestra junto al título
zim-missing-illustration-hint = dibuja una ilustración, guárdala en { $folder }/ y pon su nombre en site.yaml, por ejemplo `zim: {"{"}illustration: zim-illustration.png{"}"}`
zim-illustration-not-found = no está la ilustración que nombra site.yaml (`zim: illustration:`)
zim-illustration-not-found-hint = guarda un PNG de 48×48 como { $file }, o corrige el nombre en site.yaml
zim-illustration-unreadable = no se pudo leer la ilustración: { $error }
zim-illustration-unreadable-hint = revisa que el archivo se pueda leer
zim-illustration-size = un PNG de { $width }×{ $height } píxeles
zim-illustration-not-png = de otro formato, no PNG
zim-illustration-size-unknown = un PNG del que no se puede leer el tamaño
zim-illustration-wrong = la ilustración para Kiwix tiene que ser un PNG de exactamente 48×48 píxeles, y esta es { $found }
zim-illustration-wrong-hint = vuelve a exportar el dibujo como un PNG de 48×48
zim-cannot-make-out = no se pudo crear la carpeta de salida: { $error }
zim-cannot-make-out-hint = revisa que se pueda escribir en la carpeta, o elige otra con --out
zim-cannot-copy-illustration = no se pudo copiar la ilustración: { $error }
zim-cannot-copy-illustration-hint = revisa que se pueda leer y que haya espacio en la carpeta del sitio
zim-folder-problem = { $what }: { $error }
zim-folder-problem-hint = revisa que se pueda escribir en la carpeta del sitio y que tenga espacio, y vuelve a correr `faro zim`
# Lo que no se pudo hacer, en zim-folder-problem ($what).
zim-folder-cannot-empty = no se pudo vaciar esta carpeta
zim-folder-cannot-read-site = no se pudo leer el sitio construido
zim-folder-cannot-make = no se pudo crear
zim-folder-cannot-read = no se pudo leer
zim-folder-cannot-read-page = no se pudo leer esta página
zim-folder-cannot-write = no se pudo guardar
zim-tool-missing = `faro zim` escribe los archivos ZIM con { $tool }, pero aquí no se puede ejecutar: { $error }
zim-tool-missing-hint = instala las herramientas de openZIM, que traen { $tool }: `sudo apt-get install zim-tools` en Debian o Ubuntu (en otros sistemas: https://download.openzim.org/release/zim-tools/); solo `faro zim` las necesita
zim-tool-cannot-run = no se pudo ejecutar { $tool }: { $error }
zim-tool-cannot-run-hint = instala las herramientas de openZIM, que traen { $tool }: `sudo apt-get install zim-tools` en Debian o Ubuntu (en otros sistemas: https://download.openzim.org/release/zim-tools/); solo `faro zim` las necesita
zim-tool-failed = { $tool } falló ({ $status }): { $said }
zim-tool-failed-hint = los archivos que recibió están en { $folder }; vuelve a correr `faro zim` y, si el problema sigue, repórtalo con este mensaje
zim-cannot-replace = no se pudo poner el archivo nuevo en su lugar: { $error }
zim-cannot-replace-hint = revisa que se pueda escribir en la carpeta de salida
# (end of the po and zim section)
