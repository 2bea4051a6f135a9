import { describe, expect, it } from 'vitest';
import {
  HOST_METHOD_NAMES,
  HostError,
  isAllowedExternalUrl,
  isHostMethod,
  parsePayload,
  settingsSchema,
  DEFAULT_SETTINGS,
  unwrapEnvelope,
} from './host';

describe('host contract', () => {
  it('validates payloads and names the offending field', () => {
    expect(parsePayload('fileOpen', { path: '/tmp/a.json' })).toEqual({ path: '/tmp/a.json' });
    expect(() => parsePayload('fileOpen', { path: 3 })).toThrow(
      /fileOpen: invalid payload: \/path/,
    );
    expect(() => parsePayload('fileOpen', { path: 'a', extra: 1 })).toThrow(/extra/);
    expect(() => parsePayload('fileOpen', { path: 'a\0b' })).toThrow(/NUL/);
    expect(() => parsePayload('backupRead', { id: '../../etc/passwd' })).toThrow(HostError);
    expect(() =>
      parsePayload('fileSave', {
        path: '/a',
        text: 'x',
        expected: { mtimeMs: 1, size: 1, hash: 'zz' },
      }),
    ).toThrow(/expected\/hash/);
  });

  it('treats a missing payload as empty for methods without fields', () => {
    expect(parsePayload('recentList', undefined)).toEqual({});
    expect(() => parsePayload('recentList', { x: 1 })).toThrow(/INVALID|invalid/);
  });

  it('fills settings defaults and refuses unknown settings', () => {
    const defaults = settingsSchema.parse(DEFAULT_SETTINGS);
    expect(defaults.theme).toBe('system');
    expect(defaults.backupDelayMs).toBe(2000);
    expect(() => parsePayload('settingsSet', { patch: { colour: 'red' } })).toThrow(/colour/);
    expect(parsePayload('settingsSet', { patch: { theme: 'dark' } }).patch).toEqual({
      theme: 'dark',
    });
  });

  it('knows its method names and nothing else', () => {
    expect(HOST_METHOD_NAMES).toContain('fileSave');
    expect(isHostMethod('fileSave')).toBe(true);
    expect(isHostMethod('constructor')).toBe(false);
    expect(isHostMethod('__proto__')).toBe(false);
  });

  it('allows only allowlisted http(s) URLs out', () => {
    expect(
      isAllowedExternalUrl('https://docs.aws.amazon.com/step-functions/latest/dg/welcome.html'),
    ).toBe(true);
    expect(isAllowedExternalUrl('https://docs.aws.amazon.com.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://user@docs.aws.amazon.com/')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('not a url')).toBe(false);
  });

  it('unwraps envelopes into values or HostErrors', () => {
    expect(unwrapEnvelope({ ok: true, value: 4 })).toBe(4);
    try {
      unwrapEnvelope({ ok: false, error: { code: 'NOT_FOUND', message: 'no such file' } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HostError);
      expect((error as HostError).code).toBe('NOT_FOUND');
    }
    expect(() => unwrapEnvelope(null as never)).toThrow(/malformed/);
  });
});
