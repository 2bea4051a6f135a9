import { describe, expect, it } from 'vitest';
import { HostError, TOKEN_HEADER, type HostBridge, type HostEvent } from '../../shared/host';
import { handleFieldUndo } from './field-undo';
import { createElectronHost } from './electron-host';
import { createHttpHost } from './http-host';
import { takeServeToken, TOKEN_STORAGE_KEY } from './token';
import { guardUnsavedWork } from './unsaved-guard';

describe('createHttpHost', () => {
  it('posts the payload with the token and unwraps the reply', async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const fake: typeof fetch = async (url, init) => {
      calls.push({ url: String(url), init: init! });
      return new Response(JSON.stringify({ ok: true, value: [{ path: '/a' }] }), { status: 200 });
    };
    const host = createHttpHost({ baseUrl: 'http://127.0.0.1:9/', token: 'secret', fetch: fake });
    expect(await host.recentList()).toEqual([{ path: '/a' }]);
    expect(calls[0].url).toBe('http://127.0.0.1:9/api/recentList');
    expect((calls[0].init.headers as Record<string, string>)[TOKEN_HEADER]).toBe('secret');
    expect(calls[0].init.body).toBe('{}');
  });

  it('throws HostError with the server code, and FORBIDDEN without a token', async () => {
    const fake: typeof fetch = async () =>
      new Response(JSON.stringify({ ok: false, error: { code: 'NOT_FOUND', message: 'gone' } }));
    const host = createHttpHost({ baseUrl: 'http://x', token: 't', fetch: fake });
    await expect(host.fileOpen({ path: '/nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'gone',
    });
    const noToken = createHttpHost({ baseUrl: 'http://x', token: null, fetch: fake });
    await expect(noToken.recentList()).rejects.toBeInstanceOf(HostError);
    const down = createHttpHost({
      baseUrl: 'http://x',
      token: 't',
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    await expect(down.recentList()).rejects.toMatchObject({ code: 'IO_ERROR' });
  });
});

describe('createElectronHost', () => {
  it('unwraps the bridge envelopes', async () => {
    const bridge = new Proxy(
      {},
      {
        get: (_t, name) =>
          name === 'onEvent'
            ? () => () => undefined
            : async (payload: unknown) =>
                name === 'fileOpen'
                  ? { ok: false, error: { code: 'NOT_FOUND', message: 'missing' } }
                  : { ok: true, value: { name, payload } },
      },
    ) as HostBridge;
    const host = createElectronHost(bridge);
    expect(await host.settingsGet()).toEqual({ name: 'settingsGet', payload: {} });
    await expect(host.fileOpen({ path: '/x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('takeServeToken', () => {
  it('moves the token from the URL into sessionStorage, then reads it back', () => {
    const store = new Map<string, string>();
    let replaced = '';
    const scope = {
      location: { href: 'http://127.0.0.1:8/?token=abc&x=1#h' },
      history: {
        replaceState: (_d: unknown, _u: string, url?: string) => void (replaced = url ?? ''),
      },
      sessionStorage: {
        getItem: (k: string) => store.get(k) ?? null,
        setItem: (k: string, v: string) => void store.set(k, v),
      },
    };
    expect(takeServeToken(scope)).toBe('abc');
    expect(store.get(TOKEN_STORAGE_KEY)).toBe('abc');
    expect(replaced).toBe('/?x=1#h');
    scope.location.href = 'http://127.0.0.1:8/';
    expect(takeServeToken(scope)).toBe('abc');
    expect(takeServeToken({ location: { href: 'http://127.0.0.1:8/' } })).toBeNull();
  });
});

describe('guardUnsavedWork', () => {
  it('asks before unload only while the UI reports unsaved work', async () => {
    let listener: ((e: BeforeUnloadEvent) => void) | undefined;
    const fake: typeof fetch = async () => new Response(JSON.stringify({ ok: true, value: null }));
    const host = guardUnsavedWork(
      createHttpHost({ baseUrl: 'http://x', token: 't', fetch: fake }),
      {
        addEventListener: (_type, l) => void (listener = l),
      },
    );
    const unload = () => {
      const event = {
        defaultPrevented: false,
        returnValue: 'x',
        preventDefault() {
          this.defaultPrevented = true;
        },
      };
      listener!(event as unknown as BeforeUnloadEvent);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);
    await host.appSetDocumentState({ title: 'a', dirty: true });
    expect(unload()).toBe(true);
    await host.appSetDocumentState({ title: 'a', dirty: false });
    expect(unload()).toBe(false);
    expect(await host.recentList()).toBeNull();
  });
});

describe('handleFieldUndo', () => {
  const element = (tagName: string, type: string | null, inMonaco = false) =>
    ({
      tagName,
      getAttribute: () => type,
      closest: () => (inMonaco ? {} : null),
      isContentEditable: false,
    }) as unknown as Element;

  it('undoes natively in an ordinary text field, and leaves the code editor and the canvas to the app', () => {
    const run: string[] = [];
    const scope = (el: Element | null) => ({
      activeElement: el,
      execCommand: (c: string) => (run.push(c), true),
    });
    const undo = { type: 'command', command: 'edit.undo' } as const;
    const redo = { type: 'command', command: 'edit.redo' } as const;
    expect(handleFieldUndo(undo, scope(element('INPUT', 'search')))).toBe(true);
    expect(handleFieldUndo(redo, scope(element('TEXTAREA', null)))).toBe(true);
    expect(run).toEqual(['undo', 'redo']);
    expect(handleFieldUndo(undo, scope(element('TEXTAREA', null, true)))).toBe(false);
    expect(handleFieldUndo(undo, scope(element('DIV', null)))).toBe(false);
    expect(handleFieldUndo(undo, scope(element('INPUT', 'checkbox')))).toBe(false);
    expect(handleFieldUndo(undo, scope(null))).toBe(false);
    expect(
      handleFieldUndo({ type: 'command', command: 'file.save' }, scope(element('INPUT', 'text'))),
    ).toBe(false);
  });

  it('keeps field undo out of the app history when wired into the Electron host', () => {
    let emit: ((e: HostEvent) => void) | undefined;
    const bridge = {
      onEvent: (l: (e: HostEvent) => void) => ((emit = l), () => undefined),
    } as unknown as HostBridge;
    const got: HostEvent[] = [];
    const focus = { activeElement: element('INPUT', 'text'), execCommand: () => true };
    createElectronHost(bridge, focus).onEvent((e) => got.push(e));
    emit!({ type: 'command', command: 'edit.undo' });
    emit!({ type: 'command', command: 'file.save' });
    expect(got).toEqual([{ type: 'command', command: 'file.save' }]);
  });
});
