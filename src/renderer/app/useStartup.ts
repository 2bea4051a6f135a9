import { useEffect } from 'react';
import { getHost } from '../host';
import { startAnalysis } from '../store/analysisClient';
import { isDirty, useDocument } from '../store/documentStore';
import { installShortcuts } from './shortcuts';
import { offerRestore, startBackups } from '../features/files/backups';
import { startDiskWatch } from '../features/files/diskWatch';
import {
  loadOpenedFile,
  newDocument,
  openFileDialog,
  save,
  saveAsDialog,
} from '../features/files/fileCommands';
import { useFileUi } from '../features/files/fileUiStore';
import { canvasHandle } from '../features/canvas/canvasHandle';
import { useViewMode } from './viewMode';
import { installAutomationHook } from './automation';

/** Starts everything the app runs in the background, once: analysis, backups, host wiring. */
export function useStartup(): void {
  useEffect(() => {
    installAutomationHook();
    const stops: (() => void)[] = [startAnalysis(), installShortcuts()];
    let cancelled = false;
    const host = getHost();
    void (async () => {
      let backupDelay = 1000;
      let checkInterval = 3000;
      try {
        const settings = await host.settingsGet();
        backupDelay = Math.min(settings.backupDelayMs, 1000);
        checkInterval = settings.fileCheckIntervalMs;
        useViewMode.getState().setMode(settings.layout);
      } catch {
        // Defaults serve when the host has no settings.
      }
      try {
        const initial = await host.appInitialFile();
        if (initial && !cancelled) loadOpenedFile(initial);
      } catch (e) {
        useDocument.getState().notify('error', `Could not open the initial file: ${String(e)}`);
      }
      if (cancelled) return;
      stops.push(startBackups(backupDelay), startDiskWatch(checkInterval));
      await offerRestore();
      await useFileUi.getState().refreshRecent();
    })();
    stops.push(
      host.onEvent((event) => {
        if (event.type === 'openFile')
          void host.fileOpen({ path: event.path }).then(loadOpenedFile);
        else
          switch (event.command) {
            case 'file.new':
              return void newDocument();
            case 'file.open':
              return void openFileDialog();
            case 'file.save':
              return void save();
            case 'file.saveAs':
              return void saveAsDialog();
            case 'edit.undo':
              return useDocument.getState().undo();
            case 'edit.redo':
              return useDocument.getState().redo();
            case 'view.zoomToFit':
              return canvasHandle()?.fit();
            case 'view.toggleCode':
              return useViewMode.getState().setMode('code');
            case 'view.toggleDesign':
              return useViewMode.getState().setMode('design');
          }
      }),
    );
    // The window title and the host's "unsaved work" flag follow the document.
    const publish = () => {
      const s = useDocument.getState();
      const title = `${isDirty(s) ? '● ' : ''}${s.file.name} — ASL Studio`;
      document.title = title;
      host.appSetDocumentState({ title, dirty: isDirty(s) }).catch(() => undefined);
    };
    publish();
    // Typing flips the dirty flag at each keystroke (x, Backspace): publishing (a request to the
    // host) waits until the browser is idle, coalesced, so it never delays the keystroke's frame.
    let pending: number | undefined;
    const schedule = () => {
      if (pending !== undefined) return;
      pending = window.requestIdleCallback(
        () => {
          pending = undefined;
          publish();
        },
        { timeout: 100 },
      );
    };
    stops.push(
      useDocument.subscribe((s, prev) => {
        if (s.file !== prev.file || isDirty(s) !== isDirty(prev)) schedule();
      }),
      () => {
        if (pending !== undefined) window.cancelIdleCallback(pending);
      },
    );
    return () => {
      cancelled = true;
      stops.forEach((stop) => stop());
    };
  }, []);
}
