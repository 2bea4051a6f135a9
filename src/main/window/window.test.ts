import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../security/csp';
import { isAppUrl, isPermissionAllowed, navigationDecision } from './policy';
import { hardenedWebPreferences, mainWindowOptions } from './window-options';

describe('window options', () => {
  it('isolates and sandboxes the renderer, with no Node anywhere', () => {
    const prefs = mainWindowOptions('/app/out/preload/index.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(hardenedWebPreferences('x').preload).toBe('x');
    expect(mainWindowOptions('p').show).toBe(false);
  });
});

describe('content security policy', () => {
  const csp = contentSecurityPolicy();
  const directive = (name: string) => csp.split('; ').find((d) => d.startsWith(name + ' '));

  it('loads nothing remote: every source is self, data:, blob: or none', () => {
    for (const part of csp.split('; ')) {
      for (const source of part.split(' ').slice(1)) {
        expect(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:'], `${part}`).toContain(
          source,
        );
      }
    }
  });

  it('allows scripts only from the app, workers from self and blob: (Monaco)', () => {
    expect(directive('default-src')).toBe("default-src 'none'");
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('worker-src')).toBe("worker-src 'self' blob:");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('opens the dev server only in dev', () => {
    const dev = contentSecurityPolicy({ devServerOrigin: 'http://localhost:5173' });
    expect(dev).toContain("connect-src 'self' http://localhost:5173 ws://localhost:5173");
    expect(securityHeaders()['Content-Security-Policy']).toBe(csp);
    expect(securityHeaders()['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('navigation and permissions', () => {
  it('keeps the window on the app and sends only allowlisted links to the browser', () => {
    expect(isAppUrl('app://asl-studio/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(navigationDecision('app://asl-studio/index.html')).toBe('stay');
    expect(navigationDecision('http://localhost:5173/', 'http://localhost:5173')).toBe('stay');
    expect(navigationDecision('http://localhost:5173/')).toBe('deny');
    expect(navigationDecision('https://docs.aws.amazon.com/step-functions/')).toBe('open-external');
    expect(navigationDecision('https://evil.example/')).toBe('deny');
    expect(navigationDecision('file:///etc/passwd')).toBe('deny');
  });

  it('denies every permission but clipboard writes', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true);
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'fileSystem',
    ]) {
      expect(isPermissionAllowed(p)).toBe(false);
    }
  });
});
