// Time windows of the demo network: epoch seconds inside 2021–2025, written as ISO-8601 UTC strings.
import type { Rng } from './prng.js';

export const DAY = 86_400;
/** 2021-01-01T00:00:00Z */
export const START = Date.UTC(2021, 0, 1) / 1000;
/** 2025-12-31T23:59:59Z */
export const END = Date.UTC(2025, 11, 31, 23, 59, 59) / 1000;

/** A span of time in epoch seconds, `from <= to`. */
export interface Window {
  from: number;
  to: number;
}

/** Seconds for a calendar date (UTC midnight). */
export function at(year: number, month: number, day = 1): number {
  return Date.UTC(year, month - 1, day) / 1000;
}

export function clampTime(t: number): number {
  return Math.min(END, Math.max(START, Math.round(t)));
}

/** A window clamped into the demo period, with `from <= to` guaranteed. */
export function windowOf(from: number, to: number): Window {
  const a = clampTime(from);
  const b = clampTime(to);
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

/** The overlap of two windows, or undefined when they do not meet. */
export function overlap(a: Window, b: Window): Window | undefined {
  const from = Math.max(a.from, b.from);
  const to = Math.min(a.to, b.to);
  return from <= to ? { from, to } : undefined;
}

/** The smallest window covering both. */
export function union(a: Window, b: Window): Window {
  return { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
}

/** A uniform instant inside a window, to the second. */
export function instantIn(rng: Rng, w: Window): number {
  return Math.floor(rng.between(w.from, w.to + 1));
}

/** `YYYY-MM-DDTHH:mm:ssZ` */
export function iso(t: number): string {
  return new Date(t * 1000).toISOString().slice(0, 19) + 'Z';
}
