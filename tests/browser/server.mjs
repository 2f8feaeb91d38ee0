// A static server for the browser checks that behaves like deploy/nginx.conf: it sends the
// precompressed .br or .gz copy when the browser accepts it, a folder's index.html, and each
// language's 404 page with status 404. Node's own http module keeps the checks free of
// another dependency; it is not a production server.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".mp3": "audio/mpeg",
  ".ogg": "audio/ogg",
  ".opus": "audio/ogg",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
};

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Serves `root` on 127.0.0.1 at a free port; resolves to { url, close }. */
export async function serve(root) {
  const server = createServer(async (request, response) => {
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = normalize(join(root, path.endsWith("/") ? path + "index.html" : path));
    if (!file.startsWith(root + sep) && file !== root) {
      response.writeHead(404).end();
      return;
    }
    if (!(await isFile(file))) {
      if (await isFile(join(file, "index.html"))) {
        response.writeHead(301, { Location: path + "/" }).end();
        return;
      }
      const lang = path.split("/")[1];
      const notFound = [join(root, lang ?? "", "404.html"), join(root, "404.html")];
      for (const page of notFound) {
        if (/^[a-z-]+$/.test(lang ?? "") || page === notFound[1]) {
          if (await isFile(page)) {
            response.writeHead(404, { "Content-Type": TYPES[".html"] });
            response.end(await readFile(page));
            return;
          }
        }
      }
      response.writeHead(404).end("Not found");
      return;
    }
    const accepts = request.headers["accept-encoding"] ?? "";
    const headers = {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": extname(file) === ".html" ? "no-cache" : "max-age=3600",
      Vary: "Accept-Encoding",
    };
    for (const [encoding, suffix] of [
      ["br", ".br"],
      ["gzip", ".gz"],
    ]) {
      if (accepts.includes(encoding) && (await isFile(file + suffix))) {
        response.writeHead(200, { ...headers, "Content-Encoding": encoding });
        response.end(await readFile(file + suffix));
        return;
      }
    }
    response.writeHead(200, headers);
    response.end(await readFile(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
