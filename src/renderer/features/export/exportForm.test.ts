import { describe, expect, it } from 'vitest';
import { definitionNameOf, exportBlocker, initialForm, toRequest } from './exportForm';
import type { ExportPreview } from '../../../shared/host';

const preview: ExportPreview = {
  root: '/r',
  branch: 'main',
  head: 'abc',
  files: [{ path: 'definition.json', headText: null, newText: '{}\n' }],
  message: 'Create Order definition',
};

describe('export form', () => {
  it('defaults to the remembered target, else the document folder and definition.json', () => {
    expect(initialForm('/home/me/flows/order.asl.json', null)).toMatchObject({
      repo: '/home/me/flows',
      path: 'definition.json',
    });
    expect(initialForm(undefined, { repo: '/r', path: 'x/y.json' })).toMatchObject({
      repo: '/r',
      path: 'x/y.json',
    });
    expect(definitionNameOf('order.asl.yaml')).toBe('order');
  });

  it('sends the typed message and new branch only when chosen', () => {
    const form = {
      ...initialForm(undefined, null),
      repo: ' /r ',
      message: 'mine',
      messageEdited: false,
    };
    const doc = { text: '{}', format: 'json' as const, fileName: 'order.asl.json' };
    const plain = toRequest(form, doc, { tests: [] });
    expect(plain).toMatchObject({
      repo: '/r',
      path: 'definition.json',
      name: 'order',
      definitionKey: 'order.asl.json',
    });
    expect(plain.message).toBeUndefined();
    expect(plain.newBranch).toBeUndefined();
    const chosen = toRequest(
      { ...form, messageEdited: true, useNewBranch: true, newBranch: ' feat/x ', withTests: true },
      doc,
      {
        tests: [{ fileName: 'a.json', content: {} }],
        mocks: { MockedResponses: {} },
      },
    );
    expect(chosen).toMatchObject({
      message: 'mine',
      newBranch: 'feat/x',
      extras: { sam: false, mocks: { MockedResponses: {} } },
    });
    expect(chosen.extras?.tests).toHaveLength(1);
  });

  it('says why Export is disabled', () => {
    const form = { ...initialForm(undefined, null), repo: '/r' };
    expect(exportBlocker({ ...form, repo: '' }, preview, undefined)).toMatch(/repository folder/);
    expect(exportBlocker(form, undefined, undefined)).toMatch(/Preparing/);
    expect(
      exportBlocker(
        form,
        { ...preview, blocked: { code: 'merge-in-progress', message: 'A merge is in progress' } },
        undefined,
      ),
    ).toBe('A merge is in progress');
    expect(exportBlocker({ ...form, useNewBranch: true }, preview, undefined)).toMatch(
      /Name the new branch/,
    );
    expect(
      exportBlocker(
        form,
        { ...preview, files: [{ path: 'd', headText: 'x', newText: 'x' }] },
        undefined,
      ),
    ).toMatch(/nothing to commit/);
    expect(
      exportBlocker({ ...form, messageEdited: true, message: ' ' }, preview, undefined),
    ).toMatch(/commit message/);
    expect(exportBlocker(form, preview, undefined)).toBeUndefined();
  });
});
