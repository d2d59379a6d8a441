// Copy buttons (src/components/LinkToGoal.astro): hidden in the HTML, shown here, so without
// JavaScript no button does nothing. The text stays selectable.
for (const button of document.querySelectorAll('button[data-copy]')) {
  const id = button.dataset.copy;
  const field = document.getElementById(id);
  const status = document.querySelector(`[data-copy-status="${id}"]`);
  if (!(field instanceof HTMLTextAreaElement) || !status) continue;
  // Emptied first, so a screen reader announces the same message again.
  const say = (message) => {
    status.textContent = '';
    setTimeout(() => (status.textContent = message), 100);
  };
  field.addEventListener('focus', () => field.select());
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      say(button.dataset.copied);
    } catch {
      // No clipboard: select the text for Ctrl+C.
      field.focus();
      say(button.dataset.failed);
    }
  });
  button.hidden = false;
}
