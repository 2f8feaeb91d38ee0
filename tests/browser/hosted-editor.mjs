// The published site's editor (faro edit --export) as the communications team uses it, in
// Chromium, saving to GitHub: Decap's own GitHub backend, with faro's layout and pages
// (src/editor/admin/faro-git-host.js), talking to a stand-in for GitHub's REST API that holds a
// copy of the repository's site in memory (the sandbox reaches no real GitHub; the requests
// are the ones GitHub answers: trees, blobs, commits, the branch's ref).
//
// 1. a new update in Spanish and its English translation: both files land where faro reads
//    them, with the front matter faro reads and the translation's fields filled in, and
//    faro build publishes them;
// 2. a paragraph of an existing page edited: its English translation is not rewritten and
//    faro status shows it stale; a page with `sources: {none: …}` keeps it;
// 3. an image uploaded from the media library is committed beside the Spanish pages;
// 4. the editor loads nothing but its own files and the git host's API, with no
//    Content-Security-Policy refusal.
//
//   cd editor && npm ci && cd ../tests/browser && npm ci && node hosted-editor.mjs
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

import { chromium } from "playwright-core";

import { bundle, check, executablePath, failures, faro, repo, workspace } from "./editing.mjs";
import { serve } from "./server.mjs";

const REPO = "kind-mexico/sitio";

const { out, work, site } = workspace("hosted-editor");
writeFileSync(
  join(site, "site.yaml"),
  `${readFileSync(join(site, "site.yaml"), "utf8")}\neditor:\n  backend: github\n  repo: ${REPO}\n  auth_url: https://auth.example.org\n`,
);
const exported = join(work, "editor-site");
execFileSync(faro, ["edit", "--root", site, "--export", exported, "--bundle", bundle], { stdio: ["ignore", "ignore", "inherit"] });
const editorServer = await serve(exported);
const base = `${editorServer.url}/`;

// --- A stand-in for GitHub's REST API: the repository as git sees it -----------------------

const blobs = new Map(); // sha -> Buffer
const snapshots = new Map(); // tree or commit sha -> Map(path -> blob sha)
const sha = (bytes) => createHash("sha1").update(bytes).digest("hex");
function files(folder) {
  const found = new Map();
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) for (const [p, b] of files(path)) found.set(p, b);
    else found.set(relative(site, path), readFileSync(path));
  }
  return found;
}
let head;
{
  const tree = new Map();
  for (const [path, bytes] of files(join(site, "content"))) {
    const id = sha(bytes);
    blobs.set(id, bytes);
    tree.set(path, id);
  }
  head = sha(Buffer.from("initial commit"));
  snapshots.set(head, tree);
}
const current = () => snapshots.get(head);
const textAt = (path) => {
  const id = current().get(path);
  return id ? blobs.get(id).toString("utf8") : null;
};
const unexpected = [];
const commits = [];

