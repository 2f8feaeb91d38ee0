//! The editor's configuration (Decap CMS's config.yml), made from site.yaml and from the front
//! matter faro reads, so it cannot drift from either: a collection per kind of content, every
//! language of site.yaml, and one field per front matter key, labelled and explained in
//! Spanish for the communications team.

use serde_json::{Value, json};

use super::paths::{Collection, SOURCES_NONE};
use crate::load::Config;

/// The front matter keys faro reads (`load::content::FrontMatter`) and how the editor shows
/// each. `translation` is not here: faro fills it in when it saves a translation
/// (`editor::save`), people never type it. A test checks that this list and `FrontMatter`
/// name the same keys.
fn fields(collection: Collection) -> Vec<Value> {
    let updates = collection == Collection::Updates;
    let mut fields = vec![
        field(
            "title",
            "Título",
            "El título de la página, corto y claro.",
            json!({"widget": "string"}),
            true,
        ),
        optional(
            "description",
            "Descripción",
            "Una o dos frases: lo que ven los buscadores y quien comparte el enlace.",
            json!({"widget": "text"}),
            true,
        ),
    ];
    if updates {
        // An update without a date would sort last in the feed: the date is asked for first.
        fields.push(field(
            "date",
            "Fecha de publicación",
            "El día en que se publica esta novedad. Ordena las novedades y el canal de noticias.",
            date_widget(true),
            false,
        ));
    }
    fields.extend([
        json!({
            "name": "summary", "label": "Puntos clave", "required": false, "i18n": true,
            "hint": "Lo más importante en pocas líneas cortas. Se ven arriba de la página.",
            "widget": "list", "field": {"name": "line", "label": "Punto", "widget": "string"},
        }),
        optional("slug", "Dirección (slug)", "La última parte de la dirección de la página en este idioma: minúsculas, números y guiones, por ejemplo `tus-derechos`. Vacío: el nombre del archivo.", json!({"widget": "string"}), true),
        optional("order", "Orden en el menú", "Un número: las páginas con número más bajo salen primero en el menú.", json!({"widget": "number", "value_type": "int"}), false),
        optional("draft", "Borrador", "Marcado: la página no se publica todavía.", json!({"widget": "boolean", "default": false}), false),
        optional("updated", "Revisada el", "El día en que comprobaste la página con sus fuentes. Se muestra como «Actualizado el …».", date_widget(true), true),
        json!({
            "name": "sources", "label": "Fuentes", "required": false, "i18n": true,
            "hint": "De dónde sale cada dato: una página web o una ley con su artículo. Una traducción sin fuentes muestra las de la página en español.",
            "widget": "list", "summary": "{{fields.title}}",
            "fields": [
                {"name": "title", "label": "Nombre de la fuente", "widget": "string",
                 "hint": "Como la buscaría una persona, por ejemplo «Ley sobre Refugiados, Protección Complementaria y Asilo Político»."},
                {"name": "url", "label": "Dirección web", "widget": "string", "required": false,
                 "hint": "La dirección completa, empieza con https://"},
                {"name": "law", "label": "Artículo de la ley", "widget": "string", "required": false,
                 "hint": "Por ejemplo «artículo 18». Hace falta la dirección web o el artículo."},
                {"name": "checked", "label": "Leída el", "hint": "El día en que leíste la fuente por última vez.", "widget": "datetime",
                 "format": "YYYY-MM-DD", "date_format": "YYYY-MM-DD", "time_format": false, "picker_utc": true},
            ],
        }),
        optional(SOURCES_NONE, "Sin fuentes: por qué", "Solo si la página no dice datos que necesiten fuente (por ejemplo, una página que solo lleva a otras): escribe por qué.", json!({"widget": "text"}), true),
        json!({
            "name": "legal_review", "label": "Revisión legal", "required": false, "i18n": true,
            "hint": "Solo cuando una persona abogada revisó la página: quién y cuándo. Si nadie la revisó, déjalo vacío.",
            "widget": "object", "collapsed": true,
            "fields": [
                {"name": "by", "label": "Revisada por", "widget": "string", "required": false},
                {"name": "date", "label": "Revisada el", "required": false, "widget": "datetime", "default": "",
                 "format": "YYYY-MM-DD", "date_format": "YYYY-MM-DD", "time_format": false, "picker_utc": true},
            ],
        }),
        optional("review_every", "Revisar cada (meses)", "Cada cuántos meses hay que volver a revisar la página. Vacío: lo que dice site.yaml. Las páginas sobre reglas que cambian seguido dicen 3.", json!({"widget": "number", "value_type": "int", "min": 1}), false),
        optional("audio", "Grabación", "Un archivo de audio con la página leída en voz alta (opcional).", json!({"widget": "file"}), true),
        optional("booklet", "En el folleto", "Marcado: la página es un capítulo del folleto para imprimir y para llevar sin internet.", json!({"widget": "boolean", "default": !updates}), false),
        json!({
            "name": "terms", "label": "Palabras del glosario", "required": false, "i18n": true,
            "hint": "Solo en la página del glosario: cada palabra difícil y lo que quiere decir.",
            "widget": "list", "collapsed": true, "summary": "{{fields.term}}",
            "fields": [
                {"name": "id", "label": "Identificador", "widget": "string", "hint": "Igual en todos los idiomas, por ejemplo `asilo`."},
                {"name": "term", "label": "Palabra", "widget": "string"},
                {"name": "match", "label": "Otras formas", "widget": "list", "required": false,
                 "hint": "Plurales y otras formas de la palabra que también se explican con esta."},
                {"name": "definition", "label": "Qué quiere decir", "widget": "text"},
            ],
        }),
        json!({
            "name": "hard_words", "label": "Palabras difíciles", "required": false, "i18n": true,
            "hint": "Solo en la página del glosario: palabras que faro check señala si una página las usa sin explicarlas.",
            "widget": "list", "collapsed": true,
        }),
        field("body", "Texto", "El texto de la página, en Markdown. Un enlace a otra página se escribe con su archivo: `[asilo](asilo.md)`.", json!({"widget": "markdown", "modes": ["raw", "rich_text"]}), true),
    ]);
    fields
}

