// The browser editor (faro edit, Decap CMS) as the communications team uses it, in Chromium,
// on a temporary copy of the repository's site (never on its content/):
//
// 1. a new update in Spanish, with its English translation, saved from the editor: both files
//    are valid pages, faro build publishes them, both Atom feeds carry the entry, and the
//    update's page passes the checks every page passes (vnu, axe; the budgets are the build's);
// 2. a save that faro would refuse shows faro's message in the editor and writes nothing;
// 3. a paragraph of an existing page edited in the editor: faro status shows its translations
//    as stale;
// 4. an image uploaded from the media library lands beside the Spanish pages.
//
//   cd editor && npm ci && cd ../tests/browser && npm ci && node editor.mjs
//
// Uses target/release/faro (or FARO=...), editor/node_modules (or FARO_EDITOR_BUNDLE=...) and
// Debian's chromium. A screenshot of the editor goes to tests/browser/output/editor/.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

import { chromium } from "playwright-core";

import { bundle, check, executablePath, failures, faro, here, repo, workspace } from "./editing.mjs";
import { serve } from "./server.mjs";



const { out, work, site } = workspace("editor");

// faro edit on a free port; it prints its address when it listens.
// In Spanish, as the communications team runs it (their system's language).
const editor = spawn(faro, ["edit", "--root", site, "--port", "0", "--bundle", bundle], {
  stdio: ["ignore", "pipe", "inherit"],
  env: { ...process.env, FARO_LANG: "es" },
});
process.on("exit", () => editor.kill());
const base = await new Promise((resolve, reject) => {
  let text = "";
  editor.stdout.on("data", (chunk) => {
    text += chunk;
    const found = text.match(/http:\/\/127\.0\.0\.1:\d+\//);
    if (found) resolve(found[0]);
  });
  editor.on("exit", (code) => reject(new Error(`faro edit stopped (${code})`)));
});

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: "es-MX" });
// The Markdown field opens as the Markdown text the pages are written in (Decap remembers the
// choice here), rather than as rich text.
await context.addInitScript(() => localStorage.setItem("cms.md-mode", "raw"));
const tab = await context.newPage();
const problems = [];
// Decap rejects the promise of a save the backend refused, which Chromium reports as an
// uncaught error: expected while the refused save is under way, a failure anywhere else.
let refusing = false;
tab.on("pageerror", (e) => refusing || problems.push(String(e)));
tab.on("console", (m) => {
  // Content-Security-Policy refusals show as console errors: the editor must need none.
  if (m.type() === "error" && /Content Security Policy/i.test(m.text())) problems.push(m.text());
});
const requests = [];
tab.on("request", (r) => requests.push(r.url()));
tab.on("response", async (r) => {
  if (r.url().endsWith("/api/v1") && r.status() !== 200) console.log(`the editor's backend answered ${r.status()}: ${await r.text()}`);
});

await tab.goto(base);
await tab.getByRole("button", { name: "Iniciar sesión" }).click();
await tab.getByText("Novedades").first().waitFor();

/** The nth (0: Spanish, 1: English) field of the editor whose id starts with `name`. */
const field = (name, nth) => tab.locator(`[id^="${name}-field-"]`).nth(nth);
/** The nth text (0: Spanish, 1: English), an editable area rather than a form field. */
const text = (nth) => tab.locator('[aria-label="Campo markdown"] [role="textbox"]').nth(nth);
async function type(nth, words) {
  await text(nth).click();
  await tab.keyboard.type(words);
}

async function publish() {
  await tab.getByText("Publicar", { exact: true }).click();
  await tab.getByText("Publicar ahora", { exact: true }).click();
}

// --- 1. A new update in Spanish and English ----------------------------------------------

const title = { es: "Nueva oficina en Tapachula", en: "New office in Tapachula" };
const paragraphs = {
  es: "Abrimos una oficina en Tapachula. Es gratis.\n\nPuedes ir de lunes a viernes. Lleva a un adulto si puedes.",
  en: "We opened an office in Tapachula. It is free.\n\nYou can go from Monday to Friday. Bring an adult if you can.",
};
const summary = { es: "Hay una oficina nueva en Tapachula.", en: "There is a new office in Tapachula." };
await tab.goto(`${base}#/collections/updates/new`);
await field("title", 0).waitFor();
for (const [i, lang] of [[0, "es"], [1, "en"]]) {
  await field("title", i).fill(title[lang]);
  await field("description", i).fill(lang === "es" ? "Una oficina nueva para niñas y niños." : "A new office for children.");
  await tab.getByRole("button", { name: "Agregar puntos clave" }).nth(i).click();
  await field("line", i).fill(summary[lang]);
  await field("sources_none", i).fill(lang === "es" ? "Es un aviso de KIND México." : "It is a notice from KIND México.");
  await type(i, paragraphs[lang]);
}
// The English date is the Spanish one (`duplicate`); the Spanish starts as today.
await tab.screenshot({ path: join(out, "new-update.png") });
const form = await tab.locator("body").innerText();
const english = ["Writing in", "Add ", "Choose ", "Insert from URL", "Toggle"].filter((phrase) => form.includes(phrase));
check(form.includes("Escribiendo en") && english.length === 0, `the editor's form is all in Spanish${english.length ? ": still " + english.join(", ") : ""}`);
await publish();
await tab.waitForURL(/entries\//, { timeout: 60000 }).catch(async () => {
  await tab.evaluate(() => document.querySelectorAll("*").forEach((e) => { if (e.scrollTop) e.scrollTop = 0; }));
  await tab.screenshot({ path: join(out, "not-saved.png") });
  console.log(await tab.evaluate(() => [...document.querySelectorAll("ul[class*=ErrorList] li, [class*=error]")].map((e) => e.innerText).join(" | ")));
  throw new Error("the editor did not save the update: see output/editor/not-saved.png");
});