function answer(method, path, query, body) {
  const prefix = `/repos/${REPO}`;
  if (path === "/user") return [200, { login: "comunicacion", name: "Equipo de comunicación", email: "x@example.org" }];
  if (path === prefix) return [200, { owner: { login: REPO.split("/")[0] }, permissions: { push: true }, default_branch: "main" }];
  if (path.startsWith(`${prefix}/git/trees/main:`) && method === "GET") {
    const folder = decodeURIComponent(path.slice(`${prefix}/git/trees/main:`.length)).replace(/^\/+|\/+$/g, "");
    const recursive = query.get("recursive") === "1";
    const tree = [];
    const folders = new Set();
    for (const [p, id] of current()) {
      if (!p.startsWith(`${folder}/`)) continue;
      const rest = p.slice(folder.length + 1);
      if (recursive || !rest.includes("/")) tree.push({ path: rest, type: "blob", sha: id, size: blobs.get(id).length, mode: "100644" });
      else folders.add(rest.split("/")[0]);
    }
    for (const f of folders) tree.push({ path: f, type: "tree", sha: sha(Buffer.from(`${folder}/${f}`)), mode: "040000" });
    return tree.length ? [200, { sha: sha(Buffer.from(folder)), tree, truncated: false }] : [404, { message: "Not Found" }];
  }
  if (path.startsWith(`${prefix}/git/blobs/`) && method === "GET") {
    const bytes = blobs.get(path.split("/").pop());
    return bytes ? [200, { content: bytes.toString("base64"), encoding: "base64" }] : [404, { message: "Not Found" }];
  }
  if (path === `${prefix}/git/blobs` && method === "POST") {
    const bytes = Buffer.from(body.content, body.encoding === "base64" ? "base64" : "utf8");
    const id = sha(bytes);
    blobs.set(id, bytes);
    return [201, { sha: id }];
  }
  if (path === `${prefix}/commits` && method === "GET") return [200, []];
  if (path === `${prefix}/branches/main`) return [200, { name: "main", commit: { sha: head } }];
  if (path === `${prefix}/git/trees` && method === "POST") {
    const tree = new Map(snapshots.get(body.base_tree));
    for (const entry of body.tree) {
      if (entry.sha === null) tree.delete(entry.path);
      else tree.set(entry.path, entry.sha);
    }
    const id = sha(Buffer.from(JSON.stringify([...tree])));
    snapshots.set(id, tree);
    return [201, { sha: id }];
  }
  if (path === `${prefix}/git/commits` && method === "POST") {
    const id = sha(Buffer.from(`${body.message}${body.tree}${Date.now()}`));
    snapshots.set(id, snapshots.get(body.tree));
    commits.push({ message: body.message, parents: body.parents, changed: changedPaths(snapshots.get(body.parents[0]), snapshots.get(body.tree)) });
    return [201, { sha: id }];
  }
  if (path === `${prefix}/git/refs/heads/main` && method === "PATCH") {
    head = body.sha;
    return [200, { ref: "refs/heads/main", object: { sha: head } }];
  }
  unexpected.push(`${method} ${path}`);
  return [404, { message: "Not Found" }];
}

function changedPaths(before, after) {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((p) => before.get(p) !== after.get(p)).sort();
}

// --- The editor, signed in ------------------------------------------------------------------

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: "es-MX" });
await context.route("https://api.github.com/**", async (route) => {
  const request = route.request();
  const url = new URL(request.url());
  const body = request.postData() ? JSON.parse(request.postData()) : null;
  const [status, json] = answer(request.method(), url.pathname, url.searchParams, body);
  await route.fulfill({
    status,
    contentType: "application/json; charset=utf-8",
    headers: { "access-control-allow-origin": "*", "access-control-allow-headers": "*", "access-control-allow-methods": "*" },
    body: JSON.stringify(json),
  });
});
await context.route("https://www.githubstatus.com/**", (route) =>
  route.fulfill({ status: 200, contentType: "application/json", headers: { "access-control-allow-origin": "*" }, body: '{"components":[]}' }),
);
// Signed in as after GitHub's sign-in (the sign-in service's popup is GitHub's own page).
await context.addInitScript(() => {
  localStorage.setItem("decap-cms-user", JSON.stringify({ backendName: "faro-github", token: "a-token", login: "comunicacion" }));
  localStorage.setItem("cms.md-mode", "raw");
});
const tab = await context.newPage();
const problems = [];
tab.on("pageerror", (e) => problems.push(String(e)));
tab.on("console", (m) => {
  if (m.type() === "error" && /Content Security Policy/i.test(m.text())) problems.push(m.text());
});
const requests = [];
tab.on("request", (r) => requests.push(r.url()));

await tab.goto(base);
await tab.getByText("Novedades").first().waitFor({ timeout: 60000 }).catch(async (e) => {
  await tab.screenshot({ path: join(out, "not-signed-in.png") });
  console.log(problems.join("\n"), unexpected.join("\n"), requests.filter((u) => !u.startsWith(base)).join("\n"));
  throw e;
});

const field = (name, nth) => tab.locator(`[id^="${name}-field-"]`).nth(nth);
const text = (nth) => tab.locator('[aria-label="Campo markdown"] [role="textbox"]').nth(nth);
async function publish() {
  const before = commits.length;
  await tab.getByText("Publicar", { exact: true }).click();
  await tab.getByText("Publicar ahora", { exact: true }).click();
  for (let i = 0; i < 120 && commits.length === before; i++) await tab.waitForTimeout(250);
  return commits.length > before ? commits[commits.length - 1] : null;
}

