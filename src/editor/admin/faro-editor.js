// faro's additions to Decap CMS, from the editor's own folder (the Content-Security-Policy
// allows no inline script): the preview is drawn with the site's own stylesheet, so a writer
// sees the page as readers will.
CMS.registerPreviewStyle("theme.css");
