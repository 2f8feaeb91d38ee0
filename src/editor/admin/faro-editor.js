// faro's additions to Decap CMS, from the editor's own folder (the Content-Security-Policy
// allows no inline script): the preview is drawn with the site's own stylesheet, so a writer
// sees the page as readers will.
CMS.registerPreviewStyle("theme.css");

// The published site's editor (faro-git-host.js, loaded before Decap) starts Decap here, once
// its backends are registered; `faro edit` has no such file and Decap starts by itself.
if (window.faroGitHost) window.faroGitHost();
