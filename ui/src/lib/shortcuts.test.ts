import { afterEach, describe, expect, it } from 'vitest';
import { handleShortcut } from './shortcuts';

const press = (init: KeyboardEventInit) => handleShortcut(new KeyboardEvent('keydown', init));

describe('keyboard shortcuts', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    location.hash = '';
  });

  it('goes to the diary with Alt+Y, whatever letter the layout gives with Alt', () => {
    expect(press({ altKey: true, code: 'KeyY', key: '¥' })).toBe(true);
    expect(location.hash).toBe('#/diary');
  });

  it('ignores a letter alone, and Ctrl+Alt', () => {
    expect(press({ code: 'KeyY', key: 'y' })).toBe(false);
    expect(press({ altKey: true, ctrlKey: true, code: 'KeyY', key: 'y' })).toBe(false);
  });

  it('acts on the page’s marked element: focuses a field, clicks a button, or does nothing', () => {
    expect(press({ altKey: true, code: 'KeyQ', key: 'q' })).toBe(false);
    document.body.innerHTML = '<input data-shortcut="F" id="box"><button data-shortcut="Q" id="add">Add</button>';
    let clicked = false;
    document.getElementById('add')?.addEventListener('click', () => (clicked = true));
    expect(press({ altKey: true, code: 'KeyF', key: 'f' })).toBe(true);
    expect(document.activeElement?.id).toBe('box');
    expect(press({ altKey: true, code: 'KeyQ', key: 'q' })).toBe(true);
    expect(clicked).toBe(true);
  });
});
