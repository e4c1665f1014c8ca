// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // A print button where the page offers one (hidden until scripts run).
  for (const button of document.querySelectorAll('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
  // Forms submit once: a second click while the first is on its way is ignored.
  for (const form of document.querySelectorAll('form[method="post"]')) {
    form.addEventListener('submit', () => {
      for (const b of form.querySelectorAll('button[type="submit"]')) b.disabled = true;
    });
  }
});
// Coming back through the history cache re-enables them.
window.addEventListener('pageshow', () => {
  for (const b of document.querySelectorAll('form[method="post"] button[type="submit"]')) b.disabled = false;
});
