// Lets a textarea grow with what is typed in it, so a long observation is read whole, never
// through a letterbox. Its `rows` stays the minimum height.
export function autogrow(el: HTMLTextAreaElement): { destroy(): void } {
  const fit = () => {
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 4}px`;
  };
  el.addEventListener('input', fit);
  // After the first paint, when the draft's text is in place and the width is known.
  requestAnimationFrame(fit);
  return { destroy: () => el.removeEventListener('input', fit) };
}