const slug = tab.url().split("/entries/")[1];
const files = { es: join(site, "content/es/updates", `${slug}.md`), en: join(site, "content/en/updates", `${slug}.md`) };
check(existsSync(files.es) && existsSync(files.en), `the update is saved in Spanish and English (updates/${slug}.md)`);
const saved = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, existsSync(f) ? readFileSync(f, "utf8") : ""]));
check(saved.es.startsWith(`---\ntitle: ${title.es}\n`) && saved.es.includes("\ndate: "), `the Spanish file has the front matter faro reads:\n${saved.es}`);
check(/translation:\n  source_version: \S+\n  reviewed: false\n/.test(saved.en), `faro filled in the English translation's fields:\n${saved.en}`);
check(saved.es.includes(paragraphs.es) && saved.en.includes(paragraphs.en), "both files hold their two paragraphs");

// faro check reads both pages without an error; faro build publishes them.
let checked = "";
try {
  checked = execFileSync(faro, ["check", "--root", site], { stdio: ["ignore", "pipe", "pipe"] }).toString();
} catch (e) {
  checked = `${e.stdout}${e.stderr}`;
}
check(/^0 errors/m.test(checked), `faro check finds no error${/^0 errors/m.test(checked) ? "" : `\n${checked}`}`);
const built = join(work, "public");
let buildLog = "";
try {
  buildLog = execFileSync(faro, ["build", "--root", site, "--out", built], { stdio: ["ignore", "pipe", "pipe"] }).toString();
} catch (e) {
  buildLog = `FAILED\n${e.stdout}${e.stderr}`;
}
check(!buildLog.startsWith("FAILED"), `faro build publishes the site, within every page's budget${buildLog.startsWith("FAILED") ? `\n${buildLog}` : ""}`);
const feeds = execFileSync("find", [built, "-name", "feed.xml"]).toString().trim().split("\n");
for (const [lang, name] of [["es", title.es], ["en", title.en]]) {
  const feed = feeds.find((f) => f.startsWith(join(built, lang) + "/"));
  check(feed && readFileSync(feed, "utf8").includes(`<title>${name}</title>`), `the ${lang} Atom feed carries the update (${feed ?? "no feed"})`);
}
const pageOf = (lang) =>
  execFileSync("grep", ["-rl", "--include=index.html", `<h1[^>]*>${title[lang]}`, join(built, lang)]).toString().trim().split("\n")[0];
const pages = { es: pageOf("es"), en: pageOf("en") };