// --- 1. A new update in Spanish and English ------------------------------------------------

const title = { es: "Nueva oficina en Tapachula", en: "New office in Tapachula" };
const paragraphs = {
  es: "Abrimos una oficina en Tapachula. Es gratis.\n\nPuedes ir de lunes a viernes.",
  en: "We opened an office in Tapachula. It is free.\n\nYou can go from Monday to Friday.",
};
await tab.goto(`${base}#/collections/updates/new`);
await field("title", 0).waitFor({ timeout: 60000 });
for (const [i, lang] of [[0, "es"], [1, "en"]]) {
  await field("title", i).fill(title[lang]);
  await tab.getByRole("button", { name: "Agregar puntos clave" }).nth(i).click();
  await field("line", i).fill(lang === "es" ? "Hay una oficina nueva en Tapachula." : "There is a new office in Tapachula.");
  await field("sources_none", i).fill(lang === "es" ? "Es un aviso de KIND México." : "It is a notice from KIND México.");
  await text(i).click();
  await tab.keyboard.type(paragraphs[lang]);
}
const created = await publish();
await tab.screenshot({ path: join(out, "new-update.png") });
const saved = created?.changed ?? [];
const spanishPath = saved.find((p) => p.startsWith("content/es/updates/"));
const englishPath = saved.find((p) => p.startsWith("content/en/updates/"));
check(
  saved.length === 2 && spanishPath && englishPath && spanishPath.split("/").pop() === englishPath.split("/").pop(),
  `one commit adds the update in Spanish and English, where faro reads them: ${saved.join(", ") || "no commit"}`,
);
const spanish = spanishPath ? textAt(spanishPath) : "";
const english = englishPath ? textAt(englishPath) : "";
check(
  spanish.startsWith(`---\ntitle: ${title.es}\n`) && spanish.includes("sources:\n  none: Es un aviso de KIND México.\n") && !/: ''|: \[\]|draft: false|booklet: true/.test(spanish),
  `the Spanish file has the front matter faro reads, no empty fields or defaults:\n${spanish}`,
);
check(/\ntranslation:\n  source_version: [0-9a-f]{12}\n  reviewed: false\n/.test(english), `the English file's translation fields are filled in:\n${english}`);

// The repository as a clone would have it after the push: faro builds it, and faro status
// finds the English a current translation (the version the browser computed is faro's).
function checkout() {
  rmSync(join(site, "content"), { recursive: true, force: true });
  for (const [path, id] of current()) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), blobs.get(id));
  }
}
checkout();
let buildLog = "";
try {
  buildLog = execFileSync(faro, ["build", "--root", site, "--out", join(work, "public")], { stdio: ["ignore", "pipe", "pipe"] }).toString();
} catch (e) {
  buildLog = `FAILED\n${e.stdout}${e.stderr}`;
}
check(!buildLog.startsWith("FAILED"), `faro build publishes the pushed update${buildLog.startsWith("FAILED") ? `\n${buildLog}` : ""}`);
const statusOf = (page) => {
  const line = execFileSync(faro, ["status", "--root", site]).toString().split("\n").find((l) => l.startsWith(`${page} `)) ?? "";
  return line.trim().split(/\s+/);
};
const updateId = spanishPath ? `updates/${spanishPath.split("/").pop()}` : "none";
check(statusOf(updateId)[3] === "draft", `faro status: the English update is a current translation nobody reviewed yet (${statusOf(updateId).join(" ")})`);

// --- 2. An existing page's paragraph ------------------------------------------------------------

