// The offline library files in a real browser, as a shelter's hotspot serves them: `faro zim`
// writes the repository's site's ZIM files, Kiwix's own server (kiwix-serve, Debian's
// kiwix-tools) serves them on loopback, and Chromium at 360 px opens pages from them with no
// console error, the page in its language, the quick exit and no language menu.
//
//   cd tests/browser && node kiwix.mjs
//
// Needs zim-tools and kiwix-tools (apt-get install zim-tools kiwix-tools), Debian's chromium
// (or CHROMIUM=...), and target/release/faro (or FARO=...). The screenshots go to
// tests/browser/output/screenshots/kiwix-*.png. Exits 1 on any failure.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const shots = join(here, "output", "screenshots");
const faro = process.env.FARO ?? join(repo, "target/release/faro");
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";

const failures = [];
function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
}

mkdirSync(shots, { recursive: true });
const work = mkdtempSync(join(tmpdir(), "faro-kiwix-"));
execFileSync(faro, ["zim", "--root", repo, "--out", work], { stdio: "inherit" });
const files = readdirSync(work).filter((f) => f.endsWith(".zim"));
check(files.length === 7, `faro zim wrote a file per language: ${files.join(", ")}`);
const book = (code) => files.find((f) => f.startsWith(`kind-mexico_${code}_all_`))?.replace(/\.zim$/, "");

async function freePort() {
  const server = createServer();
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address();
  await new Promise((done) => server.close(done));
  return port;
}

const port = await freePort();
// --nosearchbar, as the README says to run Debian's kiwix-serve 3.3: its search bar is written
// into each page where the page's own Content-Security-Policy keeps its style from loading
// (newer kiwix-serve versions show pages in a frame of their own instead).
const kiwix = spawn("kiwix-serve", ["--nosearchbar", "--address=127.0.0.1", `--port=${port}`, ...files.map((f) => join(work, f))], {
  stdio: "ignore",
});
const origin = `http://127.0.0.1:${port}`;
for (let tries = 0; ; tries++) {
  try {
    await fetch(`${origin}/catalog/v2/root.xml`);
    break;
  } catch (e) {
    if (tries > 100) throw new Error(`kiwix-serve does not answer on ${origin}: ${e}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

const browser = await chromium.launch({ executablePath, headless: true, args: ["--no-sandbox", "--disable-gpu"] });
try {
  for (const page of [
    { name: "es-asilo", path: `/${book("es")}/asilo/index.html`, title: "Pedir refugio en México", lang: "es" },
    { name: "en-home", path: `/${book("en")}/index.html`, title: "Information for you", lang: "en" },
    { name: "quc-asilo", path: `/${book("quc")}/asilo/index.html`, title: "Pedir refugio en México", lang: "es", notice: true },
  ]) {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const tab = await context.newPage();
    const errors = [];
    tab.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    tab.on("pageerror", (e) => errors.push(String(e)));
    const response = await tab.goto(origin + page.path);
    check(response.status() === 200, `kiwix ${page.name}: status ${response.status()}`);
    const seen = await tab.evaluate(() => ({
      h1: document.querySelector("h1")?.textContent.trim(),
      lang: document.querySelector("article")?.lang ?? document.documentElement.lang,
      exit: !!document.querySelector("a[data-quick-exit]"),
      languages: !!document.querySelector("#languages"),
      serviceWorker: [...document.scripts].some((s) => s.textContent.includes("serviceWorker")),
      notice: !!document.querySelector(".notice"),
      scrolls: document.documentElement.scrollWidth > window.innerWidth,
    }));
    check(seen.h1 === page.title, `kiwix ${page.name}: shows "${page.title}" (${seen.h1})`);
    check(seen.lang === page.lang, `kiwix ${page.name}: its text is marked lang=${page.lang} (${seen.lang})`);
    check(seen.exit, `kiwix ${page.name}: keeps the quick exit`);
    check(!seen.languages, `kiwix ${page.name}: no language menu (other languages are other files)`);
    check(!seen.serviceWorker, `kiwix ${page.name}: registers no service worker`);
    if (page.notice) check(seen.notice, `kiwix ${page.name}: says it is shown in Spanish`);
    check(!seen.scrolls, `kiwix ${page.name}: no horizontal scrolling at 360 px`);
    check(errors.length === 0, `kiwix ${page.name}: no console errors${errors.length ? ": " + errors.join("; ") : ""}`);
    await tab.screenshot({ path: join(shots, `kiwix-${page.name}.png`), fullPage: false });
    await context.close();
  }
  // Kiwix's full-text search finds the page in the file's language.
  const results = await (await fetch(`${origin}/search?content=${book("es")}&pattern=refugio`)).text();
  check(results.includes(`/${book("es")}/asilo/index.html`), "kiwix search: «refugio» finds the Spanish asylum page");
} finally {
  await browser.close();
  kiwix.kill();
  rmSync(work, { recursive: true, force: true });
}

console.log(failures.length ? `\n${failures.length} kiwix check(s) failed` : "\nall kiwix checks passed");
process.exit(failures.length ? 1 : 0);
