// First contentful paint over Chromium DevTools' "Regular 2G", shared by check.mjs and
// dictionary.mjs.

// 250 kbit/s down, 50 kbit/s up, 300 ms latency.
export const REGULAR_2G = {
  offline: false,
  latency: 300,
  downloadThroughput: (250 * 1000) / 8,
  uploadThroughput: (50 * 1000) / 8,
};

// The page's first contentful paint in ms (Infinity when there is none within 10 s).
export function firstContentfulPaint(tab) {
  return tab.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName("first-contentful-paint")[0];
          if (entry) resolve(entry.startTime);
        }).observe({ type: "paint", buffered: true });
        setTimeout(() => resolve(Infinity), 10000);
      }),
  );
}
