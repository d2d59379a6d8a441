/**
 * Preloaded into a build (`NODE_OPTIONS=--import=…`) to move the JavaScript clock by
 * HPH_CLOCK_OFFSET_MS. A second build with a moved clock must be byte-identical to the first: any
 * date or time the build takes from the clock, rather than from content or git, shows up as a
 * difference. Plain JavaScript, so Node can load it before anything else.
 */
const offset = Number(process.env.HPH_CLOCK_OFFSET_MS ?? 0);
const RealDate = Date;
const now = () => RealDate.now() + offset;

globalThis.Date = new Proxy(RealDate, {
  construct(target, args, newTarget) {
    return Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget);
  },
  apply() {
    return new RealDate(now()).toString();
  },
  get(target, property, receiver) {
    return property === 'now' ? now : Reflect.get(target, property, receiver);
  },
});