/// The keys of `fields` that are front matter keys faro reads (all but the page's text and
/// the editor's own `sources: none` field), for the test that they cover `FrontMatter`.
#[cfg(test)]
fn front_matter_keys() -> Vec<String> {
    let mut keys: Vec<String> = [Collection::Pages, Collection::Updates]
        .into_iter()
        .flat_map(fields)
        .filter_map(|f| f["name"].as_str().map(str::to_string))
        .filter(|k| k != "body" && k != SOURCES_NONE)
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

fn field(name: &str, label: &str, hint: &str, widget: Value, translated: bool) -> Value {
    let mut value = json!({"name": name, "label": label, "hint": hint});
    if let (Value::Object(map), Value::Object(widget)) = (&mut value, widget) {
        map.extend(widget);
        // `duplicate`: a translation gets the Spanish page's value (a date, a place in the
        // menu), which faro's pages also repeat in each language's file.
        map.insert(
            "i18n".into(),
            if translated {
                json!(true)
            } else {
                json!("duplicate")
            },
        );
    }
    value
}

fn optional(name: &str, label: &str, hint: &str, widget: Value, translated: bool) -> Value {
    let mut value = field(name, label, hint, widget, translated);
    value["required"] = json!(false);
    value
}

/// A day, written `YYYY-MM-DD` as faro reads it. `today`: a new page starts with today's date.
fn date_widget(today: bool) -> Value {
    let mut widget = json!({
        "widget": "datetime", "format": "YYYY-MM-DD", "date_format": "YYYY-MM-DD",
        "time_format": false, "picker_utc": true,
    });
    // `{{now}}`: Decap fills in today; "": the field starts empty.
    widget["default"] = json!(if today { "{{now}}" } else { "" });
    widget
}

/// Where the editor saves: faro's own backend (`faro edit`, on the writer's computer), or the
/// git host the published site's editor signs in to.
pub enum Backend {
    /// faro edit's API, at this root-relative address.
    Faro { api: String },
    /// Decap's backend for a git host (`github`, `gitlab`), wrapped by
    /// admin/faro-git-host.js in faro's folder layout; `settings` are Decap's own keys for it
    /// (`repo`, `branch`, `base_url`, …).
    GitHost {
        name: String,
        settings: serde_json::Map<String, Value>,
    },
}

impl Backend {
    fn decap(&self) -> Value {
        match self {
            Backend::Faro { api } => json!({"name": "proxy", "proxy_url": api, "branch": "main"}),
            Backend::GitHost { name, settings } => {
                let mut backend = settings.clone();
                backend.insert("name".into(), json!(format!("faro-{name}")));
                // What faro-git-host.js needs to put each file where faro reads it.
                let collections: serde_json::Map<String, Value> = Collection::ALL
                    .iter()
                    .map(|c| (c.name().to_string(), json!(c.subfolder())))
                    .collect();
                backend.insert(
                    "faro_layout".into(),
                    json!({
                        "content": crate::load::content::CONTENT_DIR,
                        "collections": collections,
                        "section_file": crate::load::content::SECTION_FILE,
                        "sources_none": SOURCES_NONE,
                    }),
                );
                Value::Object(backend)
            }
        }
    }
}

/// config.yml for `config`'s site, as YAML (Decap reads YAML; this is JSON, which is YAML).
pub fn config(config: &Config, backend: &Backend) -> String {
    let locales: Vec<&str> = config.languages.iter().map(|l| l.code.as_str()).collect();
    let backend = backend.decap();
    let collection = |kind: Collection| {
        let updates = kind == Collection::Updates;
        json!({
            "name": kind.name(),
            "label": if updates { "Novedades" } else { "Páginas" },
            "label_singular": if updates { "Novedad" } else { "Página" },
            "description": if updates {
                "Las noticias del sitio: cada novedad sale en la página de novedades y en el canal de noticias (Atom) de su idioma."
            } else {
                "Las páginas principales del sitio, una por tema. Las traducciones se escriben al lado del español."
            },
            "folder": kind.name(),
            "extension": "md",
            "format": "frontmatter",
            "create": true,
            // The file name is the page's id in every language: made once, from the Spanish
            // title, and never changed by the editor (a rename would move the page's address).
            "slug": if updates { "{{year}}-{{month}}-{{slug}}" } else { "{{slug}}" },
            "identifier_field": "title",
            "summary": if updates { "{{date}} · {{title}}" } else { "{{title}}" },
            "sortable_fields": if updates { json!(["date", "title"]) } else { json!(["order", "title"]) },
            "i18n": true,
            // Images and recordings go beside the page, where faro looks for them first; a
            // translation finds the Spanish page's through its fallback chain.
            "media_folder": "",
            "public_folder": "",
            "editor": {"preview": true},
            "fields": fields(kind),
        })
    };
    let value = json!({
        "backend": backend,
        "locale": "es",
        "publish_mode": "simple",
        // File names in plain ASCII: they become addresses, and a file named with accents is
        // spelt two ways by different systems (NFC and NFD).
        "slug": {"encoding": "ascii", "clean_accents": true},
        // Uploads from the media library go beside the default language's pages.
        "media_folder": Collection::Pages.name(),
        "public_folder": "",
        "site_url": config.site.base_url.clone().unwrap_or_default(),
        "i18n": {
            "structure": "multiple_folders",
            "locales": locales,
            "default_locale": config.default_language(),
        },
        "collections": [collection(Collection::Updates), collection(Collection::Pages)],
    });
    // JSON is YAML; the fields keep their order (a list), the keys of each are sorted.
    serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::content::FrontMatter;

    #[test]
    fn every_front_matter_key_but_the_translation_has_a_field() {
        // FrontMatter serializes every key it has, each `None` as null.
        let yaml = serde_yaml::to_value(FrontMatter::default()).unwrap();
        let mut keys: Vec<String> = yaml
            .as_mapping()
            .unwrap()
            .keys()
            .filter_map(|k| k.as_str().map(str::to_string))
            .filter(|k| k != "translation")
            .collect();
        keys.sort();
        assert_eq!(front_matter_keys(), keys);
    }

    #[test]
    fn every_field_and_subfield_is_labelled() {
        fn walk(field: &Value) {
            assert!(field["label"].is_string(), "{field}");
            for sub in field["fields"].as_array().into_iter().flatten() {
                walk(sub);
            }
        }
        for kind in [Collection::Pages, Collection::Updates] {
            fields(kind).iter().for_each(walk);
        }
    }
}