const englishBefore = textAt("content/en/asilo.md");
await tab.goto(`${base}#/collections/pages/entries/asilo`);
await tab.reload();
await text(0).waitFor({ timeout: 60000 });
const spanishBody = textAt("content/es/asilo.md").split(/^---$/m)[2];
const firstParagraph = spanishBody.split("\n").find((l) => /^[A-ZÁÉÍÓÚ¿¡]/.test(l));
const line = text(0).locator('[data-slate-node="element"]').filter({ hasText: firstParagraph.slice(0, 40) }).first();
const box = await line.boundingBox();
await line.click({ position: { x: box.width - 2, y: box.height - 4 } });
await tab.keyboard.type(" Esto es nuevo.");
const edited = await publish();
check(
  JSON.stringify(edited?.changed) === JSON.stringify(["content/es/asilo.md"]),
  `the save changes the Spanish page only (its translations are not rewritten): ${edited?.changed.join(", ") ?? "no commit"}`,
);
check(textAt("content/es/asilo.md").includes(`${firstParagraph} Esto es nuevo.`), "the edited paragraph is saved");
check(textAt("content/en/asilo.md") === englishBefore, "the English page is as it was");
checkout();
check(statusOf("asilo.md")[3] === "stale", `faro status: asilo.md's English is now stale (${statusOf("asilo.md").join(" ")})`);

// Taking the sentence out again, in the same session, is a change too: the editor compares
// with what it saved last, not with what it first read (moving within the editor, no reload).
await tab.goto(`${base}#/collections/pages`);
await tab.goto(`${base}#/collections/pages/entries/asilo`);
await text(0).waitFor({ timeout: 60000 });
const again = text(0).locator('[data-slate-node="element"]').filter({ hasText: "Esto es nuevo." }).first();
const end = await again.boundingBox();
await again.click({ position: { x: end.width - 2, y: end.height - 4 } });
for (let i = 0; i < " Esto es nuevo.".length; i++) await tab.keyboard.press("Backspace");
const reverted = await publish();
check(
  JSON.stringify(reverted?.changed) === JSON.stringify(["content/es/asilo.md"]) && !textAt("content/es/asilo.md").includes("Esto es nuevo."),
  `a second save that takes the new sentence out is committed too: ${reverted?.changed.join(", ") ?? "no commit"}`,
);

// A page that needs no sources says why, and keeps saying it through the editor.
await tab.goto(`${base}#/collections/pages/entries/glosario`);
await tab.reload();
await field("sources_none", 0).waitFor({ timeout: 60000 });
const reason = await field("sources_none", 0).inputValue();
check(reason.startsWith("Esta página solo explica palabras."), `the editor shows the glossary's reason for no sources: ${reason}`);

// An image uploaded from the media library: one commit puts it beside the Spanish pages.
const picture = join(repo, "themes/default/zim-illustration.png");
await tab.goto(`${base}#/collections/updates`);
await tab.getByText("Medios", { exact: true }).first().click();
const before = commits.length;
await tab.locator('input[type="file"]').first().setInputFiles(picture);
for (let i = 0; i < 120 && commits.length === before; i++) await tab.waitForTimeout(250);
const upload = commits[before];
const uploadedId = current().get("content/es/zim-illustration.png");
check(
  JSON.stringify(upload?.changed) === JSON.stringify(["content/es/zim-illustration.png"]) &&
    blobs.get(uploadedId)?.equals(readFileSync(picture)),
  `an uploaded image is committed beside the Spanish pages: ${upload?.changed.join(", ") ?? "no commit"}`,
);

check(unexpected.length === 0, `the editor asks GitHub only what GitHub answers${unexpected.length ? ": " + unexpected.join(", ") : ""}`);
check(problems.length === 0, `the editor ran without errors or Content-Security-Policy refusals${problems.length ? ": " + problems.join("; ") : ""}`);
const elsewhere = requests.filter(
  (u) => !u.startsWith(base) && !u.startsWith("https://api.github.com/") && !u.startsWith("https://www.githubstatus.com/") && !/^(data|blob):/.test(u),
);
check(elsewhere.length === 0, `the editor loads nothing else from elsewhere${elsewhere.length ? ": " + elsewhere.join(", ") : ""}`);

await browser.close();
await editorServer.close();
rmSync(work, { recursive: true, force: true });
console.log(failures.length ? `\n${failures.length} hosted editor check(s) failed` : "\nall hosted editor checks passed");
process.exit(failures.length ? 1 : 0);
