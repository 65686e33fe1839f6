// What the Worker bundle has in place of the `highs` package (wrangler.toml's [alias]): its 3.5 MB of
// WebAssembly is not shipped there, so the scheduler's exact step finds no solver and keeps the search's timetable.
export default function highsLoader(): Promise<never> {
  return Promise.reject(new Error('no MIP solver in this runtime'))
}
