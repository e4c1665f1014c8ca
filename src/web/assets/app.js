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
  // Uploads: a file form cannot put the CSRF token where the server reads it (a header or a
  // urlencoded body), so send the form with fetch and the token in X-CSRF-Token. The server
  // answers with a redirect (to the batch, or back to the form with the refusal): follow it.
  for (const form of document.querySelectorAll('form[data-upload]')) {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const token = form.querySelector('input[name="_csrf"]')?.value ?? '';
      const failed = form.querySelector('[data-upload-failed]');
      try {
        const res = await fetch(form.action, { method: 'POST', body: new FormData(form), headers: { 'x-csrf-token': token }, credentials: 'same-origin' });
        window.location.assign(res.redirected ? res.url : `${form.action}?error=HTTP_${res.status}`);
      } catch {
        if (failed) failed.hidden = false;
        for (const b of form.querySelectorAll('button[type="submit"]')) b.disabled = false;
      }
    });
  }
});
// Coming back through the history cache re-enables them.
window.addEventListener('pageshow', () => {
  for (const b of document.querySelectorAll('form[method="post"] button[type="submit"]')) b.disabled = false;
});
