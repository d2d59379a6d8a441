// Copy buttons for permanent links (src/components/LinkToGoal.astro). The button is hidden in the
// HTML and shown here, so without JavaScript there is no button that does nothing; the address
// stays selectable in its field either way.
for (const button of document.querySelectorAll('button[data-copy]')) {
  const field = document.getElementById(button.dataset.copy);
  const status = document.querySelector(`[data-copy-status="${button.dataset.copy}"]`);
  if (!(field instanceof HTMLTextAreaElement) || !status) continue;

  const say = (message) => {
    // Emptied first, so that a screen reader announces the same message again on a second click.
    status.textContent = '';
    setTimeout(() => (status.textContent = message), 100);
  };

  field.addEventListener('focus', () => field.select());
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      say(button.dataset.copied);
    } catch {
      // No clipboard access (e.g. a page not served over HTTPS): select the address for Ctrl+C.
      field.focus();
      say(button.dataset.failed);
    }
  });
  button.hidden = false;
}
