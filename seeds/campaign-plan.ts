// Planning a campaign before anything is emitted: its period, the domain rotation, and who serves which domain.
import type { Rng } from './prng.js';
import { DAY, union, type Window } from './time.js';

/** A campaign's period inside its compound's active window: five to eighteen months. */
export function campaignWindow(rng: Rng, compound: Window): Window {
  const length = compound.to - compound.from;
  const duration = Math.min(length, rng.between(150, 540) * DAY);
  const from = Math.floor(compound.from + rng.float() * (length - duration));
  return { from, to: Math.floor(from + duration) };
}

/**
 * The rotation: `n` domains used one after another, each live for a step and overlapping the next a
 * little (the old one stays up while victims are moved to the new one).
 */
export function rotationWindows(rng: Rng, campaign: Window, n: number): Window[] {
  const step = (campaign.to - campaign.from) / n;
  return Array.from({ length: n }, (_, i) => {
    const from = Math.floor(campaign.from + i * step + rng.between(0, 0.15) * step);
    const to =
      i === n - 1
        ? campaign.to
        : Math.floor(
            Math.min(campaign.to, campaign.from + (i + 1) * step + rng.between(0.05, 0.5) * step),
          );
    return { from, to: Math.max(from, to) };
  });
}

/**
 * Which of `count` shared resources (wallets, phones, accounts) each of `n` domains uses. Resources
 * serve consecutive domains (a wallet outlives a domain), some domains use a second one, and every
 * resource serves at least one domain.
 */
export function assignShared(rng: Rng, count: number, n: number, pSecond: number): number[][] {
  const lists = Array.from({ length: n }, (_, i) => {
    const list = [Math.min(count - 1, Math.floor((i * count) / n))];
    if (count > 1 && rng.chance(pSecond)) {
      const other = rng.int(0, count - 1);
      if (!list.includes(other)) list.push(other);
    }
    return list;
  });
  const used = new Set(lists.flat());
  for (let k = 0; k < count; k++) {
    if (!used.has(k)) (lists[rng.int(0, n - 1)] as number[]).push(k);
  }
  return lists;
}

/** Like assignShared, but each domain gets a resource only with probability `p` (e.g. emails). */
export function assignSparse(rng: Rng, count: number, n: number, p: number): number[][] {
  const lists = assignShared(rng, count, n, 0).map((list) => list.filter(() => rng.chance(p)));
  const used = new Set(lists.flat());
  for (let k = 0; k < count; k++) {
    if (!used.has(k)) (lists[rng.int(0, n - 1)] as number[]).push(k);
  }
  return lists;
}

/** The window covering every domain that uses resource `k`. */
export function coverWindow(
  k: number,
  lists: readonly number[][],
  windows: readonly Window[],
): Window {
  let cover: Window | undefined;
  lists.forEach((list, i) => {
    if (list.includes(k))
      cover = cover ? union(cover, windows[i] as Window) : (windows[i] as Window);
  });
  return cover ?? (windows[0] as Window);
}

/** The domains that use resource `k`. */
export function usersOf(k: number, lists: readonly number[][]): number[] {
  const out: number[] = [];
  lists.forEach((list, i) => {
    if (list.includes(k)) out.push(i);
  });
  return out;
}