// The update's pages pass the Nu HTML Checker and axe-core, as check.mjs runs them.
const vnu = join(here, "node_modules/vnu-jar/build/dist/vnu.jar");
for (const [lang, file] of Object.entries(pages)) {
  let report = "";
  try {
    execFileSync("java", ["-jar", vnu, "--errors-only", "--format", "text", file], { stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    report = `${e.stdout ?? ""}${e.stderr ?? ""}`.trim();
  }
  check(report === "", `vnu: the ${lang} update's page has no errors${report ? `\n${report}` : ""}`);
}
const server = await serve(built);
const axeSource = readFileSync(join(here, "node_modules/axe-core/axe.min.js"), "utf8");
for (const [lang, file] of Object.entries(pages)) {
  const audit = await browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 640 } });
  const auditTab = await audit.newPage();
  await auditTab.goto(server.url + file.slice(built.length).replace(/index\.html$/, ""));
  await auditTab.addScriptTag({ content: axeSource });
  const axe = await auditTab.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }),
  );
  const violations = axe.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
  check(violations.length === 0, `axe: the ${lang} update's page has no WCAG 2.2 A/AA violation${violations.length ? "\n  " + violations.join("\n  ") : ""}`);
  await audit.close();
}
await server.close();
// Nothing of the editor is in what children read.
let leaked = "";
try {
  leaked = execFileSync("grep", ["-rlE", "decap|faro-editor|api/v1", built], { stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
} catch {
  // grep found nothing.
}
check(!leaked, `nothing of the editor is in the built site (pages, service workers, sitemap, feeds)${leaked ? ": " + leaked : ""}`);

// --- 2. A save faro would refuse ------------------------------------------------------------

const before = readFileSync(files.es, "utf8");
await text(0).click();
await tab.keyboard.press("Control+End");
await tab.keyboard.type("\n\nMira [esta página](no-existe.md).");
refusing = true;
await publish();
// Decap's notice of a failed save, with the backend's answer in it.
const notice = tab.locator(".Toastify__toast").filter({ hasText: "no-existe.md" }).first();
await notice.waitFor({ timeout: 60000 }).catch(() => {});
const shown = (await notice.isVisible().catch(() => false)) ? await notice.innerText() : "";
await tab.screenshot({ path: join(out, "refused-save.png") });
await tab.waitForTimeout(500);
refusing = false;
check(
  shown.includes("no se guardó nada") && shown.includes("content/es/updates/") && shown.includes("no-existe.md"),
  `the editor shows faro's message, in Spanish, naming the file and the link: ${shown.slice(0, 300)}`,
);
check(readFileSync(files.es, "utf8") === before, "the refused save wrote nothing");

// --- 3. A paragraph of an existing page, edited: its translations become stale --------------

const englishBefore = readFileSync(join(site, "content/en/asilo.md"), "utf8");
await tab.goto(`${base}#/collections/pages/entries/asilo`);
await tab.reload();
await text(0).waitFor();
const spanishBody = readFileSync(join(site, "content/es/asilo.md"), "utf8").split(/^---$/m)[2];
const firstParagraph = spanishBody.split("\n").find((l) => /^[A-ZÁÉÍÓÚ¿¡]/.test(l));
const line = text(0).locator('[data-slate-node="element"]').filter({ hasText: firstParagraph.slice(0, 40) }).first();
// A click right of the paragraph's last line puts the caret at its end (the paragraph may
// wrap over several lines on screen).
const box = await line.boundingBox();
await line.click({ position: { x: box.width - 2, y: box.height - 4 } });
await tab.keyboard.type(" Esto es nuevo.");
await tab.screenshot({ path: join(out, "edit-page.png") });
await publish();
await tab.getByText("Cambios guardados", { exact: false }).first().waitFor({ timeout: 60000 }).catch(() => {});
await tab.waitForTimeout(500);
check(readFileSync(join(site, "content/es/asilo.md"), "utf8").includes(`${firstParagraph} Esto es nuevo.`), "the edited paragraph is saved");
check(readFileSync(join(site, "content/en/asilo.md"), "utf8") === englishBefore, "the English page, untouched in the editor, is not rewritten");
const status = execFileSync(faro, ["status", "--root", site]).toString();
const asilo = status.split("\n").find((l) => l.startsWith("asilo.md "));
const columns = asilo?.trim().split(/\s+/) ?? [];
// page, legal review, es, en, fr, ht, pt, ...: every translation of the page is stale.
check(columns[3] === "stale" && columns[4] === "stale", `faro status shows asilo.md's translations as stale: ${asilo}`);

// --- 4. An image uploaded from the media library ---------------------------------------------

// It goes beside the Spanish pages, where every translation's page finds it.
const picture = join(repo, "themes/default/zim-illustration.png");
await tab.goto(`${base}#/collections/updates`);
await tab.getByText("Medios", { exact: true }).first().click();
await tab.locator('input[type="file"]').first().setInputFiles(picture);
const uploaded = join(site, "content/es/zim-illustration.png");
for (let i = 0; i < 120 && !existsSync(uploaded); i++) await tab.waitForTimeout(250);
check(
  existsSync(uploaded) && readFileSync(uploaded).equals(readFileSync(picture)),
  "an image uploaded in the editor's media library is saved beside the Spanish pages (content/es/zim-illustration.png)",
);
await tab.screenshot({ path: join(out, "media.png") });

check(problems.length === 0, `the editor ran without errors or Content-Security-Policy refusals${problems.length ? ": " + problems.join("; ") : ""}`);
const elsewhere = requests.filter((u) => !u.startsWith(base) && !u.startsWith("data:") && !u.startsWith("blob:"));
check(elsewhere.length === 0, `the editor loads nothing from another address${elsewhere.length ? ": " + elsewhere.join(", ") : ""}`);

await browser.close();
editor.kill();
rmSync(work, { recursive: true, force: true });
console.log(failures.length ? `\n${failures.length} editor check(s) failed` : "\nall editor checks passed");
process.exit(failures.length ? 1 : 0);
