// Quick exit: go to the neutral page and replace this one in the history, so the Back button does not lead here.
document.addEventListener("click",function(e){var a=e.target.closest&&e.target.closest("a[data-quick-exit]");if(a){e.preventDefault();location.replace(a.href)}});
