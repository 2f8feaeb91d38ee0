// What the two editor checks (editor.mjs, hosted-editor.mjs) share: where things are, the
// repository's site copied into a temporary folder (never edited in place), and the
// ok/FAIL lines.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
export const repo = resolve(here, "../..");
export const faro = process.env.FARO ?? join(repo, "target/release/faro");
export const bundle = process.env.FARO_EDITOR_BUNDLE ?? join(repo, "editor/node_modules/decap-cms/dist");
export const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";

export const failures = [];
export function check(ok, what) {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
}

/** An empty `output/<name>` for screenshots, and a temporary folder holding a copy of the
 *  repository's site at `site/`. */
export function workspace(name) {
  const out = join(here, "output", name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), `faro-${name}-`));
  const site = join(work, "site");
  for (const file of ["site.yaml", "addresses.lock", "content", "translations", "themes"]) {
    cpSync(join(repo, file), join(site, file), { recursive: true });
  }
  return { out, work, site };
}
