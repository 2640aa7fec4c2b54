import { describe, expect, it } from 'vitest';
import { LatestOnly } from '../../../src/renderer/src/features/search/latest-only';

/** A job that records its start and ends when told to. */
function jobs() {
  const started: string[] = [];
  const finish = new Map<string, (fail?: boolean) => void>();
  const job = (name: string) => () =>
    new Promise<void>((resolve, reject) => {
      started.push(name);
      finish.set(name, (fail) => (fail ? reject(new Error(name)) : resolve()));
    });
  return { started, finish, job };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LatestOnly', () => {
  it('starts a job at once when none is running', () => {
    const { started, job } = jobs();
    new LatestOnly().run(job('o'));
    expect(started).toEqual(['o']);
  });

  it('runs only the newest of the jobs asked for meanwhile, once the running one ends', async () => {
    const { started, finish, job } = jobs();
    const latest = new LatestOnly();
    latest.run(job('o'));
    latest.run(job('ob'));
    latest.run(job('oba'));
    await settle();
    expect(started).toEqual(['o']);
    finish.get('o')!(true); // a failed job does not stop the next
    await settle();
    expect(started).toEqual(['o', 'oba']);
    finish.get('oba')!();
    await settle();
    latest.run(job('obam'));
    expect(started).toEqual(['o', 'oba', 'obam']);
  });

  it('forgets the job waiting when dropped', async () => {
    const { started, finish, job } = jobs();
    const latest = new LatestOnly();
    latest.run(job('o'));
    latest.run(job('ob'));
    latest.drop();
    finish.get('o')!();
    await settle();
    expect(started).toEqual(['o']);
  });
});
