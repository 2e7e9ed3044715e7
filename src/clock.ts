/** The clock is a parameter everywhere in the core; only this file reads the system time. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock that starts at `startAt` and runs on in real time (CWG_NOW rehearsals). */
export function rehearsalClock(startAt: Date, real: Clock = systemClock): Clock {
  const offset = startAt.getTime() - real().getTime();
  return () => new Date(real().getTime() + offset);
}

/** A clock that tests move by hand. */
export function manualClock(start: Date): Clock & { set(at: Date): void; advance(ms: number): void } {
  let t = start.getTime();
  const clock = (() => new Date(t)) as Clock & { set(at: Date): void; advance(ms: number): void };
  clock.set = (at) => {
    t = at.getTime();
  };
  clock.advance = (ms) => {
    t += ms;
  };
  return clock;
}

/** A clock that stays at one instant: one command run "as if at" that instant (npx cwg --now). */
export function fixedClock(at: Date): Clock {
  const t = at.getTime();
  return () => new Date(t);
}
