import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../../core/errors';
import { checkedBaseUrl, startDeadline } from './provider-http';

const configInvalid = (e: unknown): boolean => e instanceof AppError && e.code === 'config_invalid';

describe('checkedBaseUrl', () => {
  it('takes https anywhere and plain http only to this machine', () => {
    assert.equal(checkedBaseUrl('https://api.openai.com/v1/', 'x'), 'https://api.openai.com/v1');
    assert.equal(checkedBaseUrl('http://127.0.0.1:11434/v1', 'x'), 'http://127.0.0.1:11434/v1');
    assert.equal(checkedBaseUrl('http://localhost:8080', 'x'), 'http://localhost:8080');
    assert.equal(checkedBaseUrl('http://[::1]:8000/v1', 'x'), 'http://[::1]:8000/v1');
  });

  it('refuses plain http to another host, look-alike hosts, credentials in the URL, queries, other schemes', () => {
    for (const url of [
      'http://api.openai.com/v1',
      'http://10.0.0.5:11434/v1',
      'http://localhost.attacker.example/v1',
      'http://127.0.0.1.nip.io/v1',
      'https://user:secret@api.example.com/v1',
      'https://api.example.com/v1?api-version=1',
      'ftp://127.0.0.1/v1',
      'not a url',
    ]) {
      assert.throws(() => checkedBaseUrl(url, 'x'), configInvalid, url);
    }
  });

  it('never quotes the URL back (it may hold a secret someone pasted)', () => {
    try {
      checkedBaseUrl('https://user:hunter2secret@api.example.com/v1', 'x');
      assert.fail('accepted');
    } catch (error) {
      assert.ok(error instanceof AppError && !error.message.includes('hunter2secret'));
    }
  });
});

describe('startDeadline', () => {
  it('aborts after the time, unless pushed back or cleared', async () => {
    const fired = startDeadline(30);
    await new Promise((r) => setTimeout(r, 60));
    assert.equal(fired.expired(), true);
    assert.equal(fired.signal.aborted, true);

    const pushed = startDeadline(50);
    for (let i = 0; i < 4; i++) {
      await new Promise((r) => setTimeout(r, 25));
      pushed.reset();
    }
    assert.equal(pushed.expired(), false);
    pushed.clear();
    await new Promise((r) => setTimeout(r, 80));
    assert.equal(pushed.expired(), false);
  });
});
