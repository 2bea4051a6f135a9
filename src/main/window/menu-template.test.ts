import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { AppCommand } from '../../shared/host';
import { menuTemplate } from './menu-template';

function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const item = items.find((i) => i.label === label);
  if (!item) throw new Error(`no menu item ${label}`);
  return item;
}

describe('menuTemplate', () => {
  it('has File New/Open/Save/Save As/Recent and routes Undo/Redo to the renderer', () => {
    const sent: AppCommand[] = [];
    const opened: string[] = [];
    const template = menuTemplate(
      {
        command: (c) => sent.push(c),
        openRecent: (p) => opened.push(p),
        clearRecent: () => undefined,
      },
      [{ path: '/a/x.asl.json', name: 'x.asl.json', openedAt: '', exists: true }],
      'linux',
    );
    const file = find(template, '&File').submenu as MenuItemConstructorOptions[];
    for (const label of ['New', 'Open…', 'Save', 'Save As…', 'Open Recent']) find(file, label);
    (find(file, 'Save').click as () => void)();
    const recent = find(file, 'Open Recent').submenu as MenuItemConstructorOptions[];
    (find(recent, '/a/x.asl.json').click as () => void)();
    const edit = find(template, '&Edit').submenu as MenuItemConstructorOptions[];
    (find(edit, 'Undo').click as () => void)();
    (find(edit, 'Redo').click as () => void)();
    expect(sent).toEqual(['file.save', 'edit.undo', 'edit.redo']);
    expect(opened).toEqual(['/a/x.asl.json']);
    expect(edit.some((i) => i.role === 'undo')).toBe(false);
  });

  it('says when there are no recent files', () => {
    const template = menuTemplate(
      { command: () => undefined, openRecent: () => undefined, clearRecent: () => undefined },
      [],
      'darwin',
    );
    expect(template[0].role).toBe('appMenu');
    const file = find(template, '&File').submenu as MenuItemConstructorOptions[];
    expect((find(file, 'Open Recent').submenu as MenuItemConstructorOptions[])[0]).toMatchObject({
      enabled: false,
    });
  });
});
