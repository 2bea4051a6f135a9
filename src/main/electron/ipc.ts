import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { HOST_METHOD_NAMES, ipcChannel } from '../../shared/host';
import { dispatch } from '../dispatch';
import type { HostHandlers } from '../handlers';
import { isAppUrl } from '../window/policy';

/**
 * Registers one ipcMain.handle per host method. Every call is checked twice: it must come from
 * the app's own page (not a frame or a page navigated elsewhere), and its payload must pass the
 * method's zod schema (inside dispatch).
 */
export function registerIpc(
  handlers: HostHandlers,
  devServerUrl: string | undefined,
  log: (m: string) => void,
): void {
  for (const name of HOST_METHOD_NAMES) {
    ipcMain.handle(ipcChannel(name), (event: IpcMainInvokeEvent, payload: unknown) => {
      const frameUrl = event.senderFrame?.url ?? '';
      if (!isAppUrl(frameUrl, devServerUrl) || event.senderFrame?.parent) {
        log(`refused ${name} from ${frameUrl || 'an unknown frame'}`);
        return {
          ok: false,
          error: {
            code: 'FORBIDDEN',
            message: `${name}: calls are accepted from the app's page only`,
          },
        };
      }
      return dispatch(handlers, name, payload, log);
    });
  }
}
