// Keeps one language's pages and booklet on the phone after the reader asked for it. faro puts
// LANG, VERSION and FILES (this language's files, relative to this script) in front of it.
var CACHE="faro-"+LANG+"-"+VERSION;
self.addEventListener("install",function(e){e.waitUntil(caches.open(CACHE).then(function(c){return c.addAll(FILES)}).then(function(){return self.skipWaiting()}))});
self.addEventListener("activate",function(e){e.waitUntil(caches.keys().then(function(keys){return Promise.all(keys.filter(function(k){return k.indexOf("faro-"+LANG+"-")===0&&k!==CACHE}).map(function(k){return caches.delete(k)}))}).then(function(){return self.clients.claim()}))});
self.addEventListener("fetch",function(e){if(e.request.method!=="GET")return;e.respondWith(fetch(e.request).then(function(r){if(r.ok){var copy=r.clone();caches.open(CACHE).then(function(c){c.put(e.request,copy)})}return r}).catch(function(){return caches.match(e.request).then(function(r){return r||caches.match("404.html")})}))});
