// The published site's editor (`faro edit --export`): Decap CMS saving to the git host
// (GitHub or GitLab) the team signs in to, with no faro running. What `faro edit`'s own backend
// does on the writer's computer is done here in the browser, the same way:
//
// - paths: Decap keeps one folder per language inside a collection's folder
//   (`updates/en/x.md`); faro keeps the language folder first (`content/en/updates/x.md`).
//   Every path is translated between the two on its way to and from the git host.
// - pages: what Decap writes is made into what faro reads, as src/editor/save.rs does: empty
//   fields and defaults left out, `sources_none` as `sources: {none: …}`, a language nobody
//   wrote in not saved, a translation's `translation:` fields filled in (the version of the
//   Spanish it was made from, as src/load/content/version.rs computes it; not reviewed).
//
// Its messages are in Spanish, as the editor is (the communications team's language).
// The layout comes from config.yml (`backend.faro_layout`), which faro writes from site.yaml.
// js-yaml (pinned in editor/package.json) reads and writes the front matter, with its core
// schema, so that dates stay the text faro reads.
//
// This file runs before Decap's own script, which would otherwise start at once and look for
// the backend before it is registered: Decap waits (`CMS_MANUAL_INIT`), and faro-editor.js,
// which runs after it, calls `faroGitHost()` to register the backends and start it.
window.CMS_MANUAL_INIT = true;
window.faroGitHost = function () {
  "use strict";
  const yaml = window.jsyaml;
  const YAML_OPTIONS = { schema: yaml.CORE_SCHEMA };

  // --- A page's text -------------------------------------------------------------------------

  /** `[front matter object, body]`, or null when the text has no front matter. */
  function split(text) {
    const found = /^---\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)([\s\S]*)$/m.exec(text);
    if (!found || found.index !== 0) return null;
    const front = yaml.load(found[1], YAML_OPTIONS) ?? {};
    if (typeof front !== "object" || Array.isArray(front)) return null;
    return [front, found[2]];
  }

  function join(front, body) {
    const head = Object.keys(front).length ? yaml.dump(front, { ...YAML_OPTIONS, lineWidth: -1, noRefs: true }) : "";
    const text = `---\n${head}---\n\n${body.replace(/^\n+/, "")}`;
    return text.endsWith("\n") ? text : `${text}\n`;
  }

  /** `value` without its empty parts (null, blank text, empty lists and maps), or undefined. */
  function withoutEmpty(value) {
    if (value === null || value === undefined) return undefined;
    if (typeof value === "string") return value.trim() === "" ? undefined : value;
    if (Array.isArray(value)) {
      const items = value.map(withoutEmpty).filter((v) => v !== undefined);
      return items.length ? items : undefined;
    }
    if (typeof value === "object") {
      const entries = Object.entries(value)
        .map(([k, v]) => [k, withoutEmpty(v)])
        .filter(([, v]) => v !== undefined);
      return entries.length ? Object.fromEntries(entries) : undefined;
    }
    return value;
  }

  /** The front matter as faro reads it, without what faro fills in (src/editor/save.rs). */
  function frontForFaro(front, layout, shown) {
    const out = {};
    let none;
    for (const [key, raw] of Object.entries(front)) {
      const value = withoutEmpty(raw);
      if (value === undefined || key === "translation") continue;
      if ((key === "draft" && value === false) || (key === "booklet" && value === true)) continue;
      if (key === layout.sources_none) {
        none = value;
        continue;
      }
      out[key] = value;
    }
    if (none !== undefined) {
      if (out.sources !== undefined) {
        throw new Error(
          `${shown}: la página tiene fuentes y también dice por qué no necesita ninguna (\`Sin fuentes: por qué\`); deja solo una de las dos`,
        );
      }
      out.sources = { none };
    }
    return out;
  }

  /** The page as the editor shows it: `sources: {none: …}` in the editor's own field. */
  function forEditor(text, layout) {
    const parts = split(text);
    const none = parts?.[0]?.sources?.none;
    if (!parts || none === undefined) return text;
    const front = Object.fromEntries(
      Object.entries(parts[0]).map(([k, v]) => (k === "sources" ? [layout.sources_none, none] : [k, v])),
    );
    return join(front, parts[1]);
  }

  /** JSON with every object's keys sorted: two front matters with the same fields in another
   *  order say the same. */
  function canonical(value) {
    if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
    if (value && typeof value === "object") {
      return `{${Object.keys(value)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
        .join(",")}}`;
    }
    return JSON.stringify(value);
  }

  /** The version a translation records: src/load/content/version.rs, byte for byte. */
  async function contentVersion(front, body) {
    const bytes = [];
    const encoder = new TextEncoder();
    const add = (text) => bytes.push(...encoder.encode(text));
    for (const part of [front.title ?? "", front.description ?? ""]) {
      add(String(part).trim());
      bytes.push(0);
    }
    for (const line of front.summary ?? []) {
      add(String(line).trim());
      bytes.push(0);
    }
    for (const term of front.terms ?? []) {
      add(String(term.term ?? ""));
      add(String(term.definition ?? ""));
      bytes.push(0);
    }
    add(body.trim());
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new Uint8Array(bytes)));
    return [...digest.slice(0, 6)].map((b) => b.toString(16).padStart(2, "0")).join("");
  }

  // --- Paths -----------------------------------------------------------------------------------

  class Layout {
    constructor(config) {
      const faro = config.backend.faro_layout;
      this.content = faro.content;
      this.collections = faro.collections; // collection name -> folder inside a language's
      this.sectionFile = faro.section_file;
      this.sources_none = faro.sources_none;
      this.locales = config.i18n.locales;
      this.defaultLocale = config.i18n.default_locale;
    }

    /** `updates/en/x.md` → `content/en/updates/x.md`. A collection's own folder (`updates`)
     *  and the uploads in it (`updates/foto.png`) are the default language's, where every
     *  translation finds an image through its fallback chain. Anything else is left as it is. */
    toFaro(path) {
      const parts = path.replace(/^\/+|\/+$/g, "").split("/");
      const sub = this.collections[parts[0]];
      if (sub === undefined) return path;
      const [, second, third] = parts;
      let where;
      if (parts.length === 1) where = [this.defaultLocale];
      else if (parts.length === 2 && this.locales.includes(second)) where = [second];
      else if (parts.length === 2) where = [this.defaultLocale, second];
      else if (parts.length === 3 && this.locales.includes(second)) where = [second, third];
      else return path;
      return [this.content, where[0], sub, where[1]].filter(Boolean).join("/");
    }

    /** An upload's path in the site back to the editor's: `content/es/updates/foto.png` →
     *  `updates/foto.png`. */
    mediaToDecap(path, collection) {
      return `${collection}/${path.split("/").pop()}`;
    }

    /** `content/en/updates/x.md` → `updates/en/x.md`; null for a file of no collection. */
    toDecap(path) {
      const parts = path.replace(/^\/+/, "").split("/");
      if (parts[0] !== this.content || !this.locales.includes(parts[1])) return null;
      const rest = parts.slice(2);
      for (const [name, sub] of Object.entries(this.collections)) {
        if (sub && rest.length === 2 && rest[0] === sub) return `${name}/${parts[1]}/${rest[1]}`;
        if (!sub && rest.length === 1) return `${name}/${parts[1]}/${rest[0]}`;
      }
      return null;
    }

    /** The folders, one per language, that hold a collection's pages. */
    folders(collection) {
      const sub = this.collections[collection];
      return this.locales.map((lang) => [this.content, lang, sub].filter(Boolean).join("/"));
    }

    isPageOf(collection, path) {
      const name = path.split("/").pop();
      return name.endsWith(".md") && !(this.collections[collection] && name === this.sectionFile);
    }

    localeOf(decapPath) {
      return decapPath.split("/")[1];
    }
  }

  // --- The backend -------------------------------------------------------------------------------

  /** Decap's backend `inner` (github, gitlab) with faro's layout and pages. */
  function faroLayout(inner) {
    return class {
      constructor(config, options) {
        const implementation = window.CMS.getBackend(inner).init(config, options);
        const layout = new Layout(config);
        // What each file said when the editor read it, by its path in the site: a translation
        // sent back unchanged keeps its own `translation:`, as in faro edit.
        const read = new Map();
        const own = {
          // Every page at once: GitHub's backend lists a folder 20 files at a time, and the
          // pages of a collection are in as many folders as the site has languages.
          async entriesByFolder(folder, extension) {
            return listed(folder, (f) => implementation.allEntriesByFolder(f, extension, 1));
          },
          async allEntriesByFolder(folder, extension) {
            return listed(folder, (f) => implementation.allEntriesByFolder(f, extension, 1));
          },
          async entriesByFiles(files) {
            const entries = await implementation.entriesByFiles(files.map((f) => ({ ...f, path: layout.toFaro(f.path) })));
            return entries.map(toEditor);
          },
          async getEntry(path) {
            return toEditor(await implementation.getEntry(layout.toFaro(path)));
          },
          async getMedia(folder) {
            const collection = (folder ?? "").split("/")[0];
            const inSite = layout.toFaro(collection);
            const files = await implementation.getMedia(inSite);
            return files
              .filter((f) => !f.path.endsWith(".md") && f.path.slice(0, f.path.lastIndexOf("/")) === inSite)
              .map((f) => ({ ...f, path: layout.mediaToDecap(f.path, collection) }));
          },
          async getMediaFile(path) {
            const file = await implementation.getMediaFile(layout.toFaro(path));
            return { ...file, path };
          },
          async persistMedia(asset, options) {
            const path = asset.path;
            asset.path = layout.toFaro(path);
            const file = await implementation.persistMedia(asset, options);
            asset.path = path;
            return { ...file, path };
          },
          async deleteFiles(paths, message) {
            return implementation.deleteFiles(paths.map((p) => layout.toFaro(p)), message);
          },
          async deleteFile(path, message) {
            return implementation.deleteFiles([layout.toFaro(path)], message);
          },
          async persistEntry(entry, options) {
            const dataFiles = await pagesForFaro(entry.dataFiles);
            const assets = entry.assets.map((asset) => {
              asset.path = layout.toFaro(asset.path);
              return asset;
            });
            if (!dataFiles.length && !assets.length) return;
            const saved = await implementation.persistEntry({ ...entry, dataFiles, assets }, options);
            // What the repository holds now is what the next save compares with.
            for (const file of dataFiles) read.set(file.path, file.raw);
            return saved;
          },
        };

        async function listed(collection, list) {
          const lists = await Promise.all(layout.folders(collection).map((folder) => list(folder).catch(() => [])));
          return lists
            .flat()
            .filter((entry) => layout.isPageOf(collection, entry.file.path))
            .map(toEditor)
            .filter((entry) => entry.file.path);
        }

        function toEditor(entry) {
          const path = entry.file.path;
          if (typeof entry.data === "string") read.set(path, entry.data);
          return {
            ...entry,
            file: { ...entry.file, path: layout.toDecap(path) },
            data: typeof entry.data === "string" ? forEditor(entry.data, layout) : entry.data,
          };
        }

        /** The file's text on the git host, or null when there is none (Decap's GitHub
         *  backend reads a missing file as empty). */
        async function page(path) {
          if (!read.has(path)) {
            const entry = await implementation.getEntry(path).catch(() => ({ data: "" }));
            read.set(path, entry.data);
          }
          return read.get(path) || null;
        }

        // src/editor/backend.rs, persist_entry: the default language first, so that its
        // translations record the version it has now.
        async function pagesForFaro(files) {
          const sourceVersions = new Map();
          const ordered = [...files].sort(
            (a, b) => (layout.localeOf(a.path) !== layout.defaultLocale) - (layout.localeOf(b.path) !== layout.defaultLocale),
          );
          const out = [];
          for (const file of ordered) {
            const lang = layout.localeOf(file.path);
            const path = layout.toFaro(file.path);
            const parts = split(file.raw.replace(/\r\n/g, "\n"));
            if (!parts) throw new Error(`${path}: la página no tiene su encabezado (front matter) entre dos líneas ---`);
            const front = frontForFaro(parts[0], layout, path);
            const body = parts[1];
            const name = path.split("/").pop();
            const before = await page(path);
            if (lang !== layout.defaultLocale) {
              // A language with neither a title nor a text is not a translation: its readers
              // keep the fallback.
              if (before === null && front.title === undefined && !body.trim()) continue;
              const sourcePath = layout.toFaro(file.path.replace(`/${lang}/`, `/${layout.defaultLocale}/`));
              let source = sourceVersions.get(name);
              if (source === undefined) {
                const text = await page(sourcePath);
                const sourceParts = text && split(text);
                source = sourceParts ? await contentVersion(sourceParts[0], sourceParts[1]) : null;
              }
              if (source) {
                const beforeParts = before && split(before);
                const unchanged =
                  beforeParts &&
                  beforeParts[0].translation &&
                  (await contentVersion(beforeParts[0], beforeParts[1])) === (await contentVersion(front, body));
                front.translation = unchanged ? beforeParts[0].translation : { source_version: source, reviewed: false };
              }
            } else {
              sourceVersions.set(name, await contentVersion(front, body));
            }
            const raw = join(front, body);
            if (before !== null && samePage(before, raw, path)) continue;
            out.push({ ...file, path, raw, newPath: file.newPath && layout.toFaro(file.newPath) });
          }
          return out;
        }

        function samePage(a, b, shown) {
          const pa = split(a);
          const pb = split(b);
          if (!pa || !pb) return false;
          const same = canonical(frontForFaro(pa[0], layout, shown)) === canonical(frontForFaro(pb[0], layout, shown));
          return same && pa[1].trim() === pb[1].trim();
        }

        return new Proxy(implementation, {
          get(target, property) {
            if (Object.hasOwn(own, property)) return own[property];
            const value = target[property];
            return typeof value === "function" ? value.bind(target) : value;
          },
        });
      }
    };
  }

  for (const inner of ["github", "gitlab"]) {
    window.CMS.registerBackend(`faro-${inner}`, faroLayout(inner));
  }
  window.CMS.init();
};
