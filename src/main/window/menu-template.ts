import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand, RecentFile } from '../../shared/host';

/** What the menu does when clicked; kept out of the template so the template is plain data. */
export interface MenuActions {
  command(command: AppCommand): void;
  openRecent(path: string): void;
  clearRecent(): void;
}

/**
 * The application menu. Edit > Undo/Redo go to the renderer (one history across canvas and code),
 * not to Chromium's per-field undo; cut/copy/paste keep their native roles.
 */
export function menuTemplate(
  actions: MenuActions,
  recent: RecentFile[],
  platform: NodeJS.Platform = process.platform,
): MenuItemConstructorOptions[] {
  const cmd = (
    label: string,
    command: AppCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => actions.command(command),
  });
  const recentItems: MenuItemConstructorOptions[] = recent.length
    ? [
        ...recent.map((r) => ({
          label: r.path,
          enabled: r.exists,
          click: () => actions.openRecent(r.path),
        })),
        { type: 'separator' as const },
        { label: 'Clear Recent', click: () => actions.clearRecent() },
      ]
    : [{ label: 'No Recent Files', enabled: false }];
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        cmd('New', 'file.new', 'CmdOrCtrl+N'),
        cmd('New from Template…', 'file.newFromTemplate', 'CmdOrCtrl+Shift+N'),
        cmd('Open…', 'file.open', 'CmdOrCtrl+O'),
        { label: 'Open Recent', submenu: recentItems },
        { type: 'separator' },
        cmd('Save', 'file.save', 'CmdOrCtrl+S'),
        cmd('Save As…', 'file.saveAs', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        cmd('Undo', 'edit.undo', 'CmdOrCtrl+Z'),
        cmd('Redo', 'edit.redo', mac ? 'Cmd+Shift+Z' : 'Ctrl+Y'),
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        cmd('Design', 'view.toggleDesign', 'CmdOrCtrl+1'),
        cmd('Code', 'view.toggleCode', 'CmdOrCtrl+2'),
        cmd('Zoom to Fit', 'view.zoomToFit', 'Shift+1'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        { role: 'toggleDevTools' },
      ],
    },
    { role: 'windowMenu' },
  ];
}
