// Compression dictionaries in a real browser over the real nginx: Chromium opens a language's
// home page, then one of its content pages, which must arrive compressed against the home page
// (Content-Encoding: dcb) and look exactly as it does when it arrives as brotli.
//
//   node tests/browser/dictionary.mjs http://127.0.0.1:PORT PUBLIC_DIR
//
// deploy/test.sh runs it against the nginx it starts with deploy/nginx.conf. It measures, over
// every Spanish content page, the encoded size of the page's body when it comes second, and
// the first contentful paint of /es/asilo/ over Regular 2G when it comes second; it writes the
// figures to tests/browser/output/dictionary.json. Exits 1 on any failure.

import { mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";
import { PNG } from "pngjs";

import { REGULAR_2G, firstContentfulPaint } from "./paint.mjs";

const [origin, publicDir] = process.argv.slice(2);
if (!origin || !publicDir) {
  console.error("usage: node tests/browser/dictionary.mjs http://127.0.0.1:PORT PUBLIC_DIR");
  process.exit(2);
}
const out = join(dirname(fileURLToPath(import.meta.url)), "output");
mkdirSync(out, { recursive: true });
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
// The size a page may have when it comes second: 1.2 KB.
const GOAL_BYTES = 1.2 * 1024;

let failed = false;
function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failed = true;
}

// The Spanish content pages: every folder under es/ holding an index.html.
const pages = readdirSync(join(publicDir, "es"))
  .filter((name) => statSync(join(publicDir, "es", name)).isDirectory())
  .filter((name) => {
    try {
      return statSync(join(publicDir, "es", name, "index.html")).isFile();
    } catch {
      return false;
    }
  })
  .sort()
  .map((name) => `/es/${name}/`);

const browser = await chromium.launch({ executablePath });

// A new browser (empty cache) at 360 px, watching what each response was sent as.
async function fresh() {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send("Network.enable");
  const encodings = new Map();
  cdp.on("Network.responseReceived", (event) => {
    const headers = Object.fromEntries(
      Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), value]),
    );
    encodings.set(new URL(event.response.url).pathname, headers["content-encoding"] ?? "");
  });
  return { context, tab, cdp, encodings };
}

// The encoded size of the page's body, as the browser received it.
const bodyBytes = (tab) => tab.evaluate(() => performance.getEntriesByType("navigation")[0].encodedBodySize);

const pixels = (png) => PNG.sync.read(png).data;

// 1. Each content page after the home page: dictionary-compressed, and its size.
const sizes = [];
for (const path of pages) {
  const { context, tab, encodings } = await fresh();
  await tab.goto(origin + "/es/", { waitUntil: "load" });
  // Follow the page's link when the home page has one; else go there, as a shared link does.
  const link = tab.locator(`a[href="${path.slice("/es/".length)}index.html"]`).first();
  if (await link.count()) {
    await Promise.all([tab.waitForURL(origin + path + "index.html"), link.click()]);
  } else {
    await tab.goto(origin + path, { waitUntil: "load" });
  }
  await tab.waitForLoadState("load");
  const at = new URL(tab.url()).pathname;
  const bytes = await bodyBytes(tab);
  sizes.push({ page: path, encoding: encodings.get(at), bytes });
  check(encodings.get(at) === "dcb", `${path} after /es/ comes as dcb (${encodings.get(at)}, ${bytes} bytes)`);
  await context.close();
}
const middle = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const median = middle(sizes.map((s) => s.bytes));
const brMedian = middle(pages.map((path) => statSync(join(publicDir, path, "index.html.br")).size));
// The goal (1.2 KB) is reported; what fails is losing most of the saving, which a change of
// content alone does not do.
check(
  pages.length > 0 && median * 2 < brMedian,
  `median body of a Spanish content page after the home page: ${median} bytes over ${pages.length} pages, ` +
    `against ${brMedian} as br (goal: at most ${GOAL_BYTES}: ${median <= GOAL_BYTES ? "met" : "NOT met"})`,
);

// 2. The same page first (as brotli) and second (as dcb) looks the same.
{
  const first = await fresh();
  await first.tab.goto(origin + "/es/asilo/", { waitUntil: "load" });
  const asBrotli = await first.tab.screenshot({ fullPage: true });
  check(first.encodings.get("/es/asilo/") === "br", "/es/asilo/ opened first comes as br");
  await first.context.close();
  const second = await fresh();
  await second.tab.goto(origin + "/es/", { waitUntil: "load" });
  await second.tab.goto(origin + "/es/asilo/", { waitUntil: "load" });
  const asDcb = await second.tab.screenshot({ fullPage: true });
  await second.context.close();
  writeFileSync(join(out, "dictionary-asilo-br.png"), asBrotli);
  writeFileSync(join(out, "dictionary-asilo-dcb.png"), asDcb);
  check(Buffer.compare(pixels(asBrotli), pixels(asDcb)) === 0, "/es/asilo/ looks the same as dcb as it does as br (screenshots at 360 px)");
}

// 3. First contentful paint of /es/asilo/ over Regular 2G: opened first (br), and after the
// home page (dcb), five runs each, in turn.
async function paintOver2G(afterHome) {
  const { context, tab, cdp } = await fresh();
  if (afterHome) await tab.goto(origin + "/es/", { waitUntil: "load" });
  await cdp.send("Network.emulateNetworkConditions", REGULAR_2G);
  await tab.goto(origin + "/es/asilo/", { waitUntil: "load" });
  const paint = await firstContentfulPaint(tab);
  await context.close();
  return paint;
}
const paints = { first: [], afterHome: [] };
for (let run = 0; run < 5; run++) {
  paints.first.push(await paintOver2G(false));
  paints.afterHome.push(await paintOver2G(true));
}
const paintFirst = middle(paints.first);
const paintAfterHome = middle(paints.afterHome);
check(
  paintAfterHome <= 1000,
  `/es/asilo/ over Regular 2G, first contentful paint, median of 5: ${paintAfterHome.toFixed(0)} ms after /es/ (dcb), ` +
    `${paintFirst.toFixed(0)} ms opened first (br)`,
);

await browser.close();
writeFileSync(
  join(out, "dictionary.json"),
  JSON.stringify({ pages: sizes, median_bytes: median, median_br_bytes: brMedian, fcp_2g: { page: "/es/asilo/", after_home_ms: paints.afterHome, first_ms: paints.first } }, null, 2),
);
process.exit(failed ? 1 : 0);
